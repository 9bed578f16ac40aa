import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { MaxLength } from "class-validator";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { InvalidStateError, resultOrRollback, resultUnion } from "../../shared/outcomes";
import { QuantityScalar } from "../../shared/scalars";
import { Indicator, IndicatorUnit, INDICATOR_UNIT } from "../agreements/indicator";
import { Pairing } from "../pairings/pairing.entity";
import { getPairing } from "../pairings/pairing.service";
import { User } from "../users/user.entity";
import { userById } from "../users/user.loaders";
import {
  FindingExplanation,
  ReportingAction,
  ReportingPeriod,
  ReportingPeriodState,
  ReportingPeriodStep,
} from "./period.entity";
import { DataQualityRule, FindingRecordType, FindingSeverity } from "./period.rules";
import {
  getReportingPeriod,
  PERIOD_READERS,
  PERIOD_STEPS,
  periodFigures,
  periodFindings,
  periodSteps,
  reportingBoardWithTotals,
  shownAmount,
  takePeriodStep,
} from "./period.service";
import { registerEnumType } from "type-graphql";
import { DEFAULT_LOCALE } from "../../shared/messages";

registerEnumType(DataQualityRule, { name: "DataQualityRule", description: "数据质量规则 (docs/reporting.md)." });
registerEnumType(FindingSeverity, { name: "FindingSeverity" });
registerEnumType(FindingRecordType, { name: "FindingRecordType" });

@InputType()
export class FindingExplanationInput {
  @Field()
  @MaxLength(200)
  key: string;

  @Field()
  @MaxLength(500)
  text: string;
}

@InputType()
export class SubmitReportingPeriodInput {
  @Field(() => ID)
  pairingId: string;

  @Field({ description: "YYYY-MM, a month that has ended." })
  @MaxLength(7)
  month: string;

  @Field(() => [FindingExplanationInput], {
    defaultValue: [],
    description: "One explanation per data-quality finding (by its key): every finding needs one to submit.",
  })
  explanations: FindingExplanationInput[];
}

@InputType()
export class DecideReportingPeriodInput {
  @Field(() => ID)
  pairingId: string;

  @Field({ description: "YYYY-MM" })
  @MaxLength(7)
  month: string;

  @Field(() => String, { nullable: true, description: "Required to return or unlock (at most 500 characters)." })
  @MaxLength(500)
  reason?: string | null;
}

export const ReportingPeriodResult = resultUnion("ReportingPeriodResult", ReportingPeriod, [InvalidStateError]);

@ObjectType({ description: "数据质量提示: one rule's finding in a period." })
export class DataQualityFinding {
  @Field({ description: "Stable within the period: explain it by this key." })
  key: string;

  @Field(() => DataQualityRule)
  rule: DataQualityRule;

  @Field(() => FindingSeverity)
  severity: FindingSeverity;

  @Field(() => Indicator, { nullable: true })
  indicator: Indicator | null;

  @Field(() => ID, { nullable: true, description: "The ledger entry it points at, when one." })
  entryId: string | null;

  @Field(() => FindingRecordType, {
    nullable: true,
    description: "The kind of record it points at, when not an entry.",
  })
  recordType: FindingRecordType | null;

  @Field(() => ID, { nullable: true, description: "The record it points at (a project), when not an entry." })
  recordId: string | null;

  @Field({ description: "In the request's language." })
  message: string;

  @Field(() => String, { nullable: true, description: "The explanation stored with the submission, when one." })
  explanation: string | null;
}

@ObjectType({
  description: "A period's figure for one indicator (the pairing's own ledger entries dated in the month).",
})
export class PeriodFigure {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => QuantityScalar)
  amount: string;
}

@ObjectType()
export class ReportingBoardCell {
  @Field()
  month: string;

  @Field(() => ReportingPeriodState, { name: "status" })
  state: ReportingPeriodState;

  @Field({ description: "The month has ended (and the pairing ran in it): a report is expected." })
  due: boolean;
}

@ObjectType()
export class ReportingBoardRow {
  @Field(() => Pairing)
  pairing: Pairing;

  @Field(() => [ReportingBoardCell])
  cells: ReportingBoardCell[];

  @Field(() => Int, { description: "Due months not yet submitted (open, returned or reopened)." })
  missing: number;
}

@ObjectType()
export class ReportingBoardMonth {
  @Field()
  month: string;

  @Field(() => Int)
  due: number;

  @Field(() => Int, { description: "Submitted, awaiting approval." })
  submitted: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int, { description: "Due and not submitted." })
  missing: number;
}

@ObjectType({ description: "报送情况: who has and hasn't submitted, per pairing and month of a year." })
export class ReportingBoard {
  @Field(() => Int)
  year: number;

  @Field(() => [String])
  months: string[];

  @Field(() => [ReportingBoardRow])
  rows: ReportingBoardRow[];

  @Field(() => [ReportingBoardMonth])
  totals: ReportingBoardMonth[];
}

@Resolver(() => ReportingPeriod)
export class ReportingPeriodResolver {
  @Authorized(...PERIOD_READERS)
  @Query(() => ReportingPeriod, { description: "One pairing's month (OPEN when nobody has acted on it)." })
  reportingPeriod(
    @Ctx() ctx: RequestContext,
    @Arg("pairingId", () => ID) pairingId: string,
    @Arg("month") month: string,
  ) {
    return getReportingPeriod(ctx, pairingId, month);
  }

  @Authorized(...PERIOD_READERS)
  @Query(() => ReportingBoard)
  reportingBoard(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number): Promise<ReportingBoard> {
    return reportingBoardWithTotals(ctx, year);
  }

  @Authorized(...PERIOD_STEPS.roles(ReportingAction.SUBMIT))
  @Mutation(() => ReportingPeriodResult, {
    description: "报送: the county official submits its county's month, explaining every data-quality finding.",
  })
  submitReportingPeriod(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SubmitReportingPeriodInput) input: SubmitReportingPeriodInput,
  ) {
    return resultOrRollback(inTransaction(ctx, (tx) => takePeriodStep(tx, ReportingAction.SUBMIT, input)));
  }

  @Authorized(...PERIOD_STEPS.roles(ReportingAction.APPROVE))
  @Mutation(() => ReportingPeriodResult, {
    description: "审核通过: locks the month (no ledger entry may be dated in it).",
  })
  approveReportingPeriod(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => DecideReportingPeriodInput) input: DecideReportingPeriodInput,
  ) {
    return resultOrRollback(inTransaction(ctx, (tx) => takePeriodStep(tx, ReportingAction.APPROVE, input)));
  }

  @Authorized(...PERIOD_STEPS.roles(ReportingAction.RETURN))
  @Mutation(() => ReportingPeriodResult, { description: "退回 with a reason." })
  returnReportingPeriod(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => DecideReportingPeriodInput) input: DecideReportingPeriodInput,
  ) {
    return resultOrRollback(inTransaction(ctx, (tx) => takePeriodStep(tx, ReportingAction.RETURN, input)));
  }

  @Authorized(...PERIOD_STEPS.roles(ReportingAction.UNLOCK))
  @Mutation(() => ReportingPeriodResult, { description: "解锁 an approved month with a reason (audited)." })
  unlockReportingPeriod(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => DecideReportingPeriodInput) input: DecideReportingPeriodInput,
  ) {
    return resultOrRollback(inTransaction(ctx, (tx) => takePeriodStep(tx, ReportingAction.UNLOCK, input)));
  }

  @FieldResolver(() => Pairing)
  pairing(@Root() p: ReportingPeriod, @Ctx() ctx: RequestContext) {
    return getPairing(ctx, p.pairingId);
  }

  @FieldResolver(() => [ReportingAction], { description: "The steps the caller may take now." })
  allowedActions(@Root() p: ReportingPeriod, @Ctx() ctx: RequestContext) {
    return PERIOD_STEPS.allowed(ctx, p.state);
  }

  @FieldResolver(() => User, { nullable: true })
  submittedBy(@Root() p: ReportingPeriod, @Ctx() ctx: RequestContext) {
    return p.submittedById ? loader(ctx, userById).load(p.submittedById) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who approved, returned or unlocked it last." })
  decidedBy(@Root() p: ReportingPeriod, @Ctx() ctx: RequestContext) {
    return p.decidedById ? loader(ctx, userById).load(p.decidedById) : null;
  }

  @FieldResolver(() => [PeriodFigure])
  async figures(@Root() p: ReportingPeriod, @Ctx() ctx: RequestContext): Promise<PeriodFigure[]> {
    return (await periodFigures(ctx, p)).map((f) => ({
      indicator: f.indicator,
      unit: INDICATOR_UNIT[f.indicator],
      amount: shownAmount(f.indicator, f.amount),
    }));
  }

  @FieldResolver(() => [DataQualityFinding], {
    description: "The data-quality findings as the figures stand now, with the explanations of the last submission.",
  })
  async findings(@Root() p: ReportingPeriod, @Ctx() ctx: RequestContext): Promise<DataQualityFinding[]> {
    const explained = new Map((p.explanations ?? []).map((e: FindingExplanation) => [e.key, e.text]));
    return (await periodFindings(ctx, p)).map((f) => ({
      key: f.key,
      rule: f.rule,
      severity: f.severity,
      indicator: f.indicator,
      entryId: f.entryId,
      recordType: f.record?.type ?? null,
      recordId: f.record?.id ?? null,
      message: f.message.in(ctx.locale ?? DEFAULT_LOCALE),
      explanation: explained.get(f.key) ?? null,
    }));
  }

  @FieldResolver(() => [ReportingPeriodStep], { description: "Every step taken, oldest first." })
  history(@Root() p: ReportingPeriod, @Ctx() ctx: RequestContext) {
    return periodSteps(ctx, p);
  }
}

@Resolver(() => ReportingPeriodStep)
export class ReportingPeriodStepResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() s: ReportingPeriodStep, @Ctx() ctx: RequestContext) {
    return s.actorId ? loader(ctx, userById).load(s.actorId) : null;
  }
}
