import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { badInput, conflict, isUniqueViolation, notFound, rethrowUnlessRefused } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { recordAudit } from "../audit/audit.service";
import { RegionSide } from "../regions/region.entity";
import { getRegion, isWithin } from "../regions/region.service";
import { Buyer } from "./buyer.entity";
import type { BuyerFilter, CreateBuyerInput } from "./buyer.inputs";
import { buyerById } from "./buyer.loaders";
import { UUID, containsPattern } from "../../shared/sql";

/**
 * Row scope of buyers on alias `b`: admins all; a coordinator the buyers of its east region
 * subtree; a buyer user its own organisation only; everyone else none.
 */
export function buyerScope(ctx: RequestContext, alias = "b"): { sql: string; params: Record<string, unknown> } {
  const u = ctx.user;
  if (!u) return { sql: "FALSE", params: {} };
  switch (u.role) {
    case Role.ADMIN:
      return { sql: "TRUE", params: {} };
    case Role.COORDINATOR:
      return { sql: `${alias}.east_region_id IN (SELECT descendant_id FROM region_closure WHERE ancestor_id = :buyerScope)`, params: { buyerScope: u.regionId } };
    case Role.BUYER:
      return { sql: `${alias}.id = :buyerScope`, params: { buyerScope: u.buyerId } };
    default:
      return { sql: "FALSE", params: {} };
  }
}

export async function listBuyers(ctx: RequestContext, filter: BuyerFilter | undefined, offset: number, first: number): Promise<Page<Buyer>> {
  const { sql, params } = buyerScope(ctx);
  const qb = ctx.manager.getRepository(Buyer).createQueryBuilder("b").where(sql, params);
  if (filter?.group) qb.andWhere("b.buyer_group = :g", { g: filter.group });
  if (filter?.search?.trim()) qb.andWhere("b.name LIKE :s", { s: containsPattern(filter.search) });
  qb.orderBy("b.name", "ASC").addOrderBy("b.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** A buyer in the caller's scope; NOT_FOUND otherwise (naming `field` when given). */
export async function getBuyer(ctx: RequestContext, id: string, field?: string): Promise<Buyer> {
  const { sql, params } = buyerScope(ctx);
  const b = UUID.test(id) ? await ctx.manager.getRepository(Buyer).createQueryBuilder("b").where(sql, params).andWhere("b.id = :id", { id }).getOne() : null;
  if (!b) {
    throw notFound("采购单位 / Buyer", field);
  }
  return b;
}

export const loadBuyer = (ctx: RequestContext, id: string) => loader(ctx, buyerById).load(id);

/** True when a buyer organisation with this id exists (users module: linking a BUYER user). */
export async function buyerExists(ctx: RequestContext, id: string): Promise<boolean> {
  return UUID.test(id) && (await loadBuyer(ctx, id)) !== null;
}

/** A coordinator registers a buyer organisation of its region subtree. */
export async function createBuyer(ctx: RequestContext, input: CreateBuyerInput): Promise<Buyer> {
  const u = ctx.user!;
  const regionId = input.eastRegionId ?? u.regionId;
  if (!regionId || !UUID.test(regionId)) throw badInput("eastRegionId", "请选择地区 / Choose a region");
  const region = await getRegion(ctx, regionId).catch((e) => {
    rethrowUnlessRefused(e);
    throw badInput("eastRegionId", "地区不存在 / Unknown region");
  });
  if (region.side !== RegionSide.EAST) throw badInput("eastRegionId", "须为支援方地区 / Must be an east region");
  if (u.role === Role.COORDINATOR && !(await isWithin(ctx, region.id, u.regionId!))) {
    throw badInput("eastRegionId", "不在您的辖区 / Outside your region");
  }
  let buyer: Buyer;
  try {
    buyer = await ctx.manager.getRepository(Buyer).save(Object.assign(new Buyer(), { name: input.name.trim(), eastRegionId: region.id, group: input.group }));
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`${input.name} 已登记 / Already registered`);
    throw e;
  }
  await recordAudit(ctx, { action: "BUYER_CREATED", entityType: "Buyer", entityId: buyer.id, change: { name: buyer.name, region: region.code, group: buyer.group } });
  return buyer;
}
