import { randomBytes } from "node:crypto";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "./harness";

/**
 * The per-address login limit (thirty wrong passwords per address in fifteen minutes) under a
 * parallel burst. It used to read the count, check the password, then count the failure: sixty
 * logins fired at once all read a count below thirty and all reached the password check. Now each
 * attempt is counted and judged in one atomic step (an upsert … RETURNING in PostgreSQL, INCR and
 * PEXPIRE in one Lua script in Redis), so exactly thirty get through, whatever the store.
 */
const LOGIN = graphql(`
  mutation LoginBurstLogin($u: String!, $p: String!) {
    login(input: { username: $u, password: $p }) {
      token
    }
  }
`);
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redisUp = await new Promise<boolean>((resolve) => {
  const u = new URL(REDIS_URL);
  const sock = net.connect({ host: u.hostname, port: Number(u.port || 6379) });
  sock.setTimeout(1000, () => (sock.destroy(), resolve(false)));
  sock.on("error", () => resolve(false));
  sock.on("connect", () => sock.write("PING\r\n"));
  sock.on("data", (d) => (sock.destroy(), resolve(d.toString().startsWith("+PONG"))));
});
if (!redisUp && process.env.CI === "true") throw new Error(`Redis is not answering at ${REDIS_URL} under CI`);

const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

/**
 * Fires `n` logins at once from one address (behind a trusted proxy, so the address is the
 * header's), each with a username of its own (the per-account limit of five never applies), and
 * counts how they were answered, and how many reached the password check (the login log).
 */
async function burst(s: TestServer, n: number) {
  const ip = `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`; // a fresh address: Redis outlives the test database
  const run = randomBytes(3).toString("hex");
  const codes = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      fetch(`${s.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": ip },
        body: JSON.stringify({ query: LOGIN.toString(), variables: { u: `burst${run}x${i}`, p: "wrong-guess" } }),
      })
        .then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>)
        .then((r) => r.errors?.[0]?.extensions.code ?? "OK"),
    ),
  );
  const tally: Record<string, number> = {};
  for (const c of codes) tally[c] = (tally[c] ?? 0) + 1;
  // UNKNOWN_USER / LOCKED_OUT: the password was checked (no such account); LOCKED: refused before it.
  const checked = await s.sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM login_event WHERE username LIKE $1 AND outcome IN ('UNKNOWN_USER', 'LOCKED_OUT')`,
    [`burst${run}x%`],
  );
  return { tally, checked: checked[0].n };
}

describe("a parallel burst of logins from one address", () => {
  it("PostgreSQL store: exactly thirty of sixty reach the password check", async () => {
    const s = await startTestServer({ trustProxy: ["loopback"], dbPoolSize: 20 });
    servers.push(s);
    const { tally, checked } = await burst(s, 60);
    expect(tally).toEqual({ UNAUTHENTICATED: 30, TOO_MANY_REQUESTS: 30 });
    expect(checked).toBe(30);
  }, 120_000);

  it.skipIf(!redisUp)(
    "Redis store: exactly thirty of sixty reach the password check",
    async () => {
      const s = await startTestServer({ trustProxy: ["loopback"], dbPoolSize: 20, redisUrl: REDIS_URL });
      servers.push(s);
      const { tally, checked } = await burst(s, 60);
      expect(tally).toEqual({ UNAUTHENTICATED: 30, TOO_MANY_REQUESTS: 30 });
      expect(checked).toBe(30);
    },
    120_000,
  );

  it("a success gives its attempt back: it does not use up the address's thirty", async () => {
    const s = servers[0];
    const ip = `198.19.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    const login = (u: string, p: string) =>
      fetch(`${s.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": ip },
        body: JSON.stringify({ query: LOGIN.toString(), variables: { u, p } }),
      }).then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
    for (let i = 0; i < 29; i++)
      expect((await login(`nobody${i}`, "x")).errors![0].extensions.code).toBe("UNAUTHENTICATED");
    for (let i = 0; i < 3; i++) expect((await login("qingdao", DEMO_PASSWORD)).errors).toBeUndefined();
    expect((await login("nobody29", "x")).errors![0].extensions.code).toBe("UNAUTHENTICATED"); // the 30th failure
    expect((await login("qingdao", DEMO_PASSWORD)).errors![0].extensions.code).toBe("TOO_MANY_REQUESTS");
  }, 120_000);
});
