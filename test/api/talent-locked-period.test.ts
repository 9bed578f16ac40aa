import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../server/src/shared/dates";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { codeOf, startTestServer, type TestServer } from "./harness";

/**
 * Issue 13, "Corrections after locking go into the current open period as correcting entries that
 * point at what they correct" (docs/reporting.md): with January of 胶州—镇宁 approved (locked), a
 * posting into 镇宁 begun last year — whose count for this year the talent module dates 1 January —
 * is recorded: the 1 January count goes in dated today, its note naming January, and January's
 * totals stay what was approved. Withdrawing it takes the count back the same way, pointing at it.
 */
let s: TestServer;
const t: Record<string, string> = {};
const Y = Number(today().slice(0, 4));
const JAN = `${Y}-01`;
let pairing = "";
let zhenning = "";

const APPROVE = `mutation LockedApprove($i: DecideReportingPeriodInput!) {
  approveReportingPeriod(input: $i) { __typename ... on ReportingPeriod { status } }
}`;
const RECORD = `mutation LockedRecord($i: RecordTalentPostingInput!) {
  recordTalentPosting(input: $i) { id person { id } }
}`;
const WITHDRAW = `mutation LockedWithdraw($i: WithdrawTalentPostingInput!) { withdrawTalentPosting(input: $i) { id } }`;
const ENTRIES = `query LockedEntries($p: ID!) {
  ledgerEntries(filter: { pairingId: $p, source: TALENT_POSTING }, first: 20) { nodes { id amount occurredOn source note correctsId } }
}`;

/** The pairing's ledger total dated in January (what the approved month shows). */
const januaryTotal = async () =>
  (
    await s.sql(
      `SELECT indicator, SUM(amount)::text AS total FROM ledger_entry
        WHERE pairing_id = $1 AND to_char(occurred_on, 'YYYY-MM') = $2 GROUP BY 1 ORDER BY 1`,
      [pairing, JAN],
    )
  ).map((r) => `${r.indicator} ${r.total}`);

const talentEntries = async (personId: string) =>
  s.sql(
    `SELECT id, amount::int AS amount, occurred_on::text AS on, note_key, note_params, corrects_id
       FROM ledger_entry WHERE source = 'TALENT_POSTING' AND source_id = $1 ORDER BY seq`,
    [personId],
  );

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["jiaozhou", "zhenning"]) t[u] = await s.login(u);
  [{ id: pairing, west: zhenning }] = await s.sql(
    `SELECT p.id, w.id AS west FROM pairing p JOIN region w ON w.id = p.west_region_id JOIN region e ON e.id = p.east_region_id
      WHERE w.code = '520423' AND e.code = '370281'`,
  );
}, 120_000);
afterAll(() => s?.close());

describe("a locked January and postings begun in an earlier year", () => {
  it("records the posting; this year's count goes into today, noted as January's; January unchanged", async () => {
    // The demo has January submitted by 镇宁 (docs/reporting.md, "Demo"): Jiaozhou approves it.
    const approved = await s.gql(APPROVE, { i: { pairingId: pairing, month: JAN } }, t.jiaozhou);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveReportingPeriod).toMatchObject({ __typename: "ReportingPeriod", status: "APPROVED" });
    const janBefore = await januaryTotal();

    const r = await s.gql(
      RECORD,
      {
        i: {
          person: { name: "跨年支教老师", institution: "胶州市第一中学", phone: null },
          direction: "SENT",
          category: "TEACHER",
          kind: "TEACHING",
          countyId: zhenning,
          sendingUnit: "胶州市教育和体育局",
          receivingUnit: "镇宁县民族中学",
          startsOn: `${Y - 1}-09-01`,
          plannedEndOn: `${Y}-07-31`,
        },
      },
      t.jiaozhou,
    );
    expect(r.errors).toBeUndefined();
    const posting = r.data.recordTalentPosting.id as string;
    const person = r.data.recordTalentPosting.person.id as string;

    const entries = await talentEntries(person);
    expect(entries.map((e) => `${e.amount} ${e.on}`)).toEqual([`1 ${Y - 1}-09-01`, `1 ${today()}`]);
    expect(entries[1].note_key).toBe("dueInLockedMonth");
    expect(entries[1].note_params).toMatchObject({ dueOn: `${Y}-01-01`, month: JAN });
    expect(await januaryTotal()).toEqual(janBefore);

    // Read through the API, the note says which month it belongs to, in the reader's language.
    const listed = await s.gql(ENTRIES, { p: pairing }, t.jiaozhou);
    const row = listed.data.ledgerEntries.nodes.find((n: { id: string }) => n.id === entries[1].id);
    expect(row.occurredOn).toBe(today());
    expect(row.note).toContain(`属于 ${JAN}`);

    // The ledger still equals what the postings say, each entry by the day it belongs to.
    expect(await s.sql(INVARIANTS.ledgerTalentPostings)).toEqual([]);

    // Withdrawn: the count goes back the same way, each −1 pointing at the entry it takes back.
    const w = await s.gql(WITHDRAW, { i: { postingId: posting, reason: "录入错误" } }, t.jiaozhou);
    expect(w.errors).toBeUndefined();
    const after = await talentEntries(person);
    expect(after).toHaveLength(4);
    const back = after.slice(2);
    expect(back.map((e) => `${e.amount} ${e.on}`).sort()).toEqual([`-1 ${Y - 1}-09-01`, `-1 ${today()}`].sort());
    const januaryBack = back.find((e) => e.on === today())!;
    expect(januaryBack.note_params).toMatchObject({ dueOn: `${Y}-01-01`, month: JAN });
    expect(januaryBack.corrects_id).toBe(entries[1].id);
    expect(back.find((e) => e.on !== today())!.corrects_id).toBe(entries[0].id);
    expect(await januaryTotal()).toEqual(janBefore);
    expect(await s.sql(INVARIANTS.ledgerTalentPostings)).toEqual([]);
  });

  it("still refuses a figure a person dates in the locked month (CONFLICT), writing nothing", async () => {
    const before = await januaryTotal();
    const r = await s.gql(
      `mutation LockedFigure($i: RecordReportedFigureInput!) { recordReportedFigure(input: $i) { id } }`,
      {
        i: {
          pairingId: pairing,
          indicator: "PROFESSIONALS_SENT",
          amount: "1",
          occurredOn: `${Y}-01-15`,
          sourceDocument: "镇宁县人社局〔2026〕1号",
        },
      },
      t.jiaozhou,
    );
    expect(codeOf(r)).toBe("CONFLICT");
    expect(await januaryTotal()).toEqual(before);
  });
});
