import ExcelJS from "exceljs";
import type { QueryRunner } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReversalsDatedWhenMade1763900000050 } from "../../server/src/db/migrations/1763900000050-ReversalsDatedWhenMade";
import { today } from "../../server/src/shared/dates";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { codeOf, startTestServer, type TestServer } from "./harness";

/**
 * Issue 13, "Corrections after locking go into the current open period as correcting entries that
 * point at what they correct" (docs/reporting.md, "Derived entries after locking"): with January of
 * 胶州—镇宁 approved (locked), reversing a donation, a fund tranche and a fiscal allocation and
 * disbursement, and withdrawing a joint-work record, all dated in January, succeed: each entry is
 * dated today with the note naming January and points at what it corrects (a fiscal reversal is
 * dated today and points at its original); January's totals stay what was approved, and every data
 * check holds (the funds chart's summary among them). A new record a person dates in January is
 * still CONFLICT.
 *
 * Stop 25: the reversal rows themselves (a donation's, a tranche's, as a fiscal one's already) are
 * dated today like their entries, pointing at the original; January's lists, export and figures read
 * from the records (the funds chart's too) stay as approved, and records and ledger agree month by
 * month (migration 50 mends rows made before, both ways).
 */
let s: TestServer;
const t: Record<string, string> = {};
const Y = Number(today().slice(0, 4));
const JAN = `${Y}-01`;
// The scenario needs January locked while the reversals are made in a later month: a month is
// submitted only after its last day (period.service.ts), and the demo's locked month is this year's
// January. In January itself no month of this year can be locked yet, so the file waits for February
// (it would otherwise fail every January, the date its reversals are dated by being January too).
const inJanuary = today().slice(5, 7) === "01";
let pairing = "";
let zhenning = "";
let investmentProject = "";
let fiscalProject = "";
const made: Record<string, string> = {};

const APPROVE = `mutation LockedRevApprove($i: DecideReportingPeriodInput!) {
  approveReportingPeriod(input: $i) { __typename ... on ReportingPeriod { status } }
}`;
const DONATE = `mutation LockedRevDonate($i: RecordDonationInput!) { recordDonation(input: $i) { id } }`;
const REVERSE_DONATION = `mutation LockedRevReverseDonation($i: ReverseDonationInput!) {
  reverseDonation(input: $i) { id receivedOn amount reverses { id receivedOn } }
}`;
const TRANCHE = `mutation LockedRevTranche($i: RecordFundTrancheInput!) { recordFundTranche(input: $i) { id } }`;
const REVERSE_TRANCHE = `mutation LockedRevReverseTranche($i: ReverseFundTrancheInput!) {
  reverseFundTranche(input: $i) { id receivedOn reversesId reverses { id receivedOn } }
}`;
const DONATION_LIST = `query LockedRevDonations($f: DonationFilter) {
  donations(filter: $f, first: 100) { nodes { id receivedOn amount reversesId reverses { id receivedOn } } }
  donationSummary(filter: $f) { total count }
}`;
const TRANCHES = `query LockedRevTranches($id: ID!) {
  investmentProject(id: $id) { tranches { id receivedOn amount reversesId reverses { id receivedOn } } }
}`;
const JOINT = `mutation LockedRevJoint($i: RecordJointWorkInput!) { recordJointWork(input: $i) { id } }`;
const WITHDRAW_JOINT = `mutation LockedRevWithdrawJoint($i: WithdrawJointWorkInput!) { withdrawJointWork(input: $i) { id withdrawn } }`;
const FISCAL_PROJECT = `mutation LockedRevFiscalProject($i: CreateFiscalProjectInput!) { createFiscalProject(input: $i) { id } }`;
const FISCAL_TX = `mutation LockedRevFiscalTx($i: RecordFiscalTransactionInput!) { recordFiscalTransaction(input: $i) { id } }`;
const PLACE = `mutation LockedRevPlace($i: PlaceOrderInput!) {
  placeOrder(input: $i) { __typename ... on Order { subOrders { id countable pairingId } } }
}`;
const CONFIRM = `mutation LockedRevConfirm($i: ChangeSubOrderInput!) { confirmSubOrder(input: $i) { __typename } }`;
const PAY = `mutation LockedRevPay($i: RecordPaymentInput!) { recordPayment(input: $i) { __typename ... on SubOrder { status } } }`;
const REFUND = `mutation LockedRevRefund($i: ChangeSubOrderInput!) { refundSubOrder(input: $i) { __typename ... on SubOrder { status } } }`;
const SET_POINT = `mutation LockedRevPoint($y: Int!, $p: CountingPoint!) {
  setCountingPoint(year: $y, countsFrom: $p) { subOrdersMoved }
}`;
const REVERSE_FISCAL = `mutation LockedRevReverseFiscal($i: ReverseFiscalTransactionInput!) {
  reverseFiscalTransaction(input: $i) { id occurredOn reversesId amount reverses { id occurredOn } }
}`;
const FISCAL_DRAWER = `query LockedRevFiscalDrawer($id: ID!) {
  fiscalProject(id: $id) { transactions { id occurredOn reversed reversesId reverses { id occurredOn } } }
}`;

/** The pairing's ledger totals dated in January (what the approved month shows). */
const januaryLedger = async () =>
  (
    await s.sql(
      `SELECT indicator, SUM(amount)::text AS total, count(*)::int AS n FROM ledger_entry
        WHERE pairing_id = $1 AND to_char(occurred_on, 'YYYY-MM') = $2 GROUP BY 1 ORDER BY 1`,
      [pairing, JAN],
    )
  ).map((r) => `${r.indicator} ${r.total} ${r.n}`);
/** The fiscal project's transactions dated in January, per kind. */
const januaryFiscal = async () =>
  (
    await s.sql(
      `SELECT kind, SUM(amount)::text AS total, count(*)::int AS n FROM fiscal_transaction
        WHERE project_id = $1 AND to_char(occurred_on, 'YYYY-MM') = $2 GROUP BY 1 ORDER BY 1`,
      [fiscalProject, JAN],
    )
  ).map((r) => `${r.kind} ${r.total} ${r.n}`);

const entriesOf = (source: string, sourceId: string) =>
  s.sql(
    `SELECT id, amount::text AS amount, occurred_on::text AS on, note_key, note_params, corrects_id
       FROM ledger_entry WHERE source = $1 AND source_id = $2 ORDER BY seq`,
    [source, sourceId],
  );

/**
 * What the records themselves say, per month, next to the ledger: the pairing's donations and the
 * DONATION entries, the test project's tranches and the FUND_TRANCHE entries, the fiscal project's
 * allocations and the FISCAL_FUNDS entries. Each row: kind, month, records' sum, ledger's sum.
 */
const recordsAndLedgerByMonth = () =>
  s.sql(
    `WITH r AS (SELECT 'DONATION' AS source, to_char(received_on, 'YYYY-MM') AS month, SUM(amount)::bigint AS amount
                  FROM donation WHERE pairing_id = $1 GROUP BY 1, 2
                UNION ALL
                SELECT 'FUND_TRANCHE', to_char(received_on, 'YYYY-MM'), SUM(amount)::bigint FROM fund_tranche
                 WHERE project_id = $2 GROUP BY 1, 2
                UNION ALL
                SELECT 'FISCAL_FUNDS', to_char(occurred_on, 'YYYY-MM'), SUM(amount)::bigint FROM fiscal_transaction
                 WHERE project_id = $3 AND kind = 'ALLOCATED' GROUP BY 1, 2),
          l AS (SELECT source, to_char(occurred_on, 'YYYY-MM') AS month, SUM(amount)::bigint AS amount FROM ledger_entry
                 WHERE pairing_id = $1 AND (source = 'DONATION'
                    OR source = 'FUND_TRANCHE' AND source_id IN (SELECT id::text FROM fund_tranche WHERE project_id = $2)
                    OR source = 'FISCAL_FUNDS' AND source_id IN (SELECT id::text FROM fiscal_transaction WHERE project_id = $3))
                 GROUP BY 1, 2)
     SELECT COALESCE(r.source, l.source) AS source, COALESCE(r.month, l.month) AS month, r.amount::text AS records,
            l.amount::text AS ledger
       FROM r FULL JOIN l USING (source, month) ORDER BY 1, 2`,
    [pairing, investmentProject, fiscalProject],
  );
/** January as the records show it: the donation list and summary, the project's tranches, the fiscal transactions. */
const januaryRecords = async () => {
  const f = { year: Y, search: "T-LOCKED-REV" };
  const d = ok<{ donations: { nodes: { id: string; receivedOn: string }[] }; donationSummary: unknown }>(
    await s.gql(DONATION_LIST, { f }, t.jiaozhou),
  );
  const tr = ok<{ investmentProject: { tranches: { id: string; receivedOn: string }[] } }>(
    await s.gql(TRANCHES, { id: investmentProject }, t.zhenning),
  );
  const inJan = <R extends { receivedOn: string }>(rows: R[]) => rows.filter((r) => r.receivedOn.startsWith(JAN));
  return {
    donations: inJan(d.donations.nodes),
    tranches: inJan(tr.investmentProject.tranches),
    fiscal: await januaryFiscal(),
  };
};
/** The export's 捐赠明细 rows of the test's receipt: [到账日期, 金额, 原记录到账日期]. */
const exportedRows = async () => {
  const res = await fetch(`${s.url}/exports/donations.xlsx?year=${Y}`, {
    headers: { authorization: `Bearer ${t.jiaozhou}` },
  });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const sheet = wb.getWorksheet("捐赠明细")!;
  const header = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ""));
  const col = (name: string) => header.findIndex((h) => h.startsWith(name)); // 金额(元)
  const out: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1 && row.getCell(col("捐赠票据号")).value === "T-LOCKED-REV-1")
      out.push([
        row.getCell(col("到账日期")).value,
        row.getCell(col("金额")).value,
        row.getCell(col("原记录到账日期")).value,
      ]);
  });
  return out;
};

const ok = <T>(r: { errors?: unknown; data?: T }) => {
  expect(r.errors).toBeUndefined();
  return r.data as T;
};

beforeAll(async () => {
  if (inJanuary) return;
  s = await startTestServer();
  for (const u of ["admin", "jiaozhou", "zhenning", "pingdu", "buyer"]) t[u] = await s.login(u);
  [{ id: pairing, west: zhenning }] = await s.sql(
    `SELECT p.id, w.id AS west FROM pairing p JOIN region w ON w.id = p.west_region_id JOIN region e ON e.id = p.east_region_id
      WHERE w.code = '520423' AND e.code = '370281'`,
  );
  // A signed project of the pairing signed by mid-January, so a tranche can be dated in January.
  const [p] = await s.sql(
    `SELECT id FROM investment_project
      WHERE pairing_id = $1 AND signed_on <= $2::date AND stage IN ('SIGNED', 'FUNDS_ARRIVING', 'IN_PRODUCTION')
      ORDER BY seq LIMIT 1`,
    [pairing, `${JAN}-15`],
  );
  expect(p).toBeDefined();
  investmentProject = p.id;
}, 120_000);
afterAll(() => s?.close());

describe.skipIf(inJanuary)("reversals of records dated in a locked January", () => {
  it("records a donation, a tranche, a meeting and fiscal funds in January, then Jiaozhou approves January", async () => {
    made.donation = ok<{ recordDonation: { id: string } }>(
      await s.gql(
        DONATE,
        {
          i: {
            countyId: zhenning,
            kind: "MONEY",
            donorKind: "ORGANISATION",
            donorName: "胶州市锁定测试基金会",
            receivedOn: `${JAN}-12`,
            receiptNo: "T-LOCKED-REV-1",
            amount: "2000.00",
          },
        },
        t.jiaozhou,
      ),
    ).recordDonation.id;
    made.tranche = ok<{ recordFundTranche: { id: string } }>(
      await s.gql(
        TRANCHE,
        {
          i: { projectId: investmentProject, amount: "300.00", receivedOn: `${JAN}-15`, reference: "锁定测试-到位-1" },
        },
        t.zhenning,
      ),
    ).recordFundTranche.id;
    made.joint = ok<{ recordJointWork: { id: string } }>(
      await s.gql(
        JOINT,
        {
          i: {
            pairingId: pairing,
            kind: "MEETING",
            heldOn: `${JAN}-08`,
            title: "锁定月份测试联席会议",
            place: "镇宁县",
            eastOffices: ["胶州市委"],
            westOffices: ["镇宁县委"],
            leader: "市委书记",
            personVisits: 7,
            documentRef: "锁定测试纪要〔1〕号",
          },
        },
        t.jiaozhou,
      ),
    ).recordJointWork.id;
    fiscalProject = ok<{ createFiscalProject: { id: string } }>(
      await s.gql(
        FISCAL_PROJECT,
        {
          i: {
            pairingId: pairing,
            year: Y,
            countyId: zhenning,
            town: "城关镇",
            name: "锁定测试产业路",
            sector: "INFRASTRUCTURE",
            implementingUnit: "镇宁县交通运输局",
            plannedBeneficiaries: 50,
            plannedPoorBeneficiaries: 5,
            startsOn: `${JAN}-01`,
            plannedEndOn: `${Y}-12-31`,
          },
        },
        t.jiaozhou,
      ),
    ).createFiscalProject.id;
    for (const [kind, amount, on] of [
      ["ALLOCATED", "5000.00", `${JAN}-05`],
      ["DISBURSED", "1200.00", `${JAN}-10`],
    ] as const)
      made[kind] = ok<{ recordFiscalTransaction: { id: string } }>(
        await s.gql(
          FISCAL_TX,
          { i: { projectId: fiscalProject, kind, amount, occurredOn: on, reference: `锁定测试-${kind}` } },
          t.jiaozhou,
        ),
      ).recordFiscalTransaction.id;

    // Two orders of 镇宁's honey dated in January (a sale entered late): A confirmed and paid (counted on
    // 20 January, the year's counting point being PAID), B only confirmed.
    const [{ id: honey }] = await s.sql(`SELECT id FROM product WHERE name = '镇宁土蜂蜜'`);
    for (const [name, on] of [
      ["orderA", `${JAN}-20`],
      ["orderB", `${JAN}-21`],
      ["orderC", `${JAN}-22`],
    ]) {
      const placed = ok<{ placeOrder: { subOrders: { id: string; countable: string; pairingId: string }[] } }>(
        await s.gql(
          PLACE,
          { i: { idempotencyKey: `locked-rev-${name}`, orderedOn: on, lines: [{ productId: honey, quantity: 1 }] } },
          t.buyer,
        ),
      ).placeOrder.subOrders;
      expect(placed).toHaveLength(1);
      expect(placed[0].pairingId).toBe(pairing);
      made[name] = placed[0].id;
      expect(ok(await s.gql(CONFIRM, { i: { subOrderId: made[name] } }, t.zhenning))).toMatchObject({
        confirmSubOrder: { __typename: "SubOrder" },
      });
    }
    expect(
      ok(await s.gql(PAY, { i: { subOrderId: made.orderA, paymentReference: "LOCKED-REV-A" } }, t.buyer)),
    ).toMatchObject({ recordPayment: { status: "PAID" } });
    const [counted] = await entriesOf("ORDER_LINE", made.orderA);
    expect(counted.on).toBe(`${JAN}-20`);

    // The demo has January submitted by 镇宁 (docs/reporting.md, "Demo"): Jiaozhou approves it.
    const approved = await s.gql(APPROVE, { i: { pairingId: pairing, month: JAN } }, t.jiaozhou);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveReportingPeriod).toMatchObject({ __typename: "ReportingPeriod", status: "APPROVED" });
  });

  it("reverses and withdraws them: each entry dated today, noted as January's, pointing at its original; January unchanged", async () => {
    const janLedger = await januaryLedger();
    const janFiscal = await januaryFiscal();
    const janRecords = await januaryRecords();
    expect(janRecords.donations.map((d) => d.id)).toEqual([made.donation]);
    expect(janRecords.tranches.map((r) => r.id)).toContain(made.tranche);
    const janExport = await exportedRows();
    expect(janExport).toHaveLength(1);
    const dueInJanuary = (e: Record<string, unknown>, dueOn: string, correctsId: string) => {
      expect(e.on).toBe(today());
      expect(e.note_key).toBe("dueInLockedMonth");
      expect(e.note_params).toMatchObject({ dueOn, month: JAN });
      expect(e.corrects_id).toBe(correctsId);
    };

    // 社会帮扶资金: the reversal row and its entry both go into today, the row pointing at the receipt.
    const [donationEntry] = await entriesOf("DONATION", made.donation);
    const d = ok<{ reverseDonation: { id: string; amount: string; receivedOn: string; reverses: unknown } }>(
      await s.gql(REVERSE_DONATION, { i: { donationId: made.donation, reason: "重复登记" } }, t.jiaozhou),
    ).reverseDonation;
    expect(d).toMatchObject({ receivedOn: today(), reverses: { id: made.donation, receivedOn: `${JAN}-12` } });
    made["donation-reversal"] = d.id;
    const [donationBack] = await entriesOf("DONATION", d.id);
    expect(donationBack.amount).toBe("-200000");
    dueInJanuary(donationBack, `${JAN}-12`, donationEntry.id);
    expect(donationBack.note_params.zh).toContain("重复登记");

    // 到位资金.
    const [trancheEntry] = await entriesOf("FUND_TRANCHE", made.tranche);
    // The funds chart by month (migration 49's summary, kept by the tranche's trigger), in fen.
    const fundsByMonth = async () =>
      new Map(
        ok<{ fundsInPlaceSeries: { month: number; amount: string }[] }>(
          await s.gql(
            `query LockedRevFunds($y: Int!) { fundsInPlaceSeries(year: $y) { month amount } }`,
            { y: Y },
            t.zhenning,
          ),
        ).fundsInPlaceSeries.map((m) => {
          const [whole, part = ""] = m.amount.split(".");
          return [m.month, BigInt(whole + part.padEnd(2, "0"))];
        }),
      );
    const fundsBefore = await fundsByMonth();
    const tr = ok<{ reverseFundTranche: { id: string; receivedOn: string; reverses: unknown } }>(
      await s.gql(REVERSE_TRANCHE, { i: { trancheId: made.tranche, reason: "金额录错" } }, t.zhenning),
    ).reverseFundTranche;
    expect(tr).toMatchObject({ receivedOn: today(), reverses: { id: made.tranche, receivedOn: `${JAN}-15` } });
    made["tranche-reversal"] = tr.id;
    const [trancheBack] = await entriesOf("FUND_TRANCHE", tr.id);
    expect(trancheBack.amount).toBe("-30000");
    dueInJanuary(trancheBack, `${JAN}-15`, trancheEntry.id);
    // The funds chart counts tranches by the day received, the reversal on its own (today): approved
    // January keeps its figure, and this month falls by the 300.00.
    const fundsAfter = await fundsByMonth();
    const thisMonth = Number(today().slice(5, 7));
    expect(fundsAfter.get(1)).toBe(fundsBefore.get(1));
    expect(fundsAfter.get(thisMonth)).toBe((fundsBefore.get(thisMonth) ?? 0n) - 30000n);

    // 联席会议: both its entries (the meeting and its person-visits) go back into today.
    const jointBefore = await entriesOf("JOINT_WORK", made.joint);
    expect(jointBefore).toHaveLength(2);
    const w = ok<{ withdrawJointWork: { withdrawn: boolean } }>(
      await s.gql(WITHDRAW_JOINT, { i: { id: made.joint, reason: "会议未召开" } }, t.jiaozhou),
    ).withdrawJointWork;
    expect(w.withdrawn).toBe(true);
    const jointBack = (await entriesOf("JOINT_WORK", made.joint)).slice(2);
    expect(jointBack.map((e) => e.amount).sort()).toEqual(["-1", "-7"]);
    for (const e of jointBack)
      dueInJanuary(e, `${JAN}-08`, jointBefore.find((o) => o.amount === String(-Number(e.amount)))!.id);

    // 财政援助: the disbursement first (reversing the allocation first would leave disbursed > allocated).
    // Each reversal is dated today and points at its original; the allocation's −FISCAL_AID goes in like the others.
    // Each reversal names its original and that one's January date (`reverses`).
    const fiscalOn: Record<string, string> = { DISBURSED: `${JAN}-10`, ALLOCATED: `${JAN}-05` };
    for (const kind of ["DISBURSED", "ALLOCATED"]) {
      const f = ok<{ reverseFiscalTransaction: { id: string; occurredOn: string; reversesId: string } }>(
        await s.gql(REVERSE_FISCAL, { i: { transactionId: made[kind], reason: "文号有误" } }, t.jiaozhou),
      ).reverseFiscalTransaction;
      expect(f).toMatchObject({
        occurredOn: today(),
        reversesId: made[kind],
        reverses: { id: made[kind], occurredOn: fiscalOn[kind] },
      });
      made[`${kind}-reversal`] = f.id;
    }
    // The project's drawer, as the east office and as the county (both see the project, so both see
    // the originals): the reversals point at them, the originals at nothing and are marked reversed.
    // Whoever cannot see the project reads none of its transactions (NOT_FOUND), reversal or original.
    for (const who of ["jiaozhou", "zhenning"]) {
      const txs = ok<{
        fiscalProject: {
          transactions: { id: string; occurredOn: string; reversed: boolean; reverses: { id: string } | null }[];
        };
      }>(await s.gql(FISCAL_DRAWER, { id: fiscalProject }, t[who])).fiscalProject.transactions;
      const byId = new Map(txs.map((x) => [x.id, x]));
      for (const kind of ["DISBURSED", "ALLOCATED"]) {
        expect(byId.get(made[`${kind}-reversal`])).toMatchObject({
          occurredOn: today(),
          reversed: false,
          reverses: { id: made[kind], occurredOn: fiscalOn[kind] },
        });
        expect(byId.get(made[kind])).toMatchObject({ occurredOn: fiscalOn[kind], reversed: true, reverses: null });
      }
    }
    const hidden = await s.gql(FISCAL_DRAWER, { id: fiscalProject }, t.pingdu);
    expect(hidden.data?.fiscalProject ?? null).toBeNull();
    expect((hidden.errors as { extensions: { code: string } }[])[0].extensions.code).toBe("NOT_FOUND");
    expect(JSON.stringify(hidden)).not.toContain(made.DISBURSED);
    expect(await entriesOf("FISCAL_FUNDS", made["DISBURSED-reversal"])).toEqual([]);
    const [allocated] = await entriesOf("FISCAL_FUNDS", made.ALLOCATED);
    const [allocatedBack] = await entriesOf("FISCAL_FUNDS", made["ALLOCATED-reversal"]);
    expect(allocatedBack.amount).toBe("-500000");
    dueInJanuary(allocatedBack, `${JAN}-05`, allocated.id);

    // January stays as approved, in the ledger and in the records: the donation list and summary, the
    // project's tranches, the fiscal transactions and the export.
    expect(await januaryLedger()).toEqual(janLedger);
    expect(await januaryFiscal()).toEqual(janFiscal);
    expect(await januaryRecords()).toEqual(janRecords);
    // The export: January's row as it was, the reversal dated today with its original's date beside it.
    expect(await exportedRows()).toEqual([[today(), -2000, `${JAN}-12`], ...janExport]);
    // The reversals listed in today's month, each with the link to its original.
    const listed = ok<{ donations: { nodes: { id: string; receivedOn: string; reverses: { id: string } | null }[] } }>(
      await s.gql(DONATION_LIST, { f: { year: Y, search: "T-LOCKED-REV" } }, t.jiaozhou),
    ).donations.nodes;
    expect(listed.find((n) => n.id === made["donation-reversal"])).toMatchObject({
      receivedOn: today(),
      reverses: { id: made.donation },
    });
    // Records and ledger agree for every month.
    for (const r of await recordsAndLedgerByMonth())
      expect([r.source, r.month, r.records]).toEqual([r.source, r.month, r.ledger]);
    // Every data check holds (the per-day ones compare each entry by the day it belongs to).
    for (const [name, sql] of Object.entries(INVARIANTS)) expect([name, await s.sql(sql)]).toEqual([name, []]);
  });

  it("migration 50 is reversible: down puts the reversals back on their originals' dates, up dates them as their entries again", async () => {
    const runner = { query: (sql: string, params?: unknown[]) => s.sql(sql, params) } as unknown as QueryRunner;
    const dated = async () =>
      (
        await s.sql(
          `SELECT id, received_on::text AS on FROM donation WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id, received_on::text FROM fund_tranche WHERE id = ANY($1::uuid[])`,
          [[made["donation-reversal"], made["tranche-reversal"]]],
        )
      )
        .map((r) => `${r.id} ${r.on}`)
        .sort();
    const now = await dated();
    const migration = new ReversalsDatedWhenMade1763900000050();
    await migration.down(runner);
    // As the rows were made before this stop: on their originals' dates, January's records changed.
    expect(await dated()).toEqual(
      [`${made["donation-reversal"]} ${JAN}-12`, `${made["tranche-reversal"]} ${JAN}-15`].sort(),
    );
    expect(await s.sql(INVARIANTS.recordsDatedAsEntries)).toHaveLength(2);
    // The funds chart's summary (migration 49) followed the tranche back to January.
    expect(await s.sql(INVARIANTS.fundsInPlaceMonth)).toEqual([]);
    await migration.up(runner);
    expect(await dated()).toEqual(now);
    expect(await s.sql(INVARIANTS.recordsDatedAsEntries)).toEqual([]);
    const audit = await s.sql(
      `SELECT entity_type, change FROM audit_entry WHERE action = 'REVERSAL_REDATED' ORDER BY seq`,
    );
    expect(audit.map((a) => [a.entity_type, a.change.reversalId, a.change.before, a.change.after])).toEqual([
      ["Donation", made["donation-reversal"], { receivedOn: today() }, { receivedOn: `${JAN}-12` }],
      ["InvestmentProject", made["tranche-reversal"], { receivedOn: today() }, { receivedOn: `${JAN}-15` }],
      ["Donation", made["donation-reversal"], { receivedOn: `${JAN}-12` }, { receivedOn: today() }],
      ["InvestmentProject", made["tranche-reversal"], { receivedOn: `${JAN}-15` }, { receivedOn: today() }],
    ]);
    // The pipeline tally and the funds chart's summary followed the tranche both ways.
    expect(await s.sql(INVARIANTS.pipelineTally)).toEqual([]);
    expect(await s.sql(INVARIANTS.fundsInPlaceMonth)).toEqual([]);
    // The lock triggers are back: a row dated in January is refused by the database itself.
    await expect(
      s.sql(`INSERT INTO fund_tranche (project_id, amount, received_on, reference) VALUES ($1, 1, $2, 'x')`, [
        investmentProject,
        `${JAN}-20`,
      ]),
    ).rejects.toThrow(/reporting period locked/);
  });

  it("counts and refunds orders dated in the locked January into today, noted as January's; January unchanged", async () => {
    const janLedger = await januaryLedger();
    const [counted] = await entriesOf("ORDER_LINE", made.orderA);
    expect(
      ok(await s.gql(REFUND, { i: { subOrderId: made.orderA, reason: "验货发现破损" } }, t.zhenning)),
    ).toMatchObject({ refundSubOrder: { status: "REFUNDED" } });
    const refunded = (await entriesOf("ORDER_LINE", made.orderA)).slice(1);
    expect(refunded.map((e) => e.amount)).toEqual([`-${counted.amount}`]);
    expect(refunded[0].on).toBe(today());
    expect(refunded[0].note_key).toBe("dueInLockedMonth");
    expect(refunded[0].note_params).toMatchObject({ dueOn: `${JAN}-20`, month: JAN });

    expect(
      ok(await s.gql(PAY, { i: { subOrderId: made.orderB, paymentReference: "LOCKED-REV-B" } }, t.buyer)),
    ).toMatchObject({ recordPayment: { status: "PAID" } });
    const paid = await entriesOf("ORDER_LINE", made.orderB);
    expect(paid).toHaveLength(1);
    expect(Number(paid[0].amount)).toBeGreaterThan(0);
    expect(paid[0].on).toBe(today());
    expect(paid[0].note_params).toMatchObject({ dueOn: `${JAN}-21`, month: JAN });

    expect(await januaryLedger()).toEqual(janLedger);
    for (const [name, sql] of Object.entries(INVARIANTS)) expect([name, await s.sql(sql)]).toEqual([name, []]);
  });

  it("moves the year's counting point: the recount of January's orders goes into today, and back", async () => {
    const janLedger = await januaryLedger();
    // Order C is only confirmed: counted from CONFIRMED on, not from PAID.
    for (const [point, sign] of [
      ["CONFIRMED", ""],
      ["PAID", "-"],
    ]) {
      const r = ok<{ setCountingPoint: { subOrdersMoved: number } }>(
        await s.gql(SET_POINT, { y: Y, p: point }, t.admin),
      );
      expect(r.setCountingPoint.subOrdersMoved).toBeGreaterThan(0);
      const last = (await entriesOf("ORDER_LINE", made.orderC)).at(-1)!;
      expect(last.amount.startsWith("-")).toBe(sign === "-");
      expect(last.on).toBe(today());
      expect(last.note_key).toBe("dueInLockedMonth");
      expect(last.note_params).toMatchObject({ dueOn: `${JAN}-22`, month: JAN });
      expect(await januaryLedger()).toEqual(janLedger);
      for (const [name, sql] of Object.entries(INVARIANTS)) expect([name, await s.sql(sql)]).toEqual([name, []]);
    }
    expect(await entriesOf("ORDER_LINE", made.orderC)).toHaveLength(2);
  });

  it("still refuses a new record a person dates in the locked January (CONFLICT), writing nothing", async () => {
    const before = await januaryLedger();
    const fiscalBefore = await januaryFiscal();
    const refused = [
      await s.gql(
        DONATE,
        {
          i: {
            countyId: zhenning,
            kind: "MONEY",
            donorKind: "ORGANISATION",
            donorName: "胶州市锁定测试基金会",
            receivedOn: `${JAN}-20`,
            receiptNo: "T-LOCKED-REV-2",
            amount: "10.00",
          },
        },
        t.jiaozhou,
      ),
      await s.gql(
        TRANCHE,
        { i: { projectId: investmentProject, amount: "1.00", receivedOn: `${JAN}-20`, reference: "锁定测试-到位-2" } },
        t.zhenning,
      ),
      await s.gql(
        JOINT,
        {
          i: {
            pairingId: pairing,
            kind: "MEETING",
            heldOn: `${JAN}-21`,
            title: "锁定月份补录会议",
            place: "胶州市",
            eastOffices: ["胶州市委"],
            westOffices: ["镇宁县委"],
            leader: "市委书记",
            personVisits: 3,
          },
        },
        t.jiaozhou,
      ),
      await s.gql(
        FISCAL_TX,
        {
          i: {
            projectId: fiscalProject,
            kind: "ALLOCATED",
            amount: "1.00",
            occurredOn: `${JAN}-20`,
            reference: "锁定测试-补录",
          },
        },
        t.jiaozhou,
      ),
    ];
    for (const r of refused) {
      expect(codeOf(r)).toBe("CONFLICT");
      expect(r.errors![0].message).toContain(`${Y}年1月(胶州市—镇宁县)`);
    }
    expect(await januaryLedger()).toEqual(before);
    expect(await januaryFiscal()).toEqual(fiscalBefore);
    expect(await s.sql(`SELECT id FROM donation WHERE receipt_no = 'T-LOCKED-REV-2'`)).toEqual([]);
    expect(await s.sql(`SELECT id FROM joint_work WHERE title = '锁定月份补录会议'`)).toEqual([]);
  });
});
