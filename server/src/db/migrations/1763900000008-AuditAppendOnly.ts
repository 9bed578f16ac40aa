import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trail is append-only in the database, as the delivery ledger is (Foundation): a row, once
 * written, is never changed or removed, whatever code or person holds a connection. UPDATE and DELETE
 * raise for every row; TRUNCATE (which fires no row trigger) raises too.
 */
export class AuditAppendOnly1763900000008 implements MigrationInterface {
  name = "AuditAppendOnly1763900000008";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: the audit trail is never changed or removed';
      END $$;
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
        FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER audit_entry_no_truncate ON audit_entry;
      DROP TRIGGER audit_entry_append_only ON audit_entry;
      DROP FUNCTION audit_entry_append_only();
    `);
  }
}
