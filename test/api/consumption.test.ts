import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import type { OrderLineInput, PlaceOrderInput } from "./gql/graphql";
import { codeOf, startTestServer, type TestServer } from "./harness";
import {
  CANCEL,
  CONFIRM,
  key,
  narrow,
  newBuyer,
  orderRowCounts,
  PAY,
  PLACE,
  productId,
  RECEIVE,
  SET_QUOTA as SET,
  reconcile,
  REFUND,
  SHIP,
  today,
  year,
  buyerId,
} from "./consumption-fixtures";

let s: TestServer;
const t: Record<string, string> = {};
let honey: string; // 镇宁 土蜂蜜, certified
let water: string; // 镇宁 矿泉水, certificate expired last year
let woodEar: string; // 徽县 木耳
let hospital: string; // 胶州市人民医院, the demo `buyer`
let other: { id: string; token: string }; // another Jiaozhou buyer
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  honey = await productId(s, "镇宁土蜂蜜");
  water = await productId(s, "镇宁山泉矿泉水");
  woodEar = await productId(s, "徽县黑木耳");
  hospital = await buyerId(s, "胶州市人民医院");
  other = await newBuyer(s, t.admin, t.jiaozhou, "胶州市第三人民医院");
});
afterAll(() => s?.close());

const place = (lines: OrderLineInput[], token = t.buyer, over: Partial<PlaceOrderInput> = {}) =>
  s.gql(PLACE, { i: { idempotencyKey: key(), channel: "ONLINE", lines, ...over } }, token);
const stockOf = async (id: string) => (await s.sql(`SELECT stock FROM product WHERE id = $1`, [id]))[0].stock as number;
const counterSum = async (buyer: string) =>
  Number(
    (await s.sql(`SELECT COALESCE(SUM(counted), 0)::bigint AS n FROM quota_counter WHERE buyer_id = $1`, [buyer]))[0].n,
  );
const confirmedSum = async (buyer: string) =>
  Number(
    (await s.sql(`SELECT COALESCE(SUM(confirmed), 0)::bigint AS n FROM quota_counter WHERE buyer_id = $1`, [buyer]))[0]
      .n,
  );
const completion = async (buyer: string, token = t.buyer) =>
  await s.gql(
    graphql(`
      query ConsumptionCompletion($b: ID!, $y: Int!) {
        quotaCompletion(buyerId: $b, year: $y) {
          quota
          counted
          confirmed
          countsFrom
          remaining
          completion
          daysLeft
          byChannel {
            channel
            counted
          }
          byCounty {
            county {
              code
            }
            counted
            quota
          }
        }
      }
    `),
    { b: buyer, y: year() },
    token,
  );

const UPDATE_PRICE = graphql(`
  mutation ConsumptionUpdateProductPrice($i: UpdateProductInput!) {
    updateProduct(input: $i) {
      price
    }
  }
`);

describe("the demo data", () => {
  it("reconciles: every counter equals its counted lines, the ledger equals the paired ones, no stock below zero", async () => {
    expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
    const [{ n }] = await s.sql(`SELECT count(DISTINCT status)::int AS n FROM sub_order`);
    expect(n).toBeGreaterThanOrEqual(6);
    const groups = await s.sql<{ buyer_group: string }>(`SELECT DISTINCT buyer_group FROM buyer`);
    expect(groups.map((g) => g.buyer_group).sort()).toEqual([
      "EDUCATION",
      "ENTERPRISE",
      "GOVERNMENT",
      "HEALTHCARE",
      "OTHER",
      "RETAIL",
    ]);
  });
});

describe("catalogue", () => {
  it("lists certified products with filters, pagination and the quota rule on each product", async () => {
    const [hui] = await s.sql(`SELECT id FROM region WHERE code = '621227'`);
    const q = graphql(`
      query ConsumptionProducts($f: ProductFilter, $n: Int) {
        products(first: $n, filter: $f) {
          totalCount
          pageInfo {
            hasNextPage
          }
          nodes {
            name
            price
            county {
              shortName
            }
            supplier {
              name
              status
            }
            certificateStatus
            countsTowardQuota
          }
        }
      }
    `);
    const byCounty = await s.gql(q, { f: { countyId: hui.id } }, t.buyer);
    expect(byCounty.data!.products.nodes.map((p) => p.name).sort()).toEqual(
      ["徽县香菇", "徽县红豆杉盆栽", "徽县绿化苗木", "徽县黑木耳"].sort(),
    );
    expect(
      byCounty.data!.products.nodes.every((p) => p.county.shortName === "徽县" && p.supplier.status === "APPROVED"),
    ).toBe(true);

    const expired = await s.gql(q, { f: { certificateStatus: "EXPIRED" } }, t.enterprise);
    expect(expired.data!.products.nodes).toEqual([
      expect.objectContaining({ name: "镇宁山泉矿泉水", certificateStatus: "EXPIRED", countsTowardQuota: false }),
    ]);

    const cheap = await s.gql(q, { f: { minPrice: "20", maxPrice: "30.00" } }, t.buyer);
    expect(cheap.data!.products.nodes.map((p) => p.price).sort()).toEqual(["26.00", "29.80"]);
    const search = await s.gql(q, { f: { search: "蜂蜜" } }, t.buyer);
    expect(search.data!.products.nodes).toEqual([
      expect.objectContaining({ name: "镇宁土蜂蜜", price: "68.00", countsTowardQuota: true }),
    ]);

    const page = await s.gql(q, { n: 2 }, t.buyer);
    expect(page.data!.products.nodes).toHaveLength(2);
    expect(page.data!.products.pageInfo.hasNextPage).toBe(true);
    expect(codeOf(await s.gql(q, {}))).toBe("UNAUTHENTICATED");
  });

  it("tells before payment whether a product will count on a given day", async () => {
    const q = graphql(`
      query ConsumptionProductCounts($id: ID!, $on: Date!) {
        product(id: $id) {
          lastYear: countsTowardQuota(on: $on)
          now: countsTowardQuota
          certificateValidTo
        }
      }
    `);
    const r = await s.gql(q, { id: water, on: `${year() - 1}-06-01` }, t.buyer);
    expect(r.data!.product).toMatchObject({ lastYear: true, now: false, certificateValidTo: `${year() - 1}-12-31` });
  });

  it("lists products with a constant number of SQL statements whatever the page size", async () => {
    const q = (n: number) =>
      s.gql(
        graphql(`
          query ConsumptionProductPage($n: Int) {
            products(first: $n) {
              nodes {
                name
                supplier {
                  name
                  county {
                    name
                  }
                }
                county {
                  code
                }
              }
            }
          }
        `),
        { n },
        t.buyer,
      );
    const small = await s.countQueries(() => q(2));
    const large = await s.countQueries(() => q(7));
    expect(large).toBe(small);
  });
});

describe("suppliers and products", () => {
  const RECOMMEND = graphql(`
    mutation ConsumptionRecommendSupplier($i: RecommendSupplierInput!) {
      recommendSupplier(input: $i) {
        id
        status
        creditCode
        county {
          code
        }
      }
    }
  `);

  it("refuses an invalid unified social credit code, naming the field, and writes nothing", async () => {
    const before = await orderRowCounts(s);
    const r = await s.gql(RECOMMEND, { i: { name: "某合作社", creditCode: "93520423MA6DK1XQ01" } }, t.zhenning);
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "creditCode" });
    const wrongCheck = await s.gql(
      RECOMMEND,
      { i: { name: "某合作社", creditCode: "91350100M000100Y44" } },
      t.zhenning,
    );
    expect(wrongCheck.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "creditCode" });
    expect(await orderRowCounts(s)).toEqual(before);
  });

  it("a county recommends, a coordinator approves; only an approved supplier sells", async () => {
    const rec = await s.gql(RECOMMEND, { i: { name: "镇宁县新合作社", creditCode: "91350100M000100Y43" } }, t.zhenning);
    expect(rec.data!.recommendSupplier).toMatchObject({ status: "RECOMMENDED", county: { code: "520423" } });
    const supplierId = rec.data!.recommendSupplier.id;
    const created = await s.gql(
      graphql(`
        mutation ConsumptionCreateProduct($i: CreateProductInput!) {
          createProduct(input: $i) {
            id
            price
            countsTowardQuota
          }
        }
      `),
      {
        i: {
          supplierId,
          name: "镇宁蜂蜜礼盒",
          category: "蜂产品",
          spec: "1kg/盒",
          unit: "盒",
          price: "128.50",
          stock: 10,
          certificateNo: "黔扶认-TEST",
          certificateAuthority: "贵州省乡村振兴局",
          certificateValidFrom: "2020-01-01",
          certificateValidTo: `${year() + 1}-12-31`,
        },
      },
      t.zhenning,
    );
    expect(created.data!.createProduct).toMatchObject({ price: "128.50", countsTowardQuota: true });
    const pid = created.data!.createProduct.id;

    const before = await orderRowCounts(s);
    const refused = await place([{ productId: pid, quantity: 1 }]);
    expect(refused.data!.placeOrder).toMatchObject({
      __typename: "ProductUnavailableError",
      code: "PRODUCT_UNAVAILABLE",
      productId: pid,
    });
    expect(await orderRowCounts(s)).toEqual(before);

    // Another county's official cannot review; Pingdu's coordinator cannot see it; Jiaozhou's approves.
    const REVIEW = graphql(`
      mutation ConsumptionReviewSupplier($i: ReviewSupplierInput!) {
        reviewSupplier(input: $i) {
          status
        }
      }
    `);
    expect(codeOf(await s.gql(REVIEW, { i: { supplierId, status: "APPROVED" } }, t.huixian))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(REVIEW, { i: { supplierId, status: "APPROVED" } }, t.pingdu))).toBe("NOT_FOUND");
    expect(
      (await s.gql(REVIEW, { i: { supplierId, status: "APPROVED", note: "审核通过" } }, t.jiaozhou)).data!
        .reviewSupplier.status,
    ).toBe("APPROVED");
    expect((await place([{ productId: pid, quantity: 1 }])).data!.placeOrder.__typename).toBe("Order");

    // Suspended again: its products can no longer be ordered.
    await s.gql(REVIEW, { i: { supplierId, status: "SUSPENDED", note: "价格异常" } }, t.jiaozhou);
    expect((await place([{ productId: pid, quantity: 1 }])).data!.placeOrder.__typename).toBe(
      "ProductUnavailableError",
    );
    const audit = await s.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY seq`, [
      supplierId,
    ]);
    expect(audit.map((a) => a.action)).toEqual(["SUPPLIER_RECOMMENDED", "SUPPLIER_REVIEWED", "SUPPLIER_REVIEWED"]);
  });

  it("an official cannot recommend for, or edit the products of, another county", async () => {
    const [zn] = await s.sql(`SELECT id FROM region WHERE code = '520423'`);
    expect(
      codeOf(
        await s.gql(RECOMMEND, { i: { name: "越权", creditCode: "91110000600037341L", countyId: zn.id } }, t.huixian),
      ),
    ).toBe("FORBIDDEN");
    const UPDATE = graphql(`
      mutation ConsumptionUpdateProduct($i: UpdateProductInput!) {
        updateProduct(input: $i) {
          price
          stock
        }
      }
    `);
    const before = await orderRowCounts(s);
    const r = await s.gql(UPDATE, { i: { productId: honey, price: "1.00" } }, t.huixian);
    expect(r.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "productId" });
    expect(codeOf(await s.gql(UPDATE, { i: { productId: honey, price: "1.00" } }, t.buyer))).toBe("FORBIDDEN");
    expect(await orderRowCounts(s)).toEqual(before);
  });

  it("refuses a price with fractions of a fen, naming the field, and writes nothing", async () => {
    const before = await orderRowCounts(s);
    const r = await s.gql(UPDATE_PRICE, { i: { productId: honey, price: "68.005" } }, t.zhenning);
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "price" });
    const [sup] = await s.sql(`SELECT supplier_id FROM product WHERE id = $1`, [honey]);
    // A float where Money wants exact text: the schema's own type refuses it, so this goes through
    // the untyped path (a raw query string) on purpose.
    const c = await s.gql(
      `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`,
      {
        i: { supplierId: sup.supplier_id, name: "x", category: "x", spec: "x", unit: "x", price: 0.1 + 0.2, stock: 1 },
      },
      t.zhenning,
    );
    expect(c.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "price" });
    expect(await orderRowCounts(s)).toEqual(before);
  });
});

describe("placing orders", () => {
  it("splits an order into one sub-order per supplier, copying prices into the lines", async () => {
    const r = await place([
      { productId: honey, quantity: 2 },
      { productId: woodEar, quantity: 3 },
      { productId: water, quantity: 1 },
    ]);
    const order = narrow(r.data!.placeOrder, "Order");
    expect(order.__typename).toBe("Order");
    expect(order.total).toBe("291.70"); // 2 × 68.00 + 3 × 39.90 + 36.00
    // Honey and water come from two Zhenning suppliers, the wood ear from Hui County: three sub-orders.
    expect(order.subOrders).toHaveLength(3);
    const honeySub = order.subOrders.find((x) => x.lines[0].product.name === "镇宁土蜂蜜")!;
    expect(honeySub).toMatchObject({
      status: "PLACED",
      total: "136.00",
      countable: "136.00",
      county: { code: "520423" },
    });
    expect(honeySub.pairingId).toBeTruthy();
    const waterSub = order.subOrders.find((x) => x.lines[0].product.name === "镇宁山泉矿泉水")!;
    expect(waterSub).toMatchObject({ total: "36.00", countable: "0.00" }); // its certificate expired: it does not count
    expect(waterSub.lines[0]).toMatchObject({ unitPrice: "36.00", countsTowardQuota: false });

    // A later price change does not touch the placed lines.
    await s.gql(UPDATE_PRICE, { i: { productId: woodEar, price: "45.00" } }, t.huixian);
    const again = await s.gql(
      graphql(`
        query ConsumptionOrderLines($id: ID!) {
          order(id: $id) {
            subOrders {
              lines {
                unitPrice
                product {
                  price
                }
              }
            }
          }
        }
      `),
      { id: order.id },
      t.buyer,
    );
    const line = again.data!.order.subOrders.flatMap((x) => x.lines).find((l) => l.product.price === "45.00");
    expect(line!.unitPrice).toBe("39.90");
  });

  it("a retry with the same idempotency key returns the same order and writes nothing more", async () => {
    const [centre] = await s.sql(`SELECT id FROM sales_centre WHERE name = '胶州市东西部协作消费帮扶专馆'`);
    const i: PlaceOrderInput = {
      idempotencyKey: key(),
      channel: "SALES_CENTRE",
      salesCentreId: centre.id,
      lines: [{ productId: honey, quantity: 1 }],
    };
    const first = await s.gql(PLACE, { i }, t.buyer);
    const before = await orderRowCounts(s);
    const retries = await Promise.all([1, 2, 3].map(() => s.gql(PLACE, { i }, t.buyer)));
    const firstId = narrow(first.data!.placeOrder, "Order").id;
    for (const r of retries) expect(narrow(r.data!.placeOrder, "Order").id).toBe(firstId);
    expect(await orderRowCounts(s)).toEqual(before);
    // The key is the buyer's own: another buyer with the same key gets its own order.
    const mine = await s.gql(PLACE, { i }, other.token);
    expect(narrow(mine.data!.placeOrder, "Order").id).not.toBe(firstId);
  });

  /** What a refused placement changes from a good one (`fair`/`outside`: the spring fair, the day before it). */
  type Over = Partial<Omit<PlaceOrderInput, "lines">> & { lines?: Partial<OrderLineInput>[]; fair?: "spring" };
  it.each<[string, Over, string]>([
    ["a negative quantity", { lines: [{ quantity: -1 }] }, "quantity"],
    ["a zero quantity", { lines: [{ quantity: 0 }] }, "quantity"],
    ["an unknown product", { lines: [{ productId: "00000000-0000-0000-0000-000000000000" }] }, "productId"],
    ["a malformed product id", { lines: [{ productId: "honey" }] }, "productId"],
    ["no lines", { lines: [] }, "lines"],
    ["a fair sale outside the fair's dates", { channel: "FAIR", fair: "spring", orderedOn: "outside" }, "orderedOn"],
    ["a fair sale without a fair", { channel: "FAIR" }, "fairId"],
    ["a sales-centre sale without a centre", { channel: "SALES_CENTRE" }, "salesCentreId"],
    ["a future order date", { orderedOn: "2999-01-01" }, "orderedOn"],
    ["a short idempotency key", { idempotencyKey: "x" }, "idempotencyKey"],
  ])("refuses %s with BAD_USER_INPUT naming the field, and writes nothing", async (_n, over, field) => {
    const i: PlaceOrderInput = { idempotencyKey: key(), channel: "ONLINE", lines: [{ productId: honey, quantity: 1 }] };
    if (over.lines) i.lines = over.lines.map((l) => ({ productId: honey, quantity: 1, ...l }));
    if (over.channel) i.channel = over.channel;
    if (over.idempotencyKey) i.idempotencyKey = over.idempotencyKey;
    if (over.orderedOn && over.orderedOn !== "outside") i.orderedOn = over.orderedOn;
    if (over.fair) {
      const [f] = await s.sql(`SELECT id, starts_on, ends_on FROM fair WHERE name LIKE '%春季%'`);
      i.fairId = f.id;
      // The day before the fair opened (the spring fair is in May, so this is in the past).
      i.orderedOn = new Date(Date.parse(f.starts_on) - 86_400_000).toISOString().slice(0, 10);
    }
    const before = await orderRowCounts(s);
    const r = await s.gql(PLACE, { i }, t.buyer);
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.field).toBe(field);
    expect(r.errors![0].message).not.toMatch(/select|insert|stack/i);
    expect(await orderRowCounts(s)).toEqual(before);
  });

  it("a fair sale within the fair's dates is accepted and counted under FAIR", async () => {
    const [f] = await s.sql(`SELECT id, starts_on FROM fair WHERE name LIKE '%春季%'`);
    const r = await place([{ productId: honey, quantity: 1 }], t.buyer, {
      channel: "FAIR",
      fairId: f.id,
      orderedOn: f.starts_on,
    });
    expect(r.data!.placeOrder).toMatchObject({ __typename: "Order", channel: "FAIR", orderedOn: f.starts_on });
  });

  it("out of stock answers a typed error and rolls the whole order back, stock included", async () => {
    const honeyStock = await stockOf(honey);
    const woodEarStock = await stockOf(woodEar);
    const before = await orderRowCounts(s);
    const r = await place([
      { productId: honey, quantity: 5 },
      { productId: woodEar, quantity: woodEarStock + 1 },
    ]);
    expect(r.data!.placeOrder).toMatchObject({
      __typename: "OutOfStockError",
      code: "OUT_OF_STOCK",
      productId: woodEar,
      requested: woodEarStock + 1,
      available: woodEarStock,
    });
    expect(await stockOf(honey)).toBe(honeyStock);
    expect(await orderRowCounts(s)).toEqual(before);
  });

  it("only buyers place orders", async () => {
    expect(codeOf(await place([{ productId: honey, quantity: 1 }], t.jiaozhou))).toBe("FORBIDDEN");
    expect(codeOf(await place([{ productId: honey, quantity: 1 }], null as unknown as string))).toBe("UNAUTHENTICATED");
  });
});

describe("the sub-order state machine and what counts", () => {
  it("counts from payment (the default counting point; certified lines only), confirmed from confirmation, writes the ledger to the pairing, and reverses on refund", async () => {
    const r = await place([
      { productId: honey, quantity: 10 },
      { productId: water, quantity: 10 },
    ]);
    const placed = narrow(r.data!.placeOrder, "Order");
    const sub = placed.subOrders.find((x) => x.lines[0].product.name === "镇宁土蜂蜜")!;
    const waterSub = placed.subOrders.find((x) => x.lines[0].product.name === "镇宁山泉矿泉水")!;
    expect(sub).toMatchObject({ total: "680.00", countable: "680.00" });
    expect(waterSub).toMatchObject({ total: "360.00", countable: "0.00" });
    const counted0 = await counterSum(hospital);
    const confirmed0 = await confirmedSum(hospital);
    const c0 = (await completion(hospital)).data!.quotaCompletion;

    // Wrong county, wrong role, wrong state: refused, nothing written.
    const before = await orderRowCounts(s);
    const foreign = await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.huixian);
    expect(foreign.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "subOrderId" });
    expect(codeOf(await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.buyer))).toBe("FORBIDDEN");
    const early = await s.gql(PAY, { i: { subOrderId: sub.id, paymentReference: "BOC1" } }, t.buyer);
    expect(early.data!.recordPayment).toMatchObject({
      __typename: "InvalidStateError",
      code: "INVALID_STATE",
      state: "PLACED",
      entityId: sub.id,
      action: "PAY",
    });
    expect(await orderRowCounts(s)).toEqual(before);

    const ok = await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.zhenning);
    expect(ok.data!.confirmSubOrder).toMatchObject({ __typename: "SubOrder", status: "CONFIRMED" });
    // Confirmed, not yet paid: 已确认 grows, 已计入 does not (Ministry of Finance, 2021: unpaid does not count).
    expect(await counterSum(hospital)).toBe(counted0);
    expect(await confirmedSum(hospital)).toBe(confirmed0 + 68000);
    // Confirming the uncertified water changes no counter and writes no ledger entry.
    expect(
      narrow((await s.gql(CONFIRM, { i: { subOrderId: waterSub.id } }, t.zhenning)).data!.confirmSubOrder, "SubOrder")
        .status,
    ).toBe("CONFIRMED");
    expect(await confirmedSum(hospital)).toBe(confirmed0 + 68000);
    expect(await s.sql(`SELECT 1 FROM ledger_entry WHERE source_id IN ($1, $2)`, [waterSub.id, sub.id])).toEqual([]);
    const c1 = (await completion(hospital)).data!.quotaCompletion;
    expect(c1.countsFrom).toBe("PAID");
    expect(c1.counted).toBe(c0.counted);
    expect(Number(c1.confirmed.replace(".", ""))).toBe(Number(c0.confirmed.replace(".", "")) + 68000);
    const again = await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.zhenning);
    expect(again.data!.confirmSubOrder).toMatchObject({
      __typename: "InvalidStateError",
      state: "CONFIRMED",
      action: "CONFIRM",
    });
    expect(await counterSum(hospital)).toBe(counted0);

    expect(
      (await s.gql(PAY, { i: { subOrderId: sub.id, paymentReference: "BOC20260001" } }, t.buyer)).data!.recordPayment,
    ).toMatchObject({ status: "PAID", paymentReference: "BOC20260001" });
    expect(await counterSum(hospital)).toBe(counted0 + 68000);
    expect(await confirmedSum(hospital)).toBe(confirmed0 + 68000);
    const c2 = (await completion(hospital)).data!.quotaCompletion;
    expect(Number(c2.counted.replace(".", ""))).toBe(Number(c0.counted.replace(".", "")) + 68000);
    expect(Number(c2.remaining!.replace(".", ""))).toBe(Math.max(0, Number(c0.remaining!.replace(".", "")) - 68000));

    const ledger = await s.sql(
      `SELECT l.amount, l.pairing_id, p.east_region_id FROM ledger_entry l JOIN pairing p ON p.id = l.pairing_id WHERE l.source = 'ORDER_LINE' AND l.source_id = $1`,
      [sub.id],
    );
    expect(ledger).toHaveLength(1);
    expect(ledger[0].amount).toBe(68000);
    expect(ledger[0].pairing_id).toBe(sub.pairingId);
    const [jz] = await s.sql(`SELECT id FROM region WHERE code = '370281'`);
    expect(ledger[0].east_region_id).toBe(jz.id); // Jiaozhou–Zhenning, not Qingdao–Anshun

    expect(
      narrow(
        (
          await s.gql(
            SHIP,
            { i: { subOrderId: sub.id, carrier: "顺丰速运", waybillNumber: "SF1234567890" } },
            t.zhenning,
          )
        ).data!.shipSubOrder,
        "SubOrder",
      ).status,
    ).toBe("SHIPPED");
    const bad = await s.gql(
      RECEIVE,
      { i: { subOrderId: sub.id, invoiceNumber: "No.1", inspectionNote: "ok", rating: 6 } },
      t.buyer,
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rating" });
    const got = await s.gql(
      RECEIVE,
      { i: { subOrderId: sub.id, invoiceNumber: "No.37020001", inspectionNote: "数量质量相符,发票无误", rating: 4 } },
      t.buyer,
    );
    expect(got.data!.receiveSubOrder).toMatchObject({ status: "RECEIVED", invoiceNumber: "No.37020001", rating: 4 });
    expect((await s.gql(CANCEL, { i: { subOrderId: sub.id } }, t.buyer)).data!.cancelSubOrder).toMatchObject({
      __typename: "InvalidStateError",
      state: "RECEIVED",
      action: "CANCEL",
    });
    expect(codeOf(await s.gql(REFUND, { i: { subOrderId: sub.id, reason: "x" } }, t.buyer))).toBe("FORBIDDEN");
    const noReason = await s.gql(REFUND, { i: { subOrderId: sub.id } }, t.zhenning);
    expect(noReason.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });

    const refunded = await s.gql(REFUND, { i: { subOrderId: sub.id, reason: "验货发现破损" } }, t.zhenning);
    expect(refunded.data!.refundSubOrder).toMatchObject({ status: "REFUNDED", reason: "验货发现破损" });
    expect(await counterSum(hospital)).toBe(counted0);
    expect(await confirmedSum(hospital)).toBe(confirmed0);
    const entries = await s.sql<{ amount: number }>(
      `SELECT amount FROM ledger_entry WHERE source = 'ORDER_LINE' AND source_id = $1 ORDER BY seq`,
      [sub.id],
    );
    expect(entries.map((e) => e.amount)).toEqual([68000, -68000]);
    const trail = await s.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY seq`, [
      sub.id,
    ]);
    expect(trail.map((a) => a.action)).toEqual([
      "SUB_ORDER_CONFIRM",
      "SUB_ORDER_PAY",
      "SUB_ORDER_SHIP",
      "SUB_ORDER_RECEIVE",
      "SUB_ORDER_REFUND",
    ]);
    expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
  });

  it("cancelling returns the stock and, after confirmation, the confirmed amount", async () => {
    const stock = await stockOf(honey);
    const counted0 = await counterSum(hospital);
    const confirmed0 = await confirmedSum(hospital);
    const a = narrow((await place([{ productId: honey, quantity: 4 }])).data!.placeOrder, "Order").subOrders[0];
    const b = narrow((await place([{ productId: honey, quantity: 6 }])).data!.placeOrder, "Order").subOrders[0];
    expect(await stockOf(honey)).toBe(stock - 10);
    expect(
      narrow(
        (await s.gql(CANCEL, { i: { subOrderId: a.id, reason: "计划调整" } }, t.buyer)).data!.cancelSubOrder,
        "SubOrder",
      ).status,
    ).toBe("CANCELLED");
    await s.gql(CONFIRM, { i: { subOrderId: b.id } }, t.zhenning);
    expect(await counterSum(hospital)).toBe(counted0); // unpaid: not counted
    expect(await confirmedSum(hospital)).toBe(confirmed0 + 6 * 6800);
    expect(
      narrow((await s.gql(CANCEL, { i: { subOrderId: b.id } }, t.zhenning)).data!.cancelSubOrder, "SubOrder").status,
    ).toBe("CANCELLED");
    expect(await stockOf(honey)).toBe(stock);
    expect(await counterSum(hospital)).toBe(counted0);
    expect(await confirmedSum(hospital)).toBe(confirmed0);
    expect((await s.gql(CONFIRM, { i: { subOrderId: a.id } }, t.zhenning)).data!.confirmSubOrder.__typename).toBe(
      "InvalidStateError",
    );
  });

  it("an unpaired purchase counts for the quota but for no pairing's agreement", async () => {
    const pingduBuyer = await newBuyer(s, t.admin, t.pingdu, "平度市第二中学", "EDUCATION");
    const pepper = await productId(s, "策勒辣椒干");
    const sub = narrow((await place([{ productId: pepper, quantity: 2 }], pingduBuyer.token)).data!.placeOrder, "Order")
      .subOrders[0];
    expect(sub.pairingId).toBeNull();
    const ledgerBefore = (await orderRowCounts(s)).ledger;
    expect(
      narrow((await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.admin)).data!.confirmSubOrder, "SubOrder").status,
    ).toBe("CONFIRMED");
    expect(await counterSum(pingduBuyer.id)).toBe(0);
    expect(await confirmedSum(pingduBuyer.id)).toBe(5200);
    await s.gql(PAY, { i: { subOrderId: sub.id, paymentReference: "BOC-PD-1" } }, pingduBuyer.token);
    expect(await counterSum(pingduBuyer.id)).toBe(5200);
    expect((await orderRowCounts(s)).ledger).toBe(ledgerBefore);
  });
});

describe("who sees which orders and quotas", () => {
  it("a buyer sees only its own orders and quota; another buyer's answer NOT_FOUND", async () => {
    const mine = narrow((await place([{ productId: honey, quantity: 1 }], other.token)).data!.placeOrder, "Order");
    const list = await s.gql(
      graphql(`
        query ConsumptionOrders {
          orders(first: 100) {
            totalCount
            nodes {
              id
              buyer {
                name
              }
            }
          }
        }
      `),
      {},
      t.buyer,
    );
    expect(list.data!.orders.nodes.every((o) => o.buyer.name === "胶州市人民医院")).toBe(true);
    expect(list.data!.orders.nodes.map((o) => o.id)).not.toContain(mine.id);
    const ORDER = graphql(`
      query ConsumptionOrder($id: ID!) {
        order(id: $id) {
          id
        }
      }
    `);
    expect(codeOf(await s.gql(ORDER, { id: mine.id }, t.buyer))).toBe("NOT_FOUND");
    const subs = await s.gql(
      graphql(`
        query ConsumptionSubOrderBuyers {
          subOrders(first: 100) {
            nodes {
              buyer {
                name
              }
            }
          }
        }
      `),
      {},
      t.buyer,
    );
    expect(subs.data!.subOrders.nodes.every((x) => x.buyer.name === "胶州市人民医院")).toBe(true);
    expect(codeOf(await completion(other.id, t.buyer))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(CANCEL, { i: { subOrderId: mine.subOrders[0].id } }, t.buyer))).toBe("NOT_FOUND");
    expect((await completion(hospital, t.buyer)).data!.quotaCompletion.quota).toBe("300000.00");
    const me = await s.gql(
      graphql(`
        query ConsumptionMe {
          me {
            role
            buyerId
            buyer {
              name
              group
              eastRegion {
                code
              }
            }
          }
        }
      `),
      {},
      t.buyer,
    );
    expect(me.data!.me).toEqual({
      role: "BUYER",
      buyerId: hospital,
      buyer: { name: "胶州市人民医院", group: "HEALTHCARE", eastRegion: { code: "370281" } },
    });
  });

  it("a county official sees the sub-orders of its county's suppliers only", async () => {
    const r = await s.gql(
      graphql(`
        query ConsumptionSubOrderCounties {
          subOrders(first: 100) {
            totalCount
            nodes {
              county {
                code
              }
              supplier {
                county {
                  code
                }
              }
            }
          }
        }
      `),
      {},
      t.huixian,
    );
    expect(r.data!.subOrders.totalCount).toBeGreaterThan(0);
    expect(
      r.data!.subOrders.nodes.every((x) => x.county.code === "621227" && x.supplier.county.code === "621227"),
    ).toBe(true);
    const ORDER_COUNT = graphql(`
      query ConsumptionOrderCount {
        orders {
          totalCount
        }
      }
    `);
    expect(codeOf(await s.gql(ORDER_COUNT, {}, t.huixian))).toBe("FORBIDDEN");
    // Through a sub-order's order it still sees only its own county's part of a mixed order.
    const mixed = narrow(
      (
        await place([
          { productId: honey, quantity: 1 },
          { productId: woodEar, quantity: 1 },
        ])
      ).data!.placeOrder,
      "Order",
    );
    expect(mixed.subOrders).toHaveLength(2);
    const via = await s.gql(
      graphql(`
        query ConsumptionSubOrderOrders {
          subOrders(first: 100) {
            nodes {
              order {
                id
                subOrders {
                  county {
                    code
                  }
                }
              }
            }
          }
        }
      `),
      {},
      t.huixian,
    );
    const seen = via.data!.subOrders.nodes.find((x) => x.order.id === mixed.id);
    expect(seen!.order.subOrders).toEqual([{ county: { code: "621227" } }]);
  });

  it("lists sub-orders with a constant number of SQL statements whatever the page size", async () => {
    const q = (n: number) =>
      s.gql(
        graphql(`
          query ConsumptionSubOrderPage($n: Int) {
            subOrders(first: $n) {
              nodes {
                status
                buyer {
                  name
                }
                supplier {
                  name
                }
                county {
                  code
                }
                order {
                  channel
                }
                lines {
                  quantity
                  product {
                    name
                    supplier {
                      name
                    }
                  }
                }
              }
            }
          }
        `),
        { n },
        t.jiaozhou,
      );
    const small = await s.countQueries(() => q(2));
    const large = await s.countQueries(() => q(20));
    expect(large).toBe(small);
  });

  it("a coordinator sees its region's buyers: Pingdu none of Jiaozhou's", async () => {
    const q = graphql(`
      query ConsumptionSubOrderRegions {
        subOrders(first: 100) {
          totalCount
          nodes {
            buyer {
              eastRegion {
                code
              }
            }
          }
        }
      }
    `);
    const pd = await s.gql(q, {}, t.pingdu);
    expect(pd.data!.subOrders.nodes.every((x) => x.buyer.eastRegion.code === "370283")).toBe(true);
    const COUNT = graphql(`
      query ConsumptionSubOrderCount {
        subOrders(first: 1) {
          totalCount
        }
      }
    `);
    const qd = await s.gql(COUNT, {}, t.qingdao);
    const jz = await s.gql(COUNT, {}, t.jiaozhou);
    expect(qd.data!.subOrders.totalCount).toBeGreaterThan(jz.data!.subOrders.totalCount);
    expect(codeOf(await completion(hospital, t.pingdu))).toBe("NOT_FOUND");
  });
});

describe("quotas", () => {
  it("derives a quota from the canteen budget (10% per 财库〔2021〕20号) or headcount, keeping the basis; audited", async () => {
    const r = await s.gql(
      SET,
      { i: { buyerId: other.id, year: year(), basis: "CANTEEN_BUDGET", baseAmount: "1234567.89" } },
      t.jiaozhou,
    );
    expect(r.data!.setQuota).toMatchObject({
      amount: "123456.79",
      basis: "CANTEEN_BUDGET",
      baseAmount: "1234567.89",
      rateBasisPoints: 1000,
    });
    const h = await s.gql(
      SET,
      { i: { buyerId: other.id, year: year(), basis: "HEADCOUNT", headcount: 300, perHead: "500" } },
      t.jiaozhou,
    );
    expect(h.data!.setQuota).toMatchObject({
      amount: "150000.00",
      basis: "HEADCOUNT",
      headcount: 300,
      perHead: "500.00",
      baseAmount: null,
    });
    const [zn] = await s.sql(`SELECT id FROM region WHERE code = '520423'`);
    const f = await s.gql(
      SET,
      {
        i: { buyerId: other.id, year: year(), amount: "200000", countySplits: [{ countyId: zn.id, amount: "80000" }] },
      },
      t.jiaozhou,
    );
    expect(f.data!.setQuota).toMatchObject({
      amount: "200000.00",
      basis: "FIXED",
      countySplits: [{ county: { code: "520423" }, amount: "80000.00" }],
    });
    const audit = await s.sql(`SELECT change FROM audit_entry WHERE action = 'QUOTA_SET' ORDER BY seq DESC LIMIT 1`);
    expect(audit[0].change).toMatchObject({ before: "150000.00", after: "200000.00", basis: "FIXED" });
    const c = (await completion(other.id, other.token)).data!.quotaCompletion;
    expect(c.byCounty.find((x) => x.county.code === "520423")).toMatchObject({ quota: "80000.00" });
    expect(c.daysLeft).toBeGreaterThanOrEqual(0);
  });

  it("refuses what it must: the N group, foreign buyers, buyers themselves, bad amounts", async () => {
    const charity = await buyerId(s, "胶州市慈善总会");
    const before = await orderRowCounts(s);
    const n = await s.gql(SET, { i: { buyerId: charity, year: year(), amount: "1000" } }, t.jiaozhou);
    expect(n.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "buyerId" });
    expect(codeOf(await s.gql(SET, { i: { buyerId: hospital, year: year(), amount: "1000" } }, t.pingdu))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await s.gql(SET, { i: { buyerId: hospital, year: year(), amount: "1000" } }, t.buyer))).toBe(
      "FORBIDDEN",
    );
    const frac = await s.gql(SET, { i: { buyerId: hospital, year: year(), amount: "10.001" } }, t.jiaozhou);
    expect(frac.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "amount" });
    const noBase = await s.gql(SET, { i: { buyerId: hospital, year: year(), basis: "CANTEEN_BUDGET" } }, t.jiaozhou);
    expect(noBase.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "baseAmount" });
    expect(await orderRowCounts(s)).toEqual(before);
  });

  it("the coordinator's board puts the furthest behind first, per buyer and per group", async () => {
    await s.gql(
      graphql(`
        mutation ConsumptionSetGroupTarget($i: SetGroupTargetInput!) {
          setGroupTarget(input: $i) {
            amount
          }
        }
      `),
      { i: { group: "RETAIL", year: year(), amount: "1" } },
      t.jiaozhou,
    );
    const r = await s.gql(
      graphql(`
        query ConsumptionQuotaBoard($y: Int!) {
          quotaBoard(year: $y) {
            daysLeft
            counted
            groups {
              group
              target
              counted
              completion
              buyers
            }
            buyers(first: 100) {
              totalCount
              nodes {
                buyer {
                  name
                  group
                }
                quota
                counted
                completion
              }
            }
            byChannel {
              channel
              counted
            }
            byCounty {
              county {
                code
              }
              counted
            }
          }
        }
      `),
      { y: year() },
      t.jiaozhou,
    );
    const board = { ...r.data!.quotaBoard, buyers: r.data!.quotaBoard.buyers.nodes };
    expect(board.buyers).toHaveLength(r.data!.quotaBoard.buyers.totalCount);
    const rates = board.buyers.flatMap((b) => (b.completion !== null ? [b.completion] : []));
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(board.buyers.every((b) => b.buyer.name !== "青岛市市立医院")).toBe(true);
    const sumBuyers = board.buyers.reduce((t, b) => t + Number(b.counted.replace(".", "")), 0);
    expect(Number(board.counted.replace(".", ""))).toBe(sumBuyers);
    expect(board.byChannel.reduce((t, c) => t + Number(c.counted.replace(".", "")), 0)).toBe(sumBuyers);
    expect(board.groups.find((g) => g.group === "RETAIL")!.target).toBe("1.00");
    expect(board.groups.find((g) => g.group === "OTHER")!.target).toBeNull();
    const BOARD_2026 = graphql(`
      query ConsumptionQuotaBoard2026 {
        quotaBoard(year: 2026) {
          counted
        }
      }
    `);
    expect(codeOf(await s.gql(BOARD_2026, {}, t.buyer))).toBe("FORBIDDEN");
  });
});
