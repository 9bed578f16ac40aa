import pg from "pg";
import { loadConfig } from "../config";
import { lockDataDir, pgliteExtensions } from "../db/embedded";
import { describeReport, verifyAll, type SqlRunner } from "../modules/integrity/integrity.verify";

/**
 * `npm run verify-chain` — seals what is new, then recomputes the ledger's and the audit trail's hash
 * chains (docs/integrity.md) and prints each chain's head or its first broken link. Exit code 1 when
 * a chain is broken. PostgreSQL (DATABASE_URL), or a stopped embedded data folder (with the server
 * running, use the admin page: the embedded database has one session). `-- --seal-all` first links
 * every unlinked row whatever its date (after the servers were down for more than a day with rows
 * left unsealed: read what it names first — an old unlinked row may be a forged one).
 */
async function main() {
  const config = loadConfig({ ...process.env, NODE_ENV: "development" });
  let run: SqlRunner;
  let close: () => Promise<void>;
  if (config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    run = async (sql, params) => (await client.query(sql, params as unknown[])).rows;
    close = () => client.end();
  } else {
    const unlock = lockDataDir(config.dataDir);
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create({ dataDir: config.dataDir, extensions: await pgliteExtensions() });
    run = async (sql, params) => (await db.query<Record<string, unknown>>(sql, params as unknown[])).rows;
    close = async () => {
      await db.close();
      unlock();
    };
  }
  let ok = true;
  try {
    for (const r of await verifyAll(run, { seal: process.argv.includes("--seal-all") ? "all" : "fast" })) {
      console.log(describeReport(r));
      if (r.broken) ok = false;
    }
  } finally {
    await close();
  }
  if (!ok) process.exit(1);
}

main().catch((e: Error) => {
  console.error(`校验失败 / verify failed: ${e.message}`);
  process.exit(2);
});
