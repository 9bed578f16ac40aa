import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { loadConfig } from "../config";
import { lockDataDir, pgliteExtensions } from "../db/embedded";
import { parseArgs } from "./backup";
import { checkData, printCheck, type DataCheck } from "./data-checks";

/**
 * `npm run restore -- FILE [--data-dir DIR]` — puts a backup from `npm run backup` into a NEW,
 * empty database, then checks it (row counts and invariants, tools/data-checks.ts). It never
 * overwrites: restoring over live data is a decision for a person (move the old folder aside, or
 * create a new database), not a flag.
 *
 * - `FILE.tar.gz` (embedded): loaded into DIR (default DATA_DIR), which must not exist or be empty.
 * - `FILE.dump` (pg_dump -Fc): `pg_restore` into DATABASE_URL, which must hold no tables yet.
 * - `FILE.sql` (`npm run backup -- --sql` of the embedded default): `psql` into DATABASE_URL, likewise
 *   empty: how an embedded installation moves to PostgreSQL.
 *
 * Exit code 0 only when every invariant holds on the restored data.
 */

/** Loads a PGlite dump into an empty folder and returns the check of the result. */
export async function restoreEmbedded(file: string, dataDir: string): Promise<DataCheck> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty: restore into a new folder (move the old one aside first)`);
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const unlock = lockDataDir(dataDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create(dataDir, {
      loadDataDir: new Blob([fs.readFileSync(file)]),
      extensions: await pgliteExtensions(),
    });
    try {
      return await checkData(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
}

/** pg_restore (a .dump) or psql (a .sql) into an empty PostgreSQL database, then the same check. */
export async function restorePostgres(file: string, url: string): Promise<DataCheck> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows;
    if (n > 0) throw new Error(`the target database already has ${n} tables: restore into a new, empty database`);
    const sql = file.endsWith(".sql");
    const name = sql ? "psql" : "pg_restore";
    const bin = process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name;
    const u = new URL(url);
    const env = { ...process.env, ...(u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {}) };
    u.password = "";
    // --no-owner/--no-privileges: the objects belong to the role restoring them (the app's), whatever
    // the source called its roles; --single-transaction: all or nothing; stop at the first error.
    const args = sql
      ? ["-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-d", u.toString(), "-f", file]
      : ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "-d", u.toString(), file];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(bin, args, { env, stdio: ["ignore", "ignore", "inherit"] });
      child.on("error", (e) =>
        reject(new Error(`could not run ${bin}: ${e.message} (install the PostgreSQL client, or set PG_BIN)`)),
      );
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code})`))));
    });
    return await checkData(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const file = args._ ? path.resolve(args._) : "";
  if (!file || !fs.existsSync(file)) {
    console.error("用法 / usage: npm run restore -- FILE [--data-dir DIR]   (FILE from npm run backup)");
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, NODE_ENV: "development" });
  const started = Date.now();
  let check: DataCheck;
  if (/\.(tar\.gz|tgz|tar)$/.test(file)) {
    const dataDir = path.resolve(args["data-dir"] || config.dataDir);
    check = await restoreEmbedded(file, dataDir);
    console.log(
      `恢复完成 / restored into ${dataDir} in ${Date.now() - started} ms; start the server with DATA_DIR=${dataDir}`,
    );
  } else {
    if (!config.databaseUrl)
      throw new Error("a .dump or .sql file restores into PostgreSQL: set DATABASE_URL to a new, empty database");
    check = await restorePostgres(file, config.databaseUrl);
    console.log(`恢复完成 / restored into PostgreSQL in ${Date.now() - started} ms`);
  }
  const ok = printCheck(check);
  if (!ok) {
    console.error("✗ 恢复的数据不一致 / the restored data breaks the invariants above: do not serve from it");
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((e: Error) => {
    console.error(`恢复失败 / restore failed: ${e.message}`);
    process.exit(1);
  });
}
