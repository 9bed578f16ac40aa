import type { QueryRunner } from "typeorm";
import { maskPhone, piiCipher } from "../shared/pii";
import { migrationSecrets } from "./migration-secrets";

/**
 * A plain column of personal data made personal data at rest, as a migration does it (enterprises'
 * contact phone in 018, investment leads' in 025, accounts' e-mail in 046): `<column>` (plain text)
 * is replaced by `<column>_enc` (AES-256-GCM, shared/pii.ts, with the server's PII_SECRET) and
 * `<column>_masked` ("138****5678", "z***@example.com"). Existing values are encrypted in the
 * migration's transaction, so no plain copy outlives it.
 *
 * The audit trail held the plain numbers too (the entity's before/after under `auditKey`). It is
 * append-only (AuditAppendOnly1763900000008); this one redaction — each such value replaced by its
 * mask, nothing else touched — runs with the append-only trigger off for this transaction's
 * statements only, and the trigger is back on before the transaction commits. `down` restores the
 * plain column from the ciphertext; the trail keeps the masks.
 */
export interface PiiColumn {
  /** The migration's name, for its error messages. */
  migration: string;
  table: string;
  column: string;
  /** audit_entry.entity_type of the table's rows. */
  entityType: string;
  /** The key the audit's before/after held the value under. */
  auditKey: string;
  /** How a value is shown masked: a phone's by default. */
  mask?: (value: string) => string;
}

export async function encryptPiiColumn(q: QueryRunner, c: PiiColumn): Promise<void> {
  const mask = c.mask ?? maskPhone;
  await q.query(`ALTER TABLE ${c.table} ADD COLUMN ${c.column}_enc text, ADD COLUMN ${c.column}_masked text`);
  const rows: { id: string; phone: string }[] = await q.query(
    `SELECT id, ${c.column} AS phone FROM ${c.table} WHERE ${c.column} IS NOT NULL AND ${c.column} <> ''`,
  );
  const audited: { id: string; change: Record<string, Record<string, unknown> | undefined> }[] = await q.query(
    `SELECT id, change FROM audit_entry
      WHERE entity_type = $1 AND (change->'before' ? $2 OR change->'after' ? $2)`,
    [c.entityType, c.auditKey],
  );
  if ((rows.length || audited.length) && !migrationSecrets.piiSecret)
    throw new Error(`${c.migration} needs the PII secret to encrypt existing ${c.column} values`);
  if (rows.length) {
    const pii = piiCipher(migrationSecrets.piiSecret!);
    for (const r of rows) {
      const phone = r.phone.trim();
      await q.query(`UPDATE ${c.table} SET ${c.column}_enc = $2, ${c.column}_masked = $3 WHERE id = $1`, [
        r.id,
        pii.encrypt(phone),
        mask(phone),
      ]);
    }
  }
  await q.query(`ALTER TABLE ${c.table} DROP COLUMN ${c.column}`);

  if (audited.length) {
    await q.query(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only`);
    for (const a of audited) {
      const change = { ...a.change };
      for (const side of ["before", "after"] as const) {
        const v = change[side]?.[c.auditKey];
        if (typeof v === "string" && v.trim() && !v.includes("*"))
          change[side] = { ...change[side], [c.auditKey]: mask(v.trim()) };
      }
      await q.query(`UPDATE audit_entry SET change = $2::jsonb WHERE id = $1`, [a.id, JSON.stringify(change)]);
    }
    await q.query(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only`);
  }
}

export async function decryptPiiColumn(q: QueryRunner, c: PiiColumn): Promise<void> {
  if (!migrationSecrets.piiSecret) throw new Error(`${c.migration} needs the PII secret to go down`);
  const pii = piiCipher(migrationSecrets.piiSecret);
  await q.query(`ALTER TABLE ${c.table} ADD COLUMN ${c.column} text`);
  const rows: { id: string; enc: string }[] = await q.query(
    `SELECT id, ${c.column}_enc AS enc FROM ${c.table} WHERE ${c.column}_enc IS NOT NULL`,
  );
  for (const r of rows)
    await q.query(`UPDATE ${c.table} SET ${c.column} = $2 WHERE id = $1`, [r.id, pii.decrypt(r.enc)]);
  await q.query(`ALTER TABLE ${c.table} DROP COLUMN ${c.column}_masked, DROP COLUMN ${c.column}_enc`);
}
