import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 批量导入: one row per uploaded spreadsheet. The file itself is kept (bytea, at most 5 MB, with its
 * sha256) between the dry run and the commit, so the commit re-checks exactly what was checked and
 * the audit entry can name the file's hash. Problems name row, column and reason, never a value.
 */
export class Imports1763900000012 implements MigrationInterface {
  name = "Imports1763900000012";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('WORKERS', 'PRODUCTS', 'BUYERS', 'FIGURES')),
        actor_id uuid NOT NULL REFERENCES app_user(id),
        file_name text NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        row_count int NOT NULL,
        valid_count int NOT NULL,
        unchanged_count int NOT NULL DEFAULT 0,
        written_count int NOT NULL DEFAULT 0,
        skipped_count int NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'CHECKED' CHECK (status IN ('CHECKED', 'COMMITTED', 'FAILED')),
        mode text CHECK (mode IN ('VALID_ROWS', 'ALL_OR_NOTHING')),
        problems jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        committed_at timestamptz
      );
      CREATE INDEX import_batch_actor ON import_batch (actor_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_batch`);
  }
}
