import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { startTestServer, type TestServer } from "./harness";
import { key, narrow, newBuyer, PLACE, productId } from "./consumption-fixtures";

/**
 * The orders export as 我的订单 uses it: a buyer downloads its own orders (never another's, and
 * naming another buyer is refused), and the file holds every matching row however many there are,
 * read in batches of EXPORT_BATCH_SIZE (3 here, so a few orders already take several batches).
 */
const BATCH = 3;
let s: TestServer;
const t: Record<string, string> = {};
let honey: string;
let mushroom: string;
let other: { id: string; token: string };
let mine: string; // the demo buyer's id

const download = (path: string, token?: string) =>
  fetch(`${s.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
async function sheetRows(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}
async function place(token: string, lines: { productId: string; quantity: number }[]) {
  const r = await s.gql(PLACE, { i: { idempotencyKey: key(), channel: "ONLINE", lines } }, token);
  return narrow(r.data!.placeOrder, "Order");
}
/** Sub-order numbers (XZ…-n) of the sub-orders matching `where`, newest first, as the export orders them. */
const numbers = async (where: string, params: unknown[]) =>
  (
    await s.sql(
      `SELECT o.order_number || '-' || s.position AS n FROM sub_order s JOIN purchase_order o ON o.id = s.order_id
       WHERE ${where} ORDER BY s.seq DESC`,
      params,
    )
  ).map((r: { n: string }) => r.n);

beforeAll(async () => {
  s = await startTestServer({ exportBatchSize: BATCH });
  for (const u of ["admin", "buyer", "jiaozhou"]) t[u] = await s.login(u);
  honey = await productId(s, "镇宁土蜂蜜");
  mushroom = await productId(s, "徽县香菇");
  await s.sql(`UPDATE product SET stock = stock + 1000 WHERE id IN ($1, $2)`, [honey, mushroom]);
  other = await newBuyer(s, t.admin, t.jiaozhou, "导出测试采购单位");
  mine = (await s.sql(`SELECT buyer_id FROM app_user WHERE username = 'buyer'`))[0].buyer_id;
  // Both buyers order the same products the same days: only the scope tells their rows apart.
  for (let i = 0; i < 4; i++) {
    await place(t.buyer, [
      { productId: honey, quantity: 1 },
      { productId: mushroom, quantity: 1 },
    ]);
    await place(other.token, [{ productId: honey, quantity: 1 }]);
  }
}, 120_000);
afterAll(() => s?.close());

describe("a buyer's orders export (我的订单 → 导出 Excel)", () => {
  it("holds every one of the buyer's sub-orders, newest first, over several batches, and none of another buyer's", async () => {
    const expected = await numbers(`s.buyer_id = $1`, [mine]);
    expect(expected.length).toBeGreaterThan(2 * BATCH); // at least three batches
    let rows: string[][] = [];
    const queries = await s.countQueries(async () => {
      rows = await sheetRows(await download(`/exports/orders.xlsx`, t.buyer));
    });
    expect(rows[0][0]).toBe("子订单号");
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(expected);
    expect(body.every((r) => r[2] === "胶州市人民医院")).toBe(true);
    const theirs = new Set(await numbers(`s.buyer_id = $1`, [other.id]));
    expect(theirs.size).toBe(4);
    expect(body.filter((r) => theirs.has(r[0]))).toEqual([]);
    // One read of sub-orders per batch (plus the last, empty or short one): batches, not one big read.
    expect(queries).toBeGreaterThanOrEqual(Math.ceil(expected.length / BATCH));
  });

  it("keeps the list's filters: a status and a county narrow the file exactly as they narrow the list", async () => {
    const county = (
      await s.sql(
        `SELECT s.west_county_id FROM sub_order s JOIN order_line l ON l.sub_order_id = s.id WHERE l.product_id = $1 LIMIT 1`,
        [honey],
      )
    )[0].west_county_id;
    const expected = await numbers(`s.buyer_id = $1 AND s.status = 'PLACED' AND s.west_county_id = $2`, [mine, county]);
    expect(expected.length).toBeGreaterThan(BATCH);
    const rows = await sheetRows(await download(`/exports/orders.xlsx?status=PLACED&countyId=${county}`, t.buyer));
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected);
  });

  it("refuses a buyer who names another buyer (FORBIDDEN), without echoing the id; its own id is fine", async () => {
    const res = await download(`/exports/orders.xlsx?buyerId=${other.id}`, t.buyer);
    expect(res.status).toBe(403);
    expect(res.headers.get("content-disposition")).toBeNull();
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(JSON.stringify(body)).not.toContain(other.id);
    const own = await sheetRows(await download(`/exports/orders.xlsx?buyerId=${mine}`, t.buyer));
    expect(own.length - 1).toBe((await numbers(`s.buyer_id = $1`, [mine])).length);
    // The other buyer's own export has its four and nothing of the demo buyer's.
    const theirs = await sheetRows(await download(`/exports/orders.xlsx`, other.token));
    expect(theirs.slice(1).map((r) => r[0])).toEqual(await numbers(`s.buyer_id = $1`, [other.id]));
  });

  it("gives an admin every sub-order, each exactly once, across many batches", async () => {
    const rows = await sheetRows(await download(`/exports/orders.xlsx`, t.admin));
    const all = await numbers(`TRUE`, []);
    expect(rows.length - 1).toBe(all.length);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(all.length);
  });
});
