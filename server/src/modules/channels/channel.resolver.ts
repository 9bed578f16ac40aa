import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Supplier } from "../suppliers/supplier.entity";
import { visibleSupplierById } from "../suppliers/supplier.service";
import { CreateFairInput, CreateSalesCentreInput, UpdateFairInput, UpdateSalesCentreInput } from "./channel.inputs";
import { supplierIdsByFair } from "./channel.loaders";
import {
  createFair,
  createSalesCentre,
  deleteFair,
  listFairs,
  listSalesCentres,
  updateFair,
  updateSalesCentre,
} from "./channel.service";
import { Fair } from "./fair.entity";
import { SalesCentre } from "./sales-centre.entity";

@Resolver(() => Fair)
export class FairResolver {
  @Authorized()
  @Query(() => [Fair], {
    description: "展销大集, optionally those overlapping a year, or held by an east region (its subtree).",
  })
  fairs(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int, { nullable: true }) year?: number,
    @Arg("regionId", () => ID, { nullable: true }) regionId?: string,
  ) {
    return listFairs(ctx, year, regionId);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => Fair)
  createFair(@Ctx() ctx: RequestContext, @Arg("input", () => CreateFairInput) input: CreateFairInput) {
    return inTransaction(ctx, (tx) => createFair(tx, input));
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => Fair, {
    description: "Dates must still hold the sales recorded at the fair; a supplier that sold there stays listed.",
  })
  updateFair(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateFairInput) input: UpdateFairInput) {
    return inTransaction(ctx, (tx) => updateFair(tx, input));
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ID, { description: "Only a fair without sales (else CONFLICT); returns the id." })
  deleteFair(@Ctx() ctx: RequestContext, @Arg("fairId", () => ID) fairId: string) {
    return inTransaction(ctx, (tx) => deleteFair(tx, fairId));
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() f: Fair, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(f.eastRegionId);
  }

  @FieldResolver(() => [Supplier], { description: "参展供应商: a fair sale is only from these." })
  async suppliers(@Root() f: Fair, @Ctx() ctx: RequestContext) {
    const ids = await loader(ctx, supplierIdsByFair).load(f.id);
    return (await loader(ctx, visibleSupplierById).loadMany(ids)).filter(
      (s): s is Supplier => s != null && !(s instanceof Error),
    );
  }
}

@Resolver(() => SalesCentre)
export class SalesCentreResolver {
  @Authorized()
  @Query(() => [SalesCentre], {
    description: '展销中心 (the "1"); open ones unless includeClosed; optionally of an east region (its subtree).',
  })
  salesCentres(
    @Ctx() ctx: RequestContext,
    @Arg("includeClosed", { defaultValue: false }) includeClosed: boolean,
    @Arg("regionId", () => ID, { nullable: true }) regionId?: string,
  ) {
    return listSalesCentres(ctx, !includeClosed, regionId);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => SalesCentre)
  createSalesCentre(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateSalesCentreInput) input: CreateSalesCentreInput,
  ) {
    return inTransaction(ctx, (tx) => createSalesCentre(tx, input));
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => SalesCentre, { description: "Another region's centre: NOT_FOUND." })
  updateSalesCentre(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateSalesCentreInput) input: UpdateSalesCentreInput,
  ) {
    return inTransaction(ctx, (tx) => updateSalesCentre(tx, input));
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() c: SalesCentre, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(c.eastRegionId);
  }
}
