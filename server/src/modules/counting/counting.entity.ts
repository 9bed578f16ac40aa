import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { MoneyScalar } from "../../shared/scalars";

/**
 * Tables of this module kept by raw SQL alone (no entity class): `counting_rule`, the counting point
 * of each year that has one set (no row = PAID).
 */
export const rawTables = ["counting_rule"] as const;

/**
 * 计入节点: the sub-order state from which a purchase counts toward its buyer's year (and its
 * pairing's consumption assistance). The Ministry of Finance's 2021 notice on the 832 platform:
 * unpaid purchases do not count, so the default is PAID; an administrator may choose, per year,
 * CONFIRMED (the rule before issue 11) or RECEIVED (after inspection, 验货/验票).
 */
export enum CountingPoint {
  CONFIRMED = "CONFIRMED",
  PAID = "PAID",
  RECEIVED = "RECEIVED",
}
registerEnumType(CountingPoint, {
  name: "CountingPoint",
  description: "计入节点: from which sub-order state a purchase counts (CONFIRMED, PAID — the default — or RECEIVED).",
});

export const DEFAULT_COUNTING_POINT = CountingPoint.PAID;

@ObjectType({ description: "计入规则 of one year." })
export class CountingRule {
  @Field(() => Int)
  year: number;

  @Field(() => CountingPoint)
  countsFrom: CountingPoint;

  @Field({ description: "True when no administrator set this year: the default (PAID) applies." })
  isDefault: boolean;

  @Field(() => Date, { nullable: true })
  changedAt: Date | null;
}

@ObjectType({ description: "What changing a year's counting point did: the year re-counted in the same transaction." })
export class CountingPointChange {
  @Field(() => CountingRule)
  rule: CountingRule;

  @Field(() => Int, { description: "Sub-orders that entered or left the counted amounts." })
  subOrdersMoved: number;

  @Field(() => MoneyScalar, { description: "The change of the year's counted total (signed)." })
  countedChange: number;
}
