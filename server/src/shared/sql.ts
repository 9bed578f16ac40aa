/** Small helpers for hand-written SQL that every module uses. */

import type { DataSource } from "typeorm";

/**
 * Canonical UUID text, any version (every table's key is one; PostgreSQL's uuid type would throw on
 * anything else). The edge refuses other ids (input-rules.ts); services use it for ids that arrive
 * from elsewhere (exports' query strings, uploads) and answer without a query.
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards (\ % _) in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => "\\" + c)}%`;
}

/**
 * The rows of `manager.query(…)`: an UPDATE/DELETE … RETURNING comes back as [rows, count] from the
 * PostgreSQL driver, a SELECT as the rows themselves.
 */
export const rowsOf = <T>(r: unknown): T[] => (Array.isArray((r as unknown[])[0]) ? (r as T[][])[0] : (r as T[]));

/**
 * One statement straight on the data source's pg pool, the observer (tests counting statements)
 * told as TypeORM tells it. For the sign-in read every request makes: TypeORM's query runner
 * (created, connected, logged, timed, released around pg's own pool.query) was part of the fixed
 * cost over bare Apollo, which reads the session with pool.query (issue 14). Never inside a
 * transaction: use the transaction's manager there.
 */
export async function poolQuery<T>(db: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master?: { query(sql: string, params: unknown[]): Promise<{ rows: T[] }> } })
    .master;
  if (!pool) return db.query(sql, params);
  if (db.options.logging) db.logger.logQuery(sql, params);
  return (await pool.query(sql, params)).rows;
}
