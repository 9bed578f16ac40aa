import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Region } from "./region.entity";
import { RegionFilter, RegionOrder } from "./region.inputs";
import { regionById, regionChildren } from "./region.loaders";
import { getRegion, listRegions } from "./region.service";

export const RegionConnection = Connection("Region", Region);

@Resolver(() => Region)
export class RegionResolver {
  @Authorized()
  @Query(() => RegionConnection, { description: "Administrative divisions (public reference data)." })
  async regions(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => RegionFilter, { nullable: true }) filter?: RegionFilter,
    @Arg("orderBy", () => RegionOrder, { nullable: true }) orderBy?: RegionOrder,
  ) {
    return RegionConnection.from(await listRegions(ctx, filter, orderBy, decodeCursor(page.after), page.first));
  }

  @Authorized()
  @Query(() => Region)
  region(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getRegion(ctx, id);
  }

  @FieldResolver(() => Region, { nullable: true })
  parent(@Root() region: Region, @Ctx() ctx: RequestContext) {
    return region.parentId ? loader(ctx, regionById).load(region.parentId) : null;
  }

  @FieldResolver(() => [Region])
  children(@Root() region: Region, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionChildren).load(region.id);
  }
}
