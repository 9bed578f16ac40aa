// The boards at the generated scale (issue 14: a board costs at most 2× a read of a small summary
// table, whatever the number of orders and entries): latency, CPU and SQL statements per request of
// the progress screen (its pairings with their progress), the region summary (progressSummary, a
// closed year and a day within it), the pipeline board, its funds chart (fundsInPlaceSeries) and the
// labour retention board, for the qingdao coordinator and the administrator, next to `groupTargets`
// (one small table, the yardstick).
//
//   npm run build -w server && node test/bench/data.mjs --scale 0.02 && node test/bench/boards.mjs
//   BENCH_DIST=/work/main/server/dist node test/bench/boards.mjs   # the same on main's build
//   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/xiezuo_bench), BENCH_SECONDS (5),
//   BENCH_YEAR (2025, data.mjs's year), BENCH_ONLY (a substring of the names to run)
//
// The server runs in this process on that database (never seeded or dropped here); "CPU/req" is the
// process's CPU (server and client) over requests, as in catalogue.mjs.
import { graphqlClient, inPairs, measure, sameAnswer, SECONDS, startScaleServer } from "./lib.mjs";
import { PROGRESS_SCREEN, startProgressYardstick } from "./progress-yardstick.mjs";

const { app, gql, login, databaseUrl, build, sqlOf } = await startScaleServer();
const year = Number(process.env.BENCH_YEAR ?? 2025);
const only = process.env.BENCH_ONLY ?? "";

const PROGRESS = `indicator delivered reported target ratio entryCount projected projectionMethod atRisk`;
const QUERIES = {
  "groupTargets (small table)": [`query($y: Int!) { groupTargets(year: $y) { group amount year } }`, {}],
  "progress screen (100 pairings)": [PROGRESS_SCREEN, {}],
  "progressSummary, closed year": [`query($y: Int!) { progressSummary(year: $y) { ${PROGRESS} } }`, {}],
  "progressSummary, asOf mid-June": [
    `query($y: Int!, $d: Date) { progressSummary(year: $y, asOf: $d) { ${PROGRESS} } }`,
    { d: `${year}-06-15` },
  ],
  pipelineBoard: [
    `query($y: Int!) { pipelineBoard(year: $y) { year stages { stage projects planned contracted inPlace inPlaceInYear } } }`,
    {},
  ],
  fundsInPlaceSeries: [`query($y: Int!) { fundsInPlaceSeries(year: $y) { month amount cumulative } }`, {}],
  labourRetention: [
    `query($y: Int!) { labourRetention(year: $y) { county { id name } placed employed stable left eligible retained retentionRate } }`,
    {},
  ],
};

const count = async (table) => (await app.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
console.log(
  `database: ${new URL(databaseUrl).pathname.slice(1)}; ${await count("ledger_entry")} ledger entries, ` +
    `${await count("investment_project")} projects, ${await count("fund_tranche")} tranches, ${await count("placement")} placements; ` +
    `year ${year}; node ${process.version}; ${SECONDS} s each; ${build}`,
);

for (const user of ["qingdao", "admin"]) {
  const token = await login(user);
  for (const [name, [query, vars]] of Object.entries(QUERIES)) {
    if (!name.includes(only) && !name.startsWith("groupTargets")) continue;
    const send = () => gql(query, { y: year, ...vars }, token);
    const sql = await sqlOf(send);
    await measure(`${name} (${user})  SQL/req ${sql}`, 1, send);
  }
}
// The mid-year summary, the administrator's (every pairing), in pairs against groupTargets: single runs
// minutes apart differ more than the ratio's distance to 2× (stop 29: 1.8–2.3×).
if ("progressSummary, asOf mid-June".includes(only)) {
  const token = await login("admin");
  const [midYear, vars] = QUERIES["progressSummary, asOf mid-June"];
  await inPairs(
    "progressSummary, asOf mid-June (admin)",
    () => gql(midYear, { y: year, ...vars }, token),
    "groupTargets (admin)",
    () => gql(QUERIES["groupTargets (small table)"][0], { y: year }, token),
  );
}
// The screen's own yardstick: its figures ready in one small table, bare Apollo (progress-yardstick.mjs).
if ("progress screen (100 pairings)".includes(only)) {
  const token = await login("admin");
  const yardstick = await startProgressYardstick({
    databaseUrl,
    tokenSecret: app.config.tokenSecret,
    year,
    answer: await gql(PROGRESS_SCREEN, { y: year }, token),
    poolSize: app.config.dbPoolSize,
  });
  const bare = graphqlClient(yardstick.url);
  const send = () => bare.gql(PROGRESS_SCREEN, { y: year }, token);
  await sameAnswer(() => gql(PROGRESS_SCREEN, { y: year }, token), send, "the screen's figures");
  await inPairs(
    "progress screen (admin)",
    () => gql(PROGRESS_SCREEN, { y: year }, token),
    "the same from one table, bare Apollo  SQL/req 3",
    send,
  );
  bare.close();
  await yardstick.close();
}
await app.close();
