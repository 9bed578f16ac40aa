import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";
import type { RequestContext } from "../../server/src/shared/context";
import { rowFromJson } from "../../server/src/shared/loaders";
import { Region } from "../../server/src/modules/regions/region.entity";
import { Supplier } from "../../server/src/modules/suppliers/supplier.entity";

/**
 * The catalogue at scale (issue 14): a page costs the same statements at any page size, pages
 * follow by key in (name, id) order, counts stop at 1,000 (said so by totalCountExact), and a
 * trivial authenticated query reads nothing after authentication.
 */
let s: TestServer;
const t: Record<string, string> = {};
const EXTRA = 10_050; // beyond the count limit

const PAGE = graphql(`
  query CataloguePageAtScale($first: Int!, $after: String, $filter: ProductFilter) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountExact
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        price
        certificateStatus
        countsTowardQuota
        county {
          id
          name
        }
        supplier {
          id
          name
        }
        images {
          id
          kind
          url
        }
      }
    }
  }
`);

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "buyer", "zhenning"]) t[u] = await s.login(u);
  // 10,050 more products of one approved supplier, named so that they interleave with the demo's.
  const [sup] = await s.sql(`SELECT id, county_id FROM supplier WHERE status = 'APPROVED' ORDER BY name LIMIT 1`);
  await s.sql(
    `INSERT INTO product (supplier_id, county_id, name, category, spec, unit, price, stock)
     SELECT $1, $2, '批量产品' || lpad(g::text, 5, '0'), '测试', '1kg', '袋', 100 + g, 10
       FROM generate_series(1, ${EXTRA}) g`,
    [sup.id, sup.county_id],
  );
});
afterAll(() => s?.close());

describe("catalogue at scale", () => {
  it("costs the same statements for a page of 10 and of 100, with supplier, county and images", async () => {
    const small = await s.countQueries(() => s.gql(PAGE, { first: 10 }, t.buyer));
    const large = await s.countQueries(() => s.gql(PAGE, { first: 100 }, t.buyer));
    expect(large).toBe(small);
    // authentication, and the page (with its count, images, suppliers and counties)
    expect(large).toBe(2);
    const r = await s.gql(PAGE, { first: 100 }, t.buyer);
    expect(r.data?.products.nodes).toHaveLength(100);
    expect(r.data?.products.nodes.every((n) => n.supplier.name && n.county.name)).toBe(true);
  });

  it("counts up to 1,000 and says when the count is a lower bound", async () => {
    const [{ n }] = await s.sql(
      `SELECT count(*)::int AS n FROM product p JOIN supplier su ON su.id = p.supplier_id
        WHERE su.status = 'APPROVED' AND p.active`,
    );
    expect(n).toBeGreaterThan(1_000);
    const all = await s.gql(PAGE, { first: 1 }, t.buyer);
    expect(all.data?.products).toMatchObject({ totalCount: 1_000, totalCountExact: false });
    const few = await s.gql(PAGE, { first: 1, filter: { search: "批量产品0001" } }, t.buyer);
    // 批量产品00010 … 批量产品00019
    expect(few.data?.products).toMatchObject({ totalCount: 10, totalCountExact: true });
    expect(few.data?.products.pageInfo.hasNextPage).toBe(true);
  });

  it("counts only when totalCount is asked for, and the page is the same either way", async () => {
    const NO_COUNT = `query ($first: Int!, $filter: ProductFilter, $count: Boolean = false) {
      products(first: $first, filter: $filter) { totalCount @include(if: $count) pageInfo { hasNextPage } nodes { id } } }`;
    const VIA_FRAGMENT = `query ($first: Int!, $filter: ProductFilter) {
      products(first: $first, filter: $filter) { ...Counted nodes { id } } }
      fragment Counted on ProductConnection { totalCount }`;
    for (const filter of [undefined, { search: "批量产品" }]) {
      let without: GqlResult | undefined;
      const sent = await s.recordQueries(async () => (without = await s.gql(NO_COUNT, { first: 20, filter }, t.buyer)));
      expect(sent.some((q) => /count\(\*\)/i.test(q))).toBe(false);
      let counted: GqlResult | undefined;
      const sentCounted = await s.recordQueries(
        async () => (counted = await s.gql(VIA_FRAGMENT, { first: 20, filter }, t.buyer)),
      );
      expect(sentCounted.some((q) => /count\(\*\)/i.test(q))).toBe(true);
      expect(counted!.data.products.totalCount).toBe(1_000);
      expect(without!.data.products.nodes).toEqual(counted!.data.products.nodes);
      expect(without!.data.products.pageInfo.hasNextPage).toBe(true);
    }
  });

  it("walks every product once, in (name, id) order, by key", async () => {
    const expected = (
      await s.sql(
        `SELECT p.id FROM product p JOIN supplier su ON su.id = p.supplier_id
          WHERE su.status = 'APPROVED' AND p.active AND p.name LIKE '%产品00%' ORDER BY p.name, p.id`,
      )
    ).map((r) => r.id as string);
    expect(expected.length).toBeGreaterThan(250);
    const pageOf = (after: string | null) => s.gql(PAGE, { first: 100, after, filter: { search: "产品00" } }, t.buyer);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 200; i++) {
      const r: Awaited<ReturnType<typeof pageOf>> = await pageOf(after);
      const c = r.data!.products;
      seen.push(...c.nodes.map((n: { id: string }) => n.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(expected);
  });

  it("refuses a cursor it did not make, and an offset cursor", async () => {
    expect(codeOf(await s.gql(PAGE, { first: 10, after: "bm9wZQ" }, t.buyer))).toBe("BAD_USER_INPUT");
    const offset = Buffer.from("o:5").toString("base64url");
    expect(codeOf(await s.gql(PAGE, { first: 10, after: offset }, t.buyer))).toBe("BAD_USER_INPUT");
    const bad = Buffer.from(JSON.stringify(["k", "x", "not-a-uuid"])).toString("base64url");
    expect(codeOf(await s.gql(PAGE, { first: 10, after: bad }, t.buyer))).toBe("BAD_USER_INPUT");
  });

  it("keeps the scope: a buyer does not see a withdrawn product, an administrator does", async () => {
    const [p] = await s.sql(`SELECT id FROM product WHERE name = '批量产品00001'`);
    await s.sql(`UPDATE product SET active = false WHERE id = $1`, [p.id]);
    const q = { first: 10, filter: { search: "批量产品00001" } };
    const buyer = await s.gql(PAGE, q, t.buyer);
    expect(buyer.data?.products.nodes.map((n) => n.id)).not.toContain(p.id);
    const admin = await s.gql(PAGE, q, t.admin);
    expect(admin.data?.products.nodes.map((n) => n.id)).toContain(p.id);
  });

  it("makes a page's suppliers and counties from their JSON exactly as TypeORM reads them", async () => {
    // rowFromJson sets text and uuid columns as they come and hydrates the rest (timestamps) as the driver does.
    const db = s.app.db;
    const ctx = { manager: db.manager } as RequestContext;
    for (const [entity, table] of [
      [Supplier, "supplier"],
      [Region, "region"],
    ] as const) {
      const read = new Map<string, object>(
        (await db.getRepository<{ id: string }>(entity).find()).map((r) => [r.id, r]),
      );
      const json = await db.query(`SELECT row_to_json(t) AS j FROM ${table} t`);
      expect(json.length).toBeGreaterThan(0);
      for (const { j } of json as { j: { id: string } }[]) {
        const row = rowFromJson(ctx, entity, j);
        expect(row.constructor).toBe(entity);
        expect(row).toStrictEqual(read.get(j.id));
      }
    }
  });

  it("has the indexes: (name, id) for the order, trigram for search", async () => {
    const rows = await s.sql(`SELECT indexname FROM pg_indexes WHERE tablename = 'product'`);
    const names = rows.map((r) => r.indexname as string);
    expect(names).toContain("product_name_id");
    expect(names).toContain("product_search_trgm");
  });
});

describe("{ me } after authentication", () => {
  const ME = graphql(`
    query CatalogueMeId {
      me {
        id
        role
      }
    }
  `);
  const ME_FULL = graphql(`
    query CatalogueMeLastLogin {
      me {
        id
        lastLoginAt
      }
    }
  `);

  it("reads nothing after the session: one statement", async () => {
    expect(await s.countQueries(() => s.gql(ME, {}, t.buyer))).toBe(1);
    const r = await s.gql(ME, {}, t.buyer);
    expect(r.data?.me?.role).toBe("BUYER");
  });

  it("still loads the user for fields the session does not carry", async () => {
    const r = await s.gql(ME_FULL, {}, t.buyer);
    expect(r.data?.me?.lastLoginAt).toBeTruthy();
  });
});
