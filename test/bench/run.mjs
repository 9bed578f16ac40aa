// Benchmarks that print figures (not timed tests). Run: `npm run bench` (builds the server first).
// Uses PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set, else the embedded PGlite.
//   BENCH_ENTRIES   synthetic ledger entries added before measuring (default 200000)
//   BENCH_SECONDS   seconds per measurement (default 5)
//   BENCH_WEB=0     skips the web delivery figures (web.mjs), which run last when the app is built (web/dist)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bulkLoadLedger, measure, startBenchServer } from "./lib.mjs";

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 200_000);
const { app, gql, login, database, close } = await startBenchServer();

console.log(`database: ${database}; node ${process.version}`);

// Synthetic history: ENTRIES ledger rows spread over the ten pairings, all indicators, 2016–2025.
const t0 = Date.now();
// One connection for the whole load (a transaction): bulkLoadLedger does the per-row triggers' work set-based.
await app.db.transaction((m) =>
  bulkLoadLedger(
    (sql, p) => m.query(sql, p),
    `INSERT INTO ledger_entry (pairing_id, indicator, amount, occurred_on, source, source_document)
     SELECT p.id, (ARRAY['FISCAL_AID','SOCIAL_DONATIONS','CADRES_SENT','PROFESSIONALS_SENT','PEOPLE_TRAINED','LABOURERS_PLACED',
                         'PROJECTS_LANDED','INVESTMENT_IN_PLACE','CONSUMPTION_ASSISTANCE','WORKSHOPS','PAIRS_FORMED','POOR_PEOPLE_LIFTED',
                         'JOINT_MEETINGS','EXCHANGE_VISITS'])[1 + g % 14],
            1 + (g::bigint * 7919) % 100000, DATE '2016-01-01' + (g % 3650), 'REPORTED', 'bench'
       FROM generate_series(1, $1) g
       JOIN LATERAL (SELECT id FROM pairing ORDER BY id OFFSET (g % 10) LIMIT 1) p ON true`,
    [ENTRIES],
    "bench",
  ),
);
await app.db.query(`ANALYZE`);
console.log(`seeded ${ENTRIES} ledger entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const qingdao = await login("qingdao");
const jiaozhou = await login("jiaozhou");
const zhenning = (await gql(`{ pairings(filter: { search: "镇宁" }) { nodes { id } } }`, {}, jiaozhou)).pairings
  .nodes[0].id;
const PROGRESS_SCREEN = `query($y: Int!) { pairings(first: 100) { totalCount nodes { id name kind eastRegion { name } westRegion { name }
  agreement(year: $y) { targets { indicator target } } progress(year: $y) { indicator target delivered ratio } } } }`;

for (const c of [1, 8])
  await measure("progress screen: 10 pairings × 12 indicators (qingdao)", c, () =>
    gql(PROGRESS_SCREEN, { y: 2020 }, qingdao),
  );
await measure("progress summary over the region tree (qingdao)", 8, () =>
  gql(`{ progressSummary(year: 2020) { indicator delivered target } }`, {}, qingdao),
);
await measure("ledger entries page of 50 with corrections (jiaozhou)", 8, () =>
  gql(
    `query($id: ID!) { ledgerEntries(first: 50, filter: { pairingId: $id, year: 2020 }) { totalCount nodes { id amount corrections { id } recordedBy { username } } } }`,
    { id: zhenning },
    jiaozhou,
  ),
);
let n = 0;
for (const c of [1, 8])
  await measure("recordReportedFigure (one transaction + audit)", c, () =>
    gql(
      `mutation($i: RecordReportedFigureInput!) { recordReportedFigure(input: $i) { id } }`,
      {
        i: {
          pairingId: zhenning,
          indicator: "FISCAL_AID",
          amount: `${++n}.01`,
          occurredOn: "2020-05-01",
          sourceDocument: "bench",
        },
      },
      jiaozhou,
    ),
  );

await close();

// Web delivery (web.mjs: first-load bytes and first-row times in Chromium), with its own server.
if (process.env.BENCH_WEB !== "0" && existsSync(new URL("../../web/dist/index.html", import.meta.url))) {
  const { status } = spawnSync(process.execPath, [fileURLToPath(new URL("./web.mjs", import.meta.url))], {
    stdio: "inherit",
  });
  if (status) process.exitCode = status;
} else if (process.env.BENCH_WEB !== "0") console.log("web delivery: skipped (build the app first: npm run build)");
