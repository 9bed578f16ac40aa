import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { conflict, isUniqueViolation } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { recordAudit } from "../audit/audit.service";
import { Buyer } from "./buyer.entity";
import type { BuyerFilter, CreateBuyerInput } from "./buyer.inputs";
import { buyerById } from "./buyer.loaders";
import { UUID, containsPattern } from "../../shared/sql";
import { rowFromJson, scopedRowsById } from "../../shared/loaders";
import { extensionPoint } from "../../shared/port";
import {
  andWhere,
  cond,
  EVERY_ROW,
  findInScope,
  param,
  readableThrough,
  scopeByRole,
  type Reference,
  type ScopeByRole,
  type Scope,
} from "../../shared/scoped";
import { eastRegionOrOwn, inSubtree } from "../regions/region.service";
import { auditNames, namesThrough } from "../audit/audit.readable";
import { msg } from "../../shared/messages";

/**
 * Row scope of buyers on alias `b`: admins all; a coordinator the buyers of its east region
 * subtree; a buyer user its own organisation only; everyone else none.
 */
export const buyerScope = (ctx: RequestContext, alias = "b"): Scope =>
  scopeByRole(ctx, {
    ...wholeRegions(`${alias}.east_region_id`),
    [Role.BUYER]: (u) => cond`${alias}.id = ${param(u.buyerId)}`,
  });

/** The roles whose buyer scope is whole east regions: admins every one, a coordinator its subtree. */
const wholeRegions = (column: string): ScopeByRole => ({
  [Role.ADMIN]: () => EVERY_ROW,
  [Role.COORDINATOR]: (u) => inSubtree(column, u.regionId),
});

/**
 * The east regions (condition on `column`) whose buyers `buyerScope` takes whole, for a summary kept
 * per region (the quota board's tallies): the same rule as `buyerScope` for admins and coordinators;
 * no region for anyone else (a buyer user's scope is one buyer, never a region).
 */
export const buyerRegionScope = (ctx: RequestContext, column: string): Scope => scopeByRole(ctx, wholeRegions(column));

export async function listBuyers(
  ctx: RequestContext,
  filter: BuyerFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<Buyer>> {
  const { sql, params } = buyerScope(ctx);
  const qb = ctx.manager.getRepository(Buyer).createQueryBuilder("b").where(sql, params);
  if (filter?.group) qb.andWhere("b.buyer_group = :g", { g: filter.group });
  if (filter?.search?.trim()) qb.andWhere("b.name LIKE :s", { s: containsPattern(filter.search) });
  qb.orderBy("b.name", "ASC").addOrderBy("b.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** Every buyer in the caller's scope, by name (the quota board lists them all). */
export async function buyersInScope(ctx: RequestContext): Promise<Buyer[]> {
  const qb = ctx.manager.getRepository(Buyer).createQueryBuilder("b");
  return andWhere(qb, buyerScope(ctx)).orderBy("b.name", "ASC").addOrderBy("b.id", "ASC").getMany();
}

/**
 * The ids of the buyers in the caller's scope as a sub-select, for another module's condition on
 * its own buyer column (`q.buyer_id IN ${sql}`): the buyer table stays this module's.
 */
export function buyerIdsInScope(ctx: RequestContext): Scope {
  return cond`(SELECT bis.id FROM buyer bis WHERE ${buyerScope(ctx, "bis")})`;
}

/**
 * Every buyer, unscoped, as a derived table (`FROM ${sql} b`) with the columns `buyerFromRow` reads,
 * for another module's summary kept per region that applies the scope itself by region
 * (`buyerRegionScope`): the quota board pages a region's buyers along (east_region_id, name).
 */
export const allBuyerRows = (): Scope =>
  cond`(SELECT abr.id, abr.name, abr.east_region_id, abr.buyer_group FROM buyer abr)`;

/** A buyer from a row of `allBuyerRows` (raw SQL rows keep the column names). */
export function buyerFromRow(row: { id: string; name: string; east_region_id: string; buyer_group: string }): Buyer {
  return Object.assign(new Buyer(), {
    id: row.id,
    name: row.name,
    eastRegionId: row.east_region_id,
    group: row.buyer_group as Buyer["group"],
  });
}

/**
 * The ids of the buyers of an east region's subtree as a sub-select (a coordinator's orders are
 * its region's buyers'), for another module's condition on its own buyer column.
 */
export const buyerIdsInSubtree = (eastRegionId: string | null | undefined): Scope =>
  cond`(SELECT bst.id FROM buyer bst WHERE ${inSubtree("bst.east_region_id", eastRegionId)})`;

/** A buyer in the caller's scope; NOT_FOUND otherwise (naming `field` when given). */
export const getBuyer = (ctx: RequestContext, id: string, field?: string): Promise<Buyer> =>
  findInScope(ctx, Buyer, "b", buyerScope(ctx), id, msg("采购单位", "Buyer"), field);

/** Records that make a buyer readable to whoever may read them (orders: the buyer of a sub-order). */
export const buyerReferences = extensionPoint<Reference>("buyerReferences");

/**
 * The buyers a caller may read (`buyer(id)` and every relation that leads to one): those in its
 * scope, and the buyer of any sub-order it may see (a county official confirms and ships its
 * county's sub-orders and must know who ordered). Quotas and writes keep `buyerScope`.
 */
export function buyerReadScope(ctx: RequestContext, alias = "b"): Scope {
  const base = buyerScope(ctx, alias);
  if (!ctx.user || ctx.user.role === Role.ADMIN) return base;
  return readableThrough(ctx, alias, base, buyerReferences.all());
}

/** Buyers by id within `buyerReadScope` (null outside it): for every relation to a buyer. */
export const visibleBuyerById = scopedRowsById(Buyer, "b", buyerReadScope);

export const loadBuyer = (ctx: RequestContext, id: string) => loader(ctx, buyerById).load(id);

/**
 * The buyer `id` (a uuid expression) as a sub-select of its one row (none for an unknown id),
 * unscoped like `loadBuyer`: for another module's statement that reads it alongside its own rows
 * (the placement's one read, issue 14) and hands its `row_to_json` to `buyerFromJson`.
 */
export const buyerRow = (id: Scope): Scope => cond`(SELECT * FROM buyer WHERE id = ${id})`;
/** The buyer from `buyerRow`'s `row_to_json`, as `loadBuyer` would have read it. */
export const buyerFromJson = (ctx: RequestContext, json: Record<string, unknown>) => rowFromJson(ctx, Buyer, json);

/** True when a buyer organisation with this id exists (users module: linking a BUYER user). */
export async function buyerExists(ctx: RequestContext, id: string): Promise<boolean> {
  return UUID.test(id) && (await loadBuyer(ctx, id)) !== null;
}

/** A coordinator registers a buyer organisation of its region subtree. */
export async function createBuyer(ctx: RequestContext, input: CreateBuyerInput): Promise<Buyer> {
  const region = await eastRegionOrOwn(ctx, input.eastRegionId, "eastRegionId");
  let buyer: Buyer;
  try {
    buyer = await ctx.manager
      .getRepository(Buyer)
      .save(Object.assign(new Buyer(), { name: input.name.trim(), eastRegionId: region.id, group: input.group }));
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(msg(`${input.name} 已登记`, "Already registered"));
    throw e;
  }
  await recordAudit(ctx, {
    action: "BUYER_CREATED",
    entityType: "Buyer",
    entityId: buyer.id,
    change: { name: buyer.name, region: region.code, group: buyer.group },
  });
  return buyer;
}

/**
 * The buyers in the caller's scope among these regions, by "regionId\u0000name": one query for a
 * whole spreadsheet (modules/imports; natural key of a buyer: its east region and its name).
 */
export async function buyersByRegionAndName(
  ctx: RequestContext,
  regionIds: string[],
): Promise<Map<string, { id: string; group: string }>> {
  const found = new Map<string, { id: string; group: string }>();
  if (!regionIds.length) return found;
  const qb = ctx.manager
    .getRepository(Buyer)
    .createQueryBuilder("b")
    .select(["b.id AS id", "b.name AS name", "b.east_region_id AS region", "b.buyer_group AS grp"]);
  const rows = await andWhere(qb, buyerScope(ctx, "b"))
    .andWhere("b.east_region_id IN (:...regionIds)", { regionIds: [...new Set(regionIds)] })
    .getRawMany<{ id: string; name: string; region: string; grp: string }>();
  for (const r of rows) found.set(`${r.region}\u0000${r.name}`, { id: r.id, group: r.grp });
  return found;
}

/** Audit names: buyers the reader may read. */
auditNames.add({ refType: "Buyer", fields: ["buyerId"], names: namesThrough(visibleBuyerById, (b) => b.name) });
