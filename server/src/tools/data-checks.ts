import { talentCountedSql } from "../modules/talent/talent.counting";
import { ledgerDueOnSql } from "../modules/ledger/ledger.service";

/**
 * What a restored database must satisfy before it is trusted (docs/operations.md, "Checking a
 * restore"): row counts to compare with the source, and the invariants the code keeps, each as a
 * query that returns the rows that break it (none when all is well). Runs on anything that answers
 * SQL: a pg client, a TypeORM DataSource, a PGlite instance.
 */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

const CONFIRMED = `('CONFIRMED', 'PAID', 'SHIPPED', 'RECEIVED')`;
/**
 * Whether sub-order `sub` counts toward its year: from the year's counting point (counting_rule,
 * PAID when the year has none; orders/order.entity.ts COUNTED_FROM says the same). Needs `o` (its
 * purchase_order) in scope.
 */
const COUNTS = `(CASE COALESCE((SELECT r.counts_from FROM counting_rule r WHERE r.year = extract(year FROM o.ordered_on)::int), 'PAID')
    WHEN 'CONFIRMED' THEN sub.status IN ${CONFIRMED}
    WHEN 'PAID' THEN sub.status IN ('PAID', 'SHIPPED', 'RECEIVED')
    ELSE sub.status = 'RECEIVED' END)`;

/** Rows where a per-period summary of the ledger (`table`, period column `key` = `bucket` of an entry's
 *  day) differs from the ledger itself, to the fen and the entry. */
const summaryEqualsLedger = (table: string, key: string, bucket: string) => `
    WITH e AS (SELECT pairing_id, ${bucket} AS ${key}, indicator, source IN ('REPORTED', 'CORRECTION') AS reported,
                      SUM(amount)::bigint AS amount, COUNT(*)::int AS entries FROM ledger_entry GROUP BY 1, 2, 3, 4)
    SELECT COALESCE(m.pairing_id, e.pairing_id) AS pairing_id, m.amount, e.amount AS ledger
      FROM ${table} m FULL JOIN e USING (pairing_id, ${key}, indicator, reported)
     WHERE COALESCE(m.amount, 0) <> COALESCE(e.amount, 0) OR COALESCE(m.entries, 0) <> COALESCE(e.entries, 0)`;

export const INVARIANTS: Record<string, string> = {
  // An order's total is the sum of its sub-orders, a sub-order's the sum of its lines, a line's quantity × price.
  orderTotals: `
    SELECT o.id, o.total, s.sum FROM purchase_order o
      LEFT JOIN (SELECT order_id, SUM(total)::bigint AS sum FROM sub_order GROUP BY 1) s ON s.order_id = o.id
     WHERE o.total <> COALESCE(s.sum, 0)`,
  subOrderTotals: `
    SELECT s.id, s.total, s.countable, l.sum, l.countable AS lines_countable FROM sub_order s
      LEFT JOIN (SELECT sub_order_id, SUM(amount)::bigint AS sum, SUM(amount) FILTER (WHERE counts_toward_quota)::bigint AS countable
                   FROM order_line GROUP BY 1) l ON l.sub_order_id = s.id
     WHERE s.total <> COALESCE(l.sum, 0) OR s.countable <> COALESCE(l.countable, 0)`,
  lineAmounts: `SELECT id FROM order_line WHERE amount <> quantity::bigint * unit_price`,
  ordersWithoutLines: `SELECT s.id FROM sub_order s WHERE NOT EXISTS (SELECT 1 FROM order_line l WHERE l.sub_order_id = s.id)`,
  // DESIGN.md "Quotas": each counter equals a recount of the order lines to the fen: counted from the
  // year's counting point (计入节点), confirmed from CONFIRMED on.
  quotaCounters: `
    WITH counted AS (
      SELECT sub.buyer_id, extract(year FROM o.ordered_on)::int AS year, sub.west_county_id, o.channel,
             COALESCE(SUM(l.amount) FILTER (WHERE ${COUNTS}), 0)::bigint AS amount,
             SUM(l.amount)::bigint AS confirmed
        FROM order_line l JOIN sub_order sub ON sub.id = l.sub_order_id JOIN purchase_order o ON o.id = sub.order_id
       WHERE l.counts_toward_quota AND sub.status IN ${CONFIRMED}
       GROUP BY 1, 2, 3, 4)
    SELECT COALESCE(c.buyer_id, x.buyer_id) AS buyer_id, COALESCE(c.year, x.year) AS year, c.counted, x.amount, c.confirmed, x.confirmed AS recount_confirmed
      FROM quota_counter c FULL JOIN counted x
        ON x.buyer_id = c.buyer_id AND x.year = c.year AND x.west_county_id = c.west_county_id AND x.channel = c.channel
     WHERE COALESCE(c.counted, 0) <> COALESCE(x.amount, 0) OR COALESCE(c.confirmed, 0) <> COALESCE(x.confirmed, 0)`,
  // The quota board's summaries (migration 38, kept by triggers) equal what they summarise: per (buyer,
  // year) the quota, counted and confirmed sums and the buyer's region, group and name; the tallies per
  // region, group, year, county and channel; the quotas per region, group and year; the buyers per
  // region and group. A row of zeros counts as no row.
  quotaStanding: `
    WITH c AS (SELECT buyer_id, year, SUM(counted)::bigint AS counted, SUM(confirmed)::bigint AS confirmed FROM quota_counter GROUP BY 1, 2),
    want AS (
      SELECT b.id AS buyer_id, y.year, b.east_region_id, b.buyer_group, b.name, q.amount AS quota, c.counted, c.confirmed
        FROM (SELECT buyer_id, year FROM quota UNION SELECT buyer_id, year FROM quota_counter) y JOIN buyer b ON b.id = y.buyer_id
        LEFT JOIN quota q ON q.buyer_id = y.buyer_id AND q.year = y.year
        LEFT JOIN c ON c.buyer_id = y.buyer_id AND c.year = y.year),
    tally AS (SELECT b.east_region_id, b.buyer_group, qc.year, qc.west_county_id, qc.channel,
                     SUM(qc.counted)::bigint AS counted, SUM(qc.confirmed)::bigint AS confirmed
                FROM quota_counter qc JOIN buyer b ON b.id = qc.buyer_id GROUP BY 1, 2, 3, 4, 5),
    groups AS (SELECT b.east_region_id, b.buyer_group, q.year, SUM(q.amount)::bigint AS quotas, count(*)::int AS quota_rows,
                      (count(*) FILTER (WHERE q.amount > 0))::int AS ranked
                 FROM quota q JOIN buyer b ON b.id = q.buyer_id GROUP BY 1, 2, 3),
    buyers AS (SELECT east_region_id, buyer_group, count(*)::int AS buyers FROM buyer GROUP BY 1, 2)
    SELECT 'quota_standing' AS summary, COALESCE(s.buyer_id, w.buyer_id)::text AS key, COALESCE(s.year, w.year) AS year,
           s.counted AS held, w.counted AS recount
      FROM quota_standing s FULL JOIN want w ON w.buyer_id = s.buyer_id AND w.year = s.year
     WHERE s.quota IS DISTINCT FROM w.quota OR COALESCE(s.counted, 0) <> COALESCE(w.counted, 0)
        OR COALESCE(s.confirmed, 0) <> COALESCE(w.confirmed, 0)
        OR (s.buyer_id IS NOT NULL AND w.buyer_id IS NOT NULL
            AND (s.east_region_id, s.buyer_group, s.name) IS DISTINCT FROM (w.east_region_id, w.buyer_group, w.name))
    UNION ALL
    SELECT 'quota_tally', COALESCE(t.east_region_id, w.east_region_id)::text || ' ' || COALESCE(t.buyer_group, w.buyer_group),
           COALESCE(t.year, w.year), t.counted, w.counted
      FROM quota_tally t FULL JOIN tally w USING (east_region_id, buyer_group, year, west_county_id, channel)
     WHERE COALESCE(t.counted, 0) <> COALESCE(w.counted, 0) OR COALESCE(t.confirmed, 0) <> COALESCE(w.confirmed, 0)
    UNION ALL
    SELECT 'quota_group_tally', COALESCE(t.east_region_id, w.east_region_id)::text || ' ' || COALESCE(t.buyer_group, w.buyer_group),
           COALESCE(t.year, w.year), t.quotas, w.quotas
      FROM quota_group_tally t FULL JOIN groups w USING (east_region_id, buyer_group, year)
     WHERE COALESCE(t.quotas, 0) <> COALESCE(w.quotas, 0) OR COALESCE(t.quota_rows, 0) <> COALESCE(w.quota_rows, 0)
        OR COALESCE(t.ranked, 0) <> COALESCE(w.ranked, 0)
    UNION ALL
    SELECT 'quota_buyer_tally', COALESCE(t.east_region_id, w.east_region_id)::text || ' ' || COALESCE(t.buyer_group, w.buyer_group),
           NULL, t.buyers, w.buyers
      FROM quota_buyer_tally t FULL JOIN buyers w USING (east_region_id, buyer_group)
     WHERE COALESCE(t.buyers, 0) <> COALESCE(w.buyers, 0)`,
  // The ledger's order entries per sub-order net to what the sub-order counts now (or zero once reversed).
  ledgerOrderEntries: `
    SELECT sub.id, l.net, sub.countable, sub.status FROM sub_order sub
      JOIN purchase_order o ON o.id = sub.order_id
      LEFT JOIN (SELECT source_id, SUM(amount)::bigint AS net FROM ledger_entry WHERE source = 'ORDER_LINE' GROUP BY 1) l ON l.source_id = sub.id::text
     WHERE sub.pairing_id IS NOT NULL
       AND COALESCE(l.net, 0) <> CASE WHEN ${COUNTS} THEN sub.countable ELSE 0 END`,
  // The per-day summary is derived from the ledger and must equal it.
  ledgerDaily: summaryEqualsLedger("ledger_daily", "day", "occurred_on"),
  // So does the per-month one (migration 37), which the progress sums read for whole months.
  ledgerMonthly: summaryEqualsLedger("ledger_monthly", "month", "date_trunc('month', occurred_on)::date"),
  // And the per-year one (migration 39), which they read for whole years.
  ledgerYearly: summaryEqualsLedger("ledger_yearly", "year", "EXTRACT(YEAR FROM occurred_on)::int"),
  // The placement tally (migration 40), which the retention board reads, equals the placements per
  // county, year of placement, and month or day of employment (or never employed).
  placementTally: `
    WITH p AS (SELECT county_id, EXTRACT(YEAR FROM placed_on)::int AS year, employed_on,
                      (stable_on IS NOT NULL)::int AS stable, (left_on IS NOT NULL)::int AS "left",
                      (employed_on IS NOT NULL AND (left_on IS NULL OR left_on >= employed_on + interval '6 months'))::int AS retained
                 FROM placement),
         e AS (SELECT county_id, year, g.grain, g.period, count(*)::int AS placed, count(employed_on)::int AS employed,
                      SUM(stable)::int AS stable, SUM("left")::int AS "left", SUM(retained)::int AS retained
                 FROM p CROSS JOIN LATERAL (VALUES ('N', make_date(year, 1, 1)), ('M', date_trunc('month', employed_on)::date),
                                                   ('D', employed_on)) g(grain, period)
                WHERE (g.grain = 'N') = (employed_on IS NULL) GROUP BY 1, 2, 3, 4)
    SELECT COALESCE(t.county_id, e.county_id) AS county_id, COALESCE(t.year, e.year) AS year, t.placed, e.placed AS placements
      FROM (SELECT * FROM placement_tally WHERE placed <> 0 OR employed <> 0 OR stable <> 0 OR "left" <> 0 OR retained <> 0) t
      FULL JOIN e ON e.county_id = t.county_id AND e.year = t.year AND e.grain = t.grain AND e.period = t.period
     WHERE (t.placed, t.employed, t.stable, t."left", t.retained) IS DISTINCT FROM (e.placed, e.employed, e.stable, e."left", e.retained)`,
  // The pipeline tally (migration 42), which the pipeline board reads, equals the projects' parts made
  // afresh from the projects, their stage events and tranches (the view pipeline_part).
  pipelineTally: `
    WITH e AS (SELECT home_region_id, county_id, stage, from_year, until_year, fact_year, SUM(projects)::int AS projects,
                      SUM(planned)::bigint AS planned, SUM(contracted)::bigint AS contracted, SUM(funds)::bigint AS funds,
                      SUM(funds_of_year)::bigint AS funds_of_year
                 FROM pipeline_part GROUP BY 1, 2, 3, 4, 5, 6),
         t AS (SELECT * FROM pipeline_tally WHERE (projects, planned, contracted, funds, funds_of_year) <> (0, 0, 0, 0, 0))
    SELECT COALESCE(t.county_id, e.county_id) AS county_id, COALESCE(t.stage, e.stage) AS stage,
           COALESCE(t.from_year, e.from_year) AS from_year, t.projects, e.projects AS in_projects
      FROM t FULL JOIN e ON e.home_region_id = t.home_region_id AND e.county_id = t.county_id AND e.stage = t.stage
                        AND e.from_year = t.from_year AND e.until_year = t.until_year AND e.fact_year = t.fact_year
     WHERE (t.projects, t.planned, t.contracted, t.funds, t.funds_of_year)
           IS DISTINCT FROM (e.projects, e.planned, e.contracted, e.funds, e.funds_of_year)`,
  // The funds-in-place months (migration 49), which fundsInPlaceSeries reads, equal the tranches
  // summed by (enterprise's home region, project's county, month received).
  fundsInPlaceMonth: `
    WITH e AS (SELECT en.home_region_id, p.county_id, date_trunc('month', t.received_on)::date AS month, SUM(t.amount)::bigint AS amount
                 FROM fund_tranche t JOIN investment_project p ON p.id = t.project_id JOIN enterprise en ON en.id = p.enterprise_id
                GROUP BY 1, 2, 3 HAVING SUM(t.amount) <> 0),
         f AS (SELECT * FROM funds_in_place_month WHERE amount <> 0)
    SELECT COALESCE(f.home_region_id, e.home_region_id) AS home_region_id, COALESCE(f.county_id, e.county_id) AS county_id,
           COALESCE(f.month, e.month) AS month, f.amount, e.amount AS in_tranches
      FROM f FULL JOIN e USING (home_region_id, county_id, month)
     WHERE f.amount IS DISTINCT FROM e.amount`,
  // 结对帮扶 (docs/indicators.md, PAIRS_FORMED): per pair and day (the day each belongs to), the ledger's UNIT_PAIR entries net to
  // +1 on the pair's start date while it is not withdrawn, and to 0 on every other day.
  ledgerUnitPairs: `
    WITH l AS (SELECT source_id, ${ledgerDueOnSql()} AS occurred_on, pairing_id, SUM(amount)::bigint AS net FROM ledger_entry
                WHERE source = 'UNIT_PAIR' AND indicator = 'PAIRS_FORMED' GROUP BY 1, 2, 3),
         r AS (SELECT id::text AS source_id, formed_on AS occurred_on, pairing_id, 1::bigint AS net FROM unit_pair WHERE withdrawn_at IS NULL)
    SELECT COALESCE(r.source_id, l.source_id) AS unit_pair_id, COALESCE(r.occurred_on, l.occurred_on) AS day, l.net AS ledger, r.net AS records
      FROM l FULL JOIN r USING (source_id, occurred_on, pairing_id)
     WHERE COALESCE(l.net, 0) <> COALESCE(r.net, 0)`,
  negativeStock: `SELECT id, stock FROM product WHERE stock < 0`,
  // 组织领导: per pairing and indicator, the JOINT_WORK entries net to what the standing records count
  // (a meeting 1 JOINT_MEETINGS, every record its person-visits EXCHANGE_VISITS; withdrawn ones nothing).
  ledgerJointWork: `
    WITH rec AS (
      SELECT pairing_id, 'JOINT_MEETINGS' AS indicator, count(*)::bigint AS amount FROM joint_work
       WHERE kind = 'MEETING' AND withdrawn_at IS NULL GROUP BY 1
      UNION ALL
      SELECT pairing_id, 'EXCHANGE_VISITS', SUM(person_visits)::bigint FROM joint_work WHERE withdrawn_at IS NULL GROUP BY 1),
    led AS (SELECT pairing_id, indicator, SUM(amount)::bigint AS amount FROM ledger_entry WHERE source = 'JOINT_WORK' GROUP BY 1, 2)
    SELECT COALESCE(r.pairing_id, l.pairing_id) AS pairing_id, COALESCE(r.indicator, l.indicator) AS indicator,
           r.amount AS records, l.amount AS ledger
      FROM rec r FULL JOIN led l ON l.pairing_id = r.pairing_id AND l.indicator = r.indicator
     WHERE COALESCE(r.amount, 0) <> COALESCE(l.amount, 0)`,
  // 社会帮扶资金: each donation and each reversal has exactly one SOCIAL_DONATIONS entry of its own
  // amount, for its pairing; no DONATION entry lacks its record.
  ledgerDonations: `
    SELECT COALESCE(d.id::text, l.source_id) AS id, d.amount, l.amount AS ledger, l.entries FROM donation d
      FULL JOIN (SELECT source_id, pairing_id, SUM(amount)::bigint AS amount, COUNT(*)::int AS entries
                   FROM ledger_entry WHERE source = 'DONATION' AND indicator = 'SOCIAL_DONATIONS' GROUP BY 1, 2) l
        ON l.source_id = d.id::text AND l.pairing_id = d.pairing_id
     WHERE d.id IS NULL OR l.source_id IS NULL OR l.amount <> d.amount OR l.entries <> 1
    UNION ALL
    SELECT e.id::text, NULL, e.amount, 1 FROM ledger_entry e WHERE e.source = 'DONATION' AND e.indicator <> 'SOCIAL_DONATIONS'`,
  // FISCAL_AID from fiscal aid projects: per pairing and day, the ledger's FISCAL_FUNDS entries equal
  // the ALLOCATED transactions and their reversals (docs/indicators.md). Both by the day each belongs
  // to: a reversal's is its original's (it is dated today when that month is locked), an entry's
  // ledgerDueOnSql.
  ledgerFiscalFunds: `
    WITH r AS (SELECT f.pairing_id, COALESCE(o.occurred_on, t.occurred_on) AS occurred_on, 'FISCAL_AID' AS indicator,
                      SUM(t.amount)::bigint AS amount
                 FROM fiscal_transaction t JOIN fiscal_project f ON f.id = t.project_id
                 LEFT JOIN fiscal_transaction o ON o.id = t.reverses_id
                WHERE t.kind = 'ALLOCATED' GROUP BY 1, 2),
         l AS (SELECT pairing_id, ${ledgerDueOnSql()} AS occurred_on, indicator, SUM(amount)::bigint AS amount
                 FROM ledger_entry WHERE source = 'FISCAL_FUNDS' GROUP BY 1, 2, 3)
    SELECT COALESCE(r.pairing_id, l.pairing_id) AS pairing_id, COALESCE(r.occurred_on, l.occurred_on) AS day,
           r.amount AS records, l.amount AS ledger, l.indicator
      FROM r FULL JOIN l USING (pairing_id, occurred_on, indicator)
     WHERE COALESCE(r.amount, 0) <> COALESCE(l.amount, 0)`,
  // Money rules of every fiscal aid project: cumulative disbursed ≤ allocated, spent ≤ disbursed.
  fiscalMoneyRules: `
    SELECT project_id, allocated, disbursed, spent FROM (
      SELECT project_id, SUM(amount) FILTER (WHERE kind = 'ALLOCATED') AS allocated,
             COALESCE(SUM(amount) FILTER (WHERE kind = 'DISBURSED'), 0) AS disbursed,
             COALESCE(SUM(amount) FILTER (WHERE kind = 'SPENT'), 0) AS spent
        FROM fiscal_transaction GROUP BY 1) x
     WHERE disbursed > COALESCE(allocated, 0) OR spent > disbursed`,
  // 人才支援 (docs/indicators.md): the ledger's TALENT_POSTING entries, net per person, pairing,
  // indicator and day (the day each belongs to: ledgerDueOnSql), are exactly +1 per (person, indicator,
  // year in post) of the recount.
  ledgerTalentPostings: `
    WITH want AS (${talentCountedSql(false)}),
         held AS (SELECT source_id, pairing_id, indicator, ${ledgerDueOnSql()} AS occurred_on, SUM(amount)::bigint AS net
                    FROM ledger_entry WHERE source = 'TALENT_POSTING' GROUP BY 1, 2, 3, 4)
    SELECT COALESCE(w.person_id::text, h.source_id) AS person_id, COALESCE(w.indicator, h.indicator) AS indicator,
           COALESCE(w.occurred_on, h.occurred_on) AS occurred_on, h.net
      FROM want w FULL JOIN held h
        ON h.source_id = w.person_id::text AND h.pairing_id = w.pairing_id AND h.indicator = w.indicator AND h.occurred_on = w.occurred_on
     WHERE COALESCE(h.net, 0) <> CASE WHEN w.person_id IS NULL THEN 0 ELSE 1 END`,
  // 佐证材料: each file's stored hash and size are its bytes' own, and a file on a ledger entry names one that exists.
  evidenceFiles: `
    SELECT f.id FROM evidence_file f
     WHERE f.sha256 <> encode(sha256(f.content), 'hex') OR f.size <> octet_length(f.content)
        OR (f.record_type = 'LEDGER_ENTRY' AND NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE l.id = f.record_id))`,
  // 冲正 dated when made (migration 50): a donation, a fund tranche or a fiscal allocation and its own
  // ledger entry are dated alike (a reversal of a locked month's record both in the open period,
  // openDayFor), so a list or a per-month figure read from the records agrees with the ledger.
  recordsDatedAsEntries: `
    SELECT 'donation' AS kind, d.id, d.received_on AS on, l.occurred_on AS entry_on FROM donation d
      JOIN ledger_entry l ON l.source = 'DONATION' AND l.source_id = d.id::text WHERE l.occurred_on <> d.received_on
    UNION ALL
    SELECT 'fund_tranche', t.id, t.received_on, l.occurred_on FROM fund_tranche t
      JOIN ledger_entry l ON l.source = 'FUND_TRANCHE' AND l.source_id = t.id::text WHERE l.occurred_on <> t.received_on
    UNION ALL
    SELECT 'fiscal_transaction', t.id, t.occurred_on, l.occurred_on FROM fiscal_transaction t
      JOIN ledger_entry l ON l.source = 'FISCAL_FUNDS' AND l.source_id = t.id::text WHERE l.occurred_on <> t.occurred_on`,
  // 报送与审核: nor any donation, fund tranche or fiscal transaction (a reversal goes into the open period).
  recordsInLockedMonths: `
    WITH r AS (SELECT d.id, d.pairing_id, d.received_on AS on, d.recorded_at FROM donation d
               UNION ALL
               SELECT t.id, p.pairing_id, t.received_on, t.recorded_at FROM fund_tranche t JOIN investment_project p ON p.id = t.project_id
               UNION ALL
               SELECT t.id, f.pairing_id, t.occurred_on, t.recorded_at FROM fiscal_transaction t JOIN fiscal_project f ON f.id = t.project_id)
    SELECT r.id FROM r
      JOIN reporting_period rp ON rp.pairing_id = r.pairing_id AND rp.month = to_char(r.on, 'YYYY-MM')
     WHERE rp.state = 'APPROVED' AND r.recorded_at > rp.decided_at`,
  // 报送与审核: no ledger entry dated in an approved (locked) month was recorded after its approval (docs/reporting.md).
  periodLocks: `
    SELECT l.id FROM ledger_entry l
      JOIN reporting_period rp ON rp.pairing_id = l.pairing_id AND rp.month = to_char(l.occurred_on, 'YYYY-MM')
     WHERE rp.state = 'APPROVED' AND l.recorded_at > rp.decided_at`,
};

export interface DataCheck {
  /** Rows per table of the public schema. */
  counts: Record<string, number>;
  /** Migrations recorded as run. */
  migrations: number;
  /** Invariant name → the rows that break it (only those with any). */
  problems: Record<string, unknown[]>;
}

export async function checkData(query: Query): Promise<DataCheck> {
  const tables = (await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map(
    (r) => String(r.tablename),
  );
  const counts: Record<string, number> = {};
  for (const t of tables)
    counts[t] = Number((await query(`SELECT count(*)::int AS n FROM "${t.replace(/"/g, '""')}"`))[0].n);
  const problems: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(INVARIANTS)) {
    const rows = await query(sql);
    if (rows.length) problems[name] = rows.slice(0, 20);
  }
  return { counts, migrations: counts.schema_migration ?? 0, problems };
}

/** Prints a check as a person reads it; returns whether every invariant holds. */
export function printCheck(check: DataCheck, out: (line: string) => void = console.log): boolean {
  out("行数 / rows per table:");
  for (const [t, n] of Object.entries(check.counts)) out(`  ${t.padEnd(28)} ${n}`);
  const names = Object.keys(INVARIANTS);
  for (const name of names) {
    const bad = check.problems[name];
    out(`${bad ? "✗" : "✓"} ${name}${bad ? `: ${bad.length} row(s) wrong, e.g. ${JSON.stringify(bad[0])}` : ""}`);
  }
  return Object.keys(check.problems).length === 0;
}
