import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 社会帮扶资金 (social donations): money (捐款) and goods valued in money (捐物折款) given to a west
 * county of a pairing, each with its receipt (捐赠票据号). Append-only like the funds tranches: a
 * wrong donation is reversed (冲正) by a negative row pointing at it, once (UNIQUE reverses_id).
 * An individual donor is stored without personal data: no name, no phone, only an optional count.
 *
 * `donation_receipt` holds the receipt numbers in use: one per pairing among donations that are not
 * reversed. Recording claims the number (its primary key refuses a second claim, concurrent ones
 * included); reversing frees it, so the corrected donation can be recorded under the same receipt.
 */
export class Donations1763900000021 implements MigrationInterface {
  name = "Donations1763900000021";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE donation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        east_region_id uuid NOT NULL REFERENCES region(id),
        county_id uuid NOT NULL REFERENCES region(id),
        kind text NOT NULL CHECK (kind IN ('MONEY', 'GOODS')),
        donor_kind text NOT NULL CHECK (donor_kind IN ('ENTERPRISE', 'ORGANISATION', 'INDIVIDUAL')),
        enterprise_id uuid REFERENCES enterprise(id),
        donor_name text,
        donor_count int CHECK (donor_count >= 1),
        goods_description text,
        valuation_basis text,
        purpose text,
        emergency text NOT NULL CHECK (emergency IN ('NONE', 'EPIDEMIC', 'DISASTER')),
        received_on date NOT NULL,
        receipt_no text NOT NULL,
        amount bigint NOT NULL,
        reverses_id uuid UNIQUE REFERENCES donation(id),
        reason text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        -- 个人捐赠: no name (nor anything personal); the others are named.
        CHECK ((donor_kind = 'INDIVIDUAL') = (donor_name IS NULL)),
        CHECK (donor_kind = 'ENTERPRISE' OR enterprise_id IS NULL),
        CHECK (donor_kind = 'INDIVIDUAL' OR donor_count IS NULL),
        CHECK ((kind = 'GOODS') = (goods_description IS NOT NULL AND valuation_basis IS NOT NULL)),
        CHECK ((reverses_id IS NULL AND amount > 0 AND reason IS NULL) OR (reverses_id IS NOT NULL AND amount < 0 AND reason IS NOT NULL))
      );
      CREATE INDEX donation_pairing ON donation (pairing_id, received_on);
      CREATE INDEX donation_county ON donation (county_id, received_on);
      CREATE INDEX donation_enterprise ON donation (enterprise_id) WHERE enterprise_id IS NOT NULL;

      CREATE TABLE donation_receipt (
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        receipt_no text NOT NULL,
        donation_id uuid NOT NULL UNIQUE REFERENCES donation(id),
        PRIMARY KEY (pairing_id, receipt_no)
      );

      CREATE FUNCTION donation_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: record a reversal instead', TG_TABLE_NAME;
      END $$;
      CREATE TRIGGER donation_append_only BEFORE UPDATE OR DELETE ON donation
        FOR EACH ROW EXECUTE FUNCTION donation_append_only();

      -- 批量导入 of donations (modules/imports/donations.kind.ts).
      ALTER TABLE import_batch DROP CONSTRAINT import_batch_kind_check;
      ALTER TABLE import_batch ADD CONSTRAINT import_batch_kind_check
        CHECK (kind IN ('WORKERS', 'PRODUCTS', 'BUYERS', 'FIGURES', 'DONATIONS'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE import_batch DROP CONSTRAINT import_batch_kind_check;
      ALTER TABLE import_batch ADD CONSTRAINT import_batch_kind_check
        CHECK (kind IN ('WORKERS', 'PRODUCTS', 'BUYERS', 'FIGURES'));
      DROP TABLE donation_receipt; DROP TABLE donation; DROP FUNCTION donation_append_only();
    `);
  }
}
