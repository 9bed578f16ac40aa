import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { TrainingSession } from "./training.entity";
import { RecordTrainingInput, TrainingFilter } from "./training.inputs";
import { attendeeIdsByTraining } from "./training.loaders";
import { listTrainings, recordTraining } from "./training.service";
import { Worker } from "./worker.entity";
import { visibleWorkerById } from "./worker.loaders";

export const TrainingSessionConnection = Connection("TrainingSession", TrainingSession);

@Resolver(() => TrainingSession)
export class TrainingResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Query(() => TrainingSessionConnection, {
    description: "培训: a county official's county's; a coordinator's paired counties'. Latest first.",
  })
  async trainingSessions(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => TrainingFilter, { nullable: true }) filter?: TrainingFilter,
  ) {
    return TrainingSessionConnection.from(await listTrainings(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => TrainingSession, {
    description: "Records a held session; credits PEOPLE_TRAINED to the pairing of (partner, county).",
  })
  recordTraining(@Ctx() ctx: RequestContext, @Arg("input", () => RecordTrainingInput) input: RecordTrainingInput) {
    return inTransaction(ctx, (tx) => recordTraining(tx, input));
  }

  @FieldResolver(() => Region)
  county(@Root() t: TrainingSession, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(t.countyId);
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() t: TrainingSession, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(t.eastRegionId);
  }

  @FieldResolver(() => [Worker], { description: "Registered attendees the caller may see." })
  async attendees(@Root() t: TrainingSession, @Ctx() ctx: RequestContext) {
    const ids = await loader(ctx, attendeeIdsByTraining).load(t.id);
    const rows = await loader(ctx, visibleWorkerById).loadMany(ids);
    return rows.filter((w): w is Worker => !!w && !(w instanceof Error));
  }

  @FieldResolver(() => Int, { description: "Person-times counted: registered attendees + headcount." })
  async peopleTrained(@Root() t: TrainingSession, @Ctx() ctx: RequestContext) {
    return (await loader(ctx, attendeeIdsByTraining).load(t.id)).length + t.headcount;
  }
}
