import pg from "pg";
import type { DataSource } from "typeorm";
import { migrationNames } from "./data-source";

/** /readyz answers within this, whatever the app's pool is doing. */
export const READY_DEADLINE_MS = 900;

export interface Readiness {
  /** Ready = the database answers and every migration this build knows is in `schema_migration`. */
  check(): Promise<{ ready: true } | { ready: false; reason: "starting" | "database" | "migrations" }>;
  close(): Promise<void>;
}

const withDeadline = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error("readiness check timed out")), ms);
    work.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });

/**
 * The readiness check. On PostgreSQL it has its own pool of one connection (short connect and
 * statement timeouts), so a pool full of requests waiting on a lock cannot make it wait; on the
 * embedded database (one connection, one session) it shares the app's pool under the same deadline.
 * `db()` is null while the server is still waiting for the database.
 */
export function createReadiness(url: string | null, db: () => DataSource | null): Readiness {
  const own = url
    ? new pg.Pool({
        connectionString: url,
        max: 1,
        connectionTimeoutMillis: READY_DEADLINE_MS - 100,
        statement_timeout: READY_DEADLINE_MS - 100,
        idleTimeoutMillis: 10_000,
      })
    : null;
  // A dropped connection of the idle pool is an 'error' event; unhandled, it would end the process.
  own?.on("error", () => {});
  const query = async (sql: string): Promise<{ name: string }[]> => {
    if (own) return (await own.query(sql)).rows;
    return db()!.query(sql);
  };
  return {
    async check() {
      if (!db()) return { ready: false, reason: "starting" };
      try {
        const rows = await withDeadline(query(`SELECT name FROM schema_migration`), READY_DEADLINE_MS);
        const ran = new Set(rows.map((r) => r.name));
        return migrationNames.every((n) => ran.has(n)) ? { ready: true } : { ready: false, reason: "migrations" };
      } catch (e) {
        return { ready: false, reason: (e as { code?: string }).code === "42P01" ? "migrations" : "database" };
      }
    },
    async close() {
      await own?.end();
    },
  };
}
