import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 组织领导 (issue 12, joint work): joint meetings (联席会议) and leadership visits (领导互访) of a
 * pairing. A row is never deleted; a wrong one is withdrawn (撤销) with a reason and kept. The
 * ledger's JOINT_WORK entries (JOINT_MEETINGS, EXCHANGE_VISITS) follow from the rows.
 */
export class JointWork1763900000024 implements MigrationInterface {
  name = "JointWork1763900000024";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE joint_work (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        kind text NOT NULL CHECK (kind IN ('MEETING', 'VISIT')),
        held_on date NOT NULL,
        title text NOT NULL,
        place text NOT NULL,
        direction text CHECK (direction IN ('EAST_TO_WEST', 'WEST_TO_EAST')),
        east_offices text[] NOT NULL DEFAULT '{}',
        west_offices text[] NOT NULL DEFAULT '{}',
        leader text NOT NULL,
        person_visits int NOT NULL CHECK (person_visits >= 1),
        document_ref text,
        outcome text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        withdrawn_by uuid REFERENCES app_user(id),
        withdrawn_reason text,
        CHECK ((kind = 'VISIT') = (direction IS NOT NULL)),
        CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
      );
      CREATE INDEX joint_work_pairing_held ON joint_work (pairing_id, held_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE joint_work`);
  }
}
