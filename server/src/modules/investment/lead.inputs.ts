import { PHONE_PATTERN } from "../../shared/pii";
import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, Matches, MaxLength } from "class-validator";
import { MoneyScalar } from "../../shared/scalars";
import { LeadVisibility } from "./lead.entity";
import { vmsg } from "../../shared/messages";

@InputType()
export class CreateLeadInput {
  @Field(() => ID, {
    nullable: true,
    description: "Admins only: the enterprise; an enterprise user lists for its own.",
  })
  enterpriseId?: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入标题", "Enter a title") })
  @MaxLength(100)
  title: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入行业", "Enter an industry") })
  @MaxLength(50)
  industry: string;

  @Field(() => MoneyScalar, { description: "计划投资, more than zero." })
  plannedInvestment: number;

  @Field(() => [ID], { defaultValue: [], description: "Preferred partner counties (west counties)." })
  @ArrayMaxSize(20)
  preferredCountyIds: string[];

  @Field({ defaultValue: false })
  needsLand: boolean = false;

  @Field({ defaultValue: false })
  needsLabour: boolean = false;

  @Field({ defaultValue: false })
  needsRawMaterial: boolean = false;

  @Field({ nullable: true })
  @MaxLength(1000)
  needsNote?: string;

  @Field({ nullable: true })
  @MaxLength(50)
  contactName?: string;

  @Field({ nullable: true })
  @Matches(PHONE_PATTERN, { message: vmsg("电话号码格式不正确", "Invalid phone number") })
  contactPhone?: string;

  @Field(() => LeadVisibility, { defaultValue: LeadVisibility.PUBLIC })
  visibility: LeadVisibility = LeadVisibility.PUBLIC;
}

/** Fields left out stay as they are; preferredCountyIds, when given, replaces the list. */
@InputType()
export class UpdateLeadInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入标题", "Enter a title") })
  @MaxLength(100)
  title?: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入行业", "Enter an industry") })
  @MaxLength(50)
  industry?: string;

  @Field(() => MoneyScalar, { nullable: true })
  plannedInvestment?: number;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(20)
  preferredCountyIds?: string[];

  @Field({ nullable: true })
  needsLand?: boolean;

  @Field({ nullable: true })
  needsLabour?: boolean;

  @Field({ nullable: true })
  needsRawMaterial?: boolean;

  @Field({ nullable: true })
  @MaxLength(1000)
  needsNote?: string;

  @Field({ nullable: true })
  @MaxLength(50)
  contactName?: string;

  @Field({ nullable: true })
  @Matches(PHONE_PATTERN, { message: vmsg("电话号码格式不正确", "Invalid phone number") })
  contactPhone?: string;

  @Field(() => LeadVisibility, { nullable: true })
  visibility?: LeadVisibility;
}

@InputType()
export class LeadFilter {
  @Field({ nullable: true, description: "Part of the title, industry or enterprise name." })
  @MaxLength(50)
  search?: string;

  @Field({ nullable: true })
  @MaxLength(50)
  industry?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Leads that name this county (or one below this region) as preferred.",
  })
  countyId?: string;

  @Field(() => ID, { nullable: true })
  enterpriseId?: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Planned investment at least this." })
  minAmount?: number;

  @Field(() => MoneyScalar, { nullable: true, description: "Planned investment at most this." })
  maxAmount?: number;

  @Field({ nullable: true, description: "County officials: only leads their county expressed interest in." })
  interestedOnly?: boolean;
}

@InputType()
export class ExpressInterestInput {
  @Field(() => ID)
  leadId: string;

  @Field({ nullable: true })
  @MaxLength(500)
  note?: string;
}
