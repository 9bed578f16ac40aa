import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import type { Indicator, RecordReportedFigureInput } from "./gql/graphql";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { formatQuantity, INDICATOR_UNIT, INDICATORS } from "../../server/src/modules/agreements/indicator";
import { project, sameDayLastYear } from "../../server/src/shared/pace";

let s: TestServer;
const t: Record<string, string> = {};
let zhenning: string; // 胶州市—镇宁县
let anshun: string; // 青岛市—安顺市
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning"]) t[u] = await s.login(u);
  const byWest = async (code: string, east: string) =>
    (
      await s.sql(
        `SELECT p.id FROM pairing p JOIN region w ON w.id = p.west_region_id JOIN region e ON e.id = p.east_region_id WHERE w.code = $1 AND e.code = $2`,
        [code, east],
      )
    )[0].id as string;
  zhenning = await byWest("520423", "370281");
  anshun = await byWest("520400", "370200");
});
afterAll(() => s?.close());

const RECORD = graphql(`
  mutation LedgerRecordFigure($i: RecordReportedFigureInput!) {
    recordReportedFigure(input: $i) {
      id
      amount
      unit
      source
      occurredOn
      sourceDocument
      recordedBy {
        username
      }
    }
  }
`);
const CORRECT = graphql(`
  mutation LedgerCorrectEntry($i: CorrectLedgerEntryInput!) {
    correctLedgerEntry(input: $i) {
      id
      amount
      source
      corrects {
        id
      }
    }
  }
`);
const PROGRESS = graphql(`
  query LedgerPairingProgress($id: ID!, $y: Int!) {
    pairing(id: $id) {
      progress(year: $y) {
        indicator
        delivered
        reported
        target
      }
    }
  }
`);

async function delivered(pairingId: string, indicator: Indicator, year = 2020, token = t.qingdao) {
  const r = await s.gql(PROGRESS, { id: pairingId, y: year }, token);
  return r.data!.pairing.progress.find((p) => p.indicator === indicator)!.delivered;
}
const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM ledger_entry)::int AS l, (SELECT count(*) FROM audit_entry)::int AS a`)
  )[0];
// `over` may hold what the schema refuses on purpose (an unknown indicator, a number for Money):
// the cast lets the refusal cases send it through the typed operation.
const figure = (over: Record<string, unknown> = {}) =>
  ({
    pairingId: zhenning,
    indicator: "LABOURERS_PLACED",
    amount: "25",
    occurredOn: "2020-07-01",
    sourceDocument: "胶协办〔2020〕12号",
    ...over,
  }) as RecordReportedFigureInput;

describe("reported figures", () => {
  it("records a figure; progress rises by exactly that amount at every level; the audit trail says who", async () => {
    const before = await delivered(zhenning, "LABOURERS_PLACED");
    const beforeUp = await delivered(anshun, "LABOURERS_PLACED");
    const r = await s.gql(RECORD, { i: figure({ note: "专场招聘" }) }, t.jiaozhou);
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordReportedFigure).toMatchObject({
      amount: "25",
      unit: "PEOPLE",
      source: "REPORTED",
      recordedBy: { username: "jiaozhou" },
    });
    expect(Number(await delivered(zhenning, "LABOURERS_PLACED"))).toBe(Number(before) + 25);
    expect(Number(await delivered(anshun, "LABOURERS_PLACED"))).toBe(Number(beforeUp) + 25);
    const audit = await s.gql(
      graphql(`
        query LedgerAudit($id: String!) {
          auditLog(filter: { entityId: $id }) {
            nodes {
              action
              actor {
                username
              }
              change
            }
          }
        }
      `),
      { id: r.data!.recordReportedFigure.id },
      t.jiaozhou,
    );
    expect(audit.data!.auditLog.nodes[0]).toMatchObject({
      action: "LEDGER_ENTRY_RECORDED",
      actor: { username: "jiaozhou" },
      change: { amount: "25" },
    });
  });

  it("keeps money exact to the fen", async () => {
    const before = await delivered(zhenning, "FISCAL_AID");
    await s.gql(RECORD, { i: figure({ indicator: "FISCAL_AID", amount: "0.10" }) }, t.jiaozhou);
    await s.gql(RECORD, { i: figure({ indicator: "FISCAL_AID", amount: "0.20" }) }, t.jiaozhou);
    const r = await s.gql(RECORD, { i: figure({ indicator: "FISCAL_AID", amount: 3280000 }) }, t.jiaozhou);
    expect(r.data!.recordReportedFigure.amount).toBe("3280000.00");
    const after = await delivered(zhenning, "FISCAL_AID");
    expect(after).toBe((BigInt(before.replace(".", "")) + 328000030n).toString().replace(/(\d{2})$/, ".$1"));
  });

  it.each([
    ["a fraction of a fen", { indicator: "FISCAL_AID", amount: "1.005" }, "amount"],
    ["a float that is not exact", { indicator: "FISCAL_AID", amount: 0.1 + 0.2 }, "amount"],
    ["half a person", { amount: "2.5" }, "amount"],
    ["a negative amount", { amount: "-3" }, "amount"],
    ["zero", { amount: "0" }, "amount"],
    ["a future date", { occurredOn: "2999-01-01" }, "occurredOn"],
    ["an impossible date", { occurredOn: "2020-02-30" }, "occurredOn"],
    ["no source document", { sourceDocument: "" }, "sourceDocument"],
    ["an unknown indicator", { indicator: "HAPPINESS" }, "indicator"],
    ["an unknown pairing", { pairingId: "00000000-0000-0000-0000-000000000000" }, "pairingId"],
  ])("refuses %s with BAD_USER_INPUT or NOT_FOUND naming the field, and writes nothing", async (_name, over, field) => {
    const before = await counts();
    const r = await s.gql(RECORD, { i: figure(over) }, t.jiaozhou);
    expect(["BAD_USER_INPUT", "NOT_FOUND"]).toContain(codeOf(r));
    expect(r.errors![0].extensions!.field).toBe(field);
    expect(r.errors![0].message).not.toMatch(/select|insert|stack/i);
    expect(await counts()).toEqual(before);
  });

  it("refuses foreign pairings and read-only roles, and writes nothing", async () => {
    const before = await counts();
    expect(codeOf(await s.gql(RECORD, { i: figure() }, t.pingdu))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(RECORD, { i: figure({ pairingId: anshun }) }, t.jiaozhou))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(RECORD, { i: figure() }, t.zhenning))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(RECORD, { i: figure() }))).toBe("UNAUTHENTICATED");
    expect(await counts()).toEqual(before);
  });

  it("a county official reads its pairing's progress but not another county's", async () => {
    expect(Number(await delivered(zhenning, "LABOURERS_PLACED", 2020, t.zhenning))).toBeGreaterThan(0);
    expect(codeOf(await s.gql(PROGRESS, { id: anshun, y: 2020 }, t.zhenning))).toBe("NOT_FOUND");
  });
});

describe("corrections", () => {
  it("reverses and adjusts by appending; the original stays and the history is visible", async () => {
    const base = Number(await delivered(zhenning, "CADRES_SENT"));
    const rec = (await s.gql(RECORD, { i: figure({ indicator: "CADRES_SENT", amount: "4" }) }, t.jiaozhou)).data!
      .recordReportedFigure;
    expect(Number(await delivered(zhenning, "CADRES_SENT"))).toBe(base + 4);

    const fix = await s.gql(CORRECT, { i: { entryId: rec.id, amount: "-1", reason: "重复统计一人" } }, t.jiaozhou);
    expect(fix.data!.correctLedgerEntry).toMatchObject({
      amount: "-1",
      source: "CORRECTION",
      corrects: { id: rec.id },
    });
    expect(Number(await delivered(zhenning, "CADRES_SENT"))).toBe(base + 3);

    const tooMuch = await s.gql(CORRECT, { i: { entryId: rec.id, amount: "-4", reason: "x" } }, t.jiaozhou);
    expect(tooMuch.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "amount" });
    const ofCorrection = await s.gql(
      CORRECT,
      { i: { entryId: fix.data!.correctLedgerEntry.id, amount: "1", reason: "x" } },
      t.jiaozhou,
    );
    expect(ofCorrection.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "entryId" });
    expect(codeOf(await s.gql(CORRECT, { i: { entryId: rec.id, amount: "-3", reason: "x" } }, t.pingdu))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await s.gql(CORRECT, { i: { entryId: rec.id, amount: "-3", reason: "x" } }, t.zhenning))).toBe(
      "FORBIDDEN",
    );

    const reverse = await s.gql(CORRECT, { i: { entryId: rec.id, amount: "-3", reason: "全部撤回" } }, t.jiaozhou);
    expect(reverse.errors).toBeUndefined();
    expect(Number(await delivered(zhenning, "CADRES_SENT"))).toBe(base);

    const history = await s.gql(
      graphql(`
        query LedgerHistory($id: ID!) {
          ledgerEntries(filter: { pairingId: $id, year: 2020, indicator: CADRES_SENT }) {
            totalCount
            nodes {
              amount
              source
              corrections {
                amount
                note
              }
            }
          }
        }
      `),
      { id: zhenning },
      t.jiaozhou,
    );
    const original = history.data!.ledgerEntries.nodes.find((n) => n.source === "REPORTED" && n.amount === "4");
    expect(original!.corrections).toEqual([
      { amount: "-1", note: "重复统计一人" },
      { amount: "-3", note: "全部撤回" },
    ]);
  });

  it("the ledger is append-only in the database itself", async () => {
    await expect(s.sql(`UPDATE ledger_entry SET amount = amount + 1`)).rejects.toThrow(/append-only/);
    await expect(s.sql(`DELETE FROM ledger_entry`)).rejects.toThrow(/append-only/);
  });

  it("the per-day summary equals the ledger, to the fen and the entry", async () => {
    const diff = await s.sql(`
      SELECT COALESCE(e.pairing_id, d.pairing_id) AS pairing_id, e.occurred_on, d.day FROM (
        SELECT pairing_id, occurred_on, indicator, source IN ('REPORTED','CORRECTION') AS reported, SUM(amount) AS amount, COUNT(*)::int AS entries
          FROM ledger_entry GROUP BY 1, 2, 3, 4) e
      FULL JOIN ledger_daily d ON d.pairing_id = e.pairing_id AND d.day = e.occurred_on AND d.indicator = e.indicator AND d.reported = e.reported
      WHERE e.amount IS DISTINCT FROM d.amount OR e.entries IS DISTINCT FROM d.entries`);
    expect(diff).toEqual([]);
    expect((await s.sql(`SELECT count(*)::int AS n FROM ledger_daily`))[0].n).toBeGreaterThan(10);
  });

  it("the per-month and per-year summaries equal the ledger, to the fen and the entry", async () => {
    expect(await s.sql(INVARIANTS.ledgerMonthly)).toEqual([]);
    expect((await s.sql(`SELECT count(*)::int AS n FROM ledger_monthly`))[0].n).toBeGreaterThan(10);
    expect(await s.sql(INVARIANTS.ledgerYearly)).toEqual([]);
    expect((await s.sql(`SELECT count(*)::int AS n FROM ledger_yearly`))[0].n).toBeGreaterThan(10);
  });

  it("progress as of any day (whole years, whole months, part of a month, 29 February, before the year) equals the entries themselves", async () => {
    // Figures either side of month ends and of the leap day, this year and last, read back through the
    // summaries (whole years from ledger_yearly, whole months from ledger_monthly, the days of part
    // months from ledger_daily).
    const days = [
      "2019-02-28",
      "2019-03-01",
      "2019-03-15",
      "2019-12-31",
      "2020-01-01",
      "2020-02-29",
      "2020-03-01",
      "2020-03-10",
      "2020-03-31",
      "2020-07-15",
      "2020-12-31",
    ];
    for (const [i, occurredOn] of days.entries()) {
      const r = await s.gql(
        RECORD,
        {
          i: {
            pairingId: zhenning,
            indicator: "FISCAL_AID" as Indicator,
            amount: `${i + 1}.${String(i).padStart(2, "0")}`,
            occurredOn,
            sourceDocument: `月汇总测试${i}`,
          },
        },
        t.jiaozhou,
      );
      expect(r.errors?.map((e) => e.message)).toBeUndefined();
    }
    const PROGRESS = graphql(`
      query LedgerProgressAsOf($id: ID!, $asOf: Date) {
        pairing(id: $id) {
          progress(year: 2020, asOf: $asOf) {
            indicator
            delivered
            reported
            entryCount
            projected
            projectionMethod
          }
        }
      }
    `);
    const sum = async (from: string, to: string) =>
      new Map(
        (
          await s.sql(
            `SELECT indicator, SUM(amount)::bigint AS amount, SUM(amount) FILTER (WHERE source IN ('REPORTED','CORRECTION'))::bigint AS reported, count(*)::int AS n
               FROM ledger_entry WHERE pairing_id = $1 AND occurred_on BETWEEN $2 AND $3 GROUP BY 1`,
            [zhenning, from, to],
          )
        ).map((r) => [
          r.indicator as Indicator,
          { amount: Number(r.amount), reported: Number(r.reported ?? 0), n: r.n as number },
        ]),
      );
    const min = (...d: string[]) => d.reduce((a, b) => (b < a ? b : a));
    for (const asOf of [
      "2019-12-31",
      "2020-01-01",
      "2020-02-28",
      "2020-02-29",
      "2020-03-09",
      "2020-03-10",
      "2020-03-31",
      "2020-08-01",
      // The last day before the year is whole: eleven months and thirty days, not the year's row.
      "2020-12-30",
      "2020-12-31",
      "2026-06-30",
    ]) {
      const [thisYear, lastYear, lastToDate] = await Promise.all([
        sum("2020-01-01", min("2020-12-31", asOf)),
        sum("2019-01-01", min("2019-12-31", asOf)),
        sum("2019-01-01", min("2019-12-31", asOf, sameDayLastYear(asOf))),
      ]);
      const got = (await s.gql(PROGRESS, { id: zhenning, asOf }, t.jiaozhou)).data!.pairing!.progress;
      const want = INDICATORS.map((indicator) => {
        const unit = INDICATOR_UNIT[indicator];
        const x = thisYear.get(indicator) ?? { amount: 0, reported: 0, n: 0 };
        const p = project({
          year: 2020,
          asOf,
          delivered: x.amount,
          lastYearTotal: lastYear.get(indicator)?.amount ?? 0,
          lastYearToDate: lastToDate.get(indicator)?.amount ?? 0,
        });
        return {
          indicator,
          delivered: formatQuantity(x.amount, unit),
          reported: formatQuantity(x.reported, unit),
          entryCount: x.n,
          projected: p.projected === null ? null : formatQuantity(p.projected, unit),
          projectionMethod: p.method,
        };
      });
      expect({ asOf, got }).toEqual({ asOf, got: want });
    }
  });

  it("the ledger equals the progress it feeds, to the fen (reconciliation)", async () => {
    const [{ total }] = await s.sql(
      `SELECT COALESCE(SUM(amount), 0)::bigint AS total FROM ledger_entry l JOIN pairing p ON p.id = l.pairing_id
        WHERE l.indicator = 'FISCAL_AID' AND l.occurred_on BETWEEN '2020-01-01' AND '2020-12-31'`,
    );
    const summary = await s.gql(
      graphql(`
        query LedgerSummary {
          progressSummary(year: 2020) {
            indicator
            delivered
          }
        }
      `),
      {},
      t.admin,
    );
    const fiscal = summary.data!.progressSummary.find((p) => p.indicator === "FISCAL_AID")!.delivered;
    expect(fiscal.replace(".", "")).toBe(String(total));
  });

  it("the administrator's summary of a year under way is every pairing's ledger up to that day, per indicator, to the fen", async () => {
    // Every pairing: the summaries are read with no pairing condition at all (isEveryPairing), through
    // each branch (last year whole, whole months, the days of a part month, last year to the same day).
    const sums = async (from: string, to: string) =>
      new Map(
        (
          await s.sql(
            `SELECT indicator, SUM(amount)::bigint AS total FROM ledger_entry
              WHERE occurred_on BETWEEN $1 AND $2 GROUP BY indicator`,
            [from, to],
          )
        ).map((r: { indicator: string; total: string }) => [r.indicator, BigInt(r.total)]),
      );
    const Q = `query($d: Date) { progressSummary(year: 2020, asOf: $d) { indicator delivered } }`;
    for (const asOf of ["2020-06-15", "2020-01-31", "2020-03-01"]) {
      const expected = await sums("2020-01-01", asOf);
      const got = (await s.gql(Q, { d: asOf }, t.admin)).data!.progressSummary as {
        indicator: string;
        delivered: string;
      }[];
      for (const p of got)
        expect(BigInt(p.delivered.replace(".", "")), `${p.indicator} to ${asOf}`).toBe(expected.get(p.indicator) ?? 0n);
      expect([...expected.keys()].every((k) => got.some((p) => p.indicator === k))).toBe(true);
    }
  });
});

describe("agreements", () => {
  it("sets and revises targets with an audited before and after; refuses what it must", async () => {
    const SET = graphql(`
      mutation LedgerSetTarget($i: SetAgreementTargetInput!) {
        setAgreementTarget(input: $i) {
          year
          signedOn
          targets {
            indicator
            target
            unit
          }
        }
      }
    `);
    const i = {
      pairingId: zhenning,
      year: 2021,
      indicator: "WORKSHOPS" as const,
      target: "5",
      signedOn: "2021-03-15",
    };
    const r = await s.gql(SET, { i }, t.jiaozhou);
    expect(r.data!.setAgreementTarget).toEqual({
      year: 2021,
      signedOn: "2021-03-15",
      targets: [{ indicator: "WORKSHOPS", target: "5", unit: "COUNT" }],
    });
    // Revising a target of a signed agreement needs a reason (issue 10); the history keeps it.
    expect(codeOf(await s.gql(SET, { i: { ...i, target: "6", signedOn: null } }, t.jiaozhou))).toBe("BAD_USER_INPUT");
    await s.gql(SET, { i: { ...i, target: "6", signedOn: null, reason: "补充协议" } }, t.jiaozhou);
    const audit = await s.sql(
      `SELECT change FROM audit_entry WHERE action = 'AGREEMENT_TARGET_SET' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit[0].change).toMatchObject({
      before: { target: "5" },
      after: { target: "6" },
      indicator: "WORKSHOPS",
      year: 2021,
      reason: "补充协议",
    });
    const years = await s.gql(
      graphql(`
        query LedgerAgreementYears {
          agreementYears
        }
      `),
      {},
      t.jiaozhou,
    );
    expect(years.data!.agreementYears).toContain(2021);
    expect(codeOf(await s.gql(SET, { i: { ...i, target: "1.5" } }, t.jiaozhou))).toBe("BAD_USER_INPUT");
    expect(codeOf(await s.gql(SET, { i: { ...i, year: 1999 } }, t.jiaozhou))).toBe("BAD_USER_INPUT");
    expect(codeOf(await s.gql(SET, { i }, t.zhenning))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(SET, { i }, t.pingdu))).toBe("NOT_FOUND");
  });

  it("sums targets of the outermost pairings only in a region roll-up", async () => {
    const [qd] = await s.sql(`SELECT id FROM region WHERE code = '370200'`);
    const r = await s.gql(
      graphql(`
        query LedgerRegionTargets($r: ID!) {
          progressSummary(year: 2020, regionId: $r) {
            indicator
            target
          }
        }
      `),
      { r: qd.id },
      t.qingdao,
    );
    const inv = r.data!.progressSummary.find((p) => p.indicator === "INVESTMENT_IN_PLACE")!;
    // Qingdao–Longnan 2亿 + Qingdao–Anshun 4亿; Jiaozhou–Zhenning's 1亿 lies inside Anshun's.
    expect(inv.target).toBe("600000000.00");
    // One statement reads the sums and the targets summed beside them (issue 14: the targets had a
    // statement of their own), for a coordinator and an admin, with a region or none.
    const summary = `query($r: ID) { progressSummary(year: 2020, regionId: $r) { indicator delivered target } }`;
    for (const [vars, token] of [
      [{ r: qd.id }, t.qingdao],
      [{}, t.qingdao],
      [{}, t.admin],
      [{ r: qd.id }, t.admin],
    ] as const) {
      const sent = await s.recordQueries(() => s.gql(summary, vars, token));
      expect(sent.filter((q) => /ledger_|agreement/.test(q))).toHaveLength(1);
      expect(sent.filter((q) => /agreement_target/.test(q) && /ledger_/.test(q))).toHaveLength(1);
    }
  });
});
