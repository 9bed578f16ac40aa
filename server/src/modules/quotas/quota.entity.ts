import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { MoneyScalar } from "../../shared/scalars";
import { BuyerGroup } from "../buyers/buyer.entity";

/**
 * Tables of this module kept by raw SQL alone (no entity class): `quota_counter`, per (buyer, year,
 * county, channel) the counted amount (已计入: from the year's counting point, modules/counting) and the
 * confirmed amount (已确认: from CONFIRMED on, whatever the point), changed only by one atomic upsert
 * (`addToQuotaCounter`). The buyer sees both; keeping both here lets boards read one small table.
 *
 * Its summaries, kept by triggers in the same statement as each write to quota_counter, quota and
 * buyer (migration 38; the integrity check `quotaStanding` holds them equal to what they summarise),
 * which the quota board reads instead of every buyer and counter: `quota_standing` per (buyer, year)
 * with the board's rank, `quota_tally` per (east region, group, year, county, channel),
 * `quota_group_tally` per (east region, group, year) and `quota_buyer_tally` per (east region, group).
 */
export const rawTables = [
  "quota_counter",
  "quota_standing",
  "quota_tally",
  "quota_group_tally",
  "quota_buyer_tally",
] as const;

export enum QuotaBasis {
  /** Typed in. */
  FIXED = "FIXED",
  /** 食堂食材采购预算 × 比例: at least 10% per 财库〔2021〕20号; provinces raise it. */
  CANTEEN_BUDGET = "CANTEEN_BUDGET",
  /** 在职人数 × 每人金额 (e.g. union spending per employee). */
  HEADCOUNT = "HEADCOUNT",
}
registerEnumType(QuotaBasis, { name: "QuotaBasis", description: "How a quota amount was arrived at." });

/** 消费任务指标: one buyer's purchase quota for one year, in fen, with the basis it was derived from. */
@ObjectType()
@Entity("quota")
export class Quota {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "buyer_id", type: "uuid" })
  buyerId: string;

  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  @Field(() => MoneyScalar)
  @Column({ type: "bigint" })
  amount: number;

  @Field(() => QuotaBasis)
  @Column({ type: "text" })
  basis: QuotaBasis;

  @Field(() => MoneyScalar, { nullable: true, description: "CANTEEN_BUDGET: the canteen food budget." })
  @Column({ name: "base_amount", type: "bigint", nullable: true })
  baseAmount: number | null;

  @Field(() => Int, { nullable: true, description: "CANTEEN_BUDGET: the rate in basis points (1000 = 10%)." })
  @Column({ name: "rate_bp", type: "int", nullable: true })
  rateBasisPoints: number | null;

  @Field(() => Int, { nullable: true, description: "HEADCOUNT: the number of staff." })
  @Column({ type: "int", nullable: true })
  headcount: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "HEADCOUNT: yuan per head." })
  @Column({ name: "per_head", type: "bigint", nullable: true })
  perHead: number | null;
}

/** The part of a quota meant for one partner county (optional). */
@ObjectType()
@Entity("quota_county_split")
export class QuotaCountySplit {
  @PrimaryColumn({ name: "quota_id", type: "uuid" })
  quotaId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: "west_county_id", type: "uuid" })
  westCountyId: string;

  @Field(() => MoneyScalar)
  @Column({ type: "bigint" })
  amount: number;
}

/** A whole group's target for a year in one east region (e.g. all Jiaozhou hospitals). */
@ObjectType()
@Entity("group_target")
export class GroupTarget {
  @Field(() => ID)
  @PrimaryColumn({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => BuyerGroup)
  @PrimaryColumn({ name: "buyer_group", type: "text" })
  group: BuyerGroup;

  @Field(() => Int)
  @PrimaryColumn({ type: "int" })
  year: number;

  @Field(() => MoneyScalar)
  @Column({ type: "bigint" })
  amount: number;
}
