import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { AppError } from "../../shared/errors";
import { UUID } from "../../shared/sql";
import { queryDate, queryText, streamedXlsxExport, YUAN_FORMAT, yuanCell } from "../../shared/xlsx-export";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { namerOfType } from "../audit/audit.readable";
import { type SubOrder, SubOrderStatus } from "./order.entity";
import type { SubOrderFilter } from "./order.inputs";
import { subOrdersBefore } from "./order.service";
import { regionById } from "../regions/region.loaders";
import { msg } from "../../shared/messages";

const STATUS_ZH = CODE_ZH["SubOrder.status"] as Record<SubOrderStatus, string>;

/** The list's filters from the query string, checked as the API checks them (BAD_USER_INPUT naming the field). */
export function parseOrderQuery(q: Request["query"]): SubOrderFilter {
  const id = (name: string) => {
    const v = queryText(q, name, 40);
    if (v !== undefined && !UUID.test(v))
      throw new AppError("BAD_USER_INPUT", msg("无效的 ID", "Invalid id"), { field: name });
    return v;
  };
  const statuses = queryText(q, "statuses", 200)?.split(",");
  const status = queryText(q, "status", 20);
  const all = [...(statuses ?? []), ...(status ? [status] : [])];
  if (all.some((x) => !(Object.values(SubOrderStatus) as string[]).includes(x)))
    throw new AppError("BAD_USER_INPUT", msg("未知的状态", "Unknown status"), { field: "status" });
  const year = queryText(q, "year", 4);
  if (year !== undefined && !/^(19|20|21)\d\d$/.test(year))
    throw new AppError("BAD_USER_INPUT", msg("年份无效", "Invalid year"), { field: "year" });
  return {
    status: status as SubOrderStatus | undefined,
    statuses: statuses as SubOrderStatus[] | undefined,
    year: year ? Number(year) : undefined,
    from: queryDate(q, "from"),
    to: queryDate(q, "to"),
    supplierId: id("supplierId"),
    countyId: id("countyId"),
    buyerId: id("buyerId"),
    orderNumber: queryText(q, "orderNumber", 30),
  };
}

/** The workbook's columns: one row per sub-order. */
const COLUMNS = [
  { header: W["orderOps.subOrderNumber"], key: "number", width: 22 },
  { header: W["orderOps.orderedOn"], key: "orderedOn", width: 12 },
  { header: W["orderOps.buyer"], key: "buyer", width: 24 },
  { header: W["orderOps.supplier"], key: "supplier", width: 28 },
  { header: W["orderOps.county"], key: "county", width: 14 },
  { header: W["orderOps.status"], key: "status", width: 10 },
  { header: W["orderOps.amount"], key: "total", width: 14, style: { numFmt: YUAN_FORMAT } },
  { header: W["orderOps.countable"], key: "countable", width: 14, style: { numFmt: YUAN_FORMAT } },
  { header: W["orderOps.carrier"], key: "carrier", width: 14 },
  { header: W["orderOps.waybillNumber"], key: "waybill", width: 20 },
  { header: W["orderOps.invoiceNumber"], key: "invoice", width: 16 },
];

/** One batch of sub-orders as the workbook's rows: names in bulk (one query a type), each through its module's scoped loader. */
async function rowsOf(ctx: RequestContext, subOrders: SubOrder[]): Promise<Record<string, unknown>[]> {
  const uniq = (ids: string[]) => [...new Set(ids)];
  const orders: { id: string; order_number: string; ordered_on: string }[] = await ctx.manager.query(
    `SELECT id, order_number, ordered_on::text AS ordered_on FROM purchase_order WHERE id = ANY($1::uuid[])`,
    [uniq(subOrders.map((s) => s.orderId))],
  );
  const byId = new Map(orders.map((o) => [o.id, o]));
  const buyers = (await namerOfType("Buyer")?.names(ctx, uniq(subOrders.map((s) => s.buyerId)))) ?? new Map();
  const suppliers = (await namerOfType("Supplier")?.names(ctx, uniq(subOrders.map((s) => s.supplierId)))) ?? new Map();
  const countyIds = uniq(subOrders.map((s) => s.westCountyId));
  const counties = new Map<string, string>();
  (await loader(ctx, regionById).loadMany(countyIds)).forEach((r, i) => {
    if (r && !(r instanceof Error)) counties.set(countyIds[i], r.name);
  });
  return subOrders.map((s) => {
    const o = byId.get(s.orderId);
    return {
      number: o ? `${o.order_number}-${s.position}` : "",
      orderedOn: o?.ordered_on ?? "",
      buyer: buyers.get(s.buyerId) ?? "",
      supplier: suppliers.get(s.supplierId) ?? "",
      county: counties.get(s.westCountyId) ?? "",
      status: STATUS_ZH[s.status] ?? s.status,
      total: yuanCell(s.total),
      countable: yuanCell(s.countable),
      carrier: s.carrier ?? "",
      waybill: s.waybillNumber ?? "",
      invoice: s.invoiceNumber ?? "",
    };
  });
}

/**
 * Every sub-order in scope that matches the filter, newest first, `batchSize` at a time (keyset on
 * `seq`, see subOrdersBefore). The request's loaders are dropped between batches so their caches do
 * not grow with the file.
 */
export async function* orderRowBatches(
  ctx: RequestContext,
  filter: SubOrderFilter,
  batchSize: number,
): AsyncGenerator<Record<string, unknown>[]> {
  let before: string | null = null;
  for (;;) {
    const batch = await subOrdersBefore(ctx, filter, before, batchSize);
    if (!batch.length) return;
    yield await rowsOf(ctx, batch);
    ctx.loaders.clear();
    if (batch.length < batchSize) return;
    before = String(batch[batch.length - 1].seq);
  }
}

/**
 * GET /exports/orders.xlsx?… — 订单 with the order lists' filters and scope: a buyer its own (and
 * FORBIDDEN when it names another buyer), a county official its county's part, a coordinator its
 * region's buyers', an admin all. Every matching row, streamed `batchSize` rows at a time
 * (EXPORT_BATCH_SIZE).
 */
export const ordersExport = (contextFor: (req: Request) => Promise<RequestContext>, batchSize: number) =>
  streamedXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.BUYER],
    what: "orders",
    parse: parseOrderQuery,
    authorize(ctx, filter) {
      // The scope would return nothing anyway; saying so is clearer than an empty file.
      if (ctx.user!.role === Role.BUYER && filter.buyerId && filter.buyerId !== ctx.user!.buyerId)
        throw new AppError("FORBIDDEN", msg("只能导出本单位的订单", "You can export only your own unit's orders"));
    },
    fileName: () => ({ ascii: "orders.xlsx", display: "订单.xlsx" }),
    sheet: { name: W["orderOps.exportSheet"], columns: COLUMNS },
    batches: (ctx, filter) => orderRowBatches(ctx, filter, batchSize),
  });
