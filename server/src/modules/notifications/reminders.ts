import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../../config";
import { inTransaction, type RequestContext } from "../../shared/context";
import { today } from "../../shared/dates";
import { formatFen } from "../../shared/money";
import { daysElapsed, daysInYear, divRound, expectedByNow } from "../../shared/pace";
import { rejectedEvidenceSince } from "../evidence/evidence.service";
import { pairingIdsOfEntries } from "../ledger/ledger.service";
import { quotaStandings } from "../quotas/quota.service";
import { unsubmittedPeriods } from "../periods/period.service";
import { activeCountyOfficials, activeUsersOfBuyers } from "../users/user.service";
import { NotificationKind } from "./notification.entity";
import { writeReminders, type Reminder } from "./notification.service";
import { mailFailure, mailReminders, type MailSender } from "./reminders.mail";

/**
 * 预警与提醒: the rules of the daily reminders job. Each is a function of the day (`asOf`, China's
 * calendar) that returns who must be told what; reminders go only to those behind. The job writes
 * them with one row per (recipient, kind, subject, day), so running it again the same day writes
 * nothing new. Rules read other modules through their services only.
 */
export interface ReminderRule {
  kind: NotificationKind;
  collect(ctx: RequestContext, asOf: string): Promise<Reminder[]>;
}

/** counted ÷ quota as a percentage with one decimal, in integers: "12.3". */
const pct = (part: number, whole: number) => {
  const tenths = divRound(BigInt(part) * 1000n, BigInt(whole));
  return `${tenths / 10n}.${tenths % 10n}`;
};

/**
 * BUYER_BEHIND_PACE (消费任务进度落后): a buyer with a quota whose counted purchases are below its pace
 * (quota × days elapsed ÷ days in the year, shared/pace.ts) by more than the tolerance
 * (REMINDER_PACE_TOLERANCE_PCT, default 10: counted < 90% of the expected amount), once no more than
 * REMINDER_DAYS_LEFT days are left in the year (default 275, i.e. from about 1 April: earlier, the
 * pace of a few weeks says little). Told: the buyer's active users, each day it stays behind. A buyer
 * at or above pace (in particular at 100%) gets nothing.
 */
export const buyerBehindPace: ReminderRule = {
  kind: NotificationKind.BUYER_BEHIND_PACE,
  async collect(ctx, asOf) {
    const year = Number(asOf.slice(0, 4));
    const daysLeft = daysInYear(year) - daysElapsed(year, asOf);
    if (daysLeft > ctx.config.reminderDaysLeft) return [];
    const keep = BigInt(100 - ctx.config.reminderPaceTolerancePct);
    const behind = (await quotaStandings(ctx, year))
      .map((s) => ({ ...s, expected: expectedByNow(s.quota, year, asOf) }))
      .filter((s) => BigInt(s.counted) * 100n < BigInt(s.expected) * keep);
    const users = await activeUsersOfBuyers(
      ctx,
      behind.map((b) => b.buyerId),
    );
    return behind.map((b) => ({
      kind: NotificationKind.BUYER_BEHIND_PACE,
      recipientIds: users.filter((u) => u.buyerId === b.buyerId).map((u) => u.userId),
      subjectId: b.buyerId,
      params: {
        counted: formatFen(b.counted),
        expected: formatFen(b.expected),
        completionPct: pct(b.counted, b.quota),
        expectedPct: pct(b.expected, b.quota),
        daysLeft,
      },
      link: "/quota",
    }));
  },
};

/** How far back a rejection is still told (a job that did not run for a while catches up this far). */
export const EVIDENCE_LOOKBACK_DAYS = 30;

/**
 * EVIDENCE_REJECTED (佐证材料被驳回): the uploader of a file rejected in the last 30 days, told once
 * per file (not once a day): "since the last run" without keeping run state, as the notifications
 * already written say who was told.
 */
export const evidenceRejected: ReminderRule = {
  kind: NotificationKind.EVIDENCE_REJECTED,
  async collect(ctx, asOf) {
    const since = new Date(Date.parse(`${asOf}T00:00:00+08:00`) - EVIDENCE_LOOKBACK_DAYS * 86_400_000);
    const files = await rejectedEvidenceSince(ctx, since);
    const pairings = await pairingIdsOfEntries(
      ctx,
      files.filter((f) => f.recordType === "LEDGER_ENTRY").map((f) => f.recordId),
    );
    return files.map((f) => {
      const pairingId = pairings.get(f.recordId);
      return {
        kind: NotificationKind.EVIDENCE_REJECTED,
        recipientIds: [f.uploadedById],
        subjectId: f.id,
        params: { fileName: f.fileName },
        link: pairingId ? `/pairings/${pairingId}` : null,
        once: true,
      };
    });
  },
};

/**
 * PERIOD_UNSUBMITTED (月度数据未报送): a county official whose pairings have ended months not yet
 * submitted (open, returned, or reopened after an unlock), asked through the official's own scope,
 * so a reminder names exactly the periods that person can submit. One reminder per pairing a day,
 * naming the oldest such month and how many there are; it stops the day they are all submitted.
 */
export const periodUnsubmitted: ReminderRule = {
  kind: NotificationKind.PERIOD_UNSUBMITTED,
  async collect(ctx, asOf) {
    const out: Reminder[] = [];
    for (const official of await activeCountyOfficials(ctx)) {
      const periods = await unsubmittedPeriods({ ...ctx, user: official, loaders: new Map() }, asOf);
      const byPairing = new Map<string, string[]>();
      for (const p of periods) byPairing.set(p.pairingId, [...(byPairing.get(p.pairingId) ?? []), p.month]);
      for (const [pairingId, months] of byPairing) {
        months.sort();
        out.push({
          kind: NotificationKind.PERIOD_UNSUBMITTED,
          recipientIds: [official.id],
          subjectId: pairingId,
          params: { period: months[0], count: months.length },
          link: "/reporting",
        });
      }
    }
    return out;
  },
};

/** The registry, run in this order. */
export const REMINDER_RULES: ReminderRule[] = [buyerBehindPace, evidenceRejected, periodUnsubmitted];

/** A context for system jobs: no user (rules use the services' unscoped job functions), zh-CN. */
export function systemContext(db: DataSource, config: Config, log: Logger): RequestContext {
  return {
    config,
    db,
    manager: db.manager,
    user: null,
    log,
    ip: "127.0.0.1",
    requestId: "daily-reminders",
    token: null,
    loaders: new Map(),
    inTransaction: false,
  };
}

/**
 * The daily reminders job's one body, whatever runs it (graphile-worker on PostgreSQL, the
 * in-process timer on the embedded database, the demo seed, the tests with a fixed clock): every
 * rule for `asOf`, in one transaction; then, when SMTP is configured, the day's rows are mailed
 * (`send` replaces the SMTP sender in tests). Returns the rows written per kind. Logs counts only.
 */
export async function runDailyReminders(
  ctx: RequestContext,
  asOf: string = today(),
  rules: ReminderRule[] = REMINDER_RULES,
  send?: MailSender | null,
): Promise<Partial<Record<NotificationKind, number>>> {
  const written = await inTransaction(ctx, async (tx) => {
    const out: Partial<Record<NotificationKind, number>> = {};
    for (const rule of rules) out[rule.kind] = await writeReminders(tx, asOf, await rule.collect(tx, asOf));
    return out;
  });
  ctx.log.info({ asOf, written }, "daily reminders written");
  // Mail after the commit, never inside it: a slow or failing SMTP server holds no row lock and
  // loses no notification; what did not go out is tried again at the next run (reminders.mail.ts).
  try {
    const mailed = await mailReminders(ctx, asOf, send);
    if (mailed.sent || mailed.failed) ctx.log.info({ asOf, mailed }, "daily reminders mailed");
  } catch (err) {
    ctx.log.error({ asOf, error: mailFailure(err) }, "daily reminders: mailing failed; tried again next run");
  }
  return written;
}
