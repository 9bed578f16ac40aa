import type { RequestContext } from "../../shared/context";
import { currentYear, notInFuture, today } from "../../shared/dates";
import { badInput, notFound } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { Indicator } from "../agreements/indicator";
import { recordAudit } from "../audit/audit.service";
import { buyerReferences, loadBuyer } from "../buyers/buyer.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerNote, type LedgerNote } from "../ledger/ledger.notes";
import { appendLedgerEntries, appendLedgerEntry } from "../ledger/ledger.service";
import { findMostSpecificPairing } from "../pairings/pairing.service";
import { CertificateStatus, certificateStatusOn, type Product } from "../products/product.entity";
import { loadProducts, productReferences, returnStock, takeStock } from "../products/product.service";
import { addToQuotaCounter, type CounterKey } from "../quotas/quota.service";
import type { SalesChannel } from "../quotas/quota.inputs";
import { SupplierStatus, type Supplier } from "../suppliers/supplier.entity";
import { loadSupplier, supplierReferences } from "../suppliers/supplier.service";
import { CONFIRMED_STATES, COUNTED_FROM, PurchaseOrder, SubOrder, SubOrderStatus } from "./order.entity";
import { countingPointForChange, recountForCountingPoint } from "../counting/counting.service";
import type { CountingPoint } from "../counting/counting.entity";
import { errorResult, InvalidStateError, RollbackWith } from "../../shared/outcomes";
import { SUB_ORDER_STEPS, SubOrderAction } from "./order.steps";
import {
  OutOfStockError,
  ProductUnavailableError,
  type ChangeSubOrderInput,
  type PlaceOrderInput,
  type ReceiveSubOrderInput,
  type RecordPaymentInput,
  type ShipSubOrderInput,
  type SubOrderFilter,
  type SubOrderStatusCount,
} from "./order.inputs";
import { checkOrderChannel, salesAtFair } from "../channels/channel.service";
import { orderScope, subOrderScope } from "./order.scope";
import { allOf, andWhere, cond, param, type Scope } from "../../shared/scoped";
import { inSubtree } from "../regions/region.service";
import { UUID, rowsOf } from "../../shared/sql";
import { CHECKOUT_COLUMNS, checkCheckout, checkoutAudit, checkoutValues, rememberDelivery } from "./checkout";
import { msg } from "../../shared/messages";

export { subOrderScope } from "./order.scope";

// ---------------------------------------------------------------------------------------------
// Placement

export type PlaceOrderOutcome = PurchaseOrder | OutOfStockError | ProductUnavailableError;

async function existingOrder(ctx: RequestContext, buyerId: string, key: string): Promise<PurchaseOrder | null> {
  return ctx.manager.getRepository(PurchaseOrder).findOneBy({ buyerId, idempotencyKey: key });
}

/**
 * 下单: a buyer orders lines from several suppliers; one sub-order per supplier. Prices are copied
 * into the lines; each line notes whether its product's certificate is valid on the order date
 * (only those count toward quotas, once confirmed). Stock is taken last, one conditional UPDATE per
 * product in id order (no deadlocks between orders); zero rows updated rolls the whole order back
 * and answers OutOfStockError. A retry with the same idempotency key returns the existing order.
 */
export async function placeOrder(ctx: RequestContext, input: PlaceOrderInput): Promise<PlaceOrderOutcome> {
  const user = ctx.user!;
  if (!user.buyerId) throw badInput("buyerId", msg("该用户未关联采购单位", "This user acts for no buyer"));
  const buyer = (await loadBuyer(ctx, user.buyerId))!;
  const again = await existingOrder(ctx, buyer.id, input.idempotencyKey);
  if (again) return again;

  const checkout = checkCheckout(input);
  const orderedOn = input.orderedOn ?? today();
  notInFuture(orderedOn, "orderedOn");
  if (orderedOn < `${currentYear() - 1}-01-01`)
    throw badInput("orderedOn", msg("订单日期过早", "The order date is too early"));
  // Validate every line before writing anything.
  for (const l of input.lines) {
    if (!UUID.test(l.productId)) throw badInput("productId", msg("产品不存在", "Unknown product"));
    if (!Number.isInteger(l.quantity) || l.quantity < 1)
      throw badInput("quantity", msg("数量须为正整数", "The quantity must be a positive whole number"));
  }
  const loaded = await loadProducts(
    ctx,
    input.lines.map((l) => l.productId),
  );
  const products = new Map<string, Product>();
  for (const p of loaded) {
    if (p instanceof Error) throw p; // the database failed: never "unknown product" (the client would drop a valid order)
    if (!p) throw badInput("productId", msg("产品不存在", "Unknown product"));
    products.set(p.id, p);
  }
  const suppliers = new Map<string, Supplier>();
  for (const p of products.values()) {
    const s = suppliers.get(p.supplierId) ?? (await loadSupplier(ctx, p.supplierId))!;
    suppliers.set(s.id, s);
    if (!p.active || s.status !== SupplierStatus.APPROVED) {
      return errorResult(ProductUnavailableError, {
        productId: p.id,
        message: msg(
          `${p.name} 暂不可购买(已下架或供应商未获批准)`,
          `${p.name} is not on sale (withdrawn, or its supplier is not approved)`,
        ),
      });
    }
  }
  const { fairId, salesCentreId } = await checkOrderChannel(ctx, {
    ...input,
    orderedOn,
    supplierIds: [...suppliers.keys()],
  });

  const inserted = rowsOf<{ id: string }>(
    await ctx.manager.query(
      `INSERT INTO purchase_order (buyer_id, idempotency_key, channel, fair_id, sales_centre_id, ordered_on, total, placed_by,
                                  ${CHECKOUT_COLUMNS.join(", ")})
     VALUES ($1, $2, $3, $4, $5, $6, 0, $7, ${CHECKOUT_COLUMNS.map((_, i) => `$${i + 8}`).join(", ")})
     ON CONFLICT (buyer_id, idempotency_key) DO NOTHING RETURNING id`,
      [
        buyer.id,
        input.idempotencyKey,
        input.channel,
        fairId,
        salesCentreId,
        orderedOn,
        user.id || null,
        ...checkoutValues(ctx, checkout),
      ],
    ),
  );
  // A concurrent retry with the same key committed first: answer with its order.
  if (!inserted.length) return (await existingOrder(ctx, buyer.id, input.idempotencyKey))!;
  const orderId = inserted[0].id;

  const bySupplier = new Map<string, { product: Product; quantity: number }[]>();
  for (const l of input.lines) {
    const p = products.get(l.productId)!;
    bySupplier.set(p.supplierId, [...(bySupplier.get(p.supplierId) ?? []), { product: p, quantity: l.quantity }]);
  }
  let orderTotal = 0;
  let position = 0;
  const pairings = new Map<string, string | null>();
  for (const [supplierId, lines] of bySupplier) {
    const supplier = suppliers.get(supplierId)!;
    if (!pairings.has(supplier.countyId)) {
      pairings.set(
        supplier.countyId,
        (await findMostSpecificPairing(ctx, buyer.eastRegionId, supplier.countyId))?.id ?? null,
      );
    }
    let total = 0;
    let countable = 0;
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (const { product, quantity } of lines) {
      const amount = product.price * quantity;
      const counts = certificateStatusOn(product, orderedOn) === CertificateStatus.VALID;
      total += amount;
      if (counts) countable += amount;
      const n = values.length;
      tuples.push(`($1, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6})`);
      values.push(product.id, quantity, product.price, amount, counts);
    }
    position += 1;
    const [sub] = rowsOf<{ id: string }>(
      await ctx.manager.query(
        `INSERT INTO sub_order (order_id, supplier_id, buyer_id, west_county_id, pairing_id, status, total, countable, position)
       VALUES ($1, $2, $3, $4, $5, 'PLACED', $6, $7, $8) RETURNING id`,
        [orderId, supplierId, buyer.id, supplier.countyId, pairings.get(supplier.countyId), total, countable, position],
      ),
    );
    await ctx.manager.query(
      `INSERT INTO order_line (sub_order_id, product_id, quantity, unit_price, amount, counts_toward_quota) VALUES ${tuples.join(", ")}`,
      [sub.id, ...values],
    );
    orderTotal += total;
  }
  // The order's number is assigned last (below); the audit names the order through it (auditNames).
  await recordAudit(ctx, {
    action: "ORDER_PLACED",
    entityType: "Order",
    entityId: orderId,
    change: {
      buyerId: buyer.id,
      channel: input.channel,
      fairId,
      salesCentreId,
      orderedOn,
      total: formatFen(orderTotal),
      lines: input.lines.length,
      key: input.idempotencyKey,
      ...checkoutAudit(checkout),
    },
  });
  await rememberDelivery(ctx, buyer.id, checkout);

  // Stock next (the hot rows), in product-id order.
  const wanted = new Map<string, number>();
  for (const l of input.lines) wanted.set(l.productId, (wanted.get(l.productId) ?? 0) + l.quantity);
  for (const productId of [...wanted.keys()].sort()) {
    const q = wanted.get(productId)!;
    const taken = await takeStock(ctx, productId, q);
    if (!taken.taken) {
      const stock = taken.available;
      const p = products.get(productId)!;
      throw new RollbackWith(
        errorResult(OutOfStockError, {
          productId,
          requested: q,
          available: stock,
          message: msg(
            `${p.name} 库存不足(需 ${q},余 ${stock})`,
            `Not enough stock of ${p.name}: ${q} wanted, ${stock} left`,
          ),
        }),
      );
    }
  }
  // The order number last of all, in the statement before the commit: the day's counter row is the
  // hottest row there is (every order of the day bumps it), so it is held for the commit only, and
  // the order comes back from the same statement (no re-read). The upsert's row lock serialises two
  // orders of one day, so each takes the next number; a rollback gives its number back (no gaps).
  const [row] = rowsOf<Record<string, unknown>>(
    await ctx.manager.query(
      `WITH c AS (
         INSERT INTO order_number_counter AS c (day, last) VALUES ($3, 1)
         ON CONFLICT (day) DO UPDATE SET last = c.last + 1 RETURNING last)
       UPDATE purchase_order o
          SET total = $2,
              order_number = 'XZ' || to_char($3::date, 'YYYYMMDD') || '-' || lpad(c.last::text, greatest(6, length(c.last::text)), '0')
         FROM c WHERE o.id = $1
       RETURNING o.id, o.order_number, o.buyer_id, o.idempotency_key, o.channel, o.fair_id, o.sales_centre_id,
                 o.ordered_on::text AS ordered_on, o.total, o.placed_by, o.created_at`,
      [orderId, orderTotal, orderedOn],
    ),
  );
  return ctx.manager.getRepository(PurchaseOrder).create({
    id: row.id as string,
    orderNumber: row.order_number as string,
    buyerId: row.buyer_id as string,
    idempotencyKey: row.idempotency_key as string,
    channel: row.channel as PurchaseOrder["channel"],
    fairId: (row.fair_id as string | null) ?? null,
    salesCentreId: (row.sales_centre_id as string | null) ?? null,
    orderedOn: row.ordered_on as string,
    total: Number(row.total),
    placedById: (row.placed_by as string | null) ?? null,
    createdAt: new Date(row.created_at as string),
  });
}

// ---------------------------------------------------------------------------------------------
// The sub-order state machine (the table: order.steps.ts)

interface Extra {
  paymentReference?: string;
  invoiceNumber?: string;
  inspectionNote?: string;
  rating?: number | null;
  reason?: string | null;
  carrier?: string;
  waybillNumber?: string;
}

const COUNTED_NOTE: Partial<Record<SubOrderStatus, LedgerNote>> = {
  [SubOrderStatus.CONFIRMED]: ledgerNote("orderConfirmed"),
  [SubOrderStatus.PAID]: ledgerNote("orderPaid"),
  [SubOrderStatus.RECEIVED]: ledgerNote("orderReceived"),
  [SubOrderStatus.CANCELLED]: ledgerNote("orderCancelled"),
  [SubOrderStatus.REFUNDED]: ledgerNote("orderRefunded"),
};

/**
 * The counted-states decision of one step (计入节点, modules/counting): the sub-order counts toward
 * its order date's year from that year's counting point (PAID unless an administrator chose
 * otherwise, per the Ministry of Finance's 2021 notice: unpaid purchases do not count), and is
 * 已确认 from CONFIRMED on. When the step changes either, the quota counter moves by one upsert
 * (counted and confirmed together) and, for the counted part, the pairing's ledger by ±countable.
 */
async function moveCountedAmounts(ctx: RequestContext, sub: SubOrder, from: SubOrderStatus, to: SubOrderStatus) {
  if (!(sub.countable > 0)) return;
  // Shipping, and cancelling what was only placed, move nothing under any point: no lock, no read.
  if (!Object.values(COUNTED_FROM).some((states) => states.has(to) !== states.has(from))) return;
  const confirmed = (CONFIRMED_STATES.has(to) ? 1 : 0) - (CONFIRMED_STATES.has(from) ? 1 : 0);
  const order = (await ctx.manager.getRepository(PurchaseOrder).findOneBy({ id: sub.orderId }))!;
  const year = Number(order.orderedOn.slice(0, 4));
  const counted = COUNTED_FROM[await countingPointForChange(ctx, year)];
  const delta = (counted.has(to) ? 1 : 0) - (counted.has(from) ? 1 : 0);
  if (delta === 0 && confirmed === 0) return;
  if (delta !== 0 && sub.pairingId) {
    await appendLedgerEntry(ctx, {
      pairingId: sub.pairingId,
      indicator: Indicator.CONSUMPTION_ASSISTANCE,
      amount: delta * sub.countable,
      occurredOn: order.orderedOn,
      source: LedgerSource.ORDER_LINE,
      sourceId: sub.id,
      note: COUNTED_NOTE[to] ?? null,
    });
  }
  await addToQuotaCounter(
    ctx,
    { buyerId: sub.buyerId, year, westCountyId: sub.westCountyId, channel: order.channel },
    delta * sub.countable,
    confirmed * sub.countable,
  );
}

/**
 * Moves one sub-order a step, in one transaction: lock the sub-order (in scope, else NOT_FOUND),
 * check the step is allowed from its state (else InvalidStateError, nothing written), write the new
 * state, return stock on cancellation, audit; then, when the step enters or leaves a counted state,
 * append the ±ledger entry to its pairing and change the quota counter — last, by one upsert
 * (moveCountedAmounts).
 */
async function transition(
  ctx: RequestContext,
  subOrderId: string,
  action: SubOrderAction,
  extra: Extra = {},
): Promise<SubOrder | InvalidStateError> {
  const rule = SUB_ORDER_STEPS.steps[action];
  const { sql, params } = subOrderScope(ctx);
  const sub = UUID.test(subOrderId)
    ? await ctx.manager
        .getRepository(SubOrder)
        .createQueryBuilder("s")
        .where(sql, params)
        .andWhere("s.id = :id", { id: subOrderId })
        .setLock("pessimistic_write")
        .getOne()
    : null;
  if (!sub) {
    throw notFound(msg("子订单", "Sub-order"), "subOrderId");
  }
  const refused = SUB_ORDER_STEPS.refusal(ctx, action, sub.status, sub.id);
  if (refused) return refused;
  const before = sub.status;
  const set: Record<string, unknown> = { status: rule.to };
  if (extra.paymentReference !== undefined) set.payment_reference = extra.paymentReference;
  if (extra.invoiceNumber !== undefined) set.invoice_number = extra.invoiceNumber;
  if (extra.inspectionNote !== undefined) set.inspection_note = extra.inspectionNote;
  if (extra.rating !== undefined) set.rating = extra.rating;
  if (extra.reason !== undefined) set.reason = extra.reason;
  if (extra.carrier !== undefined) set.carrier = extra.carrier;
  if (extra.waybillNumber !== undefined) set.waybill_number = extra.waybillNumber;
  const cols = Object.keys(set);
  await ctx.manager.query(
    `UPDATE sub_order SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(", ")}, updated_at = now() WHERE id = $1`,
    [sub.id, ...cols.map((c) => set[c])],
  );
  if (rule.to === SubOrderStatus.CANCELLED) {
    const lines = rowsOf<{ product_id: string; q: number }>(
      await ctx.manager.query(
        `SELECT product_id, SUM(quantity)::int AS q FROM order_line WHERE sub_order_id = $1 GROUP BY product_id ORDER BY product_id`,
        [sub.id],
      ),
    );
    for (const l of lines) await returnStock(ctx, l.product_id, l.q);
  }
  await recordAudit(ctx, {
    action: `SUB_ORDER_${action}`,
    entityType: "SubOrder",
    entityId: sub.id,
    change: { before, after: rule.to, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) },
  });

  await moveCountedAmounts(ctx, sub, before, rule.to);
  return ctx.manager.getRepository(SubOrder).findOneByOrFail({ id: sub.id });
}

/**
 * The recount when an administrator moves a year's counting point (modules/counting, under the year's
 * exclusive lock): every sub-order of the year whose counted state differs between the two points
 * gets its ±countable ledger entry (appended, like a cancellation: the ledger is append-only) and its
 * quota counter moves by the net per (buyer, county, channel). The confirmed figure does not depend
 * on the point and stays.
 */
recountForCountingPoint.provide(async (ctx, year, from: CountingPoint, to: CountingPoint) => {
  const moved = rowsOf<{
    id: string;
    buyer_id: string;
    west_county_id: string;
    pairing_id: string | null;
    countable: number;
    channel: SalesChannel;
    ordered_on: string;
    delta: number;
  }>(
    await ctx.manager.query(
      `SELECT s.id, s.buyer_id, s.west_county_id, s.pairing_id, s.countable, o.channel, o.ordered_on,
              (s.status = ANY($4::text[]))::int - (s.status = ANY($3::text[]))::int AS delta
         FROM sub_order s JOIN purchase_order o ON o.id = s.order_id
        WHERE o.ordered_on >= $1 AND o.ordered_on < $2 AND s.countable > 0
          AND (s.status = ANY($3::text[])) <> (s.status = ANY($4::text[]))
        ORDER BY s.seq`,
      [`${year}-01-01`, `${year + 1}-01-01`, [...COUNTED_FROM[from]], [...COUNTED_FROM[to]]],
    ),
  );
  const note = ledgerNote("countingPointMoved", { to });
  await appendLedgerEntries(
    ctx,
    moved
      .filter((m) => m.pairing_id)
      .map((m) => ({
        pairingId: m.pairing_id!,
        indicator: Indicator.CONSUMPTION_ASSISTANCE,
        amount: m.delta * Number(m.countable),
        occurredOn: m.ordered_on,
        source: LedgerSource.ORDER_LINE,
        sourceId: m.id,
        note,
      })),
  );
  const byKey = new Map<string, { key: CounterKey; amount: number }>();
  for (const m of moved) {
    const k = `${m.buyer_id}|${m.west_county_id}|${m.channel}`;
    const acc = byKey.get(k) ?? {
      key: { buyerId: m.buyer_id, year, westCountyId: m.west_county_id, channel: m.channel },
      amount: 0,
    };
    acc.amount += m.delta * Number(m.countable);
    byKey.set(k, acc);
  }
  // Counter rows in key order: two recounts never take them in opposite orders.
  for (const k of [...byKey.keys()].sort()) await addToQuotaCounter(ctx, byKey.get(k)!.key, byKey.get(k)!.amount, 0);
  return { subOrders: moved.length, amount: moved.reduce((t, m) => t + m.delta * Number(m.countable), 0) };
});

export const confirmSubOrder = (ctx: RequestContext, input: ChangeSubOrderInput) =>
  transition(ctx, input.subOrderId, SubOrderAction.CONFIRM);
export const recordPayment = (ctx: RequestContext, input: RecordPaymentInput) =>
  transition(ctx, input.subOrderId, SubOrderAction.PAY, { paymentReference: input.paymentReference.trim() });
/** A waybill number as carriers print it: letters, digits and hyphens; spaces people paste are dropped. */
const WAYBILL = /^[A-Z0-9-]{4,40}$/;

/**
 * 发货: PAID → SHIPPED with the carrier (承运商) and waybill number (运单号) the buyer will track it by;
 * both required, checked before anything is written (BAD_USER_INPUT naming the field, never echoing it).
 */
export function shipSubOrder(ctx: RequestContext, input: ShipSubOrderInput) {
  const carrier = (input.carrier ?? "").trim();
  if (!carrier) throw badInput("carrier", msg("请填写承运商", "Enter the carrier"));
  const waybillNumber = (input.waybillNumber ?? "").replace(/\s+/g, "").toUpperCase();
  if (!waybillNumber) throw badInput("waybillNumber", msg("请填写运单号", "Enter the waybill number"));
  if (!WAYBILL.test(waybillNumber))
    throw badInput(
      "waybillNumber",
      msg("运单号为 4–40 位字母、数字或短横线", "A waybill number is 4–40 letters, digits or hyphens"),
    );
  return transition(ctx, input.subOrderId, SubOrderAction.SHIP, { carrier, waybillNumber });
}
export const receiveSubOrder = (ctx: RequestContext, input: ReceiveSubOrderInput) =>
  transition(ctx, input.subOrderId, SubOrderAction.RECEIVE, {
    invoiceNumber: input.invoiceNumber.trim(),
    inspectionNote: input.inspectionNote.trim(),
    rating: input.rating ?? null,
  });
export const cancelSubOrder = (ctx: RequestContext, input: ChangeSubOrderInput) =>
  transition(ctx, input.subOrderId, SubOrderAction.CANCEL, { reason: input.reason?.trim() || null });
export async function refundSubOrder(ctx: RequestContext, input: ChangeSubOrderInput) {
  if (!input.reason?.trim()) throw badInput("reason", msg("请说明退款原因", "Give the reason for the refund"));
  return transition(ctx, input.subOrderId, SubOrderAction.REFUND, { reason: input.reason.trim() });
}

// ---------------------------------------------------------------------------------------------
// Reads

// Whoever may see a sub-order may read its buyer, its supplier and its lines' products, even when
// their own scopes would not show them (a county official must know who ordered; a buyer keeps
// seeing a product withdrawn since) — issue 8, "Scope holds through every path".
buyerReferences.add((ctx) => cond`(SELECT rso.buyer_id FROM sub_order rso WHERE ${subOrderScope(ctx, "rso")})`);
supplierReferences.add((ctx) => cond`(SELECT rso.supplier_id FROM sub_order rso WHERE ${subOrderScope(ctx, "rso")})`);
productReferences.add(
  (ctx) =>
    cond`(SELECT rol.product_id FROM order_line rol JOIN sub_order rso ON rso.id = rol.sub_order_id WHERE ${subOrderScope(ctx, "rso")})`,
);

/** What was sold at a fair (the channels module asks before it moves a fair's dates, changes its suppliers or deletes it). */
salesAtFair.provide(async (ctx, fairId) => {
  const [r] = rowsOf<{ first: string | null; last: string | null; orders: number; supplier_ids: string[] }>(
    await ctx.manager.query(
      `SELECT min(o.ordered_on)::text AS first, max(o.ordered_on)::text AS last, count(DISTINCT o.id)::int AS orders,
            COALESCE(array_agg(DISTINCT s.supplier_id::text) FILTER (WHERE s.supplier_id IS NOT NULL), '{}') AS supplier_ids
       FROM purchase_order o LEFT JOIN sub_order s ON s.order_id = o.id WHERE o.fair_id = $1`,
      [fairId],
    ),
  );
  return { first: r.first, last: r.last, orders: r.orders, supplierIds: r.supplier_ids };
});

/**
 * The order-level filters (dates, year, order number) on `purchase_order` alias `o`. `subPosition`:
 * the alias of a sub-order whose position a sub-order's number (XZ…-000123-2) also names.
 */
function orderConditions(filter: SubOrderFilter | undefined, o: string, sub?: string): Scope[] {
  const out: Scope[] = [];
  if (!filter) return out;
  if (filter.year) {
    out.push(
      cond`${o}.ordered_on >= ${param(`${filter.year}-01-01`)} AND ${o}.ordered_on < ${param(`${filter.year + 1}-01-01`)}`,
    );
  }
  if (filter.from && filter.to && filter.to < filter.from)
    throw badInput("to", msg("结束日期不能早于开始日期", "The end date is before the start date"));
  if (filter.from) out.push(cond`${o}.ordered_on >= ${param(filter.from)}::date`);
  if (filter.to) out.push(cond`${o}.ordered_on <= ${param(filter.to)}::date`);
  const number = filter.orderNumber?.replace(/\s+/g, "").toUpperCase();
  if (number) {
    if (!/^[A-Z0-9-]+$/.test(number))
      throw badInput(
        "orderNumber",
        msg("订单号只含字母、数字和短横线", "An order number has only letters, digits and hyphens"),
      );
    const subNumber = /^(XZ\d{8}-\d{6,})-(\d{1,4})$/.exec(number);
    if (subNumber) {
      out.push(cond`${o}.order_number = ${param(subNumber[1])}`);
      if (sub) out.push(cond`${sub}.position = ${param(Number(subNumber[2]))}`);
    } else {
      // A prefix (the whole number is one too): served by the text_pattern_ops index.
      out.push(cond`${o}.order_number LIKE ${param(`${number}%`)}`);
    }
  }
  return out;
}

/** The sub-order-level filters (state, buyer, supplier, county) on `sub_order` alias `s`. */
function subOrderConditions(filter: SubOrderFilter | undefined, s: string): Scope[] {
  const out: Scope[] = [];
  if (!filter) return out;
  if (filter.status) out.push(cond`${s}.status = ${param(filter.status)}`);
  if (filter.statuses?.length) out.push(cond`${s}.status = ANY(${param(filter.statuses)}::text[])`);
  if (filter.buyerId) out.push(cond`${s}.buyer_id = ${param(filter.buyerId)}`);
  if (filter.supplierId) out.push(cond`${s}.supplier_id = ${param(filter.supplierId)}`);
  if (filter.countyId) out.push(inSubtree(`${s}.west_county_id`, filter.countyId));
  return out;
}

/** Sub-orders in the caller's scope matching the filter (alias `s`), for the list and its tab counts. */
function subOrdersWhere(ctx: RequestContext, filter: SubOrderFilter | undefined): Scope {
  const byOrder = orderConditions(filter, "fo", "s");
  return allOf(
    subOrderScope(ctx),
    ...subOrderConditions(filter, "s"),
    ...(byOrder.length
      ? [cond`EXISTS (SELECT 1 FROM purchase_order fo WHERE fo.id = s.order_id AND ${allOf(...byOrder)})`]
      : []),
  );
}

export async function listSubOrders(
  ctx: RequestContext,
  filter: SubOrderFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<SubOrder>> {
  const { sql, params } = subOrdersWhere(ctx, filter);
  const qb = ctx.manager.getRepository(SubOrder).createQueryBuilder("s").where(sql, params);
  qb.orderBy("s.seq", "DESC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/**
 * One batch of the sub-orders in scope that match the filter, newest first, strictly older than
 * `beforeSeq` (keyset pagination on the unique `seq`): the export walks every row in batches this
 * way, each batch one indexed query, where OFFSET would rescan all the rows before it.
 */
export async function subOrdersBefore(
  ctx: RequestContext,
  filter: SubOrderFilter | undefined,
  beforeSeq: string | null,
  limit: number,
): Promise<SubOrder[]> {
  const where = allOf(subOrdersWhere(ctx, filter), ...(beforeSeq ? [cond`s.seq < ${param(beforeSeq)}`] : []));
  return ctx.manager
    .getRepository(SubOrder)
    .createQueryBuilder("s")
    .where(where.sql, where.params)
    .orderBy("s.seq", "DESC")
    .limit(limit)
    .getMany();
}

/**
 * How many sub-orders in scope match the filter, per state, whatever state the filter names: the
 * counts on the 待处理 tabs (one GROUP BY, not one query per tab).
 */
export async function countSubOrdersByStatus(
  ctx: RequestContext,
  filter: SubOrderFilter | undefined,
): Promise<SubOrderStatusCount[]> {
  const { sql, params } = subOrdersWhere(ctx, filter && { ...filter, status: undefined, statuses: undefined });
  const rows = await ctx.manager
    .getRepository(SubOrder)
    .createQueryBuilder("s")
    .select("s.status", "status")
    .addSelect("count(*)::int", "count")
    .where(sql, params)
    .groupBy("s.status")
    .getRawMany<{ status: SubOrderStatus; count: number }>();
  return rows.map((r) => ({ status: r.status, count: Number(r.count) }));
}

/**
 * Orders in the caller's scope, newest first. Sub-order filters (state, supplier, county, buyer, a
 * sub-order's number) keep an order when one of its sub-orders the caller may see matches.
 */
export async function listOrders(
  ctx: RequestContext,
  year: number | undefined,
  filter: SubOrderFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<PurchaseOrder>> {
  const { sql, params } = orderScope(ctx);
  const qb = ctx.manager.getRepository(PurchaseOrder).createQueryBuilder("o").where(sql, params);
  const f = { ...filter, year: filter?.year ?? year };
  for (const c of orderConditions(f, "o")) andWhere(qb, c);
  const bySub = subOrderConditions(f, "fs");
  const subNumber = /^(XZ\d{8}-\d{6,})-(\d{1,4})$/.exec(f.orderNumber?.replace(/\s+/g, "").toUpperCase() ?? "");
  if (subNumber) bySub.push(cond`fs.position = ${param(Number(subNumber[2]))}`);
  if (bySub.length) {
    andWhere(
      qb,
      cond`EXISTS (SELECT 1 FROM sub_order fs WHERE fs.order_id = o.id AND ${allOf(subOrderScope(ctx, "fs"), ...bySub)})`,
    );
  }
  qb.orderBy("o.created_at", "DESC").addOrderBy("o.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

export async function getOrder(ctx: RequestContext, id: string): Promise<PurchaseOrder> {
  const { sql, params } = orderScope(ctx);
  const o = UUID.test(id)
    ? await ctx.manager
        .getRepository(PurchaseOrder)
        .createQueryBuilder("o")
        .where(sql, params)
        .andWhere("o.id = :id", { id })
        .getOne()
    : null;
  if (!o) throw notFound(msg("订单", "Order"));
  return o;
}
