import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentYear, today } from "../../server/src/shared/dates";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { graphql } from "./gql";
import type { JointWorkFilter, RecordJointWorkInput } from "./gql/graphql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";

/**
 * 组织领导 (issue 12, joint work): meetings and leadership visits credit JOINT_MEETINGS and
 * EXCHANGE_VISITS through the ledger; a withdrawal writes the negatives; scope by pairing.
 */
let s: TestServer;
const t: Record<string, string> = {};
const year = currentYear();
let qa: string; // 青岛市—安顺市
let jz: string; // 胶州市—镇宁县
let jh: string; // 胶州市—徽县
const pairingOf = async (east: string, west: string) =>
  (
    await s.sql(
      `SELECT p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id WHERE e.code = $1 AND w.code = $2`,
      [east, west],
    )
  )[0].id as string;

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  qa = await pairingOf("370200", "520400");
  jz = await pairingOf("370281", "520423");
  jh = await pairingOf("370281", "621227");
});
afterAll(() => s?.close());

const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM joint_work)::int AS records,
      (SELECT count(*) FROM joint_work WHERE withdrawn_at IS NOT NULL)::int AS withdrawn,
      (SELECT count(*) FROM ledger_entry)::int AS ledger, (SELECT count(*) FROM audit_entry)::int AS audit`)
  )[0];

/** Runs `work`, expects the error `code` (naming `field` when given) and no row written anywhere. */
async function refused(code: string, work: () => Promise<GqlResult>, field?: string, notEchoed?: string) {
  const before = await counts();
  const r = await work();
  expect(codeOf(r), JSON.stringify(r.errors)).toBe(code);
  if (field) expect(r.errors![0].extensions!.field).toBe(field);
  if (notEchoed) expect(JSON.stringify(r.errors)).not.toContain(notEchoed);
  expect(await counts()).toEqual(before);
}

/** Ledger and records agree per pairing and indicator (our own sum, beside the data-checks invariant). */
async function reconcile() {
  return s.sql(`
    WITH rec AS (
      SELECT pairing_id, 'JOINT_MEETINGS' AS indicator, count(*) FILTER (WHERE kind = 'MEETING' AND withdrawn_at IS NULL)::bigint AS amount FROM joint_work GROUP BY 1
      UNION ALL
      SELECT pairing_id, 'EXCHANGE_VISITS', COALESCE(SUM(person_visits) FILTER (WHERE withdrawn_at IS NULL), 0)::bigint FROM joint_work GROUP BY 1
    ), led AS (
      SELECT pairing_id, indicator, SUM(amount)::bigint AS amount FROM ledger_entry WHERE source = 'JOINT_WORK' GROUP BY 1, 2
    )
    SELECT COALESCE(r.pairing_id, l.pairing_id) AS pairing_id, COALESCE(r.indicator, l.indicator) AS indicator, r.amount AS records, l.amount AS ledger
      FROM rec r FULL JOIN led l ON l.pairing_id = r.pairing_id AND l.indicator = r.indicator
     WHERE COALESCE(r.amount, 0) <> COALESCE(l.amount, 0)`);
}

graphql(`
  fragment JointWorkFields on JointWork {
    id
    kind
    heldOn
    title
    place
    direction
    eastOffices
    westOffices
    leader
    personVisits
    documentRef
    outcome
    withdrawn
    withdrawnAt
    withdrawnReason
    canWithdraw
    pairingId
    pairing {
      id
      name
    }
  }
`);
const RECORD = graphql(`
  mutation JointWorkRecord($i: RecordJointWorkInput!) {
    recordJointWork(input: $i) {
      ...JointWorkFields
    }
  }
`);
const WITHDRAW = graphql(`
  mutation JointWorkWithdraw($i: WithdrawJointWorkInput!) {
    withdrawJointWork(input: $i) {
      ...JointWorkFields
    }
  }
`);
const LIST = graphql(`
  query JointWorkList($f: JointWorkFilter, $first: Int!) {
    jointWork(filter: $f, first: $first) {
      totalCount
      nodes {
        ...JointWorkFields
      }
    }
  }
`);
const ONE = graphql(`
  query JointWorkOne($id: ID!) {
    jointWorkRecord(id: $id) {
      id
      title
    }
  }
`);
const SUMMARY = graphql(`
  query JointWorkSummary($f: JointWorkFilter) {
    jointWorkSummary(filter: $f) {
      meetings
      visits
      personVisits
      rows {
        year
        pairingId
        meetings
        visits
        personVisits
        pairing {
          name
        }
      }
    }
  }
`);
const NESTED = graphql(`
  query JointWorkNested($id: ID!) {
    pairing(id: $id) {
      id
      jointWork {
        id
      }
    }
  }
`);
const PROGRESS = graphql(`
  query JointWorkProgress($id: ID!, $y: Int!) {
    pairing(id: $id) {
      progress(year: $y) {
        indicator
        target
        delivered
        recorded
        reported
        unit
      }
    }
  }
`);
const SET_TARGET = graphql(`
  mutation JointWorkSetTarget($i: SetAgreementTargetInput!) {
    setAgreementTarget(input: $i) {
      targets {
        indicator
        target
      }
    }
  }
`);
const LEDGER = graphql(`
  query JointWorkLedger($f: LedgerEntryFilter!) {
    ledgerEntries(filter: $f, first: 100) {
      nodes {
        indicator
        amount
        occurredOn
        source
        sourceId
        sourceLabel
        note
      }
    }
  }
`);

const meeting = (over: Partial<RecordJointWorkInput> = {}): RecordJointWorkInput => ({
  pairingId: jz,
  kind: "MEETING",
  heldOn: today(),
  title: "胶州—镇宁测试联席会议",
  place: "镇宁县",
  eastOffices: ["胶州市委", " 胶州市政府 ", "胶州市委", ""],
  westOffices: ["镇宁县委"],
  leader: "市委书记",
  personVisits: 21,
  documentRef: "测试纪要〔1〕号",
  outcome: "确定年度计划",
  ...over,
});
const visit = (over: Partial<RecordJointWorkInput> = {}): RecordJointWorkInput =>
  meeting({ kind: "VISIT", direction: "EAST_TO_WEST", title: "胶州市代表团测试调研", personVisits: 9, ...over });

const progressOf = async (pairingId: string, token: string) =>
  Object.fromEntries(
    (await s.gql(PROGRESS, { id: pairingId, y: year }, token)).data!.pairing.progress.map((p) => [p.indicator, p]),
  );
const list = async (token: string, f: JointWorkFilter = {}) => await s.gql(LIST, { f, first: 100 }, token);

describe("joint work (组织领导)", () => {
  it("the demo's meetings and visits on 青岛—安顺 and the pairings it encloses add up to the seeds' 2,014 person-visits in 2013–2020", async () => {
    const r = await s.gql(SUMMARY, { f: { pairingId: qa } }, t.qingdao);
    const rows = r.data!.jointWorkSummary.rows.filter((x) => x.year >= 2013 && x.year <= 2020);
    expect(rows.reduce((sum, x) => sum + x.personVisits, 0)).toBe(2014);
    expect(new Set(rows.map((x) => x.pairingId))).toEqual(new Set([qa, jz]));
    expect(await reconcile()).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerJointWork)).toEqual([]);
  });

  it("a meeting credits JOINT_MEETINGS +1 and EXCHANGE_VISITS +person-visits on its date; a visit only the person-visits", async () => {
    const before = await progressOf(jz, t.jiaozhou);
    const m = await s.gql(RECORD, { i: meeting() }, t.jiaozhou);
    expect(m.errors).toBeUndefined();
    const rec = m.data!.recordJointWork;
    expect(rec).toMatchObject({
      kind: "MEETING",
      direction: null,
      eastOffices: ["胶州市委", "胶州市政府"],
      personVisits: 21,
      withdrawn: false,
      canWithdraw: true,
      pairing: { name: "胶州市—镇宁县" },
    });
    const v = await s.gql(RECORD, { i: visit() }, t.jiaozhou);
    expect(v.errors).toBeUndefined();
    const entries = await s.sql(
      `SELECT indicator, amount::int, occurred_on::text, source_id FROM ledger_entry WHERE source = 'JOINT_WORK' AND source_id = ANY($1) ORDER BY seq`,
      [[rec.id, v.data!.recordJointWork.id]],
    );
    expect(entries.map((e) => [e.indicator, e.amount, e.occurred_on])).toEqual([
      ["JOINT_MEETINGS", 1, today()],
      ["EXCHANGE_VISITS", 21, today()],
      ["EXCHANGE_VISITS", 9, today()],
    ]);
    const after = await progressOf(jz, t.jiaozhou);
    expect(Number(after.JOINT_MEETINGS.recorded) - Number(before.JOINT_MEETINGS.recorded)).toBe(1);
    expect(Number(after.EXCHANGE_VISITS.recorded) - Number(before.EXCHANGE_VISITS.recorded)).toBe(30);
    expect(after.EXCHANGE_VISITS.unit).toBe("PEOPLE");
    expect(after.JOINT_MEETINGS.unit).toBe("COUNT");
    // The enclosing pairing's progress includes them (青岛 sees 胶州's).
    const qaAfter = await progressOf(qa, t.qingdao);
    expect(Number(qaAfter.EXCHANGE_VISITS.recorded)).toBeGreaterThanOrEqual(Number(after.EXCHANGE_VISITS.recorded));
    // The ledger names the entries by the record's title; the audit trail has the action.
    const ledger = await s.gql(LEDGER, { f: { pairingId: jz, year, indicator: "JOINT_MEETINGS" } }, t.jiaozhou);
    expect(ledger.errors).toBeUndefined();
    expect(ledger.data!.ledgerEntries.nodes.find((e) => e.sourceId === rec.id)).toMatchObject({
      source: "JOINT_WORK",
      sourceLabel: "胶州—镇宁测试联席会议",
      note: "联席会议:胶州—镇宁测试联席会议",
    });
    const audit = await s.sql(`SELECT action, change FROM audit_entry WHERE entity_id = $1`, [rec.id]);
    expect(audit.map((a) => a.action)).toEqual(["JOINT_WORK_RECORDED"]);
    expect(audit[0].change).toMatchObject({ kind: "MEETING", personVisits: 21, title: "胶州—镇宁测试联席会议" });
  });

  it("an agreement target can be set for the new indicators and progress shows it", async () => {
    for (const [indicator, target] of [
      ["JOINT_MEETINGS", "3"],
      ["EXCHANGE_VISITS", "120"],
    ] as const) {
      const r = await s.gql(
        SET_TARGET,
        { i: { pairingId: jh, year, indicator, target, reason: "年中调整" } },
        t.jiaozhou,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.setAgreementTarget.targets).toContainEqual({ indicator, target });
    }
    await s.gql(
      RECORD,
      { i: meeting({ pairingId: jh, title: "胶州—徽县联席会议", westOffices: ["徽县县委"], personVisits: 40 }) },
      t.jiaozhou,
    );
    const p = await progressOf(jh, t.jiaozhou);
    expect(p.JOINT_MEETINGS).toMatchObject({ target: "3", unit: "COUNT" });
    expect(Number(p.JOINT_MEETINGS.delivered)).toBeGreaterThanOrEqual(1);
    expect(p.EXCHANGE_VISITS).toMatchObject({ target: "120", unit: "PEOPLE" });
    expect(Number(p.EXCHANGE_VISITS.recorded)).toBeGreaterThanOrEqual(40);
  });

  it("refuses bad input naming the field, never echoing the value, writing nothing", async () => {
    const go = (i: RecordJointWorkInput) => () => s.gql(RECORD, { i }, t.jiaozhou);
    await refused("BAD_USER_INPUT", go(meeting({ title: "   " })), "title");
    await refused("BAD_USER_INPUT", go(meeting({ place: " " })), "place");
    await refused("BAD_USER_INPUT", go(meeting({ leader: "" })), "leader");
    await refused("BAD_USER_INPUT", go(meeting({ personVisits: 0 })), "personVisits");
    await refused("BAD_USER_INPUT", go(meeting({ personVisits: -77 })), "personVisits", "-77");
    await refused("BAD_USER_INPUT", go(meeting({ personVisits: 100_001 })), "personVisits", "100001");
    await refused("BAD_USER_INPUT", go(visit({ direction: null })), "direction");
    await refused("BAD_USER_INPUT", go(meeting({ direction: "WEST_TO_EAST" })), "direction");
    await refused("BAD_USER_INPUT", go(meeting({ heldOn: "2099-05-06" })), "heldOn", "2099-05-06");
    await refused("BAD_USER_INPUT", go(meeting({ heldOn: "2015-12-31" })), "heldOn"); // before 胶州—镇宁 began
    await refused("BAD_USER_INPUT", go(meeting({ title: "x".repeat(201) })), "title");
    const rec = (await s.gql(RECORD, { i: meeting({ title: "待撤销" }) }, t.jiaozhou)).data!.recordJointWork;
    await refused("BAD_USER_INPUT", () => s.gql(WITHDRAW, { i: { id: rec.id, reason: "  " } }, t.jiaozhou), "reason");
    await refused("BAD_USER_INPUT", () => s.gql(LIST, { f: { year: 1990 }, first: 5 }, t.jiaozhou), "year");
  });

  it("scope: other regions' coordinators and other counties' officials get NOT_FOUND; officials record only their county's visits east; buyers and enterprises nothing", async () => {
    await refused("NOT_FOUND", () => s.gql(RECORD, { i: meeting() }, t.pingdu), "pairingId");
    await refused("NOT_FOUND", () => s.gql(RECORD, { i: meeting({ pairingId: qa }) }, t.jiaozhou), "pairingId");
    await refused(
      "NOT_FOUND",
      () => s.gql(RECORD, { i: visit({ direction: "WEST_TO_EAST" }) }, t.huixian),
      "pairingId",
    );
    await refused("FORBIDDEN", () => s.gql(RECORD, { i: meeting() }, t.zhenning));
    await refused("FORBIDDEN", () => s.gql(RECORD, { i: visit() }, t.zhenning));
    await refused("FORBIDDEN", () => s.gql(RECORD, { i: meeting() }, t.buyer));
    await refused("FORBIDDEN", () => s.gql(RECORD, { i: meeting() }, t.enterprise));
    await refused(
      "NOT_FOUND",
      () => s.gql(RECORD, { i: meeting({ pairingId: "00000000-0000-4000-8000-000000000000" }) }, t.admin),
      "pairingId",
    );

    // 镇宁's official records its county's visit east, and may withdraw it; a meeting it may see but not withdraw.
    const own = await s.gql(
      RECORD,
      { i: visit({ direction: "WEST_TO_EAST", title: "镇宁县代表团赴胶州", place: "胶州市" }) },
      t.zhenning,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.recordJointWork.canWithdraw).toBe(true);
    const m = (await s.gql(RECORD, { i: meeting({ title: "胶州镇宁范围测试会" }) }, t.jiaozhou)).data!.recordJointWork;
    const seen = (await list(t.zhenning, { search: "胶州镇宁范围测试会" })).data!.jointWork.nodes;
    expect(seen.map((n) => [n.id, n.canWithdraw])).toEqual([[m.id, false]]);
    await refused("FORBIDDEN", () => s.gql(WITHDRAW, { i: { id: m.id, reason: "试" } }, t.zhenning));
    await refused("NOT_FOUND", () => s.gql(WITHDRAW, { i: { id: m.id, reason: "试" } }, t.pingdu), "id");
    await refused("NOT_FOUND", () => s.gql(WITHDRAW, { i: { id: m.id, reason: "试" } }, t.huixian), "id");
    await refused("FORBIDDEN", () => s.gql(WITHDRAW, { i: { id: m.id, reason: "试" } }, t.buyer));
    const w = await s.gql(WITHDRAW, { i: { id: own.data!.recordJointWork.id, reason: "重复登记" } }, t.zhenning);
    expect(w.errors).toBeUndefined();

    // Reads: the list, the single read and the summary agree with the pairings each role sees.
    const pairingsSeen = async (token: string) =>
      new Set((await list(token)).data!.jointWork.nodes.map((n) => n.pairingId));
    expect(await pairingsSeen(t.qingdao)).toEqual(new Set([qa, jz, jh]));
    expect((await pairingsSeen(t.jiaozhou)).has(qa)).toBe(false);
    expect(await pairingsSeen(t.zhenning)).toEqual(new Set([jz]));
    expect(await pairingsSeen(t.pingdu)).toEqual(new Set());
    expect(await pairingsSeen(t.huixian)).toEqual(new Set([jh]));
    expect((await list(t.jiaozhou)).data!.jointWork.totalCount).toBe(
      Number(
        (
          await s.sql(
            `SELECT count(*) FROM joint_work WHERE pairing_id IN (SELECT id FROM pairing WHERE east_region_id = (SELECT id FROM region WHERE code = '370281'))`,
          )
        )[0].count,
      ),
    );
    expect(codeOf(await list(t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await list(t.enterprise))).toBe("FORBIDDEN");
    const qaRecord = (await list(t.qingdao, { pairingId: qa })).data!.jointWork.nodes.find((n) => n.pairingId === qa)!;
    expect((await s.gql(ONE, { id: qaRecord.id }, t.qingdao)).data!.jointWorkRecord.id).toBe(qaRecord.id);
    expect(codeOf(await s.gql(ONE, { id: qaRecord.id }, t.jiaozhou))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(ONE, { id: qaRecord.id }, t.zhenning))).toBe("NOT_FOUND");
    const summaryPairings = async (token: string) =>
      new Set((await s.gql(SUMMARY, {}, token)).data!.jointWorkSummary.rows.map((r) => r.pairingId));
    expect(await summaryPairings(t.zhenning)).toEqual(new Set([jz]));
    expect((await summaryPairings(t.jiaozhou)).has(qa)).toBe(false);
  });

  it("nested reads return no more than the top-level read, per role", async () => {
    for (const u of ["admin", "qingdao", "jiaozhou", "zhenning", "huixian", "pingdu"]) {
      for (const p of [qa, jz, jh]) {
        const nested = await s.gql(NESTED, { id: p }, t[u]);
        const top = (await list(t[u], { pairingId: p })).data?.jointWork.nodes.filter((n) => n.pairingId === p);
        if (nested.errors) {
          expect(codeOf(nested)).toBe("NOT_FOUND");
          continue;
        }
        expect({ u, p, ids: nested.data!.pairing.jointWork.map((r) => r.id).sort() }).toEqual({
          u,
          p,
          ids: (top ?? []).map((r) => r.id).sort(),
        });
      }
    }
    // A summary row's pairing and a record's pairing resolve within scope.
    const rows = (await s.gql(SUMMARY, {}, t.zhenning)).data!.jointWorkSummary.rows;
    expect(rows.every((r) => r.pairing?.name === "胶州市—镇宁县")).toBe(true);
  });

  it("withdrawal keeps the record marked, writes the negatives pointing at the originals, once only", async () => {
    const rec = (await s.gql(RECORD, { i: meeting({ title: "错误登记的会议", personVisits: 13 }) }, t.jiaozhou)).data!
      .recordJointWork;
    const w = await s.gql(WITHDRAW, { i: { id: rec.id, reason: "日期登记错误" } }, t.jiaozhou);
    expect(w.errors).toBeUndefined();
    expect(w.data!.withdrawJointWork).toMatchObject({
      withdrawn: true,
      withdrawnReason: "日期登记错误",
      canWithdraw: false,
    });
    const entries = await s.sql(
      `SELECT e.id, e.indicator, e.amount::int, e.occurred_on::text, e.corrects_id FROM ledger_entry e WHERE source = 'JOINT_WORK' AND source_id = $1 ORDER BY seq`,
      [rec.id],
    );
    expect(entries.map((e) => [e.indicator, e.amount])).toEqual([
      ["JOINT_MEETINGS", 1],
      ["EXCHANGE_VISITS", 13],
      ["JOINT_MEETINGS", -1],
      ["EXCHANGE_VISITS", -13],
    ]);
    expect(entries[2].corrects_id).toBe(entries[0].id);
    expect(entries[3].corrects_id).toBe(entries[1].id);
    expect(entries.every((e) => e.occurred_on === today())).toBe(true);
    await refused("CONFLICT", () => s.gql(WITHDRAW, { i: { id: rec.id, reason: "再次" } }, t.jiaozhou));
    // Still listed, marked; left out of the summary.
    const listed = (await list(t.jiaozhou, { search: "错误登记的会议" })).data!.jointWork.nodes;
    expect(listed.map((n) => n.withdrawn)).toEqual([true]);
    expect(
      (await list(t.jiaozhou, { search: "错误登记的会议", includeWithdrawn: false })).data!.jointWork.totalCount,
    ).toBe(0);
    const audit = await s.sql(`SELECT action, change FROM audit_entry WHERE entity_id = $1 ORDER BY seq`, [rec.id]);
    expect(audit.map((a) => a.action)).toEqual(["JOINT_WORK_RECORDED", "JOINT_WORK_WITHDRAWN"]);
    expect(audit[1].change).toMatchObject({ reason: "日期登记错误" });
  });

  it("two withdrawals at once: one succeeds, the other is CONFLICT, the negatives are written once", async () => {
    const rec = (await s.gql(RECORD, { i: meeting({ title: "并发撤销测试", personVisits: 11 }) }, t.jiaozhou)).data!
      .recordJointWork;
    const results = await Promise.all(
      [t.jiaozhou, t.qingdao, t.admin].map((token) => s.gql(WITHDRAW, { i: { id: rec.id, reason: "并发" } }, token)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(["CONFLICT", "CONFLICT"]);
    const net = await s.sql(
      `SELECT indicator, SUM(amount)::int AS net, count(*)::int AS n FROM ledger_entry WHERE source = 'JOINT_WORK' AND source_id = $1 GROUP BY 1 ORDER BY 1`,
      [rec.id],
    );
    expect(net).toEqual([
      { indicator: "EXCHANGE_VISITS", net: 0, n: 2 },
      { indicator: "JOINT_MEETINGS", net: 0, n: 2 },
    ]);
  });

  it("filters by year, kind, county and text; the summary counts standing records per year and pairing", async () => {
    const y2018 = (await list(t.qingdao, { year: 2018 })).data!.jointWork.nodes;
    expect(y2018.length).toBe(5);
    expect(y2018.every((n) => n.heldOn.startsWith("2018"))).toBe(true);
    const visits2018 = (await list(t.qingdao, { year: 2018, kind: "VISIT" })).data!.jointWork.nodes;
    expect(visits2018.map((n) => n.kind)).toEqual(["VISIT", "VISIT", "VISIT"]);
    const zn = await s.sql(`SELECT id FROM region WHERE code = '520423'`);
    const byCounty = (await list(t.qingdao, { countyId: zn[0].id, year: 2018 })).data!.jointWork.nodes;
    expect(byCounty.every((n) => n.pairingId === jz)).toBe(true);
    expect(byCounty.length).toBe(2);
    const search = (await list(t.qingdao, { search: "一察两会" })).data!.jointWork.nodes;
    expect(search.map((n) => n.heldOn)).toEqual(["2018-10-30"]);
    const byOffice = (await list(t.qingdao, { search: "镇宁县扶贫", year: 2019 })).data!.jointWork.totalCount;
    expect(byOffice).toBe(2);
    const sum = (await s.gql(SUMMARY, { f: { year: 2018 } }, t.qingdao)).data!.jointWorkSummary;
    expect(sum).toMatchObject({ meetings: 2, visits: 3, personVisits: 96 + 112 + 124 + 36 + 26 });
    expect(sum.rows.find((r) => r.pairingId === jz)).toMatchObject({
      year: 2018,
      meetings: 1,
      visits: 1,
      personVisits: 62,
    });
    // The demo's withdrawn row this year is not counted.
    const thisYear = await s.sql(
      `SELECT COALESCE(SUM(person_visits) FILTER (WHERE withdrawn_at IS NULL), 0)::int AS n FROM joint_work WHERE extract(year FROM held_on) = $1`,
      [year],
    );
    expect((await s.gql(SUMMARY, { f: { year } }, t.admin)).data!.jointWorkSummary.personVisits).toBe(thisYear[0].n);
  });

  it("exports the year's records and totals to .xlsx within the caller's scope; 401 signed out, 403 other roles, 400 bad year", async () => {
    const download = (token: string | null, y: unknown = 2018) =>
      fetch(`${s.url}/exports/joint-work.xlsx?year=${y}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    expect((await download(null)).status).toBe(401);
    expect((await download(t.buyer)).status).toBe(403);
    expect((await download(t.enterprise)).status).toBe(403);
    const bad = await download(t.qingdao, "20x8");
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain("20x8");
    const sheetOf = async (token: string) => {
      const res = await download(token);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "清单"]);
      const rows: string[][] = [];
      wb.getWorksheet("清单")!.eachRow((r, n) => {
        if (n > 1) rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? "")));
      });
      return rows;
    };
    const qd = await sheetOf(t.qingdao);
    expect(qd.length).toBe((await list(t.qingdao, { year: 2018 })).data!.jointWork.totalCount);
    expect(qd.map((r) => r[1])).toContain("青岛市—安顺市");
    const jzRows = await sheetOf(t.jiaozhou);
    expect(jzRows.length).toBe(2);
    expect(jzRows.every((r) => r[1] === "胶州市—镇宁县")).toBe(true);
    expect(jzRows.map((r) => r[2]).sort()).toEqual(["联席会议", "领导互访"]);
    expect(await sheetOf(t.zhenning)).toEqual(jzRows);
    expect(await sheetOf(t.pingdu)).toEqual([]);
  });

  it("reconciles: after records and withdrawals, the ledger's JOINT_WORK sums per pairing and indicator equal the records'", async () => {
    const a = (await s.gql(RECORD, { i: visit({ pairingId: qa, title: "青岛对账互访", personVisits: 17 }) }, t.qingdao))
      .data!.recordJointWork;
    await s.gql(RECORD, { i: meeting({ pairingId: qa, title: "青岛对账会议", personVisits: 33 }) }, t.admin);
    await s.gql(WITHDRAW, { i: { id: a.id, reason: "对账测试" } }, t.qingdao);
    expect(await reconcile()).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerJointWork)).toEqual([]);
    // And the sums themselves, per indicator, over everything.
    const [led] = await s.sql(
      `SELECT COALESCE(SUM(amount) FILTER (WHERE indicator = 'JOINT_MEETINGS'), 0)::int AS m, COALESCE(SUM(amount) FILTER (WHERE indicator = 'EXCHANGE_VISITS'), 0)::int AS v FROM ledger_entry WHERE source = 'JOINT_WORK'`,
    );
    const [rec] = await s.sql(
      `SELECT count(*) FILTER (WHERE kind = 'MEETING')::int AS m, COALESCE(SUM(person_visits), 0)::int AS v FROM joint_work WHERE withdrawn_at IS NULL`,
    );
    expect(led).toEqual(rec);
  });
});
