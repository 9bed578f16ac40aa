import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 关闭岗位: a job posting can be closed by its employer (or the coordinator who manages it) and
 * reopened. A closed posting takes no placement: the placement's conditional UPDATE checks
 * `closed_at IS NULL` in the same statement that takes the place, so a close racing a placement
 * cannot let one through. Placements already made stay as they are.
 */
export class PostingClosed1763900000017 implements MigrationInterface {
  name = "PostingClosed1763900000017";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE job_posting
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN closed_by uuid REFERENCES app_user(id)
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE job_posting DROP COLUMN closed_by, DROP COLUMN closed_at`);
  }
}
