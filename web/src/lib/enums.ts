/**
 * Schema enums as lists. The generated enum types (src/gql, `enumsAsTypes: true`) are string unions
 * with no runtime value, so where a page offers every value (a filter's options, a radio group) the
 * list is written out in the order the page shows it. `allOf<E>()([...])` makes that list checked
 * against the schema: vue-tsc fails when the schema gains a value the list lacks, or loses one it names.
 */
import type { BuyerGroup, QuotaBasis, SubOrderStatus, SupplierStatus } from "@/gql/graphql";

type Missing<E extends string, L extends readonly E[]> = [Exclude<E, L[number]>] extends [never]
  ? unknown
  : { "the list lacks": Exclude<E, L[number]> };

export const allOf =
  <E extends string>() =>
  <const L extends readonly E[]>(values: L & Missing<E, L>): readonly E[] =>
    values;

/** Buyer groups (采购单位类别) as forms and filters list them; OTHER (no quota) last. */
export const BUYER_GROUPS = allOf<BuyerGroup>()([
  "EDUCATION",
  "HEALTHCARE",
  "RETAIL",
  "GOVERNMENT",
  "ENTERPRISE",
  "OTHER",
]);

/** Sub-order states in the order an order moves through them; the two exits last. */
export const SUB_ORDER_STATUSES = allOf<SubOrderStatus>()([
  "PLACED",
  "CONFIRMED",
  "PAID",
  "SHIPPED",
  "RECEIVED",
  "CANCELLED",
  "REFUNDED",
]);

/** Supplier states, the review queue (RECOMMENDED) first. */
export const SUPPLIER_STATUSES = allOf<SupplierStatus>()(["RECOMMENDED", "APPROVED", "SUSPENDED"]);

/** How a buyer's quota is set: a fixed amount, a share of the canteen budget, or per head. */
export const QUOTA_BASES = allOf<QuotaBasis>()(["FIXED", "CANTEEN_BUDGET", "HEADCOUNT"]);
