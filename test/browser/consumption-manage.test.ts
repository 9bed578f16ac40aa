// The coordinator's consumption-assistance management, end to end in a real browser against the built
// app and a fresh demo database: Jiaozhou's coordinator approves the supplier awaiting review
// (宁陕县秦岭山珍专业合作社), sets 胶州市第一中学's quota derived from its canteen budget × 12.5 % with a
// split by partner county (first too large: the server's message appears beside the splits), and the
// values show on the page and through the API; then the read-only orders view, on a desk and a phone.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { DEMO_PASSWORD, startHarness, type Harness } from "./harness";
import { choose, fill, shanghaiToday, phoneShot } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));
const SUPPLIER = "宁陕县秦岭山珍专业合作社";
const BUYER = "胶州市第一中学";
const BUDGET = "2345678.91";
const RATE = "12.5";
const ZHENNING = "镇宁布依族苗族自治县"; // the county's full name, as the split picker lists it
const DERIVED = "¥293,209.86"; // 2,345,678.91 × 12.5 % = 293,209.86375 → rounded to the fen

let h: Harness;
let page: Page;
let token = "";

async function login(username: string) {
  await page.goto(`${h.baseURL}/login`);
  await fill(page.getByTestId("login-username"), username);
  await fill(page.getByTestId("login-password"), DEMO_PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => !u.pathname.endsWith("/login"));
}

/** A phone-sized screenshot of what is on screen, then back to the desk size. */
beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  token = await h.token("jiaozhou");
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === "fail" && page && !page.isClosed()) {
    const name = ctx.task.name.replace(/[^\w\u4e00-\u9fff-]+/g, "-").slice(0, 60);
    await h.screenshot(page, `FAILED-${name}`, { fullPage: true }).catch(() => {});
  }
});

afterAll(async () => {
  if (h) await h.close();
});

describe("a coordinator manages consumption assistance", () => {
  test("approves the supplier awaiting review, with a note", async () => {
    await login("jiaozhou");
    await page.getByTestId("nav-suppliers").click();
    await page.waitForURL((u) => u.pathname === "/suppliers");
    const table = page.getByTestId("suppliers-table");
    // Pending ones first: the default filter shows those awaiting review.
    const row = table.locator("tr").filter({ hasText: SUPPLIER }).first();
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId("supplier-status").textContent()).toContain("待审核");
    await h.screenshot(page, "suppliers-1366x768");
    await phoneShot(h, page, "suppliers");

    await row.getByTestId("supplier-approve").click();
    const dialog = page.getByTestId("review-dialog");
    await fill(dialog.getByTestId("review-note"), "资质齐全，县级推荐材料完整，审核通过");
    await page.getByTestId("review-submit").click();
    // Approved, it leaves the list of pending ones.
    await expect.poll(() => table.locator("tr").filter({ hasText: SUPPLIER }).count(), { timeout: 30_000 }).toBe(0);

    const d = await h.gql<{ suppliers: { nodes: { name: string; status: string; statusNote: string }[] } }>(
      "{ suppliers(first: 50, filter: { status: APPROVED }) { nodes { name status statusNote } } }",
      {},
      token,
    );
    expect(d.suppliers.nodes.find((s) => s.name === SUPPLIER)).toEqual({
      name: SUPPLIER,
      status: "APPROVED",
      statusNote: "资质齐全，县级推荐材料完整，审核通过",
    });
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("sets a derived quota split by county: the server refuses splits above it beside the field, then saves", async () => {
    await page.getByTestId("nav-quotas").click();
    await page.waitForURL((u) => u.pathname === "/quotas");
    await fill(page.getByTestId("buyers-search"), "第一中学");
    const row = page.getByTestId("quota-buyers").locator("tr").filter({ hasText: BUYER }).first();
    await row.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId("quota-buyers").locator("tbody tr").count()).toBe(1);
    expect(await row.getByTestId("buyer-quota").getAttribute("title")).toBe("¥200,000.00");
    await row.getByTestId("quota-set").click();

    const dialog = page.getByTestId("quota-dialog");
    await dialog.getByTestId("qd-basis-CANTEEN_BUDGET").click();
    // The default rate is 10 %; the derived amount follows what is typed, before anything is saved.
    expect(await dialog.getByTestId("qd-rate").inputValue()).toBe("10");
    // Typed in 万元 (the unit inside the field): 234.567891 万元 = ¥2,345,678.91 exactly.
    await fill(dialog.getByTestId("qd-base-amount"), "234.567891");
    await expect.poll(() => dialog.getByTestId("qd-derived").textContent()).toBe("¥234,567.89");
    await fill(dialog.getByTestId("qd-rate"), RATE);
    await expect.poll(() => dialog.getByTestId("qd-derived").textContent()).toBe(DERIVED);

    await dialog.getByTestId("qd-split-add").click();
    await choose(page, dialog.getByTestId("qd-split-county"), { text: ZHENNING });
    await fill(dialog.getByTestId("qd-split-amount"), "30");
    await dialog.getByTestId("qd-submit").click();
    const error = dialog.locator(".splits .el-form-item__error");
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toContain("分县指标之和超过总指标");
    await h.screenshot(page, "quota-dialog-error-1366x768");

    await fill(dialog.getByTestId("qd-split-amount"), "10");
    await expect.poll(() => error.count()).toBe(0); // editing the splits hides the message
    await phoneShot(h, page, "quota-dialog");
    await dialog.getByTestId("qd-submit").click();
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(false);

    // The page shows the server's amount, exact on hover, with its basis.
    await expect.poll(() => row.getByTestId("buyer-quota").getAttribute("title"), { timeout: 30_000 }).toBe(DERIVED);
    expect(await row.getByTestId("buyer-basis").textContent()).toContain("× 12.5%");
    expect(await row.textContent()).toContain(ZHENNING);
    await h.screenshot(page, "quotas-1366x768");

    const d = await h.gql<{ buyers: { nodes: { name: string; quota: Record<string, unknown> }[] } }>(
      `query ($y: Int!) { buyers(first: 5, filter: { search: "第一中学" }) { nodes { name
        quota(year: $y) { amount basis baseAmount rateBasisPoints countySplits { amount county { name } } } } } }`,
      { y: YEAR },
      token,
    );
    expect(d.buyers.nodes).toEqual([
      {
        name: BUYER,
        quota: {
          amount: "293209.86",
          basis: "CANTEEN_BUDGET",
          baseAmount: BUDGET,
          rateBasisPoints: 1250,
          countySplits: [{ amount: "100000.00", county: { name: ZHENNING } }],
        },
      },
    ]);
    // A phone gets cards, the set/remove buttons within reach.
    await fill(page.getByTestId("buyers-search"), "");
    await phoneShot(h, page, "quotas");
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("sees the region's buyers' sub-orders, read-only, filtered by buyer", async () => {
    await page.getByTestId("nav-all-orders").click();
    await page.waitForURL((u) => u.pathname === "/all-orders");
    const table = page.getByTestId("all-orders-table");
    await table.locator("tbody tr").first().waitFor({ timeout: 30_000 });
    // The buyer picker searches the server as one types.
    await fill(page.getByTestId("all-orders-buyer"), "人民医院");
    // Pick from the server's answer to the search, not from the list shown before it arrives (the
    // search runs after a debounce; clicking into the list it replaces was this test's flake).
    const items = page.locator(".el-select-dropdown__item:visible");
    await expect
      .poll(async () => {
        const texts = await items.allTextContents();
        return texts.length > 0 && texts.every((x) => x.includes("人民医院"));
      })
      .toBe(true);
    await items.filter({ hasText: "胶州市人民医院" }).first().click();
    await page.waitForURL((u) => u.searchParams.has("buyer"));
    // The chosen buyer keeps its name in the picker whatever the search list holds now.
    await expect.poll(() => page.getByTestId("all-orders-buyer").textContent()).toContain("胶州市人民医院");
    await expect
      .poll(
        async () => {
          const rows = await table.locator("tbody tr").allTextContents();
          return rows.length > 0 && rows.every((r) => r.includes("胶州市人民医院"));
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    // No step buttons here: the coordinator only looks — each row opens its order's details (and the
    // receipts' 佐证材料 to review), nothing else.
    const buttons = table.locator("button");
    expect(await buttons.count()).toBeGreaterThan(0);
    expect(await table.locator("button:not([data-testid=order-detail-open])").count()).toBe(0);
    await h.screenshot(page, "all-orders-1366x768");
    await phoneShot(h, page, "all-orders");
    expect(h.browser.pageErrors).toEqual([]);
  });
});
