import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./harness";

/**
 * The audit trail is append-only in the database itself (migration 1763900000008), as the ledger
 * is: whatever holds a connection cannot rewrite or erase who did what. On both databases.
 */
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  await s.login("admin"); // writes at least one audit entry (the login)
}, 120_000);
afterAll(() => s?.close());

describe("the audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, and keeps every row", async () => {
    const [{ n: before }] = await s.sql(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(before).toBeGreaterThan(0);
    await expect(s.sql(`UPDATE audit_entry SET action = 'NOTHING_HAPPENED'`)).rejects.toThrow(/append-only/);
    await expect(
      s.sql(`UPDATE audit_entry SET change = '{}' WHERE seq = (SELECT max(seq) FROM audit_entry)`),
    ).rejects.toThrow(/append-only/);
    await expect(s.sql(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
    await expect(s.sql(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
    const [{ n: after, changed }] = await s.sql(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE action = 'NOTHING_HAPPENED')::int AS changed FROM audit_entry`,
    );
    expect({ after, changed }).toEqual({ after: before, changed: 0 });
  });

  it("still takes new entries", async () => {
    const [{ n: before }] = await s.sql(`SELECT count(*)::int AS n FROM audit_entry`);
    await s.login("jiaozhou");
    const [{ n: after }] = await s.sql(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(after).toBeGreaterThan(before);
  });
});
