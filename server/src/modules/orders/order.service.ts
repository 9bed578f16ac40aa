import type { RequestContext } from "../../shared/context";
import { currentYear, notInFuture, today } from "../../shared/dates";
import { badInput, notFound } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { Indicator } from "../agreements/indicator";
import { recordAudit } from "../audit/audit.service";
import { buyerReferences, loadBuyer } from "../buyers/buyer.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { appendLedgerEntry } from "../ledger/ledger.service";
import { findMostSpecificPairing } from "../pairings/pairing.service";
import { CertificateStatus, certificateStatusOn, type Product } from "../products/product.entity";
import { loadProducts, productReferences, returnStock, takeStock } from "../products/product.service";
import { addToQuotaCounter } from "../quotas/quota.service";
import { SupplierStatus, type Supplier } from "../suppliers/supplier.entity";
import { loadSupplier, supplierReferences } from "../suppliers/supplier.service";
import { COUNTED_STATES, PurchaseOrder, SubOrder, SubOrderStatus } from "./order.entity";
import { errorResult, InvalidStateError, RollbackWith } from "../../shared/outcomes";
import { SUB_ORDER_STEPS, SubOrderAction } from "./order.steps";
import {
  OutOfStockError,
  ProductUnavailableError,
  type ChangeSubOrderInput,
  type PlaceOrderInput,
  type ReceiveSubOrderInput,
  type RecordPaymentInput,
  type SubOrderFilter,
} from "./order.inputs";
import { checkOrderChannel, salesAtFair } from "../channels/channel.service";
import { orderScope, subOrderScope } from "./order.scope";
import { cond } from "../../shared/scoped";
import { UUID, rowsOf } from "../../shared/sql";
import { msg } from "../../shared/messages";
import { ledgerNote } from "../ledger/ledger.notes";

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
      `INSERT INTO purchase_order (buyer_id, idempotency_key, channel, fair_id, sales_centre_id, ordered_on, total, placed_by)
     VALUES ($1, $2, $3, $4, $5, $6, 0, $7) ON CONFLICT (buyer_id, idempotency_key) DO NOTHING RETURNING id`,
      [buyer.id, input.idempotencyKey, input.channel, fairId, salesCentreId, orderedOn, user.id || null],
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
    const [sub] = rowsOf<{ id: string }>(
      await ctx.manager.query(
        `INSERT INTO sub_order (order_id, supplier_id, buyer_id, west_county_id, pairing_id, status, total, countable)
       VALUES ($1, $2, $3, $4, $5, 'PLACED', $6, $7) RETURNING id`,
        [orderId, supplierId, buyer.id, supplier.countyId, pairings.get(supplier.countyId), total, countable],
      ),
    );
    await ctx.manager.query(
      `INSERT INTO order_line (sub_order_id, product_id, quantity, unit_price, amount, counts_toward_quota) VALUES ${tuples.join(", ")}`,
      [sub.id, ...values],
    );
    orderTotal += total;
  }
  await ctx.manager.query(`UPDATE purchase_order SET total = $1 WHERE id = $2`, [orderTotal, orderId]);
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
    },
  });

  // Stock last (the hot rows), in product-id order.
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
  return ctx.manager.getRepository(PurchaseOrder).findOneByOrFail({ id: orderId });
}

// ---------------------------------------------------------------------------------------------
// The sub-order state machine (the table: order.steps.ts)

interface Extra {
  paymentReference?: string;
  invoiceNumber?: string;
  inspectionNote?: string;
  rating?: number | null;
  reason?: string | null;
}

/**
 * Moves one sub-order a step, in one transaction: lock the sub-order (in scope, else NOT_FOUND),
 * check the step is allowed from its state (else InvalidStateError, nothing written), write the new
 * state, return stock on cancellation, audit; then, when the step enters or leaves a counted state,
 * append the ±ledger entry to its pairing and change the quota counter — last, by one upsert.
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

  const delta = (COUNTED_STATES.has(rule.to) ? 1 : 0) - (COUNTED_STATES.has(before) ? 1 : 0);
  if (delta !== 0 && sub.countable > 0) {
    const order = (await ctx.manager.getRepository(PurchaseOrder).findOneBy({ id: sub.orderId }))!;
    if (sub.pairingId) {
      await appendLedgerEntry(ctx, {
        pairingId: sub.pairingId,
        indicator: Indicator.CONSUMPTION_ASSISTANCE,
        amount: delta * sub.countable,
        occurredOn: order.orderedOn,
        source: LedgerSource.ORDER_LINE,
        sourceId: sub.id,
        note: ledgerNote(
          delta > 0 ? "orderConfirmed" : rule.to === SubOrderStatus.REFUNDED ? "orderRefunded" : "orderCancelled",
        ),
      });
    }
    await addToQuotaCounter(
      ctx,
      {
        buyerId: sub.buyerId,
        year: Number(order.orderedOn.slice(0, 4)),
        westCountyId: sub.westCountyId,
        channel: order.channel,
      },
      delta * sub.countable,
    );
  }
  return ctx.manager.getRepository(SubOrder).findOneByOrFail({ id: sub.id });
}

export const confirmSubOrder = (ctx: RequestContext, input: ChangeSubOrderInput) =>
  transition(ctx, input.subOrderId, SubOrderAction.CONFIRM);
export const recordPayment = (ctx: RequestContext, input: RecordPaymentInput) =>
  transition(ctx, input.subOrderId, SubOrderAction.PAY, { paymentReference: input.paymentReference.trim() });
export const shipSubOrder = (ctx: RequestContext, input: ChangeSubOrderInput) =>
  transition(ctx, input.subOrderId, SubOrderAction.SHIP);
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

export async function listSubOrders(
  ctx: RequestContext,
  filter: SubOrderFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<SubOrder>> {
  const { sql, params } = subOrderScope(ctx);
  const qb = ctx.manager.getRepository(SubOrder).createQueryBuilder("s").where(sql, params);
  if (filter?.status) qb.andWhere("s.status = :st", { st: filter.status });
  if (filter?.buyerId) qb.andWhere("s.buyer_id = :fb", { fb: UUID.test(filter.buyerId) ? filter.buyerId : null });
  if (filter?.year) {
    qb.andWhere("s.order_id IN (SELECT id FROM purchase_order WHERE ordered_on >= :yf AND ordered_on < :yt)", {
      yf: `${filter.year}-01-01`,
      yt: `${filter.year + 1}-01-01`,
    });
  }
  qb.orderBy("s.seq", "DESC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

export async function listOrders(
  ctx: RequestContext,
  year: number | undefined,
  offset: number,
  first: number,
): Promise<Page<PurchaseOrder>> {
  const { sql, params } = orderScope(ctx);
  const qb = ctx.manager.getRepository(PurchaseOrder).createQueryBuilder("o").where(sql, params);
  if (year) qb.andWhere("o.ordered_on >= :yf AND o.ordered_on < :yt", { yf: `${year}-01-01`, yt: `${year + 1}-01-01` });
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
