import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "../../config";
import type { RequestContext } from "../../shared/context";
import { msg, type Locale, type Message } from "../../shared/messages";
import { maskEmailsIn } from "../../shared/pii";
import { rowsOf } from "../../shared/sql";
import { emailsOfUsers } from "../users/user.service";
import { NotificationKind } from "./notification.entity";
import { NOTIFICATION_TEXTS } from "./notification.texts";

/**
 * Reminders by e-mail (issue 13: "optional e-mail through SMTP when configured"). After the daily
 * job's transaction has committed, each notification of the day not yet mailed goes to its
 * recipient's address, if the recipient has one. A row is claimed (`mailed_at` set) before it is
 * sent, so two runs never mail it twice; a failure clears the claim and keeps why in `mail_error`,
 * and the next run (the same day: hourly on the embedded database, or a re-queued job) tries again.
 * The rows' one-per-(recipient, kind, subject, day) key is what makes "never the same reminder
 * twice in a day" hold for mail too. Nothing here fails the job; no address is ever logged.
 */

/** Kinds told once (not re-made each day): an unsent one is still mailed up to this many days later. */
export const MAILED_LATE_KINDS: NotificationKind[] = [NotificationKind.EVIDENCE_REJECTED];
export const MAIL_LATE_DAYS = 7;

/** What the SMTP side is asked to do: one plain-text mail. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** The subject of each kind's mail (the body is the notification's own text). */
const SUBJECTS: Record<NotificationKind, Message> = {
  [NotificationKind.BUYER_BEHIND_PACE]: msg("消费任务进度落后", "Purchases behind your quota's pace"),
  [NotificationKind.EVIDENCE_REJECTED]: msg("佐证材料被驳回", "Evidence file rejected"),
  [NotificationKind.PERIOD_UNSUBMITTED]: msg("月度数据尚未报送", "Monthly figures not submitted"),
};

const PRODUCT = msg("东西部协作平台", "East–West Cooperation platform");
const FOOTER = msg(
  "此邮件由系统自动发送,请勿回复;请登录平台查看详情。",
  "Sent automatically: do not reply. Sign in to see the details.",
);

/**
 * The mail of one notification: in the recipient's language when one is stored, else Chinese with
 * the English below it (accounts keep no language today: every mail is bilingual).
 */
export function reminderMail(
  kind: NotificationKind,
  params: Record<string, string | number>,
  locale: Locale | null = null,
): { subject: string; text: string } {
  const body = NOTIFICATION_TEXTS[kind](params);
  const subject = SUBJECTS[kind];
  if (locale)
    return {
      subject: `[${PRODUCT.in(locale)}] ${subject.in(locale)}`,
      text: `${body.in(locale)}\n\n${FOOTER.in(locale)}\n`,
    };
  return {
    subject: `[${PRODUCT.zh}] ${subject.zh} / ${subject.en}`,
    text: `${body.zh}\n\n${FOOTER.zh}\n\n----\n\n${body.en}\n\n${FOOTER.en}\n`,
  };
}

/** One transport per SMTP URL for the process (nodemailer opens a connection per send). */
const transports = new Map<string, Transporter>();

function transportOf(config: Config): Transporter {
  const url = config.smtpUrl!;
  let t = transports.get(url);
  if (!t) {
    // Short timeouts: a mail server that does not answer must not hold the job for minutes.
    t = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    transports.set(url, t);
  }
  return t;
}

/** Sends through SMTP_URL as MAIL_FROM; tests may pass their own sender. */
export type MailSender = (mail: OutgoingMail) => Promise<void>;

export const smtpSender =
  (config: Config): MailSender =>
  async (mail) => {
    await transportOf(config).sendMail({ from: config.mailFrom!, to: mail.to, subject: mail.subject, text: mail.text });
  };

/** Why a send failed, as stored and logged: the SMTP code and message, any address in it masked, short. */
export function mailFailure(err: unknown): string {
  const e = err as { code?: unknown; responseCode?: unknown; message?: unknown };
  const parts = [e?.code, e?.responseCode, typeof e?.message === "string" ? e.message : String(err)];
  return maskEmailsIn(parts.filter((p) => p !== undefined && p !== null && p !== "").join(" ")).slice(0, 500);
}

/** nodemailer's codes for a server that cannot be reached or used at all (not one recipient's refusal). */
const SERVER_FAULTS = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS", "EAUTH", "ECONNREFUSED"]);

export interface MailOutcome {
  sent: number;
  failed: number;
}

/**
 * Mails the notifications of `asOf` not mailed yet (and, for kinds told once, of the
 * MAIL_LATE_DAYS before) to recipients with an address. Runs outside any transaction, after the
 * job's commit: each claim and each outcome is its own short statement. Never throws for a send.
 */
export async function mailReminders(
  ctx: RequestContext,
  asOf: string,
  send: MailSender | null = ctx.config.smtpUrl && ctx.config.mailFrom ? smtpSender(ctx.config) : null,
): Promise<MailOutcome> {
  const out: MailOutcome = { sent: 0, failed: 0 };
  if (!send) return out;
  const pending: {
    id: string;
    recipient_id: string;
    kind: NotificationKind;
    params: Record<string, string | number>;
  }[] = await ctx.manager.query(
    `SELECT id, recipient_id, kind, params FROM notification
        WHERE mailed_at IS NULL
          AND (day = $1::date OR (kind = ANY($2::text[]) AND day BETWEEN $1::date - $3::int AND $1::date))
        ORDER BY day, created_at, id`,
    [asOf, MAILED_LATE_KINDS, MAIL_LATE_DAYS],
  );
  if (!pending.length) return out;
  const addresses = await emailsOfUsers(ctx, [...new Set(pending.map((p) => p.recipient_id))]);
  for (const n of pending) {
    const to = addresses.get(n.recipient_id);
    if (!to) continue;
    // Claim it first: a run alongside this one (an operator's re-queued job) then skips it.
    const claimed = rowsOf(
      await ctx.manager.query(
        `UPDATE notification SET mailed_at = now(), mail_error = NULL WHERE id = $1 AND mailed_at IS NULL RETURNING id`,
        [n.id],
      ),
    );
    if (!claimed.length) continue;
    try {
      await send({ to, ...reminderMail(n.kind, n.params) });
      out.sent++;
    } catch (err) {
      const why = mailFailure(err);
      await ctx.manager.query(`UPDATE notification SET mailed_at = NULL, mail_error = $2 WHERE id = $1`, [n.id, why]);
      ctx.log.warn({ notificationId: n.id, kind: n.kind, error: why }, "reminder mail failed; tried again next run");
      out.failed++;
      // The server itself is unreachable or refuses us: the rest would wait for the same timeout each.
      if (SERVER_FAULTS.has(String((err as { code?: unknown })?.code))) break;
    }
  }
  return out;
}
