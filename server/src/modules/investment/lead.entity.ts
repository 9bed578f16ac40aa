import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { MoneyScalar } from "../../shared/scalars";

export enum LeadVisibility {
  /** 公开: every county official of the east regions' partner counties, and the coordinators in scope. */
  PUBLIC = "PUBLIC",
  /** 定向: only the officials of the preferred counties (and the coordinators in scope). */
  PREFERRED_COUNTIES = "PREFERRED_COUNTIES",
}
registerEnumType(LeadVisibility, { name: "LeadVisibility" });

/** 招商线索: an enterprise's investment lead. */
@ObjectType()
@Entity("investment_lead")
export class InvestmentLead {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID)
  @Column({ name: "enterprise_id", type: "uuid" })
  enterpriseId: string;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column()
  industry: string;

  @Field(() => MoneyScalar, { description: "计划投资 (yuan)." })
  @Column({ name: "planned_investment", type: "bigint" })
  plannedInvestment: number;

  @Field({ description: "Needs land (用地)." })
  @Column({ name: "needs_land" })
  needsLand: boolean;

  @Field({ description: "Needs labour (用工)." })
  @Column({ name: "needs_labour" })
  needsLabour: boolean;

  @Field({ description: "Needs raw material (原料)." })
  @Column({ name: "needs_raw_material" })
  needsRawMaterial: boolean;

  @Field(() => String, { nullable: true, description: "Needs in words." })
  @Column({ name: "needs_note", type: "text", nullable: true })
  needsNote: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "contact_name", type: "text", nullable: true })
  contactName: string | null;

  /**
   * 联系电话 is personal data at rest (migration 025, as the enterprise's own contact phone): stored
   * encrypted with its mask beside it; `InvestmentLead.contactPhone` (the resolver) shows it whole
   * only to those who may call it (lead.service `leadContactPhoneFor`).
   */
  @Column({ name: "contact_phone_enc", type: "text", nullable: true })
  contactPhoneEnc: string | null;

  @Column({ name: "contact_phone_masked", type: "text", nullable: true })
  contactPhoneMasked: string | null;

  @Field(() => LeadVisibility)
  @Column({ type: "text" })
  visibility: LeadVisibility;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @Column({ name: "updated_at", type: "timestamptz", default: () => "now()" })
  updatedAt: Date;
}

@Entity("investment_lead_county")
export class InvestmentLeadCounty {
  @PrimaryColumn({ name: "lead_id", type: "uuid" })
  leadId: string;

  @PrimaryColumn({ name: "county_id", type: "uuid" })
  countyId: string;
}

/** 表达意向: a county's interest in a lead. */
@ObjectType()
@Entity("lead_interest")
export class LeadInterest {
  @PrimaryColumn({ name: "lead_id", type: "uuid" })
  leadId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: "county_id", type: "uuid" })
  countyId: string;

  @Column({ name: "expressed_by", type: "uuid", nullable: true })
  expressedById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field({ description: "When the interest was first expressed." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
