/** Small helpers for hand-written SQL that every module uses. */

import { createHash } from "node:crypto";
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
 * transaction: use the transaction's manager there (`preparedQuery` in context.ts chooses).
 *
 * `prepared`: on PostgreSQL (`prepareStatementsOn`), sent as a named prepared statement, named after
 * its text (`statementName`). Each connection parses it once; PostgreSQL then plans it per call for
 * five calls and keeps a generic plan when that plan is no dearer, so the parse and, mostly, the
 * planning go. Measured on an order (place + confirm; docs/benchmarks.md, "Issue 14 at the 832
 * scale, stop 26"): parse and plan were 4.3 of the 6.2 ms PostgreSQL spent, on statements that run
 * in under a millisecond. Only for statements of a bounded set of texts (the hot writes, the sign-in
 * read, the boards, the row loaders by id — one text per entity —, the pairings list — one per
 * combination of its filters and order, a few hundred at most): every text stays prepared on every
 * connection for the connection's life.
 */
export async function poolQuery<T>(
  db: DataSource,
  sql: string,
  params: unknown[],
  { prepared = false }: { prepared?: boolean } = {},
): Promise<T[]> {
  const pool = (db.driver as unknown as { master?: PgPool }).master;
  if (!pool) return db.query(sql, params);
  if (db.options.logging) db.logger.logQuery(sql, params);
  const name = prepared && preparing.has(db) ? statementName(sql) : undefined;
  // Not pool.query: it destroys the connection on ANY error, a refusal (refuse_statement, a
  // constraint) included — a new connection (and on the embedded database, its one connection
  // lost) per refused order. A statement the server refused leaves the connection as good as before.
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    return (await client.query<T>({ text: sql, values: params, name })).rows;
  } catch (e) {
    // No SQLSTATE (the socket failed), or the server's word that the connection is gone: let the pool drop it.
    const code = String((e as { code?: unknown }).code ?? "");
    if (!/^[0-9A-Z]{5}$/.test(code) || code.startsWith("08") || code.startsWith("57P")) broken = e as Error;
    throw e;
  } finally {
    client.release(broken);
  }
}

interface PgPool {
  connect(): Promise<{
    query<R>(q: { text: string; values: unknown[]; name?: string }): Promise<{ rows: R[] }>;
    release(err?: Error): void;
  }>;
}

/**
 * The data sources `prepared` applies to: PostgreSQL servers (app.ts marks them). Not the embedded
 * PGlite: it is one session under every connection, and the SQL backup resets that session
 * (`DISCARD ALL` after its pg_dump, db/embedded.ts), taking the statements the pool's connection
 * believes prepared with it ("prepared statement … does not exist", backup.test.ts).
 */
const preparing = new WeakSet<DataSource>();
export function prepareStatementsOn(db: DataSource): void {
  preparing.add(db);
}

const statementNames = new Map<string, string>();
/**
 * A name for `sql` as a prepared statement: the same text, the same name, on every connection (pg
 * refuses one name for two texts). Names are remembered for the first 1,000 texts, and computed
 * (a SHA-1 of the text, some µs) beyond that.
 */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `xz_${createHash("sha1").update(sql).digest("base64url")}`;
    if (statementNames.size < 1000) statementNames.set(sql, name);
  }
  return name;
}
