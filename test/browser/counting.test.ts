// 计入节点 and 预留份额申报 (issue 11, "Counting as the 832 platform counts"), in a real browser against
// the built app and a fresh demo database: 胶州市人民医院's buyer declares its canteen's reserved share
// (a rate below the provincial floor refused beside the field), sees 已确认 rise when 镇宁's official
// confirms its order and 已计入 rise only once it pays; Jiaozhou's coordinator sees who has not declared.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import {
  switchLocale,
  fill,
  moneyFen as fen,
  phoneShot,
  screenshotFailures,
  shanghaiToday,
  signIn,
  signOut,
} from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));
const BUYER_NAME = "胶州市人民医院";
const BOTTLES = 7;
const AMOUNT = 6800n * BigInt(BOTTLES); // 镇宁土蜂蜜, ¥68.00 a bottle, certified

let h: Harness;
let page: Page;
let buyerId = "";
let subOrderId = "";

const login = (username: string) => signIn(page, h.baseURL, username);

async function figures(): Promise<{ counted: bigint; confirmed: bigint }> {
  const d = await h.gql<{ quotaCompletion: { counted: string; confirmed: string } }>(
    "query ($b: ID!, $y: Int!) { quotaCompletion(buyerId: $b, year: $y) { counted confirmed } }",
    { b: buyerId, y: YEAR },
    await h.token("buyer"),
  );
  return { counted: fen(d.quotaCompletion.counted), confirmed: fen(d.quotaCompletion.confirmed) };
}
const shown = async (id: string) => fen(await page.getByTestId(id).getAttribute("title"));

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  buyerId = (await h.gql<{ me: { buyerId: string } }>("{ me { buyerId } }", {}, await h.token("buyer"))).me.buyerId;
});

screenshotFailures(() => ({ h, page }));

describe("counting as the 832 platform counts", () => {
  test("the buyer declares its canteen's reserved share; a rate below the floor is refused beside the field", async () => {
    await login("buyer");
    await page.goto(`${h.baseURL}/quota`);
    const card = page.getByTestId("declaration-card");
    await card.getByTestId("declaration-none").waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId("quota-counting-point").textContent()).toContain("付款后计入");
    await h.screenshot(page, "counting-quota-undeclared-1366x768", { fullPage: true });
    if (shanghaiToday() > `${YEAR}-06-30`) {
      // Past 30 June the year is locked for the unit: 已锁定, no declare button, until Jiaozhou's
      // coordinator reopens it (then the declaration below is late).
      await card.getByTestId("declaration-locked").waitFor();
      expect(await card.getByTestId("declare").count()).toBe(0);
      expect(await card.getByTestId("declaration-locked-hint").textContent()).toContain("协作办");
      await h.screenshot(page, "counting-quota-locked-1366x768");
      await h.gql(
        "mutation ($b: ID!, $y: Int!) { reopenReservedShare(buyerId: $b, year: $y) { locked } }",
        { b: buyerId, y: YEAR },
        await h.token("jiaozhou"),
      );
      await page.reload();
      await card.getByTestId("declaration-reopened").waitFor({ timeout: 30_000 });
    }

    await card.getByTestId("declare").click();
    const dialog = page.getByTestId("declaration-dialog");
    await dialog.waitFor();
    await fill(dialog.getByTestId("decl-budget"), "300"); // 万元
    await fill(dialog.getByTestId("decl-rate"), "8");
    await dialog.getByTestId("decl-submit").click();
    await expect.poll(() => dialog.textContent()).toContain("不得低于本省下限 10%");
    await h.screenshot(page, "counting-declare-refused-1366x768");
    await fill(dialog.getByTestId("decl-rate"), "12");
    await fill(dialog.getByTestId("decl-union"), "20000");
    await expect.poll(async () => fen(await dialog.getByTestId("decl-total").textContent())).toBe(38_000_000n);
    await dialog.getByTestId("decl-submit").click();
    await expect
      .poll(async () => fen(await card.getByTestId("declaration-total").textContent()), { timeout: 30_000 })
      .toBe(38_000_000n); // ¥3,000,000 × 12% + ¥20,000 = ¥380,000.00
    expect(await card.getByTestId("declaration-kind").textContent()).toBe("自有食堂");
    await h.screenshot(page, "counting-quota-declared-1366x768", { fullPage: true });
    await phoneShot(h, page, "counting-quota-declared");
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("confirmed (已确认) rises when the county confirms; counted (已计入) only when the buyer pays", async () => {
    const token = await h.token("buyer");
    const { id: honey } = (
      await h.gql<{ products: { nodes: { id: string }[] } }>(
        `query { products(first: 1, filter: { search: "镇宁土蜂蜜" }) { nodes { id } } }`,
        {},
        token,
      )
    ).products.nodes[0];
    const placed = await h.gql<{ placeOrder: { subOrders: { id: string }[] } }>(
      `mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { ... on Order { subOrders { id } } } }`,
      {
        i: {
          idempotencyKey: `e2e-counting-${Date.now()}`,
          channel: "ONLINE",
          lines: [{ productId: honey, quantity: BOTTLES }],
        },
      },
      token,
    );
    subOrderId = placed.placeOrder.subOrders[0].id;
    const before = await figures();
    await h.gql(
      `mutation ($i: ChangeSubOrderInput!) { confirmSubOrder(input: $i) { ... on SubOrder { status } } }`,
      { i: { subOrderId } },
      await h.token("zhenning"),
    );

    await page.goto(`${h.baseURL}/quota`);
    await expect.poll(() => shown("quota-confirmed"), { timeout: 30_000 }).toBe(before.confirmed + AMOUNT);
    expect(await shown("quota-counted")).toBe(before.counted);
    await h.screenshot(page, "counting-confirmed-not-counted-1366x768");

    // The buyer records its bank transfer on its orders page.
    await page.goto(`${h.baseURL}/orders`);
    const row = page
      .getByTestId("orders-table")
      .first()
      .locator("tr, .card, .el-card")
      .filter({ hasText: `× ${BOTTLES}` })
      .filter({ has: page.getByTestId("suborder-pay") })
      .first();
    await row.waitFor({ timeout: 30_000 });
    await row.getByTestId("suborder-pay").click();
    const step = page.getByTestId("step-dialog");
    await fill(step.getByTestId("payment-reference"), "BOC-E2E-COUNTING");
    await step.getByTestId("step-submit").click();
    await expect.poll(async () => (await figures()).counted, { timeout: 30_000 }).toBe(before.counted + AMOUNT);

    await page.goto(`${h.baseURL}/quota`);
    await expect.poll(() => shown("quota-counted"), { timeout: 30_000 }).toBe(before.counted + AMOUNT);
    expect(await shown("quota-confirmed")).toBe(before.confirmed + AMOUNT);
    await h.screenshot(page, "counting-paid-counted-1366x768");

    await switchLocale(page);
    await expect.poll(() => page.getByTestId("quota-counting-point").textContent()).toContain("from payment");
    await h.screenshot(page, "counting-quota-en-1366x768", { fullPage: true });
    await phoneShot(h, page, "counting-quota-en");
    await switchLocale(page);
    await signOut(page);
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("the coordinator sees who has not declared, and adopts a declaration into the quota dialog", async () => {
    if (await page.getByTestId("logout").count()) await signOut(page);
    await login("jiaozhou");
    await page.goto(`${h.baseURL}/quotas`);
    const status = page.getByTestId("declaration-status");
    await status.getByTestId("tab-undeclared").waitFor({ timeout: 30_000 });
    const count = (text: string | null) => Number(/\((\d+)\)/.exec(text ?? "")?.[1]);
    // The demo's agency (食堂外包 with a union share) and the hospital just now.
    expect(count(await status.getByTestId("tab-declared").textContent())).toBe(2);
    expect(count(await status.getByTestId("tab-undeclared").textContent())).toBeGreaterThan(2);
    const undeclared = await status
      .getByTestId("undeclared-list")
      .locator("li")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-buyer")));
    expect(undeclared).not.toContain(BUYER_NAME);
    expect(undeclared).toContain("胶州市第一中学");
    // Before 30 June nothing is overdue; after it, the undeclared are flagged.
    const overdue = shanghaiToday() > `${YEAR}-06-30`;
    expect(await status.getByTestId("status-overdue").count()).toBe(overdue ? 1 : 0);
    await h.screenshot(page, "counting-quotas-undeclared-1366x768", { fullPage: true });
    await status.getByTestId("tab-declared").click();
    await expect.poll(() => status.getByTestId("declared-list").textContent()).toContain(BUYER_NAME);

    // The hospital's row shows its declaration; the quota dialog offers to adopt it (the coordinator saves).
    const row = page.getByTestId("quota-buyers").locator("tr").filter({ hasText: BUYER_NAME }).first();
    await expect.poll(() => row.getByTestId("buyer-declaration").textContent()).toContain("自有食堂");
    await row.getByTestId("quota-set").click();
    const dialog = page.getByTestId("quota-dialog");
    await expect.poll(() => dialog.getByTestId("qd-declaration").textContent()).toContain("¥3,000,000.00 × 12%");
    await dialog.getByTestId("qd-use-declaration").click();
    // With a union share the declared total is set directly (the quota is typed in 万元: ¥380,000 = 38万).
    await expect.poll(() => dialog.getByTestId("qd-amount").inputValue()).toBe("38");
    await h.screenshot(page, "counting-quota-dialog-1366x768");
    await page.keyboard.press("Escape");

    await phoneShot(h, page, "counting-quotas");
    await switchLocale(page);
    await expect.poll(() => status.getByTestId("tab-undeclared").textContent()).toContain("Not declared");
    await h.screenshot(page, "counting-quotas-en-1366x768", { fullPage: true });
    await phoneShot(h, page, "counting-quotas-en");
    await switchLocale(page);
    expect(h.browser.pageErrors).toEqual([]);
  });
});
