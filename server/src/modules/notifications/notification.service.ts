import type { RequestContext } from "../../shared/context";
import { notFound } from "../../shared/errors";
import { msg } from "../../shared/messages";
import type { Page } from "../../shared/pagination";
import { rowsOf, UUID } from "../../shared/sql";
import { Notification, NotificationKind } from "./notification.entity";

const NOTIFICATION = msg("提醒", "Notification");

/** A reminder a rule asks for: to these users, about one subject, on one day. */
export interface Reminder {
  kind: NotificationKind;
  recipientIds: string[];
  subjectId: string;
  params: Record<string, string | number>;
  link: string | null;
  /**
   * Once per subject ever, not once a day (a rejected file is told once; a buyer behind pace is
   * reminded each day it stays behind).
   */
  once?: boolean;
}

/**
 * Writes the reminders for `day`: one row per (recipient, kind, subject, day), a re-run the same
 * day writes nothing new (the unique key and ON CONFLICT DO NOTHING), and a `once` reminder is
 * skipped when its recipient was ever told about that subject. One statement per reminder.
 * Returns the rows written.
 */
export async function writeReminders(ctx: RequestContext, day: string, reminders: Reminder[]): Promise<number> {
  let written = 0;
  for (const r of reminders) {
    if (!r.recipientIds.length) continue;
    const rows = rowsOf(
      await ctx.manager.query(
        `INSERT INTO notification (recipient_id, kind, subject_id, day, params, link)
       SELECT u, $2, $3, $4::date, $5::jsonb, $6 FROM unnest($1::uuid[]) AS u
        WHERE NOT $7::boolean
           OR NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = u AND n.kind = $2 AND n.subject_id = $3)
       ON CONFLICT ON CONSTRAINT notification_once_a_day DO NOTHING
       RETURNING id`,
        [[...new Set(r.recipientIds)], r.kind, r.subjectId, day, JSON.stringify(r.params), r.link, r.once ?? false],
      ),
    );
    written += rows.length;
  }
  return written;
}

/** The signed-in user's own notifications, newest first: scoped by construction (recipient = me). */
export async function myNotifications(
  ctx: RequestContext,
  unreadOnly: boolean,
  offset: number,
  first: number,
): Promise<Page<Notification>> {
  const qb = ctx.manager
    .getRepository(Notification)
    .createQueryBuilder("n")
    .where("n.recipient_id = :me", { me: ctx.user!.id });
  if (unreadOnly) qb.andWhere("n.read_at IS NULL");
  const [nodes, totalCount] = await qb
    .orderBy("n.created_at", "DESC")
    .addOrderBy("n.id", "DESC")
    .skip(offset)
    .take(first)
    .getManyAndCount();
  return { nodes, totalCount, offset, first };
}

export async function unreadNotificationCount(ctx: RequestContext): Promise<number> {
  const [{ n }] = await ctx.manager.query(
    `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`,
    [ctx.user!.id],
  );
  return n;
}

/**
 * Marks one of the caller's own notifications read (kept read if it already was). Another user's
 * id, an unknown one and a malformed one all answer NOT_FOUND: whose notifications exist is not told.
 * Not audited: a read mark is the reader's own view state, not a record anyone relies on.
 */
export async function markNotificationRead(ctx: RequestContext, id: string): Promise<Notification> {
  if (!UUID.test(id)) throw notFound(NOTIFICATION, "id");
  const rows = rowsOf(
    await ctx.manager.query(
      `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_id = $2 RETURNING id`,
      [id, ctx.user!.id],
    ),
  );
  if (!rows.length) throw notFound(NOTIFICATION, "id");
  return ctx.manager.getRepository(Notification).findOneByOrFail({ id });
}

/** Marks all of the caller's unread notifications read; returns how many. */
export async function markAllNotificationsRead(ctx: RequestContext): Promise<number> {
  return rowsOf(
    await ctx.manager.query(
      `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING id`,
      [ctx.user!.id],
    ),
  ).length;
}
