import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * When an account last signed in (用户管理 shows it): set in the login transaction. Existing
 * accounts take the time of their last LOGIN audit entry.
 */
export class LastLogin1763900000009 implements MigrationInterface {
  name = "LastLogin1763900000009";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN last_login_at timestamptz`);
    await q.query(`
      UPDATE app_user u SET last_login_at = l.at
        FROM (SELECT actor_id, max(at) AS at FROM audit_entry WHERE action = 'LOGIN' GROUP BY actor_id) l
       WHERE l.actor_id = u.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN last_login_at`);
  }
}
