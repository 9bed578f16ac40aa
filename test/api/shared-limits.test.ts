import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { graphql } from "./gql";
import type { TypedDocumentString } from "./gql/graphql";
import {
  codeOf,
  createTestDatabase,
  DEMO_PASSWORD,
  startBuiltServer,
  startTestServer,
  type GqlResult,
} from "./harness";

/**
 * Login limits hold across server processes: failures spread over two processes lock the account
 * in both. One process is this test's (startTestServer), the other a child `node server/dist/main.js`
 * — two processes share no memory, so only the store (PostgreSQL, or Redis) can carry the count.
 */
const root = path.resolve(__dirname, "../..");
const main = path.join(root, "server/dist/main.js");
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const LOGIN = graphql(`
  mutation SharedLimitsLogin($u: String!, $p: String!) {
    login(input: { username: $u, password: $p }) {
      token
    }
  }
`);

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of children) c.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
  for (const f of cleanups) await f();
});

/** Starts the built server with `env` and waits for its URL. */
async function startProcess(env: Record<string, string>): Promise<string> {
  const { child, url } = await startBuiltServer({ NODE_ENV: "test", LOG_LEVEL: "warn", ...env }, 90_000);
  children.push(child);
  return url;
}

/** Posts a typed operation to another process (`s.gql` talks to this test's own server only). */
async function gqlAt<R, V>(
  url: string,
  query: TypedDocumentString<R, V>,
  variables: V,
  token?: string,
): Promise<GqlResult<R>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GqlResult<R>, "status">) };
}

/** A database of its own for the child process: a copy of the run's template, or null on the embedded default. */
async function databaseCopy(): Promise<string | null> {
  const template = inject("templateDatabase");
  if (!template || !process.env.TEST_DATABASE_URL) return null;
  const db = await createTestDatabase({ template });
  cleanups.push(db.drop);
  return db.url;
}

const redisAnswers = () =>
  new Promise<boolean>((resolve) => {
    const u = new URL(REDIS_URL);
    const sock = net.connect({ host: u.hostname, port: Number(u.port || 6379) });
    sock.setTimeout(1000, () => (sock.destroy(), resolve(false)));
    sock.on("error", () => resolve(false));
    sock.on("connect", () => sock.write("PING\r\n"));
    sock.on("data", (d) => (sock.destroy(), resolve(d.toString().startsWith("+PONG"))));
  });

const onPostgres = !!inject("templateDatabase");
const redisUp = await redisAnswers();
if (!redisUp) {
  if (process.env.CI === "true")
    throw new Error(`Redis is not answering at ${REDIS_URL}: under CI that is a failure (.ci/run starts it)`);
  console.warn(`\n  ⚠ Redis not answering at ${REDIS_URL}: the Redis part of shared-limits.test.ts is skipped\n`);
}
if (!onPostgres)
  console.warn(
    "\n  ⚠ embedded database: two processes cannot share it; the PostgreSQL part of shared-limits.test.ts runs on PostgreSQL only\n",
  );

/** Five failures, three here and two there, then the right password is refused by both. */
async function failuresSpreadOverBoth(a: string, b: string, username: string, password: string) {
  for (const url of [a, b, a, b, a])
    expect(codeOf(await gqlAt(url, LOGIN, { u: username, p: "wrong-guess" }))).toBe("UNAUTHENTICATED");
  for (const url of [a, b])
    expect(codeOf(await gqlAt(url, LOGIN, { u: username, p: password }))).toBe("TOO_MANY_REQUESTS");
}

describe.skipIf(!fs.existsSync(main))("login limits across server processes", () => {
  it.skipIf(!onPostgres)(
    "two processes on the same PostgreSQL database share the count",
    async () => {
      const s = await startTestServer();
      cleanups.push(() => s.close());
      const other = await startProcess({ DATABASE_URL: s.app.config.databaseUrl!, SEED_DEMO: "false" });
      await failuresSpreadOverBoth(s.url, other, "pingdu", DEMO_PASSWORD);
      const [row] = await s.sql(`SELECT count(*)::int AS n FROM rate_limit_counter WHERE key LIKE 'login-account:%'`);
      expect(row.n).toBe(1);
    },
    120_000,
  );

  it.skipIf(!redisUp)(
    "two processes on different databases share the count through Redis",
    async () => {
      const s = await startTestServer({ redisUrl: REDIS_URL });
      cleanups.push(() => s.close());
      const copy = await databaseCopy();
      const dataDir = copy ? null : fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-limits-"));
      if (dataDir) cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
      // The other process has a database of its own: a copy of the template, or an empty embedded one
      // (no demo data to seed: it starts faster, and the account need not exist there to be counted).
      const other = await startProcess({
        REDIS_URL,
        SEED_DEMO: "false",
        ...(copy ? { DATABASE_URL: copy } : { DATA_DIR: dataDir! }),
      });
      // A username of this run only: Redis outlives the test databases.
      const username = `rl${randomBytes(4).toString("hex")}`;
      const password = "Shared-Limit-2026";
      const admin = await s.login("admin");
      // ADMIN needs no region or organisation.
      const created = await s.gql(
        graphql(`
          mutation SharedLimitsCreateUser($i: CreateUserInput!) {
            createUser(input: $i) {
              id
            }
          }
        `),
        { i: { username, password, displayName: "限流", role: "ADMIN" } },
        admin,
      );
      expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
      await failuresSpreadOverBoth(s.url, other, username, password);
      // Counted in Redis, not in either database.
      expect(await s.sql(`SELECT 1 FROM rate_limit_counter WHERE key LIKE 'login-account:%'`)).toHaveLength(0);
    },
    180_000,
  );

  it("when Redis cannot be reached, counts in PostgreSQL instead (never no limit) and says so in the log", async () => {
    const s = await startTestServer({ redisUrl: "redis://127.0.0.1:1" }, { captureLogs: true });
    cleanups.push(() => s.close());
    for (let i = 0; i < 5; i++)
      expect(codeOf(await s.gql(LOGIN, { u: "pingdu", p: "wrong-guess" }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await s.gql(LOGIN, { u: "pingdu", p: DEMO_PASSWORD }))).toBe("TOO_MANY_REQUESTS");
    expect(await s.sql(`SELECT 1 FROM rate_limit_counter WHERE key LIKE 'login-account:%'`)).toHaveLength(1);
    expect(codeOf(await s.gql(LOGIN, { u: "qingdao", p: DEMO_PASSWORD }))).toBeUndefined();
    expect(s.logs().join("\n")).toMatch(/Redis unavailable, counting in PostgreSQL/);
  });
});
