import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./harness";
import { plannedEveryCall, preparedOnEveryConnection } from "./prepared-statements";

/**
 * Issue 14: the statements the server prepares (the sign-in read, the order's writes, the boards,
 * the row loaders, the pairings list) are prepared so that PostgreSQL parses and plans them once
 * per connection. It plans a prepared statement for its values for five calls, then keeps a
 * generic plan unless that plan looks dearer than the plans it made for the values — and then it
 * plans the statement again on every call, for the connection's life. That happened unseen: the
 * placement's read sent its products as one array parameter (a generic plan takes an array for 10
 * elements), and was planned on every call, 1.1 of its 1.4 ms. This test runs every board and list
 * that prepares its statement often enough, as each kind of user, and asks each of the pool's
 * connections what it holds: no statement run more than five times there may have only custom plans.
 * PostgreSQL only: the embedded database prepares nothing (shared/sql.ts).
 */
let s: TestServer;

const PROGRESS = "indicator delivered reported target ratio entryCount projected projectionMethod atRisk";
const year = new Date().getFullYear();
const READS: [string, Record<string, unknown>][] = [
  [
    `query($y: Int!) { pairings(first: 100, filter: {}) { totalCount nodes { id name progress(year: $y) { ${PROGRESS} } } } }`,
    {},
  ],
  [`query($y: Int!) { progressSummary(year: $y) { ${PROGRESS} } }`, {}],
  [`query($y: Int!, $d: Date) { progressSummary(year: $y, asOf: $d) { ${PROGRESS} } }`, { d: `${year}-06-15` }],
  [`query($y: Int!) { progressSummary(year: $y) { ${PROGRESS} } }`, { y: year - 1 }],
  [
    `query($y: Int!) { pipelineBoard(year: $y) { year stages { stage projects planned contracted inPlace inPlaceInYear } } }`,
    {},
  ],
  [
    `query($y: Int!) { labourRetention(year: $y) { county { id name } placed employed stable left eligible retained retentionRate } }`,
    {},
  ],
  [
    `query($y: Int!) { quotaBoard(year: $y) { year counted confirmed groups { group buyers target counted confirmed completion }
       buyers(first: 20) { totalCount nodes { quota counted confirmed remaining completion buyer { id name group } } }
       byCounty { counted county { id name } } byChannel { channel counted } } }`,
    {},
  ],
];

beforeAll(async () => {
  s = await startTestServer();
}, 120_000);
afterAll(() => s?.close());

describe("prepared statements keep their generic plans (issue 14)", () => {
  it("no board's or list's prepared statement is planned again on every call, for any kind of user", async () => {
    if (!process.env.TEST_DATABASE_URL) return;
    for (const user of ["admin", "qingdao", "zhenning", "buyer"]) {
      const token = await s.login(user);
      for (const [query, variables] of READS) {
        // One after another: the pool hands back the connection just released, so each statement
        // runs on few connections, more than five times each.
        for (let i = 0; i < 16; i++) {
          const r = await s.gql(query, { y: year, ...variables }, token);
          // Refusals are answers too (a buyer has no progress board): what matters is what was prepared.
          expect(r.status, JSON.stringify(r.errors)).toBe(200);
        }
      }
    }
    const seen = await preparedOnEveryConnection(s);
    const busy = seen.filter((r) => r.generic + r.custom > 5);
    // The boards did run prepared, often enough to be judged.
    // (the progress sums, the quota board, the labour board, the pipeline, the pairings list)
    for (const table of ["FROM ledger_", "quota_buyer_tally", "placement_tally", "SUM(t.projects)", "FROM pairing p"])
      expect(
        busy.some((r) => r.statement.includes(table)),
        `${table}: ${busy.map((r) => r.statement.slice(0, 80)).join("\n")}`,
      ).toBe(true);
    expect(plannedEveryCall(seen)).toEqual([]);
  });
});
