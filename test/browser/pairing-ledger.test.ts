// The pairing page's ledger in one language (issue 11, "Tables a coordinator can read"): notes the
// system wrote read in the language on screen (no "劳务协作就业 / placed in work"), every module entry
// names its record (buyer → supplier, 张** → employer, a project …) instead of "#9bcdc801", and
// amounts read as everywhere else (万/亿).
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { switchLocale, phoneShot, screenshotFailures, shanghaiToday, signIn } from "./ui";

let h: Harness;
let page: Page;
screenshotFailures(() => ({ h, page }));

/** A pairing in Qingdao's scope whose first ledger page of a year holds module entries with names. */
let target: { id: string; year: number; labels: string[] };

const HAN = /[\u3400-\u9fff]/;
/** The system's notes in English, as they read before (half of "劳务协作就业 / placed in work"). */
const ENGLISH_NOTES =
  /placed in work|order confirmed|order cancelled|workshop:|training:|funds in place|signed:|lifted by/i;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  const token = await h.token("qingdao");
  const { pairings } = await h.gql<{ pairings: { nodes: { id: string }[] } }>(
    `query { pairings(first: 100) { nodes { id } } }`,
    {},
    token,
  );
  const now = Number(shanghaiToday().slice(0, 4));
  search: for (const year of [now, now - 1]) {
    for (const p of pairings.nodes) {
      const { ledgerEntries } = await h.gql<{
        ledgerEntries: { nodes: { source: string; sourceLabel: string | null }[] };
      }>(
        `query($f: LedgerEntryFilter!) { ledgerEntries(filter: $f, first: 20) { nodes { source sourceLabel } } }`,
        { f: { pairingId: p.id, year } },
        token,
      );
      const labels = ledgerEntries.nodes.flatMap((n) => (n.sourceLabel ? [n.sourceLabel] : []));
      if (labels.length) {
        target = { id: p.id, year, labels };
        break search;
      }
    }
  }
  expect(target, "a pairing with named module entries in the demo data").toBeDefined();
});

const ledger = () => page.getByTestId("ledger-table");

describe("the pairing page's ledger", () => {
  test("in Chinese: record names, no English notes, no bare ids, amounts in 万/亿", async () => {
    await signIn(page, h.baseURL, "qingdao");
    await page.goto(`${h.baseURL}/pairings/${target.id}?year=${target.year}`);
    await ledger().waitFor();
    const records = page.getByTestId("entry-record");
    await expect.poll(() => records.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const text = (await ledger().textContent()) ?? "";
    for (const label of target.labels) expect(text).toContain(label);
    expect(text).not.toMatch(ENGLISH_NOTES);
    expect(text).not.toMatch(/#[0-9a-f]{8}/);
    // Money entries read as on every board (¥…万 / ¥…亿), the exact yuan in the title.
    const amounts = await page.getByTestId("entry-amount").allTextContents();
    const money = amounts.filter((a) => a.includes("¥"));
    for (const a of money) expect(a).not.toMatch(/\d{1,3}(,\d{3}){2,}\.\d\d/);
    await h.screenshot(page, "pairing-ledger-zh-1366x768", { fullPage: true });
    await phoneShot(h, page, "pairing-ledger-zh");
  });

  test("in English: the same notes in English, no Chinese system notes", async () => {
    await switchLocale(page);
    await expect.poll(async () => (await ledger().textContent()) ?? "", { timeout: 30_000 }).toMatch(/Indicator|Date/);
    // The notes come from the server in the language asked for: asked again on the switch.
    await expect
      .poll(async () => (await ledger().textContent()) ?? "", { timeout: 30_000 })
      .not.toMatch(/劳务协作就业|订单确认|订单取消|扶贫车间:|培训:|到位资金:|签约:|项目带贫:/);
    const text = (await ledger().textContent()) ?? "";
    expect(text).not.toMatch(/#[0-9a-f]{8}/);
    // Record names are names (Chinese ones stay Chinese); the rest of each row is English.
    const neutral = await page.getByTestId("entry-record").allTextContents();
    for (const n of neutral) if (!target.labels.includes(n.trim())) expect(n).not.toMatch(HAN);
    await h.screenshot(page, "pairing-ledger-en-1366x768", { fullPage: true });
    await phoneShot(h, page, "pairing-ledger-en");
  });

  test("the indicator table keeps 完成率 in view at 1366", async () => {
    await switchLocale(page);
    const table = page.getByTestId("indicator-table");
    await table.waitFor();
    const ratio = table.locator("th.ratio-col").first();
    const box = await ratio.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
    await expect.poll(() => ratio.isVisible()).toBe(true);
  });
});
