// Setting up the year (issue 10, 基础设置), end to end in a real browser against the built app and a
// fresh demo database: the administrator adds a new east county-level city under Qingdao (莱西市,
// GB/T 2260 370285; a wrong code first, refused beside the field), pairs it with 镇宁县 nested in
// 青岛–安顺, follows the progress page's "尚无年度协议：设定目标" to the agreement page, sets this
// year's targets and signing date, changes a target with a reason (the history shows it), copies the
// agreement to next year, and the progress page then shows targets instead of 未设目标.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { switchLocale, choose, fill, screenshotFailures, shanghaiToday, signIn, phoneShot } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));
const PAIRING = "莱西市—镇宁县";

let h: Harness;
let page: Page;
screenshotFailures(() => ({ h, page }));

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});

describe("an administrator sets up the year", () => {
  test("adds a new east region under Qingdao; a code outside the parent is refused beside the field", async () => {
    await signIn(page, h.baseURL, "admin");
    await page.getByTestId("nav-admin-regions").click();
    await page.waitForURL((u) => u.pathname === "/admin/regions");
    const table = page.getByTestId("regions-table");
    await table.locator('[data-region="370200"]').waitFor({ timeout: 30_000 });
    await h.screenshot(page, "setup-regions-1366x768");
    await page.getByRole("button", { name: "新增下级 青岛市" }).click();
    const dialog = page.getByTestId("region-dialog");
    await fill(dialog.getByTestId("region-code"), "520499");
    await fill(dialog.getByTestId("region-name"), "莱西市");
    await fill(dialog.getByTestId("region-short-name"), "莱西市");
    await page.getByTestId("region-submit").click();
    await expect
      .poll(() => dialog.locator(".el-form-item__error").first().textContent(), { timeout: 10_000 })
      .toContain("代码须以上级地区的代码开头");
    await fill(dialog.getByTestId("region-code"), "370285");
    await page.getByTestId("region-submit").click();
    await table.locator('[data-region="370285"]').waitFor({ timeout: 30_000 });
    await phoneShot(h, page, "setup-regions");
  });

  test("pairs it with 镇宁县, nested in 青岛–安顺", async () => {
    await page.getByTestId("nav-admin-pairings").click();
    await page.waitForURL((u) => u.pathname === "/admin/pairings");
    await page.getByTestId("pairings-table").locator("tr").nth(1).waitFor({ timeout: 30_000 });
    await page.getByTestId("pairing-create").click();
    await choose(page, page.getByTestId("pairing-east"), { text: "莱西市（370285）" });
    await choose(page, page.getByTestId("pairing-west"), { text: "镇宁布依族苗族自治县（520423）" });
    await choose(page, page.getByTestId("pairing-parent"), { text: "青岛市—安顺市" });
    await page.getByTestId("pairing-create-submit").click();
    const row = page
      .getByTestId("pairings-table")
      .locator("tr")
      .filter({ has: page.locator(`[data-pairing="${PAIRING}"]`) });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain("青岛市—安顺市");
    await h.screenshot(page, "setup-pairings-1366x768");
    await phoneShot(h, page, "setup-pairings");
  });

  test("the progress page offers the way forward, to this year's agreement; targets, signing date, a change with a reason", async () => {
    await page.goto(`${h.baseURL}/progress?year=${YEAR}`);
    const forward = page
      .getByTestId("progress-table")
      .locator("tr")
      .filter({ has: page.locator(`[data-pairing-name="${PAIRING}"]`) })
      .getByTestId("forward-set-targets");
    await forward.waitFor({ timeout: 30_000 });
    expect(await forward.textContent()).toContain(`${YEAR} 年尚无年度协议：设定目标`);
    await forward.click();
    await page.waitForURL((u) => u.pathname === "/admin/agreements" && u.search.includes("pairing="));
    await page.getByTestId("agreement-none").waitFor({ timeout: 30_000 });

    await fill(page.locator('[data-indicator="FISCAL_AID"] input'), "1234567.89");
    await fill(page.locator('[data-indicator="CADRES_SENT"] input'), "3");
    await fill(page.locator('[data-indicator="WORKSHOPS"] input'), "2");
    // Element Plus's picker takes a typed date on Enter.
    const signedOn = page.getByTestId("agreement-card").locator(".el-date-editor input").first();
    await fill(signedOn, `${YEAR}-01-02`);
    await signedOn.press("Enter");
    await page.getByTestId("agreement-save").click();
    await expect
      .poll(() => page.getByTestId("agreement-signed").textContent(), { timeout: 30_000 })
      .toContain("已签订");
    expect(await page.locator('[data-indicator="CADRES_SENT"] input').isDisabled()).toBe(true);

    await page.getByTestId("change-CADRES_SENT").click();
    await fill(page.getByTestId("change-target"), "4");
    await fill(page.getByTestId("change-reason"), "增派一名挂职干部");
    await page.getByTestId("change-target-submit").click();
    const history = page.getByTestId("target-history");
    await expect.poll(() => history.textContent(), { timeout: 30_000 }).toContain("增派一名挂职干部");
    expect(await page.locator('[data-indicator="CADRES_SENT"] input').inputValue()).toBe("4");
    await h.screenshot(page, "setup-agreement-1366x768", { fullPage: true });
    await phoneShot(h, page, "setup-agreement");
    await switchLocale(page);
    await expect.poll(() => page.locator(".page-title").textContent()).toBe("Yearly agreements");
    await h.screenshot(page, "setup-agreement-en-1366x768", { fullPage: true });
    await phoneShot(h, page, "setup-agreement-en");
    await switchLocale(page);
    await expect.poll(() => page.locator(".page-title").textContent()).toBe("年度协议");
  });

  test("copies this year's agreement to next year as an unsigned draft", async () => {
    await choose(page, page.getByTestId("year-select"), { testId: `year-option-${YEAR + 1}`, text: `${YEAR + 1}` });
    await page.getByTestId("agreement-none").waitFor({ timeout: 30_000 });
    await page.getByTestId("agreement-copy").click();
    await page.locator(".el-popconfirm__action .el-button--primary:visible").click();
    await expect
      .poll(() => page.locator('[data-indicator="FISCAL_AID"] input').inputValue(), { timeout: 30_000 })
      .toBe("1234567.89");
    expect(await page.locator('[data-indicator="CADRES_SENT"] input').inputValue()).toBe("4");
    await expect.poll(() => page.getByTestId("agreement-signed").textContent()).toContain("未签订");
  });

  test("the progress page now shows the pairing's targets instead of 未设目标", async () => {
    await page.goto(`${h.baseURL}/progress?year=${YEAR}`);
    const row = page
      .getByTestId("progress-table")
      .locator("tr")
      .filter({ has: page.locator(`[data-pairing-name="${PAIRING}"]`) });
    await row.waitFor({ timeout: 30_000 });
    const fiscal = row.locator('[data-indicator="FISCAL_AID"]');
    await expect.poll(() => fiscal.textContent(), { timeout: 30_000 }).not.toContain("未设目标");
    expect(await row.textContent()).not.toContain("尚无年度协议");
    expect(await row.getByTestId("forward-set-targets").count()).toBe(0);
    await h.screenshot(page, "setup-progress-1366x768");
    await phoneShot(h, page, "setup-progress");
    expect(h.browser.pageErrors).toEqual([]);
  });
});
