import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 财政援助项目 (issue 12): a project per pairing and year in one west county; its money as dated
 * transactions (下达 ALLOCATED, 拨付 DISBURSED, 支出 SPENT), a reversal (冲正) being a new negative row
 * pointing at the one it reverses (at most one per transaction: UNIQUE reverses_id); works progress
 * (% complete) as dated reports. Transactions and reports are append-only (a trigger refuses UPDATE
 * and DELETE). FISCAL_AID in the ledger is fed by ALLOCATED rows (modules/fiscal).
 */
export class FiscalAid1763900000020 implements MigrationInterface {
  name = "FiscalAid1763900000020";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fiscal_project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        county_id uuid NOT NULL REFERENCES region(id),
        town text,
        name text NOT NULL,
        sector text NOT NULL CHECK (sector IN ('INDUSTRY', 'INFRASTRUCTURE', 'EDUCATION', 'HEALTH', 'LABOUR', 'LIVING', 'OTHER')),
        implementing_unit text NOT NULL,
        planned_beneficiaries int NOT NULL CHECK (planned_beneficiaries >= 0),
        planned_poor_beneficiaries int NOT NULL CHECK (planned_poor_beneficiaries >= 0 AND planned_poor_beneficiaries <= planned_beneficiaries),
        starts_on date NOT NULL,
        planned_end_on date NOT NULL CHECK (planned_end_on >= starts_on),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (pairing_id, year, name)
      );
      CREATE INDEX fiscal_project_pairing ON fiscal_project (pairing_id, year);
      CREATE INDEX fiscal_project_county ON fiscal_project (county_id, year);

      CREATE TABLE fiscal_transaction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        project_id uuid NOT NULL REFERENCES fiscal_project(id),
        kind text NOT NULL CHECK (kind IN ('ALLOCATED', 'DISBURSED', 'SPENT')),
        amount bigint NOT NULL,
        occurred_on date NOT NULL,
        reference text NOT NULL,
        reverses_id uuid UNIQUE REFERENCES fiscal_transaction(id),
        reason text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((reverses_id IS NULL AND amount > 0 AND reason IS NULL) OR (reverses_id IS NOT NULL AND amount < 0 AND reason IS NOT NULL))
      );
      CREATE INDEX fiscal_transaction_project ON fiscal_transaction (project_id, occurred_on);
      -- No unique document reference: one 文号 may carry several tranches, and a reversed entry is
      -- re-entered under the same document.

      CREATE TABLE fiscal_progress_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        project_id uuid NOT NULL REFERENCES fiscal_project(id),
        reported_on date NOT NULL,
        percent int NOT NULL CHECK (percent BETWEEN 0 AND 100),
        note text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX fiscal_progress_report_project ON fiscal_progress_report (project_id, reported_on);

      CREATE FUNCTION fiscal_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: record a new entry instead', TG_TABLE_NAME;
      END $$;
      CREATE TRIGGER fiscal_transaction_append_only BEFORE UPDATE OR DELETE ON fiscal_transaction
        FOR EACH ROW EXECUTE FUNCTION fiscal_history_append_only();
      CREATE TRIGGER fiscal_progress_report_append_only BEFORE UPDATE OR DELETE ON fiscal_progress_report
        FOR EACH ROW EXECUTE FUNCTION fiscal_history_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE fiscal_progress_report; DROP TABLE fiscal_transaction; DROP TABLE fiscal_project;
      DROP FUNCTION fiscal_history_append_only();
    `);
  }
}
