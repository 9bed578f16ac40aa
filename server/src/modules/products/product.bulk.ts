import type { RequestContext } from "../../shared/context";

/**
 * Products in bulk, for the spreadsheet import (modules/imports): the same table and rules as
 * `createProduct` (checkPrice, checkCertificate), one statement per thousand rows.
 * Natural key: the supplier and the product's name.
 */
export interface NewProductRow {
  supplierId: string;
  countyId: string;
  name: string;
  category: string;
  spec: string;
  unit: string;
  price: number;
  stock: number;
  certificateNo: string | null;
  certificateAuthority: string | null;
  certificateValidFrom: string | null;
  certificateValidTo: string | null;
}

export const productKey = (supplierId: string, name: string) => `${supplierId}\u0000${name}`;

/** The (supplier, name) keys already listed for these suppliers: one query for the whole file. */
export async function productKeysOf(ctx: RequestContext, supplierIds: string[]): Promise<Set<string>> {
  if (!supplierIds.length) return new Set();
  const rows: { supplier_id: string; name: string }[] = await ctx.manager.query(
    `SELECT supplier_id, name FROM product WHERE supplier_id = ANY($1::uuid[])`,
    [[...new Set(supplierIds)]],
  );
  return new Set(rows.map((r) => productKey(r.supplier_id, r.name)));
}

/**
 * Inserts the products; a (supplier, name) listed meanwhile is skipped (NOT EXISTS, product imports
 * taking turns), so a repeated import writes nothing. Returns how many were inserted.
 */
export async function insertProducts(ctx: RequestContext, rows: NewProductRow[]): Promise<number> {
  if (!rows.length) return 0;
  // The key has no unique index (the API lets a supplier list two products of one name): product
  // imports take turns, so two commits of the same file at once cannot both pass NOT EXISTS.
  await ctx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('xiezuo.product-import'))`);
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const c = rows.slice(i, i + 1000);
    const result: unknown[] = await ctx.manager.query(
      `INSERT INTO product (supplier_id, county_id, name, category, spec, unit, price, stock, certificate_no,
                            certificate_authority, certificate_valid_from, certificate_valid_to, active)
       SELECT u.* , true
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::int[],
                     $9::text[], $10::text[], $11::date[], $12::date[])
           AS u(supplier_id, county_id, name, category, spec, unit, price, stock, cno, cauth, cfrom, cto)
        WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.supplier_id = u.supplier_id AND p.name = u.name)
       RETURNING id`,
      [
        c.map((r) => r.supplierId),
        c.map((r) => r.countyId),
        c.map((r) => r.name),
        c.map((r) => r.category),
        c.map((r) => r.spec),
        c.map((r) => r.unit),
        c.map((r) => r.price),
        c.map((r) => r.stock),
        c.map((r) => r.certificateNo),
        c.map((r) => r.certificateAuthority),
        c.map((r) => r.certificateValidFrom),
        c.map((r) => r.certificateValidTo),
      ],
    );
    inserted += result.length;
  }
  return inserted;
}
