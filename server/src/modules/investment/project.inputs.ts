import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { DateScalar, MoneyScalar } from "../../shared/scalars";
import { ProjectStage } from "./stage";
import { vmsg } from "../../shared/messages";

@InputType()
export class CreateProjectInput {
  @Field(() => ID)
  leadId: string;

  @Field(() => ID, { nullable: true, description: "The west county; defaults to a county official's own." })
  countyId?: string;

  @Field({ nullable: true, description: "Defaults to the lead's title." })
  @MaxLength(100)
  name?: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Defaults to the lead's planned investment." })
  plannedInvestment?: number;

  @Field(() => DateScalar, { nullable: true, description: "Defaults to today." })
  startedOn?: string;
}

@InputType({
  description:
    "One move along the pipeline (see ALLOWED_MOVES): SIGNED needs contractAmount and signedOn, DROPPED a reason.",
})
export class MoveProjectStageInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ProjectStage)
  stage: ProjectStage;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When it happened; defaults to today (for SIGNED: signedOn).",
  })
  occurredOn?: string;

  @Field(() => MoneyScalar, { nullable: true, description: "SIGNED: the contract amount (签约金额)." })
  contractAmount?: number;

  @Field(() => DateScalar, { nullable: true, description: "SIGNED: the contract date (签约日期)." })
  signedOn?: string;

  @Field({ nullable: true, description: "DROPPED: why." })
  @MaxLength(500)
  reason?: string;

  @Field({ nullable: true })
  @MaxLength(500)
  note?: string;
}

@InputType()
export class RecordFundTrancheInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => MoneyScalar, { description: "More than zero." })
  amount: number;

  @Field(() => DateScalar)
  receivedOn: string;

  @Field({ description: "Bank or document reference (凭证号), once per project." })
  @IsNotEmpty({ message: vmsg("请输入凭证号", "Enter the reference") })
  @MaxLength(100)
  reference: string;
}

@InputType()
export class ReverseFundTrancheInput {
  @Field(() => ID)
  trancheId: string;

  @Field({ description: "冲正原因." })
  @IsNotEmpty({ message: vmsg("请说明冲正原因", "Give the reason for the reversal") })
  @MaxLength(500)
  reason: string;
}

@InputType()
export class RecordOutcomeInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => DateScalar, { nullable: true, description: "Defaults to today; not before the previous report." })
  reportedOn?: string;

  @Field(() => Int)
  @Min(0, { message: vmsg("人数不能为负", "Cannot be negative") })
  @Max(10_000_000)
  jobsCreated: number;

  @Field(() => Int)
  @Min(0, { message: vmsg("人数不能为负", "Cannot be negative") })
  @Max(10_000_000)
  poorEmployed: number;

  @Field(() => Int, {
    description: "带贫: people lifted so far (cumulative); the ledger gets the change since the previous report.",
  })
  @Min(0, { message: vmsg("人数不能为负", "Cannot be negative") })
  @Max(10_000_000)
  peopleLifted: number;

  @Field({ nullable: true })
  @MaxLength(500)
  guaranteedPurchaseTerms?: string;

  @Field(() => MoneyScalar, { nullable: true, description: "保底收购价, yuan per tonne." })
  floorPricePerTonne?: number;

  @Field({ nullable: true })
  @MaxLength(500)
  note?: string;
}

@InputType()
export class ProjectFilter {
  @Field(() => ProjectStage, { nullable: true })
  stage?: ProjectStage;

  @Field(() => ID, { nullable: true, description: "Projects in this county (or below this region)." })
  countyId?: string;

  @Field(() => ID, { nullable: true })
  enterpriseId?: string;

  @Field(() => ID, { nullable: true })
  leadId?: string;

  @Field({ nullable: true, description: "Part of the project's or enterprise's name." })
  @MaxLength(50)
  search?: string;
}

@ObjectType({ description: "One stage of the pipeline board." })
export class PipelineStageRow {
  @Field(() => ProjectStage)
  stage: ProjectStage;

  @Field(() => Int)
  projects: number;

  @Field(() => MoneyScalar, { description: "Sum of planned investment." })
  planned: number;

  @Field(() => MoneyScalar, { description: "Sum of contract amounts (signed by the end of the year)." })
  contracted: number;

  @Field(() => MoneyScalar, { description: "Funds in place up to the end of the year (net of reversals)." })
  inPlace: number;

  @Field(() => MoneyScalar, { description: "Funds in place within the year." })
  inPlaceInYear: number;
}

@ObjectType({ description: "招商引资看板: the pipeline as it stood at the end of the year (or today for this year)." })
export class PipelineBoard {
  @Field(() => Int)
  year: number;

  @Field(() => [PipelineStageRow], { description: "Every stage, in pipeline order, zeros included." })
  stages: PipelineStageRow[];
}

@ObjectType()
export class FundsInPlaceMonth {
  @Field(() => Int)
  month: number;

  @Field(() => MoneyScalar, { description: "Net tranches received in the month." })
  amount: number;

  @Field(() => MoneyScalar, { description: "Running total of the year up to this month." })
  cumulative: number;
}
