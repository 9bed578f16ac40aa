// 用户管理 end to end in a real browser against the built app and a fresh demo database: the
// administrator creates a county official of 镇宁 and resets its password (the one-time password shown
// once); the official signs in with it, is held on the password change until it chose its own, then
// lands home; a coordinator sees only the accounts it manages. Desk and phone, Chinese and English.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import type { Harness } from "./harness";
import {
  choose,
  chooseOwnPassword,
  closeOneTimePassword,
  expectOwnPasswordOnly,
  fill,
  harnessWithPage,
  openList,
  phoneShot,
  readOneTimePassword,
  shootBothLanguages,
  signIn,
  signInWithOneTimePassword,
  signOut,
} from "./ui";

const ZHENNING = "镇宁布依族苗族自治县";
const USERNAME = "zn-ganbu";
const NAME = "镇宁县 新任干部";
const NEW_PASSWORD = "Zhenning-Ganbu-2026";

let h: Harness;
let page: Page;
let oneTimePassword = "";

harnessWithPage((hh, p) => ((h = hh), (page = p)));

describe("accounts", () => {
  test("the administrator creates a county official and resets its password: the one-time password shows once", async () => {
    const table = await openList(page, h.baseURL, {
      username: "admin",
      nav: "nav-users",
      path: "/admin/users",
      list: "users-table",
      rowText: "zhenning",
    });
    await h.screenshot(page, "users-1366x768");

    await page.getByTestId("user-create").click();
    const dialog = page.getByTestId("user-dialog");
    await fill(dialog.getByTestId("user-username"), USERNAME);
    await fill(dialog.getByTestId("user-name"), NAME);
    await choose(page, dialog.getByTestId("user-region"), { text: ZHENNING });
    await page.getByTestId("user-submit").click();
    await readOneTimePassword(page);
    expect(await page.getByTestId("otp-dialog").textContent()).toContain("只显示这一次");
    await closeOneTimePassword(page);
    const row = table.locator("tr").filter({ hasText: USERNAME }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain("需改密");

    await row.getByRole("button", { name: "重置密码" }).click();
    await page.locator(".el-popconfirm:visible").getByRole("button", { name: "确定" }).click();
    oneTimePassword = await readOneTimePassword(page);
    await h.screenshot(page, "users-otp-1366x768");
    await closeOneTimePassword(page);

    await shootBothLanguages(h, page, "users", "Users");
    await signOut(page);
  });

  test("the official signs in with it, must change it before anything else, then lands home", async () => {
    await signInWithOneTimePassword(page, h.baseURL, USERNAME, oneTimePassword);
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
    await expectOwnPasswordOnly(h, USERNAME, NEW_PASSWORD, oneTimePassword);
  });

  test("a coordinator sees only the accounts it manages", async () => {
    const table = await openList(page, h.baseURL, {
      username: "qingdao",
      nav: "nav-users",
      path: "/admin/users",
      list: "users-table",
      rowText: USERNAME,
    });
    const text = (await table.textContent()) ?? "";
    expect(text).toContain("zhenning");
    for (const other of ["admin", "jiaozhou", "pingdu"]) expect(text).not.toMatch(new RegExp(`\\b${other}\\b`));
    await signOut(page);

    await signIn(page, h.baseURL, "pingdu");
    await page.goto(`${h.baseURL}/admin/users`);
    await expect.poll(() => table.textContent(), { timeout: 30_000 }).toContain("没有符合条件的账号");
    expect(h.browser.pageErrors).toEqual([]);
  });
});
