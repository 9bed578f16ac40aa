import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Max, Min, ValidateNested } from "class-validator";
import { MoneyScalar } from "../../shared/scalars";
import type { PageRange } from "../../shared/pagination";
import { Buyer, BuyerGroup } from "../buyers/buyer.entity";
import { Region } from "../regions/region.entity";
import { QuotaBasis } from "./quota.entity";
import { CountingPoint } from "../counting/counting.entity";

export enum SalesChannel {
  /** 线上: the online shop (832-style platform). */
  ONLINE = "ONLINE",
  /** 展销中心: the "1", the permanent exhibition and sales centre. */
  SALES_CENTRE = "SALES_CENTRE",
  /** 展销大集: the "2", a time-boxed fair; each sale belongs to one fair. */
  FAIR = "FAIR",
}
registerEnumType(SalesChannel, { name: "SalesChannel" });

@InputType()
export class CountySplitInput {
  @Field(() => ID)
  countyId: string;

  @Field(() => MoneyScalar)
  amount: number;
}

@InputType()
export class SetQuotaInput {
  @Field(() => ID)
  buyerId: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => QuotaBasis, { defaultValue: QuotaBasis.FIXED })
  basis: QuotaBasis = QuotaBasis.FIXED;

  @Field(() => MoneyScalar, { nullable: true, description: "FIXED: the amount." })
  amount?: number;

  @Field(() => MoneyScalar, { nullable: true, description: "CANTEEN_BUDGET: the year's canteen food budget." })
  baseAmount?: number;

  @Field(() => Int, {
    nullable: true,
    description: "CANTEEN_BUDGET: basis points; default 1000 (10%, 财库〔2021〕20号).",
  })
  @Min(1)
  @Max(10000)
  rateBasisPoints?: number;

  @Field(() => Int, { nullable: true, description: "HEADCOUNT: staff." })
  @Min(1)
  @Max(10_000_000)
  headcount?: number;

  @Field(() => MoneyScalar, { nullable: true, description: "HEADCOUNT: yuan per head." })
  perHead?: number;

  @Field(() => [CountySplitInput], {
    nullable: true,
    description: "Optional split by partner county; may not exceed the quota.",
  })
  @ValidateNested()
  countySplits?: CountySplitInput[];
}

@InputType()
export class SetGroupTargetInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the coordinator's region." })
  eastRegionId?: string;

  @Field(() => BuyerGroup)
  group: BuyerGroup;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => MoneyScalar)
  amount: number;
}

@ObjectType()
export class CountyCount {
  @Field(() => Region)
  county: Region;

  @Field(() => MoneyScalar)
  counted: number;

  @Field(() => MoneyScalar, { nullable: true, description: "The quota's split for this county, if any." })
  quota: number | null;
}

@ObjectType()
export class ChannelCount {
  @Field(() => SalesChannel)
  channel: SalesChannel;

  @Field(() => MoneyScalar)
  counted: number;
}

@ObjectType({ description: "消费任务完成情况 of one buyer for one year." })
export class QuotaCompletion {
  @Field(() => Buyer)
  buyer: Buyer;

  @Field(() => Int)
  year: number;

  @Field(() => MoneyScalar, { nullable: true, description: "Null when no quota is set (and always for OTHER)." })
  quota: number | null;

  @Field(() => MoneyScalar, {
    description:
      "已计入: purchases of certified products in a counted state for the year's counting point (PAID by default), net of cancellations and refunds.",
  })
  counted: number;

  @Field(() => MoneyScalar, {
    description:
      "已确认: purchases of certified products confirmed by the supplier's county, not cancelled or refunded.",
  })
  confirmed: number;

  @Field(() => CountingPoint, { description: "The year's counting point (计入节点)." })
  countsFrom: CountingPoint;

  @Field(() => MoneyScalar, { description: "quota − counted, never below zero." })
  remaining: number;

  @Field(() => Number, { nullable: true, description: "counted ÷ quota (1.4127 = 141.27%); null without a quota." })
  completion: number | null;

  @Field(() => Int, { description: "Days left in the year after today (0 for past years)." })
  daysLeft: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "应完成: quota × days elapsed ÷ days in the year, by today (shared/pace.ts); null without a quota.",
  })
  expected: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "预计完成: counted projected to 31 December at the pace so far; null before the year begins.",
  })
  projected: number | null;

  @Field({ description: "预计未完成: a quota is set and the projection falls short of it." })
  atRisk: boolean;

  @Field(() => [CountyCount])
  byCounty: CountyCount[];

  @Field(() => [ChannelCount])
  byChannel: ChannelCount[];
}

@ObjectType()
export class GroupCompletion {
  @Field(() => BuyerGroup)
  group: BuyerGroup;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The group target if set, else the sum of its buyers' quotas.",
  })
  target: number | null;

  @Field(() => MoneyScalar)
  counted: number;

  @Field(() => MoneyScalar, { description: "已确认 (see QuotaCompletion.confirmed)." })
  confirmed: number;

  @Field(() => Number, { nullable: true })
  completion: number | null;

  @Field(() => Int)
  buyers: number;
}

@ObjectType({ description: "The coordinator's board: who is furthest behind, with how many days left." })
export class QuotaBoard {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  daysLeft: number;

  @Field(() => MoneyScalar)
  counted: number;

  @Field(() => MoneyScalar, { description: "已确认 (see QuotaCompletion.confirmed)." })
  confirmed: number;

  @Field(() => CountingPoint, { description: "The year's counting point (计入节点)." })
  countsFrom: CountingPoint;

  @Field(() => [GroupCompletion])
  groups: GroupCompletion[];

  /** How many buyers the board's scope holds (the buyers connection's totalCount); not a field. */
  buyerCount: number;

  /** The page of `buyers` read with the board (getQuotaBoard's `page`), when one was; not a field. */
  firstPage?: PageRange & { buyers: QuotaCompletion[] };

  @Field(() => [CountyCount])
  byCounty: CountyCount[];

  @Field(() => [ChannelCount])
  byChannel: ChannelCount[];
}
