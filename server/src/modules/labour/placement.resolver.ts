import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Enterprise } from "../enterprises/enterprise.entity";
import { visibleEnterpriseById } from "../enterprises/enterprise.reach";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { CountyRetention, Placement, PlacementStage } from "./placement.entity";
import { ChangePlacementInput, PlacementFilter, PlaceWorkerInput } from "./placement.inputs";
import { stagesByPlacement } from "./placement.loaders";
import { PLACEMENT_STEPS, PLACEMENT_WRITERS, PlacementAction } from "./placement.steps";
import { InvalidStateError, PostingFullError, resultOrRollback, resultUnion } from "../../shared/outcomes";
import {
  labourRetention,
  listPlacements,
  placementActions,
  placeWorker,
  recordEmployment,
  recordLeft,
  recordStable,
  stableFrom,
} from "./placement.service";
import { DateScalar } from "../../shared/scalars";
import { JobPosting } from "./posting.entity";
import { visiblePostingById } from "./posting.service";
import { Worker } from "./worker.entity";
import { visibleWorkerById } from "./worker.loaders";

export const PlacementConnection = Connection("Placement", Placement);
export const PlacementResult = resultUnion(
  "PlacementResult",
  Placement,
  [InvalidStateError, PostingFullError],
  "The placement as it now is, or why the step was not taken (nothing written).",
);

/**
 * Placements (劳务输转): PLACED → EMPLOYED → STABLE, or → LEFT from any of them (PLACEMENT_STEPS).
 * A step the table does not allow from the placement's status: InvalidStateError; no place left on
 * the posting: PostingFullError; nothing written. A date out of order or STABLE before six months:
 * BAD_USER_INPUT; the worker already placed: CONFLICT; out of scope: NOT_FOUND.
 */
@Resolver(() => Placement)
export class PlacementResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE)
  @Query(() => PlacementConnection, {
    description:
      "County: its workers'; coordinator: its paired counties'; employer: its postings' (workers with consent).",
  })
  async placements(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => PlacementFilter, { nullable: true }) filter?: PlacementFilter,
  ) {
    return PlacementConnection.from(await listPlacements(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Query(() => [CountyRetention], {
    description: "稳岗率: placements of the year per county in scope, with six-month retention.",
  })
  labourRetention(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    return labourRetention(ctx, year);
  }

  @Authorized(...PLACEMENT_WRITERS)
  @Mutation(() => PlacementResult, {
    description: "推荐上岗: takes one place on the posting (PostingFullError when none is left).",
  })
  placeWorker(@Ctx() ctx: RequestContext, @Arg("input", () => PlaceWorkerInput) input: PlaceWorkerInput) {
    return resultOrRollback(inTransaction(ctx, (tx) => placeWorker(tx, input)));
  }

  @Authorized(...PLACEMENT_STEPS.roles(PlacementAction.EMPLOY))
  @Mutation(() => PlacementResult, {
    description: "PLACED → EMPLOYED on the start date `on`; counts in LABOURERS_PLACED (never reversed).",
  })
  recordEmployment(@Ctx() ctx: RequestContext, @Arg("input", () => ChangePlacementInput) input: ChangePlacementInput) {
    return inTransaction(ctx, (tx) => recordEmployment(tx, input));
  }

  @Authorized(...PLACEMENT_STEPS.roles(PlacementAction.STABILISE))
  @Mutation(() => PlacementResult, { description: "EMPLOYED → STABLE, only six months or more after the start date." })
  recordStable(@Ctx() ctx: RequestContext, @Arg("input", () => ChangePlacementInput) input: ChangePlacementInput) {
    return inTransaction(ctx, (tx) => recordStable(tx, input));
  }

  @Authorized(...PLACEMENT_STEPS.roles(PlacementAction.LEAVE))
  @Mutation(() => PlacementResult, { description: "→ LEFT with a reason and date; frees the place on the posting." })
  recordLeft(@Ctx() ctx: RequestContext, @Arg("input", () => ChangePlacementInput) input: ChangePlacementInput) {
    return inTransaction(ctx, (tx) => recordLeft(tx, input));
  }

  @FieldResolver(() => [PlacementAction], {
    description:
      "The steps the caller may take now (the table in placement.steps.ts, the status, the caller's role; STABILISE from `stableFrom` on).",
  })
  allowedActions(@Root() p: Placement, @Ctx() ctx: RequestContext) {
    return placementActions(ctx, p);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      "稳岗: the first day the placement may be found stable, six months after `employedOn`; null before it is employed.",
  })
  stableFrom(@Root() p: Placement) {
    return stableFrom(p.employedOn);
  }

  @FieldResolver(() => Worker)
  worker(@Root() p: Placement, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleWorkerById).load(p.workerId);
  }

  @FieldResolver(() => JobPosting)
  posting(@Root() p: Placement, @Ctx() ctx: RequestContext) {
    return loader(ctx, visiblePostingById).load(p.postingId);
  }

  @FieldResolver(() => Enterprise)
  enterprise(@Root() p: Placement, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleEnterpriseById).load(p.enterpriseId);
  }

  @FieldResolver(() => Region)
  county(@Root() p: Placement, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(p.countyId);
  }

  @FieldResolver(() => [PlacementStage], { description: "Every stage with its date, oldest first." })
  stages(@Root() p: Placement, @Ctx() ctx: RequestContext) {
    return loader(ctx, stagesByPlacement).load(p.id);
  }
}
