// Consumption assistance (消费帮扶), end to end in a real browser against the built app and a fresh
// demo database: 胶州市人民医院's canteen buyer puts three bottles of certified 镇宁土蜂蜜 in the cart and
// places the order; 镇宁县's official confirms it on the incoming-orders page; the buyer's quota
// completion rises by exactly the order's amount, and Jiaozhou's coordinator sees it on the board.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness, downloadedFile } from "./harness";
import { fill, moneyFen as fen, phoneShot, screenshotFailures, shanghaiToday, signIn, signOut } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));
const PRODUCT = "镇宁土蜂蜜";
const BOTTLES = 3;
const PRICE_FEN = 6800n; // ¥68.00 a bottle in the demo catalogue
const BUYER_NAME = "胶州市人民医院";

let h: Harness;
let page: Page;
let buyerId = "";
let countedBefore = 0n;

const login = (username: string) => signIn(page, h.baseURL, username);
const logout = () => signOut(page);

async function countedViaApi(token: string): Promise<bigint> {
  const d = await h.gql<{ quotaCompletion: { counted: string } }>(
    "query ($b: ID!, $y: Int!) { quotaCompletion(buyerId: $b, year: $y) { counted } }",
    { b: buyerId, y: YEAR },
    token,
  );
  return fen(d.quotaCompletion.counted);
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  const token = await h.token("buyer");
  buyerId = (await h.gql<{ me: { buyerId: string } }>("{ me { buyerId } }", {}, token)).me.buyerId;
  countedBefore = await countedViaApi(token);
});

screenshotFailures(() => ({ h, page }));

describe("a buyer orders certified produce and its quota completion rises", () => {
  test("the buyer finds certified honey, fills the cart and places the order", async () => {
    await login("buyer");
    // The header names the organisation the buyer acts for, once: the demo buyer's name already
    // says 胶州市人民医院, so no separate affiliation repeats it (issue 11).
    await expect.poll(() => page.getByTestId("current-user").textContent()).toContain(BUYER_NAME);
    expect((await page.getByTestId("current-user").textContent())!.split(BUYER_NAME)).toHaveLength(2);
    await page.goto(`${h.baseURL}/catalogue`);
    const table = page.getByTestId("catalogue-table").first();
    await fill(page.getByTestId("catalogue-search"), PRODUCT);
    const row = table.locator("tr, .card, .el-card").filter({ hasText: PRODUCT }).first();
    await row.waitFor({ timeout: 30_000 });
    // Certified on today's date: the page says it counts toward the quota before anything is paid.
    await expect.poll(() => row.getByTestId("counts-yes").count()).toBeGreaterThan(0);
    for (let i = 0; i < BOTTLES; i++) await row.getByTestId("add-to-cart").click();
    await h.screenshot(page, "catalogue-1366x768");

    await page.getByTestId("cart-checkout").click();
    const drawer = page.getByTestId("cart-drawer");
    await expect
      .poll(async () => fen(await drawer.getByTestId("cart-total").textContent()))
      .toBe(PRICE_FEN * BigInt(BOTTLES));
    await drawer.getByTestId("place-order").click();
    // The cart empties when the order is placed.
    await expect.poll(() => page.getByTestId("cart-line").count(), { timeout: 30_000 }).toBe(0);
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("placing alone does not count, nor confirming (已确认); it counts once paid (已计入), to the fen", async () => {
    const buyerToken = await h.token("buyer");
    expect(await countedViaApi(buyerToken)).toBe(countedBefore);

    await logout();
    await login("zhenning");
    await page.goto(`${h.baseURL}/incoming`);
    const table = page.getByTestId("incoming-table").first();
    const row = table
      .locator("tr")
      .filter({ hasText: BUYER_NAME })
      .filter({ hasText: `${PRODUCT} × ${BOTTLES}` })
      .filter({ has: page.getByTestId("confirm-suborder") })
      .first();
    await row.waitFor({ timeout: 30_000 });
    await row.getByTestId("confirm-suborder").click();
    await expect.poll(() => row.getByTestId("confirm-suborder").count(), { timeout: 30_000 }).toBe(0);
    await h.screenshot(page, "incoming-confirmed-1366x768");

    // Confirmed, unpaid: not counted (the year's counting point is PAID by default, issue 11).
    expect(await countedViaApi(buyerToken)).toBe(countedBefore);
    const { subOrders } = await h.gql<{ subOrders: { nodes: { id: string; status: string; total: string }[] } }>(
      `query { subOrders(first: 5, filter: { status: CONFIRMED }) { nodes { id status total } } }`,
      {},
      buyerToken,
    );
    const mine = subOrders.nodes.find((n) => fen(n.total) === PRICE_FEN * BigInt(BOTTLES))!;
    await h.gql(
      `mutation ($i: RecordPaymentInput!) { recordPayment(input: $i) { ... on SubOrder { status } } }`,
      { i: { subOrderId: mine.id, paymentReference: "BOC-E2E-1" } },
      buyerToken,
    );
    await expect.poll(() => countedViaApi(buyerToken)).toBe(countedBefore + PRICE_FEN * BigInt(BOTTLES));
  });

  test("the buyer sees its completion rise by exactly the order, and the coordinator sees it on the board", async () => {
    const expected = countedBefore + PRICE_FEN * BigInt(BOTTLES);
    await logout();
    await login("buyer");
    await page.goto(`${h.baseURL}/quota`);
    const counted = page.getByTestId("quota-counted");
    await expect.poll(async () => fen(await counted.getAttribute("title")), { timeout: 30_000 }).toBe(expected);
    await h.screenshot(page, "quota-1366x768");
    await phoneShot(h, page, "quota");

    await logout();
    await login("jiaozhou");
    await page.goto(`${h.baseURL}/consumption`);
    const buyerRow = page.getByTestId("board-buyers").locator("tr").filter({ hasText: BUYER_NAME }).first();
    await buyerRow.waitFor({ timeout: 30_000 });
    const cell = buyerRow.locator('[title^="¥"]').nth(1); // target, then counted
    await expect.poll(async () => fen(await cell.getAttribute("title"))).toBe(expected);
    await h.screenshot(page, "completion-board-1366x768", { fullPage: true });
    await phoneShot(h, page, "completion-board");

    // 导出 Excel: the same board as a workbook, the buyer's counted amount in it to the fen.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await downloadedFile(download));
    const sheet = wb.getWorksheet("按采购单位")!;
    const xlsxRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === BUYER_NAME)!;
    expect(fen((xlsxRow.getCell(5).value as number).toFixed(2))).toBe(expected);
    expect(h.browser.pageErrors).toEqual([]);
  });
});
