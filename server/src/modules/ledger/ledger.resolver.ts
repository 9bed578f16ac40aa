import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { DateScalar, QuantityScalar } from "../../shared/scalars";
import { formatQuantity, INDICATOR_UNIT, IndicatorUnit } from "../agreements/indicator";
import { Pairing } from "../pairings/pairing.entity";
import { visiblePairingById } from "../pairings/pairing.loaders";
import { User } from "../users/user.entity";
import { userById } from "../users/user.loaders";
import { LedgerEntry } from "./ledger.entity";
import { noteIn } from "./ledger.notes";
import { sourceLabelLoader } from "./ledger.sources";
import { DEFAULT_LOCALE } from "../../shared/messages";
import {
  CorrectLedgerEntryInput,
  IndicatorProgress,
  LedgerEntryFilter,
  RecordReportedFigureInput,
} from "./ledger.inputs";
import { correctionsOf, ledgerEntryById } from "./ledger.loaders";
import { correctLedgerEntry, LEDGER_WRITERS, listLedgerEntries, recordReportedFigure } from "./ledger.service";
import { pairingProgress, progressSummary } from "./progress.service";

export const LedgerEntryConnection = Connection("LedgerEntry", LedgerEntry);

const READERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

@Resolver(() => LedgerEntry)
export class LedgerResolver {
  @Authorized(...READERS)
  @Query(() => LedgerEntryConnection, { description: "The entries behind a pairing's figures, newest first." })
  async ledgerEntries(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => LedgerEntryFilter) filter: LedgerEntryFilter,
  ) {
    return LedgerEntryConnection.from(await listLedgerEntries(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...READERS)
  @Query(() => [IndicatorProgress], {
    description: "Progress over all pairings in scope, or those touching a region's subtree, for a year.",
  })
  progressSummary(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("regionId", () => ID, { nullable: true }) regionId?: string,
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description: "The day the projection is made on (default today in China): how the year looked then.",
    })
    asOf?: string | null,
  ) {
    return progressSummary(ctx, year, regionId ?? null, asOf ?? undefined);
  }

  @Authorized(...LEDGER_WRITERS)
  @Mutation(() => LedgerEntry, { description: "录入上报数据: records a delivered amount with its source document." })
  recordReportedFigure(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordReportedFigureInput) input: RecordReportedFigureInput,
  ) {
    return inTransaction(ctx, (tx) => recordReportedFigure(tx, input));
  }

  @Authorized(...LEDGER_WRITERS)
  @Mutation(() => LedgerEntry, { description: "更正: appends an adjustment to a reported entry; the original stays." })
  correctLedgerEntry(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CorrectLedgerEntryInput) input: CorrectLedgerEntryInput,
  ) {
    return inTransaction(ctx, (tx) => correctLedgerEntry(tx, input));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The note in the request's language (X-Locale / Accept-Language, default zh-CN): a system note (订单确认, 劳务协作就业 …) rendered from its key, or the text a person typed.",
  })
  note(@Root() e: LedgerEntry, @Ctx() ctx: RequestContext): string | null {
    return noteIn(e, ctx.locale ?? DEFAULT_LOCALE);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The name of the record behind a module's entry (an order's buyer → supplier, a placement's masked worker → employer, a project, a training, a workshop), read within the viewer's scope; null for a reported figure, a correction, or a record the viewer may not see (show a neutral label).",
  })
  sourceLabel(@Root() e: LedgerEntry, @Ctx() ctx: RequestContext): Promise<string | null> | null {
    if (!e.sourceId) return null;
    return loader(ctx, sourceLabelLoader).load(`${e.source}\u0000${e.sourceId}`);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The key of a system note (LEDGER_NOTES: orderConfirmed, placedInWork …); null for a note a person typed.",
  })
  noteKey(@Root() e: LedgerEntry): string | null {
    return e.noteKey;
  }

  @FieldResolver(() => QuantityScalar)
  amount(@Root() e: LedgerEntry) {
    return formatQuantity(Number(e.amount), INDICATOR_UNIT[e.indicator]);
  }

  @FieldResolver(() => IndicatorUnit)
  unit(@Root() e: LedgerEntry) {
    return INDICATOR_UNIT[e.indicator];
  }

  @FieldResolver(() => Pairing)
  pairing(@Root() e: LedgerEntry, @Ctx() ctx: RequestContext) {
    return loader(ctx, visiblePairingById).load(e.pairingId);
  }

  @FieldResolver(() => LedgerEntry, { nullable: true, description: "The entry this one corrects." })
  corrects(@Root() e: LedgerEntry, @Ctx() ctx: RequestContext) {
    return e.correctsId ? loader(ctx, ledgerEntryById).load(e.correctsId) : null;
  }

  @FieldResolver(() => [LedgerEntry], { description: "Corrections made to this entry, oldest first." })
  corrections(@Root() e: LedgerEntry, @Ctx() ctx: RequestContext) {
    return loader(ctx, correctionsOf).load(e.id);
  }

  @FieldResolver(() => User, { nullable: true })
  recordedBy(@Root() e: LedgerEntry, @Ctx() ctx: RequestContext) {
    return e.recordedById ? loader(ctx, userById).load(e.recordedById) : null;
  }
}

@Resolver(() => Pairing)
export class PairingProgressResolver {
  @FieldResolver(() => [IndicatorProgress], {
    description: "Every indicator's progress for a year, enclosed pairings rolled up.",
  })
  progress(
    @Root() p: Pairing,
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description: "The day the projection is made on (default today in China): how the year looked then.",
    })
    asOf?: string | null,
  ) {
    return pairingProgress(ctx, p.id, year, asOf ?? undefined);
  }
}
