/** Small helpers for hand-written SQL that every module uses. */

/** Looks like a UUID: anything else is answered without a query (NOT_FOUND or BAD_USER_INPUT). */
export const UUID = /^[0-9a-f-]{36}$/i;

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards (\ % _) in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => "\\" + c)}%`;
}

/**
 * The rows of `manager.query(…)`: an UPDATE/DELETE … RETURNING comes back as [rows, count] from the
 * PostgreSQL driver, a SELECT as the rows themselves.
 */
export const rowsOf = <T>(r: unknown): T[] => (Array.isArray((r as unknown[])[0]) ? (r as T[][])[0] : (r as T[]));
