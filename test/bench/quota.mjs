// The quota board at the generated scale (issue 14: a board costs at most 2× a read of a small
// summary table): latency, CPU and SQL statements per request of `quotaBoard` for the qingdao
// coordinator (groups, totals, counties, channels and the first page of buyers, as the page asks),
// next to `groupTargets` (one small table, the yardstick).
//
//   npm run build -w server && node test/bench/data.mjs --scale 0.02 && node test/bench/quota.mjs
//   BENCH_DIST=/work/main/server/dist node test/bench/quota.mjs   # the same on main's build (before)
//   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/xiezuo_bench), BENCH_SECONDS (5)
//
// The server runs in this process on that database (never seeded or dropped here); "CPU/req" is the
// process's CPU (server and client) over requests, as in catalogue.mjs.
import { measure, SECONDS, startScaleServer } from "./lib.mjs";

const { app, gql, login, databaseUrl, build, sqlOf } = await startScaleServer();
const token = await login("qingdao");

const year = Number(process.env.BENCH_YEAR ?? new Date().getFullYear());
const ROW = `quota counted confirmed remaining completion buyer { id name group }`;
// The first page of 20, as ConsumptionPage asks (main's build pages too since the board's first issue-14 step).
const BUYERS = `buyers(first: 20) { totalCount nodes { ${ROW} } }`;
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
    `node ${process.version}; ${SECONDS} s each; ${build}`,
);

/** req/s, latency and CPU per request, named with the SQL statements one request costs. */
const run = async (name, concurrency, send) => measure(`${name}  SQL/req ${await sqlOf(send)}`, concurrency, send);

const board = await gql(BOARD, { y: year }, token);
const listed = board.quotaBoard.buyers.nodes;
console.log(
  `qingdao's board: ${board.quotaBoard.groups.reduce((t, g) => t + g.buyers, 0)} buyers in scope, ${listed.length} sent`,
);
await run("groupTargets (small table)", 1, () => gql(TARGETS, { y: year }, token));
await run("quotaBoard (qingdao)", 1, () => gql(BOARD, { y: year }, token));
await app.close();
