import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, startTestServer, type TestServer } from "./harness";
import {
  CANCEL,
  CONFIRM,
  key,
  newBuyer,
  PAY,
  productId,
  RECEIVE,
  reconcile,
  REFUND,
  SHIP,
  year,
} from "./consumption-fixtures";
import { CountingPoint1763900000015 } from "../../server/src/db/migrations/1763900000015-CountingPoint";
import { DeclarationLock1763900000019 } from "../../server/src/db/migrations/1763900000019-DeclarationLock";
import { QuotaStanding1763900000038 } from "../../server/src/db/migrations/1763900000038-QuotaStanding";
import type { MigrationInterface } from "typeorm";
import { INVARIANTS } from "../../server/src/tools/data-checks";

/**
 * 计入节点 (issue 11): a sub-order counts toward its buyer's year from that year's counting point —
 * PAID unless an administrator chose CONFIRMED or RECEIVED — and changing the point re-counts the
 * year's counters and ledger exactly, in the same transaction. The reconciliation here keeps its own
 * model of every sub-order (status, countable, year) and recounts from scratch after each change:
 * counters, the API's figures and the ledger must equal it to the fen. Then 预留份额申报: the buyer's
 * declaration, the provincial floor, and who has not declared.
 */

let s: TestServer;
const t: Record<string, string> = {};
let honey: string;
let water: string;
let woodEar: string;
let pepper: string;

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "buyer"]) t[u] = await s.login(u);
  honey = await productId(s, "镇宁土蜂蜜");
  water = await productId(s, "镇宁山泉矿泉水"); // certified until the end of last year
  woodEar = await productId(s, "徽县黑木耳");
  pepper = await productId(s, "策勒辣椒干");
});
afterAll(() => s?.close());

const SET_POINT = `mutation($y: Int!, $p: CountingPoint!) {
  setCountingPoint(year: $y, countsFrom: $p) { rule { year countsFrom isDefault } subOrdersMoved countedChange }
}`;
const RULES = `query($ys: [Int!]!) { countingRules(years: $ys) { year countsFrom isDefault } }`;
const COMPLETION = `query($b: ID!, $y: Int!) { quotaCompletion(buyerId: $b, year: $y) { counted confirmed countsFrom } }`;
const PLACE_ONE = `mutation($i: PlaceOrderInput!) {
  placeOrder(input: $i) { __typename ... on Order { subOrders { id countable pairingId } } }
}`;

const fen = (money: string) => {
  const neg = money.startsWith("-");
  const [y, f = "0"] = money.replace("-", "").split(".");
  const n = Number(y) * 100 + Number(f.padEnd(2, "0"));
  return neg ? -n : n;
};

/** A small deterministic generator (mulberry32), so a failure can be replayed with its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return (((x ^ (x >>> 14)) >>> 0) / 4294967296) * n;
  };
}

type Status = "PLACED" | "CONFIRMED" | "PAID" | "SHIPPED" | "RECEIVED" | "CANCELLED" | "REFUNDED";
type Point = "CONFIRMED" | "PAID" | "RECEIVED";
const COUNTS: Record<Point, Status[]> = {
  CONFIRMED: ["CONFIRMED", "PAID", "SHIPPED", "RECEIVED"],
  PAID: ["PAID", "SHIPPED", "RECEIVED"],
  RECEIVED: ["RECEIVED"],
};
interface Modelled {
  id: string;
  buyer: string;
  token: string;
  year: number;
  countable: number;
  paired: boolean;
  status: Status;
}

describe("the counting point (计入节点)", () => {
  it("is PAID by default, set by administrators only, refused with a stable code otherwise", async () => {
    const y = year();
    const r = await s.gql(RULES, { ys: [y, y - 1] }, t.buyer);
    expect(r.data.countingRules).toEqual([
      { year: y - 1, countsFrom: "PAID", isDefault: true },
      { year: y, countsFrom: "PAID", isDefault: true },
    ]);
    const rulesBefore = await s.sql(`SELECT count(*)::int AS n FROM counting_rule`);
    for (const who of ["jiaozhou", "buyer", "zhenning"])
      expect(codeOf(await s.gql(SET_POINT, { y, p: "CONFIRMED" }, t[who]))).toBe("FORBIDDEN");
    const badYear = await s.gql(SET_POINT, { y: 1999, p: "CONFIRMED" }, t.admin);
    expect(badYear.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    expect(codeOf(await s.gql(SET_POINT, { y, p: "SHIPPED" }, t.admin))).toBe("BAD_USER_INPUT");
    expect(codeOf(await s.gql(RULES, { ys: [y] }, t.zhenning))).toBe("FORBIDDEN");
    expect(await s.sql(`SELECT count(*)::int AS n FROM counting_rule`)).toEqual(rulesBefore);
  });

  it("re-counts exactly: random histories over two years, the point moved back and forth, a recount from scratch equals counters, API and ledger to the fen", async () => {
    const seed = Number(process.env.COUNTING_SEED ?? Date.now() % 100000);
    const rnd = rng(seed);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd(xs.length))];
    const y = year();
    const buyers = [
      { id: (await s.sql(`SELECT id FROM buyer WHERE name = '胶州市人民医院'`))[0].id as string, token: t.buyer },
      await newBuyer(s, t.admin, t.jiaozhou, "胶州市计入测试医院"),
      await newBuyer(s, t.admin, t.jiaozhou, "胶州市计入测试学校", "EDUCATION"),
    ];
    const subs: Modelled[] = [];
    const points: Record<number, Point> = { [y]: "PAID", [y - 1]: "PAID" };

    // The model's recount, per (buyer, year): counted and confirmed, in fen.
    const modelled = (buyer: string, yr: number) => {
      const mine = subs.filter((x) => x.buyer === buyer && x.year === yr);
      return {
        counted: mine.filter((x) => COUNTS[points[yr]].includes(x.status)).reduce((a, x) => a + x.countable, 0),
        confirmed: mine.filter((x) => COUNTS.CONFIRMED.includes(x.status)).reduce((a, x) => a + x.countable, 0),
      };
    };
    // Before this test's orders, the demo's own counters (they move with the point too, so compare deltas
    // only for the new buyers and compare the whole database with the recount invariants).
    const check = async (when: string) => {
      expect({ when, seed, ...(await reconcile(s)) }).toEqual({
        when,
        seed,
        counters: [],
        ledger: [],
        negativeStock: [],
        summaries: [],
      });
      for (const b of buyers.slice(1)) {
        for (const yr of [y - 1, y]) {
          const r = await s.gql(COMPLETION, { b: b.id, y: yr }, b.token);
          expect({ when, seed, b: b.id, yr, counted: fen(r.data.quotaCompletion.counted) }).toEqual({
            when,
            seed,
            b: b.id,
            yr,
            counted: modelled(b.id, yr).counted,
          });
          expect(fen(r.data.quotaCompletion.confirmed)).toBe(modelled(b.id, yr).confirmed);
          expect(r.data.quotaCompletion.countsFrom).toBe(points[yr]);
        }
      }
      // The ledger's order entries net, per sub-order, to what the model says counts.
      const nets = new Map(
        (
          await s.sql<{ source_id: string; net: number }>(
            `SELECT source_id, SUM(amount)::bigint AS net FROM ledger_entry WHERE source = 'ORDER_LINE' AND source_id = ANY($1::text[]) GROUP BY 1`,
            [subs.map((x) => x.id)],
          )
        ).map((r) => [r.source_id, Number(r.net)]),
      );
      for (const x of subs)
        expect({ when, seed, id: x.id, net: nets.get(x.id) ?? 0 }).toEqual({
          when,
          seed,
          id: x.id,
          net: x.paired && COUNTS[points[x.year]].includes(x.status) ? x.countable : 0,
        });
    };

    // Orders over this year and last (last year's water still counts: certified until 31 December).
    for (let i = 0; i < 18; i++) {
      const b = pick(buyers.slice(1));
      const yr = pick([y, y - 1]);
      const lines = [{ productId: pick([honey, water, woodEar, pepper]), quantity: 1 + Math.floor(rnd(3)) }];
      if (rnd(2) < 1) lines.push({ productId: pick([honey, woodEar, pepper]), quantity: 1 });
      const r = await s.gql(
        PLACE_ONE,
        {
          i: {
            idempotencyKey: key(),
            channel: "ONLINE",
            orderedOn: yr === y ? undefined : `${yr}-0${1 + Math.floor(rnd(9))}-15`,
            lines,
          },
        },
        b.token,
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      if (r.data.placeOrder.__typename !== "Order") continue;
      for (const sub of r.data.placeOrder.subOrders)
        subs.push({
          id: sub.id,
          buyer: b.id,
          token: b.token,
          year: yr,
          countable: fen(sub.countable),
          paired: !!sub.pairingId,
          status: "PLACED",
        });
    }
    expect(subs.length).toBeGreaterThan(15);
    await check("placed");

    const step = async (x: Modelled) => {
      const ref = { i: { subOrderId: x.id } };
      const next: Record<Status, [string, () => Promise<unknown>, Status][]> = {
        PLACED: [
          ["confirm", () => s.gql(CONFIRM, ref, t.admin), "CONFIRMED"],
          ["cancel", () => s.gql(CANCEL, ref, x.token), "CANCELLED"],
        ],
        CONFIRMED: [
          [
            "pay",
            () => s.gql(PAY, { i: { subOrderId: x.id, paymentReference: `BOC-${x.id.slice(0, 6)}` } }, x.token),
            "PAID",
          ],
          ["cancel", () => s.gql(CANCEL, ref, t.admin), "CANCELLED"],
        ],
        PAID: [
          [
            "ship",
            () => s.gql(SHIP, { i: { subOrderId: x.id, carrier: "顺丰速运", waybillNumber: "SF1234567890" } }, t.admin),
            "SHIPPED",
          ],
          ["refund", () => s.gql(REFUND, { i: { subOrderId: x.id, reason: "测试退款" } }, t.admin), "REFUNDED"],
        ],
        SHIPPED: [
          [
            "receive",
            () => s.gql(RECEIVE, { i: { subOrderId: x.id, invoiceNumber: "No.1", inspectionNote: "相符" } }, x.token),
            "RECEIVED",
          ],
        ],
        RECEIVED: [
          ["refund", () => s.gql(REFUND, { i: { subOrderId: x.id, reason: "测试退款" } }, t.admin), "REFUNDED"],
        ],
        CANCELLED: [],
        REFUNDED: [],
      };
      const options = next[x.status];
      if (!options.length) return;
      // Mostly forward: a refund or cancellation one time in five.
      const [, run, to] = options.length > 1 && rnd(5) < 1 ? options[1] : options[0];
      const r = (await run()) as { errors?: unknown; data: Record<string, { status?: string }> };
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(Object.values(r.data)[0].status).toBe(to);
      x.status = to;
    };

    let moves = 0;
    for (let round = 0; round < 6; round++) {
      for (const x of subs) if (rnd(3) < 2) await step(x);
      const yr = pick([y, y - 1]);
      const p = pick(["CONFIRMED", "PAID", "RECEIVED"] as Point[]);
      const before = modelled(buyers[1].id, yr).counted + modelled(buyers[2].id, yr).counted;
      const r = await s.gql(SET_POINT, { y: yr, p }, t.admin);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      points[yr] = p;
      moves += r.data.setCountingPoint.subOrdersMoved;
      expect(r.data.setCountingPoint.rule).toEqual({ year: yr, countsFrom: p, isDefault: false });
      // The year's counted change covers the demo's orders too: at least check its sign with ours alone
      // when the demo has no orders that year.
      const after = modelled(buyers[1].id, yr).counted + modelled(buyers[2].id, yr).counted;
      if (yr === y - 1) expect(fen(r.data.setCountingPoint.countedChange)).toBe(after - before);
      await check(`round ${round}: ${yr} → ${p}`);
    }
    expect(moves).toBeGreaterThan(0);
    const audit = await s.sql(`SELECT change FROM audit_entry WHERE action = 'COUNTING_POINT_SET' ORDER BY seq`);
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.at(-1)!.change).toHaveProperty("subOrdersMoved");
  }, 240_000);

  it("a payment racing a change of the point is counted once, under whichever point wins", async () => {
    const y = year();
    await s.gql(SET_POINT, { y, p: "PAID" }, t.admin);
    const b = await newBuyer(s, t.admin, t.jiaozhou, "胶州市并发计入医院");
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await s.gql(
        PLACE_ONE,
        { i: { idempotencyKey: key(), channel: "ONLINE", lines: [{ productId: honey, quantity: 1 }] } },
        b.token,
      );
      const sub = r.data.placeOrder.subOrders[0];
      await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, t.zhenning);
      ids.push(sub.id);
    }
    await Promise.all([
      ...ids.map((id) => s.gql(PAY, { i: { subOrderId: id, paymentReference: `R-${id.slice(0, 6)}` } }, b.token)),
      s.gql(SET_POINT, { y, p: "RECEIVED" }, t.admin),
      s.gql(SET_POINT, { y, p: "CONFIRMED" }, t.admin),
    ]);
    expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
    await s.gql(SET_POINT, { y, p: "PAID" }, t.admin);
    const c = await s.gql(COMPLETION, { b: b.id, y }, b.token);
    expect(fen(c.data.quotaCompletion.counted)).toBe(6 * 6800);
    expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
  });

  it("the migration moves counting from CONFIRMED to PAID exactly: counters taken back, ledger reversed by appended entries", async () => {
    const y = year();
    // The world before issue 11: every year counted from CONFIRMED.
    for (const yr of [y, y - 1]) await s.gql(SET_POINT, { y: yr, p: "CONFIRMED" }, t.admin);
    expect(await reconcile(s)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
    // The later migrations over 015's tables (019's declaration lock; 038's summaries, whose trigger reads
    // quota_counter.confirmed) are taken down first and put back last.
    const later = new DeclarationLock1763900000019();
    const summaries = new QuotaStanding1763900000038();
    const migration = new CountingPoint1763900000015();
    const run = async (dir: "up" | "down", m: MigrationInterface = migration) => {
      const qr = s.app.db.createQueryRunner();
      await qr.connect();
      await qr.startTransaction();
      try {
        await m[dir](qr);
        await qr.commitTransaction();
      } catch (e) {
        await qr.rollbackTransaction();
        throw e;
      } finally {
        await qr.release();
      }
    };
    await run("down", summaries);
    await run("down", later);
    await run("down");
    const [old] = await s.sql(
      `SELECT (SELECT count(*) FROM ledger_entry)::int AS entries, (SELECT COALESCE(SUM(counted), 0) FROM quota_counter)::bigint AS counted`,
    );
    const unpaid = await s.sql<{ id: string; countable: number; pairing_id: string | null }>(
      `SELECT id, countable, pairing_id FROM sub_order WHERE status = 'CONFIRMED' AND countable > 0`,
    );
    expect(unpaid.length).toBeGreaterThan(0); // the demo has confirmed, unpaid orders
    const ledgerBefore = await s.sql(`SELECT id, amount FROM ledger_entry ORDER BY seq`);

    await run("up");
    await run("up", later);
    await run("up", summaries);
    // Every invariant holds under PAID (no counting_rule row): counters = recount, ledger = recount.
    const problems: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(INVARIANTS)) {
      const rows = await s.sql(sql);
      if (rows.length) problems[name] = rows;
    }
    expect(problems).toEqual({});
    const [now] = await s.sql(
      `SELECT (SELECT count(*) FROM ledger_entry)::int AS entries, (SELECT COALESCE(SUM(counted), 0) FROM quota_counter)::bigint AS counted`,
    );
    expect(Number(now.counted)).toBe(Number(old.counted) - unpaid.reduce((a, u) => a + Number(u.countable), 0));
    // Append-only: every earlier entry is still there unchanged, one reversing entry per paired unpaid sub-order.
    expect(now.entries).toBe(old.entries + unpaid.filter((u) => u.pairing_id).length);
    expect(await s.sql(`SELECT id, amount FROM ledger_entry ORDER BY seq LIMIT $1`, [ledgerBefore.length])).toEqual(
      ledgerBefore,
    );
    const reversal = await s.sql(
      `SELECT amount, note FROM ledger_entry WHERE source = 'ORDER_LINE' AND source_id = $1 ORDER BY seq DESC LIMIT 1`,
      [unpaid.find((u) => u.pairing_id)!.id],
    );
    expect(Number(reversal[0].amount)).toBeLessThan(0);
    expect(reversal[0].note).toContain("未付款");
    const r = await s.gql(RULES, { ys: [y] }, t.admin);
    expect(r.data.countingRules[0]).toEqual({ year: y, countsFrom: "PAID", isDefault: true });
  });
});

const DECLARE = `mutation($i: DeclareReservedShareInput!) {
  declareReservedShare(input: $i) { buyerId year kind canteenBudget rateBasisPoints canteenShare unionAmount reservedTotal late }
}`;
const STATUS = `query($y: Int!) {
  reservedShareStatus(year: $y) { year deadline overdue declared undeclared rows { buyer { id name } declaration { kind reservedTotal } } }
}`;
const ONE = `query($b: ID!, $y: Int!) { reservedShareDeclaration(buyerId: $b, year: $y) { kind canteenShare } reservedShareFloor(buyerId: $b, year: $y) }`;
const SET_FLOOR = `mutation($y: Int!, $p: ID!, $r: Int!) { setReservedShareFloor(year: $y, provinceId: $p, rateBasisPoints: $r) { rateBasisPoints isDefault province { code } } }`;

describe("预留份额申报 (the reserved share as units declare it)", () => {
  const rows = () => s.sql(`SELECT count(*)::int AS n FROM reserved_share_declaration`);
  let hospital: string;
  beforeAll(async () => {
    hospital = (await s.sql(`SELECT id FROM buyer WHERE name = '胶州市人民医院'`))[0].id;
  });

  it("a canteen's budget × rate, exact to the fen, never below the provincial floor (refusal names the field, writes nothing)", async () => {
    const y = year() + 1; // a year nobody declared yet
    const before = await rows();
    const low = await s.gql(
      DECLARE,
      { i: { year: y, kind: "CANTEEN", canteenBudget: "3000000.00", rateBasisPoints: 999 } },
      t.buyer,
    );
    expect(low.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rateBasisPoints" });
    expect(low.errors![0].message).toContain("10%");
    expect(low.errors![0].message).not.toContain("999");
    const noBudget = await s.gql(DECLARE, { i: { year: y, kind: "CANTEEN", rateBasisPoints: 1000 } }, t.buyer);
    expect(noBudget.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "canteenBudget" });
    const noRate = await s.gql(DECLARE, { i: { year: y, kind: "CANTEEN", canteenBudget: "100" } }, t.buyer);
    expect(noRate.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rateBasisPoints" });
    const negUnion = await s.gql(DECLARE, { i: { year: y, kind: "NO_CANTEEN", unionAmount: "-1" } }, t.buyer);
    expect(negUnion.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unionAmount" });
    expect(await rows()).toEqual(before);

    // 1,234,567.89 × 12.5% = 154,320.98625 → 154,320.99 (half up, in integers)
    const ok = await s.gql(
      DECLARE,
      { i: { year: y, kind: "CANTEEN", canteenBudget: "1234567.89", rateBasisPoints: 1250, unionAmount: "20000" } },
      t.buyer,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.declareReservedShare).toMatchObject({
      buyerId: hospital,
      kind: "CANTEEN",
      canteenBudget: "1234567.89",
      rateBasisPoints: 1250,
      canteenShare: "154320.99",
      unionAmount: "20000.00",
      reservedTotal: "174320.99",
      late: false,
    });

    // The administrator raises Shandong's floor to 15%: 12.5% is refused from now on; others may not.
    const [sd] = await s.sql(`SELECT id FROM region WHERE code = '370000'`);
    expect(codeOf(await s.gql(SET_FLOOR, { y, p: sd.id, r: 1500 }, t.qingdao))).toBe("FORBIDDEN");
    const under = await s.gql(SET_FLOOR, { y, p: sd.id, r: 900 }, t.admin);
    expect(under.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rateBasisPoints" });
    const f = await s.gql(SET_FLOOR, { y, p: sd.id, r: 1500 }, t.admin);
    expect(f.data.setReservedShareFloor).toEqual({
      rateBasisPoints: 1500,
      isDefault: false,
      province: { code: "370000" },
    });
    const again = await s.gql(
      DECLARE,
      { i: { year: y, kind: "CANTEEN", canteenBudget: "1234567.89", rateBasisPoints: 1250 } },
      t.buyer,
    );
    expect(again.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rateBasisPoints" });
    expect(again.errors![0].message).toContain("15%");
    const one = await s.gql(ONE, { b: hospital, y }, t.buyer);
    expect(one.data).toEqual({
      reservedShareDeclaration: { kind: "CANTEEN", canteenShare: "154320.99" },
      reservedShareFloor: 1500,
    });
    const audit = await s.sql(
      `SELECT action, change FROM audit_entry WHERE action IN ('RESERVED_SHARE_DECLARED', 'RESERVED_SHARE_FLOOR_SET') AND entity_id LIKE $1 ORDER BY seq`,
      [`%${y}`],
    );
    expect(audit.map((a) => a.action)).toEqual(["RESERVED_SHARE_DECLARED", "RESERVED_SHARE_FLOOR_SET"]);
    expect(audit[0].change).toMatchObject({
      year: y,
      before: null,
      after: { kind: "CANTEEN", reservedTotal: "174320.99" },
    });
  });

  it("no canteen / outsourced / shared is declared instead of a budget, with an optional union share", async () => {
    const y = year() + 2;
    const b = await newBuyer(s, t.admin, t.jiaozhou, "胶州市申报测试局", "GOVERNMENT");
    const withBudget = await s.gql(
      DECLARE,
      { i: { year: y, kind: "OUTSOURCED_CANTEEN", canteenBudget: "100000" } },
      b.token,
    );
    expect(withBudget.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "canteenBudget" });
    const withRate = await s.gql(DECLARE, { i: { year: y, kind: "SHARED_CANTEEN", rateBasisPoints: 1000 } }, b.token);
    expect(withRate.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rateBasisPoints" });
    const none = await s.gql(DECLARE, { i: { year: y, kind: "NO_CANTEEN" } }, b.token);
    expect(none.data.declareReservedShare).toMatchObject({
      kind: "NO_CANTEEN",
      canteenShare: "0.00",
      reservedTotal: "0.00",
      unionAmount: null,
    });
    const union = await s.gql(DECLARE, { i: { year: y, kind: "OUTSOURCED_CANTEEN", unionAmount: "8400.50" } }, b.token);
    expect(union.data.declareReservedShare).toMatchObject({ kind: "OUTSOURCED_CANTEEN", reservedTotal: "8400.50" });
    const [a] = await s.sql(
      `SELECT change FROM audit_entry WHERE action = 'RESERVED_SHARE_DECLARED' ORDER BY seq DESC LIMIT 1`,
    );
    expect(a.change).toMatchObject({
      before: { kind: "NO_CANTEEN" },
      after: { kind: "OUTSOURCED_CANTEEN", unionAmount: "8400.50" },
    });
  });

  it("the coordinator sees who has not declared (overdue after 30 June); scope: its buyers only, buyers their own", async () => {
    const y = year() + 3;
    const before = await s.gql(STATUS, { y }, t.jiaozhou);
    expect(before.data.reservedShareStatus).toMatchObject({
      year: y,
      deadline: `${y}-06-30`,
      overdue: false,
      declared: 0,
    });
    const names = before.data.reservedShareStatus.rows.map((r: { buyer: { name: string } }) => r.buyer.name);
    expect(names).toContain("胶州市人民医院");
    expect(names).not.toContain("胶州市慈善总会"); // the N group is not asked
    expect(names).not.toContain("平度市实验中学"); // Pingdu's, not Jiaozhou's
    await s.gql(DECLARE, { i: { year: y, kind: "SHARED_CANTEEN" } }, t.buyer);
    const after = (await s.gql(STATUS, { y }, t.jiaozhou)).data.reservedShareStatus;
    expect(after.declared).toBe(1);
    expect(after.undeclared).toBe(before.data.reservedShareStatus.undeclared - 1);
    expect(after.rows.at(-1)).toMatchObject({
      buyer: { name: "胶州市人民医院" },
      declaration: { kind: "SHARED_CANTEEN" },
    });
    expect(after.rows[0].declaration).toBeNull();

    // A past year is overdue: every undeclared buyer is late.
    const past = (await s.gql(STATUS, { y: year() - 1 }, t.qingdao)).data.reservedShareStatus;
    expect(past.overdue).toBe(true);

    // Scope: another region's coordinator, another buyer, a county official.
    expect(codeOf(await s.gql(ONE, { b: hospital, y }, t.pingdu))).toBe("NOT_FOUND");
    const pd = (await s.gql(STATUS, { y }, t.pingdu)).data.reservedShareStatus;
    expect(pd.rows.map((r: { buyer: { name: string } }) => r.buyer.name)).not.toContain("胶州市人民医院");
    const stranger = await newBuyer(s, t.admin, t.jiaozhou, "胶州市申报他人");
    expect(codeOf(await s.gql(ONE, { b: hospital, y }, stranger.token))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(STATUS, { y }, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(DECLARE, { i: { year: y, kind: "NO_CANTEEN" } }, t.zhenning))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(DECLARE, { i: { year: y, kind: "NO_CANTEEN" } }, t.jiaozhou))).toBe("FORBIDDEN");
    // Buyer.reservedShare through the loader: the coordinator sees it, a county official reaching the buyer does not.
    const field = `query($y: Int!) { buyers(first: 50) { nodes { name reservedShare(year: $y) { kind } } } }`;
    const seen = await s.gql(field, { y }, t.jiaozhou);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.buyers.nodes.find((n: { name: string }) => n.name === "胶州市人民医院").reservedShare).toEqual({
      kind: "SHARED_CANTEEN",
    });
  });
});
