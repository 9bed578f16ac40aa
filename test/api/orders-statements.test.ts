import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./harness";
import { CANCEL, CONFIRM, key, narrow, PAY, PLACE, year } from "./consumption-fixtures";

/**
 * Issue 14: placing an order and each step of a sub-order is ONE transaction of few statements, the
 * hot rows (the day's order-number counter, the products' stock, the quota counter, the ledger's
 * per-day summary) touched in its last statement, so their locks are never held across a round trip
 * through Node. Counted here from the statements the server sends (BEGIN and COMMIT included), so a
 * change that adds a round trip inside the transaction fails this test. The rules themselves (stock,
 * counting, idempotency, scope) are the other consumption tests' and the concurrency test's.
 */
let s: TestServer;
const t: Record<string, string> = {};
let honey: string;
let supplierId: string;

const isBegin = (q: string) => /^\s*(START TRANSACTION|BEGIN)\b/i.test(q);
const isEnd = (q: string) => /^\s*(COMMIT|ROLLBACK)\b/i.test(q);
/** The statements of the one transaction among `sent` (BEGIN … COMMIT), failing unless there is exactly one. */
function transactionOf(sent: string[]): string[] {
  const begins = sent.flatMap((q, i) => (isBegin(q) ? [i] : []));
  expect(begins, sent.join("\n---\n")).toHaveLength(1);
  const end = sent.findIndex((q, i) => i > begins[0] && isEnd(q));
  return sent.slice(begins[0], end + 1);
}

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["buyer", "zhenning"]) t[u] = await s.login(u);
  supplierId = (await s.sql(`SELECT id FROM supplier WHERE name LIKE '%蜂之源%'`))[0].id;
  const r = await s.gql(
    `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`,
    {
      i: {
        supplierId,
        name: "语句计数蜂蜜",
        category: "蜂产品",
        spec: "500g",
        unit: "瓶",
        price: "68.00",
        stock: 10,
        certificateNo: "STMT",
        certificateAuthority: "test",
        certificateValidFrom: "2020-01-01",
        certificateValidTo: "2099-12-31",
      },
    },
    t.zhenning,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  honey = r.data.createProduct.id;
}, 120_000);
afterAll(() => s?.close());

const stockOf = async () => (await s.sql(`SELECT stock FROM product WHERE id = $1`, [honey]))[0].stock as number;
const counter = async () =>
  (
    await s.sql(
      `SELECT COALESCE(SUM(counted), 0)::bigint AS counted, COALESCE(SUM(confirmed), 0)::bigint AS confirmed
         FROM quota_counter WHERE buyer_id = (SELECT buyer_id FROM app_user WHERE username = 'buyer') AND year = $1`,
      [year()],
    )
  )[0] as { counted: number; confirmed: number };

async function place(quantity: number, idempotencyKey = key()) {
  let result: Awaited<ReturnType<typeof s.gql<any, any>>> | undefined;
  const sent = await s.recordQueries(async () => {
    result = await s.gql(
      PLACE,
      { i: { idempotencyKey, channel: "ONLINE", lines: [{ productId: honey, quantity }] } },
      t.buyer,
    );
  });
  expect(result!.errors).toBeUndefined();
  return { sent, order: result!.data.placeOrder };
}

describe("order transactions are lean (issue 14)", () => {
  it("placeOrder: one transaction of ONE statement (no BEGIN/COMMIT), after one read; the order comes back without a re-read", async () => {
    const before = await stockOf();
    const { sent, order } = await place(2);
    const o = narrow(order, "Order");
    expect(o.total).toBe("136.00");
    // No BEGIN or COMMIT: the write is one statement, PostgreSQL's transaction of its own.
    expect(sent.filter((q) => isBegin(q) || isEnd(q))).toEqual([]);
    const write = sent.findIndex((q) => /INSERT INTO purchase_order/.test(q));
    expect(sent.filter((q) => /INSERT INTO/.test(q))).toHaveLength(1);
    // Before it: the sign-in check and ONE read (buyer, idempotency key, products, suppliers,
    // pairings: five statements before issue 14's slice O, and BEGIN).
    expect(sent.slice(0, write), sent.join("\n---\n")).toHaveLength(2);
    // The whole request (with the answer's fields read after the write): logged for docs/benchmarks.md.
    console.log(`placeOrder: ${sent.length} statements in the request, the write statement ${write + 1}`);
    expect(await stockOf()).toBe(before - 2);
    const [row] = await s.sql(`SELECT order_number FROM purchase_order WHERE id = $1`, [o.id]);
    expect(row.order_number).toMatch(/^XZ\d{8}-\d{6,}$/);
    const audit = await s.sql(`SELECT action FROM audit_entry WHERE entity_type = 'Order' AND entity_id = $1`, [o.id]);
    expect(audit.map((a) => a.action)).toEqual(["ORDER_PLACED"]);
  });

  it("placeOrder: the answer's sub-orders are the rows the write inserted, as a later read gives them, with no read after the write", async () => {
    const FIELDS = `id number orderId buyerId supplierId westCountyId pairingId status total countable updatedAt
      paymentReference invoiceNumber inspectionNote rating reason carrier waybillNumber allowedActions`;
    let answer: any;
    const sent = await s.recordQueries(async () => {
      answer = await s.gql(
        `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { __typename ... on Order { id subOrders { ${FIELDS} } } } }`,
        { i: { idempotencyKey: key(), channel: "ONLINE", lines: [{ productId: honey, quantity: 1 }] } },
        t.buyer,
      );
    });
    expect(answer.errors).toBeUndefined();
    const placed = answer.data.placeOrder;
    const after = sent.slice(sent.findIndex((q) => /INSERT INTO purchase_order/.test(q)) + 1);
    expect(
      after.filter((q) => /sub_order/.test(q)),
      after.join("\n---\n"),
    ).toEqual([]);
    const read = await s.gql(
      `query($id: ID!) { order(id: $id) { subOrders { ${FIELDS} } } }`,
      { id: placed.id },
      t.buyer,
    );
    expect(read.errors).toBeUndefined();
    expect(placed.subOrders).toHaveLength(1);
    expect(placed.subOrders).toEqual(read.data.order.subOrders);
  });

  it("placeOrder short of stock: OutOfStockError with what is left, and nothing written", async () => {
    const before = await stockOf();
    const k = key();
    const { order } = await place(before + 1, k);
    expect(order).toMatchObject({ __typename: "OutOfStockError", requested: before + 1, available: before });
    expect(await stockOf()).toBe(before);
    expect(await s.sql(`SELECT 1 FROM purchase_order WHERE idempotency_key = $1`, [k])).toHaveLength(0);
  });

  it("each step is one transaction of 4 statements; the counted amounts move in the last", async () => {
    const o = narrow((await place(1)).order, "Order");
    const sub = o.subOrders[0];
    const c0 = await counter();

    const step = async (
      doc: typeof CONFIRM | typeof PAY | typeof CANCEL,
      i: Record<string, unknown>,
      token: string,
    ) => {
      let answer: any;
      const sent = await s.recordQueries(async () => {
        answer = await s.gql(doc as typeof CONFIRM, { i: { subOrderId: sub.id, ...i } } as never, token);
      });
      expect(answer.errors).toBeUndefined();
      const tx = transactionOf(sent);
      expect(tx, tx.join("\n---\n")).toHaveLength(4);
      console.log(
        `${Object.keys(answer.data)[0]}: ${sent.length} statements in the request, ${tx.length} in its transaction`,
      );
      return Object.values(answer.data)[0] as { status: string };
    };

    expect(await step(CONFIRM, {}, t.zhenning)).toMatchObject({ status: "CONFIRMED" });
    const c1 = await counter();
    expect(Number(c1.confirmed) - Number(c0.confirmed)).toBe(6800);

    // Paid: counted from PAID (the default point): the ledger entry and the counter, in the last statement.
    expect(await step(PAY, { paymentReference: "PAY-STMT-1" }, t.buyer)).toMatchObject({ status: "PAID" });
    const c2 = await counter();
    expect(Number(c2.counted) - Number(c1.counted)).toBe(6800);
    const ledger = await s.sql(`SELECT amount FROM ledger_entry WHERE source = 'ORDER_LINE' AND source_id = $1`, [
      sub.id,
    ]);
    expect(ledger.map((l) => Number(l.amount))).toEqual([6800]);
  });

  it("a cancellation gives the stock back in the same one write", async () => {
    const o = narrow((await place(3)).order, "Order");
    const before = await stockOf();
    let answer: any;
    const sent = await s.recordQueries(async () => {
      answer = await s.gql(CANCEL, { i: { subOrderId: o.subOrders[0].id, reason: "不要了" } }, t.buyer);
    });
    expect(answer.data.cancelSubOrder).toMatchObject({ status: "CANCELLED" });
    expect(transactionOf(sent)).toHaveLength(4);
    expect(await stockOf()).toBe(before + 3);
  });

  it("a step refused by state writes nothing and stays within the transaction's first statements", async () => {
    const o = narrow((await place(1)).order, "Order");
    const r = await s.gql(PAY, { i: { subOrderId: o.subOrders[0].id, paymentReference: "X-1" } }, t.buyer);
    expect(r.data!.recordPayment).toMatchObject({ __typename: "InvalidStateError", state: "PLACED" });
    const audit = await s.sql(`SELECT action FROM audit_entry WHERE entity_type = 'SubOrder' AND entity_id = $1`, [
      o.subOrders[0].id,
    ]);
    expect(audit).toHaveLength(0);
  });
});
