import { Brackets } from "typeorm";
import { loader, type RequestContext } from "../../shared/context";
import { Role } from "../../shared/auth";
import { badInput, notFound } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { Region, RegionLevel, RegionSide } from "./region.entity";
import { RegionOrderField, type RegionFilter, type RegionOrder } from "./region.inputs";
import { regionById } from "./region.loaders";
import { UUID, containsPattern } from "../../shared/sql";
import { inSubtree } from "./region.scope";
import { cond, identifier, param, type Scope } from "../../shared/scoped";

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
  if (!region) throw notFound("地区 / Region");
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
  if (input.parentCode && !parent) throw notFound(`上级地区 ${input.parentCode}`);
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
export const UNKNOWN_REGION = "地区不存在 / Unknown region";
export const MUST_BE_EAST_REGION = "须为支援方地区 / Must be an east region";
export const MUST_BE_WEST_REGION = "须为受援方地区 / Must be a west region";
export const MUST_BE_WEST_COUNTY = "须为受援县 / Must be a west county";
export const OUTSIDE_YOUR_REGION = "不在您的辖区 / Outside your region";
export const CHOOSE_REGION = "请选择地区 / Choose a region";
export const CHOOSE_WEST_COUNTY = "请选择受援县 / Choose a west county";

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
    mustBeWestCounty(r, field, `${r.shortName}不是受援县 / Must be west counties`);
  }
  return unique;
}

// The region tree as SQL conditions, for every module's scopes and filters (region.scope.ts).
export { ancestorsOf, descendantsOf, enclosing, inSubtree, inSubtreeOfAny } from "./region.scope";
