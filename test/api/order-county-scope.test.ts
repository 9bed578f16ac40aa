import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { startTestServer, type TestServer } from "./harness";
import { key, narrow, PLACE, year } from "./consumption-fixtures";

/**
 * An order may hold sub-orders of several counties' suppliers. A county official reaches it only
 * through its own county's sub-order, and must see only that part: its sub-orders, and the
 * amounts they make — `Order.total` included, which used to be the whole order's, whichever path
 * led to it (`order(id)`, or `SubOrder.order` from the sub-order list). Nested reads return no more
 * than the top-level ones: every sub-order and every amount a county official sees through an
 * order is one it sees in its own `subOrders` list.
 */
let s: TestServer;
const t: Record<string, string> = {};
let orderId: string;
let wholeTotal: string;
const partOf: Record<string, string> = {}; // county code → the sum of that county's sub-orders
const COUNTY = { zhenning: "520423", huixian: "621227" } as const;

const ORDER = graphql(`
  query OrderCountyScopeOrder($id: ID!, $year: Int!) {
    order(id: $id) {
      id
      total
      subOrders {
        id
        total
        countable
        county {
          code
        }
        order {
          total
          subOrders {
            id
          }
        }
      }
      buyer {
        quota(year: $year) {
          year
        }
        reservedShare(year: $year) {
          year
        }
      }
    }
  }
`);
const SUB_ORDERS = graphql(`
  query OrderCountyScopeSubOrders($n: String!) {
    subOrders(first: 100, filter: { orderNumber: $n }) {
      nodes {
        id
        total
        county {
          code
        }
        order {
          id
          total
          subOrders {
            id
            total
          }
        }
      }
    }
  }
`);

const fen = (money: string) => Math.round(Number(money) * 100);

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["buyer", "zhenning", "huixian", "jiaozhou", "admin"]) t[u] = await s.login(u);
  // One product on sale of each county, in stock.
  const pick = async (code: string) =>
    (
      await s.sql<{ id: string }>(
        `SELECT p.id FROM product p JOIN region r ON r.id = p.county_id JOIN supplier su ON su.id = p.supplier_id
          WHERE r.code = $1 AND p.active AND su.status = 'APPROVED' AND p.stock >= 10 ORDER BY p.name LIMIT 1`,
        [code],
      )
    )[0].id;
  const lines = [
    { productId: await pick(COUNTY.zhenning), quantity: 2 },
    { productId: await pick(COUNTY.huixian), quantity: 3 },
  ];
  const placed = narrow(
    (
      await s.gql(
        PLACE,
        {
          i: {
            idempotencyKey: key(),
            channel: "ONLINE",
            lines,
            deliveryAddress: "山东省胶州市北京东路 1 号",
            deliveryContact: "王老师",
            deliveryPhone: "13800005678",
          },
        },
        t.buyer,
      )
    ).data!.placeOrder,
    "Order",
  );
  orderId = placed.id;
  wholeTotal = placed.total;
  expect(new Set(placed.subOrders.map((x) => x.county.code))).toEqual(new Set(Object.values(COUNTY)));
  for (const x of placed.subOrders) partOf[x.county.code] = String(fen(x.total));
}, 120_000);
afterAll(() => s?.close());

describe("a county official sees only its county's part of an order", () => {
  it("order(id): its sub-orders, and a total that is their sum", async () => {
    for (const [who, code] of Object.entries(COUNTY)) {
      const o = (await s.gql(ORDER, { id: orderId, year: year() }, t[who])).data!.order;
      expect(o.subOrders.map((x) => x.county.code)).toEqual([code]);
      expect(fen(o.total)).toBe(Number(partOf[code]));
      expect(fen(o.total)).toBeLessThan(fen(wholeTotal));
      // Through SubOrder.order back to the order: the same part, no more.
      for (const x of o.subOrders) {
        expect(x.order.total).toBe(o.total);
        expect(x.order.subOrders.map((y) => y.id)).toEqual(o.subOrders.map((y) => y.id));
      }
      // The buyer's quota and declaration (amounts over every county) stay hidden from it.
      expect(o.buyer.quota).toBeNull();
      expect(o.buyer.reservedShare).toBeNull();
    }
    // The two parts make the whole, which the buyer, its coordinator and admins see.
    expect(Number(partOf[COUNTY.zhenning]) + Number(partOf[COUNTY.huixian])).toBe(fen(wholeTotal));
    for (const who of ["buyer", "jiaozhou", "admin"]) {
      const o = (await s.gql(ORDER, { id: orderId, year: year() }, t[who])).data!.order;
      expect(o.total).toBe(wholeTotal);
      expect(o.subOrders).toHaveLength(2);
    }
  });

  it("nested reads return no more than the top-level sub-order list, amounts included", async () => {
    const number = (await s.sql(`SELECT order_number FROM purchase_order WHERE id = $1`, [orderId]))[0].order_number;
    for (const [who, code] of Object.entries(COUNTY)) {
      const nodes = (await s.gql(SUB_ORDERS, { n: number }, t[who])).data!.subOrders.nodes;
      expect(nodes.map((x) => x.county.code)).toEqual([code]);
      const topIds = new Set(nodes.map((x) => x.id));
      const topSum = nodes.reduce((sum, x) => sum + fen(x.total), 0);
      for (const x of nodes) {
        for (const y of x.order.subOrders) expect(topIds.has(y.id)).toBe(true);
        const nestedSum = x.order.subOrders.reduce((sum, y) => sum + fen(y.total), 0);
        expect(nestedSum).toBeLessThanOrEqual(topSum);
        expect(fen(x.order.total)).toBe(nestedSum);
        expect(fen(x.order.total)).toBeLessThanOrEqual(topSum);
      }
    }
  });
});
