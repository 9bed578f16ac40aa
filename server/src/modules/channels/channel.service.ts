import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { badInput, conflict, isUniqueViolation, notFound, rethrowUnlessRefused } from "../../shared/errors";
import { recordAudit } from "../audit/audit.service";
import { SalesChannel } from "../quotas/quota.inputs";
import { eastRegionOrOwn, inSubtree, isWithin } from "../regions/region.service";
import { andWhere } from "../../shared/scoped";
import { SupplierStatus } from "../suppliers/supplier.entity";
import { getSupplier, loadSupplier } from "../suppliers/supplier.service";
import type {
  CreateFairInput,
  CreateSalesCentreInput,
  UpdateFairInput,
  UpdateSalesCentreInput,
} from "./channel.inputs";
import { fairById, salesCentreById, supplierIdsByFair } from "./channel.loaders";
import { Fair } from "./fair.entity";
import { SalesCentre } from "./sales-centre.entity";
import { port } from "../../shared/port";
import { UUID } from "../../shared/sql";
import { msg } from "../../shared/messages";

/** What was sold at a fair: the orders' first and last dates, their number, and their suppliers. */
export interface FairSales {
  first: string | null;
  last: string | null;
  orders: number;
  supplierIds: string[];
}

/**
 * Sales at a fair, answered by the orders module: only it reads the order tables, and it imports
 * this module (an order names its fair), so this module asks through a port.
 */
export const salesAtFair = port<(ctx: RequestContext, fairId: string) => Promise<FairSales>>("salesAtFair");

/**
 * 销售渠道: the "1" (sales centres) and the "2" (fairs) of 1+2+5+N. Everyone signed in may read
 * them (a buyer picks one at checkout); a coordinator manages those of its own region subtree,
 * and anything else answers NOT_FOUND like every out-of-scope row.
 */

/** The east region a new fair or centre belongs to: the coordinator's own, or one inside it. */
async function ownEastRegion(ctx: RequestContext, regionId: string | undefined): Promise<string> {
  // Only coordinators and admins manage channels (their resolvers' roles): a coordinator within its subtree.
  return (await eastRegionOrOwn(ctx, regionId, "eastRegionId")).id;
}

async function mayManage(ctx: RequestContext, eastRegionId: string): Promise<boolean> {
  const u = ctx.user!;
  return u.role === Role.ADMIN || (u.role === Role.COORDINATOR && (await isWithin(ctx, eastRegionId, u.regionId!)));
}

function checkDates(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw badInput("endsOn", msg("结束日期早于开始日期", "Ends before it starts"));
}

/** Participating suppliers: approved ones the coordinator can see (its paired counties'). */
async function checkParticipants(ctx: RequestContext, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    const s = await getSupplier(ctx, id, "supplierIds").catch((e) => {
      rethrowUnlessRefused(e);
      throw badInput(
        "supplierIds",
        msg("供应商不存在或不在您的结对县", "Unknown supplier, or not of your partner counties"),
      );
    });
    if (s.status !== SupplierStatus.APPROVED)
      throw badInput("supplierIds", msg(`${s.name} 未获批准,不能参展`, `${s.name} is not approved`));
  }
  return unique;
}

async function setParticipants(ctx: RequestContext, fairId: string, supplierIds: string[]) {
  await ctx.manager.query(`DELETE FROM fair_supplier WHERE fair_id = $1`, [fairId]);
  if (supplierIds.length) {
    await ctx.manager.query(`INSERT INTO fair_supplier (fair_id, supplier_id) SELECT $1, unnest($2::uuid[])`, [
      fairId,
      supplierIds,
    ]);
  }
}

// ---------------------------------------------------------------------------------------------
// Fairs (展销大集)

export async function createFair(ctx: RequestContext, input: CreateFairInput): Promise<Fair> {
  const eastRegionId = await ownEastRegion(ctx, input.eastRegionId);
  checkDates(input.startsOn, input.endsOn);
  const supplierIds = await checkParticipants(ctx, input.supplierIds ?? []);
  const fair = await ctx.manager.getRepository(Fair).save(
    Object.assign(new Fair(), {
      name: input.name.trim(),
      venue: input.venue.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      eastRegionId,
    }),
  );
  await setParticipants(ctx, fair.id, supplierIds);
  await recordAudit(ctx, {
    action: "FAIR_CREATED",
    entityType: "Fair",
    entityId: fair.id,
    change: {
      name: fair.name,
      venue: fair.venue,
      startsOn: fair.startsOn,
      endsOn: fair.endsOn,
      suppliers: supplierIds.length,
    },
  });
  return fair;
}

function checkWithin(regionId: string | undefined) {
  if (regionId && !UUID.test(regionId)) throw badInput("regionId", msg("地区不存在", "Unknown region"));
}

export async function listFairs(ctx: RequestContext, year: number | undefined, regionId?: string): Promise<Fair[]> {
  checkWithin(regionId);
  const qb = ctx.manager.getRepository(Fair).createQueryBuilder("f").where("TRUE");
  if (year) qb.andWhere("f.starts_on <= :to AND f.ends_on >= :from", { from: `${year}-01-01`, to: `${year}-12-31` });
  if (regionId) andWhere(qb, inSubtree("f.east_region_id", regionId));
  return qb.orderBy("f.starts_on", "ASC").addOrderBy("f.id", "ASC").getMany();
}

/** A fair the caller manages; NOT_FOUND otherwise. */
async function getFairForWrite(ctx: RequestContext, id: string): Promise<Fair> {
  const fair = UUID.test(id) ? await ctx.manager.getRepository(Fair).findOneBy({ id }) : null;
  if (!fair || !(await mayManage(ctx, fair.eastRegionId))) {
    throw notFound(msg("展销大集", "Fair"), "fairId");
  }
  return fair;
}

/**
 * Revises a fair. Sales already recorded stay true: the dates must still hold every sale made at
 * the fair, and a supplier that sold there cannot be taken off the list.
 */
export async function updateFair(ctx: RequestContext, input: UpdateFairInput): Promise<Fair> {
  const fair = await getFairForWrite(ctx, input.fairId);
  const next = {
    name: input.name?.trim() ?? fair.name,
    venue: input.venue?.trim() ?? fair.venue,
    startsOn: input.startsOn ?? fair.startsOn,
    endsOn: input.endsOn ?? fair.endsOn,
  };
  checkDates(next.startsOn, next.endsOn);
  const span = await salesAtFair(ctx, fair.id);
  if (span.first && next.startsOn > span.first)
    throw badInput("startsOn", msg(`已有 ${span.first} 的大集销售`, `Sales were recorded on ${span.first}`));
  if (span.last && next.endsOn < span.last)
    throw badInput("endsOn", msg(`已有 ${span.last} 的大集销售`, `Sales were recorded on ${span.last}`));
  const change: Record<string, unknown> = {};
  for (const k of ["name", "venue", "startsOn", "endsOn"] as const)
    if (next[k] !== fair[k]) change[k] = { before: fair[k], after: next[k] };
  if (input.supplierIds) {
    const supplierIds = await checkParticipants(ctx, input.supplierIds);
    const removed = span.supplierIds.find((id) => !supplierIds.includes(id));
    if (removed) {
      const { name } = (await loadSupplier(ctx, removed))!;
      throw badInput("supplierIds", msg(`${name} 已在本大集销售,不能移除`, `${name} already sold at this fair`));
    }
    const before = await loader(ctx, supplierIdsByFair).load(fair.id);
    await setParticipants(ctx, fair.id, supplierIds);
    loader(ctx, supplierIdsByFair).clear(fair.id);
    change.suppliers = {
      added: supplierIds.filter((s) => !before.includes(s)).length,
      removed: before.filter((s) => !supplierIds.includes(s)).length,
    };
  }
  await ctx.manager.getRepository(Fair).update({ id: fair.id }, next);
  await recordAudit(ctx, { action: "FAIR_UPDATED", entityType: "Fair", entityId: fair.id, change });
  loader(ctx, fairById).clear(fair.id);
  return Object.assign(fair, next);
}

/** Only a fair nothing was sold at can be deleted: a sale keeps its fair forever (CONFLICT). */
export async function deleteFair(ctx: RequestContext, fairId: string): Promise<string> {
  const fair = await getFairForWrite(ctx, fairId);
  const { orders: n } = await salesAtFair(ctx, fair.id);
  if (n > 0)
    throw conflict(
      msg(`该大集已有 ${n} 笔销售,不能删除`, `${n} sales were recorded at this fair; it cannot be deleted`),
    );
  await ctx.manager.query(`DELETE FROM fair WHERE id = $1`, [fair.id]);
  await recordAudit(ctx, {
    action: "FAIR_DELETED",
    entityType: "Fair",
    entityId: fair.id,
    change: { name: fair.name, startsOn: fair.startsOn, endsOn: fair.endsOn },
  });
  return fair.id;
}

// ---------------------------------------------------------------------------------------------
// Sales centres (展销中心 / 消费帮扶专馆)

export async function listSalesCentres(
  ctx: RequestContext,
  activeOnly: boolean,
  regionId?: string,
): Promise<SalesCentre[]> {
  checkWithin(regionId);
  const qb = ctx.manager.getRepository(SalesCentre).createQueryBuilder("c").where("TRUE");
  if (activeOnly) qb.andWhere("c.active");
  if (regionId) andWhere(qb, inSubtree("c.east_region_id", regionId));
  return qb.orderBy("c.name", "ASC").addOrderBy("c.id", "ASC").getMany();
}

export async function createSalesCentre(ctx: RequestContext, input: CreateSalesCentreInput): Promise<SalesCentre> {
  const eastRegionId = await ownEastRegion(ctx, input.eastRegionId);
  let centre: SalesCentre;
  try {
    centre = await ctx.manager.getRepository(SalesCentre).save(
      Object.assign(new SalesCentre(), {
        name: input.name.trim(),
        address: input.address.trim(),
        eastRegionId,
        openedOn: input.openedOn ?? null,
        active: true,
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw badInput("name", msg("同名展销中心已存在", "A centre of that name exists"));
    throw e;
  }
  await recordAudit(ctx, {
    action: "SALES_CENTRE_CREATED",
    entityType: "SalesCentre",
    entityId: centre.id,
    change: { name: centre.name, address: centre.address },
  });
  return centre;
}

export async function updateSalesCentre(ctx: RequestContext, input: UpdateSalesCentreInput): Promise<SalesCentre> {
  const centre = UUID.test(input.salesCentreId)
    ? await ctx.manager.getRepository(SalesCentre).findOneBy({ id: input.salesCentreId })
    : null;
  if (!centre || !(await mayManage(ctx, centre.eastRegionId))) {
    throw notFound(msg("展销中心", "Sales centre"), "salesCentreId");
  }
  const next = {
    name: input.name?.trim() ?? centre.name,
    address: input.address?.trim() ?? centre.address,
    openedOn: input.openedOn !== undefined ? (input.openedOn ?? null) : centre.openedOn,
    active: input.active ?? centre.active,
  };
  const change: Record<string, unknown> = {};
  for (const k of ["name", "address", "openedOn", "active"] as const)
    if (next[k] !== centre[k]) change[k] = { before: centre[k], after: next[k] };
  try {
    await ctx.manager.getRepository(SalesCentre).update({ id: centre.id }, next);
  } catch (e) {
    if (isUniqueViolation(e)) throw badInput("name", msg("同名展销中心已存在", "A centre of that name exists"));
    throw e;
  }
  await recordAudit(ctx, { action: "SALES_CENTRE_UPDATED", entityType: "SalesCentre", entityId: centre.id, change });
  return Object.assign(centre, next);
}

// ---------------------------------------------------------------------------------------------
// The channel of an order being placed

export interface OrderChannel {
  fairId: string | null;
  salesCentreId: string | null;
}

/**
 * Checks an order's channel before anything is written: a fair sale falls within the fair's dates
 * and is only from its participating suppliers; a sales-centre sale names an open centre.
 */
export async function checkOrderChannel(
  ctx: RequestContext,
  o: {
    channel: SalesChannel;
    fairId?: string | null;
    salesCentreId?: string | null;
    orderedOn: string;
    supplierIds: string[];
  },
): Promise<OrderChannel> {
  if (o.channel !== SalesChannel.FAIR && o.fairId)
    throw badInput("fairId", msg("仅大集销售需选择大集", "Only FAIR sales name a fair"));
  if (o.channel !== SalesChannel.SALES_CENTRE && o.salesCentreId)
    throw badInput("salesCentreId", msg("仅展销中心销售需选择展销中心", "Only SALES_CENTRE sales name a centre"));
  if (o.channel === SalesChannel.FAIR) {
    if (!o.fairId) throw badInput("fairId", msg("请选择展销大集", "Choose the fair"));
    const fair = UUID.test(o.fairId) ? await loader(ctx, fairById).load(o.fairId) : null;
    if (!fair) throw badInput("fairId", msg("展销大集不存在", "Unknown fair"));
    if (o.orderedOn < fair.startsOn || o.orderedOn > fair.endsOn) {
      throw badInput(
        "orderedOn",
        msg(`大集销售须在 ${fair.startsOn} 至 ${fair.endsOn} 之间`, "A fair sale must fall within the fair's dates"),
      );
    }
    const participants = await loader(ctx, supplierIdsByFair).load(fair.id);
    if (o.supplierIds.some((s) => !participants.includes(s))) {
      throw badInput(
        "fairId",
        msg("订单含未参加该大集的供应商产品", "Some products' suppliers do not take part in this fair"),
      );
    }
    return { fairId: fair.id, salesCentreId: null };
  }
  if (o.channel === SalesChannel.SALES_CENTRE) {
    if (!o.salesCentreId) throw badInput("salesCentreId", msg("请选择展销中心", "Choose the sales centre"));
    const centre = UUID.test(o.salesCentreId) ? await loader(ctx, salesCentreById).load(o.salesCentreId) : null;
    if (!centre) throw badInput("salesCentreId", msg("展销中心不存在", "Unknown sales centre"));
    if (!centre.active) throw badInput("salesCentreId", msg(`${centre.name} 已停止营业`, `${centre.name} is closed`));
    return { fairId: null, salesCentreId: centre.id };
  }
  return { fairId: null, salesCentreId: null };
}
