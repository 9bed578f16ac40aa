// Benchmark: quota-counted order placements + confirmations per second (prints figures, not a test).
// Run: `npm run build -w server && node test/bench/orders.mjs`. Uses PostgreSQL when
// BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set, else the embedded PGlite.
//   BENCH_SECONDS   seconds per measurement (default 5)
//   BENCH_BUYERS    buyer organisations placing orders (default 16)
// One operation = placeOrder (2 lines from one supplier, idempotency key, stock taken by a
// conditional UPDATE) + confirmSubOrder by the county official (state change, ledger entry to the
// pairing, quota counter upsert): two HTTP requests, two transactions.
import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD, measure, startBenchServer } from "./lib.mjs";

const BUYERS = Number(process.env.BENCH_BUYERS ?? 16);
const { app, gql, login, database, close } = await startBenchServer({ dbPoolSize: 20 });

console.log(`database: ${database}; node ${process.version}; ${BUYERS} buyers`);

const admin = await login("admin");
const jiaozhou = await login("jiaozhou");
const zhenning = await login("zhenning");
const buyers = [];
for (let i = 0; i < BUYERS; i++) {
  const b = (
    await gql(
      `mutation($i: CreateBuyerInput!) { createBuyer(input: $i) { id } }`,
      { i: { name: `压测采购单位${i}`, group: "HEALTHCARE" } },
      jiaozhou,
    )
  ).createBuyer;
  const username = `bench${i}`;
  await gql(
    `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
    { i: { username, password: DEMO_PASSWORD, displayName: username, role: "BUYER", buyerId: b.id } },
    admin,
  );
  buyers.push(await login(username));
}
const [{ id: supplierId }] = await app.db.query(`SELECT id FROM supplier WHERE name LIKE '%蜂之源%'`);
const cert = {
  certificateNo: "BENCH",
  certificateAuthority: "bench",
  certificateValidFrom: "2020-01-01",
  certificateValidTo: "2099-12-31",
};
const product = async (name, price) =>
  (
    await gql(
      `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`,
      { i: { supplierId, name, category: "蜂产品", spec: "500g", unit: "瓶", price, stock: 10_000_000, ...cert } },
      zhenning,
    )
  ).createProduct.id;
const honey = await product("压测蜂蜜", "68.00");
const comb = await product("压测蜂巢蜜", "98.50");

const PLACE = `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { __typename ... on Order { subOrders { id } } } }`;
const CONFIRM = `mutation($i: ChangeSubOrderInput!) { confirmSubOrder(input: $i) { __typename ... on SubOrder { status } } }`;

async function placeAndConfirm(token) {
  const r = await gql(
    PLACE,
    {
      i: {
        idempotencyKey: randomUUID(),
        channel: "ONLINE",
        lines: [
          { productId: honey, quantity: 1 },
          { productId: comb, quantity: 2 },
        ],
      },
    },
    token,
  );
  if (r.placeOrder.__typename !== "Order") throw new Error(r.placeOrder.__typename);
  const c = await gql(CONFIRM, { i: { subOrderId: r.placeOrder.subOrders[0].id } }, zhenning);
  if (c.confirmSubOrder.status !== "CONFIRMED") throw new Error(c.confirmSubOrder.__typename);
}

for (const c of [1, 8, 16])
  await measure(
    "place + confirm, buyers spread (one counter row each)",
    c,
    (w) => placeAndConfirm(buyers[w % buyers.length]),
    "ops/s",
  );
await measure("place + confirm, one buyer (one hot counter row)", 16, () => placeAndConfirm(buyers[0]), "ops/s");

const [{ orders }] = await app.db.query(`SELECT count(*)::int AS orders FROM sub_order WHERE status = 'CONFIRMED'`);
const diff = await app.db.query(`
  SELECT c.buyer_id FROM quota_counter c LEFT JOIN (
    SELECT sub.buyer_id, o.channel, sub.west_county_id, extract(year FROM o.ordered_on)::int AS year, SUM(l.amount) AS amount
      FROM order_line l JOIN sub_order sub ON sub.id = l.sub_order_id JOIN purchase_order o ON o.id = sub.order_id
     WHERE l.counts_toward_quota AND sub.status IN ('CONFIRMED','PAID','SHIPPED','RECEIVED') GROUP BY 1, 2, 3, 4) x
    ON x.buyer_id = c.buyer_id AND x.channel = c.channel AND x.west_county_id = c.west_county_id AND x.year = c.year
   WHERE c.counted <> COALESCE(x.amount, 0)`);
console.log(`${orders} confirmed sub-orders; counters off: ${diff.length}`);

await close();
