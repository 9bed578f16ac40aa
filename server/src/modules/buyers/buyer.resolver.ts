import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Buyer } from "./buyer.entity";
import { BuyerFilter, CreateBuyerInput } from "./buyer.inputs";
import { findInScope } from "../../shared/scoped";
import { buyerReadScope, createBuyer, listBuyers } from "./buyer.service";
import { msg } from "../../shared/messages";

export const BuyerConnection = Connection("Buyer", Buyer);

@Resolver(() => Buyer)
export class BuyerResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.BUYER)
  @Query(() => BuyerConnection, { description: "Coordinators: their region's buyers; a buyer: itself." })
  async buyers(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => BuyerFilter, { nullable: true }) filter?: BuyerFilter,
  ) {
    return BuyerConnection.from(await listBuyers(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.BUYER)
  @Query(() => Buyer, {
    description:
      "NOT_FOUND when outside the caller's scope. County officials: the buyers of their county's sub-orders.",
  })
  buyer(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return findInScope(ctx, Buyer, "b", buyerReadScope(ctx), id, msg("采购单位", "Buyer"));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Buyer)
  createBuyer(@Ctx() ctx: RequestContext, @Arg("input", () => CreateBuyerInput) input: CreateBuyerInput) {
    return inTransaction(ctx, (tx) => createBuyer(tx, input));
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() b: Buyer, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(b.eastRegionId);
  }
}
