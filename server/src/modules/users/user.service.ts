import { createHmac, randomBytes } from "node:crypto";
import argon2 from "argon2";
import type { DataSource } from "typeorm";
import type { Config } from "../../config";
import { Role, type AuthUser } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { badInput, conflict, isUniqueViolation, tooManyRequests, unauthenticated } from "../../shared/errors";
import { FailureLimiter } from "../../shared/rate-limit";
import { recordAudit, usersWithin } from "../audit/audit.service";
import { LoginOutcome } from "../logins/login-event.entity";
import { recordLoginAttempt } from "../logins/login-log.service";
import { buyerExists } from "../buyers/buyer.service";
import { enterpriseExists } from "../enterprises/enterprise.service";
import { inSubtree, mustBeEast, mustBeWestCounty, regionNamed } from "../regions/region.service";
import { cond } from "../../shared/scoped";
import { User, UserSession } from "./user.entity";
import type {
  AuthPayload,
  ChangePasswordInput,
  CreateUserInput,
  LoginInput,
  PasswordReset,
  SessionInfo,
  UpdateUserAccessInput,
} from "./user.inputs";
import { UUID } from "../../shared/sql";
import { inTransaction } from "../../shared/context";
import { assertPasswordAcceptable, generateOneTimePassword } from "./password-policy";

/** OWASP's argon2id baseline (19 MiB, 2 passes): ~25 ms a hash on this machine's cores. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Whose actions a coordinator reads in the audit trail: the users of its region subtree. */
usersWithin.provide((regionId) => cond`(SELECT u.id FROM app_user u WHERE ${inSubtree("u.region_id", regionId)})`);

export const hashPassword = (password: string) => argon2.hash(password, ARGON2_OPTIONS);

/** Verified against when the username is unknown, so both paths cost the same time. */
let dummyHash: Promise<string> | null = null;

/**
 * Five failures per username and address, or thirty per address, lock the door for 15 minutes;
 * five wrong current passwords in changePassword lock that for the account. Counted in the
 * shared store (PostgreSQL, or Redis), so every server process sees the same counts.
 */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 30, windowMs: 15 * 60_000 } as const;

function limitersOf(ctx: RequestContext) {
  if (!ctx.counters) throw new Error("rate-limit store missing from the request context");
  return {
    perAccount: new FailureLimiter(ctx.counters, "login-account", LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowMs),
    perAddress: new FailureLimiter(ctx.counters, "login-address", LOGIN_LIMITS.perAddress, LOGIN_LIMITS.windowMs),
    passwordChange: new FailureLimiter(ctx.counters, "password-change", LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowMs),
  };
}

const tooManyAttempts = (wait: number) =>
  tooManyRequests(
    `尝试次数过多,请 ${Math.ceil(wait / 60)} 分钟后再试 / Too many attempts, try again in ${Math.ceil(wait / 60)} min`,
    wait,
  );

const hashToken = (config: Config, token: string) =>
  createHmac("sha256", config.tokenSecret).update(token).digest("base64url");

const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray((result as unknown[])[0]) ? (result as T[][])[0] : (result as T[]);

/** Users returned to themselves by login and changePassword (no session yet on that request): see ownOrAdmin. */
export const returnedToSelf = new WeakSet<User>();

/** Opens a session for `user` (inside the caller's transaction) and returns its token, shown once. */
async function openSession(tx: RequestContext, user: User, action: string): Promise<AuthPayload> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + tx.config.tokenTtlHours * 3600_000);
  const session = await tx.manager.getRepository(UserSession).save(
    Object.assign(new UserSession(), {
      userId: user.id,
      tokenHash: hashToken(tx.config, token),
      expiresAt,
      revokedAt: null,
    }),
  );
  await recordAudit(tx, {
    actorId: user.id,
    action,
    entityType: "UserSession",
    entityId: session.id,
    change: { ip: tx.ip, expiresAt },
  });
  delete (user as Partial<User>).passwordHash;
  returnedToSelf.add(user);
  return { token, expiresAt, user, mustChangePassword: user.mustChangePassword };
}

/**
 * Signs in. The limits are checked and counted through the pool, outside the transaction: a
 * refusal rolls the transaction back, and the failure it counts must stay counted (and on the
 * embedded database the pool's one connection is free here). The attempt is counted before the
 * password is checked, so a burst of parallel guesses cannot all pass the check.
 */
export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
  const limits = limitersOf(ctx);
  const username = input.username.trim().toLowerCase();
  const accountKey = `${ctx.ip}|${username}`;
  const addressWait = await limits.perAddress.blockedFor(ctx.ip);
  if (addressWait > 0) throw await loginRefused(ctx, LoginOutcome.LOCKED, username, null, tooManyAttempts(addressWait));
  const accountWait = await limits.perAccount.attempt(accountKey);
  if (accountWait > 0) throw await loginRefused(ctx, LoginOutcome.LOCKED, username, null, tooManyAttempts(accountWait));

  // A disabled account is read too, for the login log's DISABLED; it is refused as a wrong password.
  const user = await ctx.db
    .getRepository(User)
    .createQueryBuilder("u")
    .addSelect("u.passwordHash")
    .where("lower(u.username) = :username", { username })
    .getOne();
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  const ok = await argon2.verify(user?.passwordHash ?? (await dummyHash), input.password).catch(() => false);
  if (!user || !ok || !user.active) {
    await limits.perAddress.fail(ctx.ip);
    ctx.log.info({ event: "login_failed", ip: ctx.ip }, "login failed");
    // >>> login log (logs slice): why it failed, and whether this failure locked the door.
    const locked =
      (await limits.perAccount.blockedFor(accountKey)) > 0 || (await limits.perAddress.blockedFor(ctx.ip)) > 0;
    const why = !user ? LoginOutcome.UNKNOWN_USER : !ok ? LoginOutcome.WRONG_PASSWORD : LoginOutcome.DISABLED;
    throw await loginRefused(
      ctx,
      locked ? LoginOutcome.LOCKED_OUT : why,
      username,
      user?.id ?? null,
      unauthenticated("用户名或密码错误 / Wrong username or password"),
    );
    // <<< login log
  }
  await limits.perAccount.reset(accountKey);
  return inTransaction(ctx, async (tx) => {
    await recordLoginAttempt(tx, { outcome: LoginOutcome.SUCCESS, username, userId: user.id });
    return openSession(tx, user, "LOGIN");
  });
}

/**
 * Login log: a refused attempt, written through the pool (login runs outside a transaction until
 * it succeeds), then the error to throw. The log failing must not turn a refusal into a 500.
 */
async function loginRefused(
  ctx: RequestContext,
  outcome: LoginOutcome,
  username: string,
  userId: string | null,
  error: Error,
): Promise<Error> {
  if (outcome === LoginOutcome.LOCKED) {
    // Refused before the account was read: find whose door it was, so its coordinator sees it.
    const rows = await ctx.db
      .query(`SELECT id FROM app_user WHERE lower(username) = $1`, [username])
      .catch(() => [] as { id: string }[]);
    userId = (rows as { id: string }[])[0]?.id ?? null;
  }
  await recordLoginAttempt(ctx, { outcome, username, userId }).catch((e: Error) =>
    ctx.log.error({ err: { message: e.message } }, "login log write failed"),
  );
  return error;
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  if (!ctx.token || !ctx.user) return false;
  const rows = rowsOf<{ id: string }>(
    await ctx.manager.query(
      `UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id`,
      [hashToken(ctx.config, ctx.token)],
    ),
  );
  if (rows.length)
    await recordAudit(ctx, { action: "LOGOUT", entityType: "UserSession", entityId: rows[0].id, change: {} });
  return rows.length > 0;
}

/**
 * Revokes every open session of `userId` (but `keepTokenHash`'s, when given), in the caller's
 * transaction. `authenticate` reads the session at every request, so the tokens answer
 * UNAUTHENTICATED from the very next request on.
 */
async function revokeSessions(
  tx: RequestContext,
  userId: string,
  keepTokenHash: string | null = null,
): Promise<number> {
  const rows = rowsOf<{ id: string }>(
    await tx.manager.query(
      `UPDATE user_session SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR token_hash <> $2) RETURNING id`,
      [userId, keepTokenHash],
    ),
  );
  return rows.length;
}

/** Resolves a bearer token to its user; null when unknown, expired, revoked or the user is disabled. */
export async function authenticate(db: DataSource, config: Config, token: string): Promise<AuthUser | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const rows: {
    id: string;
    username: string;
    display_name: string;
    role: Role;
    region_id: string | null;
    buyer_id: string | null;
    enterprise_id: string | null;
    must_change_password: boolean;
  }[] = await db.query(
    `SELECT u.id, u.username, u.display_name, u.role, u.region_id, u.buyer_id, u.enterprise_id, u.must_change_password
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
    [hashToken(config, token)],
  );
  const r = rows[0];
  return r
    ? {
        id: r.id,
        username: r.username,
        displayName: r.display_name,
        role: r.role,
        regionId: r.region_id,
        buyerId: r.buyer_id,
        enterpriseId: r.enterprise_id,
        mustChangePassword: r.must_change_password,
      }
    : null;
}

interface AccessScope {
  regionId: string | null;
  buyerId: string | null;
  enterpriseId: string | null;
}

/** The scope a role needs (region / buyer / enterprise), checked; the ids a role does not use are null. */
async function scopeFor(
  ctx: RequestContext,
  input: { role: Role; regionId?: string | null; buyerId?: string | null; enterpriseId?: string | null },
): Promise<AccessScope> {
  let regionId: string | null = null;
  if (input.role === Role.COORDINATOR || input.role === Role.COUNTY_OFFICIAL) {
    if (!input.regionId) throw badInput("regionId", "请为该角色选择地区 / This role needs a region");
    const region = await regionNamed(ctx, input.regionId, "regionId");
    if (input.role === Role.COORDINATOR)
      mustBeEast(region, "regionId", "协调员须属于支援方地区 / A coordinator belongs to an east region");
    else mustBeWestCounty(region, "regionId", "县级干部须属于受援县 / A county official belongs to a west county");
    regionId = region.id;
  }
  let buyerId: string | null = null;
  if (input.role === Role.BUYER) {
    if (!input.buyerId)
      throw badInput("buyerId", "采购人员须属于一个采购单位 / A buyer user acts for one buyer organisation");
    if (!(await buyerExists(ctx, input.buyerId)))
      throw badInput("buyerId", "采购单位不存在 / Unknown buyer organisation");
    buyerId = input.buyerId;
  }
  let enterpriseId: string | null = null;
  if (input.role === Role.ENTERPRISE) {
    if (!input.enterpriseId)
      throw badInput("enterpriseId", "企业用户须属于一个企业 / An enterprise user acts for one enterprise");
    if (!(await enterpriseExists(ctx, input.enterpriseId)))
      throw badInput("enterpriseId", "企业不存在 / Unknown enterprise");
    enterpriseId = input.enterpriseId;
  }
  return { regionId, buyerId, enterpriseId };
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  assertPasswordAcceptable(input.password, input.username, "password");
  const { regionId, buyerId, enterpriseId } = await scopeFor(ctx, input);
  try {
    const user = await ctx.manager.getRepository(User).save(
      Object.assign(new User(), {
        username: input.username,
        passwordHash: await hashPassword(input.password),
        displayName: input.displayName.trim(),
        role: input.role,
        regionId,
        buyerId,
        enterpriseId,
        active: true,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
      }),
    );
    await recordAudit(ctx, {
      action: "USER_CREATED",
      entityType: "User",
      entityId: user.id,
      change: { username: user.username, role: user.role, regionId, buyerId, enterpriseId },
    });
    delete (user as Partial<User>).passwordHash;
    return user;
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`用户名 ${input.username} 已存在 / Username already taken`);
    throw e;
  }
}

/**
 * Links an ENTERPRISE user to the enterprise it acts for: for accounts created before enterprises
 * existed (the migration leaves them unlinked) or moved to another company. Takes effect at once,
 * also for sessions already signed in (the session reads the link at every request).
 */
export async function linkEnterpriseUser(ctx: RequestContext, userId: string, enterpriseId: string): Promise<User> {
  const user = UUID.test(userId) ? await ctx.manager.getRepository(User).findOneBy({ id: userId }) : null;
  if (!user) throw badInput("userId", "用户不存在 / Unknown user");
  if (user.role !== Role.ENTERPRISE)
    throw badInput("userId", "只能关联企业用户 / Only enterprise users act for an enterprise");
  if (!(await enterpriseExists(ctx, enterpriseId))) throw badInput("enterpriseId", "企业不存在 / Unknown enterprise");
  await ctx.manager.getRepository(User).update({ id: user.id }, { enterpriseId });
  await recordAudit(ctx, {
    action: "USER_ENTERPRISE_LINKED",
    entityType: "User",
    entityId: user.id,
    change: { before: user.enterpriseId, after: enterpriseId },
  });
  return Object.assign(user, { enterpriseId });
}

/** The account an administrator acts on; never the administrator's own (no locking oneself out). */
async function managedAccount(ctx: RequestContext, userId: string, what: string): Promise<User> {
  const user = UUID.test(userId) ? await ctx.manager.getRepository(User).findOneBy({ id: userId }) : null;
  if (!user) throw badInput("userId", "用户不存在 / Unknown user");
  if (user.id === ctx.user?.id)
    throw badInput("userId", `不能${what}自己的账号 / You cannot do this to your own account`);
  return user;
}

/**
 * Disables or enables an account. Disabling revokes its sessions in the same transaction, so
 * its tokens answer UNAUTHENTICATED from the next request; a disabled account cannot sign in.
 */
export async function setUserActive(ctx: RequestContext, userId: string, active: boolean): Promise<User> {
  const user = await managedAccount(ctx, userId, active ? "启用" : "停用");
  if (user.active === active) return user;
  await ctx.manager.getRepository(User).update({ id: user.id }, { active });
  const revokedSessions = await revokeSessions(ctx, user.id);
  await recordAudit(ctx, {
    action: active ? "USER_ENABLED" : "USER_DISABLED",
    entityType: "User",
    entityId: user.id,
    change: { revokedSessions },
  });
  return Object.assign(user, { active });
}

/** Changes an account's role and scope (checked as at creation); its sessions are revoked. */
export async function updateUserAccess(ctx: RequestContext, input: UpdateUserAccessInput): Promise<User> {
  const user = await managedAccount(ctx, input.userId, "修改");
  const scope = await scopeFor(ctx, input);
  const before = { role: user.role, regionId: user.regionId, buyerId: user.buyerId, enterpriseId: user.enterpriseId };
  const after = { role: input.role, ...scope };
  await ctx.manager.getRepository(User).update({ id: user.id }, after);
  const revokedSessions = await revokeSessions(ctx, user.id);
  await recordAudit(ctx, {
    action: "USER_ACCESS_CHANGED",
    entityType: "User",
    entityId: user.id,
    change: { before, after, revokedSessions },
  });
  return Object.assign(user, after);
}

/**
 * An administrator's reset: a one-time password generated here and returned once (only its hash
 * is stored, and the audit entry does not hold it); the user must change it at the next login.
 * The account's sessions are revoked.
 */
export async function resetUserPassword(ctx: RequestContext, userId: string): Promise<PasswordReset> {
  const user = await managedAccount(ctx, userId, "重置");
  const oneTimePassword = generateOneTimePassword(user.username);
  await ctx.manager
    .getRepository(User)
    .update(
      { id: user.id },
      { passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true, passwordChangedAt: new Date() },
    );
  const revokedSessions = await revokeSessions(ctx, user.id);
  await recordAudit(ctx, {
    action: "USER_PASSWORD_RESET",
    entityType: "User",
    entityId: user.id,
    change: { revokedSessions },
  });
  return { user: Object.assign(user, { mustChangePassword: true }), oneTimePassword };
}

/**
 * A user changes its own password (the current one required; wrong guesses are rate-limited per
 * account like logins). Every session of the account is revoked, this one included, and a new
 * token is returned: a token someone else copied stops working too. Clears `mustChangePassword`.
 * Runs outside a transaction until the change itself, for the same reason as `login`.
 */
export async function changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<AuthPayload> {
  const me = ctx.user;
  if (!me) throw unauthenticated();
  const limits = limitersOf(ctx);
  const wait = await limits.passwordChange.attempt(me.id);
  if (wait > 0) throw tooManyAttempts(wait);
  const user = await ctx.db
    .getRepository(User)
    .createQueryBuilder("u")
    .addSelect("u.passwordHash")
    .where("u.id = :id", { id: me.id })
    .getOne();
  if (!user) throw unauthenticated();
  if (!(await argon2.verify(user.passwordHash, input.currentPassword).catch(() => false))) {
    throw badInput("currentPassword", "当前密码不正确 / The current password is wrong");
  }
  assertPasswordAcceptable(input.newPassword, user.username, "newPassword");
  if (await argon2.verify(user.passwordHash, input.newPassword).catch(() => false)) {
    throw badInput("newPassword", "新密码不能与当前密码相同 / Choose a password different from the current one");
  }
  await limits.passwordChange.reset(me.id);
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(ctx, async (tx) => {
    await tx.manager
      .getRepository(User)
      .update({ id: user.id }, { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() });
    const revokedSessions = await revokeSessions(tx, user.id);
    await recordAudit(tx, {
      action: "PASSWORD_CHANGED",
      entityType: "User",
      entityId: user.id,
      change: { revokedSessions },
    });
    return openSession(tx, Object.assign(user, { mustChangePassword: false }), "LOGIN");
  });
}

/** The signed-in user's open sessions, newest first. */
export async function mySessions(ctx: RequestContext): Promise<SessionInfo[]> {
  const me = ctx.user;
  if (!me) throw unauthenticated();
  const current = ctx.token ? hashToken(ctx.config, ctx.token) : null;
  const rows = await ctx.manager
    .getRepository(UserSession)
    .createQueryBuilder("s")
    .where("s.user_id = :id AND s.revoked_at IS NULL AND s.expires_at > now()", { id: me.id })
    .orderBy("s.created_at", "DESC")
    .getMany();
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt,
    expiresAt: s.expiresAt,
    current: s.tokenHash === current,
  }));
}

/** Signs the user out everywhere but here; returns how many sessions were revoked. */
export async function signOutOtherSessions(ctx: RequestContext): Promise<number> {
  const me = ctx.user;
  if (!me || !ctx.token) throw unauthenticated();
  const revokedSessions = await revokeSessions(ctx, me.id, hashToken(ctx.config, ctx.token));
  await recordAudit(ctx, {
    action: "OTHER_SESSIONS_REVOKED",
    entityType: "User",
    entityId: me.id,
    change: { revokedSessions },
  });
  return revokedSessions;
}
