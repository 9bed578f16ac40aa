import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 佐证材料 on every kind of record (issue 13, second part): besides ledger entries, a file may back a
 * funds tranche, a fiscal transaction, a donation, a sub-order (the order receipt: an invoice or an
 * inspection scan, named by `purpose`, as the 832 platform asks at 验货/验票), a placement, a
 * training, a project's stage or a unit pair. `purpose` is set for sub-orders only. A review may be
 * undone (VERIFIED / REJECTED → PENDING, with a reason kept in the audit log), so the CHECKs that
 * tie reviewed_at and reject_reason to the status stay as they are.
 */
export class EvidenceRecords1763900000031 implements MigrationInterface {
  name = "EvidenceRecords1763900000031";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE evidence_file DROP CONSTRAINT IF EXISTS evidence_file_record_type_check;
      ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_record_type_check CHECK (record_type IN (
        'LEDGER_ENTRY', 'FUND_TRANCHE', 'FISCAL_TRANSACTION', 'DONATION', 'SUB_ORDER',
        'PLACEMENT', 'TRAINING', 'PROJECT_STAGE', 'UNIT_PAIR'));
      ALTER TABLE evidence_file ADD COLUMN purpose text CHECK (purpose IN ('INVOICE', 'INSPECTION'));
      ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_purpose_kind_check
        CHECK ((record_type = 'SUB_ORDER') = (purpose IS NOT NULL));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM evidence_file WHERE record_type <> 'LEDGER_ENTRY';
      ALTER TABLE evidence_file DROP CONSTRAINT evidence_file_purpose_kind_check;
      ALTER TABLE evidence_file DROP COLUMN purpose;
      ALTER TABLE evidence_file DROP CONSTRAINT evidence_file_record_type_check;
      ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_record_type_check CHECK (record_type IN ('LEDGER_ENTRY'));
    `);
  }
}
