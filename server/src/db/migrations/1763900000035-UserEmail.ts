import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reminders by e-mail (issue 13, "optional e-mail through SMTP when configured"):
 * - `app_user.email`: optional, set by an administrator or the user (shape checked by the service;
 *   the CHECK only bounds it). Personal data: masked for everyone but the user and administrators.
 * - `notification.mailed_at` / `mail_error`: a notification is mailed after the job's transaction
 *   commits; `mailed_at` marks it sent (never twice), `mail_error` keeps why the last try failed
 *   (no address in it), and the next run tries the unsent rows of its day again.
 */
export class UserEmail1763900000035 implements MigrationInterface {
  name = "UserEmail1763900000035";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user ADD COLUMN email text CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254);
      ALTER TABLE notification ADD COLUMN mailed_at timestamptz, ADD COLUMN mail_error text;
      CREATE INDEX notification_unmailed ON notification (day) WHERE mailed_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX notification_unmailed;
      ALTER TABLE notification DROP COLUMN mail_error, DROP COLUMN mailed_at;
      ALTER TABLE app_user DROP COLUMN email;
    `);
  }
}
