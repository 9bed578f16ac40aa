import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 登录日志: one row per sign-in attempt (issue 10, "Logs a person can read"). `user_id` is null for a
 * username nobody has; `username` is as typed (trimmed, lowercased, at most 64); the password is
 * never stored. Append-only like the audit trail. Indexes serve the log's filters, newest first;
 * two more serve the audit trail's new filters (date range, a record's related entries).
 */
export class LoginLog1763900000010 implements MigrationInterface {
  name = "LoginLog1763900000010";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid REFERENCES app_user (id),
        username varchar(64) NOT NULL,
        ip varchar(64) NOT NULL,
        outcome varchar(16) NOT NULL
          CHECK (outcome IN ('SUCCESS', 'WRONG_PASSWORD', 'UNKNOWN_USER', 'DISABLED', 'LOCKED', 'LOCKED_OUT')),
        user_agent varchar(200)
      );
      CREATE INDEX login_event_user ON login_event (user_id, seq);
      CREATE INDEX login_event_at ON login_event (at);
      CREATE FUNCTION login_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'login_event is append-only';
      END $$;
      CREATE TRIGGER login_event_append_only BEFORE UPDATE OR DELETE ON login_event
        FOR EACH ROW EXECUTE FUNCTION login_event_append_only();
      CREATE INDEX audit_entry_at ON audit_entry (at);
      -- A record's history includes the entries that name it in their change ({"pairingId": …}):
      -- containment (@>) over this index, not a scan of the trail.
      CREATE INDEX audit_entry_change ON audit_entry USING gin (change jsonb_path_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX audit_entry_change;
      DROP INDEX audit_entry_at;
      DROP TABLE login_event;
      DROP FUNCTION login_event_append_only();
    `);
  }
}
