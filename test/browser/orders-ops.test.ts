// Orders as a canteen and a county live with them (issue 11, "The buyer's real purchase"): 镇宁县's
// official finds a paid sub-order on 待处理订单 (only what needs action, counts on the tabs), ships it
// with the carrier and waybill number; the buyer finds its order by number and by state, sees the
// waybill, and prints the order (number, lines, total in figures and 大写, history) to PDF.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { switchLocale, fill, phoneShot, screenshotFailures, signIn, signOut } from "./ui";

let h: Harness;
let page: Page;
let orderId = "";
let orderNumber = "";
const WAYBILL = "SF7788990011";

const login = (username: string) => signIn(page, h.baseURL, username);
const logout = () => signOut(page);

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  const buyer = await h.token("buyer");
  const zhenning = await h.token("zhenning");
  const [honey] = (
    await h.gql<{ products: { nodes: { id: string; name: string }[] } }>(
      `query { products(first: 50, filter: { search: "镇宁土蜂蜜" }) { nodes { id name } } }`,
      {},
      buyer,
    )
  ).products.nodes;
  const placed = await h.gql<{ placeOrder: { id: string; orderNumber: string; subOrders: { id: string }[] } }>(
    `mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { ... on Order { id orderNumber subOrders { id } } } }`,
    { i: { idempotencyKey: `browser-orders-ops-${Date.now()}`, lines: [{ productId: honey.id, quantity: 2 }] } },
    buyer,
  );
  orderId = placed.placeOrder.id;
  orderNumber = placed.placeOrder.orderNumber;
  const subOrderId = placed.placeOrder.subOrders[0].id;
  await h.gql(
    `mutation ($i: ChangeSubOrderInput!) { confirmSubOrder(input: $i) { __typename } }`,
    { i: { subOrderId } },
    zhenning,
  );
  await h.gql(
    `mutation ($i: RecordPaymentInput!) { recordPayment(input: $i) { __typename } }`,
    { i: { subOrderId, paymentReference: "BOC-BROWSER-1" } },
    buyer,
  );
}, 120_000);

screenshotFailures(() => ({ h, page }));

/** The number on a tab's badge. */
const tabCount = async (key: string) =>
  Number((await page.getByTestId(`incoming-tab-${key}`).locator(".count").textContent())?.trim());

describe("orders: numbers, filters, shipping with a waybill, printing", () => {
  test("the county official ships from 待处理 with the carrier and waybill number", async () => {
    expect(orderNumber).toMatch(/^XZ\d{8}-\d{6}$/);
    await login("zhenning");
    await page.goto(`${h.baseURL}/incoming`);
    const table = page.getByTestId("incoming-table").first();
    const row = table
      .locator("tr")
      .filter({ hasText: `${orderNumber}-1` })
      .first();
    await row.waitFor({ timeout: 30_000 });
    // The default tab holds only what needs action: every row can be confirmed or shipped.
    const rows = table.locator("tbody tr");
    for (let i = 0; i < (await rows.count()); i++) {
      expect(await rows.nth(i).locator('[data-testid="confirm-suborder"], [data-testid="ship-suborder"]').count()).toBe(
        1,
      );
    }
    const todoBefore = await tabCount("todo");
    const shippedBefore = await tabCount("shipped");
    expect(todoBefore).toBe(await rows.count());
    await h.screenshot(page, "orders-ops-incoming-todo-1366x768");
    await phoneShot(h, page, "orders-ops-incoming-todo");

    await row.getByTestId("ship-suborder").click();
    const dialog = page.getByTestId("step-dialog");
    await dialog.waitFor();
    // Nothing typed: refused in the form, nothing sent.
    await page.getByTestId("step-submit").click();
    await expect.poll(() => dialog.locator(".el-form-item__error").count()).toBe(2);
    await fill(page.getByTestId("ship-carrier"), "顺丰速运");
    await fill(page.getByTestId("ship-waybill"), "SF 7788 9900 11");
    await h.screenshot(page, "orders-ops-ship-dialog-1366x768");
    await page.getByTestId("step-submit").click();
    await dialog.waitFor({ state: "hidden" });
    // Shipped: out of 待处理, into 已发货 — the counts move with it.
    await expect.poll(() => tabCount("todo"), { timeout: 30_000 }).toBe(todoBefore - 1);
    expect(await tabCount("shipped")).toBe(shippedBefore + 1);
    await page.getByTestId("incoming-tab-shipped").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("tab")).toBe("shipped");
    const shipped = table
      .locator("tr")
      .filter({ hasText: `${orderNumber}-1` })
      .first();
    await shipped.waitFor({ timeout: 30_000 });
    expect(await shipped.getByTestId("suborder-waybill").textContent()).toContain(WAYBILL);
    await h.screenshot(page, "orders-ops-incoming-shipped-1366x768");
    await switchLocale(page);
    await expect.poll(() => page.getByTestId("incoming-tab-shipped").textContent()).toContain("Shipped");
    await h.screenshot(page, "orders-ops-incoming-shipped-en-1366x768");
    await phoneShot(h, page, "orders-ops-incoming-shipped-en");
    await switchLocale(page);
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("the buyer finds the order by its number and by state, and sees the waybill", async () => {
    await logout();
    await login("buyer");
    await page.goto(`${h.baseURL}/orders`);
    const table = page.getByTestId("orders-table").first();
    await table.getByTestId("order-number").first().waitFor({ timeout: 30_000 });
    // Search by the number: the filter goes into the URL and the list holds that order only.
    await fill(page.getByTestId("filter-number"), orderNumber.toLowerCase());
    await page.getByTestId("filter-number").press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("number")).toBe(orderNumber);
    await expect
      .poll(async () => (await table.getByTestId("order-number").allTextContents()).map((s) => s.trim()), {
        timeout: 30_000,
      })
      .toEqual([orderNumber]);
    expect(await table.getByTestId("suborder-waybill").first().textContent()).toContain(WAYBILL);
    await h.screenshot(page, "orders-ops-buyer-search-1366x768");

    // By state, from the URL (a bookmarked list): SHIPPED holds it, RECEIVED does not.
    await page.goto(`${h.baseURL}/orders?status=SHIPPED`);
    await expect
      .poll(() => table.getByTestId("order-number").allTextContents(), { timeout: 30_000 })
      .toContain(orderNumber);
    await page.goto(`${h.baseURL}/orders?status=RECEIVED&number=${orderNumber}`);
    await expect.poll(() => page.getByText("没有符合筛选条件的订单").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId("filter-clear").click();
    await expect.poll(() => new URL(page.url()).search).toBe("");

    await page.goto(`${h.baseURL}/orders?number=${orderNumber}`);
    await table.getByTestId("order-number").first().waitFor({ timeout: 30_000 });
    await switchLocale(page);
    await expect.poll(() => page.getByTestId("filter-clear").textContent()).toContain("Clear filters");
    await h.screenshot(page, "orders-ops-buyer-search-en-1366x768");
    await phoneShot(h, page, "orders-ops-buyer-search-en");
    await switchLocale(page);
    await phoneShot(h, page, "orders-ops-buyer-search");
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("the buyer prints the order: number, lines, total in figures and 大写, waybill, history; a PDF", async () => {
    await page.goto(`${h.baseURL}/orders?number=${orderNumber}`);
    const table = page.getByTestId("orders-table").first();
    await table.getByTestId("order-print").first().click();
    await page.waitForURL((u) => u.pathname === `/orders/${orderId}/print`);
    const sheet = page.getByTestId("order-print-sheet");
    await sheet.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("print-order-number").textContent()).toBe(orderNumber);
    expect(await page.getByTestId("print-buyer").textContent()).toContain("胶州市人民医院");
    expect(await page.getByTestId("print-total").textContent()).toContain("¥136.00");
    expect(await page.getByTestId("print-total-words").textContent()).toBe("壹佰叁拾陆元整");
    expect(await page.getByTestId("print-waybill").textContent()).toContain(WAYBILL);
    const history = await page.getByTestId("print-history").textContent();
    for (const s of ["已下单", "已确认", "已付款", "已发货"]) expect(history).toContain(s);
    await h.screenshot(page, "orders-ops-print-1366x768", { fullPage: true });

    // The print stylesheet: the toolbar goes, the sheet stays.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("print-button").isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: "screen" });

    await switchLocale(page);
    await expect.poll(() => sheet.textContent()).toContain("Purchase order");
    await h.screenshot(page, "orders-ops-print-en-1366x768", { fullPage: true });
    await switchLocale(page);
    await phoneShot(h, page, "orders-ops-print");
    expect(h.browser.pageErrors).toEqual([]);
  });
});
