import { IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";
import { DonationKind, DonorKind, EmergencyAid } from "./donation.entity";

@InputType({
  description:
    "A donation received. The donor kind decides the donor fields: ENTERPRISE takes enterpriseId or donorName, " +
    "ORGANISATION donorName, INDIVIDUAL neither (only donorCount: no personal data is stored). GOODS needs " +
    "goodsDescription and valuationBasis, its amount is the goods' value.",
})
export class RecordDonationInput {
  @Field(() => ID, { nullable: true, description: "The west county; defaults to a county official's own." })
  countyId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The donor side (east region); defaults to a linked enterprise's home, else a coordinator's own region.",
  })
  eastRegionId?: string;

  @Field(() => DonationKind)
  kind: DonationKind;

  @Field(() => DonorKind)
  donorKind: DonorKind;

  @Field(() => ID, { nullable: true, description: "ENTERPRISE: a registered enterprise." })
  enterpriseId?: string;

  @Field({ nullable: true, description: "ENTERPRISE (not registered) or ORGANISATION: the donor's name." })
  @MaxLength(200)
  donorName?: string;

  @Field(() => Int, { nullable: true, description: "INDIVIDUAL: how many people gave, when known." })
  @Min(1, { message: vmsg("人数须为正整数", "Must be a whole number ≥ 1") })
  @Max(10_000_000)
  donorCount?: number;

  @Field({ nullable: true, description: "GOODS: what was given." })
  @MaxLength(500)
  goodsDescription?: string;

  @Field({ nullable: true, description: "GOODS: how the value was set (发票、市场价、评估…)." })
  @MaxLength(500)
  valuationBasis?: string;

  @Field({ nullable: true, description: "The project or purpose (free text)." })
  @MaxLength(200)
  purpose?: string;

  @Field(() => EmergencyAid, { nullable: true, description: "Defaults to NONE." })
  emergency?: EmergencyAid;

  @Field(() => DateScalar)
  receivedOn: string;

  @Field({ description: "捐赠票据号." })
  @IsNotEmpty({ message: vmsg("请输入捐赠票据号", "Enter the receipt number") })
  @MaxLength(100)
  receiptNo: string;

  @Field(() => MoneyScalar, { description: "More than zero; goods at their value." })
  amount: number;
}

@InputType()
export class ReverseDonationInput {
  @Field(() => ID)
  donationId: string;

  @Field({ description: "冲正原因." })
  @IsNotEmpty({ message: vmsg("请说明冲正原因", "Give the reason for the reversal") })
  @MaxLength(500)
  reason: string;
}

@InputType()
export class DonationFilter {
  @Field(() => Int, { nullable: true, description: "Received in this year." })
  year?: number;

  @Field(() => ID, { nullable: true, description: "This county (or below this region)." })
  countyId?: string;

  @Field(() => DonorKind, { nullable: true })
  donorKind?: DonorKind;

  @Field(() => DonationKind, { nullable: true })
  kind?: DonationKind;

  @Field(() => EmergencyAid, { nullable: true, description: "NONE: ordinary only; EPIDEMIC/DISASTER: that aid." })
  emergency?: EmergencyAid;

  @Field({ nullable: true, description: "Emergency aid of either kind." })
  emergencyOnly?: boolean;

  @Field({ nullable: true, description: "Part of the donor's name, the receipt number, the purpose or the goods." })
  @MaxLength(50)
  search?: string;

  @Field({ nullable: true, description: "Leave reversals and reversed donations out." })
  excludeReversed?: boolean;
}

@ObjectType({ description: "One line of a donations summary: a key and its net amount." })
export class DonationSummaryRow {
  @Field({ description: "The donor kind, or the county's id." })
  key: string;

  @Field({ description: "The donor kind, or the county's short name." })
  label: string;

  @Field(() => MoneyScalar)
  amount: number;

  @Field(() => Int, { description: "Donations counted (not reversed)." })
  count: number;
}

@ObjectType({ description: "社会帮扶资金 summary in scope (net of reversals)." })
export class DonationSummary {
  @Field(() => MoneyScalar)
  total: number;

  @Field(() => Int, { description: "Donations not reversed." })
  count: number;

  @Field(() => MoneyScalar, { description: "Of which goods at value (捐物折款)." })
  goods: number;

  @Field(() => MoneyScalar, { description: "Of which emergency aid (疫情、灾情)." })
  emergency: number;

  @Field(() => [DonationSummaryRow], { description: "By donor kind (ENTERPRISE, ORGANISATION, INDIVIDUAL)." })
  byDonorKind: DonationSummaryRow[];

  @Field(() => [DonationSummaryRow], { description: "By county (key = county id), largest first." })
  byCounty: DonationSummaryRow[];
}
