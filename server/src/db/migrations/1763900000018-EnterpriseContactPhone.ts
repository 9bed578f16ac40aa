import type { MigrationInterface, QueryRunner } from "typeorm";
import { maskPhone, piiCipher } from "../../shared/pii";
import { migrationSecrets } from "../migration-secrets";

/**
 * 企业联系电话 becomes personal data at rest, as workers' phones and the checkout's delivery phone
 * are: `contact_phone` (plain text, returned to everyone who could read the enterprise) is replaced
 * by `contact_phone_enc` (AES-256-GCM, shared/pii.ts, with the server's PII_SECRET) and
 * `contact_phone_masked` ("138****5678"). Existing numbers are encrypted here, in the migration's
 * transaction, so no plain copy outlives it.
 *
 * The audit trail held the plain numbers too (ENTERPRISE_UPDATED's before/after). It is append-only
 * (AuditAppendOnly1763900000008); this one redaction — each such value replaced by its mask, nothing
 * else touched — runs with the append-only trigger off for this transaction's statement only, and
 * the trigger is back on before the transaction commits. Not reversible: `down` restores the
 * column from the ciphertext, but the trail keeps the masks.
 */
export class EnterpriseContactPhone1763900000018 implements MigrationInterface {
  name = "EnterpriseContactPhone1763900000018";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE enterprise ADD COLUMN contact_phone_enc text, ADD COLUMN contact_phone_masked text`);
    const rows: { id: string; contact_phone: string }[] = await q.query(
      `SELECT id, contact_phone FROM enterprise WHERE contact_phone IS NOT NULL AND contact_phone <> ''`,
    );
    const audited: { id: string; change: Record<string, Record<string, unknown> | undefined> }[] = await q.query(
      `SELECT id, change FROM audit_entry
        WHERE entity_type = 'Enterprise' AND (change->'before' ? 'contactPhone' OR change->'after' ? 'contactPhone')`,
    );
    if ((rows.length || audited.length) && !migrationSecrets.piiSecret)
      throw new Error("EnterpriseContactPhone1763900000018 needs the PII secret to encrypt existing phone numbers");
    if (rows.length) {
      const pii = piiCipher(migrationSecrets.piiSecret!);
      for (const r of rows) {
        const phone = r.contact_phone.trim();
        await q.query(`UPDATE enterprise SET contact_phone_enc = $2, contact_phone_masked = $3 WHERE id = $1`, [
          r.id,
          pii.encrypt(phone),
          maskPhone(phone),
        ]);
      }
    }
    await q.query(`ALTER TABLE enterprise DROP COLUMN contact_phone`);

    if (audited.length) {
      await q.query(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only`);
      for (const a of audited) {
        const change = { ...a.change };
        for (const side of ["before", "after"] as const) {
          const v = change[side]?.contactPhone;
          if (typeof v === "string" && v.trim() && !v.includes("*"))
            change[side] = { ...change[side], contactPhone: maskPhone(v.trim()) };
        }
        await q.query(`UPDATE audit_entry SET change = $2::jsonb WHERE id = $1`, [a.id, JSON.stringify(change)]);
      }
      await q.query(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (!migrationSecrets.piiSecret)
      throw new Error("EnterpriseContactPhone1763900000018 needs the PII secret to go down");
    const pii = piiCipher(migrationSecrets.piiSecret);
    await q.query(`ALTER TABLE enterprise ADD COLUMN contact_phone text`);
    const rows: { id: string; enc: string }[] = await q.query(
      `SELECT id, contact_phone_enc AS enc FROM enterprise WHERE contact_phone_enc IS NOT NULL`,
    );
    for (const r of rows)
      await q.query(`UPDATE enterprise SET contact_phone = $2 WHERE id = $1`, [r.id, pii.decrypt(r.enc)]);
    await q.query(`ALTER TABLE enterprise DROP COLUMN contact_phone_masked, DROP COLUMN contact_phone_enc`);
  }
}
