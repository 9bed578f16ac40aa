import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 预留份额申报 locks after 30 June of its year (the 832 rule's deadline, in China's calendar):
 * - `reserved_share_declaration.on_behalf`: recorded by a coordinator (or an administrator) for the
 *   unit, typically a late one after the lock; the unit's own declarations are false.
 * - `reserved_share_reopening`: a coordinator reopened a locked year for one buyer; the buyer's next
 *   declaration uses it up (the row is deleted in the same transaction), so the year locks again.
 */
export class DeclarationLock1763900000019 implements MigrationInterface {
  name = "DeclarationLock1763900000019";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reserved_share_declaration ADD COLUMN on_behalf boolean NOT NULL DEFAULT false;
      CREATE TABLE reserved_share_reopening (
        buyer_id uuid NOT NULL REFERENCES buyer(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        reopened_by uuid REFERENCES app_user(id),
        reopened_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (buyer_id, year)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE reserved_share_reopening;
      ALTER TABLE reserved_share_declaration DROP COLUMN on_behalf;
    `);
  }
}
