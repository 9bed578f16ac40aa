// 佐证材料 at receipt (验票 / 验货, issue 13), end to end: 胶州市人民医院's buyer opens a received order and
// attaches the invoice scan to its sub-order; Jiaozhou's coordinator finds it pending in the order's
// details and verifies it, and the pairing's evidence coverage rises by what that sub-order counted; an
// inspection scan the coordinator rejects shows the buyer why.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { switchLocale, phoneShot, PNG, screenshotFailures, shanghaiToday, signIn, signOut } from "./ui";

const YEAR = Number(shanghaiToday().slice(0, 4));
const REASON = "发票抬头与订单不符";

let h: Harness;
let page: Page;
let order: { id: string; orderNumber: string; subId: string } | null = null;
/** CONSUMPTION_ASSISTANCE covered per Jiaozhou pairing before the review. */
const coveredBefore = new Map<string, number>();

type Coverage = { indicator: string; covered: string }[];
const consumption = (c: Coverage) => Number(c.find((r) => r.indicator === "CONSUMPTION_ASSISTANCE")?.covered ?? 0);

async function coverageOf(pairingId: string, token: string): Promise<number> {
  const d = await h.gql<{ evidenceCoverage: Coverage }>(
    "query ($p: ID!, $y: Int!) { evidenceCoverage(pairingId: $p, year: $y) { indicator covered } }",
    { p: pairingId, y: YEAR },
    token,
  );
  return consumption(d.evidenceCoverage);
}

async function jiaozhouPairings(token: string): Promise<string[]> {
  const d = await h.gql<{ pairings: { nodes: { id: string }[] } }>(
    "query { pairings(first: 100) { nodes { id } } }",
    {},
    token,
  );
  return d.pairings.nodes.map((p) => p.id);
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  const buyer = await h.token("buyer");
  const d = await h.gql<{
    orders: {
      nodes: {
        id: string;
        orderNumber: string;
        subOrders: { id: string; status: string; countable: string; pairingId: string | null }[];
      }[];
    };
  }>(
    "query ($y: Int) { orders(first: 50, year: $y) { nodes { id orderNumber subOrders { id status countable pairingId } } } }",
    { y: YEAR },
    buyer,
  );
  for (const o of d.orders.nodes) {
    // Received, counted (certified products) and paired: its verified invoice is coverage.
    const sub = o.subOrders.find((s) => s.status === "RECEIVED" && Number(s.countable) > 0 && s.pairingId);
    if (sub) {
      order = { id: o.id, orderNumber: o.orderNumber, subId: sub.id };
      break;
    }
  }
  expect(order, "a received order of the demo buyer this year").not.toBeNull();
  const jiaozhou = await h.token("jiaozhou");
  for (const p of await jiaozhouPairings(jiaozhou)) coveredBefore.set(p, await coverageOf(p, jiaozhou));
});

screenshotFailures(() => ({ h, page }));

/** Signs out from a fresh page: an open drawer's mask would take the click. */
async function leave() {
  await page.goto(`${h.baseURL}/`);
  await signOut(page);
}

/** The order's detail drawer from a list of orders filtered to its number. */
async function openOrder(path: string) {
  await page.goto(`${h.baseURL}${path}?number=${order!.orderNumber}`);
  const open = page.getByTestId("order-detail-open").filter({ visible: true }).first();
  await open.waitFor({ timeout: 30_000 });
  await open.click();
  const drawer = page.getByTestId("order-detail");
  await drawer.getByTestId("detail-suborder").first().waitFor();
  return drawer;
}

/** The evidence block of the received sub-order in the open drawer. */
const evidenceBlock = (drawer: ReturnType<Page["getByTestId"]>) =>
  drawer.locator(`[data-testid="detail-suborder"][data-id="${order!.subId}"]`).getByTestId("entry-evidence");

async function upload(purpose: "INVOICE" | "INSPECTION", name: string) {
  const drawer = await openOrder("/orders");
  const block = evidenceBlock(drawer);
  const before = await block.getByTestId("evidence-file").count();
  await block
    .getByTestId("evidence-purpose-pick")
    .locator("label")
    .nth(purpose === "INVOICE" ? 0 : 1)
    .click();
  await block.getByTestId("evidence-input").setInputFiles({ name, mimeType: "image/png", buffer: PNG });
  await expect.poll(() => block.getByTestId("evidence-file").count(), { timeout: 30_000 }).toBe(before + 1);
  return { drawer, block };
}

describe("the receipt's evidence, from the buyer to the coordinator and back", () => {
  test("the buyer attaches the invoice scan at 验票: pending, named as an invoice", async () => {
    await signIn(page, h.baseURL, "buyer");
    const { block } = await upload("INVOICE", "发票.png");
    const file = block.getByTestId("evidence-file").filter({ hasText: "发票.png" });
    await expect.poll(() => file.getByTestId("evidence-status").textContent()).toContain("待审核");
    await expect.poll(() => file.getByTestId("evidence-purpose").textContent()).toContain("发票");
    // The buyer reviews nothing.
    expect(await block.getByTestId("evidence-verify").count()).toBe(0);
    await h.screenshot(page, "evidence-buyer-1366x768");
    await phoneShot(h, page, "evidence-buyer");
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("the coordinator sees it pending in the order's details and verifies it; coverage rises by the sub-order", async () => {
    await leave();
    await signIn(page, h.baseURL, "jiaozhou");
    const drawer = await openOrder("/all-orders");
    const file = evidenceBlock(drawer).getByTestId("evidence-file").filter({ hasText: "发票.png" });
    await expect.poll(() => file.getByTestId("evidence-status").textContent()).toContain("待审核");
    // A pending file is not coverage yet.
    const jiaozhou = await h.token("jiaozhou");
    for (const [p, c] of coveredBefore) expect(await coverageOf(p, jiaozhou)).toBe(c);

    await file.getByTestId("evidence-verify").click();
    await expect.poll(() => file.getByTestId("evidence-status").textContent()).toContain("已核实");
    await h.screenshot(page, "evidence-verified-1366x768");

    // The pairing the sub-order counts for: its consumption coverage rose, no other's did.
    const risen: [string, number][] = [];
    for (const [p, c] of coveredBefore) {
      const now = await coverageOf(p, jiaozhou);
      if (now !== c) risen.push([p, now - c]);
    }
    expect(risen.length).toBeGreaterThan(0);
    for (const [, delta] of risen) expect(delta).toBeGreaterThan(0);
    const [pairingId] = risen[0];
    await page.keyboard.press("Escape");
    await page.goto(`${h.baseURL}/pairings/${pairingId}`);
    const row = page.locator('[data-testid="coverage-row"][data-indicator="CONSUMPTION_ASSISTANCE"]');
    await row.waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => Number(await row.getAttribute("data-covered")))
      .toBe(coveredBefore.get(pairingId)! + risen[0][1]);
    await row.scrollIntoViewIfNeeded();
    await h.screenshot(page, "evidence-coverage-1366x768");
  });

  test("a rejected inspection scan shows the buyer its reason, in both languages", async () => {
    await leave();
    await signIn(page, h.baseURL, "buyer");
    await upload("INSPECTION", "验货单.png");
    await leave();

    await signIn(page, h.baseURL, "jiaozhou");
    const drawer = await openOrder("/all-orders");
    const file = evidenceBlock(drawer).getByTestId("evidence-file").filter({ hasText: "验货单.png" });
    await file.getByTestId("evidence-reject").click();
    const box = page.locator(".el-message-box");
    await box.locator("input").fill(REASON);
    await box.locator(".el-button--primary").click();
    await expect.poll(() => file.getByTestId("evidence-status").textContent()).toContain("已驳回");
    await leave();

    await signIn(page, h.baseURL, "buyer");
    const mine = await openOrder("/orders");
    const rejected = evidenceBlock(mine).getByTestId("evidence-file").filter({ hasText: "验货单.png" });
    await expect.poll(() => rejected.getByTestId("evidence-status").textContent()).toContain("已驳回");
    await expect.poll(() => rejected.textContent()).toContain(REASON);
    // The verified invoice stays verified beside it.
    const invoice = evidenceBlock(mine).getByTestId("evidence-file").filter({ hasText: "发票.png" });
    await expect.poll(() => invoice.getByTestId("evidence-status").textContent()).toContain("已核实");
    await h.screenshot(page, "evidence-rejected-1366x768");
    await phoneShot(h, page, "evidence-rejected");

    // English (kept for the next page): the same file, its status and purpose in English.
    await page.goto(`${h.baseURL}/orders`);
    await switchLocale(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang || "")).toMatch(/^en/);
    const en = await openOrder("/orders");
    const enFile = evidenceBlock(en).getByTestId("evidence-file").filter({ hasText: "验货单.png" });
    await expect.poll(() => enFile.getByTestId("evidence-status").textContent()).toContain("Rejected");
    await expect.poll(() => enFile.getByTestId("evidence-purpose").textContent()).toContain("Inspection");
    await h.screenshot(page, "evidence-rejected-en-1366x768");
    await phoneShot(h, page, "evidence-rejected-en");
    await page.goto(`${h.baseURL}/orders`);
    await switchLocale(page);
    expect(h.browser.pageErrors).toEqual([]);
  });
});
