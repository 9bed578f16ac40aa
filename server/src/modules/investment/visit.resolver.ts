import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Enterprise } from "../enterprises/enterprise.entity";
import { visibleEnterpriseById } from "../enterprises/enterprise.reach";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import {
  present,
  visibleProjectById,
  visitCountiesByVisit,
  visitEnterprisesByVisit,
  visitProjectsByVisit,
} from "./investment.loaders";
import { InvestmentProject } from "./project.entity";
import { SiteVisit } from "./visit.entity";
import { RecordSiteVisitInput, SiteVisitFilter, SiteVisitTotals } from "./visit.inputs";
import { getSiteVisit, listSiteVisits, recordSiteVisit, siteVisitTotals } from "./visit.service";

export const SiteVisitConnection = Connection("SiteVisit", SiteVisit);
const ALL = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE];

@Resolver(() => SiteVisit)
export class SiteVisitResolver {
  @Authorized(...ALL)
  @Query(() => SiteVisitConnection, {
    description:
      "考察对接 in scope: coordinators their region's, officials those to their county, an enterprise those it joined.",
  })
  async siteVisits(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => SiteVisitFilter, { nullable: true }) filter?: SiteVisitFilter,
  ) {
    return SiteVisitConnection.from(await listSiteVisits(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...ALL)
  @Query(() => SiteVisit, { description: "NOT_FOUND when outside the caller's scope." })
  siteVisit(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getSiteVisit(ctx, id);
  }

  @Authorized(...ALL)
  @Query(() => SiteVisitTotals, {
    description: "Batches and enterprises in scope (recorded visits and reported totals).",
  })
  siteVisitTotals(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => SiteVisitFilter, { nullable: true }) filter?: SiteVisitFilter,
  ) {
    return siteVisitTotals(ctx, filter);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => SiteVisit, { description: "考察对接: a coordinator records a delegation's visit." })
  recordSiteVisit(@Ctx() ctx: RequestContext, @Arg("input", () => RecordSiteVisitInput) input: RecordSiteVisitInput) {
    return inTransaction(ctx, (tx) => recordSiteVisit(tx, input));
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() v: SiteVisit, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(v.eastRegionId);
  }

  @FieldResolver(() => [Enterprise], { description: "Enterprises listed as taking part, those the caller may read." })
  async enterprises(@Root() v: SiteVisit, @Ctx() ctx: RequestContext) {
    const links = await loader(ctx, visitEnterprisesByVisit).load(v.id);
    return present(await loader(ctx, visibleEnterpriseById).loadMany(links.map((l) => l.enterpriseId)));
  }

  @FieldResolver(() => [Region], { description: "Counties visited." })
  async counties(@Root() v: SiteVisit, @Ctx() ctx: RequestContext) {
    const links = await loader(ctx, visitCountiesByVisit).load(v.id);
    return present(await loader(ctx, regionById).loadMany(links.map((l) => l.countyId)));
  }

  @FieldResolver(() => [InvestmentProject], { description: "Projects linked to the visit, within the caller's scope." })
  async projects(@Root() v: SiteVisit, @Ctx() ctx: RequestContext) {
    const links = await loader(ctx, visitProjectsByVisit).load(v.id);
    return present(await loader(ctx, visibleProjectById).loadMany(links.map((l) => l.projectId)));
  }
}
