import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Pairing } from "./pairing.entity";
import { CreatePairingInput, EndPairingInput, PairingFilter, PairingOrder } from "./pairing.inputs";
import { pairingChildren, visiblePairingById } from "./pairing.loaders";
import { createPairing, endPairing, getPairing, listPairings, pairingName } from "./pairing.service";

export const PairingConnection = Connection("Pairing", Pairing);

const READERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

@Resolver(() => Pairing)
export class PairingResolver {
  @Authorized(...READERS)
  @Query(() => PairingConnection, { description: "The pairings in the caller's scope." })
  async pairings(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => PairingFilter, { nullable: true }) filter?: PairingFilter,
    @Arg("orderBy", () => PairingOrder, { nullable: true }) orderBy?: PairingOrder,
  ) {
    return PairingConnection.from(await listPairings(ctx, filter, orderBy, decodeCursor(page.after), page.first));
  }

  @Authorized(...READERS)
  @Query(() => Pairing, { description: "NOT_FOUND when outside the caller's scope." })
  pairing(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getPairing(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Pairing, { description: "Pairs two regions. Coordinators: an east region of their own subtree." })
  createPairing(@Ctx() ctx: RequestContext, @Arg("input", () => CreatePairingInput) input: CreatePairingInput) {
    return inTransaction(ctx, (tx) => createPairing(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Pairing, { description: "Ends a pairing and the pairings nested in it, on a date, with a reason." })
  endPairing(@Ctx() ctx: RequestContext, @Arg("input", () => EndPairingInput) input: EndPairingInput) {
    return inTransaction(ctx, (tx) => endPairing(tx, input));
  }

  @FieldResolver(() => String, { description: "e.g. 胶州市—镇宁县" })
  name(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return pairingName(ctx, p);
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(p.eastRegionId);
  }

  @FieldResolver(() => Region)
  westRegion(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(p.westRegionId);
  }

  @FieldResolver(() => Pairing, { nullable: true, description: "The enclosing pairing, when the caller may see it." })
  async parent(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    if (!p.parentId) return null;
    // A Jiaozhou coordinator sees Jiaozhou–Zhenning but not Qingdao–Anshun above it.
    return loader(ctx, visiblePairingById).load(p.parentId);
  }

  @FieldResolver(() => [Pairing])
  children(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loader(ctx, pairingChildren).load(p.id);
  }
}
