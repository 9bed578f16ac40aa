import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodedBody, rawRequest, startTestServer, type TestServer } from "./harness";

// POST /graphql has two paths (server/src/shared/graphql-http.ts): the plain request (JSON with a
// Content-Length) is served straight from node:http, anything else by express. Each request here is
// sent both ways — with its length, and chunked (no length), which only express takes — and the two
// answers must be the same, headers and all: a header or a refusal that one path forgets shows here.

let s: TestServer;
let token: string;
beforeAll(async () => {
  s = await startTestServer();
  token = await s.login("zhenning");
});
afterAll(async () => {
  await s?.close();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}
type Way = "plain" | "chunked";

/** POSTs `body` to /graphql with its Content-Length (plain) or chunked; the answer decoded. */
async function post(
  way: Way,
  headers: Record<string, string>,
  body: string | Buffer,
  pathname = "/graphql",
  server: TestServer = s,
): Promise<Raw> {
  const r = await rawRequest(`${server.url}${pathname}`, { headers, body, chunked: way === "chunked" });
  return { status: r.status, headers: r.headers, body: decodedBody(r).toString("utf8") };
}

/** The headers that may differ between two answers to the same request. */
const VARYING = new Set(["date", "content-length", "transfer-encoding", "connection", "keep-alive"]);
function comparable(r: Raw) {
  const headers = Object.fromEntries(Object.entries(r.headers).filter(([k]) => !VARYING.has(k)));
  return { status: r.status, headers, body: r.body };
}

async function bothWays(headers: Record<string, string>, body: string | Buffer, pathname?: string) {
  const plain = await post("plain", headers, body, pathname);
  const chunked = await post("chunked", headers, body, pathname);
  expect(comparable(plain)).toEqual(comparable(chunked));
  return plain;
}

const json = (extra: Record<string, string> = {}) => ({ "content-type": "application/json", ...extra });
const signedIn = (extra: Record<string, string> = {}) => json({ authorization: `Bearer ${token}`, ...extra });

describe("POST /graphql, with a length and chunked", () => {
  it("answers a signed-in read the same, image cookie, security headers and no-store included", async () => {
    const r = await bothWays(signedIn(), JSON.stringify({ query: "{ me { username } }" }));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ data: { me: { username: "zhenning" } } });
    expect(r.headers["cache-control"]).toBe("no-store");
    expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["set-cookie"]?.[0]).toMatch(/HttpOnly/);
    expect(r.headers["vary"]).toMatch(/Accept-Encoding/);
    expect(r.headers["x-powered-by"]).toBeUndefined();
  });

  it("compresses a large answer the same (br, then gzip), and leaves a small one as it is", async () => {
    const query = JSON.stringify({ query: "{ __schema { types { name description } } }" });
    for (const encoding of ["br", "gzip", "identity"]) {
      const r = await bothWays(signedIn({ "accept-encoding": encoding }), query);
      expect(r.headers["content-encoding"]).toBe(encoding === "identity" ? undefined : encoding);
      expect(JSON.parse(r.body).data.__schema.types.length).toBeGreaterThan(50);
    }
    const small = await bothWays(signedIn({ "accept-encoding": "br" }), JSON.stringify({ query: "{ me { id } }" }));
    expect(small.headers["content-encoding"]).toBeUndefined();
  });

  it("refuses the same: bad input, no session, a wrong document, an empty object", async () => {
    const cases: [Record<string, string>, string, number, string][] = [
      [signedIn(), JSON.stringify({ query: "{ me { nope } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
      [json(), JSON.stringify({ query: "{ orders(first: 1) { totalCount } }" }), 200, "UNAUTHENTICATED"],
      [signedIn(), JSON.stringify({ query: "{ me { id }" }), 400, "GRAPHQL_PARSE_FAILED"],
      [signedIn(), "{}", 400, "BAD_REQUEST"],
      [signedIn(), "", 400, "BAD_REQUEST"],
    ];
    for (const [headers, body, status, code] of cases) {
      const r = await bothWays(headers, body);
      expect(r.status, body).toBe(status);
      expect(JSON.parse(r.body).errors?.[0]?.extensions?.code, `${body}: ${r.body}`).toBe(code);
    }
  });

  it("refuses a body that is not JSON as a GraphQL error in the request's language, never quoting it", async () => {
    for (const body of ['{"query": "{ me { id } }", 13800138000', "13800138000", "[1,", "\u00ff\u00fe"]) {
      const zh = await bothWays(signedIn(), body);
      expect(zh.status).toBe(400);
      expect(zh.headers["content-type"]).toBe("application/json; charset=utf-8");
      const answer = JSON.parse(zh.body);
      expect(answer.errors[0].extensions.code).toBe("BAD_REQUEST");
      expect(answer.errors[0].message).toBe("请求正文不是有效的 JSON");
      expect(zh.body).not.toContain("13800138000");
      const en = await bothWays(signedIn({ "x-locale": "en" }), body);
      expect(JSON.parse(en.body).errors[0].message).toBe("The request body is not valid JSON");
    }
  });

  it("refuses a body over 1 MiB with 413, and a charset that is not UTF-8 with 415, as GraphQL errors", async () => {
    const big = JSON.stringify({ query: `{ me { id } }${" ".repeat(1024 * 1024)}` });
    for (const way of ["plain", "chunked"] as const) {
      const r = await post(way, signedIn(), big);
      expect(r.status, way).toBe(413);
      expect(JSON.parse(r.body).errors[0].extensions.code).toBe("BAD_REQUEST");
    }
    const latin = await bothWays(
      signedIn({ "content-type": "application/json; charset=latin1" }),
      JSON.stringify({ query: "{ me { id } }" }),
    );
    expect(latin.status).toBe(415);
    expect(JSON.parse(latin.body).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("takes the charset in any case, a BOM, and a query string, as express does", async () => {
    for (const [headers, body, pathname] of [
      [signedIn({ "content-type": "application/json; charset=UTF-8" }), '{"query":"{ me { id } }"}', "/graphql"],
      [signedIn(), '\ufeff{"query":"{ me { id } }"}', "/graphql"],
      [signedIn(), '{"query":"{ me { id } }"}', "/graphql?x=1"],
    ] as const) {
      const r = await bothWays(headers, body, pathname);
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body).data.me.id).toBeTruthy();
    }
  });

  it("leaves other content types to Apollo's CSRF check, through express", async () => {
    const r = await post(
      "plain",
      signedIn({ "content-type": "text/plain" }),
      JSON.stringify({ query: "{ me { id } }" }),
    );
    expect(r.status).toBe(400);
    expect(r.body).not.toContain('"data"');
  });

  it("writes a mutation once and answers it the same way on both paths", async () => {
    const before = await s.sql<{ n: string }>("select count(*)::text as n from login_event");
    const login = JSON.stringify({
      query: `mutation { login(input: { username: "zhenning", password: "wrong-password" }) { token } }`,
    });
    const plain = await post("plain", json(), login);
    const chunked = await post("chunked", json(), login);
    expect(JSON.parse(plain.body).errors[0].extensions.code).toBe(JSON.parse(chunked.body).errors[0].extensions.code);
    const after = await s.sql<{ n: string }>("select count(*)::text as n from login_event");
    expect(Number(after[0].n) - Number(before[0].n)).toBe(2);
  });
});

describe("a request still open after SLOW_REQUEST_MS", () => {
  let slow: TestServer;
  beforeAll(async () => {
    // 400 ms: above what a loaded CI machine can add to a quick request (the second test), below the first's wait.
    slow = await startTestServer({ slowRequestMs: 400 }, { captureLogs: true });
  });
  afterAll(async () => {
    await slow?.close();
  });

  it("is logged while it is open (where it is: reading its body) and when it ends, never its query string or body", async () => {
    const body = Buffer.from(JSON.stringify({ query: "query SlowProbe { __typename }", operationName: "SlowProbe" }));
    const answer = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${slow.url}/graphql?secret=s3cr3t-value`,
        { method: "POST", headers: { "content-type": "application/json", "content-length": body.length } },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode!));
        },
      );
      req.on("error", reject);
      // Half the body, then the rest after the threshold: the request sits in its body meanwhile.
      req.write(body.subarray(0, 10));
      setTimeout(() => req.end(body.subarray(10)), 1_200);
    });
    expect(answer).toBe(200);
    await expect.poll(() => slow.logs().some((l) => l.includes('"slow_request_done"'))).toBe(true);
    const lines = slow.logs().filter((l) => l.includes('"slow_request'));
    const open = lines.map((l) => JSON.parse(l)).find((l) => l.event === "slow_request");
    expect(open).toMatchObject({ method: "POST", path: "/graphql", stage: "reading" });
    expect(open.ms).toBeGreaterThanOrEqual(400);
    const done = lines.map((l) => JSON.parse(l)).find((l) => l.event === "slow_request_done");
    expect(done).toMatchObject({ path: "/graphql", operation: "SlowProbe", stage: "answering", status: 200 });
    // Its whole time, so more than when it was first logged. Not "≥ the client's wait": the
    // server's clock starts when its callback runs, which a loaded machine delays (564 ms in a CI run).
    expect(done.ms).toBeGreaterThan(open.ms);
    expect(lines.join("\n")).not.toContain("s3cr3t");
    expect(lines.join("\n")).not.toContain("__typename");
  });

  it("says nothing of a request that answers in time", async () => {
    const before = slow.logs().length;
    const r = await post("plain", json(), JSON.stringify({ query: "query Quick { __typename }" }), "/graphql", slow);
    expect(r.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(
      slow
        .logs()
        .slice(before)
        .filter((l) => l.includes('"slow_request')),
    ).toEqual([]);
  });
});
