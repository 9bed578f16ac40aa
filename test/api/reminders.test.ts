import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quickAddJob, runOnce } from "graphile-worker";
import { graphql } from "./gql";
import type { Indicator } from "./gql/graphql";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { currentYear, today } from "../../server/src/shared/dates";
import { formatYuanCompact, parseHundredths } from "../../server/src/shared/money";
import { runDailyReminders, systemContext } from "../../server/src/modules/notifications/reminders";
import { DAILY_REMINDERS_TASK, reminderTasks } from "../../server/src/modules/notifications/reminders.job";

/**
 * Issue 13, "Projection and reminders" (预警与提醒): the daily job, driven with a fixed clock, tells
 * a buyer behind its quota's pace once a day and a buyer at 100% nothing; the uploader of a rejected
 * file once; the bell's operations answer only the signed-in user's own rows; and the projection to
 * 31 December has exact figures through the API (linear, and with last year's seasonality).
 */
let s: TestServer;
const t: Record<string, string> = {};
const YEAR = currentYear();
let buyerUser = "";
let hospital = "";
let zhenningPairing = "";
let huixianPairing = "";

const SET_QUOTA = graphql(`
  mutation RemindersSetQuota($i: SetQuotaInput!) {
    setQuota(input: $i) {
      id
    }
  }
`);
const COMPLETION = graphql(`
  query RemindersCompletion($b: ID!, $y: Int!) {
    quotaCompletion(buyerId: $b, year: $y) {
      quota
      counted
      expected
      projected
      atRisk
    }
  }
`);
const MINE = graphql(`
  query RemindersMine($unread: Boolean!) {
    unreadNotificationCount
    myNotifications(unreadOnly: $unread, first: 100) {
      totalCount
      nodes {
        id
        kind
        day
        link
        message
        readAt
      }
    }
  }
`);
const MARK = graphql(`
  mutation RemindersMark($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);
const MARK_ALL = graphql(`
  mutation RemindersMarkAll {
    markAllNotificationsRead
  }
`);
const RECORD = graphql(`
  mutation RemindersRecord($i: RecordReportedFigureInput!) {
    recordReportedFigure(input: $i) {
      id
    }
  }
`);
const TARGET = graphql(`
  mutation RemindersTarget($i: SetAgreementTargetInput!) {
    setAgreementTarget(input: $i) {
      id
    }
  }
`);
const PROGRESS = graphql(`
  query RemindersProgress($id: ID!, $y: Int!, $asOf: Date) {
    pairing(id: $id) {
      progress(year: $y, asOf: $asOf) {
        indicator
        target
        delivered
        projected
        projectionMethod
        atRisk
      }
    }
  }
`);
const REVIEW = graphql(`
  mutation RemindersReview($id: ID!, $reason: String!) {
    rejectEvidence(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const ctx = () => systemContext(s.app.db, s.app.config, s.app.log);
const rowsOf = async (kind: string, recipient: string, subject?: string) =>
  (
    await s.sql(
      `SELECT day::text AS day, params FROM notification WHERE kind = $1 AND recipient_id = $2 AND ($3::text IS NULL OR subject_id = $3) ORDER BY day`,
      [kind, recipient, subject ?? null],
    )
  ).map((r: { day: string; params: Record<string, unknown> }) => r);

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "jiaozhou", "qingdao", "zhenning", "buyer"]) t[u] = await s.login(u);
  [{ id: buyerUser, buyer_id: hospital }] = await s.sql(`SELECT id, buyer_id FROM app_user WHERE username = 'buyer'`);
  const byWest = async (code: string) =>
    (
      await s.sql(
        `SELECT p.id FROM pairing p JOIN region w ON w.id = p.west_region_id JOIN region e ON e.id = p.east_region_id
          WHERE w.code = $1 AND e.code = '370281'`,
        [code],
      )
    )[0].id as string;
  zhenningPairing = await byWest("520423");
  huixianPairing = await byWest("621227");
}, 120_000);
afterAll(() => s?.close());

describe("BUYER_BEHIND_PACE with a fixed clock", () => {
  it("tells a buyer behind pace once a day, and a buyer at 100% nothing", async () => {
    const before = await s.gql(COMPLETION, { b: hospital, y: YEAR }, t.buyer);
    expect(before.errors).toBeUndefined();
    const counted = before.data!.quotaCompletion.counted as string;
    // The demo hospital has counted purchases, far below a ¥365,000 quota.
    expect(Number(counted)).toBeGreaterThan(0);
    expect(Number(counted)).toBeLessThan(300_000);
    const set = await s.gql(
      SET_QUOTA,
      { i: { buyerId: hospital, year: YEAR, basis: "FIXED", amount: "365000.00" } },
      t.jiaozhou,
    );
    expect(set.errors).toBeUndefined();

    // 20 December: day 354 of 365, 11 days left; expected 365,000 × 354 ÷ 365 = ¥354,000.00 (97.0%).
    const d1 = `${YEAR}-12-20`;
    const first = await runDailyReminders(ctx(), d1);
    expect(first.BUYER_BEHIND_PACE).toBe(1);
    let rows = await rowsOf("BUYER_BEHIND_PACE", buyerUser, hospital);
    expect(rows.filter((r) => r.day === d1)).toHaveLength(1);
    expect(rows.find((r) => r.day === d1)!.params).toMatchObject({
      counted,
      expected: "354000.00",
      expectedPct: "97.0",
      daysLeft: 11,
    });

    // Again the same day: nothing new.
    expect((await runDailyReminders(ctx(), d1)).BUYER_BEHIND_PACE).toBe(0);
    rows = await rowsOf("BUYER_BEHIND_PACE", buyerUser, hospital);
    expect(rows.filter((r) => r.day === d1)).toHaveLength(1);

    // The next day: a new one (10 days left).
    const d2 = `${YEAR}-12-21`;
    expect((await runDailyReminders(ctx(), d2)).BUYER_BEHIND_PACE).toBe(1);
    rows = await rowsOf("BUYER_BEHIND_PACE", buyerUser, hospital);
    expect(rows.filter((r) => r.day === d2).map((r) => r.params.daysLeft)).toEqual([10]);

    // The buyer reads it in its language, linked to its quota page.
    const mine = await s.gql(MINE, { unread: true }, t.buyer);
    const d2Row = mine.data!.myNotifications.nodes.find((n: { day: string }) => n.day === d2);
    expect(d2Row).toMatchObject({ kind: "BUYER_BEHIND_PACE", link: "/quota", readAt: null });
    expect(d2Row!.message).toContain("距年底还有 10 天");
    // Amounts as people read them (万 in Chinese): ¥355,000.00 expected by 21 December is "¥35.5万".
    expect(d2Row!.message).toContain(`已计入 ${formatYuanCompact(parseHundredths(counted)!, "zh-CN")}`);
    expect(d2Row!.message).toContain("(¥35.5万)");

    // At 100% (quota = counted): nothing, however late in the year.
    expect(
      (await s.gql(SET_QUOTA, { i: { buyerId: hospital, year: YEAR, basis: "FIXED", amount: counted } }, t.jiaozhou))
        .errors,
    ).toBeUndefined();
    const d3 = `${YEAR}-12-22`;
    expect((await runDailyReminders(ctx(), d3)).BUYER_BEHIND_PACE).toBe(0);
    expect((await rowsOf("BUYER_BEHIND_PACE", buyerUser, hospital)).filter((r) => r.day === d3)).toHaveLength(0);
    const after = await s.gql(COMPLETION, { b: hospital, y: YEAR }, t.buyer);
    expect(after.data!.quotaCompletion).toMatchObject({ quota: counted, atRisk: false });
  });

  it("tells nobody while more than REMINDER_DAYS_LEFT days are left", async () => {
    await s.gql(SET_QUOTA, { i: { buyerId: hospital, year: YEAR, basis: "FIXED", amount: "365000.00" } }, t.jiaozhou);
    // 10 March: 296 days left > 275.
    expect((await runDailyReminders(ctx(), `${YEAR}-03-10`)).BUYER_BEHIND_PACE).toBe(0);
  });

  it("runs through graphile-worker's queue on PostgreSQL", async ({ skip }) => {
    const url = s.app.config.databaseUrl;
    if (!url) return skip(); // the embedded database runs the same task from a timer (docs/reminders.md)
    const d = `${YEAR}-12-23`;
    await quickAddJob({ connectionString: url }, DAILY_REMINDERS_TASK, { asOf: d });
    await runOnce({ connectionString: url, taskList: reminderTasks(s.app.db, s.app.config, s.app.log) });
    expect((await rowsOf("BUYER_BEHIND_PACE", buyerUser, hospital)).filter((r) => r.day === d)).toHaveLength(1);
    const [{ n }] = await s.sql(`SELECT count(*)::int AS n FROM graphile_worker.jobs`);
    expect(n).toBe(0); // done and removed
  });
});

describe("PERIOD_UNSUBMITTED", () => {
  it("tells a county official, once a day per pairing, how many ended months are not submitted", async () => {
    const [{ id: zhenningUser }] = await s.sql(`SELECT id FROM app_user WHERE username = 'zhenning'`);
    const [{ id: huixianUser }] = await s.sql(`SELECT id FROM app_user WHERE username = 'huixian'`);
    const asOf = `${YEAR}-12-24`; // a day the other tests here don't run the job on
    // January to November have ended by 24 December; the demo submitted some of them.
    const [{ n }] = await s.sql(
      `SELECT count(*)::int AS n FROM reporting_period WHERE pairing_id = $1 AND month LIKE $2 AND state IN ('SUBMITTED', 'APPROVED')`,
      [zhenningPairing, `${YEAR}-%`],
    );
    const first = await runDailyReminders(ctx(), asOf);
    expect(first.PERIOD_UNSUBMITTED).toBeGreaterThan(0);
    const rows = await rowsOf("PERIOD_UNSUBMITTED", zhenningUser, zhenningPairing);
    const today = rows.filter((r) => r.day === asOf);
    expect(today).toHaveLength(1);
    expect(today[0].params).toMatchObject({ count: 11 - n });
    // The same day again: nothing new. Huixian's official is not told about Zhenning's pairing.
    expect((await runDailyReminders(ctx(), asOf)).PERIOD_UNSUBMITTED).toBe(0);
    expect(await rowsOf("PERIOD_UNSUBMITTED", huixianUser, zhenningPairing)).toHaveLength(0);
    const mine = await s.gql(MINE, { unread: true }, t.zhenning);
    const row = mine.data!.myNotifications.nodes.find(
      (x: { kind: string; day: string }) => x.kind === "PERIOD_UNSUBMITTED" && x.day === asOf,
    );
    expect(row).toMatchObject({ link: "/reporting" });
    expect(row!.message).toContain(`共 ${11 - n} 个月未提交`);
  });
});

describe("EVIDENCE_REJECTED", () => {
  it("tells the uploader once, linked to the pairing", async () => {
    const rec = await s.gql(
      RECORD,
      {
        i: {
          pairingId: zhenningPairing,
          indicator: "PEOPLE_TRAINED",
          amount: "12",
          occurredOn: today(),
          sourceDocument: "胶协办〔2026〕3号",
        },
      },
      t.jiaozhou,
    );
    expect(rec.errors).toBeUndefined();
    const up = await fetch(
      `${s.url}/uploads/evidence?entryId=${rec.data!.recordReportedFigure.id}&fileName=${encodeURIComponent("培训签到表.pdf")}`,
      {
        method: "POST",
        body: new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")),
        headers: { "content-type": "application/octet-stream", authorization: `Bearer ${t.zhenning}` },
      },
    );
    expect(up.status).toBe(201);
    const file = ((await up.json()) as { id: string }).id;
    const [{ id: zhenningUser }] = await s.sql(`SELECT id FROM app_user WHERE username = 'zhenning'`);
    // Nothing before it is rejected.
    await runDailyReminders(ctx(), today());
    expect(await rowsOf("EVIDENCE_REJECTED", zhenningUser, file)).toHaveLength(0);

    const rej = await s.gql(REVIEW, { id: file, reason: "签到表缺少培训日期" }, t.jiaozhou);
    expect(rej.errors).toBeUndefined();
    expect((await runDailyReminders(ctx(), today())).EVIDENCE_REJECTED).toBe(1);
    const rows = await rowsOf("EVIDENCE_REJECTED", zhenningUser, file);
    expect(rows).toEqual([{ day: today(), params: { fileName: "培训签到表.pdf" } }]);
    // Not again, the next day either: a rejection is told once.
    const tomorrow = new Date(Date.parse(`${today()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await runDailyReminders(ctx(), tomorrow)).EVIDENCE_REJECTED).toBe(0);
    // Only the uploader: the buyer and the reviewer got nothing about it.
    const [{ n }] = await s.sql(
      `SELECT count(*)::int AS n FROM notification WHERE subject_id = $1 AND recipient_id <> $2`,
      [file, zhenningUser],
    );
    expect(n).toBe(0);
    const mine = await s.gql(MINE, { unread: true }, t.zhenning);
    const n1 = mine.data!.myNotifications.nodes.find((x: { kind: string; message: string }) =>
      x.message.includes("培训签到表.pdf"),
    );
    expect(n1).toMatchObject({ kind: "EVIDENCE_REJECTED", link: `/pairings/${zhenningPairing}` });
  });
});

describe("the bell: my own notifications only", () => {
  it("marks one read, then all; another user's id is NOT_FOUND and stays unread", async () => {
    const mine = await s.gql(MINE, { unread: true }, t.zhenning);
    const count = mine.data!.unreadNotificationCount as number;
    expect(count).toBeGreaterThanOrEqual(2); // the demo's rejected photo and the file above
    expect(mine.data!.myNotifications.totalCount).toBe(count);
    const id = mine.data!.myNotifications.nodes[0].id as string;

    // The buyer cannot read or mark it: NOT_FOUND, like an unknown id.
    expect(codeOf(await s.gql(MARK, { id }, t.buyer))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(MARK, { id: "00000000-0000-4000-8000-000000000000" }, t.buyer))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(MARK, { id: "not-a-uuid" }, t.buyer))).toBe("BAD_USER_INPUT"); // refused at the edge
    expect(codeOf(await s.gql(MARK, { id }, null))).toBe("UNAUTHENTICATED");
    const buyers = await s.gql(MINE, { unread: false }, t.buyer);
    expect(buyers.data!.myNotifications.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
    expect((await s.gql(MINE, { unread: true }, t.zhenning)).data!.unreadNotificationCount).toBe(count);

    const marked = await s.gql(MARK, { id }, t.zhenning);
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markNotificationRead.readAt).not.toBeNull();
    expect((await s.gql(MINE, { unread: true }, t.zhenning)).data!.unreadNotificationCount).toBe(count - 1);
    // Marking it again keeps it read.
    expect((await s.gql(MARK, { id }, t.zhenning)).errors).toBeUndefined();

    const all = await s.gql(MARK_ALL, {}, t.zhenning);
    expect(all.data!.markAllNotificationsRead).toBe(count - 1);
    const after = await s.gql(MINE, { unread: true }, t.zhenning);
    expect(after.data!.unreadNotificationCount).toBe(0);
    expect(after.data!.myNotifications.nodes).toEqual([]);
    expect((await s.gql(MINE, { unread: false }, t.zhenning)).data!.myNotifications.totalCount).toBe(count);
    // The buyer's own are untouched.
    expect((await s.gql(MINE, { unread: true }, t.buyer)).data!.unreadNotificationCount).toBeGreaterThan(0);
  });
});

describe("projection to 31 December through the API", () => {
  it("is linear without last year and seasonal with it, flagged at risk below the target", async () => {
    // A year in which Jiaozhou–Hui County has no EXCHANGE_VISITS or JOINT_MEETINGS, nor the year before.
    const [{ y }] = await s.sql(
      `SELECT y FROM generate_series(2017, 2025) y WHERE NOT EXISTS (SELECT 1 FROM ledger_entry l
        WHERE l.pairing_id = $1 AND l.indicator IN ('EXCHANGE_VISITS', 'JOINT_MEETINGS')
          AND l.occurred_on >= make_date(y - 1, 1, 1) AND l.occurred_on < make_date(y + 1, 1, 1))
        AND y % 4 <> 0 ORDER BY y DESC LIMIT 1`,
      [huixianPairing],
    );
    const fig = async (indicator: Indicator, amount: string, occurredOn: string) =>
      expect(
        (
          await s.gql(
            RECORD,
            { i: { pairingId: huixianPairing, indicator, amount, occurredOn, sourceDocument: "胶协办〔2024〕1号" } },
            t.jiaozhou,
          )
        ).errors,
      ).toBeUndefined();
    await fig("EXCHANGE_VISITS", "7", `${y}-02-01`);
    await fig("JOINT_MEETINGS", "3", `${y - 1}-03-01`);
    await fig("JOINT_MEETINGS", "9", `${y - 1}-10-01`);
    await fig("JOINT_MEETINGS", "5", `${y}-03-01`);
    await fig("JOINT_MEETINGS", "4", `${y}-06-01`); // after asOf: not counted on 10 April
    for (const [indicator, target] of [
      ["EXCHANGE_VISITS", "30"],
      ["JOINT_MEETINGS", "20"],
    ] as const)
      expect(
        (await s.gql(TARGET, { i: { pairingId: huixianPairing, year: y, indicator, target } }, t.jiaozhou)).errors,
      ).toBeUndefined();
    const r = await s.gql(PROGRESS, { id: huixianPairing, y, asOf: `${y}-04-10` }, t.jiaozhou);
    expect(r.errors).toBeUndefined();
    const by = (i: string) => r.data!.pairing.progress.find((p: { indicator: string }) => p.indicator === i);
    // 10 April is day 100 of 365: 7 × 365 ÷ 100 = 25.55 → 26 < 30: at risk.
    expect(by("EXCHANGE_VISITS")).toMatchObject({
      delivered: "7",
      projected: "26",
      projectionMethod: "LINEAR",
      atRisk: true,
    });
    // Last year had 3 of 12 by 10 April (25%): 5 × 12 ÷ 3 = 20 = the target: not at risk.
    expect(by("JOINT_MEETINGS")).toMatchObject({
      delivered: "5",
      projected: "20",
      projectionMethod: "SEASONAL",
      atRisk: false,
    });
    // After the year: what was delivered (5 + 4 = 9 < 20).
    const done = await s.gql(PROGRESS, { id: huixianPairing, y, asOf: null }, t.jiaozhou);
    const jm = done.data!.pairing.progress.find((p: { indicator: string }) => p.indicator === "JOINT_MEETINGS");
    expect(jm).toMatchObject({ delivered: "9", projected: "9", projectionMethod: "FINAL", atRisk: true });
  });
});
