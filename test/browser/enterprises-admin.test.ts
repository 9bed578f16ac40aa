// 企业管理 end to end in a real browser against the built app and a fresh demo database: the
// 胶州 coordinator registers an enterprise (a wrong credit code refused beside its field first) with
// its first account; the one-time password shows once; the enterprise's user signs in with it, must
// choose its own password before anything else, then lands on its leads. Desk and phone, both languages.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import type { Harness } from "./harness";
import {
  chooseOwnPassword,
  closeOneTimePassword,
  expectOwnPasswordOnly,
  fill,
  harnessWithPage,
  openList,
  readOneTimePassword,
  shootBothLanguages,
  signInWithOneTimePassword,
  signOut,
} from "./ui";

const NAME = "胶州市新创辣椒食品有限公司";
const CODE = "91370281MA7D2PJ8NH";
const USERNAME = "jz-xinchuang";
const DISPLAY = "新创辣椒 王经理";
const NEW_PASSWORD = "Xinchuang-Lajiao-2026";

let h: Harness;
let page: Page;
let oneTimePassword = "";

harnessWithPage((hh, p) => ((h = hh), (page = p)));

describe("enterprises admin", () => {
  test("a coordinator registers an enterprise with its first account: the one-time password shows once", async () => {
    const table = await openList(page, h.baseURL, {
      username: "jiaozhou",
      nav: "nav-admin-enterprises",
      path: "/admin/enterprises",
      list: "enterprises-table",
    });
    await h.screenshot(page, "enterprises-1366x768");

    await page.getByTestId("enterprise-create").click();
    const dialog = page.getByTestId("enterprise-dialog");
    await fill(dialog.getByTestId("enterprise-name"), NAME);
    await fill(dialog.getByTestId("enterprise-credit-code"), CODE.slice(0, 17) + "X");
    await fill(dialog.getByTestId("enterprise-industry"), "辣椒加工");
    await fill(dialog.getByTestId("enterprise-contact-name"), "王经理");
    await fill(dialog.getByTestId("enterprise-contact-phone"), "13912345678");
    await dialog.getByTestId("enterprise-first-account").click();
    await fill(dialog.getByTestId("enterprise-account-username"), USERNAME);
    await fill(dialog.getByTestId("enterprise-account-name"), DISPLAY);
    await page.getByTestId("enterprise-submit").click();
    // The server's check-character refusal shows beside the field; nothing was registered.
    const codeItem = dialog.locator(".el-form-item").filter({ hasText: "统一社会信用代码" });
    await expect
      .poll(() => codeItem.locator(".el-form-item__error").textContent(), { timeout: 10_000 })
      .toContain("校验位");
    await h.screenshot(page, "enterprises-bad-code-1366x768");
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForTimeout(400);
    await h.screenshot(page, "enterprises-bad-code-375x812");
    await page.setViewportSize({ width: 1366, height: 768 });

    await fill(dialog.getByTestId("enterprise-credit-code"), CODE);
    await page.getByTestId("enterprise-submit").click();
    oneTimePassword = await readOneTimePassword(page);
    expect(await page.getByTestId("otp-dialog").textContent()).toContain(USERNAME);
    await closeOneTimePassword(page);

    const row = table.locator("tbody tr").filter({ hasText: NAME }).first();
    await row.waitFor();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain(CODE);
    expect(text).toContain("139****5678");
    expect(text).not.toContain("13912345678");

    await shootBothLanguages(h, page, "enterprises", "Enterprises");
    await signOut(page);
  });

  test("the enterprise's user signs in with it, must change it, then lands on its leads", async () => {
    await signInWithOneTimePassword(page, h.baseURL, USERNAME, oneTimePassword);
    await page.goto(`${h.baseURL}/leads`);
    await page.waitForURL((u) => u.pathname === "/change-password");

    await chooseOwnPassword(page, oneTimePassword, NEW_PASSWORD, "/leads");
    expect(await page.getByTestId("current-user").textContent()).toContain(DISPLAY);
    await h.screenshot(page, "enterprise-user-leads-1366x768");
    await signOut(page);
    await expectOwnPasswordOnly(h, USERNAME, NEW_PASSWORD, oneTimePassword);
    expect(h.browser.pageErrors).toEqual([]);
  });
});
