// 用户管理 end to end in a real browser against the built app and a fresh demo database: the
// administrator creates a county official of 镇宁 and resets its password (the one-time password shown
// once); the official signs in with it, is held on the password change until it chose its own, then
// lands home; a coordinator sees only the accounts it manages. Desk and phone, Chinese and English.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_PASSWORD, startHarness, type Harness } from "./harness";
import { choose, fill, screenshotFailures, signIn, signOut, phoneShot, chooseOwnPassword } from "./ui";

const ZHENNING = "镇宁布依族苗族自治县";
const USERNAME = "zn-ganbu";
const NAME = "镇宁县 新任干部";
const NEW_PASSWORD = "Zhenning-Ganbu-2026";

let h: Harness;
let page: Page;
let oneTimePassword = "";

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
screenshotFailures(() => ({ h, page }));
afterAll(async () => {
  if (h) await h.close();
});

describe("accounts", () => {
  test("the administrator creates a county official and resets its password: the one-time password shows once", async () => {
    await signIn(page, h.baseURL, "admin");
    await page.getByTestId("nav-users").click();
    await page.waitForURL((u) => u.pathname === "/admin/users");
    const table = page.getByTestId("users-table");
    await table.locator("tr").filter({ hasText: "zhenning" }).first().waitFor({ timeout: 15_000 });
    await h.screenshot(page, "users-1366x768");

    await page.getByTestId("user-create").click();
    const dialog = page.getByTestId("user-dialog");
    await fill(dialog.getByTestId("user-username"), USERNAME);
    await fill(dialog.getByTestId("user-name"), NAME);
    await choose(page, dialog.getByTestId("user-region"), { text: ZHENNING });
    await page.getByTestId("user-submit").click();
    const otp = page.getByTestId("otp-dialog");
    await otp.getByTestId("otp-value").waitFor();
    expect(await otp.textContent()).toContain("只显示这一次");
    await otp.getByTestId("otp-done").click();
    const row = table.locator("tr").filter({ hasText: USERNAME }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain("需改密");

    await row.getByRole("button", { name: "重置密码" }).click();
    await page.locator(".el-popconfirm:visible").getByRole("button", { name: "确定" }).click();
    await otp.getByTestId("otp-value").waitFor();
    oneTimePassword = (await otp.getByTestId("otp-value").textContent())!.trim();
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(16);
    await h.screenshot(page, "users-otp-1366x768");
    await otp.getByTestId("otp-done").click();
    await expect.poll(() => page.getByTestId("otp-value").count()).toBe(0);

    await phoneShot(h, page, "users");
    await page.getByTestId("locale-switch").click();
    await expect.poll(() => page.locator("h1").first().textContent()).toContain("Users");
    await h.screenshot(page, "users-en-1366x768");
    await phoneShot(h, page, "users-en");
    await page.getByTestId("locale-switch").click();
    await signOut(page);
  });

  test("the official signs in with it, must change it before anything else, then lands home", async () => {
    await page.goto(`${h.baseURL}/login`);
    await fill(page.getByTestId("login-username"), USERNAME);
    await fill(page.getByTestId("login-password"), oneTimePassword);
    await page.getByTestId("login-submit").click();
    await page.waitForURL((u) => u.pathname === "/change-password");
    await h.screenshot(page, "forced-password-1366x768");
    await phoneShot(h, page, "forced-password");
    // Nothing else opens meanwhile.
    await page.goto(`${h.baseURL}/progress`);
    await page.waitForURL((u) => u.pathname === "/change-password");

    await chooseOwnPassword(page, oneTimePassword, NEW_PASSWORD, "/progress");
    expect(await page.getByTestId("current-user").textContent()).toContain(NAME);

    // 个人中心 from the header: the sessions, this one marked.
    await page.getByTestId("current-user").click();
    await page.waitForURL((u) => u.pathname === "/account");
    await page.getByTestId("session-row").first().waitFor();
    expect(await page.getByTestId("my-sessions").textContent()).toContain("当前");
    await h.screenshot(page, "account-1366x768");
    await phoneShot(h, page, "account");
    await signOut(page);
    // The new password works, the one-time one no more.
    expect(await h.token(USERNAME, NEW_PASSWORD)).toBeTruthy();
    await expect(h.token(USERNAME, oneTimePassword)).rejects.toThrow();
  });

  test("a coordinator sees only the accounts it manages", async () => {
    await signIn(page, h.baseURL, "qingdao");
    await page.getByTestId("nav-users").click();
    await page.waitForURL((u) => u.pathname === "/admin/users");
    const table = page.getByTestId("users-table");
    await table.locator("tr").filter({ hasText: USERNAME }).first().waitFor({ timeout: 15_000 });
    const text = (await table.textContent()) ?? "";
    expect(text).toContain("zhenning");
    for (const other of ["admin", "jiaozhou", "pingdu"]) expect(text).not.toMatch(new RegExp(`\\b${other}\\b`));
    await signOut(page);

    await signIn(page, h.baseURL, "pingdu");
    await page.goto(`${h.baseURL}/admin/users`);
    await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain("没有符合条件的账号");
    expect(h.browser.pageErrors).toEqual([]);
    void DEMO_PASSWORD;
  });
});
