import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 预警与提醒 (issue 13): reminders the daily job writes to the people who are behind. The unique key
 * (recipient, kind, subject, day) makes a re-run the same day write nothing new (INSERT … ON
 * CONFLICT DO NOTHING). The bell reads a recipient's unread rows newest first: a partial index.
 * graphile-worker keeps its queue in its own schema (graphile_worker), made by itself at start.
 */
export class Notifications1763900000029 implements MigrationInterface {
  name = "Notifications1763900000029";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES app_user(id),
        kind text NOT NULL CHECK (kind IN ('BUYER_BEHIND_PACE', 'EVIDENCE_REJECTED', 'PERIOD_UNSUBMITTED')),
        subject_id text NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 100),
        day date NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        link text CHECK (link IS NULL OR link LIKE '/%'),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notification_once_a_day UNIQUE (recipient_id, kind, subject_id, day)
      );
      CREATE INDEX notification_recipient ON notification (recipient_id, created_at DESC, id);
      CREATE INDEX notification_unread ON notification (recipient_id) WHERE read_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
  }
}
