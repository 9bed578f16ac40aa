import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 佐证材料 (issue 13): files attached to a record as evidence of what it says, stored with their
 * sha256 and their sniffed type; a coordinator verifies or rejects each (with a reason). The record
 * is named by (record_type, record_id): ledger entries first (every figure is made of entries),
 * other record types later (add them to the CHECK). The bytes live in the database, as product
 * images do: a backup holds everything. Never deleted; a review is set once (PENDING → VERIFIED or
 * REJECTED) and kept in the audit log.
 */
export class Evidence1763900000027 implements MigrationInterface {
  name = "Evidence1763900000027";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evidence_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_type text NOT NULL CHECK (record_type IN ('LEDGER_ENTRY')),
        record_id uuid NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        mime text NOT NULL,
        size int NOT NULL CHECK (size > 0),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES app_user(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED')),
        reviewed_by uuid REFERENCES app_user(id),
        reviewed_at timestamptz,
        reject_reason text,
        CHECK ((status = 'PENDING') = (reviewed_at IS NULL)),
        CHECK ((status = 'REJECTED') = (reject_reason IS NOT NULL))
      );
      CREATE INDEX evidence_file_record ON evidence_file (record_type, record_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE evidence_file`);
  }
}
