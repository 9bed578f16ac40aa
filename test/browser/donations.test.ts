// 社会帮扶资金 end to end in a real browser against the built app and a fresh demo database:
// Jiaozhou's coordinator records a goods donation to 镇宁县 through the dialog (the goods fields are
// asked for first), sees it in the year's list, and the pairing's SOCIAL_DONATIONS (its recorded part)
// rises by exactly the amount; its transfer slip is attached on its row; an individual donation keeps no
// name and reads 个人捐赠.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { switchLocale, choose, fill, moneyFen as fen, PNG, screenshotFailures, shanghaiToday, signIn } from "./ui";

const TODAY = shanghaiToday();
const YEAR = Number(TODAY.slice(0, 4));
const RECEIPT = `JZJZ-${Date.now() % 1000000}`;

let h: Harness;
let page: Page;
let pairingId = "";

/** The pairing's SOCIAL_DONATIONS this year (fen): delivered and its recorded part, from the API. */
async function donations(): Promise<{ recorded: bigint; delivered: bigint }> {
  const d = await h.gql<{ pairing: { progress: { indicator: string; delivered: string; recorded: string }[] } }>(
    "query ($id: ID!, $year: Int!) { pairing(id: $id) { progress(year: $year) { indicator delivered recorded } } }",
    { id: pairingId, year: YEAR },
    await h.token("jiaozhou"),
  );
  const p = d.pairing.progress.find((x) => x.indicator === "SOCIAL_DONATIONS")!;
  return { recorded: fen(p.recorded), delivered: fen(p.delivered) };
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  const d = await h.gql<{ pairings: { nodes: { id: string; name: string }[] } }>(
    "{ pairings(first: 100) { nodes { id name } } }",
    {},
    await h.token("jiaozhou"),
  );
  pairingId = d.pairings.nodes.find((x) => x.name.includes("胶州") && x.name.includes("镇宁"))!.id;
});

screenshotFailures(() => ({ h, page }));

describe("a donation recorded in the web app counts toward the pairing's social donations", () => {
  test("goods at value: asked for what was given, listed, and SOCIAL_DONATIONS rises by exactly the amount", async () => {
    const before = await donations();
    await signIn(page, h.baseURL, "jiaozhou");
    await page.getByTestId("nav-donations").click();
    await page.waitForURL((u) => u.pathname === "/donations");
    await page.getByTestId("donation-summary").waitFor({ timeout: 30_000 });
    await page.getByTestId("donation-new").click();
    const dialog = page.getByTestId("donation-dialog").filter({ visible: true });
    await dialog.waitFor();
    await choose(page, dialog.getByTestId("donation-county"), { text: /镇宁/ });
    await dialog.getByTestId("donor-kind-ORGANISATION").click();
    await fill(dialog.getByTestId("donation-donor-name"), "胶州市慈善总会");
    await dialog.getByTestId("donation-kind-GOODS").click();
    await fill(dialog.getByTestId("donation-amount"), "12345.67");
    await fill(dialog.getByTestId("donation-receipt"), RECEIPT);
    // Goods without what was given and its valuation basis: asked for, nothing sent.
    await page.getByTestId("donation-submit").click();
    await expect.poll(() => dialog.locator(".el-form-item__error").count()).toBeGreaterThan(0);
    await fill(dialog.getByTestId("donation-goods"), "冬衣 500 件");
    await fill(dialog.getByTestId("donation-valuation"), "按采购发票价");
    await page.getByTestId("donation-submit").click();
    await dialog.waitFor({ state: "hidden", timeout: 30_000 });

    const table = page.getByTestId("donations-table");
    await expect.poll(() => table.textContent(), { timeout: 30_000 }).toContain(RECEIPT);
    expect(await table.textContent()).toContain("冬衣 500 件（按采购发票价）");
    const after = await donations();
    expect(after.recorded - before.recorded).toBe(1234567n);
    expect(after.delivered - before.delivered).toBe(1234567n);
    await h.screenshot(page, "donations-1366x768");
  });

  test("the transfer slip attached on the donation's row: listed pending, on that donation only", async () => {
    const table = page.getByTestId("donations-table");
    const row = table.locator("tr, .card").filter({ hasText: RECEIPT }).first();
    const files = row.getByTestId("donation-evidence").getByTestId("evidence-file");
    expect(await files.count()).toBe(0);
    await row
      .getByTestId("donation-evidence")
      .getByTestId("evidence-input")
      .setInputFiles({ name: "转账凭证.png", mimeType: "image/png", buffer: PNG });
    await expect.poll(() => files.count(), { timeout: 30_000 }).toBe(1);
    expect(await files.first().textContent()).toContain("转账凭证.png");
    await expect.poll(() => files.first().getByTestId("evidence-status").textContent()).toContain("待审核");
    // The API agrees: the file is the donation's, nobody else's.
    const d = await h.gql<{ donations: { nodes: { receiptNo: string; evidence: { fileName: string }[] }[] } }>(
      "query ($y: Int!) { donations(first: 100, filter: { year: $y }) { nodes { receiptNo evidence { fileName } } } }",
      { y: YEAR },
      await h.token("jiaozhou"),
    );
    const mine = d.donations.nodes.find((n) => n.receiptNo === RECEIPT)!;
    expect(mine.evidence.map((e) => e.fileName)).toEqual(["转账凭证.png"]);
    const others = d.donations.nodes.filter((n) => n.evidence.some((e) => e.fileName === "转账凭证.png"));
    expect(others.map((n) => n.receiptNo)).toEqual([RECEIPT]);
  });

  test("individual donors: no name field, the count only, shown as 个人捐赠", async () => {
    await page.getByTestId("donation-new").click();
    const dialog = page.getByTestId("donation-dialog").filter({ visible: true });
    await dialog.waitFor();
    await choose(page, dialog.getByTestId("donation-county"), { text: /镇宁/ });
    await dialog.getByTestId("donor-kind-INDIVIDUAL").click();
    expect(await dialog.getByTestId("donation-donor-name").count()).toBe(0);
    await dialog.getByTestId("donation-individual-hint").waitFor();
    await fill(dialog.getByTestId("donation-amount"), "800");
    await fill(dialog.getByTestId("donation-receipt"), `${RECEIPT}-P`);
    await page.getByTestId("donation-submit").click();
    await dialog.waitFor({ state: "hidden", timeout: 30_000 });
    const table = page.getByTestId("donations-table");
    await expect.poll(() => table.textContent(), { timeout: 30_000 }).toContain(`${RECEIPT}-P`);
    const row = table
      .locator("tr, .card")
      .filter({ hasText: `${RECEIPT}-P` })
      .first();
    expect(await row.textContent()).toContain("个人捐赠");
    expect(h.browser.pageErrors).toEqual([]);
  });
});

describe("a reversal made after its month was locked", () => {
  test("is listed on the day it was made, saying which donation (and day) it reverses, in Chinese and English", async () => {
    // A donation received on 12 January, then January approved (locked) by Jiaozhou — through the API.
    const token = await h.token("jiaozhou");
    const p = await h.gql<{ pairing: { westRegionId: string } }>(
      "query ($id: ID!) { pairing(id: $id) { westRegionId } }",
      { id: pairingId },
      token,
    );
    const receipt = `${RECEIPT}-L`;
    await h.gql(
      "mutation ($i: RecordDonationInput!) { recordDonation(input: $i) { id } }",
      {
        i: {
          countyId: p.pairing.westRegionId,
          kind: "MONEY",
          donorKind: "ORGANISATION",
          donorName: "胶州市锁定月份基金会",
          receivedOn: `${YEAR}-01-12`,
          receiptNo: receipt,
          amount: "500.00",
        },
      },
      token,
    );
    const approved = await h.gql<{ approveReportingPeriod: { __typename: string } }>(
      "mutation ($i: DecideReportingPeriodInput!) { approveReportingPeriod(input: $i) { __typename } }",
      { i: { pairingId, month: `${YEAR}-01` } },
      token,
    );
    expect(approved.approveReportingPeriod.__typename).toBe("ReportingPeriod");

    // Reversed in the web app today.
    await page.reload();
    const table = page.getByTestId("donations-table");
    await expect.poll(() => table.textContent(), { timeout: 30_000 }).toContain(receipt);
    await table.locator("tr, .card").filter({ hasText: receipt }).first().getByTestId("donation-reverse").click();
    const dialog = page.getByTestId("donation-reverse-dialog").filter({ visible: true });
    await dialog.waitFor();
    await fill(dialog.getByTestId("donation-reason"), "重复登记");
    await page.getByTestId("donation-reverse-submit").click();
    await dialog.waitFor({ state: "hidden", timeout: 30_000 });

    const reversal = table.locator("tr, .card").filter({ hasText: "重复登记" }).first();
    await expect
      .poll(() => reversal.getByTestId("donation-reversal-of").first().textContent(), { timeout: 30_000 })
      .toMatch(/冲正 .*1.*12.* 到账的捐赠/);
    // The API agrees: the reversal is dated today, the original still 12 January.
    const d = await h.gql<{
      donations: { nodes: { receiptNo: string; receivedOn: string; reverses: { receivedOn: string } | null }[] };
    }>(
      "query ($y: Int!) { donations(first: 100, filter: { year: $y }) { nodes { receiptNo receivedOn reverses { receivedOn } } } }",
      { y: YEAR },
      token,
    );
    const rows = d.donations.nodes.filter((n) => n.receiptNo === receipt);
    expect(rows.map((r) => [r.receivedOn, r.reverses?.receivedOn ?? null])).toEqual([
      [TODAY, `${YEAR}-01-12`],
      [`${YEAR}-01-12`, null],
    ]);
    await h.screenshot(page, "donations-reversal-1366x768");
    await switchLocale(page);
    await expect
      .poll(() => reversal.getByTestId("donation-reversal-of").first().textContent())
      .toContain("Reversal of the donation received on");
    await h.screenshot(page, "donations-reversal-en-1366x768");
    await switchLocale(page);
    expect(h.browser.pageErrors).toEqual([]);
  });
});
