// Investment (招商引资), end to end in a real browser against the built app and a fresh demo
// database: the enterprise 馨思雅 lists a new lead on its home page; 镇宁县's official finds it,
// expresses interest, starts a project and moves it through site visit → negotiation → signed
// (contract amount and date), then records the first fund tranche; Jiaozhou's coordinator sees the
// project on the investment board, downloads the pipeline workbook, and on the 胶州市—镇宁县
// drill-down sees INVESTMENT_IN_PLACE rise by exactly the tranche and PROJECTS_LANDED by one, as the
// API says before and after.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness, downloadedFile } from "./harness";
import { choose, fill, moneyFen as fen, screenshotFailures, shanghaiToday, signIn, signOut, wholeNumber } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));
const TITLE = `婴童湿巾生产线${Date.now() % 100000}`;
const PLANNED = "6000"; // typed in 万元: ¥6,000万
const CONTRACT = "45000000.50";
const CONTRACT_WAN = "4,500.00005"; // CONTRACT as typed in 万元
const TRANCHE_FEN = 1_250_000_000n; // ¥12,500,000.00
const DELEGATION = `胶州市妇幼用品企业镇宁考察团${Date.now() % 1000}`;
const REFERENCE = `镇招〔${YEAR}〕${Date.now() % 1000}号`;

let h: Harness;
let page: Page;
let pairingId = "";
let before = { inPlace: 0n, landed: 0n, lifted: 0n };

const login = (username: string) => signIn(page, h.baseURL, username);
const logout = () => signOut(page);

/** The pairing's delivered INVESTMENT_IN_PLACE (fen) and PROJECTS_LANDED this year, from the API. */
async function progressViaApi(): Promise<{ inPlace: bigint; landed: bigint; lifted: bigint }> {
  const token = await h.token("jiaozhou");
  const d = await h.gql<{ pairing: { progress: { indicator: string; delivered: string }[] } }>(
    "query ($id: ID!, $year: Int!) { pairing(id: $id) { progress(year: $year) { indicator delivered } } }",
    { id: pairingId, year: YEAR },
    token,
  );
  const of = (i: string) => {
    const p = d.pairing.progress.find((x) => x.indicator === i);
    if (!p) throw new Error(`no ${i} progress`);
    return fen(p.delivered);
  };
  return { inPlace: of("INVESTMENT_IN_PLACE"), landed: of("PROJECTS_LANDED"), lifted: of("POOR_PEOPLE_LIFTED") };
}

/** Moves the open project one step through the drawer's dialog. */
async function move(stage: string, fields: Record<string, string> = {}) {
  const drawer = page.getByTestId("project-drawer");
  await drawer.getByTestId(`move-${stage}`).click();
  const dialog = page.getByTestId("move-dialog").filter({ visible: true });
  await dialog.waitFor();
  for (const [id, value] of Object.entries(fields)) await fill(dialog.getByTestId(id), value);
  await dialog.getByTestId("move-submit").click();
  await expect
    .poll(() => drawer.getByTestId("project-stage").getAttribute("data-stage"), { timeout: 30_000 })
    .toBe(stage);
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  // 胶州市—镇宁县: the pairing of the enterprise's home (Jiaozhou) and Zhenning, the one its mask plant counts for.
  const token = await h.token("jiaozhou");
  const d = await h.gql<{
    investmentProjects: { nodes: { name: string; pairingId: string | null; pairing: { name: string } | null }[] };
  }>(
    '{ investmentProjects(first: 5, filter: { search: "口罩" }) { nodes { name pairingId pairing { name } } } }',
    {},
    token,
  );
  const mask = d.investmentProjects.nodes.find((p) => p.pairingId);
  if (!mask) throw new Error(`no paired mask project in ${JSON.stringify(d.investmentProjects.nodes)}`);
  expect(mask.pairing?.name).toContain("镇宁");
  pairingId = mask.pairingId!;
  before = await progressViaApi();
});

screenshotFailures(() => ({ h, page }));

describe("one lead from listing to signed with a first tranche, seen in the coordinator's progress", () => {
  test("the enterprise lands on its leads and lists a new one", async () => {
    await login("enterprise");
    await page.waitForURL((u) => u.pathname === "/leads");
    await page.getByTestId("lead-card").first().waitFor({ timeout: 30_000 });
    await page.getByTestId("lead-new").click();
    const dialog = page.getByTestId("lead-dialog");
    await dialog.waitFor();
    // The amount is checked before anything is sent.
    await fill(dialog.getByTestId("lead-title"), TITLE);
    await fill(dialog.getByTestId("lead-industry"), "妇幼用品");
    await fill(dialog.getByTestId("lead-amount"), "-5");
    await dialog.getByTestId("lead-submit").click();
    await expect.poll(() => dialog.locator(".el-form-item__error").allTextContents()).toContain("金额须大于零");
    // Typed in 万元, read back beside it; a yuan figure typed by habit is flagged, not refused.
    await fill(dialog.getByTestId("lead-amount"), "60000000");
    await dialog.getByTestId("lead-amount-warning").waitFor();
    await fill(dialog.getByTestId("lead-amount"), PLANNED);
    await expect.poll(() => dialog.getByTestId("lead-amount-words").textContent()).toBe("约 ¥6,000万 = ¥60,000,000.00");
    expect(await dialog.getByTestId("lead-amount-warning").count()).toBe(0);
    await page.setViewportSize({ width: 375, height: 812 });
    await h.screenshot(page, "lead-dialog-375x812");
    await page.setViewportSize({ width: 1366, height: 768 });
    await dialog.getByTestId("lead-needs-land").click();
    await dialog.getByTestId("lead-needs-labour").click();
    await fill(dialog.getByTestId("lead-needs-note"), "需标准厂房5000平方米，用工约200人");
    await fill(dialog.getByTestId("lead-contact-name"), "王经理");
    await h.screenshot(page, "lead-dialog-1366x768");
    await dialog.getByTestId("lead-submit").click();
    const card = page.getByTestId("lead-card").filter({ hasText: TITLE });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getByTestId("lead-card-amount").textContent()).toContain("¥6,000万");
    await h.screenshot(page, "leads-1366x768");
    // Editing: the form comes back filled in; a change shows on the card.
    await card.getByTestId("lead-edit").click();
    await dialog.waitFor();
    const amount = dialog.locator('input[data-testid="lead-amount"], [data-testid="lead-amount"] input').first();
    await expect.poll(() => amount.inputValue()).toBe("6000");
    await fill(dialog.getByTestId("lead-industry"), "妇幼卫生用品");
    await dialog.getByTestId("lead-submit").click();
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain("妇幼卫生用品");
    // The enterprise follows its projects' pipeline; funds are recorded by others.
    const existing = page
      .getByTestId("lead-card")
      .filter({ hasText: "医用防护服生产线" })
      .getByTestId("lead-project")
      .first();
    await existing.click();
    const drawer = page.getByTestId("project-drawer");
    await drawer.getByTestId("timeline-event").first().waitFor({ timeout: 30_000 });
    expect(await drawer.getByTestId("tranche-row").count()).toBeGreaterThan(0);
    expect(await drawer.getByTestId("tranche-new").count()).toBe(0);
    expect(await drawer.getByTestId("tranche-reverse").count()).toBe(0);
    await h.screenshot(page, "leads-project-drawer-1366x768");
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });
    await page.setViewportSize({ width: 375, height: 812 });
    await card.waitFor();
    await h.screenshot(page, "leads-375x812");
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("Zhenning expresses interest, starts the project and moves it to signed", async () => {
    await logout();
    await login("zhenning");
    await page.getByTestId("nav-investment").click();
    await fill(page.getByTestId("leads-search"), TITLE);
    const card = page.getByTestId("lead-card").filter({ hasText: TITLE });
    await card.waitFor({ timeout: 30_000 });
    await card.getByTestId("lead-interest").click();
    // 表达意向 asks first (what it means, that it can be withdrawn): confirm it.
    const box = page.locator(".el-message-box").last();
    await box.waitFor({ state: "visible", timeout: 10_000 });
    await box.getByRole("button", { name: "表达意向" }).click();
    await card.getByTestId("lead-interested").waitFor({ timeout: 30_000 });
    await expect.poll(() => card.getByTestId("lead-interests").textContent()).toContain("镇宁");
    await h.screenshot(page, "investment-leads-1366x768");

    await card.getByTestId("lead-start-project").click();
    const drawer = page.getByTestId("project-drawer");
    await expect
      .poll(() => drawer.getByTestId("project-stage").getAttribute("data-stage"), { timeout: 30_000 })
      .toBe("LEAD");

    // The project counts for the same pairing as the enterprise's mask plant in Zhenning.
    const own = await h.gql<{ investmentProjects: { nodes: { pairingId: string }[] } }>(
      "query ($s: String!) { investmentProjects(first: 5, filter: { search: $s }) { nodes { pairingId } } }",
      { s: TITLE },
      await h.token("zhenning"),
    );
    expect(own.investmentProjects.nodes.map((p) => p.pairingId)).toEqual([pairingId]);
    // Before it is signed no funds can be recorded here.
    expect(await drawer.getByTestId("tranche-new").count()).toBe(0);
    await move("SITE_VISIT");
    await move("NEGOTIATION");
    // Signing asks for the amount: a bad one is refused beside the field, nothing sent.
    await drawer.getByTestId("move-SIGNED").click();
    const dialog = page.getByTestId("move-dialog").filter({ visible: true });
    await fill(dialog.getByTestId("move-contract-amount"), "12.3456789");
    await dialog.getByTestId("move-submit").click();
    await expect
      .poll(() => dialog.locator(".el-form-item__error").allTextContents())
      .toContain("请输入金额（万元，最多六位小数）");
    await h.screenshot(page, "move-signed-dialog-1366x768");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await move("SIGNED", { "move-contract-amount": CONTRACT_WAN, "move-signed-on": shanghaiToday() });
    await expect.poll(async () => fen(await drawer.getByTestId("project-contract").textContent())).toBe(fen(CONTRACT));
    // The timeline: every dated change, newest first.
    await expect
      .poll(() =>
        drawer.getByTestId("timeline-event").evaluateAll((els) => els.map((e) => e.getAttribute("data-stage"))),
      )
      .toEqual(["SIGNED", "NEGOTIATION", "SITE_VISIT", "LEAD"]);

    // The pairing's landed projects rose by one with the signing.
    await expect.poll(async () => (await progressViaApi()).landed).toBe(before.landed + 100n);
    expect((await progressViaApi()).inPlace).toBe(before.inPlace);
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("the first fund tranche moves it to funds arriving and counts to the fen", async () => {
    const drawer = page.getByTestId("project-drawer");
    await drawer.getByTestId("tranche-new").click();
    const dialog = page.getByTestId("tranche-dialog").filter({ visible: true });
    await fill(dialog.getByTestId("tranche-amount"), "1,250"); // 万元
    await fill(dialog.getByTestId("tranche-date"), shanghaiToday());
    await fill(dialog.getByTestId("tranche-reference"), REFERENCE);
    await dialog.getByTestId("tranche-submit").click();
    await drawer.getByTestId("tranche-row").filter({ hasText: REFERENCE }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => fen(await drawer.getByTestId("project-in-place").textContent())).toBe(TRANCHE_FEN);
    await expect.poll(() => drawer.getByTestId("project-stage").getAttribute("data-stage")).toBe("FUNDS_ARRIVING");
    await h.screenshot(page, "project-drawer-1366x768");
    await page.setViewportSize({ width: 375, height: 812 });
    await h.screenshot(page, "project-drawer-375x812");
    await page.keyboard.press("Escape");
    await page.getByTestId("project-drawer").waitFor({ state: "hidden" });
    await page.getByTestId("county-leads").waitFor();
    await h.screenshot(page, "investment-leads-375x812");
    // The county's projects: cards on a phone, a table on a wide screen.
    await page.locator(".el-tabs__item").filter({ hasText: "本县项目" }).click();
    await page
      .locator('[data-testid="project-row"]:visible')
      .filter({ hasText: TITLE })
      .first()
      .waitFor({ timeout: 30_000 });
    await h.screenshot(page, "investment-projects-375x812");
    await page.setViewportSize({ width: 1366, height: 768 });
    await page
      .locator('[data-testid="project-row"]:visible')
      .filter({ hasText: TITLE })
      .first()
      .waitFor({ timeout: 30_000 });
    await h.screenshot(page, "investment-projects-1366x768");

    const after = await progressViaApi();
    expect(after.inPlace - before.inPlace).toBe(TRANCHE_FEN);
    expect(after.landed - before.landed).toBe(100n);
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("Jiaozhou sees the project on the board and the pairing's figures rise by exactly the tranche", async () => {
    await logout();
    await login("jiaozhou");
    await page.getByTestId("nav-investment-board").click();
    const board = page.getByTestId("pipeline-board");
    await board.waitFor({ timeout: 30_000 });
    await page.getByTestId("funds-chart").waitFor({ timeout: 30_000 });
    await fill(page.getByTestId("projects-search"), TITLE);
    const row = page.getByTestId("projects-table").locator("tr").filter({ hasText: TITLE });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain("资金到位中");
    await h.screenshot(page, "investment-board-1366x768", { fullPage: true });
    await row.getByTestId("project-open").click();
    const drawer = page.getByTestId("project-drawer");
    await drawer.getByTestId("tranche-row").filter({ hasText: REFERENCE }).waitFor({ timeout: 30_000 });
    await page.keyboard.press("Escape");

    // 导出 Excel: the pipeline workbook, the project in its list.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await downloadedFile(download));
    expect(wb.worksheets.map((s) => s.name)).toContain("项目清单");
    const list = wb.getWorksheet("项目清单")!;
    const found = list.getRows(1, list.rowCount)!.some((r) => (r.values as unknown[]).some((v) => v === TITLE));
    expect(found).toBe(true);

    await page.setViewportSize({ width: 375, height: 812 });
    await board.waitFor();
    await h.screenshot(page, "investment-board-375x812", { fullPage: true });
    await page.setViewportSize({ width: 1366, height: 768 });

    // Coordinators browse and search the leads too (interest and projects stay the county's).
    await page.getByTestId("browse-leads").click();
    await page.waitForURL(/\/investment$/);
    await fill(page.getByTestId("leads-search"), TITLE);
    await page.getByTestId("county-leads").getByText(TITLE).first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("lead-interest").count()).toBe(0);

    // The drill-down shows exact figures: the API's after, which is before + the tranche.
    const after = await progressViaApi();
    await page.goto(`${h.baseURL}/pairings/${pairingId}?year=${YEAR}`);
    const inPlace = page.getByTestId("indicator-row-INVESTMENT_IN_PLACE").getByTestId("delivered");
    await inPlace.waitFor({ timeout: 30_000 });
    // The table shows ¥万/亿 (as everywhere); the exact yuan are its title.
    await expect.poll(async () => fen(await inPlace.getAttribute("title"))).toBe(after.inPlace);
    expect(after.inPlace).toBe(before.inPlace + TRANCHE_FEN);
    const landed = page.getByTestId("indicator-row-PROJECTS_LANDED").getByTestId("delivered");
    expect(BigInt(wholeNumber(await landed.textContent())) * 100n).toBe(after.landed);
    expect(after.landed).toBe(before.landed + 100n);
    await h.screenshot(page, "pairing-investment-1366x768");
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("Jiaozhou reverses the tranche (冲正), reports an outcome and records a site visit", async () => {
    await page.getByTestId("nav-investment-board").click();
    await fill(page.getByTestId("projects-search"), TITLE);
    const row = page.getByTestId("projects-table").locator("tr").filter({ hasText: TITLE });
    await row.waitFor({ timeout: 30_000 });
    await row.getByTestId("project-open").click();
    const drawer = page.getByTestId("project-drawer");
    const tranche = drawer.getByTestId("tranche-row").filter({ hasText: REFERENCE });
    await tranche.first().waitFor({ timeout: 30_000 });

    // The reversal needs a reason; it is a negative entry beside the original, which stays.
    await tranche.first().getByTestId("tranche-reverse").click();
    const reverse = page.getByTestId("tranche-dialog").filter({ visible: true });
    await reverse.getByTestId("tranche-submit").click();
    await expect.poll(() => reverse.locator(".el-form-item__error").allTextContents()).toContain("必填");
    await fill(reverse.getByTestId("tranche-reason"), "凭证金额录入有误");
    await reverse.getByTestId("tranche-submit").click();
    await expect.poll(() => tranche.count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(async () => fen(await drawer.getByTestId("project-in-place").textContent())).toBe(0n);
    expect(await drawer.getByTestId("tranche-reverse").count()).toBe(0);
    const afterReversal = await progressViaApi();
    expect(afterReversal.inPlace).toBe(before.inPlace);
    expect(afterReversal.landed).toBe(before.landed + 100n);

    // An outcome report: people lifted feed the pairing's POOR_PEOPLE_LIFTED.
    await drawer.getByTestId("outcome-new").click();
    const outcome = page.getByTestId("outcome-dialog").filter({ visible: true });
    await fill(outcome.getByTestId("outcome-jobs"), "120");
    await fill(outcome.getByTestId("outcome-poor"), "35");
    await fill(outcome.getByTestId("outcome-lifted"), "x");
    await outcome.getByTestId("outcome-submit").click();
    await expect
      .poll(() => outcome.locator(".el-form-item__error").allTextContents())
      .toContain("请输入不小于零的整数");
    await fill(outcome.getByTestId("outcome-lifted"), "60");
    await outcome.getByTestId("outcome-submit").click();
    await drawer.getByTestId("outcome-row").filter({ hasText: "就业 120" }).waitFor({ timeout: 30_000 });
    await h.screenshot(page, "project-drawer-reversed-1366x768");
    await expect.poll(async () => (await progressViaApi()).lifted).toBe(before.lifted + 6000n);
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });

    // 考察对接: a delegation to Zhenning with the enterprise, linked to the project.
    const totals = page.getByTestId("visit-totals");
    const batchesBefore = wholeNumber(await totals.textContent());
    await page.getByTestId("visit-new").click();
    const visit = page.getByTestId("visit-dialog").filter({ visible: true });
    await fill(visit.getByTestId("visit-delegation"), DELEGATION);
    await choose(page, visit.getByTestId("visit-counties"), { text: "镇宁" });
    await visit.locator(".el-dialog__title").click();
    await choose(page, visit.getByTestId("visit-enterprises"), { text: "馨思雅" });
    await visit.locator(".el-dialog__title").click();
    await choose(page, visit.getByTestId("visit-projects"), { text: TITLE });
    await visit.locator(".el-dialog__title").click();
    await h.screenshot(page, "visit-dialog-1366x768");
    await visit.getByTestId("visit-submit").click();
    const visitRow = page.getByTestId("visit-row").filter({ hasText: DELEGATION });
    await visitRow.waitFor({ timeout: 30_000 });
    expect(await visitRow.textContent()).toContain(TITLE);
    await expect.poll(async () => wholeNumber(await totals.textContent())).toBe(batchesBefore + 1);
    expect(h.browser.pageErrors).toEqual([]);
  });
});
