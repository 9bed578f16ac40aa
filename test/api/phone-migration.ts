import { expect } from "vitest";
import type { MigrationInterface } from "typeorm";
import type { TestServer } from "./harness";

/**
 * What a migration that makes a plain phone column personal data at rest (server/src/db/pii-columns.ts)
 * must do, checked on one row inside a transaction that is rolled back: taken back down to the plain
 * column, with a plain number put into the audit trail beside it, then up again — the row's number is
 * encrypted with its mask beside it, no plain number is left in the entity's trail (the old value masked,
 * the rest of the change untouched), and the trail is append-only again afterwards.
 */
export async function checkPhoneMigration(
  s: TestServer,
  m: MigrationInterface,
  c: { table: string; entityType: string; action: string; id: string; whole: string; masked: string },
): Promise<void> {
  const older = "13700001111";
  const q = s.app.db.createQueryRunner();
  try {
    await q.startTransaction();
    await m.down!(q);
    expect((await q.query(`SELECT contact_phone FROM ${c.table} WHERE id = $1`, [c.id]))[0].contact_phone).toBe(
      c.whole,
    );
    await q.query(
      `INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, change) VALUES (NULL, $1, $2, $3, $4::jsonb)`,
      [
        c.action,
        c.entityType,
        c.id,
        JSON.stringify({ before: { contactPhone: older, name: "旧名" }, after: { contactPhone: c.whole } }),
      ],
    );
    await m.up(q);
    const [row] = await q.query(`SELECT contact_phone_enc, contact_phone_masked FROM ${c.table} WHERE id = $1`, [c.id]);
    expect(row.contact_phone_masked).toBe(c.masked);
    expect(row.contact_phone_enc).toMatch(/^v1:/);
    const plain = await q.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = $1 AND (change::text LIKE $2 OR change::text LIKE $3)`,
      [c.entityType, `%${older}%`, `%${c.whole}%`],
    );
    expect(plain[0].n).toBe(0);
    const [redacted] = await q.query(
      `SELECT change FROM audit_entry WHERE entity_id = $1 AND change->'before'->>'name' = '旧名'`,
      [c.id],
    );
    expect(redacted.change).toEqual({
      before: { contactPhone: "137****1111", name: "旧名" },
      after: { contactPhone: c.masked },
    });
    await expect(q.query(`UPDATE audit_entry SET action = action WHERE entity_id = $1`, [c.id])).rejects.toThrow(
      /append-only/,
    );
  } finally {
    if (q.isTransactionActive) await q.rollbackTransaction();
    await q.release();
  }
}
