import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import type { RecordReportedFigureInput } from "./gql/graphql";
import { codeOf, startTestServer, type TestServer } from "./harness";

/**
 * Tamper evidence (防篡改, issue 13; docs/integrity.md): the ledger and the audit trail are hash
 * chains, and a change made straight in SQL (triggers off) is found and named by verify. Both databases.
 */
let s: TestServer;
const t: Record<string, string> = {};
let zhenning: string;
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "zhenning"]) t[u] = await s.login(u);
  zhenning = (
    await s.sql(
      `SELECT p.id FROM pairing p JOIN region w ON w.id = p.west_region_id JOIN region e ON e.id = p.east_region_id
        WHERE w.code = '520423' AND e.code = '370281'`,
    )
  )[0].id as string;
}, 120_000);
afterAll(() => s?.close());

const RECORD = graphql(`
  mutation IntegrityRecordFigure($i: RecordReportedFigureInput!) {
    recordReportedFigure(input: $i) {
      id
    }
  }
`);
const VERIFY = graphql(`
  mutation IntegrityVerify {
    verifyIntegrity {
      chain
      table
      ok
      checked
      headPos
      headHash
      broken {
        problem
        table
        chainPos
        rowId
        rowSeq
        day
      }
    }
  }
`);
const STATUS = graphql(`
  query IntegrityStatusTest {
    integrityStatus {
      chain
      rows
      sealed
      headPos
      headHash
      day
      dayHash
    }
    chainDayHeads {
      chain
      day
      chainPos
      hash
    }
  }
`);

const figure = (amount: number): RecordReportedFigureInput => ({
  pairingId: zhenning,
  indicator: "LABOURERS_PLACED",
  amount: String(amount),
  occurredOn: "2026-07-01",
  sourceDocument: "胶协办〔2026〕7号",
});

async function verify() {
  const r = await s.gql(VERIFY, {}, t.admin);
  expect(r.errors).toBeUndefined();
  const by = Object.fromEntries(r.data!.verifyIntegrity.map((c) => [c.chain, c]));
  return { ledger: by.ledger, audit: by.audit };
}

/** Runs `sql` on a table with its triggers off, as someone with the database's password could. */
const tamper = (table: string, sql: string) =>
  s.sql(`ALTER TABLE ${table} DISABLE TRIGGER ALL; ${sql}; ALTER TABLE ${table} ENABLE TRIGGER ALL`);

describe("hash chains", () => {
  it("cover every row after ordinary writes: verify OK, the head is the last link, the check is audited", async () => {
    expect((await s.gql(RECORD, { i: figure(3) }, t.jiaozhou)).errors).toBeUndefined();
    const v = await verify();
    expect(v.ledger.ok).toBe(true);
    expect(v.audit.ok).toBe(true);
    expect(v.ledger.headHash).toMatch(/^[0-9a-f]{64}$/);
    const [{ n, pos, hash }] = await s.sql(
      `SELECT (SELECT count(*) FROM ledger_entry)::int AS n,
              (SELECT max(chain_pos) FROM chain_link WHERE chain = 'ledger')::int AS pos,
              (SELECT encode(hash, 'hex') FROM chain_link WHERE chain = 'ledger' ORDER BY chain_pos DESC LIMIT 1) AS hash`,
    );
    expect(v.ledger).toMatchObject({ checked: n, headPos: pos, headHash: hash, broken: null });
    const [audit] = await s.sql(
      `SELECT change FROM audit_entry WHERE action = 'INTEGRITY_VERIFIED' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit.change).toEqual({ ledger: "OK", audit: "OK" });

    const st = await s.gql(STATUS, {}, t.admin);
    expect(st.errors).toBeUndefined();
    const ledger = st.data!.integrityStatus.find((c) => c.chain === "ledger")!;
    expect(ledger.rows).toBe(ledger.sealed);
    expect(ledger.dayHash).toBe(ledger.headHash);
    expect(st.data!.chainDayHeads.some((d) => d.chain === "ledger" && d.hash === ledger.dayHash)).toBe(true);
  });

  it("hashes each row the same way for sealing and verifying (the canonical text names every column)", async () => {
    // A new column must be added to <table>_canonical (migration HashChain), or it is not protected.
    const cols = await s.sql(
      `SELECT table_name, string_agg(column_name, ',' ORDER BY column_name) AS c FROM information_schema.columns
        WHERE table_name IN ('ledger_entry', 'audit_entry') AND table_schema = current_schema() GROUP BY 1 ORDER BY 1`,
    );
    expect(cols).toEqual([
      { table_name: "audit_entry", c: "action,actor_id,at,change,entity_id,entity_type,id,seq" },
      {
        table_name: "ledger_entry",
        c: "amount,corrects_id,id,indicator,note,note_key,note_params,occurred_on,pairing_id,recorded_at,recorded_by,seq,source,source_document,source_id",
      },
    ]);
  });

  it("seals 20 figures written at once into one unbroken chain", async () => {
    const rs = await Promise.all(Array.from({ length: 20 }, (_, i) => s.gql(RECORD, { i: figure(i + 1) }, t.jiaozhou)));
    expect(rs.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const v = await verify();
    expect([v.ledger.ok, v.audit.ok]).toEqual([true, true]);
    const [{ unsealed, gaps }] = await s.sql(
      `SELECT (SELECT count(*) FROM ledger_entry e WHERE NOT EXISTS
                (SELECT 1 FROM chain_link l WHERE l.chain = 'ledger' AND l.row_id = e.id))::int AS unsealed,
              (SELECT max(chain_pos) - count(*) FROM chain_link WHERE chain = 'ledger')::int AS gaps`,
    );
    expect({ unsealed, gaps }).toEqual({ unsealed: 0, gaps: 0 });
  });

  it("names a ledger row whose amount was changed in SQL, and is whole again once it is put back", async () => {
    const id = (await s.gql(RECORD, { i: figure(40) }, t.jiaozhou)).data!.recordReportedFigure.id;
    expect((await verify()).ledger.ok).toBe(true);
    const [{ seq }] = await s.sql(`SELECT seq::int AS seq FROM ledger_entry WHERE id = $1`, [id]);
    await tamper("ledger_entry", `UPDATE ledger_entry SET amount = 4000 WHERE id = '${id}'`);
    const v = await verify();
    expect(v.ledger.ok).toBe(false);
    expect(v.ledger.broken).toMatchObject({
      problem: "CONTENT_CHANGED",
      table: "ledger_entry",
      rowId: id,
      rowSeq: seq,
    });
    expect(v.audit.ok).toBe(true);
    await tamper("ledger_entry", `UPDATE ledger_entry SET amount = 40 WHERE id = '${id}'`);
    expect((await verify()).ledger.ok).toBe(true);
  });

  it("names an audit row whose change was rewritten in SQL", async () => {
    const [row] = await s.sql(
      `SELECT id, seq::int AS seq, change::text AS change FROM audit_entry WHERE action = 'LEDGER_ENTRY_RECORDED' ORDER BY seq LIMIT 1`,
    );
    await tamper("audit_entry", `UPDATE audit_entry SET change = change || '{"amount": "1"}' WHERE id = '${row.id}'`);
    const v = await verify();
    expect(v.audit.broken).toMatchObject({
      problem: "CONTENT_CHANGED",
      table: "audit_entry",
      rowId: row.id,
      rowSeq: row.seq,
    });
    await tamper("audit_entry", `UPDATE audit_entry SET change = $$${row.change}$$::jsonb WHERE id = '${row.id}'`);
    expect((await verify()).audit.ok).toBe(true);
  });

  it("names a forged row slipped in with an old date (never sealed), and a forged link", async () => {
    await tamper(
      "ledger_entry",
      `INSERT INTO ledger_entry (pairing_id, indicator, amount, occurred_on, source, recorded_at)
       VALUES ('${zhenning}', 'LABOURERS_PLACED', 999, '2026-03-01', 'REPORTED', now() - interval '3 days')`,
    );
    const [forged] = await s.sql(`SELECT id, seq::int AS seq FROM ledger_entry WHERE amount = 999`);
    const v = await verify();
    expect(v.ledger.broken).toMatchObject({ problem: "UNSEALED", rowId: forged.id, rowSeq: forged.seq });
    // Linking it by hand at the end of the chain (as the sealer would) breaks the recorded day head
    // only if the hash is wrong; a link with a made-up hash is named.
    await tamper(
      "chain_link",
      `INSERT INTO chain_link (chain, chain_pos, row_id, row_seq, content_hash, prev_hash, hash)
       SELECT 'ledger', max(chain_pos) + 1, '${forged.id}', ${forged.seq}, sha256('x'), sha256('y'), sha256('z')
         FROM chain_link WHERE chain = 'ledger'`,
    );
    expect((await verify()).ledger.broken).toMatchObject({ problem: "PREV_HASH_MISMATCH", rowId: forged.id });
    await tamper("chain_link", `DELETE FROM chain_link WHERE row_id = '${forged.id}'`);
    await tamper("ledger_entry", `DELETE FROM ledger_entry WHERE id = '${forged.id}'`);
    expect((await verify()).ledger.ok).toBe(true);
  });

  it("prints the broken row from `npm run verify-chain` and exits non-zero (PostgreSQL)", async (c) => {
    const url = s.app.config.databaseUrl;
    if (!url) return c.skip(); // the embedded test database lives in this process's memory
    const [row] = await s.sql(`SELECT id, seq::int AS seq, amount FROM ledger_entry ORDER BY seq DESC LIMIT 1`);
    const tool = path.resolve(__dirname, "../../server/dist/tools/verify-chain.js");
    const run = () =>
      promisify(execFile)(process.execPath, [tool], { env: { ...process.env, DATABASE_URL: url } }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const ok = await run();
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^ledger: OK/m);
    await tamper("ledger_entry", `UPDATE ledger_entry SET amount = amount + 1 WHERE id = '${row.id}'`);
    const bad = await run();
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`ledger: BROKEN CONTENT_CHANGED at ledger_entry row ${row.id} (seq ${row.seq})`);
    await tamper("ledger_entry", `UPDATE ledger_entry SET amount = ${row.amount} WHERE id = '${row.id}'`);
    expect((await run()).code).toBe(0);
  });

  it("refuses everyone but an administrator", async () => {
    for (const u of ["qingdao", "jiaozhou", "zhenning"]) {
      expect(codeOf(await s.gql(VERIFY, {}, t[u]))).toBe("FORBIDDEN");
      expect(codeOf(await s.gql(STATUS, {}, t[u]))).toBe("FORBIDDEN");
    }
    expect(codeOf(await s.gql(VERIFY, {}))).toBe("UNAUTHENTICATED");
  });

  it("names a deleted row (last: the chain stays broken)", async () => {
    const [row] = await s.sql(
      `SELECT e.id, e.seq::int AS seq, l.chain_pos::int AS pos FROM ledger_entry e
         JOIN chain_link l ON l.chain = 'ledger' AND l.row_id = e.id ORDER BY e.seq LIMIT 1 OFFSET 5`,
    );
    await tamper("ledger_entry", `DELETE FROM ledger_entry WHERE id = '${row.id}'`);
    const v = await verify();
    expect(v.ledger.broken).toMatchObject({
      problem: "ROW_MISSING",
      rowId: row.id,
      rowSeq: row.seq,
      chainPos: row.pos,
    });
    // A removed link leaves a gap the next link names.
    await tamper("chain_link", `DELETE FROM chain_link WHERE chain = 'ledger' AND chain_pos = ${row.pos}`);
    expect((await verify()).ledger.broken).toMatchObject({ problem: "LINK_MISSING", chainPos: row.pos + 1 });
  });
});
