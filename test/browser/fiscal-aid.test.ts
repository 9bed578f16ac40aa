// 财政援助项目, end to end in a real browser against the built app and a fresh demo database:
// Jiaozhou's coordinator creates a project on 胶州市—镇宁县 and allocates ¥100万; the pairing's
// FISCAL_AID (recorded part) rises by exactly that; 镇宁县's official finds the project, disburses
// ¥80万 and spends ¥60万, and sees the use rate go from — to 0.00% to 60.00%; the coordinator's
// board shows the project's county with the new sums.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { switchLocale, choose, fill, moneyFen as fen, screenshotFailures, shanghaiToday, signIn, signOut } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));
const NAME = `镇宁县环翠街道安全饮水工程${Date.now() % 100000}`;
const REF = `胶财协〔${YEAR}〕${Date.now() % 1000}号`;

let h: Harness;
let page: Page;
let pairingId = "";
let before = { recorded: 0n, delivered: 0n };

/** The pairing's FISCAL_AID this year (fen): delivered and its recorded part, from the API. */
async function fiscalAid(): Promise<{ recorded: bigint; delivered: bigint }> {
  const d = await h.gql<{ pairing: { progress: { indicator: string; delivered: string; recorded: string }[] } }>(
    "query ($id: ID!, $year: Int!) { pairing(id: $id) { progress(year: $year) { indicator delivered recorded } } }",
    { id: pairingId, year: YEAR },
    await h.token("jiaozhou"),
  );
  const p = d.pairing.progress.find((x) => x.indicator === "FISCAL_AID");
  if (!p) throw new Error("no FISCAL_AID progress");
  return { recorded: fen(p.recorded), delivered: fen(p.delivered) };
}

async function record(kind: "allocated" | "disbursed" | "spent", wan: string, reference: string) {
  const drawer = page.getByTestId("fiscal-drawer");
  await drawer.getByTestId(`fiscal-record-${kind}`).click();
  const dialog = page.getByTestId("fiscal-tx-dialog").filter({ visible: true });
  await dialog.waitFor();
  await fill(dialog.getByTestId("fiscal-tx-amount"), wan);
  await fill(dialog.getByTestId("fiscal-tx-reference"), reference);
  await dialog.getByTestId("fiscal-tx-submit").click();
  await dialog.waitFor({ state: "hidden", timeout: 30_000 });
}

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
  before = await fiscalAid();
});

screenshotFailures(() => ({ h, page }));

describe("a fiscal aid project from creation to spending, seen in the pairing's progress", () => {
  test("Jiaozhou's coordinator creates a project and allocates ¥100万: FISCAL_AID rises by exactly that", async () => {
    await signIn(page, h.baseURL, "jiaozhou");
    await page.getByTestId("nav-fiscal-aid").click();
    await page.waitForURL((u) => u.pathname === "/fiscal-aid");
    await page.getByTestId("fiscal-projects").waitFor({ timeout: 30_000 });
    await page.getByTestId("fiscal-new").click();
    const dialog = page.getByTestId("fiscal-project-dialog");
    await dialog.waitFor();
    await choose(page, dialog.getByTestId("fiscal-project-pairing"), { text: /胶州市.镇宁县/ });
    // 胶州—镇宁 has one county: it is filled in.
    await expect.poll(() => dialog.getByTestId("fiscal-project-county").textContent()).toContain("镇宁县");
    await fill(dialog.getByTestId("fiscal-project-name"), NAME);
    await fill(dialog.getByTestId("fiscal-project-town"), "环翠街道");
    await fill(dialog.getByTestId("fiscal-project-unit"), "镇宁县水务局");
    await fill(dialog.getByTestId("fiscal-project-beneficiaries"), "3200");
    await fill(dialog.getByTestId("fiscal-project-poor"), "5000");
    await dialog.getByTestId("fiscal-project-submit").click();
    await expect
      .poll(() => dialog.locator(".el-form-item__error").allTextContents())
      .toContain("贫困人口不能多于受益人数");
    await fill(dialog.getByTestId("fiscal-project-poor"), "860");
    await h.screenshot(page, "fiscal-project-dialog-1366x768");
    await dialog.getByTestId("fiscal-project-submit").click();
    const drawer = page.getByTestId("fiscal-drawer");
    await expect
      .poll(() => drawer.getByTestId("fiscal-drawer-status").textContent(), { timeout: 30_000 })
      .toBe("未下达");
    expect(await drawer.getByTestId("fiscal-use-rate").textContent()).toBe("—");
    // The county records disbursements; the coordinator allocates.
    await record("allocated", "100", REF);
    await expect.poll(() => drawer.getByTestId("fiscal-allocated").textContent(), { timeout: 30_000 }).toBe("¥100万");
    expect(await drawer.getByTestId("fiscal-use-rate").textContent()).toBe("0.00%");
    expect(await drawer.getByTestId("fiscal-tx-allocated").getByTestId("fiscal-tx-row").count()).toBe(1);
    const after = await fiscalAid();
    expect(after.recorded).toBe(before.recorded + 100_000_000n);
    expect(after.delivered).toBe(before.delivered + 100_000_000n);
    // The pairing page shows the recorded part exactly (its title).
    await page.goto(`${h.baseURL}/pairings/${pairingId}?year=${YEAR}`);
    const recorded = page.getByTestId("indicator-row-FISCAL_AID").getByTestId("recorded");
    await recorded.waitFor({ timeout: 30_000 });
    await expect.poll(async () => fen(await recorded.getAttribute("title"))).toBe(after.recorded);
    await h.screenshot(page, "pairing-fiscal-aid-1366x768");
    await signOut(page);
  });

  test("Zhenning's official disburses and spends: the use rate follows, over-spending is refused", async () => {
    await signIn(page, h.baseURL, "zhenning");
    await page.getByTestId("nav-fiscal-aid").click();
    await page.waitForURL((u) => u.pathname === "/fiscal-aid");
    const list = page.getByTestId("fiscal-projects");
    await list.waitFor({ timeout: 30_000 });
    await list.locator(`[data-name="${NAME}"]`).first().click();
    const drawer = page.getByTestId("fiscal-drawer");
    await expect.poll(() => drawer.getByTestId("fiscal-allocated").textContent(), { timeout: 30_000 }).toBe("¥100万");
    // A county official does not allocate.
    expect(await drawer.getByTestId("fiscal-record-allocated").count()).toBe(0);
    await record("disbursed", "80", `镇财拨〔${YEAR}〕1号`);
    await expect.poll(() => drawer.getByTestId("fiscal-disbursed").textContent(), { timeout: 30_000 }).toBe("¥80万");
    // More than was disbursed is refused beside the amount, before anything is sent.
    await drawer.getByTestId("fiscal-record-spent").click();
    const dialog = page.getByTestId("fiscal-tx-dialog").filter({ visible: true });
    await dialog.waitFor();
    await fill(dialog.getByTestId("fiscal-tx-amount"), "81");
    await fill(dialog.getByTestId("fiscal-tx-reference"), "x");
    await dialog.getByTestId("fiscal-tx-submit").click();
    await expect.poll(() => dialog.locator(".el-form-item__error").allTextContents()).toContain("超过可用金额");
    await dialog.getByRole("button", { name: "取消" }).click();
    await record("spent", "60", `镇财支〔${YEAR}〕1号`);
    await expect.poll(() => drawer.getByTestId("fiscal-use-rate").textContent(), { timeout: 30_000 }).toBe("60.00%");
    await drawer.getByTestId("fiscal-report-progress").click();
    const progress = page.getByTestId("fiscal-progress-dialog").filter({ visible: true });
    await fill(progress.getByTestId("fiscal-progress-percent"), "45");
    await progress.getByTestId("fiscal-progress-submit").click();
    await expect.poll(() => drawer.getByTestId("fiscal-works").textContent(), { timeout: 30_000 }).toBe("45%");
    await h.screenshot(page, "fiscal-drawer-1366x768");
    await page.keyboard.press("Escape");
    const row = list.locator("tr").filter({ hasText: NAME });
    await expect.poll(() => row.getByTestId("row-use-rate").textContent(), { timeout: 30_000 }).toBe("60.00%");
    // Disbursed and spent are not in the ledger: FISCAL_AID is unchanged by them.
    expect((await fiscalAid()).recorded).toBe(before.recorded + 100_000_000n);
    await page.setViewportSize({ width: 375, height: 812 });
    await h.screenshot(page, "fiscal-aid-375x812");
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("Zhenning's official reverses the spending: the reversal row names what it reverses and its date, in zh and en", async () => {
    const list = page.getByTestId("fiscal-projects");
    await list.locator(`[data-name="${NAME}"]`).first().click();
    const drawer = page.getByTestId("fiscal-drawer");
    const spent = drawer.getByTestId("fiscal-tx-spent");
    await spent.getByTestId("fiscal-tx-reverse").click();
    const dialog = page.getByTestId("fiscal-tx-dialog").filter({ visible: true });
    await dialog.waitFor();
    await fill(dialog.getByTestId("fiscal-tx-reason"), "凭证重复");
    await dialog.getByTestId("fiscal-tx-submit").click();
    await dialog.waitFor({ state: "hidden", timeout: 30_000 });
    await expect.poll(() => drawer.getByTestId("fiscal-use-rate").textContent(), { timeout: 30_000 }).toBe("0.00%");
    expect(await spent.getByTestId("fiscal-tx-row").count()).toBe(2);
    // Its month is open: dated as the original (today), and saying so in the kind's own word.
    const of = spent.getByTestId("fiscal-tx-reversal-of");
    await expect.poll(() => of.textContent(), { timeout: 30_000 }).toMatch(/^冲正 .+ 的支出$/);
    const [y, m, d] = shanghaiToday().split("-").map(Number);
    expect(await of.textContent()).toContain(`${y}年${m}月${d}日`);
    await h.screenshot(page, "fiscal-drawer-reversal-1366x768");
    await page.keyboard.press("Escape");
    await switchLocale(page);
    await list.locator(`[data-name="${NAME}"]`).first().click();
    await expect.poll(() => of.textContent(), { timeout: 30_000 }).toMatch(/^Reversal of the spending of /);
    await h.screenshot(page, "fiscal-drawer-reversal-en-1366x768");
    await page.keyboard.press("Escape");
    await switchLocale(page);
    expect(h.browser.pageErrors).toEqual([]);
  });
});
