import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./harness";
import { plannedEveryCall, preparedOnEveryConnection } from "./prepared-statements";
import { randomUUID } from "node:crypto";
import {
  CANCEL,
  CONFIRM,
  key,
  narrow,
  newBuyer,
  orderRowCounts,
  PAY,
  PLACE,
  reconcile,
  year,
} from "./consumption-fixtures";

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

interface PgPool {
  on(event: "connect", listener: () => void): void;
  removeListener(event: "connect", listener: () => void): void;
}

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
        stock: 30,
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

  it("each step is ONE statement sent alone (no BEGIN/COMMIT); the counted amounts move in it", async () => {
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
      // No transaction control at all: the step is its own transaction (it was BEGIN, lock, write,
      // COMMIT before slice A: four statements, the state decided in Node between the lock and the write).
      expect(sent.filter((q) => isBegin(q) || isEnd(q) || /SAVEPOINT/i.test(q))).toEqual([]);
      const writes = sent.filter((q) => /UPDATE sub_order/.test(q));
      expect(writes, sent.join("\n---\n")).toHaveLength(1);
      // Before it, the sign-in check only; the step's answer needs no read after it.
      expect(sent.indexOf(writes[0]), sent.join("\n---\n")).toBe(1);
      expect(sent, sent.join("\n---\n")).toHaveLength(2);
      console.log(`${Object.keys(answer.data)[0]}: ${sent.length} statements in the request, the step one of them`);
      return Object.values(answer.data)[0] as { status: string };
    };

    expect(await step(CONFIRM, {}, t.zhenning)).toMatchObject({ status: "CONFIRMED" });
    const c1 = await counter();
    expect(Number(c1.confirmed) - Number(c0.confirmed)).toBe(6800);
    expect(Number(c1.counted)).toBe(Number(c0.counted));

    // Paid: counted from PAID (the default point): the ledger entry and the counter, in the same statement.
    expect(await step(PAY, { paymentReference: "PAY-STMT-1" }, t.buyer)).toMatchObject({ status: "PAID" });
    const c2 = await counter();
    expect(Number(c2.counted) - Number(c1.counted)).toBe(6800);
    expect(Number(c2.confirmed)).toBe(Number(c1.confirmed));
    const ledger = await s.sql(
      `SELECT amount, note_key FROM ledger_entry WHERE source = 'ORDER_LINE' AND source_id = $1`,
      [sub.id],
    );
    expect(ledger.map((l) => [Number(l.amount), l.note_key])).toEqual([[6800, "orderPaid"]]);
    // The audit entries, with the state each step found.
    const audit = await s.sql(
      `SELECT action, change FROM audit_entry WHERE entity_type = 'SubOrder' AND entity_id = $1 ORDER BY seq`,
      [sub.id],
    );
    expect(audit).toEqual([
      { action: "SUB_ORDER_CONFIRM", change: { before: "PLACED", after: "CONFIRMED" } },
      { action: "SUB_ORDER_PAY", change: { before: "CONFIRMED", after: "PAID", paymentReference: "PAY-STMT-1" } },
    ]);
    expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
  });

  it("a cancellation gives the stock back and takes back the confirmed amount, in the same one statement", async () => {
    const o = narrow((await place(3)).order, "Order");
    const sub = o.subOrders[0];
    await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.zhenning);
    const before = await stockOf();
    const c0 = await counter();
    let answer: any;
    const sent = await s.recordQueries(async () => {
      answer = await s.gql(CANCEL, { i: { subOrderId: sub.id, reason: "不要了" } }, t.buyer);
    });
    expect(answer.data.cancelSubOrder).toMatchObject({ status: "CANCELLED", reason: "不要了" });
    expect(sent.filter((q) => isBegin(q) || isEnd(q))).toEqual([]);
    expect(sent).toHaveLength(2);
    expect(await stockOf()).toBe(before + 3);
    expect(Number((await counter()).confirmed) - Number(c0.confirmed)).toBe(-3 * 6800);
    const [audit] = await s.sql(
      `SELECT change FROM audit_entry WHERE entity_type = 'SubOrder' AND entity_id = $1 AND action = 'SUB_ORDER_CANCEL'`,
      [sub.id],
    );
    expect(audit.change).toEqual({ before: "CONFIRMED", after: "CANCELLED", reason: "不要了" });
    expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
  });

  it("a refusal keeps its connection; on PostgreSQL the sign-in read, the placement and the step go as prepared statements", async () => {
    const pool = (s.app.db.driver as unknown as { master: PgPool }).master;
    // Refusals (short of stock; paying what is only placed) with the pool's connections counted: a
    // statement the server refused leaves its connection usable, so none is dropped and made again
    // (pg's pool.query drops it on any error: a connection per refused order, and on the embedded
    // database its one connection).
    const sub = narrow((await place(1)).order, "Order").subOrders[0];
    let made = 0;
    const onConnect = () => made++;
    pool.on("connect", onConnect);
    try {
      for (let i = 0; i < 5; i++) {
        const { order } = await place((await stockOf()) + 1);
        expect(order.__typename).toBe("OutOfStockError");
        const paid = await s.gql(PAY, { i: { subOrderId: sub.id, paymentReference: "X-2" } }, t.buyer);
        expect(paid.data!.recordPayment.__typename).toBe("InvalidStateError");
      }
    } finally {
      pool.removeListener("connect", onConnect);
    }
    expect(made).toBe(0);
    expect(narrow((await place(1)).order, "Order").subOrders).toHaveLength(1);
    const confirmed = await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.zhenning);
    expect(confirmed.data!.confirmSubOrder.__typename).toBe("SubOrder");

    // What the pool's connections hold prepared. PostgreSQL only: on the embedded database nothing is.
    if (!process.env.TEST_DATABASE_URL) return;
    const texts = [
      ...new Set((await preparedOnEveryConnection(s)).map((r) => r.statement.replace(/\s+/g, " ").trim())),
    ];
    expect(
      texts.some((q) => q.includes("FROM user_session s JOIN app_user u")),
      texts.join("\n"),
    ).toBe(true);
    expect(texts.some((q) => q.startsWith("WITH jb AS"))).toBe(true); // the placement's read
    expect(texts.some((q) => q.startsWith("WITH num AS (INSERT INTO order_number_counter"))).toBe(true);
    expect(texts.some((q) => q.startsWith("WITH old AS") && q.includes("UPDATE sub_order"))).toBe(true);
  });

  it("on PostgreSQL each prepared statement keeps a generic plan: none is planned again on every call", async () => {
    // The class of defect: a prepared statement whose generic plan PostgreSQL judges dearer than one
    // made for the values (an array parameter is estimated at 10 elements; the placement's read fans
    // out per product) is planned again on every call, and planning was most of its time (issue 14).
    // Orders one after another reuse the pool's connections, so each statement is run there more
    // than the five calls PostgreSQL plans for the values before it weighs a generic plan.
    if (!process.env.TEST_DATABASE_URL) return;
    for (let i = 0; i < 12; i++) {
      const sub = narrow((await place(1)).order, "Order").subOrders[0];
      const confirmed = await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.zhenning);
      expect(confirmed.data!.confirmSubOrder.__typename).toBe("SubOrder");
    }
    const seen = await preparedOnEveryConnection(s);
    // The placement's read ran enough to be judged.
    expect(seen.some((r) => r.generic + r.custom > 5 && r.statement.trimStart().startsWith("WITH jb AS"))).toBe(true);
    expect(plannedEveryCall(seen)).toEqual([]);
  });

  it("every refusal of a step — wrong state, not yours, unknown id, a concurrent double confirmation — writes nothing", async () => {
    const o = narrow((await place(1)).order, "Order");
    const sub = o.subOrders[0];
    const huixian = await s.login("huixian");
    const other = await newBuyer(s, await s.login("admin"), await s.login("jiaozhou"), "语句计数另一医院");
    const status = async () => (await s.sql(`SELECT status FROM sub_order WHERE id = $1`, [sub.id]))[0].status;
    const unchanged = async (what: string, ask: () => Promise<any>, check: (r: any) => void) => {
      const rows = await orderRowCounts(s);
      const c = await counter();
      const st = await status();
      const r = await ask();
      check(r);
      expect(await orderRowCounts(s), what).toEqual(rows);
      expect(await counter(), what).toEqual(c);
      expect(await status(), what).toBe(st);
    };

    // Wrong state: paying what is only placed (refused by the statement itself: the state it found).
    await unchanged(
      "wrong state",
      () => s.gql(PAY, { i: { subOrderId: sub.id, paymentReference: "X-1" } }, t.buyer),
      (r) =>
        expect(r.data.recordPayment).toEqual({
          __typename: "InvalidStateError",
          code: "INVALID_STATE",
          message: "当前状态 PLACED 不能执行 PAY",
          state: "PLACED",
          entityId: sub.id,
          action: "PAY",
        }),
    );
    // Not yours: another county's official, another buyer (NOT_FOUND naming the field, as an unknown id).
    for (const [what, ask] of [
      ["another county", () => s.gql(CONFIRM, { i: { subOrderId: sub.id } }, huixian)],
      ["another buyer", () => s.gql(CANCEL, { i: { subOrderId: sub.id } }, other.token)],
      ["unknown id", () => s.gql(CONFIRM, { i: { subOrderId: randomUUID() } }, t.zhenning)],
    ] as const)
      await unchanged(what, ask, (r) => {
        expect(r.data?.[Object.keys(r.data ?? {})[0]] ?? null, what).toBeNull();
        expect(r.errors[0].extensions, what).toMatchObject({ code: "NOT_FOUND", field: "subOrderId" });
        expect(JSON.stringify(r.errors), what).not.toMatch(/XZ001|refuse|SELECT/);
      });
    // A malformed id is refused at the edge (the ID scalar), naming the field, never echoing it.
    await unchanged(
      "malformed id",
      () => s.gql(CONFIRM, { i: { subOrderId: "not-an-id" } }, t.zhenning),
      (r) => {
        expect(r.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "subOrderId" });
        expect(JSON.stringify(r.errors)).not.toMatch(/not-an-id/);
      },
    );
    // A role that may never confirm: FORBIDDEN, before any statement.
    await unchanged(
      "wrong role",
      () => s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.buyer),
      (r) => expect(r.errors[0].extensions.code).toBe("FORBIDDEN"),
    );

    // Two confirmations at once: one confirms, the other waits for the row and then finds CONFIRMED.
    const c0 = await counter();
    const audits0 = (await orderRowCounts(s)).audit;
    const both = await Promise.all([
      s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.zhenning),
      s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.zhenning),
    ]);
    const answers = both.map((r) => r.data!.confirmSubOrder).sort((a, b) => a.__typename.localeCompare(b.__typename));
    expect(answers.map((a) => a.__typename)).toEqual(["InvalidStateError", "SubOrder"]);
    expect(answers[0]).toMatchObject({ state: "CONFIRMED", action: "CONFIRM", entityId: sub.id });
    expect(Number((await counter()).confirmed) - Number(c0.confirmed)).toBe(6800);
    expect((await orderRowCounts(s)).audit - audits0).toBe(1);
    expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
  });

  // PostgreSQL only: the embedded database is one session, so nothing there runs beside a held lock.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "a step that waited for a change of the counting point counts under the new point (read after the lock, not at the statement's start)",
    async () => {
      const y = year();
      const admin = await s.login("admin");
      const SET_POINT = `mutation($y: Int!, $p: CountingPoint!) { setCountingPoint(year: $y, countsFrom: $p) { subOrdersMoved } }`;
      expect((await s.gql(SET_POINT, { y, p: "PAID" }, admin)).errors).toBeUndefined();
      // A confirmed sub-order, which a move of the point to CONFIRMED re-counts on the buyer's counter row.
      const first = narrow((await place(1)).order, "Order").subOrders[0];
      await s.gql(CONFIRM, { i: { subOrderId: first.id } }, t.zhenning);
      const sub = narrow((await place(1)).order, "Order").subOrders[0];
      const waiting = async (locktype: string) => {
        for (let i = 0; i < 200; i++) {
          const [w] = await s.sql(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND locktype = $1`, [
            locktype,
          ]);
          if (w.n > 0) return;
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error(`nothing waited on a ${locktype} lock`);
      };
      // Hold the counter row, so the change of the point (the real one, through the API) stops in its
      // recount with the year's lock held exclusive and its new rule written but not committed; then
      // the confirmation starts, before that commit, and waits for the year's lock.
      const holder = s.app.db.createQueryRunner();
      await holder.connect();
      let changing: Promise<any>;
      let confirming: Promise<any>;
      try {
        await holder.startTransaction();
        await holder.query(
          `SELECT 1 FROM quota_counter WHERE buyer_id = (SELECT buyer_id FROM app_user WHERE username = 'buyer') AND year = $1 FOR UPDATE`,
          [y],
        );
        changing = s.gql(SET_POINT, { y, p: "CONFIRMED" }, admin);
        await waiting("transactionid");
        confirming = s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.zhenning);
        await waiting("advisory");
      } finally {
        await holder.rollbackTransaction();
        await holder.release();
      }
      expect((await changing).errors).toBeUndefined();
      expect((await confirming).data!.confirmSubOrder).toMatchObject({ status: "CONFIRMED" });
      // The confirmation counted under CONFIRMED, the point committed while it waited: had it read the
      // point as its statement began (PAID), the counter would miss its 68.00 against the recount.
      const ledger = await s.sql(
        `SELECT amount, note_key FROM ledger_entry WHERE source = 'ORDER_LINE' AND source_id = $1`,
        [sub.id],
      );
      expect(ledger.map((l) => [Number(l.amount), l.note_key])).toEqual([[6800, "orderConfirmed"]]);
      expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
      expect((await s.gql(SET_POINT, { y, p: "PAID" }, admin)).errors).toBeUndefined();
      expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
    },
  );
});
