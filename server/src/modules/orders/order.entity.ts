import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar, MoneyScalar } from "../../shared/scalars";
import { CountingPoint } from "../counting/counting.entity";
import { SalesChannel } from "../quotas/quota.inputs";

/** The per-day counter behind order numbers (migration 1763900000014), written only by placeOrder. */
export const rawTables = ["order_number_counter"] as const;

/**
 * A sub-order's life, enforced on the server (order.service.ts, TRANSITIONS):
 * PLACED → CONFIRMED (county official) → PAID (buyer, bank-transfer reference) → SHIPPED (official)
 * → RECEIVED (buyer: invoice, inspection 验货/验票, rating); PLACED/CONFIRMED → CANCELLED (buyer or
 * official; stock returned); PAID/SHIPPED/RECEIVED → REFUNDED (official, with a reason).
 * Which states count toward the buyer's year depends on that year's counting point (计入节点,
 * modules/counting): from PAID by default, see COUNTED_FROM.
 */
export enum SubOrderStatus {
  PLACED = "PLACED",
  CONFIRMED = "CONFIRMED",
  PAID = "PAID",
  SHIPPED = "SHIPPED",
  RECEIVED = "RECEIVED",
  CANCELLED = "CANCELLED",
  REFUNDED = "REFUNDED",
}
registerEnumType(SubOrderStatus, { name: "SubOrderStatus" });

/** 已确认: confirmed by the supplier's county and neither cancelled nor refunded (the buyer's second figure). */
export const CONFIRMED_STATES: ReadonlySet<SubOrderStatus> = new Set([
  SubOrderStatus.CONFIRMED,
  SubOrderStatus.PAID,
  SubOrderStatus.SHIPPED,
  SubOrderStatus.RECEIVED,
]);

/** 已计入: the states that count toward a year, for each counting point (tools/data-checks.ts says the same in SQL). */
export const COUNTED_FROM: Record<CountingPoint, ReadonlySet<SubOrderStatus>> = {
  [CountingPoint.CONFIRMED]: CONFIRMED_STATES,
  [CountingPoint.PAID]: new Set([SubOrderStatus.PAID, SubOrderStatus.SHIPPED, SubOrderStatus.RECEIVED]),
  [CountingPoint.RECEIVED]: new Set([SubOrderStatus.RECEIVED]),
};

/** 采购订单: what a buyer placed at once; split into one sub-order per supplier. */
@ObjectType("Order")
@Entity("purchase_order")
export class PurchaseOrder {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "buyer_id", type: "uuid" })
  buyerId: string;

  @Field(() => String, {
    description: "订单号: XZ + order date (yyyymmdd) + '-' + six-digit sequence of that day, e.g. XZ20261129-000123.",
  })
  @Column({ name: "order_number", type: "text" })
  orderNumber: string;

  @Field({ description: "The client's key: a retry with the same key returns this order." })
  @Column({ name: "idempotency_key" })
  idempotencyKey: string;

  @Field(() => SalesChannel)
  @Column({ type: "text" })
  channel: SalesChannel;

  @Field(() => ID, { nullable: true })
  @Column({ name: "fair_id", type: "uuid", nullable: true })
  fairId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: "sales_centre_id", type: "uuid", nullable: true })
  salesCentreId: string | null;

  @Field(() => DateScalar, {
    description: "The order date: decides the quota year and whether certificates were valid.",
  })
  @Column({ name: "ordered_on", type: "date" })
  orderedOn: string;

  /**
   * The whole order's amount, over every supplier's county. Not a field as it is: `Order.total`
   * (order.resolver.ts) answers a county official only its own county's sub-orders' sum.
   */
  @Column({ type: "bigint" })
  total: number;

  @Column({ name: "placed_by", type: "uuid", nullable: true })
  placedById: string | null;

  // The checkout (checkout.ts): null on orders placed before it, and on sales handed over on the spot.
  @Field(() => String, { nullable: true, description: "收货地址" })
  @Column({ name: "delivery_address", type: "text", nullable: true })
  deliveryAddress: string | null;

  @Field(() => String, { nullable: true, description: "收货联系人" })
  @Column({ name: "delivery_contact", type: "text", nullable: true })
  deliveryContact: string | null;

  /** Encrypted (shared/pii.ts); `Order.deliveryPhone` shows it whole or masked (checkout.ts). */
  @Column({ name: "delivery_phone_enc", type: "text", nullable: true })
  deliveryPhoneEnc: string | null;

  @Column({ name: "delivery_phone_masked", type: "text", nullable: true })
  deliveryPhoneMasked: string | null;

  @Field(() => String, { nullable: true, description: "发票抬头" })
  @Column({ name: "invoice_title", type: "text", nullable: true })
  invoiceTitle: string | null;

  @Field(() => String, {
    nullable: true,
    description: "纳税人识别号 (an 18-character unified social credit code, or 15–20 letters and digits).",
  })
  @Column({ name: "invoice_tax_number", type: "text", nullable: true })
  taxNumber: string | null;

  @Field(() => String, { nullable: true, description: "The buyer's note to the suppliers." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

/** 子订单: the part of an order from one supplier; it moves through its states on its own. */
@ObjectType()
@Entity("sub_order")
export class SubOrder {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID)
  @Column({ name: "order_id", type: "uuid" })
  orderId: string;

  @Field(() => ID)
  @Column({ name: "supplier_id", type: "uuid" })
  supplierId: string;

  @Field(() => ID)
  @Column({ name: "buyer_id", type: "uuid" })
  buyerId: string;

  @Field(() => ID)
  @Column({ name: "west_county_id", type: "uuid" })
  westCountyId: string;

  @Field(() => ID, { nullable: true, description: "The most specific pairing it counts for; null = unpaired." })
  @Column({ name: "pairing_id", type: "uuid", nullable: true })
  pairingId: string | null;

  @Field(() => SubOrderStatus)
  @Column({ type: "text" })
  status: SubOrderStatus;

  @Field(() => MoneyScalar)
  @Column({ type: "bigint" })
  total: number;

  @Field(() => MoneyScalar, {
    description:
      "The part of total from products certified on the order date: what counts from the year's counting point.",
  })
  @Column({ type: "bigint" })
  countable: number;

  @Field(() => String, { nullable: true, description: "Bank-transfer reference recorded by the buyer." })
  @Column({ name: "payment_reference", type: "text", nullable: true })
  paymentReference: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "invoice_number", type: "text", nullable: true })
  invoiceNumber: string | null;

  @Field(() => String, { nullable: true, description: "验货/验票 note." })
  @Column({ name: "inspection_note", type: "text", nullable: true })
  inspectionNote: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  rating: number | null;

  /** 1, 2, … within its order: the sub-order's number is the order's number + "-" + position. */
  @Column({ type: "int" })
  position: number;

  @Field(() => String, { nullable: true, description: "承运商, recorded when shipped." })
  @Column({ type: "text", nullable: true })
  carrier: string | null;

  @Field(() => String, { nullable: true, description: "运单号, recorded when shipped." })
  @Column({ name: "waybill_number", type: "text", nullable: true })
  waybillNumber: string | null;

  @Field(() => String, { nullable: true, description: "Why it was cancelled or refunded." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Field()
  @Column({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

/** 订单行: quantity × the price copied from the product when the order was placed. */
@ObjectType()
@Entity("order_line")
export class OrderLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "sub_order_id", type: "uuid" })
  subOrderId: string;

  @Field(() => ID)
  @Column({ name: "product_id", type: "uuid" })
  productId: string;

  @Field(() => Int)
  @Column({ type: "int" })
  quantity: number;

  @Field(() => MoneyScalar)
  @Column({ name: "unit_price", type: "bigint" })
  unitPrice: number;

  @Field(() => MoneyScalar)
  @Column({ type: "bigint" })
  amount: number;

  @Field({ description: "Whether the product's certificate was valid on the order date." })
  @Column({ name: "counts_toward_quota" })
  countsTowardQuota: boolean;
}
