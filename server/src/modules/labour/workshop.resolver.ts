import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Workshop, WorkshopReport } from "./workshop.entity";
import { RegisterWorkshopInput, ReportWorkshopEmploymentInput, WorkshopFilter } from "./workshop.inputs";
import { reportsByWorkshop } from "./workshop.loaders";
import { listWorkshops, registerWorkshop, reportWorkshopEmployment } from "./workshop.service";

export const WorkshopConnection = Connection("Workshop", Workshop);

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Query(() => WorkshopConnection, {
    description: "扶贫车间: a county official's county's; a coordinator's paired counties'.",
  })
  async workshops(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => WorkshopFilter, { nullable: true }) filter?: WorkshopFilter,
  ) {
    return WorkshopConnection.from(await listWorkshops(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => Workshop, { description: "Registers a workshop; WORKSHOPS +1 for the pairing of (partner, county)." })
  registerWorkshop(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RegisterWorkshopInput) input: RegisterWorkshopInput,
  ) {
    return inTransaction(ctx, (tx) => registerWorkshop(tx, input));
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => Workshop, {
    description: "A dated report of the people a workshop employs; earlier reports are kept.",
  })
  reportWorkshopEmployment(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ReportWorkshopEmploymentInput) input: ReportWorkshopEmploymentInput,
  ) {
    return inTransaction(ctx, (tx) => reportWorkshopEmployment(tx, input));
  }

  @FieldResolver(() => Region)
  county(@Root() w: Workshop, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(w.countyId);
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() w: Workshop, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(w.eastRegionId);
  }

  @FieldResolver(() => [WorkshopReport], { description: "Every dated report, newest first." })
  reports(@Root() w: Workshop, @Ctx() ctx: RequestContext) {
    return loader(ctx, reportsByWorkshop).load(w.id);
  }
}
