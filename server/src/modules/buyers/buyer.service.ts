import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { conflict, isUniqueViolation } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { recordAudit } from "../audit/audit.service";
import { Buyer } from "./buyer.entity";
import type { BuyerFilter, CreateBuyerInput } from "./buyer.inputs";
import { buyerById } from "./buyer.loaders";
import { UUID, containsPattern } from "../../shared/sql";
import { scopedRowsById } from "../../shared/loaders";
import { anyOf, cond, EVERY_ROW, findInScope, param, scopeByRole, type Scope } from "../../shared/scoped";
import { subOrderScope } from "../orders/order.scope";
import { eastRegionOrOwn, inSubtree } from "../regions/region.service";

/**
 * Row scope of buyers on alias `b`: admins all; a coordinator the buyers of its east region
 * subtree; a buyer user its own organisation only; everyone else none.
 */
export const buyerScope = (ctx: RequestContext, alias = "b"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) => inSubtree(`${alias}.east_region_id`, u.regionId),
    [Role.BUYER]: (u) => cond`${alias}.id = ${param(u.buyerId)}`,
  });

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
export const getBuyer = (ctx: RequestContext, id: string, field?: string): Promise<Buyer> =>
  findInScope(ctx, Buyer, "b", buyerScope(ctx), id, "采购单位 / Buyer", field);

/**
 * The buyers a caller may read (`buyer(id)` and every relation that leads to one): those in its
 * scope, and the buyer of any sub-order it may see (a county official confirms and ships its
 * county's sub-orders and must know who ordered). Quotas and writes keep `buyerScope`.
 */
export function buyerReadScope(ctx: RequestContext, alias = "b"): Scope {
  const base = buyerScope(ctx, alias);
  if (!ctx.user || ctx.user.role === Role.ADMIN) return base;
  return anyOf(base, cond`${alias}.id IN (SELECT rso.buyer_id FROM sub_order rso WHERE ${subOrderScope(ctx, "rso")})`);
}

/** Buyers by id within `buyerReadScope` (null outside it): for every relation to a buyer. */
export const visibleBuyerById = scopedRowsById(Buyer, "b", buyerReadScope);

export const loadBuyer = (ctx: RequestContext, id: string) => loader(ctx, buyerById).load(id);

/** True when a buyer organisation with this id exists (users module: linking a BUYER user). */
export async function buyerExists(ctx: RequestContext, id: string): Promise<boolean> {
  return UUID.test(id) && (await loadBuyer(ctx, id)) !== null;
}

/** A coordinator registers a buyer organisation of its region subtree. */
export async function createBuyer(ctx: RequestContext, input: CreateBuyerInput): Promise<Buyer> {
  const region = await eastRegionOrOwn(ctx, input.eastRegionId, "eastRegionId");
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
