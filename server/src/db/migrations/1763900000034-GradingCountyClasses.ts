import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 考核评级 county classes (issue 13: "optional county classes ranked separately", Sichuan 2021's
 * 一类/二类/三类县): a year's scheme may sort west counties into named classes, each ranked on its
 * own beside the overall ranking. Stored with the scheme as jsonb `[{ name, countyIds }]`, replaced
 * whole with it and audited in its before/after like the weights; the service checks that the ids
 * are west counties and that no county is in two classes. Existing schemes have no classes.
 */
export class GradingCountyClasses1763900000034 implements MigrationInterface {
  name = "GradingCountyClasses1763900000034";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grading_scheme ADD COLUMN county_classes jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grading_scheme DROP COLUMN county_classes`);
  }
}
