import http from "node:http";
import pg from "pg";
import { loadConfig } from "../config";
import { lockDataDir, pgliteExtensions, readLock } from "../db/embedded";
import { checkData, printCheck, type DataCheck } from "./data-checks";

/**
 * `npm run check-data` — row counts and the invariants (tools/data-checks.ts) of the configured
 * database: PostgreSQL (DATABASE_URL), the running embedded server (through its control socket), or
 * a stopped embedded data folder. Exit code 1 when an invariant is broken. Use it before a backup and
 * after a restore, and compare the counts.
 */
function onlineCheck(controlSocket: string): Promise<DataCheck | null> {
  return new Promise((resolve, reject) => {
    const req = http.get({ socketPath: controlSocket, path: "/check" }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () =>
        res.statusCode === 200 ? resolve(JSON.parse(body) as DataCheck) : reject(new Error(`HTTP ${res.statusCode}`)),
      );
    });
    req.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "ENOENT" || e.code === "ECONNREFUSED" ? resolve(null) : reject(e),
    );
  });
}

async function main() {
  const config = loadConfig({ ...process.env, NODE_ENV: "development" });
  let check: DataCheck | null = null;
  if (config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      check = await checkData(async (sql) => (await client.query(sql)).rows);
    } finally {
      await client.end();
    }
  } else {
    const lock = readLock(config.dataDir);
    if (lock?.control) check = await onlineCheck(lock.control);
    if (!check) {
      const unlock = lockDataDir(config.dataDir);
      try {
        const { PGlite } = await import("@electric-sql/pglite");
        const db = await PGlite.create({ dataDir: config.dataDir, extensions: await pgliteExtensions() });
        try {
          check = await checkData(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
        } finally {
          await db.close();
        }
      } finally {
        unlock();
      }
    }
  }
  if (!printCheck(check)) process.exit(1);
}

main().catch((e: Error) => {
  console.error(`检查失败 / check failed: ${e.message}`);
  process.exit(1);
});
