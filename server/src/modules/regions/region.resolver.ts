import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Region } from "./region.entity";
import { CreateRegionInput, RegionFilter, RegionOrder, UpdateRegionInput } from "./region.inputs";
import { regionById, regionChildren } from "./region.loaders";
import { addRegion, getRegion, listRegions, updateRegion } from "./region.service";

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

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Region, {
    description:
      "Adds a region (GB/T 2260 code checked against its parent, level and side). Coordinators: east regions below their own.",
  })
  createRegion(@Ctx() ctx: RequestContext, @Arg("input", () => CreateRegionInput) input: CreateRegionInput) {
    return inTransaction(ctx, (tx) => addRegion(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Region, { description: "Renames a region. Coordinators: east regions below their own." })
  updateRegion(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateRegionInput) input: UpdateRegionInput,
  ) {
    return inTransaction(ctx, (tx) => updateRegion(tx, id, input));
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
