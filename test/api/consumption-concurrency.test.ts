import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GqlResult, type TestServer } from "./harness";
import { CANCEL, CONFIRM, key, newBuyer, PAY, PLACE, REFUND, reconcile } from "./consumption-fixtures";
import { INVARIANTS } from "../../server/src/tools/data-checks";

/**
 * THE concurrency test (DESIGN.md, "Quotas: counted exactly, under concurrency"): many buyers place,
 * confirm, pay, refund and cancel at once — including a confirmation racing a cancellation of the
 * same sub-order, and the same order sent twice at once — against products with little stock.
 * Afterwards every quota counter equals the sum of its counted lines to the fen, the ledger's
 * ORDER_LINE entries equal the counted lines that belong to pairings, and stock is exactly the
 * starting stock minus what live sub-orders hold, never negative. On the embedded PGlite (one
 * session) the same clients run, serialised by the database, with fewer rounds.
 * Checked against a mutant: with the counter upsert replaced by SELECT-then-UPDATE in JavaScript,
 * this test fails on PostgreSQL (counters lose updates).
 */
const onPostgres = !!process.env.TEST_DATABASE_URL;
const CLIENTS = 24;
/** Fewer organisations than clients: several clients act for the same buyer, so the same counter rows are hit at once. */
const BUYERS = 8;
const ROUNDS = onPostgres ? 8 : 3;

let s: TestServer;
const t: Record<string, string> = {};
const buyers: { id: string; token: string }[] = [];
const products: { id: string; stock: number }[] = [];
let centreId: string;
beforeAll(async () => {
  s = await startTestServer({ dbPoolSize: onPostgres ? 20 : 5 });
  for (const u of ["admin", "jiaozhou", "zhenning", "huixian"]) t[u] = await s.login(u);
  centreId = (await s.sql(`SELECT id FROM sales_centre WHERE name = '胶州市东西部协作消费帮扶专馆'`))[0].id;
  for (let i = 0; i < BUYERS; i++)
    buyers.push(
      await newBuyer(
        s,
        t.admin,
        t.jiaozhou,
        `并发测试采购单位${i + 1}`,
        (["EDUCATION", "HEALTHCARE", "RETAIL", "GOVERNMENT", "ENTERPRISE"] as const)[i % 5],
      ),
    );
  const supplierOf = async (name: string) => (await s.sql(`SELECT id FROM supplier WHERE name = $1`, [name]))[0].id;
  const cert = {
    certificateNo: "TEST-CERT",
    certificateAuthority: "测试",
    certificateValidFrom: "2020-01-01",
    certificateValidTo: "2099-12-31",
  };
  const make = async (
    token: string,
    supplier: string,
    name: string,
    price: string,
    stock: number,
    certified: boolean,
  ) => {
    const r = await s.gql(
      `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`,
      {
        i: {
          supplierId: await supplierOf(supplier),
          name,
          category: "测试",
          spec: "1件",
          unit: "件",
          price,
          stock,
          ...(certified ? cert : {}),
        },
      },
      token,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    products.push({ id: r.data.createProduct.id, stock });
  };
  await make(t.zhenning, "镇宁布依族苗族自治县蜂之源养殖专业合作社", "限量土蜂蜜", "12.34", 40, true);
  await make(t.huixian, "徽县嘉陵江食用菌专业合作社", "限量香菇", "7.77", 30, true);
  // Two certified products of two Hui County suppliers: one order's two sub-orders hit the same counter row at once.
  await make(t.huixian, "徽县红豆杉苗木繁育有限公司", "限量红豆杉", "19.99", 30, true);
  await make(t.huixian, "徽县红豆杉苗木繁育有限公司", "无证苗木", "3.33", 25, false);
}, 120_000);
afterAll(() => s?.close());

const rnd = (n: number) => Math.floor(Math.random() * n);
/**
 * A random order date in the last 30 days of this year: sales recorded at the sales centre are dated
 * when they happened. Different dates land on different ledger-summary rows but the same yearly
 * quota counter, so the counter itself is contended (the per-day ledger summary row does not
 * serialise the transactions for it).
 */
const orderDate = () => {
  const now = new Date();
  const d = new Date(Math.max(Date.UTC(now.getUTCFullYear(), 0, 1), now.getTime() - rnd(30) * 86_400_000));
  return d.toISOString().slice(0, 10);
};
const officialFor = (countyCode: string) => (countyCode === "520423" ? t.zhenning : t.huixian);

describe("quota counters under concurrency", () => {
  it(`${CLIENTS} clients of ${BUYERS} buyers ordering, confirming and cancelling at once keep every counter exact to the fen`, async () => {
    const unexpected: unknown[] = [];
    const tally = {
      placed: 0,
      outOfStock: 0,
      confirmed: 0,
      cancelled: 0,
      refunded: 0,
      invalidState: 0,
      retriesMatched: 0,
    };
    const check = (r: GqlResult, field: string) => {
      if (r.errors || !r.data?.[field]) {
        unexpected.push(r.errors ?? r);
        return null;
      }
      const v = r.data[field];
      if (v.__typename === "InvalidStateError") tally.invalidState++;
      return v;
    };

    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const buyer = buyers[client % BUYERS];
        for (let round = 0; round < ROUNDS; round++) {
          const picks = [...new Set(Array.from({ length: 1 + rnd(4) }, () => rnd(products.length)))];
          const channel = (["ONLINE", "SALES_CENTRE"] as const)[rnd(2)];
          const i = {
            idempotencyKey: key(),
            channel,
            salesCentreId: channel === "SALES_CENTRE" ? centreId : undefined,
            orderedOn: orderDate(),
            lines: picks.map((p) => ({ productId: products[p].id, quantity: 1 + rnd(4) })),
          };
          // One placement in five is sent twice at once (a client retrying): both answers must be the same order.
          const sends =
            rnd(5) === 0
              ? await Promise.all([s.gql(PLACE, { i }, buyer.token), s.gql(PLACE, { i }, buyer.token)])
              : [await s.gql(PLACE, { i }, buyer.token)];
          const results = sends.map((r) => check(r, "placeOrder"));
          if (results.some((r) => !r)) continue;
          if (sends.length === 2) {
            // The contract: a retry never makes a second order. Two Orders must be the same one. An
            // Order beside an OutOfStockError is also right: the send that claimed the key first found
            // the stock short (another client held it at that moment) and rolled back, writing
            // nothing; the other then placed the one order with that key.
            const orders = results.filter((r) => r.__typename === "Order");
            if (orders.length === 2 && orders[0].id !== orders[1].id) unexpected.push({ retry: results });
            if (orders.length === 2) tally.retriesMatched++;
            const [{ n }] = await s.sql(`SELECT count(*)::int AS n FROM purchase_order WHERE idempotency_key = $1`, [
              i.idempotencyKey,
            ]);
            if (n !== orders.length && !(orders.length === 2 && n === 1)) unexpected.push({ retryRows: n, results });
          }
          const order = results.find((r) => r.__typename === "Order") ?? results[0];
          if (order.__typename === "OutOfStockError") {
            tally.outOfStock++;
            continue;
          }
          if (order.__typename !== "Order") {
            unexpected.push(order);
            continue;
          }
          tally.placed++;
          await Promise.all(
            order.subOrders.map(async (sub: { id: string; county: { code: string } }) => {
              const official = officialFor(sub.county.code);
              const ref = { i: { subOrderId: sub.id } };
              switch (rnd(5)) {
                case 0: // confirm, and the buyer cancels at the same moment: one order of events wins, never both half-way
                  await Promise.all([s.gql(CONFIRM, ref, official), s.gql(CANCEL, ref, buyer.token)]).then(([a, b]) => {
                    if (check(a, "confirmSubOrder")?.status === "CONFIRMED") tally.confirmed++;
                    if (check(b, "cancelSubOrder")?.status === "CANCELLED") tally.cancelled++;
                  });
                  break;
                case 1: // confirmed and kept, paid every other time (it counts from payment by default)
                  if (check(await s.gql(CONFIRM, ref, official), "confirmSubOrder")?.status === "CONFIRMED") {
                    tally.confirmed++;
                    if (rnd(2))
                      check(
                        await s.gql(
                          PAY,
                          { i: { subOrderId: sub.id, paymentReference: "BOC" + sub.id.slice(0, 8) } },
                          buyer.token,
                        ),
                        "recordPayment",
                      );
                  }
                  break;
                case 2: // cancelled before confirmation
                  if (check(await s.gql(CANCEL, ref, buyer.token), "cancelSubOrder")?.status === "CANCELLED")
                    tally.cancelled++;
                  break;
                case 3: // confirmed, paid, then refunded by the county
                  check(await s.gql(CONFIRM, ref, official), "confirmSubOrder");
                  check(
                    await s.gql(
                      PAY,
                      { i: { subOrderId: sub.id, paymentReference: "BOC" + sub.id.slice(0, 8) } },
                      buyer.token,
                    ),
                    "recordPayment",
                  );
                  if (
                    check(
                      await s.gql(REFUND, { i: { subOrderId: sub.id, reason: "测试退款" } }, official),
                      "refundSubOrder",
                    )?.status === "REFUNDED"
                  )
                    tally.refunded++;
                  break;
                default: // left as placed
              }
            }),
          );
        }
      }),
    );

    expect(unexpected).toEqual([]);
    expect(tally.placed).toBeGreaterThan(CLIENTS);
    expect(tally.outOfStock).toBeGreaterThan(0);
    expect(tally.confirmed).toBeGreaterThan(0);
    expect(tally.cancelled).toBeGreaterThan(0);

    expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });

    // Stock is exactly what was there minus what live (not cancelled) sub-orders hold.
    for (const p of products) {
      const [{ held }] = await s.sql(
        `SELECT COALESCE(SUM(l.quantity), 0)::int AS held FROM order_line l JOIN sub_order sub ON sub.id = l.sub_order_id
          WHERE l.product_id = $1 AND sub.status <> 'CANCELLED'`,
        [p.id],
      );
      const [{ stock }] = await s.sql(`SELECT stock FROM product WHERE id = $1`, [p.id]);
      expect(stock).toBe(p.stock - held);
      expect(stock).toBeGreaterThanOrEqual(0);
    }

    // Every sub-order that counts has its ledger entries netting to its countable amount (or zero once reversed).
    // (from the year's counting point: tools/data-checks.ts, the same query `npm run check-data` runs)
    const off = await s.sql(INVARIANTS.ledgerOrderEntries);
    expect(off).toEqual([]);

    // The API's completion figures are the same sums.
    const year = new Date().getUTCFullYear();
    for (const b of buyers.slice(0, 3)) {
      const r = await s.gql(
        `query($b: ID!, $y: Int!) { quotaCompletion(buyerId: $b, year: $y) { counted } }`,
        { b: b.id, y: year },
        b.token,
      );
      const [{ n }] = await s.sql(
        `SELECT COALESCE(SUM(counted), 0)::bigint AS n FROM quota_counter WHERE buyer_id = $1`,
        [b.id],
      );
      expect(r.data.quotaCompletion.counted.replace(".", "").replace(/^0+(?=\d)/, "")).toBe(String(n));
    }
  }, 300_000);
});
