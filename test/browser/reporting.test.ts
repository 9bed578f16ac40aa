// 报送与审核, end to end in a real browser against the built app and a fresh demo database: a ¥150万
// figure without evidence in May gives 胶州市—镇宁县 one data-quality warning; 镇宁县's official cannot
// submit May until it is explained, then submits; Jiaozhou's coordinator returns it with a reason;
// the official resubmits; the coordinator approves and the board shows 已审核 (approved).
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { fill, screenshotFailures, shanghaiToday, shootBothLanguages, signIn, signOut } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));
const MAY = `${YEAR}-05`;
const PAIRING = "胶州市—镇宁县";
const CELL = `cell-${PAIRING}-${MAY}`;

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  const jiaozhou = await h.token("jiaozhou");
  const d = await h.gql<{ pairings: { nodes: { id: string; name: string }[] } }>(
    "{ pairings(first: 100) { nodes { id name } } }",
    {},
    jiaozhou,
  );
  const p = d.pairings.nodes.find((x) => x.name === PAIRING);
  if (!p) throw new Error("no 胶州—镇宁 pairing");
  await h.gql(
    "mutation ($i: RecordReportedFigureInput!) { recordReportedFigure(input: $i) { id } }",
    {
      i: {
        pairingId: p.id,
        indicator: "FISCAL_AID",
        amount: "1500000.00",
        occurredOn: `${MAY}-12`,
        sourceDocument: "胶协办〔报送〕2号",
      },
    },
    jiaozhou,
  );
});

screenshotFailures(() => ({ h, page }));

async function openMay(username: string) {
  await signIn(page, h.baseURL, username);
  await page.getByTestId("nav-reporting").click();
  await page.waitForURL((u) => u.pathname === "/reporting");
  await page.getByTestId("reporting-board").waitFor({ timeout: 30_000 });
  await page.getByTestId(CELL).click();
  const panel = page.getByTestId("period-panel");
  await panel.getByTestId("period-status").waitFor({ timeout: 30_000 });
  return panel;
}

/** Closes the period panel (it covers the header) and signs out. */
async function closeAndSignOut() {
  await page.keyboard.press("Escape");
  await page.getByTestId("period-panel").waitFor({ state: "hidden" });
  await signOut(page);
}

describe("a month from submission to approval", () => {
  test("Zhenning's official explains the one warning and submits May", async () => {
    const panel = await openMay("zhenning");
    await expect.poll(() => panel.getByTestId("period-finding").count()).toBe(1);
    await expect.poll(() => panel.getByTestId("period-finding").textContent()).toContain("¥1500000.00");
    await panel.getByTestId("period-submit").click();
    await expect.poll(() => panel.getByTestId("period-error").textContent()).toContain("请逐项说明数据质量提示");
    await h.screenshot(page, "reporting-explain");
    await fill(panel.getByTestId("finding-explanation"), "拨付文件已上报，扫描件待补");
    await panel.getByTestId("period-submit").click();
    await expect.poll(() => panel.getByTestId("period-status").textContent()).toBe("已报送");
    await expect.poll(() => panel.getByTestId("period-submit").count()).toBe(0);
  });

  test("Jiaozhou's coordinator returns it with a reason", async () => {
    await closeAndSignOut();
    const panel = await openMay("jiaozhou");
    await expect.poll(() => panel.textContent()).toContain("拨付文件已上报，扫描件待补");
    await panel.getByTestId("period-return").click();
    await expect.poll(() => panel.getByTestId("period-error").textContent()).toContain("请填写原因");
    await fill(panel.getByTestId("period-reason-input"), "请补充拨付文件号");
    await panel.getByTestId("period-return").click();
    await expect.poll(() => panel.getByTestId("period-status").textContent()).toBe("已退回");
  });

  test("Zhenning resubmits; Jiaozhou approves and the board shows 已审核", async () => {
    await closeAndSignOut();
    let panel = await openMay("zhenning");
    await expect.poll(() => panel.getByTestId("period-reason").textContent()).toContain("请补充拨付文件号");
    await fill(panel.getByTestId("finding-explanation"), "文件号 胶协办〔报送〕2号");
    await panel.getByTestId("period-submit").click();
    await expect.poll(() => panel.getByTestId("period-status").textContent()).toBe("已报送");
    await closeAndSignOut();
    panel = await openMay("jiaozhou");
    await panel.getByTestId("period-approve").click();
    await expect.poll(() => panel.getByTestId("period-status").textContent()).toBe("已审核");
    await expect.poll(() => panel.getByTestId("period-history").locator(".el-timeline-item").count()).toBe(4);
    await h.screenshot(page, "reporting-approved-panel");
    await page.keyboard.press("Escape");
    await page.getByTestId("period-panel").waitFor({ state: "hidden" });
    await expect.poll(() => page.getByTestId(CELL).textContent()).toBe("已审核");
    await h.screenshot(page, "reporting-board-1366x768");
    await shootBothLanguages(h, page, "reporting-board", "Reporting");
  });
});
