import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The ledger's day and month summaries (migrations 1 and 37) read by date across pairings (issue 14:
 * a board costs at most 2× a small summary read, whatever the history). Their keys lead with the
 * pairing, so a range of days or months for a scope of every pairing (the administrator's progress
 * summary mid-year: this year's months to date and this month's days, the same for last year) was a
 * scan of the whole summary, which grows with every month and day of history: at the 832 scale the
 * months' 1,396 rows were scanned twice to keep 367 and 12, and the days' 5,825 (stop 29's plan;
 * another plan reads them per pairing by key). With an index on the date, each run reads its own rows
 * only (the administrator's mid-year statement, generic plan: 1.3 → 1.05 ms at the 832 scale), and
 * the planner may still read a scope of a few pairings by the key. A new index entry per
 * new (pairing, day/month, indicator, reported) row; the trigger's updates of a row's sums leave its
 * date alone.
 */
export class LedgerSummaryDates1763900000051 implements MigrationInterface {
  name = "LedgerSummaryDates1763900000051";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ledger_daily_day ON ledger_daily (day)`);
    await q.query(`CREATE INDEX ledger_monthly_month ON ledger_monthly (month)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ledger_monthly_month`);
    await q.query(`DROP INDEX ledger_daily_day`);
  }
}
