// Xiezuo's catalogue against PostGraphile v5 (issue 14: "req/s ≥ PostGraphile's on the same query
// and database with the same indexes offered to both"), side by side on the database data.mjs made.
//
//   npm run build -w server && node test/bench/data.mjs --scale 0.05 && node test/bench/postgraphile.mjs
//   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/xiezuo_bench), BENCH_SECONDS (5),
//   BENCH_ROUNDS (3), BENCH_CONCURRENCY (4), BENCH_DIST (another build's server/dist, for "before")
//   BENCH_ENCODING (identity: neither server compresses; br or gzip: Xiezuo compresses, PostGraphile not)
//
// PostGraphile is not a dependency of the project: it is installed on demand outside the repository
// (npm install --prefix $TMPDIR/xiezuo-postgraphile postgraphile@5.1.5). Each server runs in a
// process of its own pinned to CPU 0 (taskset); this process, the load, is pinned to CPU 1. Rounds
// alternate between the two servers, same query, same concurrency, same database and indexes.
// Printed per query and server: req/s, p50/p95, the server process's CPU per request (from
// /proc/<pid>/stat), and the SQL statements one request sends (each server counts its pg client's
// queries and answers over IPC).
//
// What PostGraphile is given, as a PostGraphile team would set it up: the Amber preset on the
// product, supplier and region tables only (every other table's behaviour "-*"); the buyer's scope
// as row-level security on product (a role of its own, NOLOGIN, set per request by pgSettings — the
// server itself connects as the superuser, which RLS does not restrict, so Xiezuo is unaffected);
// the search as a SQL function with the same four conditions as Xiezuo's (name, category,
// certificate number, supplier name), ordered inside (a function's connection has no orderBy;
// PostgreSQL inlines the SQL function, so the order and limit still reach the index). The setup is idempotent and stays in the database.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { graphqlClient } from "./lib.mjs";

const SELF = fileURLToPath(import.meta.url);
const PGL_DIR = path.join(os.tmpdir(), "xiezuo-postgraphile");
const PGL_VERSION = "5.1.5";
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/xiezuo_bench";
const dbName = new URL(databaseUrl).pathname.slice(1);
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`database name ${dbName}: letters, digits and _ only`);
/** The role PostGraphile's requests run as (roles are per cluster: named after the database). */
const BUYER_ROLE = `${dbName}_pgl_buyer`;
const CATALOGUE_TABLES = ["product", "supplier", "region"];

const mode = process.argv[2];
if (mode === "--serve-xiezuo") await serveXiezuo();
else if (mode === "--serve-postgraphile") await servePostGraphile();
else await compare();

// ------------------------------------------------------------------------------------------------
// The two servers, each in a child process that answers { statements } over IPC.

async function serveXiezuo() {
  const { startScaleServer } = await import("./lib.mjs");
  const server = await startScaleServer();
  process.on("message", (m) => m === "statements" && process.send({ statements: server.statements() }));
  process.on("disconnect", () => process.exit(0)); // the comparison ended or died
  process.send({ url: server.url });
}

async function servePostGraphile() {
  // PostGraphile 5 asks for Node ≥ 22; on Node 20 all it misses is Promise.withResolvers (grafast,
  // @dataplan/pg): without it every connection field fails with "reading 'items'" of undefined.
  Promise.withResolvers ??= function () {
    let resolve, reject;
    const promise = new Promise((y, n) => ((resolve = y), (reject = n)));
    return { promise, resolve, reject };
  };
  const req = createRequire(path.join(PGL_DIR, "node_modules", "index.js"));
  const pglPg = req("pg");
  let statements = 0;
  const texts = [];
  const query = pglPg.Client.prototype.query;
  pglPg.Client.prototype.query = function (...args) {
    statements++;
    if (texts.length < 50) texts.push(String(typeof args[0] === "string" ? args[0] : args[0]?.text));
    return query.apply(this, args);
  };
  const { postgraphile } = req("postgraphile");
  const { PostGraphileAmberPreset } = req("postgraphile/presets/amber");
  const { makePgService } = req("postgraphile/adaptors/pg");
  const { grafserv } = req("postgraphile/grafserv/node");
  const { makeJSONPgSmartTagsPlugin } = req("postgraphile/utils");
  const c = new pglPg.Client({ connectionString: databaseUrl });
  await c.connect();
  const { rows } = await c.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1))`,
    [CATALOGUE_TABLES],
  );
  await c.end();
  const hidden = Object.fromEntries(rows.map((r) => [r.tablename, { tags: { behavior: "-*" } }]));
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    plugins: [makeJSONPgSmartTagsPlugin({ version: 1, config: { class: hidden } })],
    pgServices: [makePgService({ connectionString: databaseUrl, schemas: ["public"] })],
    grafast: { context: () => ({ pgSettings: { role: BUYER_ROLE } }) },
    grafserv: { graphiql: false, watch: false },
  });
  const serv = pgl.createServ(grafserv);
  const http = await import("node:http");
  const server = http.createServer();
  serv.addTo(server);
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  process.on("message", (m) => m === "statements" && process.send({ statements, texts: texts.splice(0) }));
  process.on("disconnect", () => process.exit(0));
  process.send({ url: `http://127.0.0.1:${server.address().port}` });
}

// ------------------------------------------------------------------------------------------------
// The comparison.

async function ensurePostGraphile() {
  if (existsSync(path.join(PGL_DIR, "node_modules", "postgraphile", "package.json"))) return;
  console.log(`installing postgraphile@${PGL_VERSION} into ${PGL_DIR} …`);
  execFileSync("npm", ["install", "--prefix", PGL_DIR, "--no-audit", "--no-fund", `postgraphile@${PGL_VERSION}`], {
    stdio: "inherit",
  });
}

/** PostGraphile's side of the setup: its role, the buyer's scope as RLS, the search function. */
async function preparePostGraphile(db) {
  await db.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${BUYER_ROLE}') THEN CREATE ROLE ${BUYER_ROLE} NOLOGIN; END IF;
    END $$`);
  await db.query(`GRANT USAGE ON SCHEMA public TO ${BUYER_ROLE}`);
  await db.query(`GRANT SELECT ON ${CATALOGUE_TABLES.join(", ")} TO ${BUYER_ROLE}`);
  await db.query(`ALTER TABLE product ENABLE ROW LEVEL SECURITY`);
  await db.query(`DROP POLICY IF EXISTS pgl_buyer_on_sale ON product`);
  // The same rows as Xiezuo's catalogue scope for a buyer: active products of approved suppliers.
  await db.query(`CREATE POLICY pgl_buyer_on_sale ON product FOR SELECT TO ${BUYER_ROLE}
      USING (active AND supplier_id IN (SELECT s.id FROM supplier s WHERE s.status = 'APPROVED'))`);
  await db.query(`CREATE OR REPLACE FUNCTION pgl_search_catalogue(q text) RETURNS SETOF product
      LANGUAGE sql STABLE AS $$
        SELECT p.* FROM product p
         WHERE p.name LIKE '%' || q || '%' OR p.category LIKE '%' || q || '%' OR p.certificate_no LIKE '%' || q || '%'
            OR p.supplier_id IN (SELECT s.id FROM supplier s WHERE s.name LIKE '%' || q || '%')
         ORDER BY p.name, p.id
      $$`);
  await db.query(`GRANT EXECUTE ON FUNCTION pgl_search_catalogue(text) TO ${BUYER_ROLE}`);
}

/** A server process: its URL, its CPU so far (ms, from /proc/<pid>/stat), its SQL count. */
async function startServer(which) {
  const child = spawn("taskset", ["-c", "0", process.execPath, SELF, `--serve-${which}`], {
    env: { ...process.env, NODE_ENV: "production", GRAPHILE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const url = await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${which} exited ${code}`)));
    child.on("message", (m) => m.url && resolve(m.url));
  });
  const ticks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());
  return {
    which,
    url,
    cpuMs() {
      // utime and stime: fields 14 and 15, counted after the ")" closing the command name
      const f = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
      return ((Number(f[11]) + Number(f[12])) * 1000) / ticks;
    },
    /** Statements sent so far; with BENCH_SHOW_SQL=1, PostGraphile's since the last call are printed. */
    statements: () =>
      new Promise((resolve) => {
        child.once("message", (m) => {
          if (process.env.BENCH_SHOW_SQL && m.texts)
            for (const t of m.texts) console.log(`    ${which} SQL: ${t.replace(/\s+/g, " ").slice(0, 300)}`);
          resolve(m.statements);
        });
        child.send("statements");
      }),
    stop: () => child.kill("SIGTERM"),
  };
}

async function compare() {
  const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
  const C = Number(process.env.BENCH_CONCURRENCY ?? 4);
  execFileSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" });
  await ensurePostGraphile();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await preparePostGraphile(db);
  const [{ n: products }] = (await db.query(`SELECT count(*)::int AS n FROM product`)).rows;
  const indexes = (
    await db.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename = ANY($1) ORDER BY 1, 2`,
      [CATALOGUE_TABLES],
    )
  ).rows;
  await db.end();
  console.log(
    `database ${dbName}: ${products} products; node ${process.version}; ${ROUNDS} rounds × ${SECONDS} s, c=${C}; ` +
      `accept-encoding ${process.env.BENCH_ENCODING ?? "identity"}; ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  console.log("indexes on product, supplier, region (both servers):");
  for (const i of indexes) console.log(`  ${i.indexdef.replace(/^CREATE (UNIQUE )?INDEX /, "$1")}`);

  const xiezuo = await startServer("xiezuo");
  const postgraphile = await startServer("postgraphile");
  try {
    await run(xiezuo, postgraphile, SECONDS, ROUNDS, C);
  } finally {
    xiezuo.stop();
    postgraphile.stop();
  }
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

async function run(xiezuo, postgraphile, SECONDS, ROUNDS, C) {
  // Uncompressed answers from both: PostGraphile's grafserv does not compress, Xiezuo compresses an
  // answer the client accepts compressed (brotli 4 or gzip, on zlib's threads — in its process's CPU).
  // BENCH_ENCODING=br (or gzip) lets Xiezuo compress, as it does for a browser.
  const encoding = { "accept-encoding": process.env.BENCH_ENCODING ?? "identity" };
  const x = graphqlClient(xiezuo.url, encoding);
  const p = graphqlClient(postgraphile.url, encoding);
  const token = await x.login("buyer");

  // The same logical query on each: the buyer's catalogue, 100 products in (name, id) order with each
  // one's supplier and county names; with its total; and a search by name.
  const fields = `name category spec unit price stock certificateNo certificateValidTo`;
  const X_PAGE = `query($filter: ProductFilter, $count: Boolean!) { products(first: 100, filter: $filter) {
      totalCount @include(if: $count) pageInfo { hasNextPage endCursor }
      nodes { id ${fields} supplier { id name } county { id name } } } }`;
  const P_NODES = `nodes { rowId ${fields} supplierBySupplierId { rowId name } regionByCountyId { rowId name } }`;
  const P_PAGE = `query($count: Boolean!) { allProducts(first: 100, orderBy: [NAME_ASC, ROW_ID_ASC]) {
      totalCount @include(if: $count) pageInfo { hasNextPage endCursor } ${P_NODES} } }`;
  const P_SEARCH = `query($q: String!) { pglSearchCatalogue(q: $q, first: 100) {
      pageInfo { hasNextPage endCursor } ${P_NODES} } }`;
  const queries = [
    {
      name: "page of 100, supplier and county names",
      xiezuo: () => x.gql(X_PAGE, { count: false }, token),
      postgraphile: () => p.gql(P_PAGE, { count: false }),
    },
    {
      name: "the same with totalCount",
      xiezuo: () => x.gql(X_PAGE, { count: true }, token),
      postgraphile: () => p.gql(P_PAGE, { count: true }),
    },
    {
      name: "search 蜂蜜, page of 100",
      xiezuo: () => x.gql(X_PAGE, { count: false, filter: { search: "蜂蜜" } }, token),
      postgraphile: () => p.gql(P_SEARCH, { q: "蜂蜜" }),
    },
  ];

  // The same answers first: the same products in the same order.
  for (const q of queries) {
    const a = await q.xiezuo();
    const b = await q.postgraphile();
    const ids = (d) => (d.products?.nodes.map((n) => n.id) ?? Object.values(d)[0].nodes.map((n) => n.rowId)).join();
    if (ids(a) !== ids(b)) console.log(`  NOTE ${q.name}: the two servers return different products`);
  }

  const results = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      for (const server of round % 2 ? [postgraphile, xiezuo] : [xiezuo, postgraphile]) {
        const send = q[server.which];
        await send(); // warm
        const s0 = await server.statements();
        await send();
        const sql = (await server.statements()) - s0;
        const cpu0 = server.cpuMs();
        const latencies = [];
        const end = Date.now() + SECONDS * 1000;
        await Promise.all(
          Array.from({ length: C }, async () => {
            while (Date.now() < end) {
              const t = process.hrtime.bigint();
              await send();
              latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
            }
          }),
        );
        const cpu = server.cpuMs() - cpu0;
        const key = `${q.name}|${server.which}`;
        results.set(key, [...(results.get(key) ?? []), { n: latencies.length, cpu, latencies, sql }]);
      }
    }
  }
  const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))];
  console.log(
    `\n${"query".padEnd(40)} ${"server".padEnd(13)} ${"req/s (rounds)".padEnd(22)} p50 ms  p95 ms  CPU ms/req  SQL/req`,
  );
  for (const q of queries) {
    const rate = {};
    for (const which of ["xiezuo", "postgraphile"]) {
      const rs = results.get(`${q.name}|${which}`);
      const all = rs.flatMap((r) => r.latencies).sort((a, b) => a - b);
      const n = rs.reduce((s, r) => s + r.n, 0);
      rate[which] = n / (SECONDS * rs.length);
      const cpuPerReq = rs.reduce((s, r) => s + r.cpu, 0) / n;
      console.log(
        `${q.name.padEnd(40)} ${which.padEnd(13)} ${`${rate[which].toFixed(0)} (${rs.map((r) => (r.n / SECONDS).toFixed(0)).join(", ")})`.padEnd(22)} ${pct(all, 0.5).toFixed(1).padStart(6)}  ${pct(all, 0.95).toFixed(1).padStart(6)}  ${cpuPerReq.toFixed(2).padStart(10)}  ${String(rs[0].sql).padStart(7)}`,
      );
    }
    console.log(`${"".padEnd(40)} ratio Xiezuo / PostGraphile req/s: ${(rate.xiezuo / rate.postgraphile).toFixed(2)}`);
  }
}
