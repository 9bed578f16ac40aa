// 批量导入 end to end in a real browser against the built app and a fresh demo database (issue 10,
// "Done when"): 镇宁县's official opens the import from the workers page, downloads the template,
// fills it with 200 workers of which 3 are bad, uploads it and reads the 3 problems by row, column and
// reason; commits the valid rows and finds the 197 on the workers page; uploads the same file again:
// all 197 are unchanged and committing writes nothing. Screenshots at desktop and phone width, in
// Chinese and in English.
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness, downloadedFile } from "./harness";
import { switchLocale, fill, screenshotFailures, signIn, signOut } from "./ui";
import { fillTemplate, workerLines, wrongCheckChar } from "../api/imports-fixtures";

let h: Harness;
let page: Page;
let filled = "";
screenshotFailures(() => ({ h, page }));

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});

async function importedCount(): Promise<number> {
  const token = await h.token("zhenning");
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

describe("a county imports 200 workers from a spreadsheet with 3 bad rows", () => {
  test("zhenning downloads the template from the workers page and fills it", async () => {
    await signIn(page, h.baseURL, "zhenning");
    await page.getByTestId("nav-workers").click();
    await page.waitForURL(/\/workers$/);
    await page.getByTestId("workers-import").click();
    await page.waitForURL(/\/admin\/imports\?kind=WORKERS$/);
    expect(await page.getByTestId("import-kind-WORKERS").locator("input").isChecked()).toBe(true);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-template").click()]);
    expect(download.suggestedFilename()).toBe("劳动力导入模板.xlsx");
    const template = await readFile(await downloadedFile(download));
    const lines = workerLines("520423", 200, 3);
    lines[9].身份证号 = wrongCheckChar(lines[9].身份证号);
    lines[49]["县(区)代码"] = "621227";
    lines[99].姓名 = "";
    filled = path.join(os.tmpdir(), `镇宁劳动力-${process.pid}.xlsx`);
    await writeFile(filled, await fillTemplate(template, lines as unknown as Record<string, string>[]));
    expect(await importedCount()).toBe(0);
  });

  test("the dry run shows exactly the 3 problems and writes nothing", async () => {
    await upload(filled);
    expect(await page.getByTestId("import-rows").textContent()).toBe("200");
    expect(await page.getByTestId("import-new").textContent()).toBe("197");
    expect(await page.getByTestId("import-problem-rows").textContent()).toBe("3");
    const rows = page.getByTestId("import-problems").locator("tbody tr");
    expect(await rows.count()).toBe(3);
    expect((await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
      expect.stringMatching(/^11 身份证号 身份证号码无效/),
      "51 县(区)代码 只能为本县记录",
      "101 姓名 请输入姓名",
    ]);
    expect(await importedCount()).toBe(0);
    // The problem rows download, to fix and upload again.
    const [problems] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("import-problems-download").click(),
    ]);
    expect(problems.suggestedFilename()).toBe("导入问题行.xlsx");
    await h.screenshot(page, "imports-checked-1366x768", { fullPage: true });
  });

  test("committing the valid rows lands the 197 on the workers page", async () => {
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-done").innerText()).toContain("新增 197 行");
    expect(await importedCount()).toBe(197);
    await page.getByTestId("nav-workers").click();
    await page.waitForURL(/\/workers$/);
    await fill(page.getByTestId("workers-search"), "导入测试");
    await expect.poll(() => page.locator(".pager-info").first().textContent(), { timeout: 30_000 }).toContain("197 条");
  });

  test("the same file again changes nothing", async () => {
    await page.getByTestId("workers-import").click();
    await page.waitForURL(/\/admin\/imports/);
    await upload(filled);
    expect(await page.getByTestId("import-unchanged").textContent()).toBe("197");
    expect(await page.getByTestId("import-new").textContent()).toBe("0");
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-done").innerText()).toContain("新增 0 行，已存在未变 197 行，跳过 3 行");
    expect(await importedCount()).toBe(197);
    // The history lists the imports, newest first.
    await expect.poll(() => page.getByTestId("imports-history").locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
    await h.screenshot(page, "imports-history-1366x768", { fullPage: true });
  });

  test("the page reads at phone width and in English", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await page.reload();
      await page.getByTestId("imports-history").locator(".row-card").first().waitFor({ timeout: 30_000 });
      await upload(filled);
      await page.waitForTimeout(300);
      await h.screenshot(page, "imports-checked-375x812", { fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await switchLocale(page);
      await expect.poll(() => page.locator("h1").first().textContent()).toBe("Bulk import");
      expect(await page.getByTestId("import-problems").innerText()).toContain("Only for your own county");
      expect(await page.getByTestId("import-problems").innerText()).toContain("Row 51");
      await h.screenshot(page, "imports-checked-en-375x812", { fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    await h.screenshot(page, "imports-checked-en-1366x768", { fullPage: true });
    await switchLocale(page);
    await expect.poll(() => page.locator("h1").first().textContent()).toBe("批量导入");
  });

  test("a coordinator is offered buyers and past figures, from the quotas page", async () => {
    await signOut(page);
    await signIn(page, h.baseURL, "jiaozhou");
    await page.getByTestId("nav-quotas").click();
    await page.getByTestId("buyers-import").click();
    await page.waitForURL(/\/admin\/imports\?kind=BUYERS$/);
    expect(await page.getByTestId("import-kind-BUYERS").locator("input").isChecked()).toBe(true);
    expect(await page.getByTestId("import-kind-FIGURES").count()).toBe(1);
    expect(await page.getByTestId("import-kind-WORKERS").count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-template").click()]);
    expect(download.suggestedFilename()).toBe("采购单位与任务导入模板.xlsx");
    await h.screenshot(page, "imports-coordinator-1366x768");
  });
});
