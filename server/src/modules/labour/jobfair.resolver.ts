import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Enterprise } from "../enterprises/enterprise.entity";
import { visibleEnterpriseById } from "../enterprises/enterprise.reach";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { JobFair } from "./jobfair.entity";
import { JobFairFilter, RecordJobFairInput } from "./jobfair.inputs";
import { employerIdsByFair } from "./jobfair.loaders";
import { listJobFairs, recordJobFair } from "./jobfair.service";

export const JobFairConnection = Connection("JobFair", JobFair);

@Resolver(() => JobFair)
export class JobFairResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE)
  @Query(() => JobFairConnection, {
    description: "专场招聘: by county scope; an employer the fairs it attended. Latest first.",
  })
  async jobFairs(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => JobFairFilter, { nullable: true }) filter?: JobFairFilter,
  ) {
    return JobFairConnection.from(await listJobFairs(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => JobFair, { description: "Records a held job fair with its employers, attendance and offers." })
  recordJobFair(@Ctx() ctx: RequestContext, @Arg("input", () => RecordJobFairInput) input: RecordJobFairInput) {
    return inTransaction(ctx, (tx) => recordJobFair(tx, input));
  }

  @FieldResolver(() => Region)
  county(@Root() f: JobFair, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(f.countyId);
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() f: JobFair, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(f.eastRegionId);
  }

  @FieldResolver(() => [Enterprise], { description: "Enterprises that attended, those the caller may read." })
  async employers(@Root() f: JobFair, @Ctx() ctx: RequestContext) {
    const ids = await loader(ctx, employerIdsByFair).load(f.id);
    const rows = await loader(ctx, visibleEnterpriseById).loadMany(ids);
    return rows.filter((e): e is Enterprise => !!e && !(e instanceof Error));
  }
}
