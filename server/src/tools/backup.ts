import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { loadConfig } from "../config";
import { lockDataDir, pgliteExtensions, readLock, sqlDump } from "../db/embedded";

/**
 * `npm run backup [-- --out FILE]` — a consistent copy of the database (docs/operations.md).
 *
 * - Embedded default, server running: asks the server through its private control socket (named in
 *   `<DATA_DIR>.lock`, inside a 0700 directory); the server takes PGlite's dump of its data folder
 *   while it holds its one connection, so no transaction is half-way in the copy.
 * - Embedded default, server stopped: opens the data folder itself (locking it) and dumps it.
 * - `--sql` (embedded): a logical SQL dump instead (pg_dump in WASM), restorable into PostgreSQL.
 * - PostgreSQL (`DATABASE_URL`): `pg_dump -Fc` (from PATH, or PG_BIN).
 *
 * The file is written with mode 0600 (it holds password hashes and encrypted personal data) under a
 * temporary name, then renamed: a file with the final name is always complete.
 */

const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

/** `--out FILE`, `--data-dir DIR` (or `--key=value`), bare flags such as `--sql`, and one positional FILE as `_`. */
export function parseArgs(argv: string[]): Record<string, string> {
  const takesValue = new Set(["out", "data-dir"]);
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) {
      out._ = a;
      continue;
    }
    const [k, v] = a.slice(2).split("=", 2);
    out[k] = v ?? (takesValue.has(k) ? (argv[++i] ?? "") : "");
  }
  return out;
}

function writeAtomically(file: string, body: Buffer) {
  const tmp = `${file}.partial`;
  fs.writeFileSync(tmp, body, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/** GET /backup on the running server's control socket; null when no server answers there. */
export function onlineBackup(
  controlSocket: string,
  what: "/backup" | "/backup.sql" = "/backup",
): Promise<{ body: Buffer; ms: number } | null> {
  return new Promise((resolve, reject) => {
    const req = http.get({ socketPath: controlSocket, path: what }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        if (res.statusCode !== 200)
          return reject(new Error(`the server could not take the backup (HTTP ${res.statusCode}); see its log`));
        resolve({ body: Buffer.concat(chunks), ms: Number(res.headers["x-backup-ms"] ?? 0) });
      });
      res.on("error", reject);
    });
    req.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "ENOENT" || e.code === "ECONNREFUSED" ? resolve(null) : reject(e),
    );
  });
}

/** Dumps a data folder no server has open (locking it meanwhile). */
export async function offlineBackup(dataDir: string, sql = false): Promise<Buffer> {
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`no embedded database in ${dataDir}`);
  const unlock = lockDataDir(dataDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create({ dataDir, extensions: await pgliteExtensions() });
    try {
      if (sql) return Buffer.from(await sqlDump(db as never), "utf8");
      await db.exec("CHECKPOINT");
      return Buffer.from(await (await db.dumpDataDir("gzip")).arrayBuffer());
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
}

function pgDump(url: string, file: string): Promise<void> {
  const bin = process.env.PG_BIN ? path.join(process.env.PG_BIN, "pg_dump") : "pg_dump";
  // A password goes through the environment, not the command line, where `ps` would show it.
  const u = new URL(url);
  const env = { ...process.env, ...(u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {}) };
  u.password = "";
  return new Promise((resolve, reject) => {
    // -Fc: compressed, and pg_restore can pick, reorder and parallelise from it.
    const child = spawn(bin, ["-Fc", "-f", `${file}.partial`, "-d", u.toString()], {
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", (e) =>
      reject(new Error(`could not run ${bin}: ${e.message} (install the PostgreSQL client, or set PG_BIN)`)),
    );
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`pg_dump failed (exit ${code})`));
      fs.chmodSync(`${file}.partial`, 0o600);
      fs.renameSync(`${file}.partial`, file);
      resolve();
    });
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // Only DATABASE_URL and DATA_DIR matter here: no secrets are needed to copy the database.
  const config = loadConfig({ ...process.env, NODE_ENV: "development" });
  const started = Date.now();
  if (config.databaseUrl) {
    const file = path.resolve(args.out || `xiezuo-${stamp()}.dump`);
    await pgDump(config.databaseUrl, file);
    console.log(
      `备份完成 / backup written: ${file} (${fs.statSync(file).size} bytes, pg_dump -Fc, ${Date.now() - started} ms)`,
    );
    return;
  }
  // --sql: a logical SQL dump (to move to PostgreSQL) instead of PGlite's data folder.
  const sql = "sql" in args;
  const file = path.resolve(args.out || `xiezuo-${stamp()}.${sql ? "sql" : "tar.gz"}`);
  const lock = readLock(config.dataDir);
  let how = "online, from the running server";
  let taken = lock?.control ? await onlineBackup(lock.control, sql ? "/backup.sql" : "/backup") : null;
  if (!taken) {
    how = "offline, the server is not running";
    taken = { body: await offlineBackup(config.dataDir, sql), ms: 0 };
  }
  writeAtomically(file, taken.body);
  console.log(`备份完成 / backup written: ${file} (${taken.body.length} bytes, ${how}, ${Date.now() - started} ms)`);
}

if (require.main === module) {
  main().catch((e: Error) => {
    console.error(`备份失败 / backup failed: ${e.message}`);
    process.exit(1);
  });
}
