import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { today } from "../../shared/dates";
import { badInput, notFound } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { auditRecordsWithin, recordAudit } from "../audit/audit.service";
import {
  APPROVED_SUPPLIER_IDS,
  getSupplier,
  primeVisibleSuppliers,
  supplierIdsNamedLike,
  visibleSupplierJson,
} from "../suppliers/supplier.service";
import { primeRegions, regionJson } from "../regions/region.loaders";
import { CertificateStatus, Product } from "./product.entity";
import type { CreateProductInput, ProductFilter, UpdateProductInput } from "./product.inputs";
import { imagesByProduct, productById } from "./product.loaders";
import { ProductImage } from "./product-image.entity";
import { rowFromJson, scopedRowsById } from "../../shared/loaders";
import {
  andWhere,
  anyOf,
  cond,
  EVERY_ROW,
  findInScope,
  NO_ROW,
  param,
  positional,
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

/** The catalogue counts its matches up to this many; beyond, `totalCount` is this lower bound. */
export const CATALOGUE_COUNT_LIMIT = 1_000;

/** A catalogue page's key: the last product's (name, id), the catalogue's order (index product_name_id). */
const encodeKey = (name: string, id: string) =>
  Buffer.from(JSON.stringify(["k", name, id]), "utf8").toString("base64url");

function decodeKey(after: string | null | undefined): [string, string] | null {
  if (!after) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 3 && v[0] === "k" && typeof v[1] === "string" && UUID.test(String(v[2])))
      return [v[1], v[2] as string];
  } catch {
    // not JSON: the same refusal as any other malformed cursor
  }
  throw badInput("after", msg("分页游标无效", "Invalid cursor"));
}

/** The catalogue's rows for the caller and the filter, on alias `p` (no order, no limit). */
function catalogueQuery(ctx: RequestContext, filter: ProductFilter | undefined) {
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
    // name, category and certificate number: trigram index product_search_trgm (migration 33)
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
  return qb;
}

interface CatalogueRow {
  total: number;
  id: string | null;
  supplier_id: string;
  county_id: string;
  name: string;
  category: string;
  spec: string;
  unit: string;
  price: number;
  stock: number;
  certificate_no: string | null;
  certificate_authority: string | null;
  certificate_valid_from: string | null;
  certificate_valid_to: string | null;
  active: boolean;
  created_at: Date;
  /** The supplier's row (`visibleSupplierJson`), null when the caller may not read it. */
  supplier: Record<string, unknown> | null;
  /** The county's row (`regionJson`). */
  county: Record<string, unknown> | null;
  images: {
    id: string;
    kind: ProductImage["kind"];
    contentType: string;
    byteSize: number;
    sha256: string;
    uploadedById: string | null;
    createdAt: string;
  }[];
}

/**
 * 产品目录, one page in ONE statement (issue 14): the page by key in the catalogue's order (name, id),
 * one row more than asked to know whether there is a next page, each product's images (primed into
 * `imagesByProduct`), and the number of matches counted up to CATALOGUE_COUNT_LIMIT (a lower bound
 * beyond: `totalCountExact` false), and each product's supplier (within the supplier module's read
 * scope, as the relation reads it) and county as JSON from their modules' sub-selects, primed into
 * their loaders: the relations then read nothing, so a page is the authentication and this.
 */
export async function listProducts(
  ctx: RequestContext,
  filter: ProductFilter | undefined,
  after: string | null | undefined,
  first: number,
  /** Count the matches (up to the limit); false when nobody asked for totalCount (asksForCount). */
  count = true,
): Promise<Page<Product>> {
  const key = decodeKey(after);
  const base = catalogueQuery(ctx, filter);
  const [countSql, countParams] = base.clone().select("1").getQueryAndParameters();
  const page = base.clone().select("p.*");
  if (key) page.andWhere("(p.name, p.id) > (:kName, :kId)", { kName: key[0], kId: key[1] });
  const [pageSql, params] = page
    .orderBy("p.name", "ASC")
    .addOrderBy("p.id", "ASC")
    .limit(first + 1)
    .getQueryAndParameters();
  // Both come from one builder: the count's parameters are the page's first ones ($1 … $n).
  if (countParams.some((v, i) => v !== params[i])) throw new Error("catalogue: parameters out of step");
  // Each product's supplier (within the supplier module's read scope) and county, from their
  // modules' sub-selects, numbered after the page's parameters.
  const supplier = positional(visibleSupplierJson(ctx, "x.supplier_id"), params.length + 1);
  const county = positional(regionJson("x.county_id"), params.length + supplier.params.length + 1);
  const rows = rowsOf<CatalogueRow>(
    await ctx.manager.query(
      `SELECT c.total, x.*, ${supplier.sql} AS supplier, ${county.sql} AS county, COALESCE(
              (SELECT json_agg(json_build_object('id', i.id, 'kind', i.kind, 'contentType', i.content_type,
                       'byteSize', i.byte_size, 'sha256', i.sha256, 'uploadedById', i.uploaded_by, 'createdAt', i.created_at)
                       ORDER BY i.created_at, i.id)
                 FROM product_image i WHERE i.product_id = x.id), '[]') AS images
         FROM (${count ? `SELECT count(*)::int AS total FROM (${countSql} LIMIT ${CATALOGUE_COUNT_LIMIT + 1}) m` : "SELECT NULL::int AS total"}) c
         LEFT JOIN LATERAL (${pageSql}) x ON true`,
      [...params, ...supplier.params, ...county.params],
    ),
  );
  const found = rows.filter((r) => r.id !== null);
  // Not counted: the page says what it knows (shown on screen only when totalCount was asked for).
  const total = count ? (rows[0]?.total ?? 0) : found.length;
  const images = loader(ctx, imagesByProduct);
  const shown = found.slice(0, first);
  primeVisibleSuppliers(
    ctx,
    shown.map((r) => [r.supplier_id, r.supplier] as const),
  );
  primeRegions(
    ctx,
    shown.map((r) => [r.county_id, r.county] as const),
  );
  const nodes = shown.map((r) => {
    const p = Object.assign(new Product(), {
      id: r.id!,
      supplierId: r.supplier_id,
      countyId: r.county_id,
      name: r.name,
      category: r.category,
      spec: r.spec,
      unit: r.unit,
      price: r.price,
      stock: r.stock,
      certificateNo: r.certificate_no,
      certificateAuthority: r.certificate_authority,
      certificateValidFrom: r.certificate_valid_from,
      certificateValidTo: r.certificate_valid_to,
      active: r.active,
      createdAt: r.created_at,
    });
    images.prime(
      p.id,
      r.images.map((i) =>
        Object.assign(new ProductImage(), { ...i, productId: p.id, createdAt: new Date(i.createdAt) }),
      ),
    );
    return p;
  });
  return {
    nodes,
    totalCount: Math.min(total, CATALOGUE_COUNT_LIMIT),
    totalCountExact: total <= CATALOGUE_COUNT_LIMIT,
    offset: 0,
    first,
    hasNextPage: found.length > first,
    cursorAt: (i) => encodeKey(nodes[i].name, nodes[i].id),
  };
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

/**
 * The products whose ids are in `ids` (a uuid[] expression) as a sub-select of their rows, unscoped
 * like `loadProduct` (placement decides on availability itself): for another module's statement
 * that reads them alongside its own rows (the placement's one read, issue 14) and hands each
 * `row_to_json` to `productFromJson`.
 */
export const productRows = (ids: Scope): Scope => cond`(SELECT * FROM product WHERE id = ANY(${ids}))`;
/** A product from `productRows`' `row_to_json`, as `loadProduct` would have read it. */
export const productFromJson = (ctx: RequestContext, json: Record<string, unknown>) => rowFromJson(ctx, Product, json);

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
// Stock: only this module writes `product.stock`. Every change is an atomic delta in the caller's
// transaction (DESIGN.md, "counted exactly, under concurrency"): no read-modify-write, the row lock
// held until that transaction ends — so a caller moves stock in its last statement.

/**
 * Stock moves as CTEs for a caller's one statement (the order's placement takes, a cancellation gives
 * back): `wanted` is a SELECT of `(product_id uuid, q int)`, one row per product. The rows are locked
 * in id order first (`stock_locked`, which also answers the stock as it is now), so two orders never
 * take the same products in opposite orders (no deadlock) — NO KEY UPDATE, the lock an UPDATE of the
 * stock takes, so the order lines' foreign-key checks of other orders (KEY SHARE) are not blocked;
 * then `stock_moved` moves each by one
 * atomic delta, never an overwrite. Taking is conditional (`stock >= q`): a product missing from
 * `stock_moved` had too little, and the caller rolls back with what `stock_locked` says is left.
 */
export function stockMoveCtes(wanted: Scope, direction: "take" | "return"): Scope {
  const move = direction === "take" ? cond`p.stock - w.q` : cond`p.stock + w.q`;
  return cond`stock_wanted AS (${wanted}),
    stock_locked AS (SELECT p.id, p.stock FROM product p WHERE p.id IN (SELECT product_id FROM stock_wanted)
                     ORDER BY p.id FOR NO KEY UPDATE),
    stock_moved AS (UPDATE product p SET stock = ${move} FROM stock_wanted w
                     WHERE p.id = w.product_id AND p.id IN (SELECT id FROM stock_locked)${direction === "take" ? cond` AND p.stock >= w.q` : cond``}
                    RETURNING p.id)`;
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
