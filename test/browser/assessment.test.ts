// 考核材料 (issue 13), end to end in a real browser: Jiaozhou's coordinator downloads the assessment
// workbook and the self-assessment report from the pairing page of 胶州—镇宁 and from its row on the
// grading page; the files are whole (the workbook read back: its 总表 figures are the API's), and the
// PDF either downloads or is said to be unavailable.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { downloadedFile, startHarness, type Harness } from "./harness";
import { choose, fill, phoneShot, screenshotFailures, shanghaiToday, signIn, signOut } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));

let h: Harness;
let page: Page;
let pairingId = "";
let pairingName = "";

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  const d = await h.gql<{ pairings: { nodes: { id: string; name: string }[] } }>(
    "{ pairings(first: 100) { nodes { id name } } }",
    {},
    await h.token("jiaozhou"),
  );
  const p = d.pairings.nodes.find((x) => x.name.includes("胶州") && x.name.includes("镇宁"));
  if (!p) throw new Error("no 胶州—镇宁 pairing");
  pairingId = p.id;
  pairingName = p.name;
  // The demo sets this year's grading scheme (db/demo-grading.ts): the grading page lists the pairing.
});

screenshotFailures(() => ({ h, page }));

async function downloadBy(click: () => Promise<void>, on: Page = page) {
  const [download] = await Promise.all([on.waitForEvent("download", { timeout: 60_000 }), click()]);
  const file = await downloadedFile(download);
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

describe("the assessment package from the pairing page and the grading page", () => {
  test("Jiaozhou's coordinator downloads the workbook: its 总表 is the API's figures", async () => {
    await signIn(page, h.baseURL, "jiaozhou");
    await page.goto(`${h.baseURL}/pairings/${pairingId}?year=${YEAR}`);
    const box = page.getByTestId("assessment-downloads");
    await box.waitFor({ timeout: 20_000 });
    await h.screenshot(page, "assessment-pairing-1366x768");
    const xlsx = await downloadBy(() => box.getByTestId("assessment-xlsx").click());
    expect(xlsx.name).toBe(`考核工作簿-${YEAR}.xlsx`);
    expect(xlsx.bytes.length).toBeGreaterThan(1000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as never);
    const rows: unknown[][] = [];
    wb.getWorksheet("总表")!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const api = await h.gql<{
      pairing: { progress: { indicator: string; delivered: string; target: string | null }[] };
    }>(
      "query ($id: ID!, $y: Int!) { pairing(id: $id) { progress(year: $y) { indicator delivered target } } }",
      { id: pairingId, y: YEAR },
      await h.token("jiaozhou"),
    );
    const fiscal = api.pairing.progress.find((p) => p.indicator === "FISCAL_AID")!;
    const row = rows.find((r) => r[1] === "财政援助资金")!;
    expect(Number(row[6]).toFixed(2)).toBe(fiscal.delivered);
    expect(row[3] == null ? null : Number(row[3]).toFixed(2)).toBe(fiscal.target);
    expect(rows.find((r) => r[0] === "结对关系")![1]).toBe(pairingName);
  });

  test("… and the self-assessment report (.docx) with the pairing's name; the PDF downloads or is said to be unavailable", async () => {
    const box = page.getByTestId("assessment-downloads");
    const docx = await downloadBy(() => box.getByTestId("assessment-docx").click());
    expect(docx.name).toBe(`自评报告-${YEAR}.docx`);
    const xml = await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain(pairingName);
    expect(xml).toContain("自评报告");

    const pdfResponse = page.waitForResponse((r) => r.url().includes("/exports/self-assessment.pdf"), {
      timeout: 90_000,
    });
    const downloaded = page.waitForEvent("download", { timeout: 90_000 }).catch(() => null);
    await box.getByTestId("assessment-pdf").click();
    const res = await pdfResponse;
    if (res.status() === 200) {
      const d = await downloaded;
      expect(d!.suggestedFilename()).toBe(`自评报告-${YEAR}.pdf`);
      expect(
        readFileSync(await downloadedFile(d!))
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
    } else {
      expect(res.status()).toBe(503);
      await page.locator(".el-message--info").getByText("LibreOffice").waitFor();
    }
    await phoneShot(h, page, "assessment-pairing");
  }, 120_000);

  test("the grading page's row of the pairing offers the same files", async () => {
    await page.goto(`${h.baseURL}/grading?year=${YEAR}`);
    const row = page.getByTestId("grading-pairings").locator("tr", { hasText: pairingName });
    await row.waitFor({ timeout: 20_000 });
    await row.getByTestId("assessment-menu").click();
    const item = page.locator(".el-dropdown-menu").filter({ visible: true }).getByTestId("assessment-xlsx");
    await item.waitFor();
    await h.screenshot(page, "assessment-grading-1366x768");
    const xlsx = await downloadBy(() => item.click());
    expect(xlsx.name).toBe(`考核工作簿-${YEAR}.xlsx`);
    expect(xlsx.bytes.length).toBeGreaterThan(1000);
  });

  test("the administrator puts 镇宁 in a county class: the page shows its class and rank in it, and grades.xlsx says the same", async () => {
    const admin = page; // the same browser context: sign Jiaozhou out, the administrator in
    await signOut(admin);
    await signIn(admin, h.baseURL, "admin");
    await admin.goto(`${h.baseURL}/grading?year=${YEAR}`);
    await admin.getByTestId("grading-scheme-edit").click();
    const dialog = admin.getByTestId("grading-scheme-dialog");
    await dialog.getByTestId("county-class-add").click();
    await fill(dialog.getByTestId("county-class-name").last(), "一类县");
    await choose(admin, dialog.getByTestId("county-class-counties").last(), { text: /镇宁/ });
    await dialog.getByTestId("county-class-name").last().click(); // closes the multiple select's menu
    await dialog.getByTestId("grading-scheme-submit").click();
    await dialog.waitFor({ state: "hidden" });
    const row = admin.getByTestId("grading-pairings").locator("tr", { hasText: pairingName });
    await row.getByTestId("grade-class").filter({ hasText: "一类县" }).waitFor({ timeout: 20_000 });
    await h.screenshot(admin, "grading-classes-1366x768");

    const api = await h.gql<{
      pairingGrades: {
        pairings: {
          pairing: { id: string };
          score: string | null;
          rank: number | null;
          countyClass: string | null;
          classRank: number | null;
        }[];
      };
    }>(
      "query ($y: Int!) { pairingGrades(year: $y) { pairings { pairing { id } score rank countyClass classRank } } }",
      { y: YEAR },
      await h.token("admin"),
    );
    const mine = api.pairingGrades.pairings.find((p) => p.pairing.id === pairingId)!;
    expect(mine.countyClass).toBe("一类县");
    await expect.poll(() => row.getByTestId("grade-class-rank").textContent()).toBe(String(mine.classRank ?? "—"));

    const xlsx = await downloadBy(() => admin.getByTestId("grading-export").click(), admin);
    expect(xlsx.name).toBe(`考核评级-${YEAR}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as never);
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const [head, ...body] = rows;
    const line = body.find((r) => r[head.indexOf("结对")] === pairingName)!;
    expect(line[head.indexOf("县类别")]).toBe("一类县");
    expect(line[head.indexOf("类别内名次")]).toBe(mine.classRank);
    expect(line[head.indexOf("名次")]).toBe(mine.rank);
    expect(Number(line[head.indexOf("得分")]).toFixed(2)).toBe(mine.score);
    await phoneShot(h, admin, "grading-classes");
  });
});
