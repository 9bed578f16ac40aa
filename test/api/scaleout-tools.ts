import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
export { haproxyConfig } from "../tools/haproxy.mjs";

/** Helpers of the scale-out tests (scaleout.test.ts, replica.test.ts) and the measurement (test/tools/scaleout-bench.mjs shares haproxyConfig). */

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The PostgreSQL server binaries of this machine (initdb, pg_ctl, pg_basebackup, pg_dump), or null. */
export function pgBinDir(): string | null {
  const fromConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  const candidates = [fromConfig.status === 0 ? fromConfig.stdout.trim() : "", "/usr/lib/postgresql/15/bin"];
  return candidates.find((d) => d && fs.existsSync(path.join(d, "initdb"))) ?? null;
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL tool; as root it runs as the `postgres` OS user (initdb and postgres refuse root). */
function pgTool(bin: string, tool: string, args: string[]): string {
  const cmd = asRoot ? "runuser" : path.join(bin, tool);
  const full = asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args;
  const r = spawnSync(cmd, full, { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export interface PrivateCluster {
  port: number;
  dir: string;
  url(database: string): string;
  stop(): void;
}

/** A temporary directory the `postgres` OS user owns (when running as root). */
export function clusterRoot(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-replica-"));
  if (asRoot) spawnSync("chown", ["-R", "postgres:postgres", dir]);
  return dir;
}

function settings(dir: string, port: number): string {
  return [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dir}'`,
    "wal_level = replica",
    "max_wal_senders = 4",
    "hot_standby = on",
    "fsync = off",
    "synchronous_commit = off",
    "full_page_writes = off",
    "shared_buffers = 32MB",
    "max_connections = 40",
    "",
  ].join("\n");
}

function startCluster(bin: string, dir: string, port: number): PrivateCluster {
  pgTool(bin, "pg_ctl", ["-D", dir, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  let stopped = false;
  return {
    port,
    dir,
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    stop() {
      if (stopped) return;
      stopped = true;
      pgTool(bin, "pg_ctl", ["-D", dir, "-m", "fast", "-w", "stop"]);
    },
  };
}

/** A fresh primary of its own (never the machine's main cluster): trust auth, replication allowed from 127.0.0.1. */
export async function startPrimary(bin: string, root: string): Promise<PrivateCluster> {
  const dir = path.join(root, "primary");
  // initdb's pg_hba with --auth=trust already has `host replication all 127.0.0.1/32 trust`.
  pgTool(bin, "initdb", ["-D", dir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  fs.appendFileSync(path.join(dir, "postgresql.conf"), settings(dir, port));
  return startCluster(bin, dir, port);
}

/** A streaming standby of `primary` (pg_basebackup -R), on a port of its own. */
export async function startStandby(bin: string, root: string, primary: PrivateCluster): Promise<PrivateCluster> {
  const dir = path.join(root, "standby");
  pgTool(bin, "pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    dir,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  const port = await freePort();
  fs.appendFileSync(path.join(dir, "postgresql.conf"), settings(dir, port));
  return startCluster(bin, dir, port);
}

/** Copies a database of the test server (the run's seeded template) into `target` (pg_dump | psql). */
export function copyDatabase(bin: string, sourceUrl: string, targetUrl: string): void {
  const r = spawnSync(
    "sh",
    [
      "-c",
      `"${path.join(bin, "pg_dump")}" --no-owner --no-privileges "$SRC" | "${path.join(bin, "psql")}" -q -v ON_ERROR_STOP=1 "$DST"`,
    ],
    { encoding: "utf8", env: { ...process.env, SRC: sourceUrl, DST: targetUrl }, timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`copying the database failed:\n${r.stderr}`);
}
