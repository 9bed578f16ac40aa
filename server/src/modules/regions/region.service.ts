import { Brackets } from "typeorm";
import { loader, type RequestContext } from "../../shared/context";
import { Role } from "../../shared/auth";
import { badInput, conflict, forbidden, isUniqueViolation, notFound } from "../../shared/errors";
import { recordAudit } from "../audit/audit.service";
import type { Page } from "../../shared/pagination";
import { Region, RegionLevel, RegionSide } from "./region.entity";
import {
  RegionOrderField,
  type CreateRegionInput,
  type RegionFilter,
  type RegionOrder,
  type UpdateRegionInput,
} from "./region.inputs";
import { regionById } from "./region.loaders";
import { UUID, containsPattern } from "../../shared/sql";
import { inSubtree } from "./region.scope";
import { cond, identifier, param, type Scope } from "../../shared/scoped";
import { msg } from "../../shared/messages";

/** Regions are public reference data: every signed-in user may read them. */
export async function listRegions(
  ctx: RequestContext,
  filter: RegionFilter | undefined,
  order: RegionOrder | undefined,
  offset: number,
  first: number,
): Promise<Page<Region>> {
  const qb = ctx.manager.getRepository(Region).createQueryBuilder("r");
  if (filter?.side) qb.andWhere("r.side = :side", { side: filter.side });
  if (filter?.level) qb.andWhere("r.level = :level", { level: filter.level });
  if (filter?.parentId) qb.andWhere("r.parent_id = :parentId", { parentId: filter.parentId });
  if (filter?.withinId) {
    const { sql, params } = inSubtree("r.id", filter.withinId);
    qb.andWhere(sql, params);
  }
  if (filter?.search?.trim()) {
    const s = containsPattern(filter.search);
    qb.andWhere(
      new Brackets((w) => w.where("r.name LIKE :s", { s }).orWhere("r.short_name LIKE :s").orWhere("r.code LIKE :s")),
    );
  }
  const column = order?.field === RegionOrderField.NAME ? "r.name" : "r.code";
  qb.orderBy(column, order?.direction ?? "ASC").addOrderBy("r.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

export async function getRegion(ctx: RequestContext, id: string): Promise<Region> {
  const region = await loader(ctx, regionById).load(id);
  if (!region) throw notFound(msg("地区", "Region"));
  return region;
}

export async function findRegionByCode(ctx: RequestContext, code: string): Promise<Region | null> {
  return ctx.manager.getRepository(Region).findOneBy({ code });
}

/** True when `regionId` is `ancestorId` or lies below it. */
export async function isWithin(ctx: RequestContext, regionId: string, ancestorId: string): Promise<boolean> {
  const rows = await ctx.manager.query(`SELECT 1 FROM region_closure WHERE ancestor_id = $1 AND descendant_id = $2`, [
    ancestorId,
    regionId,
  ]);
  return rows.length > 0;
}

export interface NewRegion {
  code: string;
  name: string;
  shortName: string;
  side: RegionSide;
  level: RegionLevel;
  parentCode: string | null;
}

/** Inserts a region and its closure rows (reference data; used by the demo loader and admins). */
export async function createRegion(ctx: RequestContext, input: NewRegion): Promise<Region> {
  const parent = input.parentCode ? await findRegionByCode(ctx, input.parentCode) : null;
  if (input.parentCode && !parent)
    throw notFound(msg(`上级地区 ${input.parentCode}`, `Parent region ${input.parentCode}`));
  return insertRegion(ctx, input, parent);
}

async function insertRegion(ctx: RequestContext, input: Omit<NewRegion, "parentCode">, parent: Region | null) {
  const region = await ctx.manager.getRepository(Region).save(
    Object.assign(new Region(), {
      code: input.code,
      name: input.name,
      shortName: input.shortName,
      side: input.side,
      level: input.level,
      parentId: parent?.id ?? null,
    }),
  );
  await ctx.manager.query(
    `INSERT INTO region_closure (ancestor_id, descendant_id, depth)
     SELECT $1::uuid, $1::uuid, 0
     UNION ALL
     SELECT ancestor_id, $1::uuid, depth + 1 FROM region_closure WHERE descendant_id = $2::uuid`,
    [region.id, parent?.id ?? null],
  );
  return region;
}

/*
 * GB/T 2260 (中华人民共和国行政区划代码): six digits, two per level. A province is XX0000, a
 * prefecture XXYY00, a county XXYYZZ with ZZ ≠ 00, so the level follows from the code. A region's
 * code extends its parent's prefix: a prefecture shares its province's first two digits, a county
 * its prefecture's first four. A municipality's districts (北京 110101) may sit directly under the
 * province when no prefecture of their first four digits exists. Each refusal is BAD_USER_INPUT
 * naming the field; the message never repeats the code sent.
 */
export const CODE_FORMAT = msg("行政区划代码须为 6 位数字", "The code must be six digits (GB/T 2260)");
export const CODE_NOT_UNDER_PARENT = msg("代码须以上级地区的代码开头", "The code must extend its parent's code");
export const LEVEL_MISMATCH = msg("级别与代码不符", "The level does not match the code");
export const PARENT_LEVEL = msg("上级地区的级别不对", "The parent is not one level up");
export const PROVINCE_HAS_NO_PARENT = msg("省级地区没有上级", "A province has no parent");
export const CHOOSE_PARENT = msg("请选择上级地区", "Choose the region above");
export const SIDE_FOLLOWS_PARENT = msg("须与上级地区同属一方", "The side must be the parent's");
export const CHOOSE_SIDE = msg("请选择支援方或受援方", "Choose east or west");

/** The level a well-formed GB/T 2260 code names; BAD_USER_INPUT on `code` for a malformed one. */
export function levelOfCode(code: string): RegionLevel {
  if (!/^[0-9]{6}$/.test(code) || code.startsWith("00")) throw badInput("code", CODE_FORMAT);
  if (code.endsWith("0000")) return RegionLevel.PROVINCE;
  if (code.endsWith("00")) return RegionLevel.PREFECTURE;
  return RegionLevel.COUNTY;
}

/**
 * The level and side a new region with `code` under `parent` takes, or BAD_USER_INPUT naming the
 * field that breaks a rule. `level` and `side`, when given, must agree with what follows.
 */
export function checkRegionCode(
  code: string,
  parent: Pick<Region, "code" | "level" | "side"> | null,
  given: { level?: RegionLevel | null; side?: RegionSide | null } = {},
): { level: RegionLevel; side: RegionSide } {
  const level = levelOfCode(code);
  if (given.level && given.level !== level) throw badInput("level", LEVEL_MISMATCH);
  if (level === RegionLevel.PROVINCE) {
    if (parent) throw badInput("parentId", PROVINCE_HAS_NO_PARENT);
    if (!given.side) throw badInput("side", CHOOSE_SIDE);
    return { level, side: given.side };
  }
  if (!parent) throw badInput("parentId", CHOOSE_PARENT);
  const fits =
    level === RegionLevel.PREFECTURE
      ? parent.level === RegionLevel.PROVINCE
      : parent.level === RegionLevel.PREFECTURE || parent.level === RegionLevel.PROVINCE;
  if (!fits) throw badInput("parentId", PARENT_LEVEL);
  const prefix = parent.level === RegionLevel.PROVINCE ? 2 : 4;
  if (code.slice(0, prefix) !== parent.code.slice(0, prefix)) throw badInput("code", CODE_NOT_UNDER_PARENT);
  if (given.side && given.side !== parent.side) throw badInput("side", SIDE_FOLLOWS_PARENT);
  return { level, side: parent.side };
}

/**
 * Adds a region below an existing one (administrators: anywhere, a province too). A coordinator
 * adds east regions below its own region only (青岛 a county-level city beside 胶州); west regions — the counties that receive
 * help — are set up by an administrator, so a coordinator cannot create or rename them (it could
 * otherwise widen its own reach). Audited; the closure rows are written with it.
 */
export async function addRegion(ctx: RequestContext, input: CreateRegionInput): Promise<Region> {
  const u = ctx.user;
  const name = requiredName(input.name, "name");
  const shortName = requiredName(input.shortName, "shortName");
  const parent = input.parentId ? await regionNamed(ctx, input.parentId, "parentId") : null;
  if (u?.role === Role.COORDINATOR) {
    if (!parent) throw badInput("parentId", CHOOSE_PARENT);
    if (parent.side !== RegionSide.EAST || !(await isWithin(ctx, parent.id, u.regionId!)))
      throw badInput("parentId", OUTSIDE_YOUR_REGION);
  }
  const { level, side } = checkRegionCode(input.code, parent, input);
  if (parent?.level === RegionLevel.PROVINCE && level === RegionLevel.COUNTY) {
    // A county sits under its prefecture when there is one (370285 under 青岛市, not 山东省).
    const prefecture = await findRegionByCode(ctx, `${input.code.slice(0, 4)}00`);
    if (prefecture) throw badInput("parentId", msg(`须属于${prefecture.name}`, `Belongs under ${prefecture.code}`));
  }
  if (await findRegionByCode(ctx, input.code)) throw conflict(CODE_TAKEN, "code");
  let region: Region;
  try {
    region = await insertRegion(ctx, { code: input.code, name, shortName, side, level }, parent);
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(CODE_TAKEN, "code");
    throw e;
  }
  await recordAudit(ctx, {
    action: "REGION_CREATED",
    entityType: "Region",
    entityId: region.id,
    change: { before: null, after: { code: region.code, name, shortName, side, level, parentId: parent?.id ?? null } },
  });
  return region;
}

export const CODE_TAKEN = msg("该行政区划代码已存在", "A region with this code exists");

function requiredName(text: string, field: string): string {
  const v = text.trim();
  if (!v) throw badInput(field, msg("请填写名称", "Enter a name"));
  return v;
}

/**
 * Renames a region (name, short name; the code, level, side and place in the tree never change,
 * records hang on them). Administrators any; a coordinator the east regions strictly below its own,
 * FORBIDDEN otherwise (regions are public, so saying no confirms nothing).
 */
export async function updateRegion(ctx: RequestContext, id: string, input: UpdateRegionInput): Promise<Region> {
  const region = await regionNamed(ctx, id, "id");
  const u = ctx.user;
  if (
    u?.role === Role.COORDINATOR &&
    (region.id === u.regionId || region.side !== RegionSide.EAST || !(await isWithin(ctx, region.id, u.regionId!)))
  )
    throw forbidden(msg("只能修改本辖区下级地区", "Only regions below your own"));
  const after = {
    name: input.name != null ? requiredName(input.name, "name") : region.name,
    shortName: input.shortName != null ? requiredName(input.shortName, "shortName") : region.shortName,
  };
  const before = { name: region.name, shortName: region.shortName };
  if (before.name === after.name && before.shortName === after.shortName) return region;
  await ctx.manager.getRepository(Region).update({ id: region.id }, after);
  await recordAudit(ctx, {
    action: "REGION_UPDATED",
    entityType: "Region",
    entityId: region.id,
    change: { before, after },
  });
  return Object.assign(new Region(), region, after);
}

/**
 * A region's `field` for the region id in another module's `column`, as a scalar sub-select: that
 * module sorts its rows by region without naming the region table.
 */
export const regionField = (column: string, field: "code" | "short_name") =>
  `(SELECT rf.${field} FROM region rf WHERE rf.id = ${identifier(column)})`;

/** The ids of the regions whose name, short name or code matches the LIKE `pattern`, as a sub-select. */
export function regionIdsMatching(pattern: string): Scope {
  const p = param(pattern);
  return cond`(SELECT rm.id FROM region rm WHERE rm.name LIKE ${p} OR rm.short_name LIKE ${p} OR rm.code LIKE ${p})`;
}

/*
 * The region rules every write that names a region obeys, in one place (issue 9). A write names
 * an east region (支援方: a buyer's, an enterprise's home, a fair's, a job's location, a delegation's)
 * or a west county (受援县: a supplier's, a worker's, a project's, a quota split's). A refusal is
 * BAD_USER_INPUT naming the input `field`; regions are public reference data, so saying that an id
 * names no region, or the wrong side, confirms nothing private. Whether the caller may act for a
 * west county is the pairings module's question (`checkCountiesInReach`, or `westCountyInReach` /
 * `westCountiesInReach` there, which compose these with it).
 */
export const UNKNOWN_REGION = msg("地区不存在", "Unknown region");
export const MUST_BE_EAST_REGION = msg("须为支援方地区", "Must be an east region");
export const MUST_BE_WEST_REGION = msg("须为受援方地区", "Must be a west region");
export const MUST_BE_WEST_COUNTY = msg("须为受援县", "Must be a west county");
export const OUTSIDE_YOUR_REGION = msg("不在您的辖区", "Outside your region");
export const CHOOSE_REGION = msg("请选择地区", "Choose a region");
export const CHOOSE_WEST_COUNTY = msg("请选择受援县", "Choose a west county");

/** `region` when it is on the east side (支援方); BAD_USER_INPUT naming `field` otherwise. */
export function mustBeEast(region: Region, field: string, message = MUST_BE_EAST_REGION): Region {
  if (region.side !== RegionSide.EAST) throw badInput(field, message);
  return region;
}

/** `region` when it is on the west side (受援方), at any level; BAD_USER_INPUT naming `field` otherwise. */
export function mustBeWest(region: Region, field: string, message = MUST_BE_WEST_REGION): Region {
  if (region.side !== RegionSide.WEST) throw badInput(field, message);
  return region;
}

/** `region` when it is a west county (受援县); BAD_USER_INPUT naming `field` otherwise. */
export function mustBeWestCounty(region: Region, field: string, message = MUST_BE_WEST_COUNTY): Region {
  if (region.side !== RegionSide.WEST || region.level !== RegionLevel.COUNTY) throw badInput(field, message);
  return region;
}

/** The region `id` names; BAD_USER_INPUT naming `field` when it names none. Through the request's loader. */
export async function regionNamed(ctx: RequestContext, id: string, field: string): Promise<Region> {
  if (!UUID.test(id)) throw badInput(field, UNKNOWN_REGION);
  const region = await loader(ctx, regionById).load(id);
  if (!region) throw badInput(field, UNKNOWN_REGION);
  return region;
}

/**
 * The east region `id` names, one the caller may act for: a coordinator only inside its own
 * subtree (it records for its own side), admins and others any (their role decorators and row
 * scopes limit them elsewhere). `message` replaces the side wording where the domain says it better.
 */
export async function eastRegionInReach(
  ctx: RequestContext,
  id: string,
  field: string,
  message = MUST_BE_EAST_REGION,
): Promise<Region> {
  const region = mustBeEast(await regionNamed(ctx, id, field), field, message);
  const u = ctx.user;
  if (u?.role === Role.COORDINATOR && !(await isWithin(ctx, region.id, u.regionId!)))
    throw badInput(field, OUTSIDE_YOUR_REGION);
  return region;
}

/**
 * The east region an input names or, when it names none, the caller's own (a coordinator's), in
 * the caller's reach (`eastRegionInReach`). BAD_USER_INPUT `choose` when there is neither (an admin
 * must name one).
 */
export async function eastRegionOrOwn(
  ctx: RequestContext,
  id: string | null | undefined,
  field: string,
  choose = CHOOSE_REGION,
): Promise<Region> {
  const u = ctx.user;
  const named = id ?? (u?.role === Role.COORDINATOR ? u.regionId : null);
  if (!named) throw badInput(field, choose);
  return eastRegionInReach(ctx, named, field);
}

/**
 * The west county an input names or, when it names none, the caller's own (a county official's),
 * checked to be a west county (`westCountyNamed`; reach is `checkCountiesInReach`'s).
 * BAD_USER_INPUT `choose` when there is neither.
 */
export async function westCountyOrOwn(
  ctx: RequestContext,
  id: string | null | undefined,
  field: string,
  choose = CHOOSE_WEST_COUNTY,
): Promise<Region> {
  const u = ctx.user;
  const named = id ?? (u?.role === Role.COUNTY_OFFICIAL ? u.regionId : null);
  if (!named) throw badInput(field, choose);
  return westCountyNamed(ctx, named, field);
}

/** The west county `id` names (existence and side only; reach is `checkCountiesInReach`'s). */
export async function westCountyNamed(
  ctx: RequestContext,
  id: string,
  field: string,
  message = MUST_BE_WEST_COUNTY,
): Promise<Region> {
  return mustBeWestCounty(await regionNamed(ctx, id, field), field, message);
}

/**
 * The ids, without duplicates, each checked to be a west county (one batched load). A list names
 * the offending county in Chinese so a person can find it among several.
 */
export async function westCountiesNamed(ctx: RequestContext, ids: string[], field: string): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.some((id) => !UUID.test(id))) throw badInput(field, UNKNOWN_REGION);
  const regions = await loader(ctx, regionById).loadMany(unique);
  for (const r of regions) {
    if (r instanceof Error) throw r;
    if (!r) throw badInput(field, UNKNOWN_REGION);
    mustBeWestCounty(r, field, msg(`${r.shortName}不是受援县`, "Must be west counties"));
  }
  return unique;
}

// The region tree as SQL conditions, for every module's scopes and filters (region.scope.ts).
export { ancestorsOf, descendantsOf, enclosing, inSubtree, inSubtreeOfAny, type RegionRef } from "./region.scope";
