import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../server/src/shared/dates";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { graphql } from "./gql";
import type { RecordUnitPairInput } from "./gql/graphql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";

let s: TestServer;
const t: Record<string, string> = {};
const region: Record<string, string> = {};
const pairing: Record<string, string> = {};
const year = Number(today().slice(0, 4));

// Operations are typed from the schema (test/api/gql, `npm run codegen -w web`).
graphql(`
  fragment UnitPairTestFields on UnitPair {
    id
    kind
    eastUnit
    westUnit
    formedOn
    endedOn
    endReason
    withdrawnAt
    withdrawReason
    status
    support
    value
    pairingId
    enterpriseId
    county {
      code
    }
  }
`);
const RECORD = graphql(`
  mutation UnitPairRecord($i: RecordUnitPairInput!) {
    recordUnitPair(input: $i) {
      ...UnitPairTestFields
    }
  }
`);
const WITHDRAW = graphql(`
  mutation UnitPairWithdraw($i: WithdrawUnitPairInput!) {
    withdrawUnitPair(input: $i) {
      ...UnitPairTestFields
    }
  }
`);
const END = graphql(`
  mutation UnitPairEnd($i: EndUnitPairInput!) {
    endUnitPair(input: $i) {
      ...UnitPairTestFields
    }
  }
`);
const REDATE = graphql(`
  mutation UnitPairRedate($i: ChangeUnitPairFormedOnInput!) {
    changeUnitPairFormedOn(input: $i) {
      ...UnitPairTestFields
    }
  }
`);
const LIST = graphql(`
  query UnitPairList($f: UnitPairFilter, $first: Int) {
    unitPairs(filter: $f, first: $first) {
      totalCount
      nodes {
        ...UnitPairTestFields
        pairing {
          id
        }
      }
    }
  }
`);
const ONE = graphql(`
  query UnitPairOne($id: ID!) {
    unitPair(id: $id) {
      ...UnitPairTestFields
    }
  }
`);
const SUMMARY = graphql(`
  query UnitPairSummaryOf($y: Int!, $c: ID) {
    unitPairSummary(year: $y, countyId: $c) {
      year
      formed
      activeAtYearEnd
      byKind {
        kind
        formed
        activeAtYearEnd
      }
    }
  }
`);
const PAIRING = graphql(`
  query UnitPairPairing($id: ID!) {
    pairing(id: $id) {
      id
    }
  }
`);

const counts = async () => {
  const [r] = await s.sql(
    `SELECT (SELECT count(*)::int FROM unit_pair) AS pairs, (SELECT count(*)::int FROM ledger_entry) AS ledger,
            (SELECT count(*)::int FROM audit_entry) AS audit`,
  );
  return r as { pairs: number; ledger: number; audit: number };
};
/** The refusal wrote nothing: no pair, no ledger entry, no audit entry. */
async function refusedWithNothingWritten(work: () => Promise<GqlResult>, code: string, field?: string) {
  const before = await counts();
  const r = await work();
  expect(codeOf(r), JSON.stringify(r.errors)).toBe(code);
  if (field) expect(r.errors![0].extensions!.field).toBe(field);
  expect(await counts()).toEqual(before);
  return r;
}

let n = 0;
const input = (over: Partial<RecordUnitPairInput> = {}): RecordUnitPairInput => ({
  pairingId: pairing["370281-520423"],
  countyId: region["520423"],
  kind: "VILLAGE_VILLAGE" as RecordUnitPairInput["kind"],
  eastUnit: `胶东街道测试社区${++n}`,
  westUnit: `镇宁县六马镇测试村${n}`,
  formedOn: `${year}-01-02`,
  ...over,
});
const ledgerOf = (id: string) =>
  s.sql<{ amount: string; occurred_on: string; corrects_id: string | null; id: string; pairing_id: string }>(
    `SELECT id, amount::text, occurred_on, corrects_id, pairing_id FROM ledger_entry
      WHERE source = 'UNIT_PAIR' AND source_id = $1 AND indicator = 'PAIRS_FORMED' ORDER BY seq`,
    [id],
  );

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  for (const r of await s.sql(`SELECT id, code FROM region`)) region[r.code] = r.id;
  for (const r of await s.sql(
    `SELECT p.id, e.code AS east, w.code AS west FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id`,
  ))
    pairing[`${r.east}-${r.west}`] = r.id;
});
afterAll(() => s?.close());

describe("the demo data", () => {
  it("holds Jiaozhou's 467 pairs over its seven partner counties, every type, and the ledger agrees", async () => {
    const rows = await s.sql(`SELECT kind, count(*)::int AS n FROM unit_pair GROUP BY kind ORDER BY kind`);
    expect(rows.reduce((a, r) => a + r.n, 0)).toBe(467);
    expect(rows).toHaveLength(7);
    const counties = await s.sql(`SELECT DISTINCT county_id FROM unit_pair`);
    expect(counties).toHaveLength(7);
    const [{ n: ended }] = await s.sql(`SELECT count(*)::int AS n FROM unit_pair WHERE ended_on IS NOT NULL`);
    expect(ended).toBeGreaterThan(0);
    const jz = await s.gql(LIST, { first: 1 }, t.jiaozhou);
    expect(jz.data!.unitPairs.totalCount).toBe(467);
    expect(await s.sql(INVARIANTS.ledgerUnitPairs)).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerDaily)).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerMonthly)).toEqual([]);
  });
});

describe("recording a pair", () => {
  it("a coordinator records a pair: PAIRS_FORMED +1 on its start date to the pairing, with an audit entry", async () => {
    const before = await counts();
    const r = await s.gql(
      RECORD,
      { i: input({ support: "产业帮扶", value: "50000.00", formedOn: `${year}-01-03` }) },
      t.jiaozhou,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data!.recordUnitPair;
    expect(p).toMatchObject({ status: "ACTIVE", value: "50000.00", county: { code: "520423" } });
    expect(await counts()).toEqual({ pairs: before.pairs + 1, ledger: before.ledger + 1, audit: before.audit + 1 });
    const entries = await ledgerOf(p.id);
    expect(entries).toEqual([
      expect.objectContaining({ amount: "1", occurred_on: `${year}-01-03`, pairing_id: pairing["370281-520423"] }),
    ]);
    // The value is for information: nothing goes to SOCIAL_DONATIONS.
    const [{ n }] = await s.sql(
      `SELECT count(*)::int AS n FROM ledger_entry WHERE source = 'UNIT_PAIR' AND indicator <> 'PAIRS_FORMED'`,
    );
    expect(n).toBe(0);
    const audit = await s.sql(
      `SELECT action, change FROM audit_entry WHERE entity_type = 'UnitPair' AND entity_id = $1`,
      [p.id],
    );
    expect(audit).toEqual([
      expect.objectContaining({
        action: "UNIT_PAIR_RECORDED",
        change: expect.objectContaining({ pairKind: "VILLAGE_VILLAGE" }),
      }),
    ]);
  });

  it("a county official records for its own county (the default), under a pairing it sees", async () => {
    const r = await s.gql(RECORD, { i: input({ countyId: undefined, kind: "SCHOOL_SCHOOL" as never }) }, t.zhenning);
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordUnitPair.county.code).toBe("520423");
  });

  it("links a registered east enterprise to an enterprise–village pair, its name the east unit by default", async () => {
    const [e] = await s.sql(
      `SELECT e.id, e.name FROM enterprise e JOIN region r ON r.id = e.home_region_id WHERE r.code = '370281' LIMIT 1`,
    );
    if (!e) return;
    const r = await s.gql(
      RECORD,
      { i: input({ kind: "ENTERPRISE_VILLAGE" as never, eastUnit: undefined, enterpriseId: e.id }) },
      t.jiaozhou,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordUnitPair).toMatchObject({ eastUnit: e.name, enterpriseId: e.id });
  });

  it("refuses bad input naming the field, never echoing the value, and writes nothing", async () => {
    const future = `${year + 1}-01-01`;
    const r1 = await refusedWithNothingWritten(
      () => s.gql(RECORD, { i: input({ formedOn: future }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "formedOn",
    );
    expect(JSON.stringify(r1.errors)).not.toContain(future);
    await refusedWithNothingWritten(
      () => s.gql(RECORD, { i: input({ westUnit: "   " }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "westUnit",
    );
    await refusedWithNothingWritten(
      () => s.gql(RECORD, { i: input({ formedOn: "2015-12-31" }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "formedOn",
    );
    const r2 = await refusedWithNothingWritten(
      () => s.gql(RECORD, { i: input({ value: "-12.34" }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "value",
    );
    expect(JSON.stringify(r2.errors)).not.toContain("12.34");
    await refusedWithNothingWritten(
      () => s.gql(RECORD, { i: input({ enterpriseId: region["370281"] }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "enterpriseId",
    );
    // Huixian is not on the Jiaozhou–Zhenning pairing's west side.
    await refusedWithNothingWritten(
      () => s.gql(RECORD, { i: input({ countyId: region["621227"] }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "countyId",
    );
  });

  it("refuses the same pair twice while it stands (CONFLICT, nothing written)", async () => {
    const i = input();
    expect((await s.gql(RECORD, { i }, t.jiaozhou)).errors).toBeUndefined();
    await refusedWithNothingWritten(() => s.gql(RECORD, { i }, t.zhenning), "CONFLICT");
  });

  it("refuses pairings out of scope (NOT_FOUND) and other roles (FORBIDDEN), writing nothing", async () => {
    await refusedWithNothingWritten(() => s.gql(RECORD, { i: input() }, t.pingdu), "NOT_FOUND", "pairingId");
    await refusedWithNothingWritten(() => s.gql(RECORD, { i: input() }, t.huixian), "NOT_FOUND", "pairingId");
    await refusedWithNothingWritten(
      () => s.gql(RECORD, { i: input({ pairingId: pairing["370281-621227"] }) }, t.zhenning),
      "NOT_FOUND",
      "pairingId",
    );
    await refusedWithNothingWritten(() => s.gql(RECORD, { i: input() }, t.buyer), "FORBIDDEN");
    await refusedWithNothingWritten(() => s.gql(RECORD, { i: input() }, t.enterprise), "FORBIDDEN");
    await refusedWithNothingWritten(() => s.gql(RECORD, { i: input() }, null), "UNAUTHENTICATED");
  });
});

describe("withdrawing, ending and moving a pair", () => {
  it("withdrawal keeps the pair, marks it and writes −1 correcting the entry that counted it; twice is CONFLICT", async () => {
    const p = (await s.gql(RECORD, { i: input() }, t.jiaozhou)).data!.recordUnitPair;
    const before = await counts();
    const w = await s.gql(WITHDRAW, { i: { unitPairId: p.id, reason: "重复录入" } }, t.zhenning);
    expect(w.errors).toBeUndefined();
    expect(w.data!.withdrawUnitPair).toMatchObject({ status: "WITHDRAWN", withdrawReason: "重复录入" });
    expect(await counts()).toEqual({ pairs: before.pairs, ledger: before.ledger + 1, audit: before.audit + 1 });
    const [plus, minus] = await ledgerOf(p.id);
    expect(minus).toMatchObject({ amount: "-1", occurred_on: p.formedOn, corrects_id: plus.id });
    await refusedWithNothingWritten(
      () => s.gql(WITHDRAW, { i: { unitPairId: p.id, reason: "再次" } }, t.jiaozhou),
      "CONFLICT",
    );
    await refusedWithNothingWritten(
      () => s.gql(END, { i: { unitPairId: p.id, endedOn: today(), reason: "结束" } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "unitPairId",
    );
    // Withdrawn, the same pair may be recorded again (correctly this time).
    const again = await s.gql(
      RECORD,
      { i: { ...input(), eastUnit: p.eastUnit, westUnit: p.westUnit, kind: p.kind } },
      t.jiaozhou,
    );
    expect(again.errors).toBeUndefined();
  });

  it("ending keeps the count of the year it was formed in; ending twice is CONFLICT; not before it was formed", async () => {
    const p = (await s.gql(RECORD, { i: input({ formedOn: `${year}-01-05` }) }, t.jiaozhou)).data!.recordUnitPair;
    await refusedWithNothingWritten(
      () => s.gql(END, { i: { unitPairId: p.id, endedOn: `${year}-01-04`, reason: "搬迁" } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "endedOn",
    );
    const before = await counts();
    const e = await s.gql(END, { i: { unitPairId: p.id, endedOn: `${year}-01-05`, reason: "整村搬迁" } }, t.jiaozhou);
    expect(e.errors).toBeUndefined();
    expect(e.data!.endUnitPair).toMatchObject({ status: "ENDED", endedOn: `${year}-01-05`, endReason: "整村搬迁" });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
    expect(await ledgerOf(p.id)).toHaveLength(1);
    await refusedWithNothingWritten(
      () => s.gql(END, { i: { unitPairId: p.id, endedOn: `${year}-01-06`, reason: "再次" } }, t.jiaozhou),
      "CONFLICT",
    );
  });

  it("moving the start date across years moves the count: −1 on the old date, +1 on the new", async () => {
    const p = (await s.gql(RECORD, { i: input({ formedOn: `${year}-01-06` }) }, t.jiaozhou)).data!.recordUnitPair;
    const m = await s.gql(
      REDATE,
      { i: { unitPairId: p.id, formedOn: `${year - 1}-12-20`, reason: "协议签订于去年" } },
      t.jiaozhou,
    );
    expect(m.errors).toBeUndefined();
    expect(m.data!.changeUnitPairFormedOn.formedOn).toBe(`${year - 1}-12-20`);
    const entries = await ledgerOf(p.id);
    expect(entries.map((e) => [e.amount, e.occurred_on])).toEqual([
      ["1", `${year}-01-06`],
      ["-1", `${year}-01-06`],
      ["1", `${year - 1}-12-20`],
    ]);
    expect(entries[1].corrects_id).toBe(entries[0].id);
    await refusedWithNothingWritten(
      () => s.gql(REDATE, { i: { unitPairId: p.id, formedOn: `${year - 1}-12-20`, reason: "同" } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "formedOn",
    );
    // Withdrawn after the move: −1 on the date it counts on now, correcting the latest +1.
    await s.gql(WITHDRAW, { i: { unitPairId: p.id, reason: "误录" } }, t.jiaozhou);
    const after = await ledgerOf(p.id);
    expect(after[3]).toMatchObject({ amount: "-1", occurred_on: `${year - 1}-12-20`, corrects_id: after[2].id });
  });

  it("refuses changes to pairs out of scope with NOT_FOUND, writing nothing", async () => {
    const p = (await s.gql(RECORD, { i: input() }, t.jiaozhou)).data!.recordUnitPair;
    for (const who of ["pingdu", "huixian"]) {
      await refusedWithNothingWritten(
        () => s.gql(WITHDRAW, { i: { unitPairId: p.id, reason: "x" } }, t[who]),
        "NOT_FOUND",
        "unitPairId",
      );
      await refusedWithNothingWritten(
        () => s.gql(END, { i: { unitPairId: p.id, endedOn: today(), reason: "x" } }, t[who]),
        "NOT_FOUND",
        "unitPairId",
      );
    }
    await refusedWithNothingWritten(
      () => s.gql(WITHDRAW, { i: { unitPairId: p.id, reason: "x" } }, t.buyer),
      "FORBIDDEN",
    );
    await refusedWithNothingWritten(
      () => s.gql(WITHDRAW, { i: { unitPairId: "not-a-uuid", reason: "x" } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "unitPairId",
    );
  });
});

describe("who sees which pairs", () => {
  it("coordinators their region's pairings' pairs, county officials their county's, others none", async () => {
    const total = async (who: string, f = {}) =>
      (await s.gql(LIST, { f, first: 1 }, t[who])).data?.unitPairs.totalCount;
    const [{ n: all }] = await s.sql(`SELECT count(*)::int AS n FROM unit_pair`);
    const [{ n: zn }] = await s.sql(`SELECT count(*)::int AS n FROM unit_pair WHERE county_id = $1`, [
      region["520423"],
    ]);
    const [{ n: hx }] = await s.sql(`SELECT count(*)::int AS n FROM unit_pair WHERE county_id = $1`, [
      region["621227"],
    ]);
    expect(await total("admin")).toBe(all);
    expect(await total("qingdao")).toBe(all); // every pair here is under Jiaozhou's pairings, Qingdao's subtree
    expect(await total("jiaozhou")).toBe(all);
    expect(await total("pingdu")).toBe(0);
    expect(await total("zhenning")).toBe(zn);
    expect(await total("huixian")).toBe(hx);
    expect(codeOf(await s.gql(LIST, {}, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(LIST, {}, t.enterprise))).toBe("FORBIDDEN");
    const hxPair = (await s.gql(LIST, { f: { countyId: region["621227"] }, first: 1 }, t.huixian)).data!.unitPairs
      .nodes[0];
    expect(codeOf(await s.gql(ONE, { id: hxPair.id }, t.zhenning))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(ONE, { id: hxPair.id }, t.pingdu))).toBe("NOT_FOUND");
    expect((await s.gql(ONE, { id: hxPair.id }, t.qingdao)).data!.unitPair.id).toBe(hxPair.id);
  });

  it("filters by type, county, status, year and text", async () => {
    const f = async (filter: object) => (await s.gql(LIST, { f: filter, first: 100 }, t.jiaozhou)).data!.unitPairs;
    const [{ n }] = await s.sql(`SELECT count(*)::int AS n FROM unit_pair WHERE kind = 'HOSPITAL_HOSPITAL'`);
    expect((await f({ kind: "HOSPITAL_HOSPITAL" })).totalCount).toBe(n);
    const ended = await f({ status: "ENDED" });
    expect(ended.nodes.every((p) => p.status === "ENDED")).toBe(true);
    expect((await f({ status: "WITHDRAWN" })).nodes.every((p) => p.withdrawnAt)).toBe(true);
    expect((await f({ year: 2016 })).nodes.every((p) => p.formedOn.startsWith("2016"))).toBe(true);
    expect((await f({ search: "胶州市人民医院" })).nodes.every((p) => p.eastUnit.includes("胶州市人民医院"))).toBe(
      true,
    );
    expect(codeOf(await s.gql(LIST, { f: { year: 1999 } }, t.jiaozhou))).toBe("BAD_USER_INPUT");
  });

  it("a nested pairing never shows more than the top-level read", async () => {
    // Qingdao records a Zhenning pair under Qingdao–Anshun: Zhenning sees the pair, not that pairing.
    const r = await s.gql(RECORD, { i: input({ pairingId: pairing["370200-520400"] }) }, t.qingdao);
    expect(r.errors).toBeUndefined();
    const id = r.data!.recordUnitPair.id;
    expect(codeOf(await s.gql(PAIRING, { id: pairing["370200-520400"] }, t.zhenning))).toBe("NOT_FOUND");
    const mine = (await s.gql(LIST, { f: { pairingId: pairing["370200-520400"] }, first: 50 }, t.zhenning)).data!
      .unitPairs.nodes;
    expect(mine.find((p) => p.id === id)!.pairing).toBeNull();
    const theirs = (await s.gql(LIST, { f: { pairingId: pairing["370200-520400"] }, first: 50 }, t.qingdao)).data!
      .unitPairs.nodes;
    expect(theirs.find((p) => p.id === id)!.pairing).toEqual({ id: pairing["370200-520400"] });
    // Jiaozhou does not see Qingdao's own pairing's pairs.
    expect(codeOf(await s.gql(ONE, { id }, t.jiaozhou))).toBe("NOT_FOUND");
  });

  it("summary by type: formed in the year (not withdrawn) and active at its end, per scope", async () => {
    const sum = (await s.gql(SUMMARY, { y: 2018 }, t.jiaozhou)).data!.unitPairSummary;
    const [{ formed, active }] = await s.sql(
      `SELECT count(*) FILTER (WHERE formed_on BETWEEN '2018-01-01' AND '2018-12-31')::int AS formed,
              count(*) FILTER (WHERE formed_on <= '2018-12-31' AND (ended_on IS NULL OR ended_on > '2018-12-31'))::int AS active
         FROM unit_pair WHERE withdrawn_at IS NULL`,
    );
    expect(sum.formed).toBe(formed);
    expect(sum.activeAtYearEnd).toBe(active);
    expect(sum.byKind).toHaveLength(7);
    expect(sum.byKind.reduce((a, k) => a + k.formed, 0)).toBe(formed);
    const zn = (await s.gql(SUMMARY, { y: 2018 }, t.zhenning)).data!.unitPairSummary;
    expect(zn.formed).toBeLessThan(formed);
    expect((await s.gql(SUMMARY, { y: 2018 }, t.pingdu)).data!.unitPairSummary.formed).toBe(0);
  });
});

describe("export (.xlsx)", () => {
  const download = (token: string | null, q = `year=${year}`) =>
    fetch(`${s.url}/exports/unit-pairs.xlsx?${q}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const rowsOf = async (res: Response) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "结对清单"]);
    return wb.getWorksheet("结对清单")!.rowCount - 1;
  };

  it("gives each role only its scope's pairs", async () => {
    const [{ n: all }] = await s.sql(`SELECT count(*)::int AS n FROM unit_pair`);
    const [{ n: jz }] = await s.sql(
      `SELECT count(*)::int AS n FROM unit_pair u JOIN pairing p ON p.id = u.pairing_id JOIN region e ON e.id = p.east_region_id WHERE e.code = '370281'`,
    );
    const [{ n: zn }] = await s.sql(`SELECT count(*)::int AS n FROM unit_pair WHERE county_id = $1`, [
      region["520423"],
    ]);
    const r = await download(t.jiaozhou);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/spreadsheetml/);
    expect(await rowsOf(r)).toBe(jz);
    expect(await rowsOf(await download(t.admin))).toBe(all);
    expect(await rowsOf(await download(t.zhenning))).toBe(zn);
    expect(await rowsOf(await download(t.pingdu))).toBe(0);
    expect(await rowsOf(await download(t.jiaozhou, `year=${year}&kind=COUNTY_COUNTY`))).toBe(7);
  });

  it("refuses like the other exports: 401 signed out, 403 other roles, 400 naming a bad parameter", async () => {
    expect((await download(null)).status).toBe(401);
    expect((await download(t.buyer)).status).toBe(403);
    expect((await download(t.enterprise)).status).toBe(403);
    const bad = await download(t.jiaozhou, "year=1999");
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.field).toBe("year");
    expect((await download(t.jiaozhou, "kind=NOPE")).status).toBe(400);
  });
});

const LEDGER = graphql(`
  query UnitPairLedger($f: LedgerEntryFilter!) {
    ledgerEntries(filter: $f, first: 5) {
      totalCount
      nodes {
        amount
        source
        sourceLabel
        note
      }
    }
  }
`);

describe("reads", () => {
  it("the list's statements do not grow with the page size (county and pairing through loaders)", async () => {
    const q = (first: number) => s.gql(LIST, { first }, t.jiaozhou);
    const small = await s.countQueries(() => q(2));
    const large = await s.countQueries(() => q(50));
    expect(large).toBe(small);
  });

  it("the pairing's ledger names the pair behind each PAIRS_FORMED entry, for those who may see it", async () => {
    const f = { pairingId: pairing["370281-520423"], indicator: "PAIRS_FORMED", source: "UNIT_PAIR" } as const;
    const r = await s.gql(LEDGER, { f }, t.jiaozhou);
    expect(r.errors).toBeUndefined();
    expect(r.data!.ledgerEntries.totalCount).toBeGreaterThan(0);
    for (const e of r.data!.ledgerEntries.nodes) {
      expect(e.source).toBe("UNIT_PAIR");
      expect(e.sourceLabel).toMatch(/ — /);
      expect(e.note).toMatch(/^(结对帮扶|撤销结对|结对日期)/);
    }
  });
});

const COMMIT = graphql(`
  mutation UnitPairImportCommit($id: ID!, $mode: ImportMode!) {
    commitImport(batchId: $id, mode: $mode) {
      status
      written
      unchanged
      skipped
    }
  }
`);

describe("import from a spreadsheet", () => {
  const HEADERS = [
    "支援方地区代码",
    "受援方地区代码",
    "受援县代码",
    "结对类型",
    "东部单位",
    "西部单位",
    "结对日期",
    "帮扶内容",
    "帮扶价值(元)",
  ];
  async function xlsx(rows: string[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("数据");
    ws.addRow(HEADERS);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  async function upload(token: string, file: Buffer) {
    const res = await fetch(`${s.url}/imports/unit_pairs?fileName=${encodeURIComponent("结对.xlsx")}`, {
      method: "POST",
      body: new Uint8Array(file),
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        authorization: `Bearer ${token}`,
      },
    });
    return { status: res.status, body: await res.json() };
  }

  it("serves a template to those who may import, and refuses others", async () => {
    const ok = await fetch(`${s.url}/imports/unit_pairs/template`, {
      headers: { authorization: `Bearer ${t.zhenning}` },
    });
    expect(ok.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await ok.arrayBuffer()) as never);
    const bad = await fetch(`${s.url}/imports/unit_pairs/template`, {
      headers: { authorization: `Bearer ${t.buyer}` },
    });
    expect(bad.status).toBe(403);
  });

  it("checks every row with the API's rules (a bad row is named), writes the valid ones in bulk, and a second upload changes nothing", async () => {
    const rows = [
      [
        "370281",
        "520423",
        "",
        "村村结对",
        "胶北街道导入社区1",
        "镇宁县江龙镇导入村1",
        `${year}-01-08`,
        "产业帮扶",
        "3000.00",
      ],
      ["370281", "520423", "520423", "镇镇", "铺集镇", "镇宁县简嘎乡(导入)", `${year}-01-08`, "", ""],
      ["370281", "621227", "", "校校结对", "胶州市导入中学", "徽县导入中学", `${year}-01-09`, "", ""],
      // Bad: an unknown type, a future date, a county off the pairing's west side.
      ["370281", "520423", "", "友好结对", "甲", "乙", `${year}-01-08`, "", ""],
      ["370281", "520423", "", "村村结对", "甲2", "乙2", `${year + 1}-01-08`, "", ""],
      ["370281", "520423", "621227", "村村结对", "甲3", "乙3", `${year}-01-08`, "", ""],
    ];
    const before = await counts();
    const r = await upload(t.jiaozhou, await xlsx(rows));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ rows: 6, valid: 3, unchanged: 0 });
    expect(r.body.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [5, "结对类型"],
      [6, "结对日期"],
      [7, "受援县代码"],
    ]);
    expect((await counts()).pairs).toBe(before.pairs); // a dry run writes no pair
    const c = await s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.jiaozhou);
    expect(c.data!.commitImport).toMatchObject({ status: "COMMITTED", written: 3, skipped: 3 });
    const after = await counts();
    expect(after.pairs).toBe(before.pairs + 3);
    const imported = await s.sql(
      `SELECT u.id FROM unit_pair u WHERE u.west_unit IN ('镇宁县江龙镇导入村1', '镇宁县简嘎乡(导入)', '徽县导入中学')`,
    );
    expect(imported).toHaveLength(3);
    for (const p of imported) expect((await ledgerOf(p.id)).map((e) => e.amount)).toEqual(["1"]);
    const [{ value }] = await s.sql(`SELECT value::text FROM unit_pair WHERE west_unit = '镇宁县江龙镇导入村1'`);
    expect(value).toBe("300000");

    // The same file again: the three are "unchanged", nothing new.
    const again = await upload(t.jiaozhou, await xlsx(rows.slice(0, 3)));
    expect(again.body).toMatchObject({ rows: 3, unchanged: 3 });
    // Zhenning may import its own county's pairs only: Huixian's row is refused.
    const zn = await upload(t.zhenning, await xlsx([rows[2]]));
    expect(zn.body.problems).toHaveLength(1);
    expect(await s.sql(INVARIANTS.ledgerUnitPairs)).toEqual([]);
  });
});

describe("reconciliation", () => {
  it("the ledger's PAIRS_FORMED from UNIT_PAIR per pairing and year equals the pairs formed that year, not withdrawn", async () => {
    // A mix: records, a withdrawal, a moved date, an ending.
    const a = (await s.gql(RECORD, { i: input({ formedOn: `${year}-01-07` }) }, t.jiaozhou)).data!.recordUnitPair;
    const b = (await s.gql(RECORD, { i: input({ formedOn: `${year}-01-07` }) }, t.zhenning)).data!.recordUnitPair;
    const c = (
      await s.gql(RECORD, { i: input({ pairingId: pairing["370281-621227"], countyId: region["621227"] }) }, t.huixian)
    ).data!.recordUnitPair;
    await s.gql(WITHDRAW, { i: { unitPairId: a.id, reason: "误录" } }, t.jiaozhou);
    await s.gql(REDATE, { i: { unitPairId: b.id, formedOn: `${year - 2}-05-01`, reason: "更正" } }, t.zhenning);
    await s.gql(END, { i: { unitPairId: c.id, endedOn: today(), reason: "结束" } }, t.huixian);

    const ledger = await s.sql(
      `SELECT pairing_id, extract(year FROM occurred_on)::int AS y, SUM(amount)::int AS n FROM ledger_entry
        WHERE source = 'UNIT_PAIR' AND indicator = 'PAIRS_FORMED' GROUP BY 1, 2 HAVING SUM(amount) <> 0 ORDER BY 1, 2`,
    );
    const records = await s.sql(
      `SELECT pairing_id, extract(year FROM formed_on)::int AS y, count(*)::int AS n FROM unit_pair
        WHERE withdrawn_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(ledger).toEqual(records);
    expect(await s.sql(INVARIANTS.ledgerUnitPairs)).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerDaily)).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerMonthly)).toEqual([]);
    // The progress board reads the same ledger: Jiaozhou–Zhenning's PAIRS_FORMED this year.
    const [{ n: inYear }] = await s.sql(
      `SELECT count(*)::int AS n FROM unit_pair WHERE withdrawn_at IS NULL AND pairing_id = $1 AND formed_on >= $2`,
      [pairing["370281-520423"], `${year}-01-01`],
    );
    const [{ n: fromLedger }] = await s.sql(
      `SELECT COALESCE(SUM(amount), 0)::int AS n FROM ledger_entry WHERE source = 'UNIT_PAIR' AND pairing_id = $1 AND occurred_on >= $2`,
      [pairing["370281-520423"], `${year}-01-01`],
    );
    expect(fromLedger).toBe(inYear);
  });

  it("the audit trail holds every change, readable by the county official for its county's pairs", async () => {
    const actions = await s.sql(
      `SELECT DISTINCT action FROM audit_entry WHERE entity_type = 'UnitPair' ORDER BY action`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      "UNIT_PAIR_ENDED",
      "UNIT_PAIR_RECORDED",
      "UNIT_PAIR_REDATED",
      "UNIT_PAIR_WITHDRAWN",
    ]);
  });
});
