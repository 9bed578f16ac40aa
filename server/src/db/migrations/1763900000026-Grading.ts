import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 考核评级 (issue 13, grading): one grading scheme per year, set by an administrator — indicator
 * weights (whole points), the pairing bands 好 / 较好 / 一般 (else 差) and the buyers' scorecard bands
 * A+ / A / B / C / D (else F) as completion thresholds in basis points (9000 = 90.00%), and whether
 * completion above 100% is capped. Bands are strictly descending. Grades are computed, never stored.
 */
export class Grading1763900000026 implements MigrationInterface {
  name = "Grading1763900000026";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE grading_scheme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year int NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
        weights jsonb NOT NULL DEFAULT '{}'::jsonb,
        good_from int NOT NULL,
        fair_from int NOT NULL,
        average_from int NOT NULL,
        cap_at_100 boolean NOT NULL DEFAULT true,
        a_plus_from int NOT NULL,
        a_from int NOT NULL,
        b_from int NOT NULL,
        c_from int NOT NULL,
        d_from int NOT NULL,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (good_from > fair_from AND fair_from > average_from AND average_from > 0),
        CHECK (a_plus_from > a_from AND a_from > b_from AND b_from > c_from AND c_from > d_from AND d_from > 0)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE grading_scheme;`);
  }
}
