/** Small helpers for hand-written SQL that every module uses. */

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
