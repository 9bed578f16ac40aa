import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { QueryRunner } from "typeorm";
import { graphql } from "./gql";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { CONFIRM, daysAgo, key, narrow, newBuyer, PAY, PLACE, productId, today } from "./consumption-fixtures";
import { OrderNumbers1763900000014 } from "../../server/src/db/migrations/1763900000014-OrderNumbers";

/**
 * Issue 11, "The buyer's real purchase": order numbers (XZ + date + a gapless daily sequence, under
 * concurrent placement, backfilled by the migration), the order lists' filters and number search
 * within each role's scope, the 待处理 tab counts, and shipping with carrier and waybill number.
 */
const NUMBER = /^XZ(\d{8})-(\d{6})$/;
const onPostgres = !!process.env.TEST_DATABASE_URL;

let s: TestServer;
const t: Record<string, string> = {};
let honey: string; // 镇宁
let mushroom: string; // 徽县
let other: { id: string; token: string };

const ORDER_NUMBER = graphql(`
  query OrdersOpsOrder($id: ID!) {
    order(id: $id) {
      id
      orderNumber
      orderedOn
      total
      subOrders {
        id
        number
        status
        total
        carrier
        waybillNumber
        county {
          name
        }
        history {
          action
          status
          at
        }
      }
    }
  }
`);
const ORDERS = graphql(`
  query OrdersOpsOrders($filter: SubOrderFilter, $first: Int) {
    orders(first: $first, filter: $filter) {
      totalCount
      nodes {
        id
        orderNumber
        subOrders {
          id
          status
          carrier
          waybillNumber
        }
      }
    }
  }
`);
const SUB_ORDERS = graphql(`
  query OrdersOpsSubOrders($filter: SubOrderFilter) {
    subOrders(first: 100, filter: $filter) {
      totalCount
      nodes {
        id
        number
        status
        county {
          name
        }
      }
    }
    subOrderStatusCounts(filter: $filter) {
      status
      count
    }
  }
`);
const SHIP = graphql(`
  mutation OrdersOpsShip($i: ShipSubOrderInput!) {
    shipSubOrder(input: $i) {
      __typename
      ... on SubOrder {
        id
        status
        carrier
        waybillNumber
      }
    }
  }
`);

async function place(lines: { productId: string; quantity: number }[], token = t.buyer, orderedOn?: string) {
  const r = await s.gql(PLACE, { i: { idempotencyKey: key(), channel: "ONLINE", lines, orderedOn } }, token);
  return narrow(r.data!.placeOrder, "Order");
}
const orderOf = async (id: string, token = t.buyer) => (await s.gql(ORDER_NUMBER, { id }, token)).data!.order;

beforeAll(async () => {
  s = await startTestServer({ dbPoolSize: onPostgres ? 12 : 5 });
  for (const u of ["admin", "buyer", "jiaozhou", "zhenning", "huixian"]) t[u] = await s.login(u);
  honey = await productId(s, "镇宁土蜂蜜");
  mushroom = await productId(s, "徽县香菇");
  other = await newBuyer(s, t.admin, t.jiaozhou, "订单号测试采购单位");
  await s.sql(`UPDATE product SET stock = stock + 10000 WHERE id IN ($1, $2)`, [honey, mushroom]);
}, 120_000);
afterAll(() => s?.close());

describe("order numbers", () => {
  it("XZ + the order date + a six-digit sequence; a sub-order adds its position", async () => {
    const placed = await place([
      { productId: honey, quantity: 1 },
      { productId: mushroom, quantity: 1 },
    ]);
    const o = (await orderOf(placed.id))!;
    const m = NUMBER.exec(o.orderNumber)!;
    expect(m).not.toBeNull();
    expect(m[1]).toBe(o.orderedOn.replace(/-/g, ""));
    expect(o.subOrders.map((x) => x.number)).toEqual([`${o.orderNumber}-1`, `${o.orderNumber}-2`]);
    // An order dated earlier (a fair sale recorded later) is numbered in its own day's sequence.
    const earlier = (await orderOf((await place([{ productId: honey, quantity: 1 }], t.buyer, daysAgo(3))).id))!;
    expect(earlier.orderNumber.slice(2, 10)).toBe(daysAgo(3).replace(/-/g, ""));
  });

  it("concurrent placements take distinct numbers, the day's sequence has no gap, a refused order takes none", async () => {
    const stockBefore = (await s.sql(`SELECT stock FROM product WHERE id = $1`, [honey]))[0].stock as number;
    const work = Array.from({ length: onPostgres ? 24 : 8 }, (_, i) =>
      s.gql(
        PLACE,
        {
          i: {
            idempotencyKey: key(),
            channel: "ONLINE",
            // Every fourth asks for more than there is: rolled back, OutOfStockError, no number used.
            lines: [{ productId: i % 4 === 3 ? mushroom : honey, quantity: i % 4 === 3 ? 100_000 : 1 }],
          },
        },
        i % 2 ? t.buyer : other.token,
      ),
    );
    const results = await Promise.all(work);
    const placed = results.map((r) => r.data!.placeOrder).filter((x) => x.__typename === "Order");
    const refused = results.map((r) => r.data!.placeOrder).filter((x) => x.__typename === "OutOfStockError");
    expect(refused.length).toBe(onPostgres ? 6 : 2);
    expect(placed.length + refused.length).toBe(results.length);
    const rows = await s.sql<{ order_number: string }>(
      `SELECT order_number FROM purchase_order WHERE ordered_on = $1 ORDER BY order_number`,
      [today()],
    );
    const numbers = rows.map((r) => r.order_number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(NUMBER);
    // Gapless: 1..N for the day, and the counter row says N.
    expect(numbers.map((n) => Number(n.slice(-6)))).toEqual(numbers.map((_, i) => i + 1));
    const [counter] = await s.sql(`SELECT last FROM order_number_counter WHERE day = $1`, [today()]);
    expect(counter.last).toBe(numbers.length);
    const stockAfter = (await s.sql(`SELECT stock FROM product WHERE id = $1`, [honey]))[0].stock as number;
    expect(stockBefore - stockAfter).toBe(placed.length);
  });

  it("the migration numbers existing orders per day in the order they were created", async () => {
    const runner = { query: (sql: string) => s.sql(sql) } as unknown as QueryRunner;
    const before = await s.sql<{ id: string; order_number: string }>(`SELECT id, order_number FROM purchase_order`);
    const migration = new OrderNumbers1763900000014();
    await migration.down(runner);
    await migration.up(runner);
    const after = await s.sql<{ id: string; order_number: string; ordered_on: string; created_at: Date }>(
      `SELECT id, order_number, ordered_on::text, created_at FROM purchase_order ORDER BY ordered_on, created_at, id`,
    );
    expect(after.length).toBe(before.length);
    expect(after.every((r) => NUMBER.test(r.order_number))).toBe(true);
    let day = "";
    let k = 0;
    for (const r of after) {
      k = r.ordered_on === day ? k + 1 : 1;
      day = r.ordered_on;
      expect(r.order_number).toBe(`XZ${day.replace(/-/g, "")}-${String(k).padStart(6, "0")}`);
    }
    // The counters continue after the backfill: the next order of today follows the last one.
    const last = after.filter((r) => r.ordered_on === today()).length;
    const next = (await orderOf((await place([{ productId: honey, quantity: 1 }])).id))!;
    expect(Number(next.orderNumber.slice(-6))).toBe(last + 1);
    // Sub-orders are numbered again by position too.
    expect(next.subOrders[0].number).toBe(`${next.orderNumber}-1`);
  });
});

describe("finding orders: number search and filters, within scope", () => {
  let mixed: { id: string; orderNumber: string };
  let mine: { id: string; orderNumber: string };
  beforeAll(async () => {
    const a = await place([
      { productId: honey, quantity: 2 },
      { productId: mushroom, quantity: 2 },
    ]);
    mixed = { id: a.id, orderNumber: (await orderOf(a.id))!.orderNumber };
    const b = await place([{ productId: honey, quantity: 1 }], other.token);
    mine = { id: b.id, orderNumber: (await orderOf(b.id, other.token))!.orderNumber };
  });

  it("by the whole number, its beginning, or a sub-order's number; another buyer's number finds nothing", async () => {
    const find = async (orderNumber: string, token = t.buyer) =>
      (await s.gql(ORDERS, { filter: { orderNumber }, first: 100 }, token)).data!.orders;
    expect((await find(mixed.orderNumber)).nodes.map((n) => n.id)).toEqual([mixed.id]);
    expect((await find(` ${mixed.orderNumber.toLowerCase()} `)).nodes.map((n) => n.id)).toEqual([mixed.id]);
    const prefix = await find(mixed.orderNumber.slice(0, 10)); // XZyyyymmdd: that day's orders
    expect(prefix.nodes.map((n) => n.id)).toContain(mixed.id);
    expect(prefix.nodes.every((n) => n.orderNumber.startsWith(mixed.orderNumber.slice(0, 10)))).toBe(true);
    expect((await find(`${mixed.orderNumber}-2`)).nodes.map((n) => n.id)).toEqual([mixed.id]);
    expect((await find(`${mixed.orderNumber}-3`)).totalCount).toBe(0);
    // Another buyer's order: not found, not refused (its existence is not confirmed).
    expect((await find(mine.orderNumber)).totalCount).toBe(0);
    expect((await find(mine.orderNumber, other.token)).nodes.map((n) => n.id)).toEqual([mine.id]);
  });

  it("a county official's search by number shows only its county's sub-order", async () => {
    const r = (await s.gql(SUB_ORDERS, { filter: { orderNumber: mixed.orderNumber } }, t.zhenning)).data!;
    expect(r.subOrders.nodes.map((n) => n.number)).toEqual([`${mixed.orderNumber}-1`]);
    expect(r.subOrders.nodes[0].county.name).toBe("镇宁布依族苗族自治县");
  });

  it("a number with other characters is BAD_USER_INPUT naming the field, without the value", async () => {
    const r = await s.gql(ORDERS, { filter: { orderNumber: "XZ'; DROP" } }, t.buyer);
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.field).toBe("orderNumber");
    expect(r.errors![0].message).not.toContain("DROP");
  });

  it("filters by state, dates, supplier and county; each order list keeps to the caller's scope", async () => {
    const ids = async (filter: object, token = t.buyer) =>
      (await s.gql(ORDERS, { filter, first: 100 }, token)).data!.orders.nodes.map((n) => n.id);
    const all = await ids({});
    expect(all).toContain(mixed.id);
    // By date: today's range holds it, yesterday's does not.
    expect(await ids({ from: today(), to: today() })).toContain(mixed.id);
    expect(await ids({ to: daysAgo(1) })).not.toContain(mixed.id);
    // By county: the order has a 徽县 part; the other buyer's order only 镇宁.
    const huixian = (await s.sql(`SELECT id FROM region WHERE name = '徽县'`))[0].id;
    expect(await ids({ countyId: huixian })).toContain(mixed.id);
    expect(await ids({ countyId: huixian }, other.token)).not.toContain(mine.id);
    // By supplier.
    const honeySupplier = (await s.sql(`SELECT supplier_id FROM product WHERE id = $1`, [honey]))[0].supplier_id;
    const bySupplier = await ids({ supplierId: honeySupplier });
    expect(bySupplier).toContain(mixed.id);
    for (const id of bySupplier) {
      const n = await s.sql(`SELECT count(*)::int AS n FROM sub_order WHERE order_id = $1 AND supplier_id = $2`, [
        id,
        honeySupplier,
      ]);
      expect(n[0].n).toBeGreaterThan(0);
    }
    // By state: placed orders yes, RECEIVED no (none of these is).
    expect(await ids({ status: "PLACED" })).toContain(mixed.id);
    expect(await ids({ status: "RECEIVED" })).not.toContain(mixed.id);
    // The other buyer never sees the first buyer's orders, whatever the filter.
    expect(await ids({ countyId: huixian, orderNumber: mixed.orderNumber }, other.token)).toEqual([]);
  });

  it("a range that ends before it starts is BAD_USER_INPUT naming `to`", async () => {
    const r = await s.gql(ORDERS, { filter: { from: today(), to: daysAgo(2) } }, t.buyer);
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.field).toBe("to");
  });

  it("the tab counts are per state within scope and equal the lists they stand for", async () => {
    const huixian = (await s.sql(`SELECT id FROM region WHERE name = '徽县'`))[0].id;
    const r = (await s.gql(SUB_ORDERS, { filter: { statuses: ["PLACED", "PAID"] } }, t.zhenning)).data!;
    const counts = Object.fromEntries(r.subOrderStatusCounts.map((c) => [c.status, c.count]));
    // The counts ignore the list's own states (every tab gets its number from one answer)…
    const everything = (await s.gql(SUB_ORDERS, { filter: {} }, t.zhenning)).data!.subOrders.totalCount;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(everything);
    // …and the list holds exactly what its tab counts.
    expect(r.subOrders.totalCount).toBe((counts.PLACED ?? 0) + (counts.PAID ?? 0));
    expect(r.subOrders.nodes.every((n) => n.status === "PLACED" || n.status === "PAID")).toBe(true);
    // In the official's scope only: its county's sub-orders; another county's filter finds none.
    expect(r.subOrders.nodes.every((n) => n.county.name === "镇宁布依族苗族自治县")).toBe(true);
    const elsewhere = (await s.gql(SUB_ORDERS, { filter: { countyId: huixian } }, t.zhenning)).data!;
    expect(elsewhere.subOrders.totalCount).toBe(0);
    expect(elsewhere.subOrderStatusCounts).toEqual([]);
    // The database agrees.
    const [db] = await s.sql(
      `SELECT count(*)::int AS n FROM sub_order s JOIN region r ON r.id = s.west_county_id WHERE r.name = '镇宁布依族苗族自治县'`,
    );
    expect(everything).toBe(db.n);
  });
});

describe("shipping records the carrier and the waybill number", () => {
  let subId: string;
  let orderId: string;
  beforeAll(async () => {
    const o = await place([{ productId: honey, quantity: 1 }]);
    orderId = o.id;
    subId = o.subOrders[0].id;
    narrow((await s.gql(CONFIRM, { i: { subOrderId: subId } }, t.zhenning)).data!.confirmSubOrder, "SubOrder");
    narrow(
      (await s.gql(PAY, { i: { subOrderId: subId, paymentReference: "BOC-SHIP-1" } }, t.buyer)).data!.recordPayment,
      "SubOrder",
    );
  });
  const statusOf = async () => (await s.sql(`SELECT status FROM sub_order WHERE id = $1`, [subId]))[0].status;

  it.each([
    ["no carrier", { carrier: "  ", waybillNumber: "SF1234567890" }, "carrier"],
    ["no waybill number", { carrier: "顺丰速运", waybillNumber: " " }, "waybillNumber"],
    ["a waybill number with other characters", { carrier: "顺丰速运", waybillNumber: "SF<script>" }, "waybillNumber"],
    ["a waybill number too short", { carrier: "顺丰速运", waybillNumber: "SF1" }, "waybillNumber"],
    ["a carrier too long", { carrier: "顺".repeat(51), waybillNumber: "SF1234567890" }, "carrier"],
  ])("%s: BAD_USER_INPUT naming the field, nothing written, the value not echoed", async (_, input, field) => {
    const audits = (await s.sql(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [subId]))[0].n;
    const r = await s.gql(SHIP, { i: { subOrderId: subId, ...input } }, t.zhenning);
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.field).toBe(field);
    expect(r.errors![0].message).not.toContain("script");
    expect(await statusOf()).toBe("PAID");
    expect((await s.sql(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [subId]))[0].n).toBe(audits);
  });

  it("another county's official cannot ship it (NOT_FOUND), nor the buyer (FORBIDDEN)", async () => {
    const i = { subOrderId: subId, carrier: "顺丰速运", waybillNumber: "SF1234567890" };
    expect(codeOf(await s.gql(SHIP, { i }, t.huixian))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(SHIP, { i }, t.buyer))).toBe("FORBIDDEN");
    expect(await statusOf()).toBe("PAID");
  });

  it("shipped: stored trimmed (spaces dropped from the number), audited, and the buyer sees both and the history", async () => {
    const r = await s.gql(
      SHIP,
      { i: { subOrderId: subId, carrier: "  顺丰速运 ", waybillNumber: " sf 1234 5678 90 " } },
      t.zhenning,
    );
    const shipped = narrow(r.data!.shipSubOrder, "SubOrder");
    expect(shipped).toMatchObject({ status: "SHIPPED", carrier: "顺丰速运", waybillNumber: "SF1234567890" });
    const [audit] = await s.sql(`SELECT change FROM audit_entry WHERE entity_id = $1 AND action = 'SUB_ORDER_SHIP'`, [
      subId,
    ]);
    expect(audit.change).toMatchObject({ carrier: "顺丰速运", waybillNumber: "SF1234567890", after: "SHIPPED" });

    const seen = (await orderOf(orderId))!.subOrders[0];
    expect(seen).toMatchObject({ carrier: "顺丰速运", waybillNumber: "SF1234567890" });
    expect(seen.history.map((h) => [h.action, h.status])).toEqual([
      ["CONFIRM", "CONFIRMED"],
      ["PAY", "PAID"],
      ["SHIP", "SHIPPED"],
    ]);
    // The coordinator of the buyer's region sees them too.
    const coordinator = (
      await s.gql(ORDERS, { filter: { orderNumber: (await orderOf(orderId))!.orderNumber } }, t.jiaozhou)
    ).data!.orders.nodes[0].subOrders[0];
    expect(coordinator).toMatchObject({ carrier: "顺丰速运", waybillNumber: "SF1234567890" });
  });
});

describe("the orders export (.xlsx)", () => {
  const download = (path: string, token?: string) =>
    fetch(`${s.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const sheetText = async (res: Response) => {
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows: string[][] = [];
    wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    return rows;
  };

  it("one row per sub-order with its number, the list's filters, and each role's scope", async () => {
    const o = await place([
      { productId: honey, quantity: 1 },
      { productId: mushroom, quantity: 3 },
    ]);
    const number = (await orderOf(o.id))!.orderNumber;
    const buyer = await sheetText(await download(`/exports/orders.xlsx?orderNumber=${number}`, t.buyer));
    expect(buyer[0].slice(0, 6)).toEqual(["子订单号", "采购日期", "采购单位", "供应商", "产地县", "状态"]);
    expect(buyer.slice(1).map((r) => r[0])).toEqual([`${number}-2`, `${number}-1`]); // newest sub-order first
    expect(buyer.slice(1).every((r) => r[2] === "胶州市人民医院" && r[5] === "已下单")).toBe(true);
    // 镇宁's official: its county's part only; another buyer: nothing of it.
    const zhenning = await sheetText(await download(`/exports/orders.xlsx?orderNumber=${number}`, t.zhenning));
    expect(zhenning.slice(1).map((r) => [r[0], r[4]])).toEqual([[`${number}-1`, "镇宁布依族苗族自治县"]]);
    const stranger = await sheetText(await download(`/exports/orders.xlsx?orderNumber=${number}`, other.token));
    expect(stranger).toHaveLength(1);
  });

  it("refuses without a session and bad filters with the field named, never echoing them", async () => {
    expect((await download(`/exports/orders.xlsx`)).status).toBe(401);
    const bad = await download(`/exports/orders.xlsx?countyId=nope`, t.buyer);
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "countyId" });
    expect(JSON.stringify(body)).not.toContain("nope");
    expect((await download(`/exports/orders.xlsx?status=LOST`, t.buyer)).status).toBe(400);
  });
});
