// 劳务协作 end to end in a real browser against the built app and a fresh demo database: 镇宁县's
// official puts forward a new worker with consent (a wrong ID check digit first: the server's message
// shows beside the field and nothing is created), places the worker on the mask plant's posting and
// records the employment; Jiaozhou's coordinator sees the pairing's LABOURERS_PLACED rise by exactly
// one and the county on the labour board; the employer sees the worker on its posting, masked only.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { DEMO_PASSWORD, startHarness, type Harness } from "./harness";
import { switchLocale, choose, fill, shanghaiToday, wholeNumber } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));
const NAME = "测试劳动力韦明";
const POSITION = "口罩生产线操作工"; // 馨思雅 (the `enterprise` user's company), in 胶州市
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A fictitious 镇宁 number: born 1995-06-15, sequence 123 (odd: a man), with its GB 11643 check character. */
const FIRST17 = "52042319950615123";
const CHECK = "10X98765432"[[...FIRST17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0) % 11];
const ID = FIRST17 + CHECK;
const WRONG_ID = FIRST17 + (CHECK === "0" ? "1" : "0");
const MASKED = `${ID.slice(0, 4)}${"*".repeat(10)}${ID.slice(-4)}`;
const FULL_ID_PATTERN = /\d{17}[\dX]/;

let h: Harness;
let page: Page;
let pairingId = "";
let before = { delivered: 0, recorded: 0 };

async function login(username: string) {
  await page.goto(`${h.baseURL}/login`);
  await fill(page.getByTestId("login-username"), username);
  await fill(page.getByTestId("login-password"), DEMO_PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => !u.pathname.endsWith("/login"));
}
async function logout() {
  await page.getByTestId("logout").click();
  await page.getByTestId("login-username").waitFor();
}
async function phoneShot(name: string, ready: () => Promise<unknown>) {
  await page.setViewportSize({ width: 375, height: 812 });
  try {
    await ready();
    // The page from its top, without the toasts of the steps before.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelectorAll(".el-message").forEach((m) => m.remove());
    });
    await page.waitForTimeout(300); // let the layout settle at the new width
    await h.screenshot(page, `${name}-375x812`);
  } finally {
    await page.setViewportSize({ width: 1366, height: 768 });
  }
}
async function labourPlaced(token: string): Promise<{ delivered: number; recorded: number }> {
  const d = await h.gql<{ pairing: { progress: { indicator: string; delivered: string; recorded: string }[] } }>(
    "query ($id: ID!, $year: Int!) { pairing(id: $id) { progress(year: $year) { indicator delivered recorded } } }",
    { id: pairingId, year: YEAR },
    token,
  );
  const p = d.pairing.progress.find((x) => x.indicator === "LABOURERS_PLACED")!;
  return { delivered: Number(p.delivered), recorded: Number(p.recorded) };
}
async function workersNamed(token: string): Promise<number> {
  const d = await h.gql<{ workers: { totalCount: number } }>(
    "query ($s: String) { workers(first: 1, filter: { search: $s }) { totalCount } }",
    { s: NAME },
    token,
  );
  return d.workers.totalCount;
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  const coordinator = await h.token("jiaozhou");
  const d = await h.gql<{ pairings: { nodes: { id: string; name: string }[] } }>(
    '{ pairings(first: 100, filter: { search: "镇宁" }) { nodes { id name } } }',
    {},
    coordinator,
  );
  pairingId = d.pairings.nodes.find((p) => p.name.includes("胶州") && p.name.includes("镇宁"))!.id;
  before = await labourPlaced(coordinator);
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === "fail" && page && !page.isClosed()) {
    const name = ctx.task.name.replace(/[^\w\u4e00-\u9fff-]+/g, "-").slice(0, 60);
    await h.screenshot(page, `FAILED-${name}`, { fullPage: true }).catch(() => {});
  }
});
afterAll(async () => {
  if (h) {
    if (h.browser.consoleErrors.length)
      console.warn(`console errors in the browser:\n${h.browser.consoleErrors.join("\n")}`);
    await h.close();
  }
});

describe("a worker from put forward to employed, seen by the coordinator and the employer", () => {
  test("zhenning puts forward a worker: a wrong check digit is refused beside the field, then the worker is created masked", async () => {
    await login("zhenning");
    await page.getByTestId("nav-workers").click();
    await page.waitForURL(/\/workers$/);
    const table = page.getByTestId("workers-table").first();
    await table.locator("tr").nth(2).waitFor({ timeout: 30_000 });
    await h.screenshot(page, "workers-1366x768");
    const token = await h.token("zhenning");
    expect(await workersNamed(token)).toBe(0);

    await page.getByTestId("worker-new").click();
    const dialog = page.getByTestId("worker-dialog");
    await fill(dialog.getByTestId("worker-name"), NAME);
    await fill(dialog.getByTestId("worker-id-number"), WRONG_ID);
    // Birth year and sex are read from the number while empty.
    await expect.poll(() => dialog.getByTestId("worker-birth-year").locator("input").inputValue()).toBe("1995");
    expect(await dialog.getByTestId("worker-sex-MALE").locator("input").isChecked()).toBe(true);
    await fill(dialog.getByTestId("worker-phone"), "139 0000 9876");
    await dialog.getByTestId("worker-poor").click();
    expect(await dialog.getByTestId("worker-consent").locator("input").isChecked()).toBe(true);
    await dialog.getByTestId("worker-submit").click();

    const idItem = dialog.locator(".el-form-item").filter({ has: page.getByTestId("worker-id-number") });
    await expect
      .poll(() => idItem.locator(".el-form-item__error").textContent(), { timeout: 30_000 })
      .toContain("身份证号码无效");
    expect(await dialog.isVisible()).toBe(true);
    expect(await workersNamed(token)).toBe(0); // nothing written
    await h.screenshot(page, "worker-new-refused-1366x768");

    await fill(dialog.getByTestId("worker-id-number"), ID);
    await dialog.getByTestId("worker-submit").click();
    await dialog.waitFor({ state: "hidden" });
    const row = table.locator("tr").filter({ hasText: NAME }).first();
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId("worker-id").textContent()).toBe(MASKED);
    expect(await workersNamed(token)).toBe(1);
    expect(await page.locator("body").innerText()).not.toContain(ID);

    // 查看完整信息: the full number shows (and the server audits the read); hidden again on request.
    await row.getByTestId("worker-reveal").click();
    await expect.poll(() => row.getByTestId("worker-id").textContent()).toBe(ID);
    await h.screenshot(page, "workers-revealed-1366x768");
    await row.getByRole("button", { name: "隐藏" }).click();
    await expect.poll(() => row.getByTestId("worker-id").textContent()).toBe(MASKED);
    const admin = await h.token("admin");
    const audit = await h.gql<{ auditLog: { nodes: { entityType: string; change: unknown }[] } }>(
      '{ auditLog(first: 5, filter: { action: "WORKER_IDENTITY_REVEALED" }) { nodes { entityType change } } }',
      {},
      admin,
    );
    expect(audit.auditLog.nodes.length).toBe(1);
    expect(JSON.stringify(audit.auditLog.nodes)).not.toContain(ID);
    // Consent, dated both ways: withdrawn (employers lose sight of the worker), then given again.
    await row.getByTestId("worker-consent-toggle").click();
    await page.getByTestId("step-dialog").getByTestId("step-submit").click();
    await expect
      .poll(() => row.getByTestId("worker-consent-state").textContent(), { timeout: 30_000 })
      .toContain("未同意");
    expect(await row.textContent()).toMatch(/日 撤回/); // the withdrawal's date
    await row.getByTestId("worker-consent-toggle").click();
    await page.getByTestId("step-dialog").getByTestId("step-submit").click();
    await expect
      .poll(() => row.getByTestId("worker-consent-state").textContent(), { timeout: 30_000 })
      .toContain("已同意共享");
    expect(await row.textContent()).not.toMatch(/日 撤回/);
    // 历史记录: the worker's own trail, readable — put forward, the full number viewed (never shown
    // in it), consent withdrawn and given again — in both languages.
    await row.getByTestId("record-history").click();
    const history = page.getByTestId("record-history-list");
    await expect.poll(() => history.textContent(), { timeout: 30_000 }).toContain("撤回信息共享同意");
    const trail = (await history.textContent())!;
    for (const action of ["推荐劳动力", "查看完整身份信息", "登记信息共享同意"]) expect(trail).toContain(action);
    expect(trail).toMatch(/查看的字段:\s*身份证号、手机号/);
    expect(trail).not.toContain(ID);
    await h.screenshot(page, "worker-history-1366x768");
    await page.keyboard.press("Escape");
    await history.waitFor({ state: "hidden" });
    await switchLocale(page);
    await row.getByTestId("record-history").click();
    await expect.poll(() => history.textContent(), { timeout: 30_000 }).toContain("Consent withdrawn");
    await expect.poll(() => history.locator(".el-loading-mask:visible").count()).toBe(0);
    expect(await history.textContent()).toMatch(/Fields viewed:\s*ID number、Mobile/);
    await h.screenshot(page, "worker-history-en-1366x768");
    await page.keyboard.press("Escape");
    await history.waitFor({ state: "hidden" });
    await switchLocale(page);
    await phoneShot("worker-history", async () => {
      const card = page.getByTestId("workers-table").first().locator(".worker-row").filter({ hasText: NAME }).first();
      await card.getByTestId("record-history").click();
      await expect.poll(() => history.textContent(), { timeout: 30_000 }).toContain("撤回信息共享同意");
    });
    await page.keyboard.press("Escape");
    await history.waitFor({ state: "hidden" });
    await phoneShot("workers", () =>
      page.getByTestId("workers-table").first().locator(".worker-row").first().waitFor(),
    );
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("places the worker on the mask plant's posting and records the employment (stable is not offered before six months)", async () => {
    const row = page.getByTestId("workers-table").first().locator("tr").filter({ hasText: NAME }).first();
    await row.getByTestId("worker-place").click();
    const dialog = page.getByTestId("place-dialog");
    await fill(dialog.getByTestId("place-search"), "口罩");
    const choice = dialog.locator(`[data-testid="place-posting"][data-position="${POSITION}"]`);
    await expect.poll(() => dialog.getByTestId("place-posting").count(), { timeout: 30_000 }).toBe(1); // the search applies
    await choice.waitFor();
    await choice.click();
    await h.screenshot(page, "place-dialog-1366x768");
    await dialog.getByTestId("place-submit").click();
    await dialog.waitFor({ state: "hidden" });

    // The page switches to the placements.
    const placement = page.getByTestId("placements-table").first().locator("tr").filter({ hasText: NAME }).first();
    await placement.waitFor({ timeout: 30_000 });
    expect(await placement.getByTestId("placement-status").textContent()).toContain("已推荐");
    await placement.getByTestId("placement-employ").click();
    const step = page.getByTestId("step-dialog");
    await step.getByTestId("step-submit").click();
    await step.waitFor({ state: "hidden" });
    await expect
      .poll(() => placement.getByTestId("placement-status").textContent(), { timeout: 30_000 })
      .toContain("已就业");

    // STABLE only six months after the start: not offered before (the server's allowedActions), and the
    // row says from when (the server's stableFrom).
    expect(await placement.getByTestId("placement-stable").count()).toBe(0);
    expect(await placement.textContent()).toContain("起可认定稳岗");
    expect(await placement.getByTestId("placement-status").textContent()).toContain("已就业");
    await h.screenshot(page, "placements-1366x768");
    await phoneShot("placements", () =>
      page.getByTestId("placements-table").first().locator(".placement-row").first().waitFor(),
    );

    await page.locator("#tab-retention").click();
    await page.getByTestId("retention-row").first().waitFor({ timeout: 30_000 });
    await h.screenshot(page, "workers-retention-1366x768");

    await page.getByTestId("nav-workshops").click();
    await page.getByTestId("workshops-table").locator(".item").first().waitFor({ timeout: 30_000 });
    await h.screenshot(page, "workshops-1366x768");
    await phoneShot("workshops", () => page.getByTestId("workshops-table").locator(".item").first().waitFor());
    // A dated employment report: the workshop shows the new figures.
    const workshop = page.getByTestId("workshops-table").locator(".item").filter({ hasText: "城关镇" }).first();
    await workshop.getByTestId("workshop-report").click();
    const wsDialog = page.getByTestId("workshop-dialog");
    await fill(wsDialog.getByTestId("workshop-employed"), "41");
    await fill(wsDialog.getByTestId("workshop-poor"), "27");
    await wsDialog.getByTestId("workshop-submit").click();
    await wsDialog.waitFor({ state: "hidden" });
    await expect.poll(() => workshop.textContent(), { timeout: 30_000 }).toMatch(/41\s*就业人数\s*27\s*建档立卡/);
    // A training session: the new worker among the attendees, plus a headcount.
    await page.locator("#tab-trainings").click();
    await page.getByTestId("training-new").click();
    const trDialog = page.getByTestId("training-dialog");
    await fill(trDialog.getByTestId("training-title"), "口罩生产岗前培训(测试)");
    await choose(page, trDialog.getByTestId("training-east"), { text: "胶州市" });
    await choose(page, trDialog.getByTestId("training-workers"), { text: NAME, typing: "韦明" });
    await trDialog.locator(".el-dialog__title").click(); // closes the list, keeps the dialog
    await fill(trDialog.getByTestId("training-headcount"), "20");
    await trDialog.locator(".el-dialog__title").click(); // the number input commits on blur
    await expect.poll(() => trDialog.textContent()).toContain("计入培训人次：21");
    await h.screenshot(page, "training-new-1366x768");
    await trDialog.getByTestId("training-submit").click();
    await trDialog.waitFor({ state: "hidden" });
    const session = page
      .getByTestId("trainings-table")
      .locator(".item")
      .filter({ hasText: "口罩生产岗前培训(测试)" })
      .first();
    await session.waitFor({ timeout: 30_000 });
    expect(await session.textContent()).toContain("21");
    await phoneShot("trainings", () => session.waitFor());
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("jiaozhou sees LABOURERS_PLACED of 胶州—镇宁 rise by exactly one, and 镇宁 on the labour board", async () => {
    await logout();
    await login("jiaozhou");
    const token = await h.token("jiaozhou");
    const after = await labourPlaced(token);
    expect(after.delivered).toBe(before.delivered + 1);
    expect(after.recorded).toBe(before.recorded + 1);

    await page.goto(`${h.baseURL}/progress?year=${YEAR}`);
    await page
      .locator('[data-testid="pairing-link"][data-pairing-name*="胶州"][data-pairing-name*="镇宁"]')
      .first()
      .click();
    const row = page.getByTestId("indicator-row-LABOURERS_PLACED");
    await expect
      .poll(async () => wholeNumber(await row.getByTestId("recorded").textContent()), { timeout: 30_000 })
      .toBe(after.recorded);
    expect(wholeNumber(await row.getByTestId("delivered").textContent())).toBe(after.delivered);

    await page.getByTestId("nav-labour-board").click();
    await page.waitForURL(/\/labour-board$/);
    const county = page.locator('[data-testid="retention-row"][data-county*="镇宁"]');
    await county.waitFor({ timeout: 30_000 });
    const r = await h.gql<{ labourRetention: { county: { shortName: string }; placed: number; employed: number }[] }>(
      "query ($y: Int!) { labourRetention(year: $y) { county { shortName } placed employed } }",
      { y: YEAR },
      token,
    );
    const zhenning = r.labourRetention.find((x) => x.county.shortName.includes("镇宁"))!;
    expect(wholeNumber(await county.getByTestId("retention-placed").textContent())).toBe(zhenning.placed);
    expect(wholeNumber(await county.getByTestId("retention-employed").textContent())).toBe(zhenning.employed);
    await page.getByTestId("job-fairs").getByText("胶州—镇宁劳务协作专场招聘会").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("labour-export").click()]);
    expect(download.suggestedFilename()).toBe(`劳务协作安置与稳岗-${YEAR}.xlsx`);
    // 专场招聘会: the coordinator records one (more offers than attendance is refused first).
    await page.getByTestId("jobfair-new").click();
    const fairDialog = page.getByTestId("jobfair-dialog");
    await fill(fairDialog.getByTestId("jobfair-name"), "镇宁县秋季劳务协作专场招聘会(测试)");
    await fill(fairDialog.getByTestId("jobfair-venue"), "镇宁县人力资源市场");
    await choose(page, fairDialog.getByTestId("jobfair-county"), { text: /镇宁/ });
    await choose(page, fairDialog.getByTestId("jobfair-employers"), { text: /馨思雅/ });
    await page.keyboard.press("Escape"); // close the multi-select's list, not the dialog
    await fill(fairDialog.getByTestId("jobfair-attendance"), "120");
    await fill(fairDialog.getByTestId("jobfair-offers"), "130");
    await fairDialog.getByTestId("jobfair-submit").click();
    await expect
      .poll(() => fairDialog.locator(".el-form-item__error").allTextContents())
      .toContain("达成意向人数不能多于到场人次");
    await fill(fairDialog.getByTestId("jobfair-offers"), "45");
    await fairDialog.getByTestId("jobfair-submit").click();
    await page.getByTestId("job-fairs").getByText("镇宁县秋季劳务协作专场招聘会(测试)").waitFor({ timeout: 30_000 });
    const fairs = await h.gql<{ jobFairs: { nodes: { name: string; attendance: number; offers: number }[] } }>(
      "query ($y: Int!) { jobFairs(first: 50, filter: { year: $y }) { nodes { name attendance offers } } }",
      { y: YEAR },
      token,
    );
    expect(fairs.jobFairs.nodes).toContainEqual({
      name: "镇宁县秋季劳务协作专场招聘会(测试)",
      attendance: 120,
      offers: 45,
    });
    await h.screenshot(page, "labour-board-1366x768", { fullPage: true });
    // In English too.
    await switchLocale(page);
    await expect.poll(() => page.locator(".page-title").textContent()).toBe("Labour cooperation");
    expect(await county.textContent()).toContain(String(zhenning.placed));
    await h.screenshot(page, "labour-board-en-1366x768");
    await switchLocale(page);
    await expect.poll(() => page.locator(".page-title").textContent()).toBe("劳务协作");
    await phoneShot("labour-board", () => page.locator('[data-testid="retention-row"]').first().waitFor());
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("the employer sees the worker on its posting with a masked ID only", async () => {
    await logout();
    await login("enterprise");
    await page.getByTestId("nav-postings").click();
    await page.waitForURL(/\/postings$/);
    const row = page.getByTestId("postings-table").first().locator("tr").filter({ hasText: POSITION }).first();
    await row.waitFor({ timeout: 30_000 });
    await h.screenshot(page, "postings-1366x768");
    await row.getByTestId("posting-placed").click();
    const drawer = page.getByTestId("posting-placements");
    const placed = drawer.locator(`[data-testid="posting-placement"][data-worker="${NAME}"]`);
    await placed.waitFor({ timeout: 30_000 });
    expect(await placed.getByTestId("placement-id-masked").textContent()).toBe(MASKED);
    expect(await placed.textContent()).toContain("已就业");
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(FULL_ID_PATTERN);
    expect(await page.content()).not.toContain(ID);
    await h.screenshot(page, "posting-placements-1366x768");
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });

    // A new posting: the wage range is checked before sending; then it is listed, nobody placed yet.
    await page.getByTestId("posting-new").click();
    const dialog = page.getByTestId("posting-dialog");
    await fill(dialog.getByTestId("posting-position"), "医用口罩质检员(测试)");
    await fill(dialog.getByTestId("posting-wage-min"), "5200");
    await fill(dialog.getByTestId("posting-wage-max"), "4800");
    await dialog.getByTestId("posting-submit").click();
    await expect.poll(() => dialog.locator(".el-form-item__error").allTextContents()).toContain("上限不能低于下限");
    await fill(dialog.getByTestId("posting-wage-max"), "6800.50");
    await h.screenshot(page, "posting-new-1366x768");
    await dialog.getByTestId("posting-submit").click();
    await dialog.waitFor({ state: "hidden" });
    const created = page
      .getByTestId("postings-table")
      .first()
      .locator("tr")
      .filter({ hasText: "医用口罩质检员(测试)" })
      .first();
    await created.waitFor({ timeout: 30_000 });
    expect(await created.textContent()).toContain("¥5,200.00 – ¥6,800.50");
    expect(await created.textContent()).toContain("0 / 10");
    await phoneShot("postings", () =>
      page.getByTestId("postings-table").first().locator(".row-card").first().waitFor(),
    );
    expect(h.browser.pageErrors).toEqual([]);
  });
});
