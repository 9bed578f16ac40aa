import fs from "node:fs";
import type { Logger } from "pino";

/**
 * The embedded default for machines without PostgreSQL: PGlite (Postgres compiled to WASM) served
 * over the wire protocol, so the same `pg` driver and migrations run as in production. It is one
 * database session: the pool must hold a single connection (see STACK.md).
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedDatabase(dataDir: string | "memory", log: Logger): Promise<EmbeddedDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const started = Date.now();
  if (dataDir !== "memory") fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir === "memory" ? undefined : dataDir);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1 });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  log.info({ dataDir, ms: Date.now() - started }, "embedded database (PGlite) started");
  return {
    url: `postgres://postgres@${conn}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
