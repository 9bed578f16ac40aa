import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A per-day summary of the delivery ledger, kept by a trigger in the same transaction as each
 * entry, so progress sums read at most one row per pairing, indicator and day instead of every
 * entry. It is derived data: the reconciliation test checks it equals the ledger to the fen.
 */
export class LedgerDaily1763900000001 implements MigrationInterface {
  name = "LedgerDaily1763900000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger_daily (
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        day date NOT NULL,
        indicator text NOT NULL,
        -- Reported figures and their corrections, as against records kept by the modules.
        reported boolean NOT NULL,
        amount bigint NOT NULL,
        entries int NOT NULL,
        PRIMARY KEY (pairing_id, day, indicator, reported)
      );

      CREATE FUNCTION ledger_daily_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ledger_daily (pairing_id, day, indicator, reported, amount, entries)
        VALUES (NEW.pairing_id, NEW.occurred_on, NEW.indicator, NEW.source IN ('REPORTED', 'CORRECTION'), NEW.amount, 1)
        ON CONFLICT (pairing_id, day, indicator, reported)
        DO UPDATE SET amount = ledger_daily.amount + EXCLUDED.amount, entries = ledger_daily.entries + 1;
        RETURN NULL;
      END $$;
      CREATE TRIGGER ledger_entry_daily AFTER INSERT ON ledger_entry
        FOR EACH ROW EXECUTE FUNCTION ledger_daily_add();

      INSERT INTO ledger_daily (pairing_id, day, indicator, reported, amount, entries)
      SELECT pairing_id, occurred_on, indicator, source IN ('REPORTED', 'CORRECTION'), SUM(amount), COUNT(*)
        FROM ledger_entry GROUP BY 1, 2, 3, 4;

      -- The drill-down lists a pairing's entries newest first.
      CREATE INDEX ledger_entry_pairing_date ON ledger_entry (pairing_id, occurred_on DESC, seq DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX ledger_entry_pairing_date;
      DROP TRIGGER ledger_entry_daily ON ledger_entry; DROP FUNCTION ledger_daily_add(); DROP TABLE ledger_daily;
    `);
  }
}
