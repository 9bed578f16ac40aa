import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { MoneyScalar } from "../../shared/scalars";
import { Enterprise } from "../enterprises/enterprise.entity";
import { visibleEnterpriseById } from "../enterprises/enterprise.reach";
import { Pairing } from "../pairings/pairing.entity";
import { visiblePairingById } from "../pairings/pairing.loaders";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { fundsInPlaceSeries, pipelineBoard } from "./board.service";
import {
  eventsByProject,
  leadById,
  outcomesByProject,
  present,
  tranchesByProject,
  visibleVisitById,
  visitLinksByProject,
} from "./investment.loaders";
import { InvestmentLead } from "./lead.entity";
import { recordOutcome } from "./outcome.service";
import { FundTranche, InvestmentProject, ProjectOutcomeReport, ProjectStageEvent } from "./project.entity";
import {
  CreateProjectInput,
  FundsInPlaceMonth,
  MoveProjectStageInput,
  PipelineBoard,
  ProjectFilter,
  RecordFundTrancheInput,
  RecordOutcomeInput,
  ReverseFundTrancheInput,
} from "./project.inputs";
import { createProject, getProject, listProjects, moveProjectStage, stageNoteIn } from "./project.service";
import { PROJECT_STEPS, ProjectAction, ProjectStage } from "./stage";
import { InvalidStateError, resultUnion } from "../../shared/outcomes";
import { recordFundTranche, reverseFundTranche } from "./tranche.service";
import { SiteVisit } from "./visit.entity";
import { User } from "../users/user.entity";
import { userById } from "../users/user.loaders";

export const InvestmentProjectConnection = Connection("InvestmentProject", InvestmentProject);
export const ProjectStageResult = resultUnion(
  "ProjectStageResult",
  InvestmentProject,
  [InvalidStateError],
  "The project as moved, or why the move is not allowed from its stage.",
);
const ALL = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE];
/** Who records money and results: the east office and the receiving county, not the enterprise itself. */
const RECORDERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

@Resolver(() => InvestmentProject)
export class InvestmentProjectResolver {
  @Authorized(...ALL)
  @Query(() => InvestmentProjectConnection, {
    description:
      "Projects in scope: an enterprise its own, a coordinator its region's enterprises', a county official its county's.",
  })
  async investmentProjects(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
  ) {
    return InvestmentProjectConnection.from(await listProjects(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...ALL)
  @Query(() => InvestmentProject, { description: "NOT_FOUND when outside the caller's scope." })
  investmentProject(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getProject(ctx, id);
  }

  @Authorized(...RECORDERS)
  @Query(() => PipelineBoard, {
    description: "招商引资看板: per stage, projects and amounts (planned, contracted, in place) in scope.",
  })
  pipelineBoard(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    return pipelineBoard(ctx, year);
  }

  @Authorized(...RECORDERS)
  @Query(() => [FundsInPlaceMonth], { description: "到位资金 per month of the year in scope, for a chart." })
  fundsInPlaceSeries(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    return fundsInPlaceSeries(ctx, year);
  }

  @Authorized(...ALL)
  @Mutation(() => InvestmentProject, {
    description: "立项: a project from a lead for one west county (county officials: their own county only).",
  })
  createInvestmentProject(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateProjectInput) input: CreateProjectInput,
  ) {
    return inTransaction(ctx, (tx) => createProject(tx, input));
  }

  @Authorized(...PROJECT_STEPS.anyRoles())
  @Mutation(() => ProjectStageResult, {
    description:
      "One step along the pipeline, by the project's enterprise, a coordinator in scope or the county's official. A move the table does not allow from the project's stage: InvalidStateError, nothing written.",
  })
  moveProjectStage(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => MoveProjectStageInput) input: MoveProjectStageInput,
  ) {
    return inTransaction(ctx, (tx) => moveProjectStage(tx, input));
  }

  @Authorized(...RECORDERS)
  @Mutation(() => FundTranche, {
    description: "到位资金: a dated tranche with its reference, once the project is signed.",
  })
  recordFundTranche(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordFundTrancheInput) input: RecordFundTrancheInput,
  ) {
    return inTransaction(ctx, (tx) => recordFundTranche(tx, input));
  }

  @Authorized(...RECORDERS)
  @Mutation(() => FundTranche, {
    description: "冲正: reverses a tranche once, with a reason; returns the correcting entry.",
  })
  reverseFundTranche(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ReverseFundTrancheInput) input: ReverseFundTrancheInput,
  ) {
    return inTransaction(ctx, (tx) => reverseFundTranche(tx, input));
  }

  @Authorized(...RECORDERS)
  @Mutation(() => ProjectOutcomeReport, { description: "项目成效: a dated outcome report (history is kept)." })
  recordProjectOutcome(@Ctx() ctx: RequestContext, @Arg("input", () => RecordOutcomeInput) input: RecordOutcomeInput) {
    return inTransaction(ctx, (tx) => recordOutcome(tx, input));
  }

  @FieldResolver(() => InvestmentLead)
  lead(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, leadById).load(p.leadId);
  }

  @FieldResolver(() => Enterprise)
  enterprise(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleEnterpriseById).load(p.enterpriseId);
  }

  @FieldResolver(() => Region)
  county(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(p.countyId);
  }

  @FieldResolver(() => Pairing, {
    nullable: true,
    description: "The pairing it counts for, when the caller may see it.",
  })
  pairing(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return p.pairingId ? loader(ctx, visiblePairingById).load(p.pairingId) : null;
  }

  @FieldResolver(() => [ProjectAction], {
    description: "The moves the caller may make now (the pipeline's table, the stage, the caller's role).",
  })
  allowedActions(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return PROJECT_STEPS.allowed(ctx, p.stage);
  }

  @FieldResolver(() => [ProjectStage], {
    description: "The stages the caller may move it to now: the target of each of allowedActions.",
  })
  allowedNextStages(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return PROJECT_STEPS.allowed(ctx, p.stage).map((a) => PROJECT_STEPS.steps[a].to);
  }

  @FieldResolver(() => [ProjectStageEvent], { description: "Every stage change, oldest first." })
  timeline(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, eventsByProject).load(p.id);
  }

  @FieldResolver(() => [FundTranche], { description: "Tranches and reversals, oldest first." })
  tranches(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, tranchesByProject).load(p.id);
  }

  @FieldResolver(() => MoneyScalar, { description: "到位资金: the sum of tranches net of reversals." })
  async fundsInPlace(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return (await loader(ctx, tranchesByProject).load(p.id)).reduce((sum, t) => sum + t.amount, 0);
  }

  @FieldResolver(() => [ProjectOutcomeReport], { description: "Outcome reports, oldest first." })
  outcomes(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, outcomesByProject).load(p.id);
  }

  @FieldResolver(() => ProjectOutcomeReport, { nullable: true, description: "The latest outcome report." })
  async latestOutcome(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return (await loader(ctx, outcomesByProject).load(p.id)).at(-1) ?? null;
  }

  @FieldResolver(() => [SiteVisit], { description: "Site visits linked to the project, within the caller's scope." })
  async siteVisits(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    const links = await loader(ctx, visitLinksByProject).load(p.id);
    return present(await loader(ctx, visibleVisitById).loadMany(links.map((l) => l.visitId)));
  }
}

@Resolver(() => ProjectStageEvent)
export class ProjectStageEventResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "In the request's language for the system's own notes; as typed otherwise.",
  })
  note(@Root() e: ProjectStageEvent, @Ctx() ctx: RequestContext): string | null {
    return stageNoteIn(e.note, ctx.locale ?? "zh-CN");
  }

  @FieldResolver(() => User, { nullable: true, description: "Who recorded the change (null for the demo loader)." })
  recordedBy(@Root() e: ProjectStageEvent, @Ctx() ctx: RequestContext) {
    return e.recordedById ? loader(ctx, userById).load(e.recordedById) : null;
  }
}

@Resolver(() => FundTranche)
export class FundTrancheResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who recorded the tranche or reversal." })
  recordedBy(@Root() t: FundTranche, @Ctx() ctx: RequestContext) {
    return t.recordedById ? loader(ctx, userById).load(t.recordedById) : null;
  }

  @FieldResolver(() => Boolean, { description: "True when a reversal points at this tranche." })
  async reversed(@Root() t: FundTranche, @Ctx() ctx: RequestContext) {
    return (await loader(ctx, tranchesByProject).load(t.projectId)).some((r) => r.reversesId === t.id);
  }

  @FieldResolver(() => FundTranche, {
    nullable: true,
    description: "Reversals: the tranche reversed (its date is the day the reversal belongs to).",
  })
  async reverses(@Root() t: FundTranche, @Ctx() ctx: RequestContext) {
    if (!t.reversesId) return null;
    return (await loader(ctx, tranchesByProject).load(t.projectId)).find((r) => r.id === t.reversesId) ?? null;
  }
}
