import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/src/config";
import { startTestServer, type TestServer } from "./harness";

/** Production (NODE_ENV=production) answers: metrics behind a token or a port, no CDN page, no caching of API answers. */
const PROD = { env: "production" as const, tokenSecret: "x".repeat(40), graphqlIde: false };
const METRICS_TOKEN = "m".repeat(24);

let dev: TestServer;
let prod: TestServer;
beforeAll(async () => {
  [dev, prod] = await Promise.all([startTestServer(), startTestServer(PROD)]);
});
afterAll(async () => {
  await Promise.all([dev?.close(), prod?.close()]);
});

describe("production hardening", () => {
  it("refuses /metrics in production when neither METRICS_TOKEN nor METRICS_PORT is set", async () => {
    const r = await fetch(`${prod.url}/metrics`);
    expect(r.status).toBe(404);
    expect(await r.text()).not.toMatch(/graphql_requests_total/);
    // Outside production it stays open, as before.
    expect((await fetch(`${dev.url}/metrics`)).status).toBe(200);
  });

  it("serves /metrics with METRICS_TOKEN only to a bearer of that token", async () => {
    const s = await startTestServer({ ...PROD, metricsToken: METRICS_TOKEN });
    try {
      expect((await fetch(`${s.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${"n".repeat(24)}` } })).status).toBe(
        401,
      );
      const ok = await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/db_pool_connections/);
    } finally {
      await s.close();
    }
  }, 120_000);

  it("serves /metrics with METRICS_PORT only on that port", async () => {
    const s = await startTestServer({ ...PROD, metricsPort: 0 });
    try {
      expect((await fetch(`${s.url}/metrics`)).status).toBe(404);
      const addr = s.app.metricsServer!.address() as { port: number };
      const ok = await fetch(`http://127.0.0.1:${addr.port}/metrics`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/db_pool_connections/);
      // Nothing else is served on the metrics port.
      expect((await fetch(`http://127.0.0.1:${addr.port}/graphql`)).status).toBe(404);
    } finally {
      await s.close();
    }
  }, 120_000);

  it("shows no page that loads scripts from a CDN", async () => {
    for (const accept of ["text/html", "text/html,application/xhtml+xml,*/*;q=0.8"]) {
      const r = await fetch(`${prod.url}/graphql`, { headers: { accept } });
      const body = await r.text();
      expect(body).not.toMatch(/cdn\.|apollographql\.com|<script/i);
    }
    const csp =
      (await fetch(`${prod.url}/graphql`, { headers: { accept: "text/html" } })).headers.get(
        "content-security-policy",
      ) ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/https?:/); // no outside origin allowed for scripts or anything else
  });

  it("marks API answers Cache-Control: no-store (GraphQL and exports)", async () => {
    for (const s of [prod, dev]) {
      const token = await s.login("qingdao");
      const post = await fetch(`${s.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `{ me { username } }` }),
      });
      expect(post.status).toBe(200);
      expect(post.headers.get("cache-control")).toBe("no-store");
      const get = await fetch(`${s.url}/graphql?query=${encodeURIComponent("{ agreementYears }")}`, {
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/graphql-response+json",
          "apollo-require-preflight": "1",
        },
      });
      expect(get.status, await get.clone().text()).toBe(200);
      expect(get.headers.get("cache-control")).toBe("no-store");
      const xlsx = await fetch(`${s.url}/exports/labour.xlsx?year=2024`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(xlsx.status, await xlsx.clone().text()).toBe(200);
      expect(xlsx.headers.get("cache-control")).toBe("no-store");
      await xlsx.arrayBuffer();
      // A refusal too.
      expect((await fetch(`${s.url}/exports/labour.xlsx`)).headers.get("cache-control")).toBe("no-store");
    }
  });
});

describe("configuration of proxies, Redis and metrics", () => {
  it("trusts no proxy by default and validates TRUST_PROXY", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8, fd00::/8, 192.168.1.1" }).trustProxy).toEqual([
      "loopback",
      "10.0.0.0/8",
      "fd00::/8",
      "192.168.1.1",
    ]);
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    for (const bad of ["example.com", "10.0.0.0/33", "300.1.1.1", "loopbackk"])
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });
  it("validates REDIS_URL, METRICS_TOKEN and METRICS_PORT", () => {
    expect(loadConfig({}).redisUrl).toBeNull();
    expect(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379/2" }).redisUrl).toBe("redis://127.0.0.1:6379/2");
    expect(() => loadConfig({ REDIS_URL: "http://x" })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({ METRICS_PORT: "9464" }).metricsPort).toBe(9464);
    expect(() => loadConfig({ METRICS_PORT: "x" })).toThrow(/METRICS_PORT/);
  });
});
