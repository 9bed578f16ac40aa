import fs from "node:fs";
import path from "node:path";
import { print, type DocumentNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";

/**
 * Issue 8, "query guards that cost nothing to run": hostile documents are refused with HTTP 400, a
 * stable code and a `reason`, quickly, while the web app's own operations pass. The time limits here
 * only detect a hang (the old depth rule took 8 s on the 20-fragment bomb and minutes on larger ones);
 * the figures are in docs/benchmarks.md (test/bench/validation.mjs).
 */

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.close());

const HANG = 2000;

/** Posts a document (to `server`, by default the shared one) and returns the answer with the time it took. */
async function timed(query: string, variables?: Record<string, unknown>, token?: string, server: TestServer = s) {
  const t = performance.now();
  const r = await server.gql(query, variables, token);
  return { ...r, ms: performance.now() - t };
}

function expectRefused(r: GqlResult & { ms: number }, code: string, reason: string) {
  expect(r.status).toBe(400);
  expect(codeOf(r)).toBe(code);
  expect(r.errors![0].extensions).toMatchObject({ reason, limit: expect.any(Number) });
  expect(r.data ?? null).toBeNull();
  expect(r.ms).toBeLessThan(HANG);
}

/** F0 on Query, then F1…Fn each spreading the previous one `times` times: 2^n paths in a few hundred bytes. */
function fragmentBomb(n: number, times = 2) {
  const defs = ["fragment F0 on Query { agreementYears }"];
  for (let i = 1; i <= n; i++)
    defs.push(
      `fragment F${i} on Query { ${Array(times)
        .fill(`...F${i - 1}`)
        .join(" ")} }`,
    );
  return `query Bomb { ...F${n} }\n${defs.join("\n")}`;
}

/** An operation of the web app, as it sends it (printed from its generated documents). */
function webOperation(name: string): string {
  const src = fs.readFileSync(path.join(__dirname, "../../web/src/gql/graphql.ts"), "utf8");
  const m = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as DocumentNode`, "m").exec(src);
  if (!m) throw new Error(`no ${name} in the web app's documents`);
  return print(JSON.parse(m[1]) as DocumentNode);
}

describe("query guards", () => {
  it("refuses a fragment bomb by its cost, in milliseconds, and /healthz answers meanwhile", async () => {
    const small = await timed(fragmentBomb(20)); // 832 bytes, 2^20 paths: the old depth rule took 8 s
    expectRefused(small, "GRAPHQL_VALIDATION_FAILED", "COST");
    expect(((small.errors![0].extensions as any)?.messages?.en as string) ?? "").toMatch(/too expensive/i);
    const wider = await timed(fragmentBomb(25, 3)); // 3^25 paths
    expectRefused(wider, "GRAPHQL_VALIDATION_FAILED", "COST");

    const health = (async () => {
      const t = performance.now();
      const r = await fetch(`${s.url}/healthz`);
      return { status: r.status, ms: performance.now() - t };
    })();
    const [bomb, h] = await Promise.all([timed(fragmentBomb(60)), health]);
    expectRefused(bomb, "GRAPHQL_VALIDATION_FAILED", "COST");
    expect(h.status).toBe(200);
    expect(h.ms).toBeLessThan(HANG);
  });

  it("refuses a document past the token limit at parse time, whatever it is made of", async () => {
    const fields = await timed(`{ ${"agreementYears ".repeat(60_000)}}`); // ~900 KB
    expectRefused(fields, "GRAPHQL_PARSE_FAILED", "TOKENS");
    expect(fields.errors![0].extensions!.limit).toBe(s.app.config.maxQueryTokens);
    const operations = await timed(
      Array.from({ length: 20_000 }, (_, i) => `query Q${i} { agreementYears }`).join("\n"),
    );
    expectRefused(operations, "GRAPHQL_PARSE_FAILED", "TOKENS");
  });

  it("refuses a flood of aliases", async () => {
    const r = await timed(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: agreementYears`).join(" ")} }`);
    expectRefused(r, "GRAPHQL_VALIDATION_FAILED", "ALIASES");
    expect(r.errors![0].extensions).toMatchObject({ limit: s.app.config.maxQueryAliases, actual: 500 });
    // Aliases inside a fragment count once, however often it is spread.
    const token = await s.login("qingdao");
    const once = await s.gql(
      `{ ...A ...A } fragment A on Query { ${Array.from({ length: 20 }, (_, i) => `y${i}: agreementYears`).join(" ")} }`,
      {},
      token,
    );
    expect(once.errors).toBeUndefined();
  });

  it("refuses deep nesting, through fragments too", async () => {
    const nest = (levels: number) => `parent { ${"parent { ".repeat(levels - 1)}id${" }".repeat(levels)}`;
    const r = await timed(`{ regions { nodes { ${nest(20)} } } }`);
    expectRefused(r, "GRAPHQL_VALIDATION_FAILED", "DEPTH");
    expect(((r.errors![0].extensions as any)?.messages?.en as string) ?? "").toMatch(/too deep/i);
    // Each fragment alone is shallow; spread inside each other they are 2 + 3 × 5 deep.
    const chain = [`{ regions { nodes { ...R4 } } }`, `fragment R0 on Region { id }`];
    for (let i = 1; i <= 4; i++) chain.push(`fragment R${i} on Region { ${nest(3).replace("id", `...R${i - 1}`)} }`);
    expectRefused(await timed(chain.join("\n")), "GRAPHQL_VALIDATION_FAILED", "DEPTH");
    const deepest = await timed(`{ regions { nodes { ${nest(900)} } } }`); // as deep as the tokens allow
    expectRefused(deepest, "GRAPHQL_VALIDATION_FAILED", "DEPTH");
  });

  it("refuses directive spam", async () => {
    const r = await timed(`{ agreementYears ${"@include(if: true) ".repeat(300)}}`);
    expectRefused(r, "GRAPHQL_VALIDATION_FAILED", "DIRECTIVES");
  });

  it("refuses a document of hundreds of operations", async () => {
    const r = await timed(Array.from({ length: 500 }, (_, i) => `query Q${i} { agreementYears }`).join("\n"));
    expectRefused(r, "GRAPHQL_VALIDATION_FAILED", "DEFINITIONS");
  });

  it("refuses an expensive query with 400, from literals before execution and from variables once known", async () => {
    const token = await s.login("admin");
    const pages = (first: string) =>
      Array.from(
        { length: 30 },
        (_, i) =>
          `a${i}: pairings(first: ${first}) { nodes { progress(year: 2020) { indicator target delivered reported recorded ratio } } }`,
      ).join(" ");
    const literal = await timed(`{ ${pages("100")} }`, {}, token);
    expectRefused(literal, "GRAPHQL_VALIDATION_FAILED", "COST");
    expect(literal.errors![0].extensions!.limit).toBe(s.app.config.maxQueryCost);
    const variable = await timed(`query($n: Int!) { ${pages("$n")} }`, { n: 100 }, token);
    expectRefused(variable, "GRAPHQL_VALIDATION_FAILED", "COST");
    expect(((variable.errors![0].extensions as any)?.messages?.en as string) ?? "").toMatch(/too expensive/i);
    // Built at run time (thirty aliases): typed here by the one alias read.
    const small = await s.gql<{ a0: { nodes: unknown[] } }>(`query($n: Int!) { ${pages("$n")} }`, { n: 2 }, token);
    expect(small.errors).toBeUndefined();
    expect(small.data!.a0.nodes).toHaveLength(2);
  });

  it("lets the web app's largest operations through", async () => {
    const qingdao = await s.login("qingdao");
    // The web app's own operation text (web/src), typed here by the one field read.
    const overview = await s.gql<{ pairings: { nodes: unknown[] } }>(
      webOperation("ProgressOverview"),
      { year: 2020 },
      qingdao,
    );
    expect(overview.errors).toBeUndefined();
    expect(overview.data!.pairings.nodes.length).toBeGreaterThan(0);
    const buyer = await s.login("buyer");
    const orders = await s.gql(webOperation("MyOrders"), { first: 100 }, buyer);
    expect(orders.errors).toBeUndefined();
    const zhenning = await s.login("zhenning");
    const leads = await s.gql(webOperation("CountyInvestmentLeads"), { first: 100 }, zhenning);
    expect(leads.errors).toBeUndefined();
  });

  it("keeps 'Did you mean' suggestions outside production only", async () => {
    const typo = `{ pairngs { totalCount } }`;
    const dev = await s.gql(typo);
    expect(dev.errors![0].message).toMatch(/Did you mean "pairings"/);

    const prod = await startTestServer({ env: "production", tokenSecret: "x".repeat(40), graphqlIde: false });
    try {
      const r = await prod.gql(typo);
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(r.errors![0].message).toBe('Cannot query field "pairngs" on type "Query".');
      const token = await prod.login("qingdao");
      // Variable coercion suggests enum values and input fields too.
      const en = await prod.gql(
        `query($k: PairingKind) { pairings(filter: { kind: $k }) { totalCount } }`,
        { k: "EAST_WESTT" },
        token,
      );
      const input = await prod.gql(
        `query($f: PairingFilter) { pairings(filter: $f) { totalCount } }`,
        { f: { serch: "镇宁" } },
        token,
      );
      for (const r of [en, input]) {
        expect(codeOf(r)).toBe("BAD_USER_INPUT");
        expect(r.errors![0].message).not.toMatch(/Did you mean|EAST_WEST\b|"search"/);
      }
      // The guards hold in production too.
      expectRefused(await timed(fragmentBomb(30), {}, undefined, prod), "GRAPHQL_VALIDATION_FAILED", "COST");
    } finally {
      await prod.close();
    }
  });
});
