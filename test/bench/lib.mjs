// What every benchmark needs: the real server (HTTP + Apollo + TypeORM) on a database of its own
// with the demo data (or on data.mjs's generated one), a GraphQL client, a timed load loop that
// prints percentiles and CPU per operation, and teardown.
// PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set, else the embedded PGlite.
import "./production.mjs";
import { createRequire } from "node:module";
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import pg from "pg";

const require = createRequire(import.meta.url);
require("reflect-metadata");
// BENCH_DIST: another build's server/dist (e.g. main's), for "before" figures from the same bench script.
const DIST = process.env.BENCH_DIST ?? "../../server/dist";
const { createApp } = require(`${DIST}/app.js`);
const { loadConfig } = require(`${DIST}/config.js`);
const { DEMO_PASSWORD } = require(`${DIST}/db/demo.js`);

export { DEMO_PASSWORD };
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

export async function startBenchServer(overrides = {}) {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
  let databaseUrl = null;
  let dbName = null;
  if (base) {
    // Named after the base database when it is a bench one (xiezuo_bench_b → xiezuo_bench_b_1a2b3c4d), so
    // runs started by different people on one server stay apart; else xiezuo_bench_<random>.
    const baseName = new URL(base).pathname.slice(1);
    dbName = `${baseName.startsWith("xiezuo_bench") ? baseName : "xiezuo_bench"}_${randomBytes(4).toString("hex")}`;
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`CREATE DATABASE ${dbName}`);
    await c.end();
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const app = await createApp({
    // WEB_DIST: another build of the web app to serve (web.mjs compares two builds).
    ...loadConfig({ NODE_ENV: "test", WEB_DIST: process.env.WEB_DIST }),
    host: "127.0.0.1",
    port: 0,
    databaseUrl,
    dataDir: "memory",
    seedDemo: true,
    ...overrides,
  });
  const { gql, login, close: closeClient } = graphqlClient(await app.listen());
  return {
    app,
    gql,
    login,
    database: databaseUrl ? "PostgreSQL" : "embedded PGlite",
    /** The bench database's URL on PostgreSQL (for a pgbench reference), null on the embedded PGlite. */
    databaseUrl,
    async close() {
      closeClient();
      await app.close();
      if (dbName) {
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        await c.end();
      }
    },
  };
}

/**
 * A GraphQL client of the server at `url` (errors thrown), and a demo login through it. node:http
 * with kept-alive sockets, not fetch: the benches' "cpu" counts this process, server and load
 * generator together, and fetch (undici, web streams) cost about 15 % of an order operation's CPU.
 * `headers` are added to each request (e.g. `accept-encoding: identity`).
 */
export function graphqlClient(url, headers = {}) {
  // Free sockets closed after 4 s idle, before the server's keep-alive timeout (Node's 5 s) closes them
  // under a request: fixed-cost.mjs with three servers left each one's sockets idle 6 s between its
  // turns, and the next request met the server's close (read ECONNRESET, the bench died).
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 4000 });
  const target = new URL("/graphql", url);
  const gql = (query, variables, token) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        target,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            ...headers,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d) => (text += d));
          res.on("end", () => {
            try {
              const body = JSON.parse(text);
              if (body.errors) reject(new Error(JSON.stringify(body.errors)));
              else resolve(body.data);
            } catch (e) {
              reject(e);
            }
          });
        },
      );
      req.on("error", reject);
      req.end(JSON.stringify({ query, variables }));
    });
  const login = async (u, p = DEMO_PASSWORD) =>
    (await gql(`mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){token}}`, { u, p })).login.token;
  return { gql, login, close: () => agent.destroy() };
}

/**
 * The server (HTTP + Apollo + TypeORM, in this process) on the database data.mjs generated —
 * BENCH_DATABASE_URL, default xiezuo_bench; never seeded or dropped here — from this build's
 * server/dist or BENCH_DIST's (another build's, for "before" figures). `sqlOf(send)` warms `send` up,
 * then counts the SQL statements one more call of it costs.
 */
export async function startScaleServer() {
  const build = { createApp, loadConfig };
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/xiezuo_bench";
  let statements = 0;
  const app = await build.createApp(
    {
      ...build.loadConfig({ NODE_ENV: "test" }),
      host: "127.0.0.1",
      port: 0,
      databaseUrl,
      dataDir: "memory",
      seedDemo: false,
    },
    { onQuery: () => void statements++ },
  );
  const url = await app.listen();
  const client = graphqlClient(url);
  return {
    app,
    ...client,
    url,
    databaseUrl,
    /** The SQL statements sent so far (for a server in another process, asked over IPC). */
    statements: () => statements,
    /** The build measured: "this build" or BENCH_DIST's folder. */
    build: process.env.BENCH_DIST ? `build ${DIST}` : "this build",
    async sqlOf(send) {
      await send();
      statements = 0;
      await send();
      return statements;
    },
  };
}

/** Runs `work(worker)` from `concurrency` workers for SECONDS and prints rate and latency percentiles;
 *  returns the median latency and the CPU per operation (ms). */
export async function measure(name, concurrency, work, unit = "req/s") {
  const latencies = [];
  // CPU of this process (server and load generator together) per operation: on a shared machine a
  // steadier figure than the rate, which follows how much of the CPUs the others leave us.
  const cpu0 = process.cpuUsage();
  const end = Date.now() + SECONDS * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (Date.now() < end) {
        const s = process.hrtime.bigint();
        try {
          await work(worker);
        } catch (e) {
          errors++;
          if (errors === 1) console.error(e.message);
        }
        latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const cpuPerOp = (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length);
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  const q = (p) => at(p).toFixed(1);
  const rate = latencies.length / SECONDS;
  console.log(
    `${name.padEnd(62)} c=${String(concurrency).padStart(2)}  ${rate.toFixed(0).padStart(6)} ${unit}  p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  p99 ${q(0.99)} ms  cpu ${cpuPerOp.toFixed(1)} ms/op${errors ? `  errors ${errors}` : ""}`,
  );
  return { p50: at(0.5), cpu: cpuPerOp, rate };
}

/**
 * Checks that a yardstick answers exactly what the board answers (JSON, byte for byte), else
 * throws: a yardstick is only a yardstick of the same answer. Prints the answer's size.
 */
export async function sameAnswer(send, floor, what) {
  const [ours, theirs] = [await send(), await floor()];
  if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error(`the yardstick's answer differs from ${what}`);
  console.log(`${what} ready in one table, bare Apollo: ${JSON.stringify({ data: ours }).length} bytes, the same`);
}

/**
 * A board against its yardstick (progress-yardstick.mjs, quota-yardstick.mjs): BENCH_PAIRS (6) pairs
 * measured back to back in this one process, board then yardstick — runs minutes apart differ by up
 * to 40 % on a shared machine, a pair far less. Prints the ratio of the p50s per pair and their median.
 */
export async function inPairs(name, send, floorName, floor) {
  const ratios = [];
  for (let i = 0; i < Number(process.env.BENCH_PAIRS ?? 6); i++) {
    const ours = await measure(`${name}, pair ${i + 1}`, 1, send);
    const theirs = await measure(`  ${floorName}`, 1, floor);
    ratios.push(ours.p50 / theirs.p50);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(
    `${name} ÷ its yardstick, p50, per pair: ${ratios.map((r) => r.toFixed(2)).join(", ")}; median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}×`,
  );
  return ratios;
}

/**
 * Runs `load()` (inside the caller's transaction; `query` on its one connection) with the table's
 * foreign keys and secondary indexes taken off, then puts them back: each index built once by a
 * sort, each foreign key validated by one join over the table, as pg_restore does. The rows end
 * under exactly the same constraints as a row-by-row insert would check (a violation fails the
 * re-add and rolls the load back); what changes is the cost: per row, six foreign-key triggers
 * and six random-order index inserts made sub_order the slowest table of data.mjs. Indexes that
 * back a constraint (the primary key, UNIQUE constraints) stay in place. Returns seconds spent on
 * putting them back.
 */
export async function withConstraintsAfter(query, table, load) {
  const rows = async (sql, p) => query(sql, p).then((r) => r.rows ?? r);
  const fks = await rows(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`,
    [table],
  );
  const indexes = await rows(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    [table],
  );
  for (const fk of fks) await query(`ALTER TABLE ${table} DROP CONSTRAINT "${fk.conname}"`);
  for (const ix of indexes) await query(`DROP INDEX "${ix.name}"`);
  const result = await load();
  const t = Date.now();
  await query(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const ix of indexes) await query(ix.def);
  for (const fk of fks) await query(`ALTER TABLE ${table} ADD CONSTRAINT "${fk.conname}" ${fk.def}`);
  return { result, rebuildSec: (Date.now() - t) / 1000 };
}

/**
 * Bulk-loads ledger entries (`insertSql`, rows marked with `source_document = marker`) inside the
 * caller's transaction (`query(sql, params)` must run on its one connection): the ledger's
 * per-row triggers are derived work (the day, month and year summaries) and a check (the period lock),
 * so for millions of rows they are done set-based instead — the check once per pairing and month
 * the rows touch, each summary one grouped upsert. Per row they cost 70% of data.mjs's run and
 * exceeded the statement timeout at a million. Returns seconds per step.
 */
export async function bulkLoadLedger(query, insertSql, params, marker) {
  const times = {};
  const timed = async (name, sql, p = []) => {
    const t = Date.now();
    const r = await query(sql, p);
    times[name] = { sec: (Date.now() - t) / 1000, rows: r?.rowCount ?? (Array.isArray(r) ? r.length : null) };
  };
  await query(`SET LOCAL statement_timeout = 0`);
  await query(`ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_daily, DISABLE TRIGGER ledger_entry_period_lock`);
  await timed("ledger_entry", insertSql, params);
  await timed(
    "period lock (per pairing and month)",
    `SELECT reporting_period_assert_open(pairing_id, month)
         FROM (SELECT DISTINCT pairing_id, date_trunc('month', occurred_on)::date AS month
                 FROM ledger_entry WHERE source_document = $1) x`,
    [marker],
  );
  for (const [table, key, bucket] of [
    ["ledger_daily", "day", "occurred_on"],
    ["ledger_monthly", "month", "date_trunc('month', occurred_on)::date"],
    ["ledger_yearly", "year", "EXTRACT(YEAR FROM occurred_on)::int"],
  ]) {
    // An older build (a "before" run) has no ledger_monthly or ledger_yearly.
    const [exists] = await query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [table]).then((r) => r.rows ?? r);
    if (!exists.ok) continue;
    await timed(
      table,
      `INSERT INTO ${table} (pairing_id, ${key}, indicator, reported, amount, entries)
         SELECT pairing_id, ${bucket}, indicator, source IN ('REPORTED', 'CORRECTION'), SUM(amount), COUNT(*)
           FROM ledger_entry WHERE source_document = $1 GROUP BY 1, 2, 3, 4
         ON CONFLICT (pairing_id, ${key}, indicator, reported)
         DO UPDATE SET amount = ${table}.amount + EXCLUDED.amount, entries = ${table}.entries + EXCLUDED.entries`,
      [marker],
    );
  }
  await query(`ALTER TABLE ledger_entry ENABLE TRIGGER ledger_entry_daily, ENABLE TRIGGER ledger_entry_period_lock`);
  return times;
}

/**
 * The order benches' world (orders.mjs, orders-server.mjs): `buyerCount` buyer organisations with a
 * user each (bench0 …), two products of 蜂之源 with stock enough for any run, and one operation =
 * placeOrder (2 lines from one supplier, an idempotency key) + confirmSubOrder by the county
 * official: two HTTP requests, two transactions. `sql` answers the rows of a statement.
 */
export async function orderBenchWorld({ gql, login, sql }, buyerCount) {
  const admin = await login("admin");
  const jiaozhou = await login("jiaozhou");
  const zhenning = await login("zhenning");
  const buyers = [];
  for (let i = 0; i < buyerCount; i++) {
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
  const [{ id: supplierId }] = await sql(`SELECT id FROM supplier WHERE name LIKE '%蜂之源%'`);
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
    const lines = [
      { productId: honey, quantity: 1 },
      { productId: comb, quantity: 2 },
    ];
    const r = await gql(PLACE, { i: { idempotencyKey: randomUUID(), channel: "ONLINE", lines } }, token);
    if (r.placeOrder.__typename !== "Order") throw new Error(r.placeOrder.__typename);
    const c = await gql(CONFIRM, { i: { subOrderId: r.placeOrder.subOrders[0].id } }, zhenning);
    if (c.confirmSubOrder.status !== "CONFIRMED") throw new Error(c.confirmSubOrder.__typename);
  }
  return { buyers, honey, comb, placeAndConfirm };
}
