// The 832 platform's scale (issue 14) in a PostgreSQL database of its own: 31k suppliers, 400k
// products, 700k buyer units, 10M order lines over a year, 5M ledger entries; for the investment and
// labour boards 20k enterprises, 50k projects (with their stage events and fund tranches) and 1M
// workers placed in a year (times --scale).
//
//   npm run build -w server && node test/bench/data.mjs [--scale 0.05] [--keep]
//   BENCH_DATABASE_URL  the database to (re)create (default postgres://postgres@127.0.0.1:5432/xiezuo_bench)
//
// The database is dropped and created, migrated by the server's own migrations and given the demo
// data (regions, pairings, users); then each table is filled by set-based INSERT … SELECT over
// generate_series, with every constraint in place (the ledger's per-row summary and period-lock
// triggers are replaced by their set-based equivalents in the same transaction, see below). Orders: one purchase order of one sub-order of 4 lines, the
// lines' products are their supplier's, totals equal the sum of their lines, counters (quota_counter)
// equal the counted lines of confirmed sub-orders. VACUUM (ANALYZE) at the end. Prints rows/s per table.
import { createRequire } from "node:module";
import pg from "pg";
import { bulkLoadLedger, withConstraintsAfter } from "./lib.mjs";

const require = createRequire(import.meta.url);
require("reflect-metadata");
const { createApp } = require("../../server/dist/app.js");
const { loadConfig } = require("../../server/dist/config.js");

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const SCALE = Number(arg("scale", "1"));
if (!(SCALE > 0 && SCALE <= 1)) throw new Error("--scale must be in (0, 1]");
const url = new URL(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/xiezuo_bench");
const dbName = url.pathname.slice(1);
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`database name ${dbName}: letters, digits and _ only`);

const n = (full) => Math.max(1, Math.round(full * SCALE));
const SUPPLIERS = n(31_000);
const PRODUCTS = Math.max(n(400_000), SUPPLIERS * 4); // every supplier has at least 4 products
const BUYERS = n(700_000);
const LINES_PER_ORDER = 4;
const ORDERS = Math.ceil(n(10_000_000) / LINES_PER_ORDER);
const ENTRIES = n(5_000_000);
// Investment: ~tens of thousands of projects nationally (each a lead followed in one county); labour:
// ~1M workers placed in eastern jobs a year, one placement each, at 50k postings.
const ENTERPRISES = n(20_000);
const PROJECTS = n(50_000);
const POSTINGS = n(50_000);
const PLACEMENTS = n(1_000_000);
const YEAR = 2025; // a whole year, before the demo's reporting periods (none locked)

// (Re)create the database, then let the server migrate it and seed the demo.
const admin = new URL(url);
admin.pathname = "/postgres";
{
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${dbName}`);
  await c.end();
}
let t = Date.now();
const app = await createApp({
  ...loadConfig({ NODE_ENV: "test" }),
  host: "127.0.0.1",
  port: 0,
  databaseUrl: url.toString(),
  dataDir: "memory",
  seedDemo: true,
});
await app.close();
console.log(`${dbName}: migrated and demo seeded in ${((Date.now() - t) / 1000).toFixed(1)} s; scale ${SCALE}`);

const db = new pg.Client({ connectionString: url.toString() });
await db.connect();
const figures = [];
// Each table in a transaction of its own (or the caller's, inside `together`), its foreign keys and
// secondary indexes put back after the rows (withConstraintsAfter in lib.mjs): the same constraints,
// checked set-based. `name` is the table, optionally followed by what the step does ("fund_tranche
// (reversals)", "job_posting.filled").
let inTransaction = false;
async function together(work) {
  await db.query(`BEGIN`);
  inTransaction = true;
  try {
    await work();
    await db.query(`COMMIT`);
  } catch (e) {
    await db.query(`ROLLBACK`);
    throw e;
  } finally {
    inTransaction = false;
  }
}
async function step(name, rows, sql, params = []) {
  const s = Date.now();
  const table = /^[a-z_]+/.exec(name)[0];
  let outcome;
  const load = async () => {
    await db.query(`SET LOCAL statement_timeout = 0`);
    outcome = await withConstraintsAfter(
      (q, p) => db.query(q, p),
      table,
      () => db.query(sql, params),
    );
  };
  if (inTransaction) await load();
  else await together(load);
  const { result, rebuildSec } = outcome;
  rows ??= result.rowCount;
  const sec = (Date.now() - s) / 1000;
  figures.push({ table: name, rows, sec });
  console.log(
    `${name.padEnd(28)} ${String(rows).padStart(10)} rows ${sec.toFixed(1).padStart(7)} s ${Math.round(rows / sec)
      .toString()
      .padStart(9)} rows/s  (keys and indexes ${rebuildSec.toFixed(1)} s of it)`,
  );
}

// Numbered helpers (temporary): west counties, east regions of the buyers, pairings.
await db.query(`
  CREATE TEMP TABLE w AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM region WHERE level = 'COUNTY' AND side = 'WEST';
  CREATE TEMP TABLE e AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM region WHERE side = 'EAST' AND level <> 'PROVINCE';
`);
const [{ wn, en }] = (await db.query(`SELECT (SELECT count(*) FROM w)::int AS wn, (SELECT count(*) FROM e)::int AS en`))
  .rows;

await step(
  "supplier",
  SUPPLIERS,
  `INSERT INTO supplier (name, credit_code, county_id, contact, status)
   SELECT '规模供应商' || g, '93' || lpad(g::text, 16, '0'), w.id, NULL,
          CASE WHEN g % 20 = 0 THEN 'RECOMMENDED' WHEN g % 50 = 1 THEN 'SUSPENDED' ELSE 'APPROVED' END
     FROM generate_series(1, $1) g JOIN w ON w.n = 1 + g % $2`,
  [SUPPLIERS, wn],
);
await db.query(
  `CREATE TEMP TABLE s AS SELECT row_number() OVER (ORDER BY id) AS n, id, county_id FROM supplier WHERE name LIKE '规模供应商%';
   CREATE UNIQUE INDEX ON s (n)`,
);

// Product k of supplier n: g = n + (k-1)·SUPPLIERS. A third of the certificates lapse mid-year.
const WORDS = `ARRAY['土蜂蜜','黑木耳','香菇','矿泉水','花椒','核桃','苹果','茶叶','小米','牛肉干','菜籽油','辣椒酱','腊肉','土豆粉','红薯粉','枸杞']`;
await step(
  "product",
  PRODUCTS,
  `INSERT INTO product (supplier_id, county_id, name, category, spec, unit, price, stock,
                        certificate_no, certificate_authority, certificate_valid_from, certificate_valid_to, active)
   SELECT s.id, s.county_id, (${WORDS})[1 + g % 16] || ' ' || g,
          (ARRAY['蜂产品','食用菌','食用菌','饮用水','调味品','干果','水果','茶叶','粮油','肉制品','粮油','调味品','肉制品','粮油','粮油','干果'])[1 + g % 16],
          '500g/袋', '袋', 500 + (g::bigint * 7919) % 20000, 1000 + g % 5000,
          CASE WHEN g % 10 <> 0 THEN 'FP' || lpad(g::text, 10, '0') END,
          CASE WHEN g % 10 <> 0 THEN '县扶贫办' END,
          CASE WHEN g % 10 <> 0 THEN DATE '${YEAR - 1}-01-01' END,
          CASE WHEN g % 10 = 0 THEN NULL WHEN g % 3 = 0 THEN DATE '${YEAR}-06-30' ELSE DATE '${YEAR + 2}-12-31' END,
          g % 40 <> 0
     FROM generate_series(1, $1) g JOIN s ON s.n = 1 + (g - 1) % $2`,
  [PRODUCTS, SUPPLIERS],
);
await db.query(`
  CREATE TEMP TABLE pp AS
    SELECT s.n AS s, row_number() OVER (PARTITION BY p.supplier_id ORDER BY p.id) - 1 AS k, p.id, p.price,
           p.certificate_no, p.certificate_valid_from, p.certificate_valid_to
      FROM product p JOIN s ON s.id = p.supplier_id;
  CREATE UNIQUE INDEX ON pp (s, k);
`);

// The quota board's summaries (migration 38) are kept by row triggers on buyer, quota_counter and
// quota; for hundreds of thousands of rows in one statement they would update the same few tally rows
// that many times, so they are off while those three tables load and are then computed set-based by
// the migration's own backfill (a "before" build has no summaries).
const [{ standing }] = (await db.query(`SELECT to_regclass('quota_standing') IS NOT NULL AS standing`)).rows;
const QUOTA_TRIGGERS = ["buyer quota_buyer_tally", "quota_counter quota_counter_tally", "quota quota_quota_tally"];
if (standing)
  for (const t of QUOTA_TRIGGERS) await db.query(`ALTER TABLE ${t.split(" ")[0]} DISABLE TRIGGER ${t.split(" ")[1]}`);
await step(
  "buyer",
  BUYERS,
  `INSERT INTO buyer (name, east_region_id, buyer_group)
   SELECT '规模采购单位' || g, e.id,
          (ARRAY['EDUCATION','HEALTHCARE','RETAIL','GOVERNMENT','ENTERPRISE','OTHER'])[1 + g % 6]
     FROM generate_series(1, $1) g JOIN e ON e.n = 1 + g % $2`,
  [BUYERS, en],
);
await db.query(
  `CREATE TEMP TABLE b AS SELECT row_number() OVER (ORDER BY id) AS n, id, east_region_id FROM buyer WHERE name LIKE '规模采购单位%';
   CREATE UNIQUE INDEX ON b (n)`,
);

// Orders: order i of buyer 1 + (i·104729 mod B), supplier 1 + (i·7919 mod S), on day i mod 365;
// its lines are products 0…3 of that supplier, quantity 1 + (i + j) mod 5, at the product's price.
await db.query(
  `CREATE TEMP TABLE o AS
     SELECT g AS i, gen_random_uuid() AS order_id, gen_random_uuid() AS sub_id, b.id AS buyer_id,
            s.n AS s, s.id AS supplier_id, s.county_id,
            DATE '${YEAR}-01-01' + (g % 365) AS ordered_on,
            (ARRAY['RECEIVED','RECEIVED','RECEIVED','SHIPPED','PAID','CONFIRMED','PLACED','CANCELLED'])[1 + g % 8] AS status,
            'ONLINE' AS channel
       FROM generate_series(1, $1) g
       JOIN b ON b.n = 1 + (g::bigint * 104729) % $2
       JOIN s ON s.n = 1 + (g::bigint * 7919) % $3`,
  [ORDERS, BUYERS, SUPPLIERS],
);
await db.query(`
  CREATE TEMP TABLE l AS
    SELECT o.i, o.sub_id, pp.id AS product_id, 1 + (o.i + j) % 5 AS quantity, pp.price AS unit_price,
           (1 + (o.i + j) % 5) * pp.price AS amount,
           (pp.certificate_no IS NOT NULL AND pp.certificate_valid_from <= o.ordered_on AND pp.certificate_valid_to >= o.ordered_on) AS counts
      FROM o CROSS JOIN generate_series(0, ${LINES_PER_ORDER - 1}) j JOIN pp ON pp.s = o.s AND pp.k = j;
  CREATE TEMP TABLE ot AS SELECT sub_id, sum(amount) AS total, sum(amount) FILTER (WHERE counts) AS countable FROM l GROUP BY sub_id;
  CREATE UNIQUE INDEX ON ot (sub_id);
`);
await step(
  "purchase_order",
  ORDERS,
  `INSERT INTO purchase_order (id, buyer_id, idempotency_key, channel, ordered_on, total, order_number)
   SELECT o.order_id, o.buyer_id, 'bench-' || o.i, o.channel, o.ordered_on, ot.total,
          'XZ' || to_char(o.ordered_on, 'YYYYMMDD') || '-' || lpad((1 + o.i / 365)::text, 6, '0')
     FROM o JOIN ot USING (sub_id)`,
);
await step(
  "sub_order",
  ORDERS,
  `INSERT INTO sub_order (id, order_id, position, supplier_id, buyer_id, west_county_id, pairing_id, status, total, countable)
   SELECT o.sub_id, o.order_id, 1, o.supplier_id, o.buyer_id, o.county_id, NULL, o.status, ot.total, COALESCE(ot.countable, 0)
     FROM o JOIN ot USING (sub_id)`,
);
await step(
  "order_line",
  ORDERS * LINES_PER_ORDER,
  `INSERT INTO order_line (sub_order_id, product_id, quantity, unit_price, amount, counts_toward_quota)
   SELECT sub_id, product_id, quantity, unit_price, amount, counts FROM l`,
);
// Counted: confirmed and later, not cancelled (what confirmSubOrder adds and a refund takes back).
await step(
  "quota_counter",
  null,
  `INSERT INTO quota_counter (buyer_id, year, west_county_id, channel, counted, confirmed)
   SELECT o.buyer_id, ${YEAR}, o.county_id, o.channel, sum(ot.countable), sum(ot.countable)
     FROM o JOIN ot USING (sub_id)
    WHERE o.status IN ('CONFIRMED','PAID','SHIPPED','RECEIVED') AND ot.countable > 0
    GROUP BY 1, 2, 3, 4`,
);
// Quotas (消费任务指标) for every other buyer of the "1+2+5" groups (the N group carries none), so the
// quota board ranks thousands of buyers by completion rather than listing names.
await step(
  "quota",
  null,
  `INSERT INTO quota (buyer_id, year, amount, basis)
   SELECT b.id, ${YEAR}, 100000 * (1 + (b.n * 37) % 500), 'FIXED'
     FROM b JOIN buyer x ON x.id = b.id
    WHERE x.buyer_group <> 'OTHER' AND b.n % 2 = 0`,
);
if (standing) {
  const { QUOTA_SUMMARIES_BACKFILL } = require("../../server/dist/db/migrations/1763900000038-QuotaStanding.js");
  const t0 = Date.now();
  await together(async () => {
    await db.query(`TRUNCATE quota_standing, quota_tally, quota_group_tally, quota_buyer_tally`);
    await db.query(QUOTA_SUMMARIES_BACKFILL);
    for (const t of QUOTA_TRIGGERS) await db.query(`ALTER TABLE ${t.split(" ")[0]} ENABLE TRIGGER ${t.split(" ")[1]}`);
  });
  const sec = (Date.now() - t0) / 1000;
  figures.push({ table: "quota summaries", rows: null, sec });
  console.log(`${"quota summaries".padEnd(28)} ${"".padStart(10)}      ${sec.toFixed(1).padStart(7)} s`);
}
// Investment (the pipeline board): enterprises at home in the east regions, one lead each per project,
// projects in west counties. Project i walks LEAD → … up to stage k = i mod 7 (DROPPED for 6), one
// stage event per step, 20 days apart from a start in the year before or this one; a signed project
// has its contract, a project whose funds arrive three tranches (one in ten reversed).
await step(
  "enterprise",
  ENTERPRISES,
  `INSERT INTO enterprise (name, credit_code, home_region_id, industry)
   SELECT '规模企业' || g, '91' || lpad(g::text, 16, '0'), e.id, (ARRAY['食品加工','纺织服装','电子装配','农业','文旅'])[1 + g % 5]
     FROM generate_series(1, $1) g JOIN e ON e.n = 1 + g % $2`,
  [ENTERPRISES, en],
);
await db.query(
  `CREATE TEMP TABLE ent AS SELECT row_number() OVER (ORDER BY id) AS n, id, home_region_id FROM enterprise WHERE name LIKE '规模企业%';
   CREATE UNIQUE INDEX ON ent (n)`,
);
const STAGE_PATH = `ARRAY['LEAD','SITE_VISIT','NEGOTIATION','SIGNED','FUNDS_ARRIVING','IN_PRODUCTION']`;
await db.query(
  `CREATE TEMP TABLE pj AS
     SELECT g AS i, gen_random_uuid() AS lead_id, gen_random_uuid() AS id, ent.id AS enterprise_id, w.id AS county_id,
            10000000 + (g::bigint * 7919) % 500000000 AS planned,
            g % 7 AS k, DATE '${YEAR - 1}-01-01' + (g * 31) % 700 AS started_on
       FROM generate_series(1, $1) g JOIN ent ON ent.n = 1 + g % $2 JOIN w ON w.n = 1 + (g * 13) % $3`,
  [PROJECTS, ENTERPRISES, wn],
);
await step(
  "investment_lead",
  PROJECTS,
  `INSERT INTO investment_lead (id, enterprise_id, title, industry, planned_investment, visibility)
   SELECT lead_id, enterprise_id, '规模招商线索' || i, '食品加工', planned, 'PUBLIC' FROM pj`,
);
// Stage events: steps 0…k (DROPPED: LEAD, SITE_VISIT, then DROPPED), 20 days apart.
await db.query(
  `CREATE TEMP TABLE pse AS
     SELECT pj.id AS project_id, j,
            CASE WHEN pj.k = 6 AND j = 2 THEN 'DROPPED' ELSE (${STAGE_PATH})[1 + j] END AS to_stage,
            CASE WHEN j > 0 THEN (${STAGE_PATH})[j] END AS from_stage,
            pj.started_on + 20 * j AS occurred_on
       FROM pj CROSS JOIN LATERAL generate_series(0, CASE WHEN pj.k = 6 THEN 2 ELSE pj.k END) j;
   CREATE UNIQUE INDEX ON pse (project_id, j)`,
);
// The pipeline tally's per-row triggers (migration 42) done set-based, as for the placements below:
// off while the projects, their events and tranches load, then every project's parts and their sums
// in two statements, as the migration's backfill (a "before" build has no tally).
const [{ pipeline }] = (await db.query(`SELECT to_regclass('pipeline_tally') IS NOT NULL AS pipeline`)).rows;
const PIPELINE_TRIGGERS = ["investment_project", "project_stage_event", "fund_tranche"];
// The funds chart's months (migration 49) likewise: its tranche trigger off, then one backfill.
const [{ fundMonths }] = (await db.query(`SELECT to_regclass('funds_in_place_month') IS NOT NULL AS "fundMonths"`))
  .rows;
await together(async () => {
  if (pipeline) for (const t of PIPELINE_TRIGGERS) await db.query(`ALTER TABLE ${t} DISABLE TRIGGER pipeline_tally`);
  if (fundMonths) await db.query(`ALTER TABLE fund_tranche DISABLE TRIGGER funds_in_place_month`);
  await step(
    "investment_project",
    PROJECTS,
    `INSERT INTO investment_project (id, lead_id, enterprise_id, county_id, pairing_id, name, planned_investment, stage, stage_since,
                                     contract_amount, signed_on, dropped_reason)
     SELECT pj.id, pj.lead_id, pj.enterprise_id, pj.county_id, NULL, '规模项目' || pj.i, pj.planned, last.to_stage, last.occurred_on,
            CASE WHEN pj.k BETWEEN 3 AND 5 THEN pj.planned END, CASE WHEN pj.k BETWEEN 3 AND 5 THEN pj.started_on + 60 END,
            CASE WHEN pj.k = 6 THEN '企业战略调整' END
       FROM pj JOIN LATERAL (SELECT to_stage, occurred_on FROM pse WHERE pse.project_id = pj.id ORDER BY j DESC LIMIT 1) last ON TRUE`,
  );
  await step(
    "project_stage_event",
    null,
    `INSERT INTO project_stage_event (project_id, from_stage, to_stage, occurred_on)
     SELECT project_id, from_stage, to_stage, occurred_on FROM pse ORDER BY occurred_on, project_id, j`,
  );
  await step(
    "fund_tranche",
    null,
    `INSERT INTO fund_tranche (project_id, amount, received_on, reference)
     SELECT pj.id, pj.planned / 4, pj.started_on + 80 + 30 * j, 'BENCH-' || pj.i || '-' || j
       FROM pj CROSS JOIN generate_series(0, 2) j WHERE pj.k IN (4, 5)`,
  );
  await step(
    "fund_tranche (reversals)",
    null,
    `INSERT INTO fund_tranche (project_id, amount, received_on, reference, reverses_id, reason)
     SELECT project_id, -amount, received_on + 5, reference || '-R', id, '金额有误'
       FROM fund_tranche WHERE reference LIKE 'BENCH-%' AND hashtext(reference) % 10 = 0`,
  );
  if (pipeline) {
    // Made again for every project, the demo's too (their parts are the same rows the triggers made).
    await db.query(`DELETE FROM pipeline_tally; DELETE FROM pipeline_project_part`);
    const backfill = require("../../server/dist/db/migrations/1763900000042-PipelineTally.js");
    await step("pipeline_project_part", null, backfill.PIPELINE_PARTS_BACKFILL);
    await step("pipeline_tally", null, backfill.PIPELINE_TALLY_BACKFILL);
    for (const t of PIPELINE_TRIGGERS) await db.query(`ALTER TABLE ${t} ENABLE TRIGGER pipeline_tally`);
  }
  if (fundMonths) {
    await db.query(`DELETE FROM funds_in_place_month`);
    const backfill = require("../../server/dist/db/migrations/1763900000049-FundsInPlaceMonth.js");
    await step("funds_in_place_month", null, backfill.FUNDS_IN_PLACE_MONTH_BACKFILL);
    await db.query(`ALTER TABLE fund_tranche ENABLE TRIGGER funds_in_place_month`);
  }
});
// Labour (the retention board): postings of the enterprises in east regions, one worker per
// placement (at most one current placement each), placed on every day of the year; 90% employed
// three days later, of those a quarter left 10–300 days on, the rest stable after six months when
// that was before today. A posting's filled counts its placements not left.
await step(
  "job_posting",
  POSTINGS,
  `INSERT INTO job_posting (enterprise_id, position, places, filled, wage_min, wage_max, location_region_id, housing, opens_on)
   SELECT ent.id, '普工' || g, 1000, 0, 400000, 600000, ent.home_region_id, 'MEALS_AND_LODGING', DATE '${YEAR - 1}-12-01'
     FROM generate_series(1, $1) g JOIN ent ON ent.n = 1 + g % $2`,
  [POSTINGS, ENTERPRISES],
);
await db.query(
  `CREATE TEMP TABLE jp AS SELECT row_number() OVER (ORDER BY id) AS n, id, enterprise_id, location_region_id FROM job_posting WHERE position LIKE '普工%';
   CREATE UNIQUE INDEX ON jp (n)`,
);
await db.query(
  `CREATE TEMP TABLE wk AS
     SELECT g AS i, gen_random_uuid() AS id, w.id AS county_id FROM generate_series(1, $1) g JOIN w ON w.n = 1 + (g * 7) % $2`,
  [PLACEMENTS, wn],
);
await step(
  "worker",
  PLACEMENTS,
  `INSERT INTO worker (id, county_id, name, sex, birth_year, id_number_enc, id_number_hash, id_number_masked, phone_enc, phone_masked,
                       registered_poor, consent_given_on)
   SELECT id, county_id, '规模劳动力' || i, CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END, 1970 + i % 35,
          'bench', 'bench-' || i, '5200**********' || lpad((i % 10000)::text, 4, '0'), 'bench', '138****' || lpad((i % 10000)::text, 4, '0'),
          i % 3 = 0, DATE '${YEAR - 1}-12-01'
     FROM wk`,
);
await db.query(
  `CREATE TEMP TABLE pl AS
     SELECT wk.i, wk.id AS worker_id, jp.id AS posting_id, jp.enterprise_id, wk.county_id, jp.location_region_id AS east_region_id,
            DATE '${YEAR}-01-01' + wk.i % 365 AS placed_on,
            CASE WHEN wk.i % 10 <> 0 THEN DATE '${YEAR}-01-01' + wk.i % 365 + 3 END AS employed_on,
            CASE WHEN wk.i % 10 <> 0 AND wk.i % 4 = 0 THEN DATE '${YEAR}-01-01' + wk.i % 365 + 13 + (wk.i * 7) % 290 END AS left_on
       FROM wk JOIN jp ON jp.n = 1 + (wk.i::bigint * 104729) % $1`,
  [POSTINGS],
);
// The placement tally's per-row trigger (migration 40) done set-based, as for the ledger below: the
// same rows placement_tally_add() would make, one grouped insert (a "before" build has no tally).
const [{ tally }] = (await db.query(`SELECT to_regclass('placement_tally') IS NOT NULL AS tally`)).rows;
await together(async () => {
  if (tally) await db.query(`ALTER TABLE placement DISABLE TRIGGER placement_tally`);
  await step(
    "placement",
    PLACEMENTS,
    `INSERT INTO placement (worker_id, posting_id, enterprise_id, county_id, east_region_id, pairing_id, status,
                            placed_on, employed_on, stable_on, left_on, left_reason)
     SELECT worker_id, posting_id, enterprise_id, county_id, east_region_id, NULL,
            CASE WHEN left_on IS NOT NULL THEN 'LEFT' WHEN employed_on IS NULL THEN 'PLACED'
                 WHEN employed_on + interval '6 months' <= CURRENT_DATE THEN 'STABLE' ELSE 'EMPLOYED' END,
            placed_on, employed_on,
            CASE WHEN left_on IS NULL AND employed_on + interval '6 months' <= CURRENT_DATE THEN (employed_on + interval '6 months')::date END,
            left_on, CASE WHEN left_on IS NOT NULL THEN '个人原因' END
       FROM pl`,
  );
  if (tally) {
    await step(
      "placement_tally",
      null,
      `INSERT INTO placement_tally (county_id, year, grain, period, placed, employed, stable, "left", retained)
       SELECT p.county_id, EXTRACT(YEAR FROM p.placed_on)::int, g.grain, g.period, count(*), count(p.employed_on),
              count(p.stable_on), count(p.left_on),
              count(*) FILTER (WHERE p.employed_on IS NOT NULL AND (p.left_on IS NULL OR p.left_on >= p.employed_on + interval '6 months'))
         FROM placement p CROSS JOIN LATERAL (VALUES ('N', make_date(EXTRACT(YEAR FROM p.placed_on)::int, 1, 1)),
                                                     ('M', date_trunc('month', p.employed_on)::date), ('D', p.employed_on)) g(grain, period)
        WHERE (g.grain = 'N') = (p.employed_on IS NULL) AND p.worker_id IN (SELECT id FROM wk)
        GROUP BY 1, 2, 3, 4
       ON CONFLICT (county_id, year, grain, period) DO UPDATE SET
         placed = placement_tally.placed + EXCLUDED.placed, employed = placement_tally.employed + EXCLUDED.employed,
         stable = placement_tally.stable + EXCLUDED.stable, "left" = placement_tally."left" + EXCLUDED."left",
         retained = placement_tally.retained + EXCLUDED.retained`,
    );
    await db.query(`ALTER TABLE placement ENABLE TRIGGER placement_tally`);
  }
});
await step(
  "job_posting.filled",
  null,
  `UPDATE job_posting jp SET filled = x.n
     FROM (SELECT posting_id, count(*) AS n FROM placement WHERE status <> 'LEFT' GROUP BY 1) x
    WHERE x.posting_id = jp.id AND jp.position LIKE '普工%'`,
);
// The ledger as a bulk load (lib.mjs): its per-row summary and period-lock triggers done set-based.
{
  await db.query(`BEGIN`);
  await db.query(`SET LOCAL statement_timeout = 0`);
  const { result: times, rebuildSec } = await withConstraintsAfter(
    (sql, p) => db.query(sql, p),
    "ledger_entry",
    () =>
      bulkLoadLedger(
        (sql, p) => db.query(sql, p),
        `INSERT INTO ledger_entry (pairing_id, indicator, amount, occurred_on, source, source_document)
     SELECT p.id, (ARRAY['FISCAL_AID','SOCIAL_DONATIONS','CADRES_SENT','PROFESSIONALS_SENT','PEOPLE_TRAINED','LABOURERS_PLACED',
                         'PROJECTS_LANDED','INVESTMENT_IN_PLACE','CONSUMPTION_ASSISTANCE','WORKSHOPS','PAIRS_FORMED','POOR_PEOPLE_LIFTED',
                         'JOINT_MEETINGS','EXCHANGE_VISITS'])[1 + g % 14],
            1 + (g::bigint * 7919) % 100000, DATE '${YEAR}-01-01' + (g % 365), 'REPORTED', 'bench'
       FROM generate_series(1, $1) g
       JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM pairing) p ON p.n = g % (SELECT count(*) FROM pairing)`,
        [ENTRIES],
        "bench",
      ),
  );
  await db.query(`COMMIT`);
  times["ledger_entry keys and indexes"] = { sec: rebuildSec, rows: null };
  for (const [table, { sec, rows }] of Object.entries(times)) {
    figures.push({ table, rows, sec });
    console.log(`${table.padEnd(28)} ${String(rows).padStart(10)} rows ${sec.toFixed(1).padStart(7)} s`);
  }
}
t = Date.now();
// VACUUM, not ANALYZE alone: rows loaded in bulk carry no hint bits and the visibility map is empty,
// so the first reads of every page write it (and index-only scans visit the heap) until autovacuum
// comes by; a platform's tables have long been vacuumed. Figures taken right after a load without
// it were 2–4× slower (the quota board's yardstick 4.0 ms against 1.0–1.2 ms).
await db.query(`VACUUM (ANALYZE)`);
console.log(`VACUUM (ANALYZE) ${((Date.now() - t) / 1000).toFixed(1)} s`);
const counts = (
  await db.query(`SELECT (SELECT count(*) FROM supplier)::int AS supplier, (SELECT count(*) FROM product)::int AS product,
                         (SELECT count(*) FROM buyer)::int AS buyer, (SELECT count(*) FROM order_line)::int AS order_line,
                         (SELECT count(*) FROM ledger_entry)::int AS ledger_entry,
                         (SELECT count(*) FROM investment_project)::int AS investment_project,
                         (SELECT count(*) FROM placement)::int AS placement,
                         pg_size_pretty(pg_database_size(current_database())) AS size`)
).rows[0];
console.log("totals", counts);
const total = figures.reduce((a, f) => a + f.sec, 0);
console.log(`generated in ${total.toFixed(1)} s of inserts`);
await db.end();
