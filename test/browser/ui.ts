// Small helpers for driving the app's pages (Element Plus widgets) in the browser tests.
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { DEMO_PASSWORD, startHarness, type Harness } from "./harness";

/** Today in China, as the app's users see it: "2026-11-23". */
export function shanghaiToday(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

/** A whole number of people as the app writes it ("1,516人", "1,516 people") → 1516. */
export function wholeNumber(text: string | null): number {
  const m = /-?[\d,]+/.exec(text ?? "");
  if (!m) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(m[0].replace(/,/g, ""));
}

/** Fills a field whether the test id sits on the <input> itself or on the component around it. */
export async function fill(field: Locator, value: string): Promise<void> {
  const tag = await field.evaluate((el) => el.tagName.toLowerCase());
  const input = tag === "input" || tag === "textarea" ? field : field.locator("input, textarea").first();
  await input.click();
  await input.fill(value);
}

/**
 * Clicks the language switch and waits until the app has switched: `setLocale` loads the other
 * language's messages first and sets <html lang> once it has. A step right after a bare click could
 * still meet the old language under load (uikit.test.ts in stop 26's CI: a confirmation opened in
 * Chinese, then the test's next sign-out blocked by it).
 */
export async function switchLocale(page: Page): Promise<void> {
  const before = await page.evaluate(() => document.documentElement.lang);
  await page.getByTestId("locale-switch").first().click();
  await page.waitForFunction((was) => document.documentElement.lang !== was, before);
}

/** Element Plus <el-select> is no native <select>: open it, then click the option (in a popper
 *  teleported to <body>), found by its test id when it has one, else by its text. `typing` is typed
 *  first, for a select that filters (or searches the server) as one types. */
export async function choose(
  page: Page,
  select: Locator,
  option: { testId?: string; text: RegExp | string; typing?: string },
): Promise<void> {
  await select.click();
  if (option.typing) await page.keyboard.type(option.typing);
  const byId = option.testId ? page.locator(`[data-testid="${option.testId}"]:visible`) : null;
  const item =
    byId && (await byId.count()) > 0
      ? byId.first()
      : page.locator(".el-select-dropdown__item:visible").filter({ hasText: option.text }).first();
  // A multiple select keeps its list open after a choice: there, a closed list says nothing.
  const multiple = await item.evaluate((el) => !!el.closest(".el-select-dropdown.is-multiple"));
  await item.click();
  // A click that lands while the list is still opening, or re-rendering as its options arrive,
  // chooses nothing, and the list left open then covers the next field (CI on a slow machine: the
  // setup wizard's 上级结对 select, intercepted for 30 s). Chosen = the option is selected, or (a
  // single select) the list closed on it; until then, click it again — reopening a multiple select
  // whose list closed without the choice (before, a closed list counted as chosen there too).
  await expect
    .poll(
      async () => {
        const visible = await item.isVisible();
        const selected =
          visible &&
          /\bis-selected\b/.test((await item.getAttribute("class", { timeout: 1_000 }).catch(() => "")) ?? "");
        const chosen = selected || (!multiple && !visible);
        if (!chosen) {
          if (!visible) await select.click({ timeout: 2_000 }).catch(() => undefined);
          await item.click({ timeout: 2_000 }).catch(() => undefined);
        }
        return chosen;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

/** Signs in on the login page as a demo user and waits until the app has moved on. */
export async function signIn(page: Page, baseURL: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseURL}/login`);
  await fill(page.getByTestId("login-username"), username);
  await fill(page.getByTestId("login-password"), password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => !u.pathname.endsWith("/login"));
}

/**
 * On the forced password change (after a sign-in with a one-time password): chooses `own` and waits
 * until the app has moved on to `home`.
 */
export async function chooseOwnPassword(page: Page, oneTime: string, own: string, home: string): Promise<void> {
  await fill(page.getByTestId("pw-current"), oneTime);
  await fill(page.getByTestId("pw-new"), own);
  await fill(page.getByTestId("pw-repeat"), own);
  await page.getByTestId("pw-submit").click();
  await page.waitForURL((u) => u.pathname === home);
}

/**
 * A full-page screenshot at phone width (375×812), then back to the desk size (1366×768). Like every
 * screenshot it fails when something on the page is cut off (the harness's `clippedContent`).
 */
export async function phoneShot(h: Harness, page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.waitForTimeout(400); // the layout switches to cards below 768 px
  try {
    await h.screenshot(page, `${name}-375x812`, { fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForTimeout(200);
  }
}

/** Signs out from the header and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId("logout").click();
  await page.getByTestId("login-username").waitFor();
}

/** Exact money as the app shows it ("¥1,234.50", "-¥3.00") or the API sends it ("1234.5", "7") → fen. */
export function moneyFen(text: string | null): bigint {
  const m = /(-?)[¥￥]?([\d,]+)(?:\.(\d{1,2}))?/.exec(text ?? "");
  if (!m) throw new Error(`no money in ${JSON.stringify(text)}`);
  const v = BigInt(m[2].replace(/,/g, "")) * 100n + BigInt((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -v : v;
}

/**
 * The hooks every browser test file wants: a full-page screenshot named after a failed test, and the
 * harness closed at the end. `state` gives the file's harness and page once beforeAll has made them.
 */
export function screenshotFailures(state: () => { h?: Harness; page?: Page }): void {
  afterEach(async (ctx) => {
    const { h, page } = state();
    if (h && page && ctx.task.result?.state === "fail" && !page.isClosed()) {
      const name = ctx.task.name.replace(/[^\w\u4e00-\u9fff-]+/g, "-").slice(0, 60);
      await h.screenshot(page, `FAILED-${name}`, { fullPage: true }).catch(() => {});
    }
  });
  afterAll(async () => {
    await state().h?.close();
  });
}

/**
 * A browser test file's preamble: one harness (server, database, browser) and one page for all its
 * tests, made before them and handed to the file's variables by `use`; a failed test leaves a
 * screenshot and the harness closes at the end (screenshotFailures).
 */
export function harnessWithPage(use: (h: Harness, page: Page) => void): void {
  let h: Harness | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage();
    use(h, page);
  });
  screenshotFailures(() => ({ h, page }));
}

/**
 * Signs in as `username`, opens the menu entry `nav` and waits at `path` until the list `list`
 * shows a row (one with `rowText` when given); returns the list.
 */
export async function openList(
  page: Page,
  baseURL: string,
  {
    username,
    nav,
    path,
    list,
    rowText,
  }: { username: string; nav: string; path: string; list: string; rowText?: string },
): Promise<Locator> {
  await signIn(page, baseURL, username);
  await page.getByTestId(nav).click();
  await page.waitForURL((u) => u.pathname === path);
  const table = page.getByTestId(list);
  const rows = table.locator("tbody tr");
  await (rowText ? rows.filter({ hasText: rowText }) : rows).first().waitFor({ timeout: 30_000 });
  return table;
}

/** The one-time password the open dialog shows (once): waits for it and checks it is a long one. */
export async function readOneTimePassword(page: Page): Promise<string> {
  const value = page.getByTestId("otp-dialog").getByTestId("otp-value");
  await value.waitFor();
  const text = (await value.textContent())!.trim();
  expect(text.length).toBeGreaterThanOrEqual(16);
  return text;
}

/** Closes the one-time password's dialog and waits until the password is gone from the page. */
export async function closeOneTimePassword(page: Page): Promise<void> {
  await page.getByTestId("otp-dialog").getByTestId("otp-done").click();
  await expect.poll(() => page.getByTestId("otp-value").count()).toBe(0);
}

/** Signs in with a one-time password and waits on the password change the app holds the person on. */
export async function signInWithOneTimePassword(page: Page, baseURL: string, username: string, oneTime: string) {
  await page.goto(`${baseURL}/login`);
  await fill(page.getByTestId("login-username"), username);
  await fill(page.getByTestId("login-password"), oneTime);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => u.pathname === "/change-password");
}

/** After the change: the person's own password signs in, the one-time one no more. */
export async function expectOwnPasswordOnly(h: Harness, username: string, own: string, oneTime: string) {
  expect(await h.token(username, own)).toBeTruthy();
  await expect(h.token(username, oneTime)).rejects.toThrow();
}

/**
 * The page at phone width, then in English at desk and phone width (`english` is in its English
 * title), then back to Chinese: screenshots `name-375x812`, `name-en-1366x768`, `name-en-375x812`.
 */
export async function shootBothLanguages(h: Harness, page: Page, name: string, english: string): Promise<void> {
  await phoneShot(h, page, name);
  await switchLocale(page);
  await expect.poll(() => page.locator("h1").first().textContent()).toContain(english);
  await h.screenshot(page, `${name}-en-1366x768`);
  await phoneShot(h, page, `${name}-en`);
  await switchLocale(page);
}

/** The smallest valid PNG (1×1), for uploads: the server sniffs the type from the bytes, not the name. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
