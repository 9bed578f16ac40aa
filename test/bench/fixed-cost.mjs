// Benchmark: the per-request fixed cost (issue 14, "an authenticated trivial query ≤ 1.5× bare Apollo
// with the same auth SQL"). Prints figures; not a test.
// Run: `npm run build -w server && BENCH_DATABASE_URL=postgres://… node test/bench/fixed-cost.mjs`
// (PostgreSQL only: the reference reads the session through a pg pool).
//   BENCH_BUILDS   other builds' server/dist folders (e.g. main's), comma-separated, measured too in
//                  the same interleaved rounds
//   BENCH_SECONDS  seconds per measurement (default 3)
//   BENCH_ROUNDS   rounds (default 3); each round measures every server at every concurrency in turn
//   BENCH_PROFILE  a folder: each server writes a V8 CPU profile there (node --cpu-prof) when it exits
//
// Each server runs in a child process of its own (this file, forked), so "cpu" is the server's CPU
// per request alone, not the load generator's; the parent only sends requests. The servers:
// - "bare": @apollo/server 5 on express 5 and node:http, a schema of `me { id }`, its context reading
//   the bearer token's session with the SAME SQL our server runs (users module signedInThrough), from
//   a pg pool: the floor a GraphQL server with our sign-in check cannot go under.
// - "this build" (and BENCH_BUILDS'): the real createApp, `{ me { id } }` with a buyer's token.
import "./production.mjs";
import { fork } from "node:child_process";
import { startBareApollo } from "./bare-apollo.mjs";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const QUERY = "{ me { id } }";

// ------------------------------------------------------------------------------------------------
// Child: one server, answering the parent's "cpu" messages with its own CPU use.
// ------------------------------------------------------------------------------------------------
async function serveBare(databaseUrl) {
  const { loadConfig } = require(path.join(here, "../../server/dist/config.js"));
  const config = loadConfig({ NODE_ENV: "test" });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: config.dbPoolSize });
  const { url } = await startBareApollo({
    pool,
    tokenSecret: config.tokenSecret,
    typeDefs: `type User { id: ID! } type Query { me: User }`,
    resolvers: { Query: { me: (_p, _a, ctx) => (ctx.user ? { id: ctx.user.id } : null) } },
  });
  return url;
}

async function serveXiezuo(dist, databaseUrl) {
  require("reflect-metadata");
  const { createApp } = require(`${dist}/app.js`);
  const { loadConfig } = require(`${dist}/config.js`);
  const app = await createApp(
    {
      ...loadConfig({ NODE_ENV: "test" }),
      host: "127.0.0.1",
      port: 0,
      databaseUrl,
      dataDir: "memory",
      seedDemo: false,
    },
    { skipMigrations: true },
  );
  return app.listen();
}

if (process.argv[2] === "--serve") {
  const [, , , kind, databaseUrl] = process.argv;
  const url = kind === "bare" ? await serveBare(databaseUrl) : await serveXiezuo(kind, databaseUrl);
  process.on("message", (m) => {
    if (m === "cpu") process.send({ cpu: process.cpuUsage() });
    if (m === "exit") process.exit(0);
  });
  process.send({ url });
} else {
  await main();
}

// ------------------------------------------------------------------------------------------------
// Parent: a database of its own with the demo data, a buyer's session, the servers, the rounds.
// ------------------------------------------------------------------------------------------------
async function main() {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("fixed-cost.mjs needs PostgreSQL: set BENCH_DATABASE_URL");
  const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
  const baseUrl = new URL(base);
  const dbName = `${baseUrl.pathname.slice(1) || "xiezuo_bench"}_fixed_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  baseUrl.pathname = `/${dbName}`;
  const databaseUrl = baseUrl.toString();
  const children = [];
  try {
    // Migrate and seed with this build, sign the buyer in, and let the servers below share the data.
    require("reflect-metadata");
    const { createApp } = require("../../server/dist/app.js");
    const { loadConfig } = require("../../server/dist/config.js");
    const { graphqlClient } = await import("./lib.mjs");
    const seeding = await createApp({
      ...loadConfig({ NODE_ENV: "test" }),
      host: "127.0.0.1",
      port: 0,
      databaseUrl,
      dataDir: "memory",
      seedDemo: true,
    });
    const seeder = graphqlClient(await seeding.listen());
    const token = await seeder.login("buyer");
    seeder.close();
    await seeding.close();

    const servers = [
      { name: "bare Apollo + the same auth SQL", kind: "bare" },
      { name: "this build", kind: path.join(here, "../../server/dist") },
      ...(process.env.BENCH_BUILDS ?? "")
        .split(",")
        .filter(Boolean)
        .map((dist) => ({ name: `build ${dist}`, kind: path.resolve(dist) })),
    ];
    for (const s of servers) {
      s.child = fork(fileURLToPath(import.meta.url), ["--serve", s.kind, databaseUrl], {
        stdio: "inherit",
        execArgv: process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_PROFILE] : [],
      });
      children.push(s.child);
      s.url = await new Promise((resolve, reject) => {
        s.child.once("message", (m) => resolve(m.url));
        s.child.once("exit", (code) => reject(new Error(`${s.name} exited (${code})`)));
      });
      s.results = new Map();
    }
    const cpuOf = (child) =>
      new Promise((resolve) => {
        child.once("message", (m) => resolve(m.cpu));
        child.send("cpu");
      });

    for (const s of servers) {
      const { gql, close } = graphqlClient(s.url);
      s.close = close;
      // Throws on errors; a missing id would mean the token was not taken.
      s.post = async () => {
        if (!(await gql(QUERY, undefined, token)).me?.id) throw new Error(`${s.name}: signed out`);
      };
    }

    // Warm up every server (JIT, pools, caches) before the first measured round: the first seconds
    // of a fresh process cost twice as much CPU per request as the rest.
    for (const s of servers) {
      const end = Date.now() + 2000;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (Date.now() < end) await s.post();
        }),
      );
    }

    for (let round = 1; round <= ROUNDS; round++) {
      for (const c of [1, 8]) {
        for (const s of servers) {
          const latencies = [];
          const cpu0 = await cpuOf(s.child);
          const end = Date.now() + SECONDS * 1000;
          await Promise.all(
            Array.from({ length: c }, async () => {
              while (Date.now() < end) {
                const t = process.hrtime.bigint();
                await s.post();
                latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
              }
            }),
          );
          const cpu1 = await cpuOf(s.child);
          const cpuMs = (cpu1.user - cpu0.user + cpu1.system - cpu0.system) / 1000;
          const list = s.results.get(c) ?? [];
          list.push({ rate: latencies.length / SECONDS, cpu: cpuMs / latencies.length, latencies });
          s.results.set(c, list);
        }
      }
    }

    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `fixed cost of { me { id } } with a buyer's bearer token; node ${process.version}; ${ROUNDS} rounds × ${SECONDS} s, interleaved; medians of rounds`,
    );
    for (const c of [1, 8]) {
      const bareCpu = median(servers[0].results.get(c).map((r) => r.cpu));
      for (const s of servers) {
        const rs = s.results.get(c);
        const all = rs.flatMap((r) => r.latencies).sort((a, b) => a - b);
        const q = (p) => all[Math.min(all.length - 1, Math.floor(all.length * p))].toFixed(2);
        const cpu = median(rs.map((r) => r.cpu));
        console.log(
          `${s.name.padEnd(34)} c=${c}  ${median(rs.map((r) => r.rate))
            .toFixed(0)
            .padStart(5)} req/s  p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  server cpu ${cpu.toFixed(3)} ms/req  (rounds: ${rs
            .map((r) => r.cpu.toFixed(3))
            .join(", ")}; ${all.length} requests)  ×${(cpu / bareCpu).toFixed(2)} of bare`,
        );
      }
    }
    for (const s of servers) s.close();
  } finally {
    for (const child of children) child.send("exit");
    await Promise.all(children.map((ch) => new Promise((r) => (ch.exitCode !== null ? r() : ch.once("exit", r)))));
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}
