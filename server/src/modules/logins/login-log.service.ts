import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { withinDays } from "../../shared/dates";
import { badInput } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { andWhere, cond, EVERY_ROW, param, scopeByRole, type Scope } from "../../shared/scoped";
import { containsPattern, UUID } from "../../shared/sql";
import { usersWithin } from "../audit/audit.service";
import { LoginEvent, LoginOutcome } from "./login-event.entity";
import { msg } from "../../shared/messages";

export interface LoginAttempt {
  outcome: LoginOutcome;
  /** As typed; stored trimmed, lowercased, cut to 64. */
  username: string;
  userId?: string | null;
}

/**
 * Writes one sign-in attempt through `ctx.manager`: the login's transaction for a success, the pool
 * for a failure (written outside the transaction a refusal rolls back, like the limiter's counts).
 * The password never comes here.
 */
export async function recordLoginAttempt(ctx: RequestContext, attempt: LoginAttempt): Promise<void> {
  await ctx.manager.getRepository(LoginEvent).insert({
    userId: attempt.userId ?? null,
    username: attempt.username.trim().toLowerCase().slice(0, 64),
    ip: ctx.ip.slice(0, 64),
    outcome: attempt.outcome,
    userAgent: ctx.userAgent?.slice(0, 200) || null,
  });
}

export interface LoginLogFilterArgs {
  userId?: string | null;
  /** Part of the username as typed. */
  username?: string | null;
  outcomes?: LoginOutcome[] | null;
  from?: string | null;
  to?: string | null;
  /** The address, or its beginning ("10.2."). */
  ip?: string | null;
}

/**
 * Who reads which attempts: an administrator every one; a coordinator those of the users of its
 * region subtree (the audit trail's rule) — attempts with no user (unknown usernames) only the
 * administrator, since they belong to nobody's region.
 */
export const loginEventScope = (ctx: RequestContext, alias = "e"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) => cond`${alias}.user_id IN ${usersWithin(u.regionId!)}`,
  });

/** The log's filters as one condition (BAD_USER_INPUT naming the field, never echoing it). */
function filterScope(filter: LoginLogFilterArgs | undefined, alias: string): Scope[] {
  const parts: Scope[] = [];
  if (!filter) return parts;
  if (filter.userId) {
    if (!UUID.test(filter.userId)) throw badInput("userId", msg("无效的用户 ID", "Invalid user id"));
    parts.push(cond`${alias}.user_id = ${param(filter.userId)}`);
  }
  if (filter.username?.trim())
    parts.push(cond`${alias}.username LIKE ${param(containsPattern(filter.username.toLowerCase()))}`);
  if (filter.outcomes?.length) {
    const known = Object.values(LoginOutcome) as string[];
    if (filter.outcomes.some((o) => !known.includes(o)))
      throw badInput("outcomes", msg("未知的结果", "Unknown outcome"));
    parts.push(cond`${alias}.outcome = ANY(${param([...new Set(filter.outcomes)])}::text[])`);
  }
  if (filter.ip?.trim()) parts.push(cond`${alias}.ip LIKE ${param(`${filter.ip.trim().replace(/[\\%_]/g, "\\$&")}%`)}`);
  parts.push(withinDays(`${alias}.at`, filter.from, filter.to));
  return parts;
}

/** The sign-in attempts the caller may read, newest first. */
export async function listLoginEvents(
  ctx: RequestContext,
  filter: LoginLogFilterArgs | undefined,
  offset: number,
  first: number,
): Promise<Page<LoginEvent>> {
  const qb = ctx.manager.getRepository(LoginEvent).createQueryBuilder("e");
  andWhere(qb, loginEventScope(ctx, "e"));
  for (const p of filterScope(filter, "e")) andWhere(qb, p);
  qb.orderBy("e.seq", "DESC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}
