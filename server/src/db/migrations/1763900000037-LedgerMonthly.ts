import type { MigrationInterface, QueryRunner } from "typeorm";

/** The summary upserts of each ledger entry from this migration on (migration 39 adds the year's). */
export const UPSERT_DAILY_AND_MONTHLY = `
        INSERT INTO ledger_daily (pairing_id, day, indicator, reported, amount, entries)
        VALUES (NEW.pairing_id, NEW.occurred_on, NEW.indicator, NEW.source IN ('REPORTED', 'CORRECTION'), NEW.amount, 1)
        ON CONFLICT (pairing_id, day, indicator, reported)
        DO UPDATE SET amount = ledger_daily.amount + EXCLUDED.amount, entries = ledger_daily.entries + 1;
        INSERT INTO ledger_monthly (pairing_id, month, indicator, reported, amount, entries)
        VALUES (NEW.pairing_id, date_trunc('month', NEW.occurred_on)::date, NEW.indicator,
                NEW.source IN ('REPORTED', 'CORRECTION'), NEW.amount, 1)
        ON CONFLICT (pairing_id, month, indicator, reported)
        DO UPDATE SET amount = ledger_monthly.amount + EXCLUDED.amount, entries = ledger_monthly.entries + 1;`;

/**
 * A per-month summary of the delivery ledger beside the per-day one (issue 14, boards at the 832
 * scale). Progress sums a year and last year up to the same calendar day: from the daily summary that
 * was up to 730 rows per pairing, indicator and kind; now it is the whole months from this table (≤ 24)
 * and only the days of the two partial months from the daily one (≤ 62). Kept by the same trigger
 * function as `ledger_daily`, in the same transaction as each entry; derived data, so the
 * reconciliation checks (data-checks.ts, ledger.test.ts) hold it equal to the ledger.
 */
export class LedgerMonthly1763900000037 implements MigrationInterface {
  name = "LedgerMonthly1763900000037";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger_monthly (
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        -- The month's first day.
        month date NOT NULL,
        indicator text NOT NULL,
        reported boolean NOT NULL,
        amount bigint NOT NULL,
        entries int NOT NULL,
        PRIMARY KEY (pairing_id, month, indicator, reported)
      );

      CREATE OR REPLACE FUNCTION ledger_daily_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${UPSERT_DAILY_AND_MONTHLY}
        RETURN NULL;
      END $$;

      INSERT INTO ledger_monthly (pairing_id, month, indicator, reported, amount, entries)
      SELECT pairing_id, date_trunc('month', day)::date, indicator, reported, SUM(amount), SUM(entries)
        FROM ledger_daily GROUP BY 1, 2, 3, 4;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ledger_daily_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ledger_daily (pairing_id, day, indicator, reported, amount, entries)
        VALUES (NEW.pairing_id, NEW.occurred_on, NEW.indicator, NEW.source IN ('REPORTED', 'CORRECTION'), NEW.amount, 1)
        ON CONFLICT (pairing_id, day, indicator, reported)
        DO UPDATE SET amount = ledger_daily.amount + EXCLUDED.amount, entries = ledger_daily.entries + 1;
        RETURN NULL;
      END $$;
      DROP TABLE ledger_monthly;
    `);
  }
}
