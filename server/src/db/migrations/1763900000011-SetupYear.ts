import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Setting up the year (issue 10, 基础设置): a pairing can end (终止结对) on a date with a reason,
 * and every change to an agreement's targets is kept (`agreement_target_change`): who, when, the
 * target before and after, and why. Targets are in the indicator's base units (fen for money), as
 * in `agreement_target`. Append-only, like the audit trail: a change once kept is never altered.
 */
export class SetupYear1763900000011 implements MigrationInterface {
  name = "SetupYear1763900000011";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE pairing ADD COLUMN ended_on date, ADD COLUMN end_reason text,
        ADD CONSTRAINT pairing_end_after_start CHECK (ended_on IS NULL OR ended_on >= since),
        ADD CONSTRAINT pairing_end_reason CHECK ((ended_on IS NULL) = (end_reason IS NULL));

      CREATE TABLE agreement_target_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement(id),
        indicator text NOT NULL,
        before bigint CHECK (before >= 0),
        after bigint CHECK (after >= 0),
        reason text,
        actor_id uuid,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX agreement_target_change_agreement ON agreement_target_change (agreement_id, at);

      CREATE FUNCTION agreement_target_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'agreement_target_change is append-only: the history of targets is never changed';
      END $$;
      CREATE TRIGGER agreement_target_change_append_only BEFORE UPDATE OR DELETE ON agreement_target_change
        FOR EACH ROW EXECUTE FUNCTION agreement_target_change_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE agreement_target_change;
      DROP FUNCTION agreement_target_change_append_only();
      ALTER TABLE pairing DROP CONSTRAINT pairing_end_reason, DROP CONSTRAINT pairing_end_after_start,
        DROP COLUMN end_reason, DROP COLUMN ended_on;
    `);
  }
}
