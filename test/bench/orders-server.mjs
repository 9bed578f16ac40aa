// Benchmark: an order operation's SERVER CPU (issue 14, slice F). The server runs in a child process
// of its own, so its CPU per operation is measured without the load generator's share (orders.mjs
// counts both). One operation = placeOrder (2 lines) + confirmSubOrder, one hot buyer.
// Run: `npm run build -w server && BENCH_DATABASE_URL=postgres://…/xiezuo_bench_x node test/bench/orders-server.mjs`
//   BENCH_DIST      another build's server/dist (e.g. main's) for "before" figures
//   BENCH_SECONDS   seconds per figure (default 6); BENCH_CLIENTS  e.g. "8,32" (default)
//   BENCH_PROFILE   a path prefix: writes <prefix>-c<clients>.cpuprofile of the server alone
import { fork } from "node:child_process";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";

const DIST = process.env.BENCH_DIST ?? new URL("../../server/dist", import.meta.url).pathname;

if (process.send && process.env.XIEZUO_BENCH_CHILD) {
  // The child: the server alone; CPU counted (and profiled) between "start" and "stop".
  const require = createRequire(import.meta.url);
  require("reflect-metadata");
  const { createApp } = require(`${DIST}/app.js`);
  const { loadConfig } = require(`${DIST}/config.js`);
  const inspector = await import("node:inspector/promises");
  const app = await createApp({
    ...loadConfig({ NODE_ENV: "test" }),
    host: "127.0.0.1",
    port: 0,
    databaseUrl: process.env.XIEZUO_BENCH_CHILD,
    dataDir: "memory",
    seedDemo: true,
    dbPoolSize: 20,
  });
  const url = await app.listen();
  const session = new inspector.Session();
  session.connect();
  let cpu0;
  process.on("message", async (m) => {
    if (m.cmd === "start") {
      cpu0 = process.cpuUsage();
      if (m.profile) {
        await session.post("Profiler.enable");
        await session.post("Profiler.setSamplingInterval", { interval: 200 });
        await session.post("Profiler.start");
      }
      process.send({});
    } else if (m.cmd === "stop") {
      const d = process.cpuUsage(cpu0);
      if (m.profile) fs.writeFileSync(m.profile, JSON.stringify((await session.post("Profiler.stop")).profile));
      process.send({ cpuMs: (d.user + d.system) / 1000, sysMs: d.system / 1000 });
    } else if (m.cmd === "sql") process.send({ rows: await app.db.query(m.sql) });
    else if (m.cmd === "exit") {
      await app.close();
      process.exit(0);
    }
  });
  process.send({ url });
} else {
  const { graphqlClient, orderBenchWorld } = await import("./lib.mjs");
  const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const baseName = new URL(base).pathname.slice(1);
  const dbName = `${baseName.startsWith("xiezuo_bench") ? baseName : "xiezuo_bench"}_${randomBytes(4).toString("hex")}`;
  // The bench database is made beside the base one (which need not exist), from the server's `postgres`.
  const adminUrl = new URL(base);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(base);
  dbUrl.pathname = `/${dbName}`;
  const child = fork(new URL(import.meta.url).pathname, {
    env: { ...process.env, XIEZUO_BENCH_CHILD: dbUrl.toString() },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const reply = () => new Promise((resolve) => child.once("message", resolve));
  const ask = (m) => {
    const r = reply();
    child.send(m);
    return r;
  };
  const { url } = await reply();
  const { gql, login, close } = graphqlClient(url);
  const { buyers, placeAndConfirm } = await orderBenchWorld(
    { gql, login, sql: async (q) => (await ask({ cmd: "sql", sql: q })).rows },
    1,
  );
  const operation = () => placeAndConfirm(buyers[0]);
  for (let i = 0; i < 50; i++) await operation(); // warm-up: JIT, pools, statement caches
  const seconds = Number(process.env.BENCH_SECONDS ?? 6);
  console.log(`${process.env.BENCH_DIST ? `build ${DIST}` : "this build"}; node ${process.version}`);
  for (const clients of (process.env.BENCH_CLIENTS ?? "8,32").split(",").map(Number)) {
    const profile = process.env.BENCH_PROFILE ? `${process.env.BENCH_PROFILE}-c${clients}.cpuprofile` : undefined;
    await ask({ cmd: "start", profile });
    const t0 = performance.now();
    const latencies = [];
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() - t0 < seconds * 1000) {
          const s = performance.now();
          await operation();
          latencies.push(performance.now() - s);
        }
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
    const { cpuMs, sysMs } = await ask({ cmd: "stop", profile });
    latencies.sort((x, y) => x - y);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))].toFixed(0);
    console.log(
      `place + confirm, one buyer, c=${String(clients).padStart(2)}: ${(latencies.length / elapsed).toFixed(0).padStart(4)} ops/s  p50 ${at(0.5)} / p95 ${at(0.95)} ms  server cpu ${(cpuMs / latencies.length).toFixed(2)} ms/op (of it kernel ${(sysMs / latencies.length).toFixed(2)})  (${latencies.length} ops)`,
    );
  }
  close();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.send({ cmd: "exit" });
  await exited;
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
