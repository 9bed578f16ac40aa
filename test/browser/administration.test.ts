// Issue 10's "Done when", as one story through the web UI only (the API only reads state to check what
// the pages claim), in Chinese, against the built app and a fresh demo database:
//  1. the administrator adds a new east district under Qingdao (即墨区, 370215), creates its
//     coordinator (one-time password shown once), pairs it with 镇宁县 nested in 青岛–安顺 and sets
//     this year's agreement;
//  2. the new coordinator signs in with its one-time password, must choose its own, lands home, then
//     creates a county official of 镇宁 and a buyer organisation with its first account;
//  3. the official signs in the same way, imports 200 workers of which 3 are bad, reads the 3 problems,
//     commits the 197, and the same file again changes nothing; the buyer user signs in and chooses
//     its own password;
//  4. the administrator finds those sign-ins in 登录日志 (one failed on purpose: 密码错误) and every
//     step in 操作日志 in words — translated actions, names, no UUIDs.
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness, downloadedFile } from "./harness";
import { choose, fill, screenshotFailures, shanghaiToday, signIn, signOut, chooseOwnPassword } from "./ui";
import { fillTemplate, workerLines, wrongCheckChar } from "../api/imports-fixtures";

const YEAR = Number(shanghaiToday().slice(0, 4));
const REGION = { code: "370215", name: "即墨区" };
const PAIRING = "即墨区—镇宁县";
const ZHENNING = "镇宁布依族苗族自治县";
const COORDINATOR = { username: "jimo-xzb", name: "即墨区协作办 协调员", password: "Jimo-Xiezuo-2026" };
const OFFICIAL = { username: "zn-jimo", name: "镇宁县 即墨协作干部", password: "Zhenning-Jimo-2026" };
const BUYER_ORG = "即墨区第一中学";
const BUYER = { username: "jm-yizhong", name: "即墨一中 采购员", password: "Jimo-Yizhong-2026" };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i;

let h: Harness;
let page: Page;
const otp: Record<string, string> = {};
let filled = "";
screenshotFailures(() => ({ h, page }));

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});

const shot = (name: string) => h.screenshot(page, `admin-story-${name}-1366x768`);

/** The one-time password dialog after a create: read the password once, close it. */
async function takeOneTimePassword(): Promise<string> {
  const dialog = page.getByTestId("otp-dialog");
  await dialog.getByTestId("otp-value").waitFor({ timeout: 30_000 });
  expect(await dialog.textContent()).toContain("只显示这一次");
  const value = (await dialog.getByTestId("otp-value").textContent())!.trim();
  expect(value.length).toBeGreaterThanOrEqual(16);
  return value;
}
async function closeOneTimePassword() {
  await page.getByTestId("otp-done").click();
  await expect.poll(() => page.getByTestId("otp-value").count()).toBe(0);
}

/** First sign-in with a one-time password: held on the change until it chose its own, then home. */
async function firstSignIn(username: string, oneTime: string, own: string, home: string) {
  await page.goto(`${h.baseURL}/login`);
  await fill(page.getByTestId("login-username"), username);
  await fill(page.getByTestId("login-password"), oneTime);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => u.pathname === "/change-password");
  await chooseOwnPassword(page, oneTime, own, home);
}

async function createAccount(username: string, name: string, role: string | null, region: string) {
  await page.getByTestId("user-create").click();
  const dialog = page.getByTestId("user-dialog");
  await fill(dialog.getByTestId("user-username"), username);
  await fill(dialog.getByTestId("user-name"), name);
  if (role) await choose(page, dialog.getByTestId("user-role"), { text: role });
  await choose(page, dialog.getByTestId("user-region"), { text: region });
  await page.getByTestId("user-submit").click();
}

let officialToken = "";
async function importedCount(): Promise<number> {
  // One API sign-in for the checks (it shows in 登录日志 too, as "node").
  const token = (officialToken ||= await h.token(OFFICIAL.username, OFFICIAL.password));
  const d = await h.gql<{ workers: { totalCount: number } }>(
    'query { workers(first: 1, filter: { search: "导入测试" }) { totalCount } }',
    {},
    token,
  );
  return d.workers.totalCount;
}
async function upload(file: string) {
  await page.locator("[data-testid=import-upload] input[type=file]").setInputFiles(file);
  await page.getByTestId("import-result").waitFor({ timeout: 30_000 });
}

describe("系统管理, done when: a new east district is set up, staffed and at work, and the logs tell it", () => {
  test("1. the administrator adds 即墨区, its coordinator, its pairing with 镇宁县 and this year's agreement", async () => {
    await signIn(page, h.baseURL, "admin");
    await page.getByTestId("nav-admin-regions").click();
    await page.waitForURL((u) => u.pathname === "/admin/regions");
    const regions = page.getByTestId("regions-table");
    await regions.locator('[data-region="370200"]').waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "新增下级 青岛市" }).click();
    const regionDialog = page.getByTestId("region-dialog");
    await fill(regionDialog.getByTestId("region-code"), REGION.code);
    await fill(regionDialog.getByTestId("region-name"), REGION.name);
    await fill(regionDialog.getByTestId("region-short-name"), REGION.name);
    await page.getByTestId("region-submit").click();
    await regions.locator(`[data-region="${REGION.code}"]`).waitFor({ timeout: 30_000 });
    await shot("1-region");

    await page.getByTestId("nav-users").click();
    await page.waitForURL((u) => u.pathname === "/admin/users");
    await page.getByTestId("users-table").locator("tr").filter({ hasText: "zhenning" }).first().waitFor();
    await createAccount(COORDINATOR.username, COORDINATOR.name, "协调员", REGION.name);
    otp.coordinator = await takeOneTimePassword();
    await shot("1-coordinator-otp");
    await closeOneTimePassword();
    const row = page.getByTestId("users-table").locator("tr").filter({ hasText: COORDINATOR.username }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain("需改密");

    await page.getByTestId("nav-admin-pairings").click();
    await page.waitForURL((u) => u.pathname === "/admin/pairings");
    await page.getByTestId("pairings-table").locator("tr").nth(1).waitFor({ timeout: 30_000 });
    await page.getByTestId("pairing-create").click();
    await choose(page, page.getByTestId("pairing-east"), { text: `${REGION.name}（${REGION.code}）` });
    await choose(page, page.getByTestId("pairing-west"), { text: `${ZHENNING}（520423）` });
    await choose(page, page.getByTestId("pairing-parent"), { text: "青岛市—安顺市" });
    await page.getByTestId("pairing-create-submit").click();
    await page
      .getByTestId("pairings-table")
      .locator(`[data-pairing="${PAIRING}"]`)
      .first()
      .waitFor({ timeout: 30_000 });
    await shot("1-pairing");

    await page.getByTestId("nav-admin-agreements").click();
    await page.waitForURL((u) => u.pathname === "/admin/agreements");
    await choose(page, page.getByTestId("agreement-pairing"), { text: PAIRING });
    await page.getByTestId("agreement-none").waitFor({ timeout: 30_000 });
    await fill(page.locator('[data-indicator="FISCAL_AID"] input'), "800000");
    await fill(page.locator('[data-indicator="CADRES_SENT"] input'), "2");
    await fill(page.locator('[data-indicator="LABOURERS_PLACED"] input'), "150");
    const signedOn = page.getByTestId("agreement-card").locator(".el-date-editor input").first();
    await fill(signedOn, `${YEAR}-01-15`);
    await signedOn.press("Enter");
    await page.getByTestId("agreement-save").click();
    await expect
      .poll(() => page.getByTestId("agreement-signed").textContent(), { timeout: 30_000 })
      .toContain("已签订");
    await shot("1-agreement");
    await signOut(page);
  });

  test("2. the coordinator signs in with its one-time password (one wrong try first), then staffs the pairing", async () => {
    // A wrong password on purpose: 登录日志 shows it as 密码错误.
    await page.goto(`${h.baseURL}/login`);
    await fill(page.getByTestId("login-username"), COORDINATOR.username);
    await fill(page.getByTestId("login-password"), "not-the-password-1");
    await page.getByTestId("login-submit").click();
    await expect.poll(() => page.locator(".el-message, .el-alert, .el-form-item__error").count()).toBeGreaterThan(0);
    expect(page.url()).toContain("/login");

    await firstSignIn(COORDINATOR.username, otp.coordinator, COORDINATOR.password, "/progress");
    expect(await page.getByTestId("current-user").textContent()).toContain(COORDINATOR.name);
    await shot("2-coordinator-home");

    await page.getByTestId("nav-users").click();
    await page.waitForURL((u) => u.pathname === "/admin/users");
    await createAccount(OFFICIAL.username, OFFICIAL.name, null, ZHENNING);
    otp.official = await takeOneTimePassword();
    await closeOneTimePassword();
    await page.getByTestId("users-table").locator("tr").filter({ hasText: OFFICIAL.username }).first().waitFor();
    await shot("2-official-created");

    await page.getByTestId("nav-quotas").click();
    await page.waitForURL((u) => u.pathname === "/quotas");
    await page.getByTestId("create-buyer").click();
    const dialog = page.getByTestId("buyer-dialog");
    await fill(dialog.getByTestId("buyer-name"), BUYER_ORG);
    await dialog.getByTestId("buyer-first-account").click();
    await fill(dialog.getByTestId("buyer-account-username"), BUYER.username);
    await fill(dialog.getByTestId("buyer-account-name"), BUYER.name);
    await page.getByTestId("buyer-submit").click();
    otp.buyer = await takeOneTimePassword();
    await shot("2-buyer-otp");
    await closeOneTimePassword();
    await expect
      .poll(() => page.getByTestId("quota-buyers").first().textContent(), { timeout: 30_000 })
      .toContain(BUYER_ORG);
    await signOut(page);
  });

  test("3. the official imports 200 workers with 3 bad rows: 3 problems, 197 in, the same file again changes nothing; the buyer signs in", async () => {
    await firstSignIn(OFFICIAL.username, otp.official, OFFICIAL.password, "/progress");
    await page.getByTestId("nav-workers").click();
    await page.waitForURL(/\/workers$/);
    await page.getByTestId("workers-import").click();
    await page.waitForURL(/\/admin\/imports\?kind=WORKERS$/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-template").click()]);
    const template = await readFile(await downloadedFile(download));
    const lines = workerLines("520423", 200, 7);
    lines[9].身份证号 = wrongCheckChar(lines[9].身份证号);
    lines[49]["县(区)代码"] = "621227";
    lines[99].姓名 = "";
    filled = path.join(os.tmpdir(), `即墨镇宁劳动力-${process.pid}.xlsx`);
    await writeFile(filled, await fillTemplate(template, lines as unknown as Record<string, string>[]));

    await upload(filled);
    expect(await page.getByTestId("import-rows").textContent()).toBe("200");
    expect(await page.getByTestId("import-new").textContent()).toBe("197");
    const problems = page.getByTestId("import-problems").locator("tbody tr");
    expect((await problems.allInnerTexts()).map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
      expect.stringMatching(/^11 身份证号 身份证号码无效/),
      "51 县(区)代码 只能为本县记录",
      "101 姓名 请输入姓名",
    ]);
    await shot("3-import-checked");
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-done").innerText()).toContain("新增 197 行");
    expect(await importedCount()).toBe(197);

    await upload(filled);
    expect(await page.getByTestId("import-unchanged").textContent()).toBe("197");
    expect(await page.getByTestId("import-new").textContent()).toBe("0");
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-done").innerText()).toContain("新增 0 行，已存在未变 197 行，跳过 3 行");
    expect(await importedCount()).toBe(197);
    await shot("3-import-again");
    await signOut(page);

    await firstSignIn(BUYER.username, otp.buyer, BUYER.password, "/catalogue");
    expect(await page.getByTestId("current-user").textContent()).toContain(BUYER.name);
    await shot("3-buyer-home");
    await signOut(page);
  });

  test("4. the administrator reads it all in 登录日志 and 操作日志, in words", async () => {
    await signIn(page, h.baseURL, "admin");
    await page.getByTestId("nav-login-log").click();
    const logins = page.getByTestId("login-log-table");
    await logins.waitFor();
    await expect
      .poll(async () => (await logins.locator("tbody tr").allTextContents()).join("\n"), { timeout: 30_000 })
      .toContain(BUYER.username);
    const loginRows = (await logins.locator("tbody tr").allTextContents()).map((r) => r.replace(/\s+/g, " "));
    const of = (username: string) => loginRows.filter((r) => r.includes(username));
    for (const who of [COORDINATOR, OFFICIAL, BUYER])
      expect(of(who.username).some((r) => r.includes("成功"))).toBe(true);
    expect(of(COORDINATOR.username).some((r) => r.includes("密码错误"))).toBe(true);
    await shot("4-login-log");

    await page.getByTestId("nav-audit").click();
    const audit = page.getByTestId("audit-table");
    await audit.waitFor();
    /** The newest rows of one person's actions as the page shows them: the action's cell and the whole row. */
    const rowsBy = async (actor: string) => {
      await fill(page.getByTestId("audit-actor"), actor);
      await page.getByTestId("audit-actor").press("Enter");
      await expect
        .poll(async () => (await audit.locator("tbody tr").first().textContent()) ?? "", { timeout: 30_000 })
        .toContain(actor);
      const rows = audit.locator("tbody tr");
      const texts = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, " ").trim());
      const actions = (await rows.locator("td:nth-child(3)").allInnerTexts()).map((a) => a.trim());
      return texts.map((text, i) => ({ text, action: actions[i] }));
    };
    /** The row of an action (by its Chinese name) about a record (by name): no id, no untranslated code. */
    const expectRow = (rows: { text: string; action: string }[], action: string, ...names: string[]) => {
      const row = rows.find((r) => r.action === action && names.every((n) => r.text.includes(n)));
      expect(
        row,
        `a row 「${action}」 with ${names.join(" + ")} in:\n${rows.map((r) => r.text).join("\n")}`,
      ).toBeTruthy();
      expect(row!.text).not.toMatch(UUID);
    };
    const allReadable = (rows: { text: string; action: string }[]) => {
      for (const r of rows) {
        expect(r.action, r.text).toMatch(/^[\u4e00-\u9fff]/);
        expect(r.text).not.toMatch(UUID);
        expect(r.text, "an untranslated code").not.toMatch(/\b[A-Z][A-Z_]{3,}\b/);
      }
    };

    const byAdmin = await rowsBy("admin");
    expectRow(byAdmin, "新增地区", REGION.name, REGION.code);
    expectRow(byAdmin, "新建用户", COORDINATOR.name, REGION.name);
    expectRow(byAdmin, "新建结对", PAIRING, "青岛市—安顺市");
    expectRow(byAdmin, "保存年度协议", PAIRING);
    allReadable(byAdmin.slice(0, 7));
    await shot("4-audit-admin");

    const byCoordinator = await rowsBy(COORDINATOR.username);
    expectRow(byCoordinator, "新建用户", OFFICIAL.name, "镇宁");
    expectRow(byCoordinator, "新建采购单位", BUYER_ORG);
    expectRow(byCoordinator, "修改密码");
    allReadable(byCoordinator);
    await shot("4-audit-coordinator");

    const byOfficial = await rowsBy(OFFICIAL.username);
    // The two imports of the file, newest first (their counts under 还有 N 项): the second wrote nothing.
    const importRows = audit.locator("tbody tr").filter({ hasText: path.basename(filled) });
    expect(await importRows.count()).toBe(2);
    const counts: string[] = [];
    for (const row of await importRows.all()) {
      await row.getByRole("button", { name: /还有/ }).click();
      counts.push((await row.innerText()).replace(/\s+/g, " "));
    }
    expect(counts[0]).toMatch(/写入:\s*0\b/);
    expect(counts[0]).toMatch(/未变化:\s*197\b/);
    expect(counts[1]).toMatch(/写入:\s*197\b/);
    allReadable(byOfficial);
    await shot("4-audit-official");
    // At phone width the entries read as cards, nothing wider than the screen.
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await page.getByTestId("audit-card").first().waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await h.screenshot(page, "admin-story-4-audit-official-375x812", { fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    expect(h.browser.pageErrors).toEqual([]);
  });
});
