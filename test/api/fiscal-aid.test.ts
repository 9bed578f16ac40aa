import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentYear, today } from "../../server/src/shared/dates";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { graphql } from "./gql";
import type { CreateFiscalProjectInput, RecordFiscalTransactionInput } from "./gql/graphql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";

let s: TestServer;
const t: Record<string, string> = {};
const year = currentYear();
let region: Record<string, string>;
let pairing: Record<string, string>; // "east-west" code → id
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  region = Object.fromEntries((await s.sql(`SELECT code, id FROM region`)).map((r) => [r.code, r.id]));
  pairing = Object.fromEntries(
    (
      await s.sql(
        `SELECT e.code || '-' || w.code AS k, p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id`,
      )
    ).map((r) => [r.k, r.id]),
  );
});
afterAll(() => s?.close());

const FIELDS = graphql(`
  fragment FiscalTestProject on FiscalProject {
    id
    name
    year
    sector
    town
    implementingUnit
    plannedBeneficiaries
    plannedPoorBeneficiaries
    startsOn
    plannedEndOn
    allocated
    disbursed
    spent
    useRate
    worksPercent
    status
    allowedActions
    pairingId
    pairing {
      id
    }
    county {
      id
      code
    }
    transactions {
      id
      kind
      amount
      occurredOn
      reference
      reversesId
      reason
      reversed
    }
    progressReports {
      id
      reportedOn
      percent
      note
    }
  }
`);
void FIELDS;
const CREATE = graphql(`
  mutation FiscalTestCreate($i: CreateFiscalProjectInput!) {
    createFiscalProject(input: $i) {
      ...FiscalTestProject
    }
  }
`);
const RECORD = graphql(`
  mutation FiscalTestRecord($i: RecordFiscalTransactionInput!) {
    recordFiscalTransaction(input: $i) {
      id
      kind
      amount
      occurredOn
      reversesId
    }
  }
`);
const REVERSE = graphql(`
  mutation FiscalTestReverse($i: ReverseFiscalTransactionInput!) {
    reverseFiscalTransaction(input: $i) {
      id
      kind
      amount
      occurredOn
      reversesId
      reason
    }
  }
`);
const PROGRESS = graphql(`
  mutation FiscalTestProgress($i: ReportFiscalProgressInput!) {
    reportFiscalProgress(input: $i) {
      id
      percent
      reportedOn
    }
  }
`);
const PROJECT = graphql(`
  query FiscalTestProjectById($id: ID!) {
    fiscalProject(id: $id) {
      ...FiscalTestProject
    }
  }
`);
const LIST = graphql(`
  query FiscalTestList($first: Int, $filter: FiscalProjectFilter) {
    fiscalProjects(first: $first, filter: $filter) {
      totalCount
      nodes {
        ...FiscalTestProject
      }
    }
  }
`);
const BOARD = graphql(`
  query FiscalTestBoard($y: Int!) {
    fiscalAidBoard(year: $y) {
      year
      projects
      allocated
      disbursed
      spent
      useRate
      byStatus {
        status
        projects
        allocated
      }
      byCounty {
        county {
          code
        }
        projects
        allocated
        disbursed
        spent
        disbursementRate
        useRate
      }
      slowest {
        id
        name
        useRate
      }
    }
  }
`);
const PAIRING = graphql(`
  query FiscalTestPairing($id: ID!) {
    pairing(id: $id) {
      id
    }
  }
`);

/** Row counts of everything a refused mutation must not touch. */
const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM fiscal_project)::int AS projects,
      (SELECT count(*) FROM fiscal_transaction)::int AS transactions,
      (SELECT count(*) FROM fiscal_progress_report)::int AS reports,
      (SELECT count(*) FROM ledger_entry)::int AS ledger,
      (SELECT count(*) FROM audit_entry)::int AS audit`)
  )[0];

const newProject = (over: Partial<CreateFiscalProjectInput> = {}): CreateFiscalProjectInput => ({
  pairingId: pairing["370281-520423"],
  year,
  countyId: region["520423"],
  town: "城关镇",
  name: `测试项目 ${Math.random().toString(36).slice(2, 8)}`,
  sector: "INFRASTRUCTURE",
  implementingUnit: "镇宁县交通运输局",
  plannedBeneficiaries: 1000,
  plannedPoorBeneficiaries: 300,
  startsOn: `${year}-01-01` > today() ? today() : `${year}-01-01`,
  plannedEndOn: `${year}-12-31`,
  ...over,
});
async function create(over: Partial<CreateFiscalProjectInput> = {}, token = t.jiaozhou) {
  const r = await s.gql(CREATE, { i: newProject(over) }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.createFiscalProject;
}
const tx = (
  projectId: string,
  kind: RecordFiscalTransactionInput["kind"],
  amount: string,
  token: string,
  over: Partial<RecordFiscalTransactionInput> = {},
) =>
  s.gql(
    RECORD,
    { i: { projectId, kind, amount, occurredOn: today(), reference: `文号-${kind}-${amount}`, ...over } },
    token,
  );
const ok = <T>(r: GqlResult<T>): T => {
  expect(r.errors).toBeUndefined();
  return r.data!;
};
/** A refusal writes nothing: the counts before and after are equal, and the error names the field. */
async function refused(work: () => Promise<GqlResult>, code: string, field?: string, notEchoed?: string) {
  const before = await counts();
  const r = await work();
  expect(codeOf(r)).toBe(code);
  if (field) expect(r.errors![0].extensions!.field).toBe(field);
  if (notEchoed) expect(r.errors![0].message).not.toContain(notEchoed);
  expect(await counts()).toEqual(before);
  return r;
}

describe("demo data", () => {
  it("Jiaozhou's projects add up to exactly 2.84亿 allocated, disbursed and spent below it", async () => {
    const [row] = await s.sql(
      `SELECT SUM(t.amount) FILTER (WHERE t.kind = 'ALLOCATED')::bigint AS allocated,
              SUM(t.amount) FILTER (WHERE t.kind = 'DISBURSED')::bigint AS disbursed,
              SUM(t.amount) FILTER (WHERE t.kind = 'SPENT')::bigint AS spent
         FROM fiscal_transaction t JOIN fiscal_project f ON f.id = t.project_id
         JOIN pairing p ON p.id = f.pairing_id JOIN region e ON e.id = p.east_region_id WHERE e.code = '370281'`,
    );
    expect(Number(row.allocated)).toBe(284_000_000_00);
    expect(Number(row.disbursed)).toBeLessThan(Number(row.allocated));
    expect(Number(row.spent)).toBeLessThan(Number(row.disbursed));
    const list = ok(await s.gql(LIST, { first: 100, filter: { year } }, t.jiaozhou)).fiscalProjects.nodes;
    const village = list.find((p) => p.name.includes("乡村振兴示范村"))!;
    expect(village).toMatchObject({
      allocated: "32440000.00",
      spent: "24054000.00",
      useRate: "74.14",
      worksPercent: 77,
    });
  });
});

describe("creating projects", () => {
  it("a coordinator creates a project in its pairing; audit row; nothing in the ledger yet", async () => {
    const before = await counts();
    const p = await create();
    expect(p).toMatchObject({ status: "PLANNED", allocated: "0.00", useRate: null, worksPercent: null });
    expect(p.allowedActions).toEqual([
      "RECORD_ALLOCATION",
      "RECORD_DISBURSEMENT",
      "RECORD_SPENDING",
      "REPORT_PROGRESS",
    ]);
    const after = await counts();
    expect(after).toMatchObject({ projects: before.projects + 1, ledger: before.ledger, audit: before.audit + 1 });
    const [a] = await s.sql(`SELECT action, entity_type, entity_id FROM audit_entry ORDER BY seq DESC LIMIT 1`);
    expect(a).toMatchObject({ action: "FISCAL_PROJECT_CREATED", entity_type: "FiscalProject", entity_id: p.id });
  });

  it("refuses bad input, naming the field, writing nothing and never echoing the value", async () => {
    await refused(() => s.gql(CREATE, { i: newProject({ name: "   " }) }, t.jiaozhou), "BAD_USER_INPUT", "name");
    await refused(
      () => s.gql(CREATE, { i: newProject({ plannedPoorBeneficiaries: 1001 }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "plannedPoorBeneficiaries",
      "1001",
    );
    await refused(
      () => s.gql(CREATE, { i: newProject({ plannedEndOn: "2001-01-01" }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "plannedEndOn",
      "2001-01-01",
    );
    // The county must lie on the pairing's west side (徽县 is not in 胶州—镇宁).
    await refused(
      () => s.gql(CREATE, { i: newProject({ countyId: region["621227"] }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "countyId",
    );
    // An east region is not a west county.
    await refused(
      () => s.gql(CREATE, { i: newProject({ countyId: region["370281"] }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "countyId",
    );
    await refused(() => s.gql(CREATE, { i: newProject({ year: 1999 }) }, t.jiaozhou), "BAD_USER_INPUT", "year");
    await refused(
      () => s.gql(CREATE, { i: newProject({ plannedBeneficiaries: -1 }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "plannedBeneficiaries",
    );
  });

  it("scope: another region's coordinator NOT_FOUND, county officials, buyers and enterprises FORBIDDEN", async () => {
    await refused(() => s.gql(CREATE, { i: newProject() }, t.pingdu), "NOT_FOUND", "pairingId");
    await refused(() => s.gql(CREATE, { i: newProject() }, t.zhenning), "FORBIDDEN");
    await refused(() => s.gql(CREATE, { i: newProject() }, t.buyer), "FORBIDDEN");
    await refused(() => s.gql(CREATE, { i: newProject() }, t.enterprise), "FORBIDDEN");
    // Qingdao's coordinator reaches Jiaozhou's pairings (its subtree).
    await create({}, t.qingdao);
  });
});

describe("money as dated transactions", () => {
  it("allocates, disburses and spends; the use rate follows; the ledger gets only allocations", async () => {
    const p = await create();
    const ledgerBefore = (await counts()).ledger;
    const a = ok(await tx(p.id, "ALLOCATED", "1000000.00", t.jiaozhou)).recordFiscalTransaction;
    expect((await counts()).ledger).toBe(ledgerBefore + 1);
    const [entry] = await s.sql(
      `SELECT pairing_id, indicator, amount, occurred_on, source FROM ledger_entry WHERE source_id = $1`,
      [a.id],
    );
    expect(entry).toMatchObject({
      pairing_id: pairing["370281-520423"],
      indicator: "FISCAL_AID",
      source: "FISCAL_FUNDS",
      occurred_on: today(),
    });
    expect(Number(entry.amount)).toBe(100_000_000);
    ok(await tx(p.id, "DISBURSED", "800000.00", t.zhenning));
    ok(await tx(p.id, "SPENT", "741400.00", t.zhenning));
    expect((await counts()).ledger).toBe(ledgerBefore + 1);
    ok(await s.gql(PROGRESS, { i: { projectId: p.id, reportedOn: today(), percent: 60 } }, t.zhenning));
    const got = ok(await s.gql(PROJECT, { id: p.id }, t.zhenning)).fiscalProject;
    expect(got).toMatchObject({
      allocated: "1000000.00",
      disbursed: "800000.00",
      spent: "741400.00",
      useRate: "74.14",
      worksPercent: 60,
      status: "IN_PROGRESS",
    });
    expect(got.allowedActions).toEqual(["RECORD_DISBURSEMENT", "RECORD_SPENDING", "REPORT_PROGRESS"]);
    ok(await s.gql(PROGRESS, { i: { projectId: p.id, reportedOn: today(), percent: 100 } }, t.jiaozhou));
    expect(ok(await s.gql(PROJECT, { id: p.id }, t.jiaozhou)).fiscalProject.status).toBe("COMPLETED");
    const audit = await s.sql(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY seq`, [p.id]);
    expect(audit.map((r) => r.action)).toEqual([
      "FISCAL_PROJECT_CREATED",
      "FISCAL_TRANSACTION_RECORDED",
      "FISCAL_TRANSACTION_RECORDED",
      "FISCAL_TRANSACTION_RECORDED",
      "FISCAL_PROGRESS_REPORTED",
      "FISCAL_PROGRESS_REPORTED",
    ]);
  });

  it("cumulative disbursed ≤ allocated and spent ≤ disbursed; nothing written when refused", async () => {
    const p = await create();
    await refused(() => tx(p.id, "DISBURSED", "1.00", t.zhenning), "BAD_USER_INPUT", "amount");
    ok(await tx(p.id, "ALLOCATED", "500.00", t.jiaozhou));
    ok(await tx(p.id, "DISBURSED", "300.00", t.zhenning));
    await refused(() => tx(p.id, "DISBURSED", "200.01", t.zhenning), "BAD_USER_INPUT", "amount", "200.01");
    ok(await tx(p.id, "DISBURSED", "200.00", t.zhenning));
    ok(await tx(p.id, "SPENT", "499.99", t.zhenning));
    await refused(() => tx(p.id, "SPENT", "0.02", t.zhenning), "BAD_USER_INPUT", "amount");
    await refused(() => tx(p.id, "SPENT", "0.00", t.zhenning), "BAD_USER_INPUT", "amount");
    await refused(() => tx(p.id, "SPENT", "-5.00", t.zhenning), "BAD_USER_INPUT", "amount");
    await refused(
      () => tx(p.id, "SPENT", "1.00", t.zhenning, { occurredOn: "2999-01-01" }),
      "BAD_USER_INPUT",
      "occurredOn",
    );
    await refused(() => tx(p.id, "SPENT", "0.01", t.zhenning, { reference: "  " }), "BAD_USER_INPUT", "reference");
    // A float that is not whole fen never reaches the service.
    await refused(() => tx(p.id, "SPENT", "0.001", t.zhenning), "BAD_USER_INPUT");
    await refused(
      () => s.gql(PROGRESS, { i: { projectId: p.id, reportedOn: today(), percent: 101 } }, t.zhenning),
      "BAD_USER_INPUT",
      "percent",
    );
  });

  it("who records what: county officials may not allocate (FORBIDDEN), others' projects are NOT_FOUND", async () => {
    const p = await create();
    await refused(() => tx(p.id, "ALLOCATED", "10.00", t.zhenning), "FORBIDDEN");
    ok(await tx(p.id, "ALLOCATED", "10.00", t.jiaozhou));
    await refused(() => tx(p.id, "DISBURSED", "1.00", t.huixian), "NOT_FOUND", "projectId");
    await refused(() => tx(p.id, "DISBURSED", "1.00", t.pingdu), "NOT_FOUND", "projectId");
    await refused(() => tx(p.id, "DISBURSED", "1.00", t.buyer), "FORBIDDEN");
    await refused(() => tx(p.id, "DISBURSED", "1.00", t.enterprise), "FORBIDDEN");
    // A malformed id is refused at the edge (the ID scalar), before any service runs.
    await refused(() => tx("not-a-uuid", "DISBURSED", "1.00", t.jiaozhou), "BAD_USER_INPUT");
    // The coordinator may record a county's disbursement (the office enters a paper report).
    ok(await tx(p.id, "DISBURSED", "1.00", t.jiaozhou));
    await refused(
      () => s.gql(PROGRESS, { i: { projectId: p.id, reportedOn: today(), percent: 5 } }, t.huixian),
      "NOT_FOUND",
      "projectId",
    );
  });

  it("reversals: once per transaction, never of a reversal, refused when they would break the rules", async () => {
    const p = await create();
    const a = ok(await tx(p.id, "ALLOCATED", "1000.00", t.jiaozhou)).recordFiscalTransaction;
    const d = ok(await tx(p.id, "DISBURSED", "600.00", t.zhenning)).recordFiscalTransaction;
    ok(await tx(p.id, "SPENT", "500.00", t.zhenning));
    // Reversing the allocation would leave 600 disbursed of 0 allocated.
    await refused(
      () => s.gql(REVERSE, { i: { transactionId: a.id, reason: "错录" } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "transactionId",
    );
    // Reversing the disbursement would leave 500 spent of 0 disbursed.
    await refused(
      () => s.gql(REVERSE, { i: { transactionId: d.id, reason: "错录" } }, t.zhenning),
      "BAD_USER_INPUT",
      "transactionId",
    );
    // A county official may not reverse an allocation.
    await refused(() => s.gql(REVERSE, { i: { transactionId: a.id, reason: "错录" } }, t.zhenning), "FORBIDDEN");
    await refused(
      () => s.gql(REVERSE, { i: { transactionId: a.id, reason: "错录" } }, t.pingdu),
      "NOT_FOUND",
      "transactionId",
    );
    await refused(
      () => s.gql(REVERSE, { i: { transactionId: a.id, reason: " " } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "reason",
    );
    const extra = ok(await tx(p.id, "ALLOCATED", "200.00", t.jiaozhou)).recordFiscalTransaction;
    const before = await counts();
    const r = ok(
      await s.gql(REVERSE, { i: { transactionId: extra.id, reason: "重复下达" } }, t.jiaozhou),
    ).reverseFiscalTransaction;
    expect(r).toMatchObject({
      amount: "-200.00",
      reversesId: extra.id,
      occurredOn: extra.occurredOn,
      kind: "ALLOCATED",
    });
    expect(await counts()).toMatchObject({
      transactions: before.transactions + 1,
      ledger: before.ledger + 1,
      audit: before.audit + 1,
    });
    const [orig] = await s.sql(`SELECT id FROM ledger_entry WHERE source_id = $1`, [extra.id]);
    const [corr] = await s.sql(`SELECT amount, corrects_id, occurred_on FROM ledger_entry WHERE source_id = $1`, [
      r.id,
    ]);
    expect({ ...corr, amount: Number(corr.amount) }).toEqual({
      amount: -20000,
      corrects_id: orig.id,
      occurred_on: extra.occurredOn,
    });
    await refused(() => s.gql(REVERSE, { i: { transactionId: extra.id, reason: "再冲" } }, t.jiaozhou), "CONFLICT");
    await refused(
      () => s.gql(REVERSE, { i: { transactionId: r.id, reason: "再冲" } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "transactionId",
    );
    const got = ok(await s.gql(PROJECT, { id: p.id }, t.jiaozhou)).fiscalProject;
    expect(got.allocated).toBe("1000.00");
    expect(got.transactions.find((x) => x.id === extra.id)!.reversed).toBe(true);
    // A spending reversal is the county's to make; then the disbursement can go.
    const sp = got.transactions.find((x) => x.kind === "SPENT")!;
    ok(await s.gql(REVERSE, { i: { transactionId: sp.id, reason: "发票作废" } }, t.zhenning));
    ok(await s.gql(REVERSE, { i: { transactionId: d.id, reason: "退回" } }, t.zhenning));
    ok(await s.gql(REVERSE, { i: { transactionId: a.id, reason: "项目取消" } }, t.jiaozhou));
    expect(ok(await s.gql(PROJECT, { id: p.id }, t.jiaozhou)).fiscalProject).toMatchObject({
      allocated: "0.00",
      disbursed: "0.00",
      spent: "0.00",
      status: "PLANNED",
    });
  });
});

describe("under concurrency", () => {
  it("two disbursements that together exceed the allocation: exactly one succeeds", async () => {
    const p = await create();
    ok(await tx(p.id, "ALLOCATED", "100.00", t.jiaozhou));
    for (let round = 0; round < 3; round++) {
      const q = await create();
      ok(await tx(q.id, "ALLOCATED", "100.00", t.jiaozhou));
      const rs = await Promise.all([
        tx(q.id, "DISBURSED", "60.00", t.zhenning, { reference: "A" }),
        tx(q.id, "DISBURSED", "60.00", t.jiaozhou, { reference: "B" }),
      ]);
      expect(rs.filter((r) => !r.errors).length).toBe(1);
      expect(rs.filter((r) => codeOf(r) === "BAD_USER_INPUT").length).toBe(1);
      expect(ok(await s.gql(PROJECT, { id: q.id }, t.jiaozhou)).fiscalProject.disbursed).toBe("60.00");
    }
    // Two reversals of one allocation at once: one wins, one CONFLICT.
    const a = ok(await tx(p.id, "ALLOCATED", "5.00", t.jiaozhou)).recordFiscalTransaction;
    const rs = await Promise.all([
      s.gql(REVERSE, { i: { transactionId: a.id, reason: "x" } }, t.jiaozhou),
      s.gql(REVERSE, { i: { transactionId: a.id, reason: "y" } }, t.qingdao),
    ]);
    expect(rs.map(codeOf).sort()).toEqual(["CONFLICT", undefined].sort());
    expect(await s.sql(INVARIANTS.fiscalMoneyRules)).toEqual([]);
  });
});

describe("reads in scope", () => {
  const ids = async (token: string, filter = {}) =>
    ok(await s.gql(LIST, { first: 100, filter }, token))
      .fiscalProjects.nodes.map((p) => p.id)
      .sort();

  it("coordinators see their subtree's pairings, county officials their county; others refused", async () => {
    const all = await s.sql(
      `SELECT f.id, e.code AS east, w.code AS county FROM fiscal_project f JOIN pairing p ON p.id = f.pairing_id
         JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = f.county_id`,
    );
    const sorted = (rows: typeof all) => rows.map((r) => r.id).sort();
    // Qingdao sees Qingdao's and Jiaozhou's (all of the data here); Jiaozhou only its own.
    expect(await ids(t.qingdao)).toEqual(sorted(all.filter((r) => ["370200", "370281"].includes(r.east))));
    expect(await ids(t.jiaozhou)).toEqual(sorted(all.filter((r) => r.east === "370281")));
    expect(await ids(t.pingdu)).toEqual([]);
    expect(await ids(t.zhenning)).toEqual(sorted(all.filter((r) => r.county === "520423")));
    expect(await ids(t.huixian)).toEqual(sorted(all.filter((r) => r.county === "621227")));
    expect(await ids(t.admin)).toEqual(sorted(all));
    expect(codeOf(await s.gql(LIST, { first: 5 }, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(LIST, { first: 5 }, t.enterprise))).toBe("FORBIDDEN");
    const zhenningProject = all.find((r) => r.county === "520423")!.id;
    expect(codeOf(await s.gql(PROJECT, { id: zhenningProject }, t.huixian))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(PROJECT, { id: zhenningProject }, t.pingdu))).toBe("NOT_FOUND");
  });

  it("nested relations return no more than the top-level reads", async () => {
    for (const u of ["qingdao", "jiaozhou", "zhenning", "huixian", "admin"]) {
      const nodes = ok(await s.gql(LIST, { first: 100 }, t[u])).fiscalProjects.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      for (const p of nodes.slice(0, 5)) {
        expect(p.pairing?.id).toBe(p.pairingId);
        expect(ok(await s.gql(PAIRING, { id: p.pairingId }, t[u])).pairing!.id).toBe(p.pairingId);
        const [{ n }] = await s.sql(`SELECT count(*)::int AS n FROM fiscal_transaction WHERE project_id = $1`, [p.id]);
        expect(p.transactions.length).toBe(n);
      }
    }
  });

  it("filters by year, county, sector, status and text", async () => {
    const j = (f: object) => ids(t.jiaozhou, f);
    const [{ n: y2019 }] = await s.sql(
      `SELECT count(*)::int AS n FROM fiscal_project f JOIN pairing p ON p.id = f.pairing_id JOIN region e ON e.id = p.east_region_id WHERE e.code = '370281' AND f.year = 2019`,
    );
    expect((await j({ year: 2019 })).length).toBe(y2019);
    const zhenning = ok(await s.gql(LIST, { first: 100, filter: { countyId: region["520423"] } }, t.jiaozhou))
      .fiscalProjects.nodes;
    expect(zhenning.every((p) => p.county.code === "520423")).toBe(true);
    const edu = ok(await s.gql(LIST, { first: 100, filter: { sector: "EDUCATION" } }, t.jiaozhou)).fiscalProjects.nodes;
    expect(edu.length).toBeGreaterThan(0);
    expect(edu.every((p) => p.sector === "EDUCATION")).toBe(true);
    for (const status of ["PLANNED", "IN_PROGRESS", "COMPLETED"] as const) {
      const got = ok(await s.gql(LIST, { first: 100, filter: { status } }, t.jiaozhou)).fiscalProjects.nodes;
      expect(got.length).toBeGreaterThan(0);
      expect(got.every((p) => p.status === status)).toBe(true);
    }
    const text = ok(await s.gql(LIST, { first: 100, filter: { text: "辣椒" } }, t.jiaozhou)).fiscalProjects.nodes;
    expect(text.map((p) => p.name).every((n) => n.includes("辣椒"))).toBe(true);
    expect(text.length).toBe(2);
    expect((await j({ text: "%" })).length).toBe(0);
  });

  it("a list page costs the same number of statements for 5 rows as for 25", async () => {
    const small = await s.countQueries(() => s.gql(LIST, { first: 5 }, t.jiaozhou));
    const large = await s.countQueries(() => s.gql(LIST, { first: 25 }, t.jiaozhou));
    expect(large).toBeLessThanOrEqual(small + 1);
  });
});

describe("board and export", () => {
  it("sums per county, rates from integers, the slowest first", async () => {
    const b = ok(await s.gql(BOARD, { y: 2020 }, t.jiaozhou)).fiscalAidBoard;
    expect(b.projects).toBe(7);
    expect(b.allocated).toBe("66000000.00");
    const sum = (k: "allocated" | "disbursed" | "spent") =>
      b.byCounty.reduce((x, c) => x + Math.round(Number(c[k]) * 100), 0);
    expect(sum("allocated")).toBe(66_000_000_00);
    expect((sum("disbursed") / 100).toFixed(2)).toBe(b.disbursed);
    expect((sum("spent") / 100).toFixed(2)).toBe(b.spent);
    expect(b.byStatus.reduce((x, r) => x + r.projects, 0)).toBe(7);
    const rates = b.slowest.map((p) => Number(p.useRate));
    expect([...rates].sort((x, y) => x - y)).toEqual(rates);
    expect(b.slowest[0].name).toBe("策勒县辣椒深加工扶贫车间");
    // Scope: Huixian's official sees its county's row only; Pingdu's coordinator nothing.
    const hx = ok(await s.gql(BOARD, { y: 2020 }, t.huixian)).fiscalAidBoard;
    expect(hx.byCounty.map((c) => c.county.code)).toEqual(["621227"]);
    expect(ok(await s.gql(BOARD, { y: 2020 }, t.pingdu)).fiscalAidBoard.projects).toBe(0);
    expect(codeOf(await s.gql(BOARD, { y: 2020 }, t.buyer))).toBe("FORBIDDEN");
    const bad = await s.gql(BOARD, { y: 1999 }, t.jiaozhou);
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
  });

  it("exports the year's projects to .xlsx with the API's auth and scope", async () => {
    const download = (token: string | null, y: unknown = 2020) =>
      fetch(`${s.url}/exports/fiscal-aid.xlsx?year=${y}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    expect((await download(null)).status).toBe(401);
    expect((await download(t.buyer)).status).toBe(403);
    expect((await download(t.enterprise)).status).toBe(403);
    expect((await download(t.jiaozhou, "20x0")).status).toBe(400);
    const sheets = async (token: string) => {
      const res = await download(token);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      return wb;
    };
    const wb = await sheets(t.jiaozhou);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["按县汇总", "项目清单"]);
    expect(wb.getWorksheet("项目清单")!.rowCount - 1).toBe(7);
    const hx = await sheets(t.huixian);
    const rows = hx.getWorksheet("项目清单")!;
    expect(rows.rowCount - 1).toBe(1);
    expect(rows.getRow(2).getCell(2).value).toBe("徽县");
    expect((await sheets(t.pingdu)).getWorksheet("项目清单")!.rowCount).toBe(1);
  });
});

describe("reconciliation", () => {
  it("after records and reversals, the ledger's FISCAL_FUNDS equal the allocations to the fen, per pairing", async () => {
    // A mix on two pairings, with reversals.
    const a = await create();
    const b = await create({ pairingId: pairing["370281-621227"], countyId: region["621227"] });
    const r1 = ok(await tx(a.id, "ALLOCATED", "12345.67", t.jiaozhou)).recordFiscalTransaction;
    ok(await tx(a.id, "ALLOCATED", "0.01", t.jiaozhou));
    ok(await tx(b.id, "ALLOCATED", "999.99", t.qingdao));
    const r2 = ok(await tx(b.id, "ALLOCATED", "1.11", t.admin)).recordFiscalTransaction;
    ok(await s.gql(REVERSE, { i: { transactionId: r1.id, reason: "错" } }, t.jiaozhou));
    ok(await s.gql(REVERSE, { i: { transactionId: r2.id, reason: "错" } }, t.admin));
    ok(await tx(b.id, "DISBURSED", "500.00", t.huixian));
    const records = await s.sql(
      `SELECT f.pairing_id, SUM(t.amount)::bigint AS amount FROM fiscal_transaction t JOIN fiscal_project f ON f.id = t.project_id
        WHERE t.kind = 'ALLOCATED' GROUP BY 1 ORDER BY 1`,
    );
    const ledger = await s.sql(
      `SELECT pairing_id, SUM(amount)::bigint AS amount FROM ledger_entry WHERE source = 'FISCAL_FUNDS' AND indicator = 'FISCAL_AID' GROUP BY 1 ORDER BY 1`,
    );
    expect(ledger.map((r) => [r.pairing_id, String(r.amount)])).toEqual(
      records.map((r) => [r.pairing_id, String(r.amount)]),
    );
    expect(await s.sql(INVARIANTS.ledgerFiscalFunds)).toEqual([]);
    expect(await s.sql(INVARIANTS.fiscalMoneyRules)).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerDaily)).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerMonthly)).toEqual([]);
  });

  it("transactions and progress reports are append-only", async () => {
    await expect(s.sql(`UPDATE fiscal_transaction SET amount = 1`)).rejects.toThrow(/append-only/);
    await expect(s.sql(`DELETE FROM fiscal_progress_report`)).rejects.toThrow(/append-only/);
  });
});
