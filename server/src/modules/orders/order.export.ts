import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { AppError } from "../../shared/errors";
import { UUID } from "../../shared/sql";
import { newWorkbook, queryDate, queryText, xlsxExport, YUAN_FORMAT, yuanCell } from "../../shared/xlsx-export";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { namerOfType } from "../audit/audit.readable";
import { SubOrderStatus } from "./order.entity";
import type { SubOrderFilter } from "./order.inputs";
import { listSubOrders } from "./order.service";
import { regionById } from "../regions/region.loaders";
import { msg } from "../../shared/messages";

/** At most this many sub-orders in one file (newest first). */
export const ORDER_EXPORT_MAX = 10_000;
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

/** 订单 as a workbook: one row per sub-order, the same filters and scope as the order lists. */
export async function ordersWorkbook(ctx: RequestContext, filter: SubOrderFilter): Promise<Buffer> {
  const page = await listSubOrders(ctx, filter, 0, ORDER_EXPORT_MAX);
  const { wb, sheet } = newWorkbook();
  const ws = sheet(W["orderOps.exportSheet"], [
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
  ]);
  const orders = await ctx.manager.query(
    `SELECT id, order_number, ordered_on::text AS ordered_on FROM purchase_order WHERE id = ANY($1::uuid[])`,
    [[...new Set(page.nodes.map((s) => s.orderId))]],
  );
  const byId = new Map<string, { order_number: string; ordered_on: string }>(
    (orders as { id: string; order_number: string; ordered_on: string }[]).map((o) => [o.id, o]),
  );
  // Names in bulk (one query a type), each through its module's scoped loader.
  const uniq = (ids: string[]) => [...new Set(ids)];
  const buyers = (await namerOfType("Buyer")?.names(ctx, uniq(page.nodes.map((s) => s.buyerId)))) ?? new Map();
  const suppliers = (await namerOfType("Supplier")?.names(ctx, uniq(page.nodes.map((s) => s.supplierId)))) ?? new Map();
  const countyIds = uniq(page.nodes.map((s) => s.westCountyId));
  const counties = new Map<string, string>();
  (await loader(ctx, regionById).loadMany(countyIds)).forEach((r, i) => {
    if (r && !(r instanceof Error)) counties.set(countyIds[i], r.name);
  });
  for (const s of page.nodes) {
    const o = byId.get(s.orderId);
    ws.addRow({
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
    });
  }
  if (page.totalCount > page.nodes.length)
    ws.addRow({ number: `仅导出最新 ${ORDER_EXPORT_MAX} 条,共 ${page.totalCount} 条;请缩小筛选范围` });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const ordersExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  xlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.BUYER],
    what: "orders",
    parse: parseOrderQuery,
    fileName: () => ({ ascii: "orders.xlsx", display: "订单.xlsx" }),
    build: ordersWorkbook,
  });
