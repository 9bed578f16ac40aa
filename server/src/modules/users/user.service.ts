import { createHmac, randomBytes } from "node:crypto";
import argon2 from "argon2";
import type { DataSource } from "typeorm";
import type { Config } from "../../config";
import { Role, type AuthUser } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { badInput, conflict, isUniqueViolation, tooManyRequests, unauthenticated, rethrowUnlessRefused } from "../../shared/errors";
import { FailureLimiter } from "../../shared/rate-limit";
import { recordAudit } from "../audit/audit.service";
import { buyerExists } from "../buyers/buyer.service";
import { enterpriseExists } from "../enterprises/enterprise.service";
import { RegionLevel, RegionSide } from "../regions/region.entity";
import { getRegion } from "../regions/region.service";
import { User, UserSession } from "./user.entity";
import type { AuthPayload, CreateUserInput, LoginInput } from "./user.inputs";
import { UUID } from "../../shared/sql";

/** OWASP's argon2id baseline (19 MiB, 2 passes): ~25 ms a hash on this machine's cores. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, ARGON2_OPTIONS);

/** Verified against when the username is unknown, so both paths cost the same time. */
let dummyHash: Promise<string> | null = null;

/** Five failures per username and address, or thirty per address, lock the door for 15 minutes. */
const perAccount = new FailureLimiter(5, 15 * 60_000);
const perAddress = new FailureLimiter(30, 15 * 60_000);

export function resetLoginLimits() {
  for (const l of [perAccount, perAddress]) (l as unknown as { hits: Map<string, unknown> }).hits.clear();
}

const hashToken = (config: Config, token: string) => createHmac("sha256", config.tokenSecret).update(token).digest("base64url");

export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
  const username = input.username.trim().toLowerCase();
  const accountKey = `${ctx.ip}|${username}`;
  const wait = Math.max(perAccount.blockedFor(accountKey), perAddress.blockedFor(ctx.ip));
  if (wait > 0) throw tooManyRequests(`登录尝试过多,请 ${Math.ceil(wait / 60)} 分钟后再试 / Too many attempts, try again in ${Math.ceil(wait / 60)} min`, wait);

  const user = await ctx.manager
    .getRepository(User)
    .createQueryBuilder("u")
    .addSelect("u.passwordHash")
    .where("lower(u.username) = :username AND u.active", { username })
    .getOne();
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  const ok = await argon2.verify(user?.passwordHash ?? (await dummyHash), input.password).catch(() => false);
  if (!user || !ok) {
    perAccount.fail(accountKey);
    perAddress.fail(ctx.ip);
    ctx.log.info({ event: "login_failed", ip: ctx.ip }, "login failed");
    throw unauthenticated("用户名或密码错误 / Wrong username or password");
  }
  perAccount.reset(accountKey);

  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + ctx.config.tokenTtlHours * 3600_000);
  const session = await ctx.manager.getRepository(UserSession).save(
    Object.assign(new UserSession(), { userId: user.id, tokenHash: hashToken(ctx.config, token), expiresAt, revokedAt: null }),
  );
  await recordAudit(ctx, { actorId: user.id, action: "LOGIN", entityType: "UserSession", entityId: session.id, change: { ip: ctx.ip, expiresAt } });
  delete (user as Partial<User>).passwordHash;
  return { token, expiresAt, user };
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  if (!ctx.token || !ctx.user) return false;
  const result = await ctx.manager.query(
    `UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id`,
    [hashToken(ctx.config, ctx.token)],
  );
  const rows = (Array.isArray(result[0]) ? result[0] : result) as { id: string }[];
  if (rows.length) await recordAudit(ctx, { action: "LOGOUT", entityType: "UserSession", entityId: rows[0].id, change: {} });
  return rows.length > 0;
}

/** Resolves a bearer token to its user; null when unknown, expired, revoked or the user is disabled. */
export async function authenticate(db: DataSource, config: Config, token: string): Promise<AuthUser | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const rows: { id: string; username: string; display_name: string; role: Role; region_id: string | null; buyer_id: string | null; enterprise_id: string | null }[] = await db.query(
    `SELECT u.id, u.username, u.display_name, u.role, u.region_id, u.buyer_id, u.enterprise_id
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
    [hashToken(config, token)],
  );
  const r = rows[0];
  return r ? { id: r.id, username: r.username, displayName: r.display_name, role: r.role, regionId: r.region_id, buyerId: r.buyer_id, enterpriseId: r.enterprise_id } : null;
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  let regionId: string | null = null;
  if (input.role === Role.COORDINATOR || input.role === Role.COUNTY_OFFICIAL) {
    if (!input.regionId) throw badInput("regionId", "请为该角色选择地区 / This role needs a region");
    const region = await getRegion(ctx, input.regionId).catch((e) => {
      rethrowUnlessRefused(e);
      throw badInput("regionId", "地区不存在 / Unknown region");
    });
    if (input.role === Role.COORDINATOR && region.side !== RegionSide.EAST) {
      throw badInput("regionId", "协调员须属于支援方地区 / A coordinator belongs to an east region");
    }
    if (input.role === Role.COUNTY_OFFICIAL && (region.side !== RegionSide.WEST || region.level !== RegionLevel.COUNTY)) {
      throw badInput("regionId", "县级干部须属于受援县 / A county official belongs to a west county");
    }
    regionId = region.id;
  }
  let buyerId: string | null = null;
  if (input.role === Role.BUYER) {
    if (!input.buyerId) throw badInput("buyerId", "采购人员须属于一个采购单位 / A buyer user acts for one buyer organisation");
    if (!(await buyerExists(ctx, input.buyerId))) throw badInput("buyerId", "采购单位不存在 / Unknown buyer organisation");
    buyerId = input.buyerId;
  }
  let enterpriseId: string | null = null;
  if (input.role === Role.ENTERPRISE) {
    if (!input.enterpriseId) throw badInput("enterpriseId", "企业用户须属于一个企业 / An enterprise user acts for one enterprise");
    if (!(await enterpriseExists(ctx, input.enterpriseId))) throw badInput("enterpriseId", "企业不存在 / Unknown enterprise");
    enterpriseId = input.enterpriseId;
  }
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
  if (user.role !== Role.ENTERPRISE) throw badInput("userId", "只能关联企业用户 / Only enterprise users act for an enterprise");
  if (!(await enterpriseExists(ctx, enterpriseId))) throw badInput("enterpriseId", "企业不存在 / Unknown enterprise");
  await ctx.manager.getRepository(User).update({ id: user.id }, { enterpriseId });
  await recordAudit(ctx, { action: "USER_ENTERPRISE_LINKED", entityType: "User", entityId: user.id, change: { before: user.enterpriseId, after: enterpriseId } });
  return Object.assign(user, { enterpriseId });
}
