// The catalogue page of 100 on two builds side by side (issue 14, the Node CPU per field and row):
// BENCH_DIST (default /work/main/server/dist) as "before", this build as "after", each server its own
// process pinned to CPU 0 (postgraphile.mjs --serve-xiezuo), the load pinned to CPU 1, rounds alternate;
// prints whether both answer the same JSON, then req/s, p50/p95 and the server process CPU per request.
//   BENCH_DATABASE_URL=… [R=rounds] [S=seconds] [EXTRA="certificateStatus images { id kind url }"] node test/bench/catalogue-ab.mjs
import { spawn, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
const wt = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const { graphqlClient } = await import(`${wt}/test/bench/lib.mjs`);
execFileSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" });
const ticks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());
async function start(dist) {
  const child = spawn("taskset", ["-c", "0", process.execPath, `${wt}/test/bench/postgraphile.mjs`, "--serve-xiezuo"], {
    env: { ...process.env, NODE_ENV: "production", ...(dist ? { BENCH_DIST: dist } : {}) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    cwd: `${wt}/test/bench`,
  });
  const url = await new Promise((r) => child.on("message", (m) => m.url && r(m.url)));
  const cpu = () => {
    const f = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((+f[11] + +f[12]) * 1000) / ticks;
  };
  return { url, cpu, child };
}
const fields = `name category spec unit price stock certificateNo certificateValidTo`;
const X_PAGE = `query($filter: ProductFilter, $count: Boolean!) { products(first: 100, filter: $filter) {
  totalCount @include(if: $count) pageInfo { hasNextPage endCursor }
  nodes { id ${fields} ${process.env.EXTRA ?? ""} supplier { id name } county { id name } } } }`;
const servers = { before: await start(process.env.BENCH_DIST ?? "/work/main/server/dist"), after: await start(null) };
for (const s of Object.values(servers)) {
  s.x = graphqlClient(s.url, { "accept-encoding": "identity" });
  s.token = await s.x.login("buyer");
  s.res = [];
}
const a = JSON.stringify(await servers.before.x.gql(X_PAGE, { count: false }, servers.before.token));
const b = JSON.stringify(await servers.after.x.gql(X_PAGE, { count: false }, servers.after.token));
console.log("same answer:", a === b, a.length);
const SECONDS = Number(process.env.S ?? 4),
  ROUNDS = Number(process.env.R ?? 3);
console.log(
  "load",
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" "),
);
for (let r = 0; r < ROUNDS; r++)
  for (const k of r % 2 ? ["after", "before"] : ["before", "after"]) {
    const s = servers[k];
    const send = () => s.x.gql(X_PAGE, { count: false }, s.token);
    for (let i = 0; i < 20; i++) await send();
    const c0 = s.cpu();
    const lat = [];
    const end = Date.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (Date.now() < end) {
          const t = performance.now();
          await send();
          lat.push(performance.now() - t);
        }
      }),
    );
    s.res.push({ n: lat.length, cpu: s.cpu() - c0, lat });
  }
for (const [k, s] of Object.entries(servers)) {
  const lat = s.res.flatMap((r) => r.lat).sort((x, y) => x - y);
  const n = lat.length;
  console.log(
    `${k.padEnd(7)} req/s ${(n / (SECONDS * ROUNDS)).toFixed(0).padStart(4)}  p50 ${lat[n >> 1].toFixed(1)}  p95 ${lat[Math.floor(n * 0.95)].toFixed(1)}  CPU ms/req ${(s.res.reduce((x, r) => x + r.cpu, 0) / n).toFixed(2)} (rounds ${s.res.map((r) => (r.cpu / r.n).toFixed(2)).join(", ")})`,
  );
  s.child.kill();
}
console.log(
  "load",
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" "),
);
process.exit(0);
