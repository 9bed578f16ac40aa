import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 结对帮扶 (issue 12, "pairs formed"): pairs of two units across a pairing — town–town, village–village,
 * enterprise–village, school–school, hospital–hospital, social organisation–village, county–county.
 * A pair is never deleted: it ends (结束, with a date and a reason) or, when entered by mistake, is
 * withdrawn (撤销, with a reason). One unit pair is active once per (pairing, kind, east unit, west
 * unit) among those not withdrawn: the import's natural key.
 */
export class UnitPairs1763900000023 implements MigrationInterface {
  name = "UnitPairs1763900000023";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit_pair (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        county_id uuid NOT NULL REFERENCES region(id),
        kind text NOT NULL CHECK (kind IN ('COUNTY_COUNTY', 'TOWN_TOWN', 'VILLAGE_VILLAGE', 'ENTERPRISE_VILLAGE',
          'SCHOOL_SCHOOL', 'HOSPITAL_HOSPITAL', 'ORGANISATION_VILLAGE')),
        east_unit text NOT NULL CHECK (length(east_unit) > 0),
        west_unit text NOT NULL CHECK (length(west_unit) > 0),
        enterprise_id uuid REFERENCES enterprise(id),
        formed_on date NOT NULL,
        support text,
        value bigint CHECK (value > 0),
        ended_on date,
        end_reason text,
        withdrawn_at timestamptz,
        withdraw_reason text,
        withdrawn_by uuid REFERENCES app_user(id),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
        CHECK (ended_on IS NULL OR ended_on >= formed_on),
        CHECK ((withdrawn_at IS NULL) = (withdraw_reason IS NULL))
      );
      CREATE UNIQUE INDEX unit_pair_active_key ON unit_pair (pairing_id, kind, east_unit, west_unit)
        WHERE withdrawn_at IS NULL;
      CREATE INDEX unit_pair_county ON unit_pair (county_id, formed_on);
      CREATE INDEX unit_pair_pairing ON unit_pair (pairing_id, formed_on);
      ALTER TABLE import_batch DROP CONSTRAINT import_batch_kind_check;
      ALTER TABLE import_batch ADD CONSTRAINT import_batch_kind_check
        CHECK (kind IN ('WORKERS', 'PRODUCTS', 'BUYERS', 'FIGURES', 'DONATIONS', 'UNIT_PAIRS'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE unit_pair;
      ALTER TABLE import_batch DROP CONSTRAINT import_batch_kind_check;
      ALTER TABLE import_batch ADD CONSTRAINT import_batch_kind_check
        CHECK (kind IN ('WORKERS', 'PRODUCTS', 'BUYERS', 'FIGURES', 'DONATIONS'));
    `);
  }
}
