import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { MoneyScalar } from "../../shared/scalars";
import { Pairing } from "../pairings/pairing.entity";
import { visiblePairingById } from "../pairings/pairing.loaders";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { FiscalProgressReport, FiscalProject, FiscalProjectStatus, FiscalTransaction } from "./fiscal.entity";
import { percentOf } from "./fiscal.figures";
import { fiscalAidBoard } from "./fiscal.board";
import {
  CreateFiscalProjectInput,
  FiscalAction,
  FiscalAidBoard,
  FiscalProjectFilter,
  RecordFiscalTransactionInput,
  ReportFiscalProgressInput,
  ReverseFiscalTransactionInput,
} from "./fiscal.inputs";
import { progressByProject, totalsByProject, transactionsByProject } from "./fiscal.loaders";
import {
  allowedFiscalActions,
  createFiscalProject,
  getFiscalProject,
  listFiscalProjects,
  recordFiscalTransaction,
  reportFiscalProgress,
  reverseFiscalTransaction,
} from "./fiscal.service";

export const FiscalProjectConnection = Connection("FiscalProject", FiscalProject);
/** Fiscal aid is the east office's and the receiving counties' business, not buyers' or enterprises'. */
const READERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

@Resolver(() => FiscalProject)
export class FiscalProjectResolver {
  @Authorized(...READERS)
  @Query(() => FiscalProjectConnection, {
    description: "财政援助项目 in scope: a coordinator its pairings', a county official its county's.",
  })
  async fiscalProjects(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => FiscalProjectFilter, { nullable: true }) filter?: FiscalProjectFilter,
  ) {
    return FiscalProjectConnection.from(await listFiscalProjects(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...READERS)
  @Query(() => FiscalProject, { description: "NOT_FOUND when outside the caller's scope." })
  fiscalProject(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getFiscalProject(ctx, id);
  }

  @Authorized(...READERS)
  @Query(() => FiscalAidBoard, { description: "财政援助看板 of one year in scope." })
  fiscalAidBoard(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    return fiscalAidBoard(ctx, year);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => FiscalProject, { description: "立项: coordinators (pairings in scope) and admins." })
  createFiscalProject(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateFiscalProjectInput) input: CreateFiscalProjectInput,
  ) {
    return inTransaction(ctx, (tx) => createFiscalProject(tx, input));
  }

  @Authorized(...READERS)
  @Mutation(() => FiscalTransaction, {
    description:
      "下达/拨付/支出: ALLOCATED by the east office (FISCAL_AID +amount); DISBURSED and SPENT also by the county. Cumulative disbursed ≤ allocated, spent ≤ disbursed.",
  })
  recordFiscalTransaction(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordFiscalTransactionInput) input: RecordFiscalTransactionInput,
  ) {
    return inTransaction(ctx, (tx) => recordFiscalTransaction(tx, input));
  }

  @Authorized(...READERS)
  @Mutation(() => FiscalTransaction, {
    description: "冲正: reverses a transaction once, with a reason; returns the reversal.",
  })
  reverseFiscalTransaction(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ReverseFiscalTransactionInput) input: ReverseFiscalTransactionInput,
  ) {
    return inTransaction(ctx, (tx) => reverseFiscalTransaction(tx, input));
  }

  @Authorized(...READERS)
  @Mutation(() => FiscalProgressReport, { description: "工程进度: a dated % complete (history kept)." })
  reportFiscalProgress(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ReportFiscalProgressInput) input: ReportFiscalProgressInput,
  ) {
    return inTransaction(ctx, (tx) => reportFiscalProgress(tx, input));
  }

  @FieldResolver(() => Pairing)
  pairing(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, visiblePairingById).load(p.pairingId);
  }

  @FieldResolver(() => Region)
  county(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(p.countyId);
  }

  @FieldResolver(() => [FiscalTransaction], { description: "Every transaction and reversal, oldest first." })
  transactions(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, transactionsByProject).load(p.id);
  }

  @FieldResolver(() => [FiscalProgressReport], { description: "Works progress reports, newest first." })
  progressReports(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    return loader(ctx, progressByProject).load(p.id);
  }

  @FieldResolver(() => MoneyScalar, { description: "下达, net of reversals." })
  async allocated(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    return (await loader(ctx, totalsByProject).load(p.id)).allocated;
  }

  @FieldResolver(() => MoneyScalar, { description: "拨付, net of reversals." })
  async disbursed(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    return (await loader(ctx, totalsByProject).load(p.id)).disbursed;
  }

  @FieldResolver(() => MoneyScalar, { description: "支出, net of reversals." })
  async spent(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    return (await loader(ctx, totalsByProject).load(p.id)).spent;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '资金使用率 = spent ÷ allocated in %, two decimals truncated ("74.14"); null before any allocation.',
  })
  async useRate(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    const t = await loader(ctx, totalsByProject).load(p.id);
    return percentOf(t.spent, t.allocated);
  }

  @FieldResolver(() => Int, { nullable: true, description: "The latest works report's % complete." })
  async worksPercent(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    return (await loader(ctx, progressByProject).load(p.id))[0]?.percent ?? null;
  }

  @FieldResolver(() => FiscalProjectStatus, {
    description: "COMPLETED at 100% works; else PLANNED while nothing is allocated; else IN_PROGRESS.",
  })
  async status(@Root() p: FiscalProject, @Ctx() ctx: RequestContext) {
    const [t, reports] = await Promise.all([
      loader(ctx, totalsByProject).load(p.id),
      loader(ctx, progressByProject).load(p.id),
    ]);
    if (reports[0]?.percent === 100) return FiscalProjectStatus.COMPLETED;
    return t.allocated > 0 ? FiscalProjectStatus.IN_PROGRESS : FiscalProjectStatus.PLANNED;
  }

  @FieldResolver(() => [FiscalAction], { description: "What the caller may record on this project." })
  allowedActions(@Ctx() ctx: RequestContext) {
    return allowedFiscalActions(ctx);
  }
}

/**
 * A transaction is read through its project, and a reversal is always on its original's project: both
 * links come from the project's transactions (loaded once for the drawer), so whoever sees the one sees
 * the other, and no row costs a query of its own.
 */
@Resolver(() => FiscalTransaction)
export class FiscalTransactionResolver {
  @FieldResolver(() => Boolean, { description: "Whether a reversal of this transaction exists." })
  async reversed(@Root() t: FiscalTransaction, @Ctx() ctx: RequestContext) {
    if (t.reversesId) return false;
    return (await loader(ctx, transactionsByProject).load(t.projectId)).some((r) => r.reversesId === t.id);
  }

  @FieldResolver(() => FiscalTransaction, {
    nullable: true,
    description: "Reversals: the transaction reversed (its date is the day the reversal belongs to).",
  })
  async reverses(@Root() t: FiscalTransaction, @Ctx() ctx: RequestContext) {
    if (!t.reversesId) return null;
    return (await loader(ctx, transactionsByProject).load(t.projectId)).find((r) => r.id === t.reversesId) ?? null;
  }
}

export const FISCAL_RESOLVERS = [FiscalProjectResolver, FiscalTransactionResolver] as const;
