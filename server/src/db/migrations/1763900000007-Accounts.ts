import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Accounts and sessions (issue 8): a password an administrator reset must be changed at the next
 * login; rate limits and login locks counted in the database so that every server process sees
 * the same counts (or in Redis when REDIS_URL is set; this table is then the fallback).
 */
export class Accounts1763900000007 implements MigrationInterface {
  name = "Accounts1763900000007";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz;

      -- One fixed window per key (a scope and a hash of the address or username, never the plain value).
      CREATE TABLE rate_limit_counter (
        key text PRIMARY KEY,
        count integer NOT NULL,
        reset_at timestamptz NOT NULL
      );
      CREATE INDEX rate_limit_counter_reset_at ON rate_limit_counter (reset_at);

      -- Revoking all of a user's sessions at once reads only its open ones.
      CREATE INDEX user_session_user_open ON user_session (user_id) WHERE revoked_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX user_session_user_open;
      DROP TABLE rate_limit_counter;
      ALTER TABLE app_user DROP COLUMN password_changed_at, DROP COLUMN must_change_password;
    `);
  }
}
