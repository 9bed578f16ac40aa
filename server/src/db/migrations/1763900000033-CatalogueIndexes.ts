import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The catalogue at the 832 platform's scale (issue 14; docs/benchmarks.md): its order (name, id)
 * has an index, so a page is read in index order and the next page starts at the last key seen
 * (keyset), never by sorting the whole catalogue; search by name, category and certificate number
 * uses trigram indexes (`pg_trgm`, a contrib extension: in PostgreSQL's contrib package and in
 * PGlite's bundle, loaded by db/embedded.ts). Where the extension is not available the trigram
 * index is left out and search falls back to a scan: the answers are the same.
 */
export class CatalogueIndexes1763900000033 implements MigrationInterface {
  name = "CatalogueIndexes1763900000033";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX product_name_id ON product (name, id)`);
    const [available] = (await q.query(
      `SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'pg_trgm'`,
    )) as { n: number }[];
    if (!available?.n) return;
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(
      `CREATE INDEX product_search_trgm ON product USING gin (name gin_trgm_ops, category gin_trgm_ops, certificate_no gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS product_search_trgm`);
    await q.query(`DROP INDEX IF EXISTS product_name_id`);
  }
}
