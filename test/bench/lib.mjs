// What every benchmark needs: the real server (HTTP + Apollo + TypeORM) on a database of its own
// with the demo data, a GraphQL client, a timed load loop that prints percentiles, and teardown.
// PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set, else the embedded PGlite.
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import pg from "pg";

const require = createRequire(import.meta.url);
require("reflect-metadata");
const { createApp } = require("../../server/dist/app.js");
const { loadConfig } = require("../../server/dist/config.js");
const { DEMO_PASSWORD } = require("../../server/dist/db/demo.js");

export { DEMO_PASSWORD };
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

export async function startBenchServer(overrides = {}) {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
  let databaseUrl = null;
  let dbName = null;
  if (base) {
    dbName = `xiezuo_bench_${randomBytes(4).toString("hex")}`;
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`CREATE DATABASE ${dbName}`);
    await c.end();
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const app = await createApp({
    ...loadConfig({ NODE_ENV: "test" }),
    host: "127.0.0.1",
    port: 0,
    databaseUrl,
    dataDir: "memory",
    seedDemo: true,
    ...overrides,
  });
  const url = await app.listen();
  const gql = async (query, variables, token) => {
    const r = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await r.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = async (u, p = DEMO_PASSWORD) =>
    (await gql(`mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){token}}`, { u, p })).login.token;
  return {
    app,
    gql,
    login,
    database: databaseUrl ? "PostgreSQL" : "embedded PGlite",
    /** The bench database's URL on PostgreSQL (for a pgbench reference), null on the embedded PGlite. */
    databaseUrl,
    async close() {
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

/** Runs `work(worker)` from `concurrency` workers for SECONDS and prints rate and latency percentiles. */
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
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  console.log(
    `${name.padEnd(62)} c=${String(concurrency).padStart(2)}  ${(latencies.length / SECONDS).toFixed(0).padStart(6)} ${unit}  p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  p99 ${q(0.99)} ms  cpu ${cpuPerOp.toFixed(1)} ms/op${errors ? `  errors ${errors}` : ""}`,
  );
}
