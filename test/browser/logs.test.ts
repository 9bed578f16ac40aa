// Logs a person can read (issue 10), in a real browser against the built app and a fresh demo database:
// a failed then a successful sign-in show in 登录日志; a target set twice shows in 操作日志 as a readable
// before → after with the pairing's name; the pairing page's 历史记录 lists it. Screenshots at desktop
// and phone width, in Chinese and English.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { DEMO_PASSWORD, type Harness } from "./harness";
import { switchLocale, choose, fill, harnessWithPage, shanghaiToday } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));

let h: Harness;
let page: Page;
let pairingId = "";
harnessWithPage((hh, p) => ((h = hh), (page = p)));

async function shoot(name: string) {
  await page.waitForTimeout(200);
  await h.screenshot(page, `${name}-1366x768`, { fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.waitForTimeout(400);
  await h.screenshot(page, `${name}-375x812`, { fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForTimeout(200);
}

describe("logs a person can read", () => {
  test("a failed then a successful sign-in show in 登录日志", async () => {
    await page.goto(`${h.baseURL}/login`);
    await fill(page.getByTestId("login-username"), "jiaozhou");
    await fill(page.getByTestId("login-password"), "not-the-password-1");
    await page.getByTestId("login-submit").click();
    await expect.poll(() => page.locator(".el-message, .el-alert, .el-form-item__error").count()).toBeGreaterThan(0);
    expect(page.url()).toContain("/login");
    await fill(page.getByTestId("login-password"), DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.waitForURL((u) => !u.pathname.endsWith("/login"));

    await page.getByTestId("nav-login-log").click();
    const table = page.getByTestId("login-log-table");
    await table.waitFor();
    await expect.poll(() => table.locator("tbody tr").count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const rows = await table.locator("tbody tr").allTextContents();
    expect(rows[0]).toContain("成功");
    expect(rows[0]).toContain("jiaozhou");
    expect(rows[1]).toContain("密码错误");
    await shoot("login-log-zh");
  });

  test("a target set twice shows in 操作日志 as target: before → after, the pairing by name", async () => {
    const token = await h.token("jiaozhou");
    const data = await h.gql<{ pairings: { nodes: { id: string; name: string }[] } }>(
      "{ pairings(first: 100) { nodes { id name } } }",
      {},
      token,
    );
    pairingId = data.pairings.nodes.find((p) => p.name === "胶州市—镇宁县")!.id;
    const SET = `mutation ($i: SetAgreementTargetInput!) { setAgreementTarget(input: $i) { id } }`;
    for (const target of ["31", "37"])
      await h.gql(SET, { i: { pairingId, year: YEAR, indicator: "WORKSHOPS", target, reason: "年中调整" } }, token);

    await page.getByTestId("nav-audit").click();
    const table = page.getByTestId("audit-table");
    await table.waitFor();
    await choose(page, page.getByTestId("audit-action"), { text: "设定协议目标" });
    await expect.poll(() => table.locator("tbody tr").first().textContent(), { timeout: 30_000 }).toContain("→");
    // The lines past the first few fold under "还有 N 项": open them.
    const more = table
      .locator("tbody tr")
      .first()
      .getByText(/还有 \d+ 项/);
    if (await more.count()) await more.click();
    const first = (await table.locator("tbody tr").first().textContent())!;
    expect(first).toContain("设定协议目标");
    expect(first).toMatch(/目标值:\s*31.*→\s*37/);
    expect(first).toContain("胶州市—镇宁县");
    expect(first).toContain("指标:帮扶车间");
    expect(first).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    await shoot("audit-zh");
  });

  test("the pairing page's 历史记录 lists the target change", async () => {
    await page.goto(`${h.baseURL}/pairings/${pairingId}`);
    await page.getByTestId("record-history").click();
    const list = page.getByTestId("record-history-list");
    await expect.poll(() => list.textContent(), { timeout: 30_000 }).toContain("设定协议目标");
    expect(await list.textContent()).toMatch(/31.*→\s*37/);
    await shoot("record-history-zh");
    await page.keyboard.press("Escape");
  });

  test("in English too", async () => {
    await page.goto(`${h.baseURL}/audit`);
    await switchLocale(page);
    const table = page.getByTestId("audit-table");
    await expect.poll(() => page.locator(".page-title").textContent()).toContain("Audit log");
    await expect.poll(() => table.textContent(), { timeout: 30_000 }).toContain("Target");
    await shoot("audit-en");
    await page.goto(`${h.baseURL}/admin/login-log`);
    await expect
      .poll(() => page.getByTestId("login-log-table").textContent(), { timeout: 30_000 })
      .toContain("Success");
    await shoot("login-log-en");
    expect(h.browser.pageErrors).toEqual([]);
  });
});
