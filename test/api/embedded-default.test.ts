import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockFileOf, readLock } from "../../server/src/db/embedded";
import { startTestServer, type TestServer } from "./harness";

/**
 * The embedded default (issue 8): only the server can use its PGlite, and nothing another client
 * does to the one shared session can break the server. Embedded only: on PostgreSQL there is no PGlite.
 */
const onPostgres = !!process.env.TEST_DATABASE_URL;
const root = path.resolve(__dirname, "../..");

describe.skipIf(onPostgres)("the embedded database is the server's alone", () => {
  let s: TestServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-embedded-")), "pglite");
    s = await startTestServer({ databaseUrl: null, dataDir, seedDemo: true });
  }, 120_000);
  afterAll(async () => {
    await s?.close();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  const loginWorks = async () => {
    const r = await s.gql(`mutation { login(input: { username: "buyer", password: "xiezuo2026" }) { token } }`);
    return r.data?.login?.token ? "ok" : JSON.stringify(r.errors);
  };

  it("listens on no TCP port: a Unix socket in a directory only its owner can enter", () => {
    const embedded = s.app.embedded!;
    // No TCP host in the URL: the pg driver's host is a directory, the socket's.
    expect(embedded.url).toMatch(/^postgres:\/\/postgres@\/postgres\?host=%2F/);
    const dir = decodeURIComponent(/host=([^&]+)/.exec(embedded.url)![1]);
    expect(dir).toBe(embedded.runDir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const socket = path.join(dir, ".s.PGSQL.5432");
    expect(fs.statSync(socket).isSocket()).toBe(true);
    expect(fs.statSync(socket).mode & 0o077).toBe(0);
    // The data folder itself is private too, as PostgreSQL requires of PGDATA.
    expect(fs.statSync(dataDir).mode & 0o077).toBe(0);
  });

  it("refuses any other client while the server runs, even one of the same user", async () => {
    const dir = s.app.embedded!.runDir;
    await s.gql(`{ __typename }`); // the server has used its connection; it keeps it
    await new Promise((r) => setTimeout(r, 200));
    const other = new pg.Client({
      host: dir,
      port: 5432,
      user: "postgres",
      database: "postgres",
      connectionTimeoutMillis: 3000,
    });
    other.on("error", () => {});
    const outcome = await other.connect().then(
      async () => {
        // Had it got in, it could break the server for everyone (what pg_dump does).
        await other.query(`SET search_path = ''`).catch(() => {});
        await other.end().catch(() => {});
        return "connected";
      },
      (e: Error) => `refused: ${e.message}`,
    );
    expect(outcome).toMatch(/^refused/);
    expect(await loginWorks()).toBe("ok");
  });

  it("another local user cannot even reach the socket", async () => {
    if (process.getuid?.() !== 0) return; // needs root to act as another user (CI runs as root)
    const dir = s.app.embedded!.runDir;
    // Only node:net: the checkout itself may be unreadable to that user (a clone in a 0700 mkdtemp dir).
    const script = `const net = require("node:net");
      const c = net.connect(${JSON.stringify(path.join(dir, ".s.PGSQL.5432"))});
      c.on("connect", () => { console.log("connected"); process.exit(0); });
      c.on("error", (e) => { console.log(e.code); process.exit(0); });`;
    const r = spawnSync(process.execPath, ["-e", script], {
      uid: 65534,
      gid: 65534,
      cwd: "/",
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(r.stdout.trim(), r.stderr).toBe("EACCES");
  });

  it("a session changed behind the server's back (search_path, DateStyle, role) is reset before the server uses it again", async () => {
    // Whoever had the one PGlite session last (a pg_dump, a psql of the same user after a dropped
    // connection) may have left settings behind. Simulated here on the server's own connection, which
    // is then dropped: the next connection the server makes must start from a clean session.
    const pool = (s.app.db.driver as unknown as { master: pg.Pool }).master;
    const client = await pool.connect();
    await client.query(`SET search_path = ''`);
    await client.query(`SET datestyle = 'SQL, DMY'`);
    await client.query(`SET default_transaction_read_only = on`);
    client.release(true); // the connection is dropped; PGlite's session keeps what was set
    // The socket server frees its one slot a moment after the close.
    let login = "";
    for (let i = 0; i < 20 && login !== "ok"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      login = await loginWorks();
    }
    expect(login).toBe("ok");
    const [{ search_path, datestyle, ro }] = await s.sql(
      `SELECT current_setting('search_path') AS search_path, current_setting('DateStyle') AS datestyle, current_setting('default_transaction_read_only') AS ro`,
    );
    expect({ search_path, datestyle, ro }).toEqual({ search_path: "public", datestyle: "ISO, MDY", ro: "off" });
  });

  it("locks its data folder: a second server on the same DATA_DIR refuses to start", () => {
    // Two processes on one PGlite folder would corrupt it.
    expect(readLock(dataDir)?.pid).toBe(process.pid);
    const r = spawnSync(process.execPath, [path.join(root, "server/dist/main.js")], {
      env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "silent" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/in use by process \d+/);
  });

  it("removes its socket directory and lock when it stops", async () => {
    const runDir = s.app.embedded!.runDir;
    await s.close();
    expect(fs.existsSync(runDir)).toBe(false);
    expect(fs.existsSync(lockFileOf(dataDir))).toBe(false);
  });
});
