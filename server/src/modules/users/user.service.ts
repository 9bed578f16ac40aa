import { createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from "node:crypto";
import argon2 from "argon2";
import type { DataSource } from "typeorm";
import type { Config } from "../../config";
import { Role, type AuthUser } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { AppError, badInput, conflict, isUniqueViolation, tooManyRequests, unauthenticated } from "../../shared/errors";
import { FailureLimiter } from "../../shared/rate-limit";
import { recordAudit, usersWithin } from "../audit/audit.service";
import { LoginOutcome } from "../logins/login-event.entity";
import { recordLoginAttempt } from "../logins/login-log.service";
import { buyerExists, buyerIdsInScope, buyerIdsInSubtree } from "../buyers/buyer.service";
import { enterpriseExists, enterpriseIdsInScope, enterpriseIdsInSubtree } from "../enterprises/enterprise.service";
import { inCountiesPairedWith } from "../pairings/pairing.service";
import { inSubtree, mustBeEast, mustBeWestCounty, regionNamed } from "../regions/region.service";
import {
  allOf,
  andWhere,
  anyOf,
  cond,
  EVERY_ROW,
  findInScope,
  param,
  scopeByRole,
  type Scope,
} from "../../shared/scoped";
import type { Page } from "../../shared/pagination";
import { containsPattern, poolQuery } from "../../shared/sql";
import { User, UserSession } from "./user.entity";
import type {
  AuthPayload,
  ChangePasswordInput,
  CreateUserInput,
  LoginInput,
  PasswordReset,
  SessionInfo,
  UpdateUserAccessInput,
  UpdateUserInput,
  UserFilter,
} from "./user.inputs";
import { UUID } from "../../shared/sql";
import { inTransaction } from "../../shared/context";
import { assertPasswordAcceptable, generateOneTimePassword } from "./password-policy";
import { msg } from "../../shared/messages";
import { EMAIL_PATTERN, maskEmail, piiAtRest, piiCipher, piiFor } from "../../shared/pii";

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
    /**
     * The per-username index of the per-account counts (which stay per address and username, so a
     * stranger cannot lock an account out everywhere): its failures from any address, read as
     * "locked" in 用户管理, and its unlock generation — an administrator's unlock opens a new
     * generation, which every per-account key names, so the old counts no longer apply.
     */
    perUsername: new FailureLimiter(ctx.counters, "login-user", LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowMs),
    unlocks: new FailureLimiter(ctx.counters, "login-unlock", Number.MAX_SAFE_INTEGER, LOGIN_LIMITS.windowMs),
    perAddress: new FailureLimiter(ctx.counters, "login-address", LOGIN_LIMITS.perAddress, LOGIN_LIMITS.windowMs),
    passwordChange: new FailureLimiter(ctx.counters, "password-change", LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowMs),
  };
}

const tooManyAttempts = (wait: number) =>
  tooManyRequests(
    msg(
      `尝试次数过多,请 ${Math.ceil(wait / 60)} 分钟后再试`,
      `Too many attempts, try again in ${Math.ceil(wait / 60)} min`,
    ),
    wait,
  );

/**
 * A session token as stored (user_session.token_hash): its HMAC under the server's secret. Every
 * signed-in request hashes its token to find its session: the secret is made a key once per
 * configuration and the hashes of the last tokens seen are kept (bounded: a full map is emptied),
 * as an HMAC per request was 2 % of an order operation's CPU (issue 14). Only the hash is decided
 * here: whether the session is open is read from the database on every request. The map holds the
 * tokens of recent requests in this process's memory, as each request's own headers do; it is
 * never logged or sent anywhere.
 */
const tokenHashers = new WeakMap<Config, { key: KeyObject; hashes: Map<string, string> }>();
const hashToken = (config: Config, token: string) => {
  let hasher = tokenHashers.get(config);
  if (!hasher)
    tokenHashers.set(config, (hasher = { key: createSecretKey(Buffer.from(config.tokenSecret)), hashes: new Map() }));
  let hash = hasher.hashes.get(token);
  if (hash === undefined) {
    hash = createHmac("sha256", hasher.key).update(token).digest("base64url");
    if (hasher.hashes.size >= 10_000) hasher.hashes.clear();
    hasher.hashes.set(token, hash);
  }
  return hash;
};

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
 * embedded database the pool's one connection is free here). Each attempt is counted before the
 * password is checked, in the same atomic step that reads the count, so of a burst of parallel
 * guesses from one address exactly the limit's thirty reach the password check.
 */
export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
  const limits = limitersOf(ctx);
  const username = input.username.trim().toLowerCase();
  const generation = await limits.unlocks.count(username);
  const accountKey = `${ctx.ip}|${username}|${generation}`;
  // Count-and-check in one atomic step per limit (an upsert … RETURNING, or INCR+PEXPIRE in one Lua
  // script): a read of the count followed by a later write let a parallel burst of 60 all read 29
  // and all reach the password check. An attempt that turns out to be no failure is given back.
  const addressWait = await limits.perAddress.attempt(ctx.ip);
  if (addressWait > 0) throw await loginRefused(ctx, LoginOutcome.LOCKED, username, null, tooManyAttempts(addressWait));
  const accountWait = await limits.perAccount.attempt(accountKey);
  if (accountWait > 0) {
    // Refused before the password check: the address's budget is for guesses, and this was none.
    await limits.perAddress.giveBack(ctx.ip);
    throw await loginRefused(ctx, LoginOutcome.LOCKED, username, null, tooManyAttempts(accountWait));
  }

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
    // The address's failure was counted by its attempt above.
    await limits.perUsername.fail(username);
    ctx.log.info({ event: "login_failed", ip: ctx.ip }, "login failed");
    // The login log: why it failed, and whether this failure locked the door.
    const locked =
      (await limits.perAccount.blockedFor(accountKey)) > 0 || (await limits.perAddress.blockedFor(ctx.ip)) > 0;
    const why = !user ? LoginOutcome.UNKNOWN_USER : !ok ? LoginOutcome.WRONG_PASSWORD : LoginOutcome.DISABLED;
    throw await loginRefused(
      ctx,
      locked ? LoginOutcome.LOCKED_OUT : why,
      username,
      user?.id ?? null,
      unauthenticated(msg("用户名或密码错误", "Wrong username or password")),
    );
  }
  await limits.perAccount.reset(accountKey);
  await limits.perUsername.reset(username);
  // A success is no failure: the address's thirty are for wrong passwords (an office behind one
  // address signs in all day), so its attempt is given back.
  await limits.perAddress.giveBack(ctx.ip);
  return inTransaction(ctx, async (tx) => {
    const lastLoginAt = new Date();
    await tx.manager.getRepository(User).update({ id: user.id }, { lastLoginAt });
    await recordLoginAttempt(tx, { outcome: LoginOutcome.SUCCESS, username, userId: user.id });
    return openSession(tx, Object.assign(user, { lastLoginAt }), "LOGIN");
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
  return signedInThrough(db, `s.token_hash = $1`, [hashToken(config, token)]);
}

/** The user of the one live session matching `where` (on alias `s`), or null. */
async function signedInThrough(db: DataSource, where: string, params: unknown[]): Promise<AuthUser | null> {
  const rows: {
    session_id: string;
    id: string;
    username: string;
    display_name: string;
    role: Role;
    region_id: string | null;
    buyer_id: string | null;
    enterprise_id: string | null;
    must_change_password: boolean;
  }[] = await poolQuery(
    db,
    `SELECT s.id AS session_id, u.id, u.username, u.display_name, u.role, u.region_id, u.buyer_id, u.enterprise_id,
            u.must_change_password
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE ${where} AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
    params,
    { prepared: true },
  );
  const r = rows[0];
  return r
    ? {
        sessionId: r.session_id,
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

/**
 * The image cookie (`xz_img`): an <img> tag cannot send the bearer token, so a signed image link
 * (products module) is checked against the user this cookie names. It carries the session's id and
 * a keyed MAC of it — not the token, so it authorises nothing but GET /images (its Path), and it
 * dies with its session (logout, expiry, an administrator's revocation, a disabled account).
 */
export const IMAGE_COOKIE = "xz_img";

const imageCookieMac = (config: Config, sessionId: string) =>
  createHmac("sha256", config.tokenSecret).update(`image-cookie:${sessionId}`).digest("base64url").slice(0, 32);

/** The image cookie's value for a session. */
export const imageCookieValue = (config: Config, sessionId: string) =>
  `${sessionId}.${imageCookieMac(config, sessionId)}`;

/** The user an image cookie names, when its MAC holds and its session is live; else null. */
export async function authenticateImageCookie(
  db: DataSource,
  config: Config,
  value: string | undefined,
): Promise<AuthUser | null> {
  const [sessionId, mac] = (value ?? "").split(".");
  if (!sessionId || !mac || !/^[0-9a-f-]{36}$/.test(sessionId)) return null;
  const want = Buffer.from(imageCookieMac(config, sessionId));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  return signedInThrough(db, `s.id = $1`, [sessionId]);
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
    if (!input.regionId) throw badInput("regionId", msg("请为该角色选择地区", "This role needs a region"));
    const region = await regionNamed(ctx, input.regionId, "regionId");
    if (input.role === Role.COORDINATOR)
      mustBeEast(region, "regionId", msg("协调员须属于支援方地区", "A coordinator belongs to an east region"));
    else
      mustBeWestCounty(region, "regionId", msg("县级干部须属于受援县", "A county official belongs to a west county"));
    regionId = region.id;
  }
  let buyerId: string | null = null;
  if (input.role === Role.BUYER) {
    if (!input.buyerId)
      throw badInput("buyerId", msg("采购人员须属于一个采购单位", "A buyer user acts for one buyer organisation"));
    if (!(await buyerExists(ctx, input.buyerId)))
      throw badInput("buyerId", msg("采购单位不存在", "Unknown buyer organisation"));
    buyerId = input.buyerId;
  }
  let enterpriseId: string | null = null;
  if (input.role === Role.ENTERPRISE) {
    if (!input.enterpriseId)
      throw badInput("enterpriseId", msg("企业用户须属于一个企业", "An enterprise user acts for one enterprise"));
    if (!(await enterpriseExists(ctx, input.enterpriseId)))
      throw badInput("enterpriseId", msg("企业不存在", "Unknown enterprise"));
    enterpriseId = input.enterpriseId;
  }
  return { regionId, buyerId, enterpriseId };
}

/** What a new account is: who, which role, the scope that role needs. */
export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  regionId?: string | null;
  buyerId?: string | null;
  enterpriseId?: string | null;
}

/**
 * Creates an account the caller may manage (its role and scope checked as at an access change),
 * with the password given, or — none given — a one-time password returned once that the user
 * must change at the first login. In the caller's transaction; audited.
 */
export async function createAccount(
  ctx: RequestContext,
  input: NewAccount,
  password: string | null,
): Promise<{ user: User; oneTimePassword: string | null }> {
  mayGiveRole(ctx, input.role);
  if (password !== null) assertPasswordAcceptable(password, input.username, "password");
  const { regionId, buyerId, enterpriseId } = await scopeFor(ctx, input);
  const oneTimePassword = password === null ? generateOneTimePassword(input.username) : null;
  let user: User;
  try {
    user = await ctx.manager.getRepository(User).save(
      Object.assign(new User(), {
        username: input.username,
        passwordHash: await hashPassword(password ?? oneTimePassword!),
        displayName: input.displayName.trim(),
        role: input.role,
        regionId,
        buyerId,
        enterpriseId,
        active: true,
        mustChangePassword: oneTimePassword !== null,
        passwordChangedAt: new Date(),
        lastLoginAt: null,
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(msg(`用户名 ${input.username} 已存在`, "Username already taken"));
    throw e;
  }
  await stillManaged(ctx, user);
  await recordAudit(ctx, {
    action: "USER_CREATED",
    entityType: "User",
    entityId: user.id,
    change: {
      after: {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        regionId,
        buyerId,
        enterpriseId,
        mustChangePassword: user.mustChangePassword,
      },
    },
  });
  delete (user as Partial<User>).passwordHash;
  return { user: managed(user), oneTimePassword };
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  return (await createAccount(ctx, input, input.password)).user;
}

/**
 * Links an ENTERPRISE user to the enterprise it acts for: for accounts created before enterprises
 * existed (the migration leaves them unlinked) or moved to another company. Takes effect at once,
 * also for sessions already signed in (the session reads the link at every request).
 */
export async function linkEnterpriseUser(ctx: RequestContext, userId: string, enterpriseId: string): Promise<User> {
  const user = UUID.test(userId) ? await ctx.manager.getRepository(User).findOneBy({ id: userId }) : null;
  if (!user) throw badInput("userId", msg("用户不存在", "Unknown user"));
  if (user.role !== Role.ENTERPRISE)
    throw badInput("userId", msg("只能关联企业用户", "Only enterprise users act for an enterprise"));
  if (!(await enterpriseExists(ctx, enterpriseId)))
    throw badInput("enterpriseId", msg("企业不存在", "Unknown enterprise"));
  await ctx.manager.getRepository(User).update({ id: user.id }, { enterpriseId });
  await recordAudit(ctx, {
    action: "USER_ENTERPRISE_LINKED",
    entityType: "User",
    entityId: user.id,
    change: { before: user.enterpriseId, after: enterpriseId },
  });
  return Object.assign(user, { enterpriseId });
}

/**
 * The accounts the caller manages, on alias `alias` — the one rule for 用户管理's list and for
 * every change to an account:
 * - an administrator: every account;
 * - a coordinator: the county officials of the west counties paired with its region, the users of
 *   the buyers in its scope and of the enterprises in its scope; never an administrator or a
 *   coordinator;
 * - everyone else: none.
 * An account outside it is NOT_FOUND (not confirmed to exist, like any row out of scope); a role
 * or scope the caller may not give (creating, or changing an account's access) is FORBIDDEN,
 * naming the field.
 */
export const manageableUsers = (ctx: RequestContext, alias = "u"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) =>
      anyOf(
        allOf(cond`${alias}.role = 'COUNTY_OFFICIAL'`, inCountiesPairedWith(`${alias}.region_id`, u.regionId)),
        cond`${alias}.role = 'BUYER' AND ${alias}.buyer_id IN ${buyerIdsInScope(ctx)}`,
        cond`${alias}.role = 'ENTERPRISE' AND ${alias}.enterprise_id IN ${enterpriseIdsInScope(ctx, "mue")}`,
      ),
  });

/** Users returned to whoever manages them (list and changes): their account state is shown (see the resolver). */
export const returnedToManager = new WeakSet<User>();

const managed = (user: User) => (returnedToManager.add(user), user);

/** 用户管理's list: the accounts the caller manages, filtered, by username. */
export async function listUsers(
  ctx: RequestContext,
  filter: UserFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<User>> {
  const qb = andWhere(ctx.manager.getRepository(User).createQueryBuilder("u"), manageableUsers(ctx));
  if (filter?.role) andWhere(qb, cond`u.role = ${param(filter.role)}`);
  if (filter?.active != null) andWhere(qb, cond`u.active = ${param(filter.active)}`);
  if (filter?.regionId) {
    if (!UUID.test(filter.regionId)) throw badInput("regionId", msg("地区不存在", "Unknown region"));
    andWhere(
      qb,
      anyOf(
        inSubtree("u.region_id", filter.regionId),
        cond`u.buyer_id IN ${buyerIdsInSubtree(filter.regionId)}`,
        cond`u.enterprise_id IN ${enterpriseIdsInSubtree(filter.regionId)}`,
      ),
    );
  }
  if (filter?.search?.trim()) {
    const s = param(containsPattern(filter.search));
    andWhere(qb, cond`(u.username LIKE ${s} OR u.display_name LIKE ${s})`);
  }
  qb.orderBy("u.username", "ASC").addOrderBy("u.id", "ASC");
  if (filter?.locked == null) {
    const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
    return { nodes: nodes.map(managed), totalCount, offset, first };
  }
  // Locks live in the shared counter store, not in a column: the accounts the other filters
  // leave (at most LOCK_FILTER_LIMIT) are looked up there, then paged here.
  const candidates = await qb.limit(LOCK_FILTER_LIMIT).getMany();
  const locks = limitersOf(ctx).perUsername;
  const matching: User[] = [];
  for (let i = 0; i < candidates.length; i += 50) {
    const batch = candidates.slice(i, i + 50);
    const waits = await Promise.all(batch.map((u) => locks.blockedFor(u.username.toLowerCase())));
    batch.forEach((u, k) => {
      if (waits[k] > 0 === filter.locked) matching.push(u);
    });
  }
  return { nodes: matching.slice(offset, offset + first).map(managed), totalCount: matching.length, offset, first };
}

/** The most accounts the lock filter looks up (an office has a few hundred). */
const LOCK_FILTER_LIMIT = 2000;

/**
 * The account the caller acts on: one it manages (NOT_FOUND otherwise, field userId), never its
 * own (no locking oneself out).
 */
async function managedAccount(ctx: RequestContext, userId: string, what: string): Promise<User> {
  const user = await findInScope(ctx, User, "u", manageableUsers(ctx), userId, msg("用户", "User"), "userId");
  if (user.id === ctx.user?.id)
    throw badInput("userId", msg(`不能${what}自己的账号`, "You cannot do this to your own account"));
  return managed(user);
}

/**
 * After a create or an access change, in its transaction: the account must still be one the caller
 * manages — FORBIDDEN naming the field otherwise (the transaction rolls back: nothing written).
 * The role is checked first: a coordinator never gives ADMIN or COORDINATOR.
 */
function mayGiveRole(ctx: RequestContext, role: Role) {
  if (ctx.user?.role !== Role.ADMIN && role !== Role.COUNTY_OFFICIAL && role !== Role.BUYER && role !== Role.ENTERPRISE)
    throw new AppError("FORBIDDEN", msg("无权授予该角色", "You may not give this role"), { field: "role" });
}

async function stillManaged(ctx: RequestContext, user: User) {
  if (ctx.user?.role === Role.ADMIN) return;
  const rows = await andWhere(
    ctx.manager.getRepository(User).createQueryBuilder("u").select("u.id"),
    manageableUsers(ctx),
  )
    .andWhere("u.id = :managedId", { managedId: user.id })
    .getCount();
  if (!rows) {
    const field = user.role === Role.BUYER ? "buyerId" : user.role === Role.ENTERPRISE ? "enterpriseId" : "regionId";
    throw new AppError("FORBIDDEN", msg("超出您的管理范围", "Outside the accounts you manage"), { field });
  }
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
    change: { before: { active: !active }, after: { active }, revokedSessions },
  });
  return Object.assign(user, { active });
}

/** Changes an account's role and scope (checked as at creation); its sessions are revoked. */
export async function updateUserAccess(ctx: RequestContext, input: UpdateUserAccessInput): Promise<User> {
  const user = await managedAccount(ctx, input.userId, "修改");
  mayGiveRole(ctx, input.role);
  const scope = await scopeFor(ctx, input);
  const before = { role: user.role, regionId: user.regionId, buyerId: user.buyerId, enterpriseId: user.enterpriseId };
  const after = { role: input.role, ...scope };
  await ctx.manager.getRepository(User).update({ id: user.id }, after);
  await stillManaged(ctx, Object.assign(new User(), user, after));
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
    change: {
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: true },
      revokedSessions,
    },
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
    throw badInput("currentPassword", msg("当前密码不正确", "The current password is wrong"));
  }
  assertPasswordAcceptable(input.newPassword, user.username, "newPassword");
  if (await argon2.verify(user.passwordHash, input.newPassword).catch(() => false)) {
    throw badInput("newPassword", msg("新密码不能与当前密码相同", "Choose a password different from the current one"));
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

/** A manager renames an account (its display name); nothing it may do changes, so its sessions stay. */
export async function updateUser(ctx: RequestContext, input: UpdateUserInput): Promise<User> {
  const user = await findInScope(ctx, User, "u", manageableUsers(ctx), input.userId, msg("用户", "User"), "userId");
  const displayName = input.displayName.trim();
  if (!displayName) throw badInput("displayName", msg("请输入姓名", "Enter a name"));
  if (displayName === user.displayName) return managed(user);
  await ctx.manager.getRepository(User).update({ id: user.id }, { displayName });
  await recordAudit(ctx, {
    action: "USER_UPDATED",
    entityType: "User",
    entityId: user.id,
    change: { before: { displayName: user.displayName }, after: { displayName } },
  });
  return managed(Object.assign(user, { displayName }));
}

const EMAIL_FIELD = "email";

/**
 * An e-mail address as given (trimmed; empty clears it), or BAD_USER_INPUT naming `email` that never
 * repeats what was sent.
 */
function checkedEmail(email: string | null | undefined): string | null {
  const v = (email ?? "").trim();
  if (!v) return null;
  if (v.length > 254 || !EMAIL_PATTERN.test(v))
    throw badInput(EMAIL_FIELD, msg("请输入有效的电子邮箱地址", "Enter a valid e-mail address"));
  return v;
}

/**
 * Sets (or, with null or "", clears) an account's e-mail address for reminders by mail. Who: the
 * user for itself (`setMyEmail`), an administrator for anyone (`setUserEmail`). Audited with the
 * masks only: the trail is read by more people than may see the address.
 */
export async function setUserEmail(ctx: RequestContext, userId: string, email: string | null): Promise<User> {
  const value = checkedEmail(email);
  const own = userId === ctx.user?.id;
  const user = own
    ? await ctx.manager.getRepository(User).findOneByOrFail({ id: userId })
    : await findInScope(ctx, User, "u", manageableUsers(ctx), userId, msg("用户", "User"), "userId");
  const secret = ctx.config.piiSecret;
  const current = piiFor(secret, { enc: user.emailEnc, masked: user.emailMasked }, true);
  if (current === value) return own ? user : managed(user);
  const { enc, masked } = piiAtRest(secret, value, maskEmail);
  await ctx.manager.getRepository(User).update({ id: user.id }, { emailEnc: enc, emailMasked: masked });
  await recordAudit(ctx, {
    action: "USER_EMAIL_CHANGED",
    entityType: "User",
    entityId: user.id,
    change: { before: { email: user.emailMasked }, after: { email: masked } },
  });
  Object.assign(user, { emailEnc: enc, emailMasked: masked });
  return own ? user : managed(user);
}

/**
 * For the reminders job: the e-mail addresses of these users that have one (active accounts only).
 * Never exposed to GraphQL; the caller mails and logs no address.
 */
export async function emailsOfUsers(ctx: RequestContext, userIds: string[]): Promise<Map<string, string>> {
  if (!userIds.length) return new Map();
  const rows: { id: string; enc: string }[] = await ctx.manager.query(
    `SELECT id, email_enc AS enc FROM app_user WHERE active AND email_enc IS NOT NULL AND id = ANY($1::uuid[])`,
    [userIds],
  );
  const pii = piiCipher(ctx.config.piiSecret);
  return new Map(rows.map((r) => [r.id, pii.decrypt(r.enc)]));
}

/**
 * When the account's failed logins lock it (from some address), the end of the lock; else null.
 * Read from the per-username index (see limitersOf).
 */
export async function lockedUntil(ctx: RequestContext, user: User): Promise<Date | null> {
  const wait = await limitersOf(ctx).perUsername.blockedFor(user.username.toLowerCase());
  return wait > 0 ? new Date(Date.now() + wait * 1000) : null;
}

/**
 * A manager unlocks an account its failed logins locked: a new unlock generation makes every
 * address's count for it start again, and the per-username index is cleared. The counts live in
 * the shared store and go through the pool, outside the transaction (as login's: on the embedded
 * database the pool's one connection would be held by it); the audit entry is its own transaction.
 */
export async function unlockUser(ctx: RequestContext, userId: string): Promise<User> {
  const user = await findInScope(ctx, User, "u", manageableUsers(ctx), userId, msg("用户", "User"), "userId");
  const limits = limitersOf(ctx);
  const username = user.username.toLowerCase();
  const wasLocked = (await limits.perUsername.blockedFor(username)) > 0;
  await limits.unlocks.fail(username);
  await limits.perUsername.reset(username);
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, {
      action: "USER_UNLOCKED",
      entityType: "User",
      entityId: user.id,
      change: { before: { locked: wasLocked }, after: { locked: false } },
    }),
  );
  return managed(user);
}

/**
 * For system jobs (the daily reminders, modules/notifications): the active users acting for these
 * buyer organisations, as (user id, buyer id). No scope: never exposed to GraphQL.
 */
export async function activeUsersOfBuyers(
  ctx: RequestContext,
  buyerIds: string[],
): Promise<{ userId: string; buyerId: string }[]> {
  if (!buyerIds.length) return [];
  const rows: { id: string; buyer_id: string }[] = await ctx.manager.query(
    `SELECT id, buyer_id FROM app_user WHERE active AND buyer_id = ANY($1::uuid[]) ORDER BY id`,
    [buyerIds],
  );
  return rows.map((r) => ({ userId: r.id, buyerId: r.buyer_id }));
}

/**
 * For system jobs (the daily reminders): the active county officials, as the signed-in user each
 * would be, so a job can ask a module "what is outstanding for this person" through the person's own
 * scope. No scope of its own: never exposed to GraphQL.
 */
export async function activeCountyOfficials(ctx: RequestContext): Promise<AuthUser[]> {
  const rows: { id: string; username: string; display_name: string; region_id: string | null }[] =
    await ctx.manager.query(
      `SELECT id, username, display_name, region_id FROM app_user WHERE active AND role = $1 ORDER BY id`,
      [Role.COUNTY_OFFICIAL],
    );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: Role.COUNTY_OFFICIAL,
    regionId: r.region_id,
    buyerId: null,
  }));
}
