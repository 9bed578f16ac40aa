// States that never lie: when 我的订单's query fails the page says what failed and offers 重试 — never
// "还没有订单" — at desk and phone width, in Chinese and English; 重试 loads the orders; a refresh that fails
// while orders are shown keeps them under a "数据可能已过期" banner. The failure is the server's own answer
// shape (a GraphQL error with a code), injected on the wire for the one query.
// A dialog's choices fail the same way: 记录专场招聘会's employers say they failed, in the form and in
// the select's list, with 重试 — never an empty list to pick from — and 重试 brings them.
import type { Page, Route } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { switchLocale, choose, screenshotFailures, signIn, signOut } from "./ui";

let h: Harness;
let page: Page;
let failing = false;
/** The operation failed on the wire while `failing`. */
let failingOperation = "MyOrders";

async function maybeFail(route: Route) {
  const body = route.request().postData() ?? "";
  if (failing && body.includes(`"operationName":"${failingOperation}"`)) {
    await route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ errors: [{ message: "服务暂不可用", extensions: { code: "SERVICE_UNAVAILABLE" } }] }),
    });
    return;
  }
  await route.continue();
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  await page.route("**/graphql", maybeFail);
});
screenshotFailures(() => ({ h, page }));

describe("我的订单 when its query fails", () => {
  test("the first load fails: what failed and 重试, never the empty text; 重试 loads the orders", async () => {
    await signIn(page, h.baseURL, "buyer");
    failing = true;
    await page.getByTestId("nav-orders").click();
    const failed = page.getByTestId("query-state-failed");
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.textContent()).toContain("我的订单加载失败");
    expect(await page.locator(".page").textContent()).not.toContain("还没有订单");
    await h.screenshot(page, "orders-failed-1366x768");

    await page.setViewportSize({ width: 390, height: 844 });
    await h.screenshot(page, "orders-failed-390x844");
    await switchLocale(page);
    await expect.poll(() => failed.textContent()).toContain("failed to load");
    await h.screenshot(page, "orders-failed-en-390x844");
    await switchLocale(page);
    await page.setViewportSize({ width: 1366, height: 768 });

    failing = false;
    await page.getByTestId("query-state-retry").click();
    await page.getByTestId("orders-table").first().getByTestId("suborder-status").first().waitFor({ timeout: 30_000 });
    await expect.poll(() => failed.count()).toBe(0);
  });

  test("a failed refresh keeps the orders under a stale banner; 重试 clears it", async () => {
    const before = await page.getByTestId("orders-table").first().textContent();
    failing = true;
    await page.getByTestId("nav-quota").click();
    await page.waitForURL(/\/quota$/);
    await page.getByTestId("nav-orders").click();
    const stale = page.getByTestId("query-state-stale");
    await stale.waitFor({ timeout: 30_000 });
    expect(await stale.textContent()).toContain("数据可能已过期 — 刷新失败");
    expect(await page.getByTestId("orders-table").first().textContent()).toBe(before);
    await h.screenshot(page, "orders-stale-1366x768");

    failing = false;
    await stale.getByTestId("query-state-retry").click();
    await expect.poll(() => stale.count(), { timeout: 30_000 }).toBe(0);
  });
});

describe("a dialog's choices when their query fails", () => {
  test("记录专场招聘会: the employers say they failed, with 重试, not an empty select; 重试 brings them", async () => {
    await signOut(page);
    await signIn(page, h.baseURL, "jiaozhou");
    failingOperation = "JobFairEmployers";
    failing = true;
    await page.getByTestId("nav-labour-board").click();
    await page.waitForURL(/\/labour-board$/);
    await page.getByTestId("jobfair-new").click();
    const dialog = page.getByTestId("jobfair-dialog");
    const failed = dialog.getByTestId("jobfair-employers-options-failed");
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.textContent()).toContain("用工企业列表加载失败");
    expect(await failed.textContent()).toContain("服务暂不可用");
    // The select's own list says it too, rather than 无数据.
    await dialog.getByTestId("jobfair-employers").click();
    const list = page.locator(".el-select-dropdown:visible");
    await expect.poll(() => list.textContent()).toContain("用工企业列表加载失败");
    expect(await list.textContent()).not.toContain("无数据");
    await h.screenshot(page, "jobfair-employers-failed-1366x768");
    await page.keyboard.press("Escape"); // close the list, not the dialog

    failing = false;
    await dialog.getByTestId("jobfair-employers-options-retry").click();
    await expect.poll(() => failed.count(), { timeout: 30_000 }).toBe(0);
    await choose(page, dialog.getByTestId("jobfair-employers"), { text: /馨思雅/ });
    await page.keyboard.press("Escape");
    expect(await dialog.getByTestId("jobfair-employers").textContent()).toContain("馨思雅");
  });
});
