import type { MigrationInterface, QueryRunner } from "typeorm";
import { UPSERT_DAILY_AND_MONTHLY } from "./1763900000037-LedgerMonthly";

/**
 * A per-year summary of the delivery ledger beside the per-month and per-day ones (issue 14: a board
 * costs at most 2× a read of a small summary table). Progress sums a year up to a day and last year
 * whole and up to the same calendar day; a whole year (a closed year, last year's total) is now one
 * row per pairing, indicator and kind instead of twelve months, and only a year still under way reads
 * its whole months and the days of its part month. A separate table rather than folding closed years'
 * months into one row: the month figures (reporting, ledger.months.ts) still need every month, and
 * entries may be dated into a closed year (late reports, corrections), so "closed" is never final.
 * Kept by the same trigger function as `ledger_daily`, in the same transaction as each entry; derived
 * data, so the reconciliation checks (INVARIANTS.ledgerYearly) hold it equal to the ledger.
 */
export class LedgerYearly1763900000039 implements MigrationInterface {
  name = "LedgerYearly1763900000039";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger_yearly (
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        year int NOT NULL,
        indicator text NOT NULL,
        reported boolean NOT NULL,
        amount bigint NOT NULL,
        entries int NOT NULL,
        PRIMARY KEY (pairing_id, year, indicator, reported)
      );

      CREATE OR REPLACE FUNCTION ledger_daily_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${UPSERT_DAILY_AND_MONTHLY}
        INSERT INTO ledger_yearly (pairing_id, year, indicator, reported, amount, entries)
        VALUES (NEW.pairing_id, EXTRACT(YEAR FROM NEW.occurred_on)::int, NEW.indicator,
                NEW.source IN ('REPORTED', 'CORRECTION'), NEW.amount, 1)
        ON CONFLICT (pairing_id, year, indicator, reported)
        DO UPDATE SET amount = ledger_yearly.amount + EXCLUDED.amount, entries = ledger_yearly.entries + 1;
        RETURN NULL;
      END $$;

      INSERT INTO ledger_yearly (pairing_id, year, indicator, reported, amount, entries)
      SELECT pairing_id, EXTRACT(YEAR FROM month)::int, indicator, reported, SUM(amount), SUM(entries)
        FROM ledger_monthly GROUP BY 1, 2, 3, 4;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ledger_daily_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${UPSERT_DAILY_AND_MONTHLY}
        RETURN NULL;
      END $$;
      DROP TABLE ledger_yearly;
    `);
  }
}
