// Benchmarks that print figures (not timed tests). Run: `npm run bench` (builds the server first).
// Uses PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set, else the embedded PGlite.
//   BENCH_ENTRIES   synthetic ledger entries added before measuring (default 200000)
//   BENCH_SECONDS   seconds per measurement (default 5)
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { createApp } = require('../../server/dist/app.js');
const { loadConfig } = require('../../server/dist/config.js');
const { DEMO_PASSWORD } = require('../../server/dist/db/demo.js');

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 200_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;

let databaseUrl = null;
let dbName = null;
if (base) {
  dbName = `xiezuo_bench_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`CREATE DATABASE ${dbName}`);
  await c.end();
  const u = new URL(base);
  u.pathname = `/${dbName}`;
  databaseUrl = u.toString();
}

const app = await createApp({ ...loadConfig({ NODE_ENV: 'test' }), host: '127.0.0.1', port: 0, databaseUrl, dataDir: 'memory', seedDemo: true });
const url = await app.listen();
const gql = async (query, variables, token) => {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const login = async (u) => (await gql(`mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){token}}`, { u, p: DEMO_PASSWORD })).login.token;

console.log(`database: ${databaseUrl ? 'PostgreSQL' : 'embedded PGlite'}; node ${process.version}`);

// Synthetic history: ENTRIES ledger rows spread over the ten pairings, all indicators, 2016–2025.
const t0 = Date.now();
await app.db.query(`ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_append_only`);
await app.db.query(
  `INSERT INTO ledger_entry (pairing_id, indicator, amount, occurred_on, source, source_document)
   SELECT p.id, (ARRAY['FISCAL_AID','SOCIAL_DONATIONS','CADRES_SENT','PROFESSIONALS_SENT','PEOPLE_TRAINED','LABOURERS_PLACED',
                       'PROJECTS_LANDED','INVESTMENT_IN_PLACE','CONSUMPTION_ASSISTANCE','WORKSHOPS','PAIRS_FORMED','POOR_PEOPLE_LIFTED'])[1 + g % 12],
          1 + (g * 7919) % 100000, DATE '2016-01-01' + (g % 3650), 'REPORTED', 'bench'
     FROM generate_series(1, $1) g
     JOIN LATERAL (SELECT id FROM pairing ORDER BY id OFFSET (g % 10) LIMIT 1) p ON true`,
  [ENTRIES],
);
await app.db.query(`ALTER TABLE ledger_entry ENABLE TRIGGER ledger_entry_append_only`);
await app.db.query(`ANALYZE`);
console.log(`seeded ${ENTRIES} ledger entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

async function measure(name, concurrency, work) {
  const latencies = [];
  const end = Date.now() + SECONDS * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const s = process.hrtime.bigint();
        try {
          await work();
        } catch (e) {
          errors++;
          if (errors === 1) console.error(e.message);
        }
        latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  console.log(
    `${name.padEnd(58)} c=${String(concurrency).padStart(2)}  ${(latencies.length / SECONDS).toFixed(0).padStart(6)} req/s  p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  p99 ${q(0.99)} ms${errors ? `  errors ${errors}` : ''}`,
  );
}

const qingdao = await login('qingdao');
const jiaozhou = await login('jiaozhou');
const zhenning = (await gql(`{ pairings(filter: { search: "镇宁" }) { nodes { id } } }`, {}, jiaozhou)).pairings.nodes[0].id;
const PROGRESS_SCREEN = `query($y: Int!) { pairings(first: 100) { totalCount nodes { id name kind eastRegion { name } westRegion { name }
  agreement(year: $y) { targets { indicator target } } progress(year: $y) { indicator target delivered ratio } } } }`;

for (const c of [1, 8]) await measure('progress screen: 10 pairings × 12 indicators (qingdao)', c, () => gql(PROGRESS_SCREEN, { y: 2020 }, qingdao));
await measure('progress summary over the region tree (qingdao)', 8, () => gql(`{ progressSummary(year: 2020) { indicator delivered target } }`, {}, qingdao));
await measure('ledger entries page of 50 with corrections (jiaozhou)', 8, () =>
  gql(`query($id: ID!) { ledgerEntries(first: 50, filter: { pairingId: $id, year: 2020 }) { totalCount nodes { id amount corrections { id } recordedBy { username } } } }`, { id: zhenning }, jiaozhou));
let n = 0;
for (const c of [1, 8]) await measure('recordReportedFigure (one transaction + audit)', c, () =>
  gql(`mutation($i: RecordReportedFigureInput!) { recordReportedFigure(input: $i) { id } }`,
    { i: { pairingId: zhenning, indicator: 'FISCAL_AID', amount: `${++n}.01`, occurredOn: '2020-05-01', sourceDocument: 'bench' } }, jiaozhou));

await app.close();
if (dbName) {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await c.end();
}
