import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Worker, WorkerIdentity } from "./worker.entity";
import { PutForwardWorkerInput, RecordWorkerConsentInput, WorkerFilter } from "./worker.inputs";
import { getWorker, listWorkers, putForwardWorker, recordWorkerConsent, revealWorkerIdentity } from "./worker.service";

export const WorkerConnection = Connection("Worker", Worker);

/**
 * Workers (劳动力). Lists and single reads carry masked ID and phone numbers only; the full
 * numbers come from `revealWorkerIdentity`, a mutation because every read of them is audited.
 * Out of scope (another county's official; an employer and a worker without consent): NOT_FOUND.
 */
@Resolver(() => Worker)
export class WorkerResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE)
  @Query(() => WorkerConnection, {
    description:
      "County official: its county's; coordinator: its paired counties'; employer: those whose consent stands. Newest first.",
  })
  async workers(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => WorkerFilter, { nullable: true }) filter?: WorkerFilter,
  ) {
    return WorkerConnection.from(await listWorkers(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE)
  @Query(() => Worker, { description: "NOT_FOUND when outside the caller's scope." })
  worker(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getWorker(ctx, id);
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.ADMIN)
  @Mutation(() => Worker, { description: "推荐劳动力: a county official puts forward a worker of its county." })
  putForwardWorker(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PutForwardWorkerInput) input: PutForwardWorkerInput,
  ) {
    return inTransaction(ctx, (tx) => putForwardWorker(tx, input));
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.ADMIN)
  @Mutation(() => Worker, {
    description: "Records the worker's consent to share their data, or its withdrawal, with the date.",
  })
  recordWorkerConsent(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordWorkerConsentInput) input: RecordWorkerConsentInput,
  ) {
    return inTransaction(ctx, (tx) => recordWorkerConsent(tx, input));
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => WorkerIdentity, {
    description: "The full ID and phone numbers: the worker's county and coordinators paired with it. Audited.",
  })
  revealWorkerIdentity(@Ctx() ctx: RequestContext, @Arg("workerId", () => ID) workerId: string) {
    return inTransaction(ctx, (tx) => revealWorkerIdentity(tx, workerId));
  }

  @FieldResolver(() => Boolean, { description: "Consent to share data stands (given, not withdrawn)." })
  consented(@Root() w: Worker) {
    return w.consented;
  }

  @FieldResolver(() => Region)
  county(@Root() w: Worker, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(w.countyId);
  }
}
