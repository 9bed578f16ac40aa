import { Brackets } from "typeorm";
import { loader, type RequestContext } from "../../shared/context";
import { notFound } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { Region, RegionLevel, RegionSide } from "./region.entity";
import { RegionOrderField, type RegionFilter, type RegionOrder } from "./region.inputs";
import { regionById } from "./region.loaders";
import { containsPattern } from "../../shared/sql";

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
    qb.andWhere("r.id IN (SELECT descendant_id FROM region_closure WHERE ancestor_id = :withinId)", { withinId: filter.withinId });
  }
  if (filter?.search?.trim()) {
    const s = containsPattern(filter.search);
    qb.andWhere(new Brackets((w) => w.where("r.name LIKE :s", { s }).orWhere("r.short_name LIKE :s").orWhere("r.code LIKE :s")));
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
  const rows = await ctx.manager.query(
    `SELECT 1 FROM region_closure WHERE ancestor_id = $1 AND descendant_id = $2`,
    [ancestorId, regionId],
  );
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
