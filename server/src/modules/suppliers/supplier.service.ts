import DataLoader from "dataloader";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { badInput, conflict, forbidden, isUniqueViolation } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { auditRecordsWithin, recordAudit } from "../audit/audit.service";
import { inSubtree, isWithin } from "../regions/region.service";
import { isValidCreditCode } from "./credit-code";
import { Supplier, SupplierStatus } from "./supplier.entity";
import type {
  RecommendSupplierInput,
  ReviewSupplierInput,
  SupplierFilter,
  UpdateSupplierInput,
} from "./supplier.inputs";
import { supplierById } from "./supplier.loaders";
import { containsPattern } from "../../shared/sql";
import { primeRowsFromJson, rowFromJson, scopedRowsById } from "../../shared/loaders";
import { extensionPoint } from "../../shared/port";
import {
  andWhere,
  anyOf,
  cond,
  EVERY_ROW,
  findInScope,
  param,
  readableThrough,
  type Reference,
  type Scope,
  scopeByRole,
} from "../../shared/scoped";
import { inCountiesPairedWith, westCountyInReach } from "../pairings/pairing.service";
import { auditNames, namesThrough } from "../audit/audit.readable";
import { msg } from "../../shared/messages";

/**
 * Row scope of suppliers as a SQL condition on alias `s`: admins all; a coordinator those of the
 * counties paired with its region subtree; a county official its own county's; others (buyers,
 * enterprises) approved suppliers only.
 */
export function supplierScope(ctx: RequestContext, alias = "s"): Scope {
  const approved = () => cond`${alias}.status = 'APPROVED'`;
  return scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) => inCountiesPairedWith(`${alias}.county_id`, u.regionId),
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.county_id`, u.regionId),
    [Role.BUYER]: approved,
    [Role.ENTERPRISE]: approved,
  });
}

export async function listSuppliers(
  ctx: RequestContext,
  filter: SupplierFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<Supplier>> {
  const { sql, params } = supplierScope(ctx);
  const qb = ctx.manager.getRepository(Supplier).createQueryBuilder("s").where(sql, params);
  if (filter?.countyId) andWhere(qb, inSubtree("s.county_id", filter.countyId));
  if (filter?.status) qb.andWhere("s.status = :st", { st: filter.status });
  if (filter?.search?.trim()) {
    const q = containsPattern(filter.search);
    qb.andWhere("(s.name LIKE :q OR s.credit_code LIKE upper(:q))", { q });
  }
  qb.orderBy("s.name", "ASC").addOrderBy("s.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** A supplier in the caller's scope; NOT_FOUND otherwise (we do not confirm that it exists). */
export const getSupplier = (ctx: RequestContext, id: string, field?: string): Promise<Supplier> =>
  findInScope(ctx, Supplier, "s", supplierScope(ctx), id, msg("供应商", "Supplier"), field);

/**
 * The suppliers a caller may read (`supplier(id)` and every relation that leads to one): those in
 * its scope, every approved supplier (the catalogue shows each on-sale product's supplier to every
 * signed-in user), and the supplier of any sub-order it may see (a buyer's past order from a
 * supplier suspended since). Writes keep `supplierScope`.
 */
export function supplierReadScope(ctx: RequestContext, alias = "s"): Scope {
  const base = supplierScope(ctx, alias);
  if (!ctx.user || ctx.user.role === Role.ADMIN) return base;
  return readableThrough(ctx, alias, anyOf(base, cond`${alias}.status = 'APPROVED'`), supplierReferences.all());
}

/** Records that make a supplier readable to whoever may read them (orders: the supplier of a sub-order). */
export const supplierReferences = extensionPoint<Reference>("supplierReferences");

/**
 * The ids of the approved suppliers as a sub-select (the catalogue shows their active products),
 * for another module's condition on its own supplier column.
 */
export const APPROVED_SUPPLIER_IDS: Scope = cond`(SELECT asup.id FROM supplier asup WHERE asup.status = 'APPROVED')`;

/** The ids of the suppliers whose name matches the LIKE `pattern`, as a sub-select. */
export const supplierIdsNamedLike = (pattern: string): Scope =>
  cond`(SELECT nsup.id FROM supplier nsup WHERE nsup.name LIKE ${param(pattern)})`;

/** Suppliers by id within `supplierReadScope` (null outside it): for every relation to a supplier. */
export const visibleSupplierById = scopedRowsById(Supplier, "s", supplierReadScope);

/**
 * The supplier whose id is in `column` (of the caller's statement) as `row_to_json`, within
 * `supplierReadScope` (NULL outside it, as `visibleSupplierById` answers): a correlated sub-select
 * for another module's list that returns each row's supplier in its own statement (the catalogue,
 * issue 14), then hands it to `primeVisibleSuppliers`.
 */
export const visibleSupplierJson = (ctx: RequestContext, column: string): Scope =>
  cond`(SELECT row_to_json(vsup) FROM supplier vsup WHERE vsup.id = ${column} AND (${supplierReadScope(ctx, "vsup")}))`;

/**
 * Primes `visibleSupplierById` (and the unscoped `supplierById` with the suppliers found) from
 * `visibleSupplierJson`'s values, `[supplier id, json or null]`: the relation then reads nothing.
 */
export const primeVisibleSuppliers = (
  ctx: RequestContext,
  rows: Iterable<readonly [string, Record<string, unknown> | null]>,
) => primeRowsFromJson(ctx, Supplier, visibleSupplierById, rows, supplierById);

export const loadSupplier = (ctx: RequestContext, id: string) => loader(ctx, supplierById).load(id);

/**
 * The suppliers whose ids the sub-select `ids` yields, as a sub-select of their rows, unscoped like
 * `loadSupplier`: for another module's statement that reads them alongside its own rows (the
 * placement's one read, issue 14) and hands each `row_to_json` to `supplierFromJson`.
 */
export const supplierRows = (ids: Scope): Scope => cond`(SELECT * FROM supplier WHERE id IN ${ids})`;
/** A supplier from `supplierRows`' `row_to_json`, as `loadSupplier` would have read it. */
export const supplierFromJson = (ctx: RequestContext, json: Record<string, unknown>) =>
  rowFromJson(ctx, Supplier, json);

/** Whether each supplier is in the caller's supplierScope, batched (a catalogue page's images ask once). */
export function inSupplierScope(ctx: RequestContext) {
  return new DataLoader<string, boolean>(async (ids) => {
    const qb = ctx.manager.getRepository(Supplier).createQueryBuilder("s").select("s.id", "id");
    const rows = await andWhere(qb, supplierScope(ctx, "s"))
      .andWhere("s.id IN (:...supplierIds)", { supplierIds: [...ids] })
      .getRawMany<{ id: string }>();
    const found = new Set(rows.map((r) => r.id));
    return ids.map((id) => found.has(id));
  });
}

/** 县级推荐: a county official recommends a supplier of its county (admins name the county). */
export async function recommendSupplier(ctx: RequestContext, input: RecommendSupplierInput): Promise<Supplier> {
  const creditCode = input.creditCode.trim().toUpperCase();
  if (!isValidCreditCode(creditCode)) {
    throw badInput(
      "creditCode",
      msg("统一社会信用代码无效(校验位不符)", "Invalid unified social credit code (check character)"),
    );
  }
  const county = await westCountyInReach(ctx, input.countyId, "countyId");
  let supplier: Supplier;
  try {
    supplier = await ctx.manager.getRepository(Supplier).save(
      Object.assign(new Supplier(), {
        name: input.name.trim(),
        creditCode,
        countyId: county.id,
        contact: input.contact?.trim() || null,
        status: SupplierStatus.RECOMMENDED,
        statusNote: null,
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(msg(`信用代码 ${creditCode} 已登记`, "Credit code already registered"));
    throw e;
  }
  await recordAudit(ctx, {
    action: "SUPPLIER_RECOMMENDED",
    entityType: "Supplier",
    entityId: supplier.id,
    change: { name: supplier.name, creditCode, county: county.code },
  });
  return supplier;
}

/** 审核: a coordinator (of a region paired with the supplier's county) approves or suspends. */
export async function reviewSupplier(ctx: RequestContext, input: ReviewSupplierInput): Promise<Supplier> {
  if (input.status === SupplierStatus.RECOMMENDED)
    throw badInput("status", msg("只能批准或暂停", "Approve or suspend"));
  const s = await getSupplier(ctx, input.supplierId, "supplierId");
  const before = s.status;
  await ctx.manager
    .getRepository(Supplier)
    .update({ id: s.id }, { status: input.status, statusNote: input.note?.trim() || null });
  await recordAudit(ctx, {
    action: "SUPPLIER_REVIEWED",
    entityType: "Supplier",
    entityId: s.id,
    change: { before, after: input.status, note: input.note ?? null },
  });
  return Object.assign(s, { status: input.status, statusNote: input.note?.trim() || null });
}

/**
 * The county official corrects its supplier's name or contact (admins any). Other counties'
 * suppliers answer NOT_FOUND; coordinators review, they do not edit.
 */
export async function updateSupplier(ctx: RequestContext, input: UpdateSupplierInput): Promise<Supplier> {
  const u = ctx.user!;
  const s = await getSupplier(ctx, input.supplierId, "supplierId");
  if (u.role !== Role.ADMIN && !(u.role === Role.COUNTY_OFFICIAL && (await isWithin(ctx, s.countyId, u.regionId!))))
    throw forbidden();
  const next = {
    name: input.name?.trim() ?? s.name,
    contact: input.contact !== undefined ? input.contact?.trim() || null : s.contact,
  };
  const change: Record<string, unknown> = {};
  for (const k of ["name", "contact"] as const) if (next[k] !== s[k]) change[k] = { before: s[k], after: next[k] };
  await ctx.manager.getRepository(Supplier).update({ id: s.id }, next);
  await recordAudit(ctx, { action: "SUPPLIER_UPDATED", entityType: "Supplier", entityId: s.id, change });
  return Object.assign(s, next);
}

/**
 * The suppliers in the caller's scope with these credit codes (upper-case), by code: one query for a
 * whole spreadsheet (modules/imports). A code outside the scope is simply absent, as NOT_FOUND.
 */
export async function suppliersByCreditCode(
  ctx: RequestContext,
  codes: string[],
): Promise<Map<string, { id: string; countyId: string }>> {
  const found = new Map<string, { id: string; countyId: string }>();
  if (!codes.length) return found;
  const qb = ctx.manager
    .getRepository(Supplier)
    .createQueryBuilder("s")
    .select(["s.id AS id", "s.county_id AS county_id", "s.credit_code AS credit_code"]);
  const rows = await andWhere(qb, supplierScope(ctx, "s"))
    .andWhere("s.credit_code IN (:...codes)", { codes: [...new Set(codes)] })
    .getRawMany<{ id: string; county_id: string; credit_code: string }>();
  for (const r of rows) found.set(r.credit_code.trim(), { id: r.id, countyId: r.county_id });
  return found;
}

/** Audit names: suppliers the reader may read. */
auditNames.add({
  refType: "Supplier",
  fields: ["supplierId", "supplierIds"],
  names: namesThrough(visibleSupplierById, (s) => s.name),
});

/** A county official reads the history of its county's suppliers (audit.service.ts). */
auditRecordsWithin.add({
  entityType: "Supplier",
  idsWithin: (regionId) => cond`(SELECT asp.id::text FROM supplier asp WHERE ${inSubtree("asp.county_id", regionId)})`,
});
