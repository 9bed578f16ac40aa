import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar, MoneyScalar } from "../../shared/scalars";
import { ProjectStage } from "./stage";

/**
 * Tables of this module kept by raw SQL alone (no entity class): `pipeline_tally`, the pipeline
 * board's summary per (enterprise's home region, west county, stage span, fact year), and
 * `pipeline_project_part`, each project's part of it, both kept by triggers in step with projects,
 * stage events and tranches (migration 42; the view `pipeline_part` computes the parts); and
 * `funds_in_place_month`, 到位资金走势's summary per (home region, west county, month), kept by
 * triggers on tranches, projects and enterprises (migration 49).
 */
export const rawTables = ["pipeline_tally", "pipeline_project_part", "funds_in_place_month"] as const;

/** 招商项目: a lead followed in one west county through the pipeline. */
@ObjectType()
@Entity("investment_project")
export class InvestmentProject {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID)
  @Column({ name: "lead_id", type: "uuid" })
  leadId: string;

  @Field(() => ID)
  @Column({ name: "enterprise_id", type: "uuid" })
  enterpriseId: string;

  @Field(() => ID)
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The most specific pairing of (enterprise's home, county); null = unpaired (counts for no agreement).",
  })
  @Column({ name: "pairing_id", type: "uuid", nullable: true })
  pairingId: string | null;

  @Field()
  @Column()
  name: string;

  @Field(() => MoneyScalar)
  @Column({ name: "planned_investment", type: "bigint" })
  plannedInvestment: number;

  @Field(() => ProjectStage)
  @Column({ type: "text" })
  stage: ProjectStage;

  @Field(() => DateScalar, { description: "The date of the last stage change." })
  @Column({ name: "stage_since", type: "date" })
  stageSince: string;

  @Field(() => MoneyScalar, { nullable: true, description: "签约金额, set when SIGNED." })
  @Column({ name: "contract_amount", type: "bigint", nullable: true })
  contractAmount: number | null;

  @Field(() => DateScalar, { nullable: true, description: "签约日期." })
  @Column({ name: "signed_on", type: "date", nullable: true })
  signedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "dropped_reason", type: "text", nullable: true })
  droppedReason: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

/** One dated stage change; the rows of a project are its timeline, never overwritten. */
@ObjectType()
@Entity("project_stage_event")
export class ProjectStageEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Column({ name: "project_id", type: "uuid" })
  projectId: string;

  @Field(() => ProjectStage, { nullable: true, description: "Null for the project's first event." })
  @Column({ name: "from_stage", type: "text", nullable: true })
  fromStage: ProjectStage | null;

  @Field(() => ProjectStage)
  @Column({ name: "to_stage", type: "text" })
  toStage: ProjectStage;

  @Field(() => DateScalar)
  @Column({ name: "occurred_on", type: "date" })
  occurredOn: string;

  /** Shown through the resolver (the system's own notes in the request's language, SYSTEM_STAGE_NOTES). */
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz", insert: false, update: false })
  recordedAt: Date;
}

/** 到位资金: one dated tranche, or the reversal (冲正) of one. Never updated. */
@ObjectType()
@Entity("fund_tranche")
export class FundTranche {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID)
  @Column({ name: "project_id", type: "uuid" })
  projectId: string;

  @Field(() => MoneyScalar, { description: "Positive for a tranche, negative for a reversal." })
  @Column({ type: "bigint" })
  amount: number;

  @Field(() => DateScalar, {
    description:
      "When the money arrived. A reversal: the original's date while that month is open, else the day it was made (the open period, as its ledger entry); `reversesId` names the original.",
  })
  @Column({ name: "received_on", type: "date" })
  receivedOn: string;

  @Field({ description: "Bank or document reference (凭证号)." })
  @Column()
  reference: string;

  @Field(() => ID, { nullable: true, description: "Reversals: the tranche this one reverses." })
  @Column({ name: "reverses_id", type: "uuid", nullable: true })
  reversesId: string | null;

  @Field(() => String, { nullable: true, description: "Reversals: why." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz", insert: false, update: false })
  recordedAt: Date;
}

/** 项目成效: a dated outcome report; the latest is current, the earlier ones show how it changed. */
@ObjectType()
@Entity("project_outcome_report")
export class ProjectOutcomeReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID)
  @Column({ name: "project_id", type: "uuid" })
  projectId: string;

  @Field(() => DateScalar)
  @Column({ name: "reported_on", type: "date" })
  reportedOn: string;

  @Field(() => Int, { description: "新增就业 jobs created." })
  @Column({ name: "jobs_created", type: "int" })
  jobsCreated: number;

  @Field(() => Int, { description: "吸纳建档立卡贫困人口就业 registered-poor people employed." })
  @Column({ name: "poor_employed", type: "int" })
  poorEmployed: number;

  @Field(() => Int, { description: "带贫 people lifted (cumulative, as of the report)." })
  @Column({ name: "people_lifted", type: "int" })
  peopleLifted: number;

  @Field(() => String, { nullable: true, description: "保底收购: guaranteed-purchase terms in words." })
  @Column({ name: "guaranteed_purchase_terms", type: "text", nullable: true })
  guaranteedPurchaseTerms: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "保底收购价 (yuan per tonne)." })
  @Column({ name: "floor_price_per_tonne", type: "bigint", nullable: true })
  floorPricePerTonne: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz", insert: false, update: false })
  recordedAt: Date;
}
