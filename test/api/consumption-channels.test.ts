import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import type { CreateFairInput } from "./gql/graphql";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { key, narrow, orderRowCounts, PLACE, productId } from "./consumption-fixtures";

/**
 * What coordinators and county officials manage around the marketplace: fairs with their
 * participating suppliers, sales centres, suppliers' and products' details, and product images.
 */
let s: TestServer;
const t: Record<string, string> = {};
let honey: string; // 镇宁 (Zhenning)
let woodEar: string; // 徽县 (Hui County)
let honeySupplier: string;
let fungiSupplier: string;
let pendingSupplier: string; // 宁陕, awaiting review
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer"]) t[u] = await s.login(u);
  honey = await productId(s, "镇宁土蜂蜜");
  woodEar = await productId(s, "徽县黑木耳");
  const sup = async (name: string) => (await s.sql(`SELECT id FROM supplier WHERE name LIKE $1`, [`%${name}%`]))[0].id;
  honeySupplier = await sup("蜂之源");
  fungiSupplier = await sup("食用菌");
  pendingSupplier = await sup("宁陕");
});
afterAll(() => s?.close());

const lastYearDay = () => `${new Date().getUTCFullYear()}-01-02`;
graphql(`
  fragment ConsumptionChannelsFair on Fair {
    id
    name
    venue
    startsOn
    endsOn
    eastRegion {
      code
    }
    suppliers {
      id
      name
    }
  }
`);
const CREATE_FAIR = graphql(`
  mutation ConsumptionChannelsCreateFair($i: CreateFairInput!) {
    createFair(input: $i) {
      ...ConsumptionChannelsFair
    }
  }
`);
const UPDATE_FAIR = graphql(`
  mutation ConsumptionChannelsUpdateFair($i: UpdateFairInput!) {
    updateFair(input: $i) {
      ...ConsumptionChannelsFair
    }
  }
`);
const DELETE_FAIR = graphql(`
  mutation ConsumptionChannelsDeleteFair($id: ID!) {
    deleteFair(fairId: $id)
  }
`);
const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM fair)::int AS fairs, (SELECT count(*) FROM fair_supplier)::int AS exhibitors,
    (SELECT count(*) FROM sales_centre)::int AS centres, (SELECT count(*) FROM product_image)::int AS images,
    (SELECT count(*) FROM audit_entry)::int AS audit`)
  )[0];

describe("fairs (展销大集) and their participating suppliers", () => {
  let fairId: string;
  const day = lastYearDay();

  it("a coordinator creates a fair in its region with approved suppliers of its partner counties", async () => {
    const before = await counts();
    const r = await s.gql(
      CREATE_FAIR,
      {
        i: {
          name: "新春年货大集",
          venue: "胶州市三里河公园",
          startsOn: day,
          endsOn: day,
          supplierIds: [honeySupplier],
        },
      },
      t.jiaozhou,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createFair).toMatchObject({
      name: "新春年货大集",
      eastRegion: { code: "370281" },
      suppliers: [{ id: honeySupplier }],
    });
    fairId = r.data!.createFair.id;
    expect(await counts()).toMatchObject({
      fairs: before.fairs + 1,
      exhibitors: before.exhibitors + 1,
      audit: before.audit + 1,
    });
  });

  it.each([
    ["a supplier awaiting review", () => ({ supplierIds: [pendingSupplier] }), "supplierIds"],
    ["an unknown supplier", () => ({ supplierIds: ["00000000-0000-0000-0000-000000000000"] }), "supplierIds"],
    ["an end before the start", () => ({ startsOn: "2026-05-05", endsOn: "2026-05-01" }), "endsOn"],
    ["another city's region", () => ({ eastRegionId: "pingdu" }), "eastRegionId"],
  ])("refuses %s with BAD_USER_INPUT naming the field, writing nothing", async (_n, over, field) => {
    const i: CreateFairInput = { name: "测试大集", venue: "某地", startsOn: day, endsOn: day, ...over() };
    if (i.eastRegionId === "pingdu")
      i.eastRegionId = (await s.sql(`SELECT id FROM region WHERE code = '370283'`))[0].id;
    const before = await counts();
    const r = await s.gql(CREATE_FAIR, { i }, t.jiaozhou);
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it("a buyer or a county official may not create fairs; another city's coordinator cannot touch this one", async () => {
    for (const who of ["buyer", "zhenning"]) {
      expect(
        codeOf(await s.gql(CREATE_FAIR, { i: { name: "x", venue: "y", startsOn: day, endsOn: day } }, t[who])),
      ).toBe("FORBIDDEN");
    }
    expect(codeOf(await s.gql(UPDATE_FAIR, { i: { fairId, name: "改名" } }, t.pingdu))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(DELETE_FAIR, { id: fairId }, t.pingdu))).toBe("NOT_FOUND");
    // Qingdao's coordinator covers Jiaozhou.
    const r = await s.gql(UPDATE_FAIR, { i: { fairId, venue: "胶州市三里河公园东门" } }, t.qingdao);
    expect(r.data!.updateFair.venue).toBe("胶州市三里河公园东门");
  });

  it("a fair sale is only from the fair's participating suppliers", async () => {
    const before = await orderRowCounts(s);
    const bad = await s.gql(
      PLACE,
      {
        i: {
          idempotencyKey: key(),
          channel: "FAIR",
          fairId,
          orderedOn: day,
          lines: [{ productId: woodEar, quantity: 1 }],
        },
      },
      t.buyer,
    );
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0].extensions!.field).toBe("fairId");
    expect(await orderRowCounts(s)).toEqual(before);
    const ok = await s.gql(
      PLACE,
      {
        i: {
          idempotencyKey: key(),
          channel: "FAIR",
          fairId,
          orderedOn: day,
          lines: [{ productId: honey, quantity: 2 }],
        },
      },
      t.buyer,
    );
    expect(ok.data!.placeOrder).toMatchObject({ __typename: "Order", channel: "FAIR" });
  });

  it("sales already made stay true: the dates must hold them and a supplier that sold stays listed", async () => {
    const later = `${day.slice(0, 4)}-01-03`;
    const before = await counts();
    const moved = await s.gql(UPDATE_FAIR, { i: { fairId, startsOn: later, endsOn: later } }, t.jiaozhou);
    expect(codeOf(moved)).toBe("BAD_USER_INPUT");
    expect(moved.errors![0].extensions!.field).toBe("startsOn");
    const dropped = await s.gql(UPDATE_FAIR, { i: { fairId, supplierIds: [fungiSupplier] } }, t.jiaozhou);
    expect(codeOf(dropped)).toBe("BAD_USER_INPUT");
    expect(dropped.errors![0].extensions!.field).toBe("supplierIds");
    expect(await counts()).toEqual(before);
    // Adding a supplier and stretching the dates is fine.
    const r = await s.gql(
      UPDATE_FAIR,
      { i: { fairId, endsOn: later, supplierIds: [honeySupplier, fungiSupplier] } },
      t.jiaozhou,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateFair.suppliers.map((x) => x.id).sort()).toEqual([honeySupplier, fungiSupplier].sort());
    expect(r.data!.updateFair.endsOn).toBe(later);
  });

  it("a fair with sales cannot be deleted (CONFLICT); an empty one can", async () => {
    const before = await counts();
    expect(codeOf(await s.gql(DELETE_FAIR, { id: fairId }, t.jiaozhou))).toBe("CONFLICT");
    expect(await counts()).toEqual(before);
    const empty = await s.gql(
      CREATE_FAIR,
      { i: { name: "取消的大集", venue: "某广场", startsOn: day, endsOn: day } },
      t.jiaozhou,
    );
    const id = empty.data!.createFair.id;
    const r = await s.gql(DELETE_FAIR, { id }, t.jiaozhou);
    expect(r.data!.deleteFair).toBe(id);
    expect(await s.sql(`SELECT id FROM fair WHERE id = $1`, [id])).toEqual([]);
    const [audit] = await s.sql(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`, [id]);
    expect(audit.action).toBe("FAIR_DELETED");
  });
});

describe('sales centres (展销中心, the "1")', () => {
  graphql(`
    fragment ConsumptionChannelsCentre on SalesCentre {
      id
      name
      address
      active
      openedOn
      eastRegion {
        code
      }
    }
  `);
  let centreId: string;

  it("a coordinator opens a centre; buyers see open centres; a SALES_CENTRE sale names its centre", async () => {
    const r = await s.gql(
      graphql(`
        mutation ConsumptionChannelsCreateCentre($i: CreateSalesCentreInput!) {
          createSalesCentre(input: $i) {
            ...ConsumptionChannelsCentre
          }
        }
      `),
      { i: { name: "胶州市消费帮扶专馆(北站店)", address: "胶州北站一层", openedOn: "2026-01-10" } },
      t.jiaozhou,
    );
    expect(r.data!.createSalesCentre).toMatchObject({ active: true, eastRegion: { code: "370281" } });
    centreId = r.data!.createSalesCentre.id;
    const list = await s.gql(
      graphql(`
        query ConsumptionChannelsCentres {
          salesCentres {
            id
            name
          }
        }
      `),
      {},
      t.buyer,
    );
    expect(list.data!.salesCentres.map((c) => c.id)).toContain(centreId);
    // A region's own (its subtree): Jiaozhou's list leaves out Qingdao's centre; Qingdao's includes Jiaozhou's.
    const [jz] = await s.sql(`SELECT id FROM region WHERE code = '370281'`);
    const [qd] = await s.sql(`SELECT id FROM region WHERE code = '370200'`);
    const byRegion = graphql(`
      query ConsumptionChannelsByRegion($r: ID) {
        salesCentres(regionId: $r) {
          eastRegion {
            code
          }
        }
        fairs(regionId: $r) {
          eastRegion {
            code
          }
        }
      }
    `);
    const jzList = (await s.gql(byRegion, { r: jz.id }, t.jiaozhou)).data!;
    expect(new Set(jzList.salesCentres.map((c) => c.eastRegion.code))).toEqual(new Set(["370281"]));
    expect(new Set(jzList.fairs.map((c) => c.eastRegion.code))).toEqual(new Set(["370281"]));
    const qdList = (await s.gql(byRegion, { r: qd.id }, t.qingdao)).data!;
    expect(new Set(qdList.salesCentres.map((c) => c.eastRegion.code))).toEqual(new Set(["370200", "370281"]));
    const o = await s.gql(
      PLACE,
      {
        i: {
          idempotencyKey: key(),
          channel: "SALES_CENTRE",
          salesCentreId: centreId,
          lines: [{ productId: honey, quantity: 1 }],
        },
      },
      t.buyer,
    );
    expect(o.data!.placeOrder.__typename).toBe("Order");
    const [row] = await s.sql(`SELECT sales_centre_id FROM purchase_order WHERE id = $1`, [
      narrow(o.data!.placeOrder, "Order").id,
    ]);
    expect(row.sales_centre_id).toBe(centreId);
  });

  it("refuses a duplicate name, another city's coordinator and other roles; a closed centre takes no sales", async () => {
    const before = await counts();
    const dup = await s.gql(
      graphql(`
        mutation ConsumptionChannelsCreateCentreId($i: CreateSalesCentreInput!) {
          createSalesCentre(input: $i) {
            id
          }
        }
      `),
      { i: { name: "胶州市消费帮扶专馆(北站店)", address: "x" } },
      t.jiaozhou,
    );
    expect(codeOf(dup)).toBe("BAD_USER_INPUT");
    expect(dup.errors![0].extensions!.field).toBe("name");
    const UPDATE = graphql(`
      mutation ConsumptionChannelsUpdateCentre($i: UpdateSalesCentreInput!) {
        updateSalesCentre(input: $i) {
          ...ConsumptionChannelsCentre
        }
      }
    `);
    expect(codeOf(await s.gql(UPDATE, { i: { salesCentreId: centreId, active: false } }, t.pingdu))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(UPDATE, { i: { salesCentreId: centreId, active: false } }, t.buyer))).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);

    const closed = await s.gql(UPDATE, { i: { salesCentreId: centreId, active: false } }, t.jiaozhou);
    expect(closed.data!.updateSalesCentre.active).toBe(false);
    const orders = await orderRowCounts(s);
    const o = await s.gql(
      PLACE,
      {
        i: {
          idempotencyKey: key(),
          channel: "SALES_CENTRE",
          salesCentreId: centreId,
          lines: [{ productId: honey, quantity: 1 }],
        },
      },
      t.buyer,
    );
    expect(codeOf(o)).toBe("BAD_USER_INPUT");
    expect(o.errors![0].extensions!.field).toBe("salesCentreId");
    expect(await orderRowCounts(s)).toEqual(orders);
    const open = await s.gql(
      graphql(`
        query ConsumptionChannelsOpenCentres {
          salesCentres {
            id
          }
          all: salesCentres(includeClosed: true) {
            id
          }
        }
      `),
      {},
      t.buyer,
    );
    expect(open.data!.salesCentres.map((c) => c.id)).not.toContain(centreId);
    expect(open.data!.all.map((c) => c.id)).toContain(centreId);
  });
});

describe("the county official's suppliers and products", () => {
  it("edits its own supplier's name and contact; other counties' are NOT_FOUND, coordinators FORBIDDEN", async () => {
    const UPDATE = graphql(`
      mutation ConsumptionChannelsUpdateSupplier($i: UpdateSupplierInput!) {
        updateSupplier(input: $i) {
          id
          name
          contact
        }
      }
    `);
    const r = await s.gql(UPDATE, { i: { supplierId: honeySupplier, contact: "王经理 0851-3612345" } }, t.zhenning);
    expect(r.data!.updateSupplier.contact).toBe("王经理 0851-3612345");
    const before = await counts();
    expect(codeOf(await s.gql(UPDATE, { i: { supplierId: honeySupplier, name: "改名" } }, t.huixian))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await s.gql(UPDATE, { i: { supplierId: honeySupplier, name: "改名" } }, t.jiaozhou))).toBe(
      "FORBIDDEN",
    );
    expect(await counts()).toEqual(before);
    const search = await s.gql(
      graphql(`
        query ConsumptionChannelsSupplierSearch {
          suppliers(filter: { search: "蜂之源" }) {
            nodes {
              id
            }
          }
        }
      `),
      {},
      t.zhenning,
    );
    expect(search.data!.suppliers.nodes).toEqual([{ id: honeySupplier }]);
  });

  it("edits its product's name, spec and unit; the list filters by supplier", async () => {
    const r = await s.gql(
      graphql(`
        mutation ConsumptionChannelsUpdateProduct($i: UpdateProductInput!) {
          updateProduct(input: $i) {
            name
            spec
            unit
            category
          }
        }
      `),
      { i: { productId: woodEar, spec: "200g/袋", unit: "袋" } },
      t.huixian,
    );
    expect(r.data!.updateProduct).toMatchObject({ name: "徽县黑木耳", spec: "200g/袋" });
    const bad = await s.gql(
      graphql(`
        mutation ConsumptionChannelsUpdateProductName($i: UpdateProductInput!) {
          updateProduct(input: $i) {
            name
          }
        }
      `),
      { i: { productId: woodEar, name: "" } },
      t.huixian,
    );
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    const bySupplier = await s.gql(
      graphql(`
        query ConsumptionChannelsProductsBySupplier($f: ProductFilter) {
          products(filter: $f) {
            nodes {
              name
            }
          }
        }
      `),
      { f: { supplierId: fungiSupplier } },
      t.huixian,
    );
    expect(bySupplier.data!.products.nodes.map((p) => p.name).sort()).toEqual(["徽县香菇", "徽县黑木耳"].sort());
  });
});

describe("product images", () => {
  // The smallest valid PNG (1×1) and a JPEG header: the server sniffs the bytes, not the header.
  const PNG = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );
  const upload = (token: string | null, productId: string, body: Buffer, kind = "PHOTO", type = "image/png") =>
    fetch(`${s.url}/uploads/product-images?productId=${productId}&kind=${kind}`, {
      method: "POST",
      body: new Uint8Array(body), // the same bytes; fetch's types take a plain view, not a Buffer
      headers: { "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  let imageId: string;

  it("the county official uploads a photo; the product lists it and anyone can load it", async () => {
    const before = await counts();
    const res = await upload(t.zhenning, honey, PNG, "PHOTO", "application/octet-stream");
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ productId: honey, kind: "PHOTO", contentType: "image/png", byteSize: PNG.length });
    imageId = body.id;
    expect(await counts()).toMatchObject({ images: before.images + 1, audit: before.audit + 1 });

    const p = await s.gql(
      graphql(`
        query ConsumptionChannelsProductImages($id: ID!) {
          product(id: $id) {
            images {
              id
              kind
              contentType
              url
            }
          }
        }
      `),
      { id: honey },
      t.buyer,
    );
    expect(p.data!.product.images).toEqual([
      { id: imageId, kind: "PHOTO", contentType: "image/png", url: `/images/${imageId}` },
    ]);
    const img = await fetch(`${s.url}/images/${imageId}`);
    expect(img.status).toBe(200);
    expect(img.headers.get("content-type")).toBe("image/png");
    expect(img.headers.get("cache-control")).toBe("public, no-cache"); // revalidated: withdrawing stops it at once
    expect(Buffer.from(await img.arrayBuffer()).equals(PNG)).toBe(true);
    const again = await fetch(`${s.url}/images/${imageId}`, { headers: { "if-none-match": img.headers.get("etag")! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${s.url}/images/00000000-0000-0000-0000-000000000000`)).status).toBe(404);
  });

  it("refuses other counties, other roles, no token, non-images and oversize files, writing nothing", async () => {
    const before = await counts();
    const cases: [string | null, Buffer, number, string, string?][] = [
      [t.huixian, PNG, 404, "NOT_FOUND"],
      [t.buyer, PNG, 403, "FORBIDDEN"],
      [t.jiaozhou, PNG, 403, "FORBIDDEN"],
      [null, PNG, 401, "UNAUTHENTICATED"],
      [
        t.zhenning,
        Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
        400,
        "BAD_USER_INPUT",
        "file",
      ],
      [t.zhenning, Buffer.alloc(2 * 1024 * 1024 + 1, 0xff), 400, "BAD_USER_INPUT", "file"],
    ];
    for (const [token, body, status, code, field] of cases) {
      const res = await upload(token, honey, body);
      expect(res.status, code).toBe(status);
      const json = await res.json();
      expect(json.errors[0].extensions.code).toBe(code);
      if (field) expect(json.errors[0].extensions.field).toBe(field);
    }
    const badKind = await upload(t.zhenning, honey, PNG, "LOGO");
    expect(badKind.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("removing: other counties NOT_FOUND; the owner removes it", async () => {
    const REMOVE = graphql(`
      mutation ConsumptionChannelsRemoveImage($id: ID!) {
        removeProductImage(imageId: $id)
      }
    `);
    expect(codeOf(await s.gql(REMOVE, { id: imageId }, t.huixian))).toBe("NOT_FOUND");
    expect((await s.gql(REMOVE, { id: imageId }, t.zhenning)).data!.removeProductImage).toBe(imageId);
    expect((await fetch(`${s.url}/images/${imageId}`)).status).toBe(404);
  });
});
