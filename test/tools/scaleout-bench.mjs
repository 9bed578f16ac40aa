#!/usr/bin/env node
/**
 * Requests per second of one API process against two behind HAProxy (docs/scaling.md).
 *
 *   npm run build -w server && node test/tools/scaleout-bench.mjs [--seconds 8] [--clients 16]
 *
 * Makes a database of its own on PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432), starts process A
 * (migrates, loads the demo), then process B and HAProxy at the same time as each other, and for
 * each target (A alone, then both through HAProxy) runs `--clients` concurrent clients for
 * `--seconds` on `{ me { id } }` and on the progress board (`progressSummary`), as qingdao.
 * Prints one line per run (req/s, and the API processes' CPU time per request from /proc, which does
 * not depend on what else the machine runs) and drops the database. Uses the built server (server/dist).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { haproxyConfig } from "./haproxy.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg("seconds", 8);
const CLIENTS = arg("clients", 16);
const root = path.resolve(import.meta.dirname, "../..");
const base = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `xiezuo_bench_${process.pid}`;
const dbUrl = Object.assign(new URL(base), { pathname: `/${name}` }).toString();

/** One statement on the server's maintenance database (psql: CREATE and DROP DATABASE). */
const admin = (sql) => {
  const r = spawnSync("psql", ["-q", "-v", "ON_ERROR_STOP=1", base, "-c", sql], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
};
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const children = [];
function start(env) {
  const child = spawn(process.execPath, [path.join(root, "server/dist/main.js")], {
    env: { PATH: process.env.PATH, HOST: "127.0.0.1", NODE_ENV: "test", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (b) => {
      out += b;
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
}

async function post(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** CPU seconds (user + system) the API processes have used so far, from /proc (Linux): load-independent. */
const cpuSeconds = () =>
  children
    .filter((c) => c.spawnfile === process.execPath)
    .reduce((t, c) => {
      const f = fs.readFileSync(`/proc/${c.pid}/stat`, "utf8").split(") ")[1].split(" ");
      return t + (Number(f[11]) + Number(f[12])) / 100;
    }, 0);

async function run(url, label, query, variables, token) {
  const cpu0 = cpuSeconds();
  let done = 0;
  let failed = 0;
  const stopAt = Date.now() + SECONDS * 1000;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < stopAt) {
        try {
          await post(url, query, variables, token);
          done++;
        } catch {
          failed++;
        }
      }
    }),
  );
  const rps = done / ((Date.now() - t0) / 1000);
  const cpuMs = ((cpuSeconds() - cpu0) * 1000) / Math.max(1, done);
  console.log(
    `${label.padEnd(52)} ${rps.toFixed(0).padStart(6)} req/s  ${cpuMs.toFixed(2)} CPU-ms/req in the API processes  (${done} ok, ${failed} failed)`,
  );
  return rps;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-bench-"));
try {
  admin(`CREATE DATABASE ${name}`);
  const env = { DATABASE_URL: dbUrl, PORT: "0", DB_POOL_SIZE: "10" };
  const a = await start({ ...env, SEED_DEMO: "true" });
  const b = await start({ ...env, SEED_DEMO: "false" });
  const port = await freePort();
  const ports = [a, b].map((u) => new URL(u).port);
  const cfg = haproxyConfig(port, ports, "1s");
  fs.writeFileSync(path.join(dir, "haproxy.cfg"), cfg);
  children.push(spawn("haproxy", ["-f", path.join(dir, "haproxy.cfg"), "-db"], { stdio: "ignore" }));
  const lb = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await fetch(`${lb}/readyz`).catch(() => null))?.ok; i++)
    await new Promise((r) => setTimeout(r, 100));
  const login = await post(a, `mutation { login(input: { username: "qingdao", password: "xiezuo2026" }) { token } }`);
  const token = login.login.token;
  const ME = `{ me { id } }`;
  const BOARD = `query($y: Int!) { progressSummary(year: $y) { indicator delivered target } }`;
  console.log(
    `${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}; ${CLIENTS} clients, ${SECONDS} s per run`,
  );
  await run(a, "me: one process", ME, {}, token);
  await run(lb, "me: two processes behind HAProxy", ME, {}, token);
  await run(a, "progressSummary(2020): one process", BOARD, { y: 2020 }, token);
  await run(lb, "progressSummary(2020): two processes behind HAProxy", BOARD, { y: 2020 }, token);
  console.log(
    `load after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
} finally {
  for (const c of children) c.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
  fs.rmSync(dir, { recursive: true, force: true });
  admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
