import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { checkData } from "../tools/data-checks";

/**
 * The embedded default for machines without PostgreSQL: PGlite (Postgres compiled to WASM) served
 * over the wire protocol, so the same `pg` driver and migrations run as in production. It is one
 * database session: the pool must hold a single connection (see STACK.md).
 *
 * Only this server may use it. PGlite has no authentication and is ONE session shared by every
 * connection, so a stranger connected to it could read everything and change session settings for
 * the server (a `pg_dump` sets `search_path = ''`, and every login then fails until restart). So:
 * - it listens on a Unix socket, never TCP, in a fresh private directory (mkdtemp: mode 0700) that no
 *   other local user can enter; the socket itself is 0600;
 * - it accepts one connection, and the server's pool holds that one for its whole life (no idle
 *   timeout), so nothing else can connect while the server runs, not even the same user;
 * - each new pool connection first runs `DISCARD ALL`, so if the connection was ever lost and
 *   something else had the session in between, its settings are gone before the server's first query.
 */
export interface EmbeddedDatabase {
  url: string;
  /** pg-pool options the server's data source must use with this database (see above). */
  poolOptions: Record<string, unknown>;
  /** The private directory holding the database socket (and the control socket). */
  runDir: string;
  /**
   * Opens the control socket that `npm run backup` and `npm run check-data` talk to, and records it in the data folder's
   * lock file. Only for a data folder on disk (an in-memory database has nothing to back up).
   */
  serveControl(db: DataSource): Promise<void>;
  /**
   * A consistent copy of the data folder, taken while the server holds the only connection: a gzip
   * tarball, or a plain one (`"none"`) for a copy read back at once (the test run's image: PGlite
   * starts from a plain one in about half the time, 0.3 against 0.55 s).
   */
  backup(db: DataSource, compression?: "gzip" | "none"): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * The extensions every PGlite of a data folder must load (each tool that opens one too):
 * pg_trgm, the catalogue's search index (migration 1763900000033), a contrib extension PGlite bundles.
 */
export async function pgliteExtensions() {
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  return { pg_trgm };
}

/** What this module uses of a PGlite instance. */
export interface PGliteHandle {
  readonly closed: boolean;
  isInTransaction(): boolean;
  exec(sql: string): Promise<unknown>;
  dumpDataDir(compression?: "gzip" | "none" | "auto"): Promise<Blob>;
  close(): Promise<void>;
}

/** Names the pg driver expects: `host=/dir` connects to `/dir/.s.PGSQL.<port>`. */
const SOCKET_PORT = 5432;
export const SESSION_RESET_SQL = "DISCARD ALL";

/** Runs on every new connection the pool makes, before the server uses it (pg-pool's `verify`). */
function resetSession(client: { query(sql: string): Promise<unknown> }, done: (err?: Error) => void) {
  client.query(SESSION_RESET_SQL).then(
    () => done(),
    (err: Error) => done(err),
  );
}

export const embeddedPoolOptions = {
  // Never give the one connection back to the database: while the server holds it, nobody else can connect.
  idleTimeoutMillis: 0,
  min: 1,
  verify: resetSession,
};

// ---------------------------------------------------------------------------------- the lock file

/** `<DATA_DIR>.lock`: who has the data folder open, and where its control socket is. */
export interface DataDirLock {
  pid: number;
  /** Control socket of a running server (absent for a backup or restore tool holding the folder). */
  control?: string;
  startedAt: string;
}

export const lockFileOf = (dataDir: string) => `${dataDir.replace(/[\\/]+$/, "")}.lock`;

export function readLock(dataDir: string): DataDirLock | null {
  try {
    return JSON.parse(fs.readFileSync(lockFileOf(dataDir), "utf8")) as DataDirLock;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false; // a lock left by an earlier life of this same pid (a container restarting)
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class DataDirInUseError extends Error {}

/**
 * Takes the data folder for this process: two processes opening one PGlite folder corrupt it. A lock
 * whose process is gone is stale and replaced. Returns the function that releases it.
 */
export function lockDataDir(dataDir: string, control?: string): () => void {
  const file = lockFileOf(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const mine: DataDirLock = { pid: process.pid, control, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: "wx", mode: 0o600 });
      return () => {
        if (readLock(dataDir)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const held = readLock(dataDir);
      if (held && alive(held.pid)) {
        throw new DataDirInUseError(
          `数据目录正被进程 ${held.pid} 使用 / DATA_DIR ${dataDir} is in use by process ${held.pid} (${lockFileOf(dataDir)}); ` +
            `stop it first, or delete the lock file if no such process is running`,
        );
      }
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new DataDirInUseError(`could not lock ${dataDir}`);
}

function updateLock(dataDir: string, control: string) {
  const lock = readLock(dataDir);
  if (lock?.pid !== process.pid) return;
  const tmp = `${lockFileOf(dataDir)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ ...lock, control }), { mode: 0o600 });
  fs.renameSync(tmp, lockFileOf(dataDir));
}

// ---------------------------------------------------------------------------------- backup

/**
 * PGlite's own dump of its data folder, taken at a quiet moment: the server's one pool connection is
 * held here, so no transaction of the server is open and no statement runs until it is done; a
 * CHECKPOINT first writes every page, so the copy opens without recovery. Requests wait meanwhile.
 */
export async function backupDataDir(
  pglite: PGliteHandle,
  db: DataSource,
  compression: "gzip" | "none" = "gzip",
): Promise<Blob> {
  const runner = db.createQueryRunner("master");
  try {
    await runner.connect();
    await runner.query("CHECKPOINT");
    if (pglite.isInTransaction()) throw new Error("a transaction is open on the embedded database: backup refused");
    return await pglite.dumpDataDir(compression);
  } finally {
    await runner.release();
  }
}

/**
 * A logical dump as SQL (pg_dump compiled to WASM, @electric-sql/pglite-tools), restorable into a real
 * PostgreSQL with psql: the way from the embedded default to a PostgreSQL server. Taken at the same
 * quiet moment as backupDataDir. pg_dump changes session settings (search_path = '') and leaves its
 * transaction open, so the session is rolled back and reset before the server's connection is given back.
 */
export async function sqlDump(pglite: PGliteHandle, db?: DataSource): Promise<string> {
  const { pgDump } = await import("@electric-sql/pglite-tools/pg_dump");
  const runner = db?.createQueryRunner("master");
  try {
    await runner?.connect();
    if (pglite.isInTransaction()) throw new Error("a transaction is open on the embedded database: dump refused");
    try {
      const file = await pgDump({
        pg: pglite as unknown as Parameters<typeof pgDump>[0]["pg"],
        args: ["--no-owner", "--no-privileges"],
      });
      return forOlderPostgres(await file.text());
    } finally {
      // pg_dump ends without closing its REPEATABLE READ transaction (its Terminate means nothing to
      // an in-process PGlite): left open, every later statement of the server would run inside it.
      if (pglite.isInTransaction()) await pglite.exec("ROLLBACK");
      await pglite.exec(SESSION_RESET_SQL);
    }
  } finally {
    await runner?.release();
  }
}

/** PGlite's pg_dump is PostgreSQL 18's; PostgreSQL 15 and 16 stop at a setting they do not know. */
export function forOlderPostgres(sql: string): string {
  return sql.replace(/^SET transaction_timeout = 0;\n/m, "");
}

// ---------------------------------------------------------------------------------- start

export interface EmbeddedStartOptions {
  /**
   * Tests only: an in-memory database starts from this data-folder tarball (a `dumpDataDir()` of a
   * migrated and seeded database, made once per test run by test/api/global-setup.ts) instead of
   * empty, as each PostgreSQL test file copies the run's template database. Never set by main.
   */
  image?: Blob;
}

export async function startEmbeddedDatabase(
  dataDir: string | "memory",
  log: Logger,
  options: EmbeddedStartOptions = {},
): Promise<EmbeddedDatabase> {
  // A data folder on disk is the user's: never overwritten with a test image.
  if (options.image && dataDir !== "memory") throw new Error("an embedded database image loads into memory only");
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const extensions = await pgliteExtensions();
  const started = Date.now();
  let unlock: (() => void) | null = null;
  if (dataDir !== "memory") {
    // The folder holds password hashes and the whole database: the owner's alone, as PostgreSQL requires of PGDATA.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dataDir, 0o700);
    unlock = lockDataDir(dataDir);
  }
  // mkdtemp creates the directory 0700 with an unguessable name: no other user can reach the socket in it.
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-pglite-"));
  let db: PGliteHandle | null = null;
  let control: http.Server | null = null;
  let server: InstanceType<typeof PGLiteSocketServer> | null = null;
  const cleanup = async () => {
    if (control) await new Promise<void>((r) => control!.close(() => r()));
    if (server) await server.stop();
    if (db && !db.closed) await db.close();
    fs.rmSync(runDir, { recursive: true, force: true });
    unlock?.();
  };
  try {
    const created = options.image
      ? await PGlite.create({ loadDataDir: options.image, extensions })
      : await PGlite.create({ dataDir: dataDir === "memory" ? undefined : dataDir, extensions });
    db = created;
    const socketPath = path.join(runDir, `.s.PGSQL.${SOCKET_PORT}`);
    server = new PGLiteSocketServer({ db: created, path: socketPath, maxConnections: 1 });
    await server.start();
    fs.chmodSync(socketPath, 0o600);
  } catch (e) {
    await cleanup();
    throw e;
  }
  const pglite: PGliteHandle = db!;
  log.info({ dataDir, image: Boolean(options.image), ms: Date.now() - started }, "embedded database (PGlite) started");

  return {
    url: `postgres://postgres@/postgres?host=${encodeURIComponent(runDir)}&port=${SOCKET_PORT}`,
    poolOptions: embeddedPoolOptions,
    runDir,
    backup: (ds, compression) => backupDataDir(pglite, ds, compression),
    async serveControl(ds) {
      if (dataDir === "memory" || control) return;
      const controlPath = path.join(runDir, "control.sock");
      control = http.createServer((req, res) => {
        if (req.method === "GET" && req.url === "/check") {
          // `npm run check-data`: counts and invariants, read through the server's own connection.
          checkData((sql) => ds.query(sql)).then(
            (check) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(check)),
            (err: Error) => {
              log.error({ err }, "data check failed");
              res.writeHead(500).end();
            },
          );
          return;
        }
        if (req.method === "GET" && req.url === "/backup.sql") {
          const t = Date.now();
          sqlDump(pglite, ds).then(
            (sql) => {
              log.info({ bytes: Buffer.byteLength(sql), ms: Date.now() - t }, "embedded database dumped as SQL");
              res
                .writeHead(200, {
                  "content-type": "application/sql; charset=utf-8",
                  "x-backup-ms": String(Date.now() - t),
                })
                .end(sql);
            },
            (err: Error) => {
              log.error({ err }, "embedded database SQL dump failed");
              res.writeHead(500, { "content-type": "text/plain" }).end("dump failed");
            },
          );
          return;
        }
        if (req.method !== "GET" || req.url !== "/backup") {
          res.writeHead(404).end();
          return;
        }
        const t = Date.now();
        backupDataDir(pglite, ds).then(
          async (blob) => {
            const body = Buffer.from(await blob.arrayBuffer());
            log.info({ bytes: body.length, ms: Date.now() - t }, "embedded database backed up");
            res.writeHead(200, {
              "content-type": "application/gzip",
              "content-length": body.length,
              "x-backup-ms": String(Date.now() - t),
            });
            res.end(body);
          },
          (err: Error) => {
            log.error({ err }, "embedded database backup failed");
            res.writeHead(500, { "content-type": "text/plain" }).end("backup failed");
          },
        );
      });
      await new Promise<void>((resolve, reject) => {
        control!.once("error", reject);
        control!.listen(controlPath, () => resolve());
      });
      fs.chmodSync(controlPath, 0o600);
      updateLock(dataDir, controlPath);
    },
    async stop() {
      await cleanup();
    },
  };
}
