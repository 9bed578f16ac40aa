// The quota board at the generated scale (issue 14: a board costs at most 2× a read of a small
// summary table): latency, CPU and SQL statements per request of `quotaBoard` for the qingdao
// coordinator (groups, totals, counties, channels and the first page of buyers, as the page asks),
// next to `groupTargets` (one small table, the yardstick).
//
//   npm run build -w server && node test/bench/data.mjs --scale 0.02 && node test/bench/quota.mjs
//   BENCH_DIST=/work/main/server/dist node test/bench/quota.mjs   # the same on main's build (every buyer)
//   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/xiezuo_bench), BENCH_SECONDS (5)
//
// The server runs in this process on that database (never seeded or dropped here); "CPU/req" is the
// process's CPU (server and client) over requests, as in catalogue.mjs.
import { createRequire } from "node:module";
import { DEMO_PASSWORD, SECONDS } from "./lib.mjs";

const require = createRequire(import.meta.url);
const dist = process.env.BENCH_DIST ?? "../../server/dist";
const { createApp } = require(`${dist}/app.js`);
const { loadConfig } = require(`${dist}/config.js`);

const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/xiezuo_bench";
let statements = 0;
const app = await createApp(
  { ...loadConfig({ NODE_ENV: "test" }), host: "127.0.0.1", port: 0, databaseUrl, dataDir: "memory", seedDemo: false },
  { onQuery: () => void statements++ },
);
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
const token = (
  await gql(`mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){token}}`, {
    u: "qingdao",
    p: DEMO_PASSWORD,
  })
).login.token;

const year = Number(process.env.BENCH_YEAR ?? new Date().getFullYear());
const ROW = `quota counted confirmed remaining completion buyer { id name group }`;
// main's build: buyers is a list of every buyer in scope; this one's: a connection, first page of 20.
const BUYERS = process.env.BENCH_DIST ? `buyers { ${ROW} }` : `buyers(first: 20) { totalCount nodes { ${ROW} } }`;
const BOARD = `query($y: Int!) { quotaBoard(year: $y) {
  year counted confirmed countsFrom daysLeft
  groups { group buyers target counted confirmed completion }
  ${BUYERS}
  byCounty { counted county { id name } } byChannel { channel counted } } }`;
const TARGETS = `query($y: Int!) { groupTargets(year: $y) { group amount year } }`;

const [{ n: buyers }] = await app.db.query(`SELECT count(*)::int AS n FROM buyer`);
const [{ n: counters }] = await app.db.query(`SELECT count(*)::int AS n FROM quota_counter`);
const [{ n: quotas }] = await app.db.query(`SELECT count(*)::int AS n FROM quota`);
console.log(
  `database: ${new URL(databaseUrl).pathname.slice(1)}, ${buyers} buyers, ${quotas} quotas, ${counters} counters; year ${year}; ` +
    `node ${process.version}; ${SECONDS} s each; ${process.env.BENCH_DIST ? "build " + dist : "this build"}`,
);

async function run(name, concurrency, send) {
  await send(); // warm
  statements = 0;
  const t0 = performance.now();
  await send();
  const once = performance.now() - t0;
  const one = statements;
  let done = 0;
  const lat = [];
  const cpu0 = process.cpuUsage();
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const s = performance.now();
        await send();
        lat.push(performance.now() - s);
        done++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  lat.sort((a, b) => a - b);
  const p = (q) => lat[Math.min(lat.length - 1, Math.floor(lat.length * q))].toFixed(1);
  console.log(
    `${name.padEnd(40)} c=${concurrency}  ${(done / SECONDS).toFixed(1).padStart(6)} req/s  p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  ` +
      `CPU/req ${((cpu.user + cpu.system) / 1000 / Math.max(done, 1)).toFixed(2)} ms  SQL/req ${one}  (one alone ${once.toFixed(0)} ms)`,
  );
}

const board = await gql(BOARD, { y: year }, token);
const listed = board.quotaBoard.buyers.nodes ?? board.quotaBoard.buyers;
console.log(
  `qingdao's board: ${board.quotaBoard.groups.reduce((t, g) => t + g.buyers, 0)} buyers in scope, ${listed.length} sent`,
);
await run("groupTargets (small table)", 1, () => gql(TARGETS, { y: year }, token));
await run("quotaBoard (qingdao)", 1, () => gql(BOARD, { y: year }, token));
await app.close();
