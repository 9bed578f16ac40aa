import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Labour cooperation (劳务协作): workers put forward by west counties (personal data encrypted),
 * trainings and poverty-relief workshops in the counties; eastern employers' job postings,
 * placements with their dated stage history, and job fairs.
 */
export class Labour1763900000006 implements MigrationInterface {
  name = "Labour1763900000006";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- 劳动力: ID and phone numbers only encrypted (AES-256-GCM) and masked; a keyed hash keeps one row per person.
      CREATE TABLE worker (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        county_id uuid NOT NULL REFERENCES region(id),
        name text NOT NULL,
        sex text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
        birth_year int NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
        id_number_enc text NOT NULL,
        id_number_hash text NOT NULL UNIQUE,
        id_number_masked text NOT NULL,
        phone_enc text NOT NULL,
        phone_masked text NOT NULL,
        registered_poor boolean NOT NULL,
        skills text[] NOT NULL DEFAULT '{}',
        consent_given_on date,
        consent_withdrawn_on date,
        put_forward_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (consent_withdrawn_on IS NULL OR (consent_given_on IS NOT NULL AND consent_withdrawn_on >= consent_given_on))
      );
      CREATE INDEX worker_county ON worker (county_id);

      -- 培训: a session in a county supported by an eastern partner; registered workers and/or a headcount.
      CREATE TABLE training_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        county_id uuid NOT NULL REFERENCES region(id),
        east_region_id uuid NOT NULL REFERENCES region(id),
        pairing_id uuid REFERENCES pairing(id),
        title text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        headcount int NOT NULL CHECK (headcount >= 0),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      );
      CREATE INDEX training_county ON training_session (county_id, ends_on);
      CREATE TABLE training_attendee (
        training_id uuid NOT NULL REFERENCES training_session(id),
        worker_id uuid NOT NULL REFERENCES worker(id),
        PRIMARY KEY (training_id, worker_id)
      );

      -- 扶贫车间/帮扶车间: a workshop in a county with an eastern partner; employed counts as dated reports.
      CREATE TABLE workshop (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        county_id uuid NOT NULL REFERENCES region(id),
        east_region_id uuid NOT NULL REFERENCES region(id),
        pairing_id uuid REFERENCES pairing(id),
        name text NOT NULL,
        registered_on date NOT NULL,
        employed int NOT NULL CHECK (employed >= 0),
        poor_employed int NOT NULL CHECK (poor_employed >= 0 AND poor_employed <= employed),
        reported_on date NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (county_id, name)
      );
      CREATE TABLE workshop_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workshop_id uuid NOT NULL REFERENCES workshop(id),
        reported_on date NOT NULL,
        employed int NOT NULL CHECK (employed >= 0),
        poor_employed int NOT NULL CHECK (poor_employed >= 0 AND poor_employed <= employed),
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX workshop_report_workshop ON workshop_report (workshop_id, reported_on);

      -- 岗位: filled counts the placements holding a place and only moves by conditional updates.
      CREATE TABLE job_posting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprise(id),
        position text NOT NULL,
        places int NOT NULL CHECK (places > 0),
        filled int NOT NULL DEFAULT 0,
        wage_min bigint NOT NULL CHECK (wage_min > 0),
        wage_max bigint NOT NULL,
        location_region_id uuid NOT NULL REFERENCES region(id),
        housing text NOT NULL CHECK (housing IN ('NONE', 'MEALS', 'LODGING', 'MEALS_AND_LODGING')),
        opens_on date NOT NULL,
        closes_on date,
        description text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (wage_min <= wage_max),
        CHECK (filled >= 0 AND filled <= places),
        CHECK (closes_on IS NULL OR closes_on >= opens_on)
      );
      CREATE INDEX job_posting_enterprise ON job_posting (enterprise_id);
      CREATE INDEX job_posting_location ON job_posting (location_region_id, opens_on);

      -- 劳务输转: worker × posting; county, employer and pairing copied for scope and roll-ups.
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        worker_id uuid NOT NULL REFERENCES worker(id),
        posting_id uuid NOT NULL REFERENCES job_posting(id),
        enterprise_id uuid NOT NULL REFERENCES enterprise(id),
        county_id uuid NOT NULL REFERENCES region(id),
        east_region_id uuid NOT NULL REFERENCES region(id),
        pairing_id uuid REFERENCES pairing(id),
        status text NOT NULL CHECK (status IN ('PLACED', 'EMPLOYED', 'STABLE', 'LEFT')),
        placed_on date NOT NULL,
        employed_on date,
        stable_on date,
        left_on date,
        left_reason text,
        poor_counted boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (employed_on IS NULL OR employed_on >= placed_on),
        CHECK (stable_on IS NULL OR (employed_on IS NOT NULL AND stable_on >= employed_on)),
        CHECK (status <> 'LEFT' OR (left_on IS NOT NULL AND left_reason IS NOT NULL))
      );
      -- One current placement per worker: a second is refused until the first has LEFT.
      CREATE UNIQUE INDEX placement_current_worker ON placement (worker_id) WHERE status <> 'LEFT';
      CREATE INDEX placement_county ON placement (county_id, placed_on);
      CREATE INDEX placement_posting ON placement (posting_id);
      CREATE TABLE placement_stage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL REFERENCES placement(id),
        status text NOT NULL,
        occurred_on date NOT NULL,
        note text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX placement_stage_placement ON placement_stage (placement_id);

      -- 专场招聘: a job fair held in a county with the employers attending, attendance and offers.
      CREATE TABLE job_fair (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        held_on date NOT NULL,
        venue text NOT NULL,
        county_id uuid NOT NULL REFERENCES region(id),
        east_region_id uuid NOT NULL REFERENCES region(id),
        attendance int NOT NULL CHECK (attendance >= 0),
        offers int NOT NULL CHECK (offers >= 0),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX job_fair_county ON job_fair (county_id, held_on);
      CREATE TABLE job_fair_employer (
        fair_id uuid NOT NULL REFERENCES job_fair(id),
        enterprise_id uuid NOT NULL REFERENCES enterprise(id),
        PRIMARY KEY (fair_id, enterprise_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE job_fair_employer; DROP TABLE job_fair; DROP TABLE placement_stage; DROP TABLE placement; DROP TABLE job_posting;
      DROP TABLE workshop_report; DROP TABLE workshop; DROP TABLE training_attendee; DROP TABLE training_session; DROP TABLE worker;`);
  }
}
