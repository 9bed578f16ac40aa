// A coordinator's day, in a real browser against the built app and a fresh demo database:
// Jiaozhou's coordinator (胶州市扶贫协作办) logs in, sees the progress of its partner counties, opens the
// 胶州市—镇宁 pairing, records a reported figure for workers placed (劳务协作就业) with its document
// reference, and sees the delivered figure grow by exactly that amount.
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { DEMO_PASSWORD, startHarness, type Harness } from "./harness";
import { switchLocale, choose, fill, shanghaiToday, wholeNumber } from "./ui";

const TODAY = shanghaiToday();
const YEAR = Number(TODAY.slice(0, 4));

const AMOUNT = 25;
const DOCUMENT = `胶协办〔${shanghaiToday().slice(0, 4)}〕${100 + Math.floor(Math.random() * 800)}号`;

/** The date field's <input>. Element Plus's el-date-picker does not pass `data-testid` through, so
 *  without the test id in the page the form's date editor is used. */
async function dateInput(page: Page): Promise<Locator> {
  const byId = page.getByTestId("record-date");
  if ((await byId.count()) > 0) {
    const tag = await byId.evaluate((el) => el.tagName.toLowerCase());
    return tag === "input" ? byId : byId.locator("input").first();
  }
  return page.getByTestId("record-form").locator(".el-date-editor input").first();
}

let h: Harness;
let page: Page;
let deliveredAfter = NaN;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});

// A failed step leaves a picture of the page behind: test/artifacts/screenshots/FAILED-<test>.png.
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

describe("coordinator records progress", () => {
  test("jiaozhou logs in and sees its partner counties", async () => {
    await page.goto(h.baseURL);
    await fill(page.getByTestId("login-username"), "jiaozhou");
    await fill(page.getByTestId("login-password"), DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();

    await page.getByTestId("nav-progress").click();
    const table = page.getByTestId("progress-table");
    await table.waitFor();
    await expect.poll(() => table.textContent(), { timeout: 30_000 }).toContain("镇宁");
    // Scope: Jiaozhou's coordinator sees Jiaozhou's pairings only (not Qingdao–Anshun, not Pingdu's).
    const names = await page
      .getByTestId("pairing-link")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-pairing-name") ?? ""));
    expect(names.length).toBeGreaterThan(1);
    expect(names.filter((n) => !n.includes("胶州"))).toEqual([]);

    // The year shown is this year's agreement; choose it if another year is selected.
    const yearSelect = page.getByTestId("year-select");
    if (
      !(await yearSelect.textContent())?.includes(String(YEAR)) &&
      !(
        await yearSelect
          .locator("input")
          .inputValue()
          .catch(() => "")
      ).includes(String(YEAR))
    ) {
      await choose(page, yearSelect, { testId: `year-option-${YEAR}`, text: String(YEAR) });
      await expect.poll(() => table.textContent()).toContain("镇宁");
    }
    await h.screenshot(page, "progress-table-1366x768");

    // The completion chart (ECharts, the largest library) is below the board: not loaded until it is
    // scrolled to, then drawn.
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((e) => e.name)
          .join(" "),
      );
    expect(await page.getByTestId("completion-chart").count()).toBe(0);
    expect(await scripts()).not.toMatch(/CompletionChart-/);
    await page.getByTestId("chart-card").scrollIntoViewIfNeeded();
    await page.getByTestId("completion-chart").locator("canvas").first().waitFor({ timeout: 30_000 });
    expect(await scripts()).toMatch(/CompletionChart-/);
    await page.locator("h1").first().scrollIntoViewIfNeeded(); // back to the top for the steps that follow
  });

  test("the board reads at 1366: first column fixed, scrollbar in view, one line of work, search (issue 11)", async () => {
    const table = page.getByTestId("progress-table");
    // The horizontal scrollbar is inside the window without scrolling the page.
    const bar = table.locator(".el-scrollbar__bar.is-horizontal").first();
    await expect.poll(() => bar.isVisible()).toBe(true);
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    // 劳务 only: the labour indicators, nothing else; the choice survives a reload.
    const group = page.getByTestId("progress-group");
    await group.getByText("劳务", { exact: true }).click();
    const headers = () => table.locator(".el-table__header th .cell").allTextContents();
    await expect.poll(headers).toContain("劳务协作就业");
    expect(await headers()).not.toContain("财政援助资金");
    await page.reload();
    await expect.poll(headers, { timeout: 30_000 }).toContain("劳务协作就业");
    expect(await headers()).not.toContain("财政援助资金");
    // Search narrows the rows to the matching pairing.
    await page.getByTestId("progress-search").fill("镇宁");
    const names = () =>
      page.getByTestId("pairing-link").evaluateAll((els) => els.map((e) => e.getAttribute("data-pairing-name") ?? ""));
    await expect.poll(async () => (await names()).every((n) => n.includes("镇宁"))).toBe(true);
    await h.screenshot(page, "progress-board-labour-search-1366x768");
    await page.setViewportSize({ width: 375, height: 812 });
    await h.screenshot(page, "progress-board-labour-search-375x812");
    await page.setViewportSize({ width: 1366, height: 768 });
    // Back to every column and every pairing for the steps that follow.
    await page.getByTestId("progress-search").fill("");
    await group.getByText("全部", { exact: true }).click();
    await expect.poll(headers).toContain("财政援助资金");
  });

  test("opens 胶州市—镇宁 and records 25 workers placed: delivered grows by exactly 25", async () => {
    const link = page
      .locator('[data-testid="pairing-link"][data-pairing-name*="胶州"][data-pairing-name*="镇宁"]')
      .first();
    await link.click();

    const row = page.getByTestId("indicator-row-LABOURERS_PLACED");
    const delivered = row.getByTestId("delivered");
    await delivered.waitFor();
    const before = wholeNumber(await delivered.textContent());

    // The same figure through the API, for the exact check below.
    const token = await h.token("jiaozhou");
    const pairingId = await pairingIdByName(token, "镇宁");
    const apiBefore = await deliveredViaApi(token, pairingId);
    expect(apiBefore).toBe(before);
    const entriesBefore = await labourEntries(token, pairingId);

    await choose(page, page.getByTestId("record-indicator"), {
      testId: "record-indicator-option-LABOURERS_PLACED",
      text: /劳务协作就业|[Ll]abou?r/,
    });
    await fill(page.getByTestId("record-amount"), String(AMOUNT));
    const date = await dateInput(page);
    await fill(date, TODAY);
    // A native <input type=date> takes the value as it is; Element Plus's picker needs Enter to commit
    // (Enter in a native input would submit the form early).
    if ((await date.getAttribute("type")) !== "date") await date.press("Enter");
    await fill(page.getByTestId("record-document"), DOCUMENT);
    await fill(page.getByTestId("record-note"), "浏览器测试：胶州专场招聘会新增就业");
    await page.getByTestId("record-submit").click();

    await expect
      .poll(async () => wholeNumber(await delivered.textContent()), { timeout: 30_000 })
      .toBe(before + AMOUNT);
    expect(await deliveredViaApi(token, pairingId)).toBe(apiBefore + AMOUNT);
    // Exactly one new ledger entry, carrying what was typed.
    const entriesAfter = await labourEntries(token, pairingId);
    expect(entriesAfter.totalCount).toBe(entriesBefore.totalCount + 1);
    const added = entriesAfter.nodes.find((e) => !entriesBefore.nodes.some((b) => b.id === e.id));
    expect(added).toMatchObject({
      amount: String(AMOUNT),
      occurredOn: TODAY,
      source: "REPORTED",
      sourceDocument: DOCUMENT,
    });
    // The completion ratio on the row follows: (before + 25) ÷ target.
    const target = wholeNumber(await row.getByTestId("target").textContent());
    const ratio = Number(await row.getByTestId("ratio").getAttribute("data-ratio"));
    expect(ratio).toBeCloseTo((before + AMOUNT) / target, 6);
    expect(h.browser.pageErrors).toEqual([]);

    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "pairing-recorded-1366x768");
    await page.setViewportSize({ width: 375, height: 812 });
    await row.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300); // let the layout settle at the new width
    await h.screenshot(page, "pairing-recorded-375x812");
    await page.setViewportSize({ width: 1366, height: 768 });
    deliveredAfter = before + AMOUNT;
  });

  test("switches to English, then logs out", async () => {
    const row = page.getByTestId("indicator-row-LABOURERS_PLACED");
    await switchLocale(page);
    await expect.poll(() => row.textContent()).toContain("Labourers placed");
    expect(wholeNumber(await row.getByTestId("delivered").textContent())).toBe(deliveredAfter);

    await page.getByTestId("logout").click();
    await page.getByTestId("login-username").waitFor();
    // Signed out means signed out: the progress page sends us back to the login form.
    await page.goto(`${h.baseURL}/progress`);
    await page.getByTestId("login-username").waitFor();
    expect(page.url()).toContain("/login");
    expect(h.browser.pageErrors).toEqual([]);
  });
});

async function pairingIdByName(token: string, westName: string): Promise<string> {
  const data = await h.gql<{ pairings: { nodes: { id: string; name: string }[] } }>(
    "query ($search: String) { pairings(first: 100, filter: { search: $search }) { nodes { id name } } }",
    { search: westName },
    token,
  );
  const found = data.pairings.nodes.find((p) => p.name.includes("胶州") && p.name.includes(westName));
  if (!found)
    throw new Error(`no 胶州 pairing with ${westName} among ${data.pairings.nodes.map((p) => p.name).join(", ")}`);
  return found.id;
}

async function labourEntries(token: string, pairingId: string) {
  const data = await h.gql<{
    ledgerEntries: {
      totalCount: number;
      nodes: { id: string; amount: string; occurredOn: string; source: string; sourceDocument: string | null }[];
    };
  }>(
    `query ($pairingId: ID!, $year: Int!) {
      ledgerEntries(first: 100, filter: { pairingId: $pairingId, year: $year, indicator: LABOURERS_PLACED }) {
        totalCount nodes { id amount occurredOn source sourceDocument }
      }
    }`,
    { pairingId, year: YEAR },
    token,
  );
  return data.ledgerEntries;
}

async function deliveredViaApi(token: string, pairingId: string): Promise<number> {
  const data = await h.gql<{ pairing: { progress: { indicator: string; delivered: string }[] } }>(
    "query ($id: ID!, $year: Int!) { pairing(id: $id) { progress(year: $year) { indicator delivered } } }",
    { id: pairingId, year: YEAR },
    token,
  );
  const p = data.pairing.progress.find((x) => x.indicator === "LABOURERS_PLACED");
  if (!p) throw new Error("no LABOURERS_PLACED progress");
  return Number(p.delivered);
}
