import type { TestServer } from "./harness";

interface PgPool {
  totalCount: number;
  connect(): Promise<{ query(sql: string): Promise<{ rows: Record<string, unknown>[] }>; release(): void }>;
}

export interface PreparedStatement {
  statement: string;
  /** How often PostgreSQL planned it generically, and for the values, on that connection. */
  generic: number;
  custom: number;
}

/**
 * What each of the app's pool connections holds prepared (its own pg_prepared_statements): the
 * connections taken all at once, so each is a different one. PostgreSQL only: the embedded
 * database prepares nothing (shared/sql.ts, `prepareStatementsOn`).
 */
export async function preparedOnEveryConnection(s: TestServer): Promise<PreparedStatement[]> {
  const pool = (s.app.db.driver as unknown as { master: PgPool }).master;
  const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
  const seen: PreparedStatement[] = [];
  try {
    for (const c of clients) {
      const { rows } = await c.query(
        `SELECT statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE NOT from_sql`,
      );
      seen.push(...(rows as unknown as PreparedStatement[]));
    }
  } finally {
    for (const c of clients) c.release();
  }
  return seen;
}

/** The statements run more than five times on a connection yet never given a generic plan there. */
export function plannedEveryCall(seen: PreparedStatement[]): string[] {
  return seen
    .filter((r) => r.generic + r.custom > 5 && r.generic === 0)
    .map((r) => `${r.custom} custom plans: ${r.statement.replace(/\s+/g, " ").slice(0, 160)}`);
}
