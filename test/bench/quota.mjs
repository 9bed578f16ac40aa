// The quota board at the generated scale (issue 14: a board costs at most 2× a read of a small
// summary table): latency, CPU and SQL statements per request of `quotaBoard` for the qingdao
// coordinator (groups, totals, counties, channels and the first page of buyers, as the page asks),
// next to `groupTargets` (one small table, a few bytes) and, in pairs, the same answer ready in one
// small table served by bare Apollo (quota-yardstick.mjs, the board's own yardstick).
//
//   npm run build -w server && node test/bench/data.mjs --scale 0.02 && node test/bench/quota.mjs
//   BENCH_DIST=/work/main/server/dist node test/bench/quota.mjs   # the same on main's build (before)
//   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/xiezuo_bench), BENCH_SECONDS (5)
//
// The server runs in this process on that database (never seeded or dropped here); "CPU/req" is the
// process's CPU (server and client) over requests, as in catalogue.mjs.
import { graphqlClient, inPairs, measure, sameAnswer, SECONDS, startScaleServer } from "./lib.mjs";
import { QUOTA_BOARD as BOARD, startQuotaYardstick } from "./quota-yardstick.mjs";

const { app, gql, login, databaseUrl, build, sqlOf } = await startScaleServer();
const token = await login("qingdao");

const year = Number(process.env.BENCH_YEAR ?? new Date().getFullYear());
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

// The board's own yardstick: the same answer ready in one small table, bare Apollo (quota-yardstick.mjs).
const yardstick = await startQuotaYardstick({
  databaseUrl,
  tokenSecret: app.config.tokenSecret,
  year,
  answer: board,
  poolSize: app.config.dbPoolSize,
});
const bare = graphqlClient(yardstick.url);
const floor = () => bare.gql(BOARD, { y: year }, token);
await sameAnswer(() => gql(BOARD, { y: year }, token), floor, "the board's answer");
await inPairs(
  "quotaBoard (qingdao)",
  () => gql(BOARD, { y: year }, token),
  "the same from one table, bare Apollo  SQL/req 2",
  floor,
);
bare.close();
await yardstick.close();
await app.close();
