// Issue 11, shared parts of the web app: a skeleton while a slow first load runs, a column picker on
// the progress board remembered after a reload, money typed in 万元 with the amount in words,
// 表达意向 asked first and withdrawn, job postings edited and closed. 1366×768 and phone width,
// Chinese and English.
import type { Page, Route } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { switchLocale, fill, phoneShot, screenshotFailures, signIn, signOut } from "./ui";

let h: Harness;
let page: Page;
/** Operations answered late, to see what the page shows while it waits (a slow network). */
const slow = new Set<string>();

async function maybeDelay(route: Route) {
  const body = route.request().postData() ?? "";
  const name = /"operationName":"(\w+)"/.exec(body)?.[1];
  if (name && slow.has(name)) await new Promise((r) => setTimeout(r, 2_500));
  await route.continue().catch(() => undefined);
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  await page.route("**/graphql", maybeDelay);
});
screenshotFailures(() => ({ h, page }));

async function confirmBox(name: string, expectText: RegExp) {
  const box = page.locator(".el-message-box").last();
  await box.waitFor({ state: "visible", timeout: 10_000 });
  await page.waitForTimeout(400);
  expect(await box.textContent()).toMatch(expectText);
  // Styled (not bare HTML in the corner): white, on the fixed overlay.
  const look = await box.evaluate((el) => ({
    background: getComputedStyle(el).backgroundColor,
    overlay: el.closest(".el-overlay") ? getComputedStyle(el.closest(".el-overlay")!).position : null,
  }));
  expect(look).toEqual({ background: "rgb(255, 255, 255)", overlay: "fixed" });
  await h.screenshot(page, name);
  return box;
}

describe("the coordinator's progress board", () => {
  test("a slow first load shows a skeleton shaped like the board, then the board", async () => {
    await signIn(page, h.baseURL, "qingdao");
    slow.add("ProgressOverview");
    await page.goto(`${h.baseURL}/progress`);
    const skeleton = page.getByTestId("query-state-skeleton");
    await skeleton.waitFor({ timeout: 10_000 });
    expect(await skeleton.getAttribute("data-shape")).toBe("board");
    expect(await page.locator(".page").textContent()).not.toContain("暂无数据");
    await h.screenshot(page, "uikit-skeleton-1366x768");
    await page.getByTestId("progress-summary").waitFor({ timeout: 20_000 });
    await expect.poll(() => skeleton.count()).toBe(0);

    // At phone width the skeleton of a table page is cards.
    await page.setViewportSize({ width: 390, height: 844 });
    slow.add("AuditLog");
    await page.goto(`${h.baseURL}/audit`);
    await skeleton.waitFor({ timeout: 10_000 }).catch(() => undefined);
    if (await skeleton.count()) expect(await skeleton.getAttribute("data-shape")).toBe("cards");
    await h.screenshot(page, "uikit-skeleton-390x844");
    await page.setViewportSize({ width: 1366, height: 768 });
    slow.clear();
  });

  test("the column picker hides an indicator; the choice is remembered after a reload and undone by 全部显示", async () => {
    await page.goto(`${h.baseURL}/progress`);
    const table = page.getByTestId("progress-table");
    await table.waitFor({ timeout: 20_000 });
    const header = () => table.locator("thead").first().textContent();
    await expect.poll(header, { timeout: 30_000 }).toContain("财政援助资金");
    const button = page.getByTestId("column-picker");
    const before = (await button.textContent())!.trim();
    await button.click();
    await page.getByTestId("column-picker-FISCAL_AID").click();
    await expect.poll(header).not.toContain("财政援助资金");
    await h.screenshot(page, "uikit-columns-1366x768");
    await page.keyboard.press("Escape");

    await page.reload();
    await table.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => table.locator("thead").first().textContent(), { timeout: 30_000 })
      .toContain("社会帮扶资金");
    expect(await header()).not.toContain("财政援助资金");
    expect((await button.textContent())!.trim()).not.toBe(before);

    await switchLocale(page);
    await expect.poll(() => button.textContent()).toContain("Columns");
    await h.screenshot(page, "uikit-columns-en-1366x768");
    await switchLocale(page);

    await button.click();
    await page.getByTestId("column-picker-all").click();
    await expect.poll(header).toContain("财政援助资金");
    await page.keyboard.press("Escape");
  });

  test("a quota is typed in 万元: the field says 万元 and the amount reads in words as it is typed", async () => {
    await signOut(page);
    await signIn(page, h.baseURL, "jiaozhou");
    await page.goto(`${h.baseURL}/quotas`);
    const set = page.locator("[data-testid=quota-set]:visible").first();
    await set.waitFor({ timeout: 20_000 });
    await set.click();
    const dialog = page.getByTestId("quota-dialog");
    await dialog.waitFor();
    await dialog.getByTestId("qd-basis-FIXED").click();
    expect(await dialog.getByTestId("qd-amount-unit").textContent()).toBe("万元");
    await fill(dialog.getByTestId("qd-amount"), "35.5");
    await expect.poll(() => dialog.getByTestId("qd-amount-words").textContent()).toContain("¥355,000.00");
    expect(await dialog.getByTestId("qd-derived").textContent()).toBe("¥355,000.00");
    await h.screenshot(page, "uikit-money-wan-1366x768");
    // (The header's language switch sits under the modal; the English text is checked in MoneyInput.test.ts.)
    await phoneShot(h, page, "uikit-money-wan");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });
});

describe("表达意向 (county official)", () => {
  test("asks first, saying what it means; then can be withdrawn, asked again", async () => {
    await signOut(page);
    await signIn(page, h.baseURL, "zhenning");
    await page.goto(`${h.baseURL}/investment`);
    const card = page
      .getByTestId("lead-card")
      .filter({ has: page.getByTestId("lead-interest") })
      .first();
    await card.waitFor({ timeout: 20_000 });
    const title = (await card.getByTestId("lead-card-title").textContent())!.trim();
    await card.getByTestId("lead-interest").click();
    let box = await confirmBox("uikit-interest-confirm-1366x768", /不是签约承诺/);
    // Cancelled: nothing happens.
    await box.getByRole("button", { name: "取消" }).click();
    await box.waitFor({ state: "hidden" });
    expect(await card.getByTestId("lead-interested").count()).toBe(0);

    await card.getByTestId("lead-interest").click();
    box = await confirmBox("uikit-interest-confirm-again-1366x768", new RegExp(title.slice(0, 4)));
    await box.getByRole("button", { name: "表达意向" }).click();
    const same = page.getByTestId("lead-card").filter({ hasText: title }).first();
    await same.getByTestId("lead-interested").waitFor({ timeout: 30_000 });

    await page.setViewportSize({ width: 390, height: 844 });
    await switchLocale(page);
    await same.getByTestId("lead-interest-withdraw").click();
    box = await confirmBox("uikit-interest-withdraw-en-390x844", /no longer see it/);
    await box.getByRole("button", { name: "Withdraw interest" }).click();
    await expect.poll(() => same.getByTestId("lead-interested").count(), { timeout: 30_000 }).toBe(0);
    await same.getByTestId("lead-interest").waitFor();
    await switchLocale(page);
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});

describe("job postings (enterprise)", () => {
  test("edited in the same dialog, closed after saying what it means, reopened; actions in a menu on a phone", async () => {
    await signOut(page);
    await signIn(page, h.baseURL, "enterprise");
    await page.goto(`${h.baseURL}/postings`);
    const table = page.getByTestId("postings-table");
    const row = table.locator("tbody tr").first();
    await row.waitFor({ timeout: 20_000 });
    await row.getByTestId("posting-edit").click();
    const dialog = page.getByTestId("posting-dialog");
    await dialog.waitFor();
    expect(await dialog.locator(".el-dialog__title").textContent()).toBe("修改岗位");
    const field = dialog.getByTestId("posting-position");
    const input = (await field.evaluate((e) => e.tagName)) === "INPUT" ? field : field.locator("input");
    const position = `${(await input.inputValue()).slice(0, 20)}(改)`;
    await fill(dialog.getByTestId("posting-position"), position);
    await fill(dialog.getByTestId("posting-wage-max"), "52000000");
    // A monthly wage of five crore: the field warns (a unit slip), the words show it.
    await dialog.getByTestId("posting-wage-max-warning").waitFor();
    await h.screenshot(page, "uikit-posting-edit-1366x768");
    await fill(dialog.getByTestId("posting-wage-max"), "8800");
    await dialog.getByTestId("posting-submit").click();
    await dialog.waitFor({ state: "hidden", timeout: 30_000 });
    const edited = table.locator("tbody tr").filter({ hasText: position }).first();
    await edited.waitFor({ timeout: 30_000 });
    expect(await edited.textContent()).toContain("8,800.00");

    await edited.getByTestId("posting-close").click();
    const box = await confirmBox("uikit-posting-close-1366x768", /不能再安置新的劳动力/);
    await box.getByRole("button", { name: "关闭岗位" }).click();
    await edited.getByTestId("posting-closed-tag").waitFor({ timeout: 30_000 });
    await edited.getByTestId("posting-reopen").waitFor();

    // Phone: the row's actions are one 操作 menu on the card.
    await page.setViewportSize({ width: 390, height: 844 });
    const card = page.locator(".row-card").filter({ hasText: position }).first();
    await card.waitFor({ timeout: 10_000 });
    await card.getByTestId("row-actions-menu").click();
    const reopen = page.locator("[data-testid=posting-reopen]:visible");
    await reopen.waitFor();
    await h.screenshot(page, "uikit-posting-actions-390x844");
    await reopen.click();
    const again = await confirmBox("uikit-posting-reopen-390x844", /继续安置/);
    await again.getByRole("button", { name: "重新开放" }).click();
    await expect.poll(() => card.getByTestId("posting-closed-tag").count(), { timeout: 30_000 }).toBe(0);
    await switchLocale(page);
    await h.screenshot(page, "uikit-postings-en-390x844", { fullPage: true });
    await switchLocale(page);
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
