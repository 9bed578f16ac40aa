import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 人才支援 (modules/talent): people sent and received, and their postings.
 * - `talent_person`: one person, whatever the number of postings (name, institution; phone
 *   encrypted at rest with its mask beside it; no ID number is kept).
 * - `talent_posting`: one posting of a person (direction, category, kind, the two units, the role
 *   taken, start, planned end, an early end with its reason, the pairing and the west county). A
 *   wrong record is withdrawn (withdrawn_at + reason), never deleted. CADRES_SENT and
 *   PROFESSIONALS_SENT are recounted per person from these rows (docs/indicators.md).
 */
export class Talent1763900000022 implements MigrationInterface {
  name = "Talent1763900000022";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE talent_person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        institution text NOT NULL CHECK (length(institution) BETWEEN 1 AND 100),
        phone_enc text,
        phone_masked text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((phone_enc IS NULL) = (phone_masked IS NULL))
      );
      CREATE INDEX talent_person_name ON talent_person (name);

      CREATE TABLE talent_posting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES talent_person(id),
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        east_region_id uuid NOT NULL REFERENCES region(id),
        county_id uuid NOT NULL REFERENCES region(id),
        direction text NOT NULL CHECK (direction IN ('SENT', 'RECEIVED')),
        category text NOT NULL CHECK (category IN ('CADRE', 'TEACHER', 'DOCTOR', 'AGRI_TECH', 'OTHER')),
        kind text NOT NULL CHECK (kind IN ('GUAZHI', 'TEACHING', 'MEDICAL', 'TECHNICAL', 'OTHER')),
        sending_unit text NOT NULL,
        receiving_unit text NOT NULL,
        role_title text,
        starts_on date NOT NULL,
        planned_end_on date NOT NULL,
        ended_on date,
        end_reason text,
        withdrawn_at timestamptz,
        withdrawn_reason text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (planned_end_on >= starts_on),
        CHECK (ended_on IS NULL OR (ended_on >= starts_on AND ended_on <= planned_end_on AND end_reason IS NOT NULL)),
        CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
      );
      CREATE INDEX talent_posting_person ON talent_posting (person_id);
      CREATE INDEX talent_posting_county ON talent_posting (county_id, starts_on);
      CREATE INDEX talent_posting_east ON talent_posting (east_region_id, starts_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE talent_posting; DROP TABLE talent_person;`);
  }
}
