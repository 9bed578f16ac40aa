import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { today } from "../../shared/dates";
import { badInput, notFound } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { auditRecordsWithin, recordAudit } from "../audit/audit.service";
import { APPROVED_SUPPLIER_IDS, getSupplier, supplierIdsNamedLike } from "../suppliers/supplier.service";
import { CertificateStatus, Product } from "./product.entity";
import type { CreateProductInput, ProductFilter, UpdateProductInput } from "./product.inputs";
import { productById } from "./product.loaders";
import { scopedRowsById } from "../../shared/loaders";
import {
  andWhere,
  anyOf,
  cond,
  EVERY_ROW,
  findInScope,
  NO_ROW,
  param,
  readableThrough,
  type Reference,
  type Scope,
} from "../../shared/scoped";
import { extensionPoint } from "../../shared/port";
import { inSubtree } from "../regions/region.service";
import { UUID, containsPattern, rowsOf } from "../../shared/sql";
import { auditNames, namesThrough } from "../audit/audit.readable";
import { msg } from "../../shared/messages";

export { today };
/** Prices up to ¥10,000,000 a unit keep every line total far inside safe integers. */
const MAX_PRICE = 1_000_000_000;

/**
 * Catalogue scope on alias `p`: every signed-in user sees active
 * products of approved suppliers; a county official also sees all of its county's; admins all.
 */
function catalogueScope(ctx: RequestContext): Scope {
  const u = ctx.user;
  if (!u) return NO_ROW;
  if (u.role === Role.ADMIN) return EVERY_ROW;
  const onSale = cond`(p.supplier_id IN ${APPROVED_SUPPLIER_IDS} AND p.active)`;
  return u.role === Role.COUNTY_OFFICIAL ? anyOf(onSale, inSubtree("p.county_id", u.regionId)) : onSale;
}

export async function listProducts(
  ctx: RequestContext,
  filter: ProductFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<Product>> {
  const { sql, params } = catalogueScope(ctx);
  const qb = ctx.manager.getRepository(Product).createQueryBuilder("p").where(sql, params);
  if (filter?.countyId) {
    if (!UUID.test(filter.countyId)) throw badInput("countyId", msg("地区不存在", "Unknown region"));
    andWhere(qb, inSubtree("p.county_id", filter.countyId));
  }
  if (filter?.supplierId) {
    if (!UUID.test(filter.supplierId)) throw badInput("supplierId", msg("供应商不存在", "Unknown supplier"));
    qb.andWhere("p.supplier_id = :fs", { fs: filter.supplierId });
  }
  if (filter?.category?.trim()) qb.andWhere("p.category = :cat", { cat: filter.category.trim() });
  if (filter?.minPrice != null) qb.andWhere("p.price >= :minP", { minP: filter.minPrice });
  if (filter?.maxPrice != null) qb.andWhere("p.price <= :maxP", { maxP: filter.maxPrice });
  if (filter?.certificateStatus) {
    const on = today();
    const valid =
      "(p.certificate_no IS NOT NULL AND p.certificate_valid_from <= :on AND p.certificate_valid_to >= :on)";
    const missing = "(p.certificate_no IS NULL OR p.certificate_valid_from IS NULL OR p.certificate_valid_to IS NULL)";
    const cond = {
      [CertificateStatus.VALID]: valid,
      [CertificateStatus.MISSING]: missing,
      [CertificateStatus.EXPIRED]: `(NOT ${missing} AND NOT ${valid})`,
    }[filter.certificateStatus];
    qb.andWhere(cond, { on });
  }
  if (filter?.search?.trim()) {
    const pattern = containsPattern(filter.search);
    const s = param(pattern);
    andWhere(
      qb,
      anyOf(
        cond`p.name LIKE ${s}`,
        cond`p.category LIKE ${s}`,
        cond`p.certificate_no LIKE ${s}`,
        cond`p.supplier_id IN ${supplierIdsNamedLike(pattern)}`,
      ),
    );
  }
  qb.orderBy("p.name", "ASC").addOrderBy("p.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/**
 * The products a caller may read (`product(id)` and every relation that leads to one, on alias
 * `alias`): the catalogue (catalogueScope), and the product of any order line it may see — a
 * buyer's past purchase stays readable after the product is withdrawn (issue 8: a relation never
 * shows what the single read refuses). The catalogue list keeps catalogueScope.
 */
export function productReadScope(ctx: RequestContext, alias = "p"): Scope {
  const u = ctx.user;
  if (!u) return NO_ROW;
  if (u.role === Role.ADMIN) return EVERY_ROW;
  const own = anyOf(
    cond`(${alias}.active AND ${alias}.supplier_id IN ${APPROVED_SUPPLIER_IDS})`,
    ...(u.role === Role.COUNTY_OFFICIAL ? [inSubtree(`${alias}.county_id`, u.regionId)] : []),
  );
  return readableThrough(ctx, alias, own, productReferences.all());
}

/** Records that make a product readable to whoever may read them (orders: the product of an order line). */
export const productReferences = extensionPoint<Reference>("productReferences");

/** Products by id within `productReadScope` (null outside it): an order line's product. */
export const visibleProductById = scopedRowsById(Product, "p", productReadScope);

export async function getProduct(ctx: RequestContext, id: string): Promise<Product> {
  return findInScope(ctx, Product, "p", productReadScope(ctx), id, msg("产品", "Product"));
}

/** Any product by id (for order placement, which decides on availability itself). */
export const loadProduct = (ctx: RequestContext, id: string) => loader(ctx, productById).load(id);
export const loadProducts = (ctx: RequestContext, ids: string[]) => loader(ctx, productById).loadMany(ids);

/**
 * A product the caller may change: a county official its own county's, admins any. Others'
 * products answer NOT_FOUND, like every out-of-scope single row.
 */
export async function getProductForWrite(ctx: RequestContext, id: string): Promise<Product> {
  const u = ctx.user!;
  const qb = ctx.manager
    .getRepository(Product)
    .createQueryBuilder("p")
    .where("p.id = :id", { id: UUID.test(id) ? id : "00000000-0000-0000-0000-000000000000" });
  if (u.role !== Role.ADMIN) andWhere(qb, inSubtree("p.county_id", u.regionId));
  const p = await qb.getOne();
  if (!p) {
    throw notFound(msg("产品", "Product"), "productId");
  }
  return p;
}

export function checkCertificate(i: {
  certificateNo?: string | null;
  certificateValidFrom?: string | null;
  certificateValidTo?: string | null;
}) {
  if (i.certificateValidFrom && i.certificateValidTo && i.certificateValidTo < i.certificateValidFrom) {
    throw badInput("certificateValidTo", msg("有效期止不能早于起", "The end date is before the start date"));
  }
  if (i.certificateNo && (!i.certificateValidFrom || !i.certificateValidTo)) {
    throw badInput("certificateValidTo", msg("请填写证书有效期", "Enter the certificate's validity period"));
  }
}

export function checkPrice(price: number) {
  if (price <= 0) throw badInput("price", msg("价格须大于零", "The price must be positive"));
  if (price > MAX_PRICE) throw badInput("price", msg("价格过高", "Price too high"));
}

/** A county official lists a product of an approved or recommended supplier of its county. */
export async function createProduct(ctx: RequestContext, input: CreateProductInput): Promise<Product> {
  const u = ctx.user!;
  const supplier = await getSupplier(ctx, input.supplierId, "supplierId");
  if (u.role !== Role.ADMIN && u.role !== Role.COUNTY_OFFICIAL)
    throw badInput("supplierId", msg("无权为该供应商上架", "Not your supplier"));
  checkPrice(input.price);
  checkCertificate(input);
  const product = await ctx.manager.getRepository(Product).save(
    Object.assign(new Product(), {
      supplierId: supplier.id,
      countyId: supplier.countyId,
      name: input.name.trim(),
      category: input.category.trim(),
      spec: input.spec.trim(),
      unit: input.unit.trim(),
      price: input.price,
      stock: input.stock,
      certificateNo: input.certificateNo?.trim() || null,
      certificateAuthority: input.certificateAuthority?.trim() || null,
      certificateValidFrom: input.certificateValidFrom ?? null,
      certificateValidTo: input.certificateValidTo ?? null,
      active: true,
    }),
  );
  await recordAudit(ctx, {
    action: "PRODUCT_CREATED",
    entityType: "Product",
    entityId: product.id,
    change: {
      name: product.name,
      supplierId: supplier.id,
      price: formatFen(product.price),
      stock: product.stock,
      certificateNo: product.certificateNo,
    },
  });
  return product;
}

// ---------------------------------------------------------------------------------------------
// Stock: only this module writes `product.stock`. Every change is one conditional UPDATE on the
// caller's transaction (DESIGN.md, "counted exactly, under concurrency"): no read-modify-write,
// the row lock held until that transaction ends — so a caller takes stock last.

/**
 * Takes `quantity` units of a product's stock: `{ taken: true }`, or, when fewer are left (nothing
 * changed), `{ taken: false, available }` with the stock left then.
 */
export async function takeStock(
  ctx: RequestContext,
  productId: string,
  quantity: number,
): Promise<{ taken: true } | { taken: false; available: number }> {
  const r = rowsOf<{ id: string }>(
    await ctx.manager.query(`UPDATE product SET stock = stock - $1 WHERE id = $2 AND stock >= $1 RETURNING id`, [
      quantity,
      productId,
    ]),
  );
  if (r.length) return { taken: true };
  const [{ stock }] = rowsOf<{ stock: number }>(
    await ctx.manager.query(`SELECT stock FROM product WHERE id = $1`, [productId]),
  );
  return { taken: false, available: stock };
}

/** Puts `quantity` units back into a product's stock (a cancelled order's lines). */
export async function returnStock(ctx: RequestContext, productId: string, quantity: number): Promise<void> {
  await ctx.manager.query(`UPDATE product SET stock = stock + $1 WHERE id = $2`, [quantity, productId]);
}

/** Price, certificate and availability changes; stock changes are atomic deltas, never overwrites. */
export async function updateProduct(ctx: RequestContext, input: UpdateProductInput): Promise<Product> {
  const p = await getProductForWrite(ctx, input.productId);
  const change: Record<string, unknown> = {};
  const set: Partial<Product> = {};
  for (const k of ["name", "category", "spec", "unit"] as const) {
    const v = input[k]?.trim();
    if (v && v !== p[k]) {
      set[k] = v;
      change[k] = { before: p[k], after: v };
    }
  }
  if (input.price != null) {
    checkPrice(input.price);
    set.price = input.price;
    change.price = { before: formatFen(p.price), after: formatFen(input.price) };
  }
  for (const k of ["certificateNo", "certificateAuthority", "certificateValidFrom", "certificateValidTo"] as const) {
    if (input[k] !== undefined) {
      (set as Record<string, unknown>)[k] = input[k] || null;
      change[k] = { before: p[k], after: input[k] || null };
    }
  }
  if (input.active != null) {
    set.active = input.active;
    change.active = input.active;
  }
  checkCertificate({ ...p, ...set });
  if (Object.keys(set).length) await ctx.manager.getRepository(Product).update({ id: p.id }, set);
  if (input.stockChange) {
    const rows = rowsOf<{ stock: number }>(
      await ctx.manager.query(
        `UPDATE product SET stock = stock + $1 WHERE id = $2 AND stock + $1 >= 0 RETURNING stock`,
        [input.stockChange, p.id],
      ),
    );
    if (!rows.length) throw badInput("stockChange", msg("库存不能为负", "Stock cannot go below zero"));
    change.stockChange = input.stockChange;
  }
  await recordAudit(ctx, { action: "PRODUCT_UPDATED", entityType: "Product", entityId: p.id, change });
  return ctx.manager.getRepository(Product).findOneByOrFail({ id: p.id });
}

/** Audit names: products the reader may read. */
auditNames.add({ refType: "Product", fields: ["productId"], names: namesThrough(visibleProductById, (p) => p.name) });

/** A county official reads the history of its county's products (audit.service.ts). */
auditRecordsWithin.add({
  entityType: "Product",
  idsWithin: (regionId) => cond`(SELECT ap.id::text FROM product ap WHERE ${inSubtree("ap.county_id", regionId)})`,
});
