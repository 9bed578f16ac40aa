import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import type { PlaceOrderInput } from "./gql/graphql";
import { codeOf, startTestServer, type TestServer } from "./harness";
import {
  CONFIRM,
  key,
  narrow,
  newBuyer,
  orderRowCounts,
  PAY,
  PLACE,
  productId,
  RECEIVE,
  SHIP,
} from "./consumption-fixtures";

/**
 * The buyer's real purchase (issue 11): the product page's read, the checkout stored on the order
 * (delivery, contact phone as personal data, invoice title and tax number, a note), remembered
 * for the buyer's next checkout, and refused field by field when wrong.
 */
let s: TestServer;
const t: Record<string, string> = {};
let honey: string; // 镇宁土蜂蜜: a Zhenning supplier's
let buyer: { id: string; token: string };
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer"]) t[u] = await s.login(u);
  honey = await productId(s, "镇宁土蜂蜜");
  buyer = await newBuyer(s, t.admin, t.jiaozhou, "胶州市第九中学", "EDUCATION");
});
afterAll(() => s?.close());

/** A valid unified social credit code (GB 32100, check character L). */
const USCC = "91110000600037341L";
const CHECKOUT = {
  deliveryAddress: "山东省青岛市胶州市扬州路 29 号 食堂库房",
  deliveryContact: "王建国",
  deliveryPhone: "138 0000 5678",
  invoiceTitle: "胶州市第九中学",
  taxNumber: USCC.toLowerCase(),
  note: "请工作日上午送达",
};
const place = (over: Partial<PlaceOrderInput> = {}, token = buyer.token) =>
  s.gql(
    PLACE,
    { i: { idempotencyKey: key(), channel: "ONLINE", lines: [{ productId: honey, quantity: 1 }], ...over } },
    token,
  );

const ORDER = graphql(`
  query PurchaseOrderCheckout($id: ID!) {
    order(id: $id) {
      id
      deliveryAddress
      deliveryContact
      deliveryPhone
      invoiceTitle
      taxNumber
      note
    }
  }
`);
const REMEMBERED = graphql(`
  query PurchaseRemembered {
    rememberedDelivery {
      deliveryAddress
      deliveryContact
      deliveryPhone
      invoiceTitle
      taxNumber
    }
  }
`);

describe("checkout", () => {
  it("stores the delivery, invoice and note on the order, the phone encrypted, and remembers them for the buyer's next checkout", async () => {
    expect((await s.gql(REMEMBERED, {}, buyer.token)).data!.rememberedDelivery).toBeNull();
    const order = narrow((await place(CHECKOUT)).data!.placeOrder, "Order");
    const read = (await s.gql(ORDER, { id: order.id }, buyer.token)).data!.order;
    expect(read).toEqual({
      id: order.id,
      deliveryAddress: CHECKOUT.deliveryAddress,
      deliveryContact: "王建国",
      deliveryPhone: "13800005678",
      invoiceTitle: "胶州市第九中学",
      taxNumber: USCC,
      note: "请工作日上午送达",
    });
    // Personal data at rest: nothing in the row or the audit entry holds the whole number.
    const [row] = await s.sql(`SELECT * FROM purchase_order WHERE id = $1`, [order.id]);
    expect(JSON.stringify(row)).not.toContain("13800005678");
    expect(row.delivery_phone_masked).toBe("138****5678");
    const [audit] = await s.sql(`SELECT change FROM audit_entry WHERE action = 'ORDER_PLACED' AND entity_id = $1`, [
      order.id,
    ]);
    expect(audit.change).toMatchObject({
      address: CHECKOUT.deliveryAddress,
      contactPhone: "138****5678",
      taxNumber: USCC,
    });
    expect(JSON.stringify(audit.change)).not.toContain("13800005678");

    expect((await s.gql(REMEMBERED, {}, buyer.token)).data!.rememberedDelivery).toEqual({
      deliveryAddress: CHECKOUT.deliveryAddress,
      deliveryContact: "王建国",
      deliveryPhone: "13800005678",
      invoiceTitle: "胶州市第九中学",
      taxNumber: USCC,
    });
    // The last used wins; an order without delivery (handed over at a fair) leaves it as it was.
    narrow(
      (await place({ ...CHECKOUT, deliveryAddress: "胶州市三里河街道 8 号", deliveryPhone: "0532-87216666" })).data!
        .placeOrder,
      "Order",
    );
    const bare = narrow((await place()).data!.placeOrder, "Order");
    expect((await s.gql(ORDER, { id: bare.id }, buyer.token)).data!.order).toMatchObject({
      deliveryAddress: null,
      deliveryPhone: null,
      taxNumber: null,
    });
    expect((await s.gql(REMEMBERED, {}, buyer.token)).data!.rememberedDelivery).toMatchObject({
      deliveryAddress: "胶州市三里河街道 8 号",
      deliveryPhone: "0532-87216666",
    });
    // Another buyer's users never see it.
    const hospital = (await s.gql(REMEMBERED, {}, t.buyer)).data!.rememberedDelivery;
    expect(hospital?.deliveryAddress ?? null).not.toBe("胶州市三里河街道 8 号");
    expect(codeOf(await s.gql(REMEMBERED, {}, t.jiaozhou))).toBe("FORBIDDEN");
  });

  it("refuses a bad tax number, phone or an incomplete delivery, naming the field, never repeating the value, writing nothing", async () => {
    const cases: [Partial<PlaceOrderInput>, string][] = [
      [{ ...CHECKOUT, taxNumber: "12345-ABC" }, "taxNumber"],
      [{ ...CHECKOUT, taxNumber: "91110000600037341A" }, "taxNumber"], // wrong check character
      [{ ...CHECKOUT, taxNumber: "9111000060003734" }, "taxNumber"], // 16: only the 18-character code is checked, 16 is fine
      [{ ...CHECKOUT, taxNumber: "91110000600037341L00000" }, "taxNumber"], // 23 characters
      [{ ...CHECKOUT, invoiceTitle: "  " }, "invoiceTitle"],
      [{ ...CHECKOUT, deliveryPhone: "12345" }, "deliveryPhone"],
      [{ ...CHECKOUT, deliveryPhone: undefined }, "deliveryPhone"],
      [{ ...CHECKOUT, deliveryContact: "" }, "deliveryContact"],
      [{ ...CHECKOUT, deliveryAddress: "胶州" }, "deliveryAddress"],
      [{ ...CHECKOUT, note: "很长".repeat(300) }, "note"],
    ];
    const before = await orderRowCounts(s);
    const [{ n: remembered }] = await s.sql(`SELECT count(*)::int AS n FROM buyer_delivery`);
    for (const [input, field] of cases) {
      const r = await place(input);
      if (field === "taxNumber" && input.taxNumber === "9111000060003734") {
        // 16 letters and digits: an older registration, accepted (and rolled back below by nothing: it is placed).
        narrow(r.data!.placeOrder, "Order");
        continue;
      }
      expect(r.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT", field });
      const value = String(input[field as keyof PlaceOrderInput] ?? "");
      if (value.trim().length > 3) expect(r.errors![0].message).not.toContain(value);
    }
    const after = await orderRowCounts(s);
    // Only the one accepted order was written: one order, one sub-order, one line, its audit entry.
    expect({ orders: after.orders - before.orders, lines: after.lines - before.lines }).toEqual({
      orders: 1,
      lines: 1,
    });
    expect((await s.sql(`SELECT count(*)::int AS n FROM buyer_delivery`))[0].n).toBe(remembered);
  });

  it("shows the phone whole to the buyer and the delivering county, masked to the coordinator and the administrator", async () => {
    const order = narrow((await place({ ...CHECKOUT, deliveryPhone: "13912345678" })).data!.placeOrder, "Order");
    const phoneAs = async (token: string) => {
      const r = await s.gql(ORDER, { id: order.id }, token);
      return r.errors ? codeOf(r) : r.data!.order.deliveryPhone;
    };
    expect(await phoneAs(buyer.token)).toBe("13912345678");
    expect(await phoneAs(t.zhenning)).toBe("13912345678");
    expect(await phoneAs(t.jiaozhou)).toBe("139****5678");
    expect(await phoneAs(t.admin)).toBe("139****5678");
    // Outside the order's scope: no order at all.
    expect(await phoneAs(t.huixian)).toBe("NOT_FOUND");
    expect(await phoneAs(t.pingdu)).toBe("NOT_FOUND");
    expect(await phoneAs(t.buyer)).toBe("NOT_FOUND");
    // The same through the county's list of sub-orders.
    const listed = await s.gql(
      graphql(`
        query PurchaseIncomingPhones {
          subOrders(first: 50) {
            nodes {
              order {
                id
                deliveryPhone
                deliveryAddress
              }
            }
          }
        }
      `),
      {},
      t.zhenning,
    );
    const mine = listed.data!.subOrders.nodes.find((n) => n.order.id === order.id);
    expect(mine?.order).toMatchObject({ deliveryPhone: "13912345678", deliveryAddress: CHECKOUT.deliveryAddress });
  });
});

const PRODUCT = graphql(`
  query PurchaseProductPage($id: ID!) {
    product(id: $id) {
      id
      name
      spec
      unit
      price
      stock
      certificateNo
      certificateAuthority
      certificateValidFrom
      certificateValidTo
      certificateStatus
      county {
        name
      }
      supplier {
        name
        county {
          name
        }
        rating {
          average
          count
        }
      }
      images {
        kind
        url
      }
    }
  }
`);

describe("the product page", () => {
  it("reads a product on sale for a buyer; a withdrawn one it never bought is NOT_FOUND, its county still sees it", async () => {
    const p = (await s.gql(PRODUCT, { id: honey }, buyer.token)).data!.product;
    expect(p).toMatchObject({ name: "镇宁土蜂蜜", county: { name: expect.stringContaining("镇宁") } });
    expect(p.certificateNo).toBeTruthy();
    expect(p.supplier.county.name).toContain("镇宁");

    const [sup] = await s.sql(`SELECT supplier_id FROM product WHERE id = $1`, [honey]);
    const created = await s.gql(
      graphql(`
        mutation PurchaseNewProduct($i: CreateProductInput!) {
          createProduct(input: $i) {
            id
          }
        }
      `),
      {
        i: {
          supplierId: sup.supplier_id,
          name: "镇宁刺梨汁",
          category: "饮品",
          spec: "250ml/瓶",
          unit: "瓶",
          price: "6.50",
          stock: 10,
        },
      },
      t.zhenning,
    );
    const id = created.data!.createProduct.id;
    expect((await s.gql(PRODUCT, { id }, buyer.token)).data!.product.name).toBe("镇宁刺梨汁");
    await s.gql(
      graphql(`
        mutation PurchaseWithdraw($i: UpdateProductInput!) {
          updateProduct(input: $i) {
            active
          }
        }
      `),
      { i: { productId: id, active: false } },
      t.zhenning,
    );
    expect(codeOf(await s.gql(PRODUCT, { id }, buyer.token))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(PRODUCT, { id }, t.huixian))).toBe("NOT_FOUND");
    expect((await s.gql(PRODUCT, { id }, t.zhenning)).data!.product.name).toBe("镇宁刺梨汁");
    // A malformed id is refused at the edge, not looked up.
    expect(codeOf(await s.gql(PRODUCT, { id: "x" }, buyer.token))).toBe("BAD_USER_INPUT");
  });

  it("shows the supplier's rating from buyers' receipts", async () => {
    const before = (await s.gql(PRODUCT, { id: honey }, buyer.token)).data!.product.supplier.rating;
    const order = narrow((await place(CHECKOUT)).data!.placeOrder, "Order");
    const sub = order.subOrders[0].id;
    for (const [doc, token, extra] of [
      [CONFIRM, t.zhenning, {}],
      [PAY, buyer.token, { paymentReference: "TR-1" }],
      [SHIP, t.zhenning, { carrier: "顺丰速运", waybillNumber: "SF1234567890" }],
      [RECEIVE, buyer.token, { invoiceNumber: "No.1", inspectionNote: "合格", rating: 2 }],
    ] as const) {
      const r = await s.gql(doc as typeof CONFIRM, { i: { subOrderId: sub, ...extra } } as never, token);
      expect(r.errors).toBeUndefined();
    }
    const after = (await s.gql(PRODUCT, { id: honey }, buyer.token)).data!.product.supplier.rating!;
    const n = (before?.count ?? 0) + 1;
    expect(after.count).toBe(n);
    const [{ avg }] = await s.sql(
      `SELECT round(avg(rating)::numeric, 1)::float AS avg FROM sub_order WHERE rating IS NOT NULL AND supplier_id = (SELECT supplier_id FROM product WHERE id = $1)`,
      [honey],
    );
    expect(after.average).toBe(avg);
  });
});
