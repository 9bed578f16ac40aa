import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, startTestServer, type TestServer } from "./harness";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.close());

describe("HTTP and GraphQL conventions", () => {
  it("answers health, readiness and metrics", async () => {
    expect(await (await fetch(`${s.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect((await (await fetch(`${s.url}/readyz`)).json()).status).toBe("ready");
    await s.gql(`query Probe { me { id } }`);
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toMatch(/graphql_requests_total\{operation="Probe",type="query",outcome="ok"\} 1/);
    expect(metrics).toMatch(/graphql_request_duration_seconds_bucket/);
    expect(metrics).toMatch(/db_pool_connections\{state="total"\}/);
  });

  it("serves queries over GET, refuses mutations over GET, and blocks CSRF-able requests", async () => {
    const token = await s.login("qingdao");
    const q = encodeURIComponent(`{ agreementYears }`);
    const get = await fetch(`${s.url}/graphql?query=${q}`, {
      headers: {
        authorization: `Bearer ${token}`,
        accept: "application/graphql-response+json",
        "apollo-require-preflight": "1",
      },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get("content-type")).toMatch(/application\/graphql-response\+json/);
    expect((await get.json()).data.agreementYears).toContain(2020);
    const mutation = await fetch(`${s.url}/graphql?query=${encodeURIComponent("mutation { logout }")}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(mutation.status).toBe(405);
    const simple = await fetch(`${s.url}/graphql?query=${q}`);
    expect(simple.status).toBe(400); // no preflight-forcing header: Apollo's CSRF prevention
  });

  it("answers bad documents with 400 and the standard codes", async () => {
    const parse = await s.gql(`{ pairings {`);
    expect(parse.status).toBe(400);
    expect(codeOf(parse)).toBe("GRAPHQL_PARSE_FAILED");
    const unknown = await s.gql(`{ nothing }`);
    expect(codeOf(unknown)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("limits query depth and cost", async () => {
    const token = await s.login("admin");
    const deep = `{ regions { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }`;
    const r = await s.gql(deep, {}, token);
    expect(r.status).toBe(400);
    expect(((r.errors![0].extensions as any)?.messages?.en as string) ?? "").toMatch(/too deep/i);
    const costly = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: pairings(first: 100) { nodes { progress(year: 2020) { indicator target delivered reported recorded ratio } } }`).join(" ")} }`;
    const c = await s.gql(costly, {}, token);
    expect(c.status).toBe(400); // refused by the query guards before execution (test/api/guards.test.ts)
    expect(codeOf(c)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(((c.errors![0].extensions as any)?.messages?.en as string) ?? "").toMatch(/too expensive/i);
  });

  it("in production, never shows SQL or stacks, and names the field of a bad variable", async () => {
    const prod = await startTestServer({ env: "production", tokenSecret: "x".repeat(40), graphqlIde: false });
    const token = await prod.login("qingdao");
    const r = await prod.gql(
      `mutation($a: Quantity!) { recordReportedFigure(input: { pairingId: "x", indicator: FISCAL_AID, amount: $a, occurredOn: "2020-01-01", sourceDocument: "d" }) { id } }`,
      { a: "1.005" },
      token,
    );
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "a" });
    expect(JSON.stringify(r.errors)).not.toContain("1.005");
    const nested = await prod.gql(
      `mutation($i: RecordReportedFigureInput!) { recordReportedFigure(input: $i) { id } }`,
      {
        i: { pairingId: "x", indicator: "FISCAL_AID", amount: "1.005", occurredOn: "2020-01-01", sourceDocument: "d" },
      },
      token,
    );
    expect(nested.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "amount" });
    expect(JSON.stringify([r, nested])).not.toMatch(/SELECT|INSERT|\.js:\d|\.ts:\d/);
    const headers = (await fetch(`${prod.url}/healthz`)).headers;
    expect(headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    await prod.close();
  });
});

/** A keep-alive connection: sends GET `path` on it and resolves with the status line of the answer. */
function keepAliveClient(url: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let closedAt: number | null = null;
  socket.on("close", () => (closedAt = Date.now()));
  let buffered = "";
  return {
    get closedAt() {
      return closedAt;
    },
    request(path: string): Promise<string> {
      buffered = "";
      return new Promise((resolve, reject) => {
        const onData = (b: Buffer) => {
          buffered += b.toString("latin1");
          const head = buffered.indexOf("\r\n\r\n");
          const length = /content-length: (\d+)/i.exec(buffered);
          if (head >= 0 && length && buffered.length >= head + 4 + Number(length[1])) {
            socket.off("data", onData);
            resolve(buffered.slice(0, buffered.indexOf("\r\n")));
          }
        };
        socket.on("data", onData);
        socket.once("error", reject);
        socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: keep-alive\r\n\r\n`);
      });
    },
    end: () => socket.destroy(),
  };
}

describe("idle keep-alive connections (KEEP_ALIVE_TIMEOUT_MS)", () => {
  it("are kept 65 s by default, above a load balancer's idle reuse (Node's own 5 s is below it)", () => {
    expect(s.app.config.keepAliveTimeoutMs).toBe(65_000);
    expect(s.app.httpServer.keepAliveTimeout).toBe(65_000);
    // A reused connection's next request must not meet the headers' deadline first.
    expect(s.app.httpServer.headersTimeout).toBeGreaterThan(65_000);
  });

  it("stay open for the configured time, answer a second request, and are closed after it", async () => {
    const short = await startTestServer({ keepAliveTimeoutMs: 1_000 });
    const client = keepAliveClient(short.url);
    try {
      expect(await client.request("/healthz")).toBe("HTTP/1.1 200 OK");
      await new Promise((r) => setTimeout(r, 600));
      expect(client.closedAt).toBeNull();
      const reused = Date.now();
      expect(await client.request("/readyz")).toBe("HTTP/1.1 200 OK");
      // Node closes an idle connection a second after its keepAliveTimeout (a margin for the client to
      // close first): at ≈ 2 s here, at ≈ 6 s with Node's default.
      await new Promise((r) => setTimeout(r, 3_000));
      expect(client.closedAt).not.toBeNull();
      expect(client.closedAt! - reused).toBeGreaterThanOrEqual(900);
    } finally {
      client.end();
      await short.close();
    }
  });
});
