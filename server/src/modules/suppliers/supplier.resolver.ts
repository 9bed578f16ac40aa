import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Supplier } from "./supplier.entity";
import { RecommendSupplierInput, ReviewSupplierInput, SupplierFilter, UpdateSupplierInput } from "./supplier.inputs";
import { findInScope } from "../../shared/scoped";
import {
  listSuppliers,
  supplierReadScope,
  recommendSupplier,
  reviewSupplier,
  updateSupplier,
} from "./supplier.service";
import { msg } from "../../shared/messages";

export const SupplierConnection = Connection("Supplier", Supplier);

@Resolver(() => Supplier)
export class SupplierResolver {
  @Authorized()
  @Query(() => SupplierConnection, { description: "Suppliers in the caller's scope (buyers: approved ones)." })
  async suppliers(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => SupplierFilter, { nullable: true }) filter?: SupplierFilter,
  ) {
    return SupplierConnection.from(await listSuppliers(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized()
  @Query(() => Supplier, { description: "NOT_FOUND when outside the caller's scope." })
  supplier(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return findInScope(ctx, Supplier, "s", supplierReadScope(ctx), id, msg("供应商", "Supplier"));
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.ADMIN)
  @Mutation(() => Supplier, { description: "县级推荐: a county official recommends a supplier of its county." })
  recommendSupplier(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecommendSupplierInput) input: RecommendSupplierInput,
  ) {
    return inTransaction(ctx, (tx) => recommendSupplier(tx, input));
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.ADMIN)
  @Mutation(() => Supplier, { description: "Name and contact of the caller's county's supplier; others: NOT_FOUND." })
  updateSupplier(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateSupplierInput) input: UpdateSupplierInput) {
    return inTransaction(ctx, (tx) => updateSupplier(tx, input));
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => Supplier, { description: "审核: approve or suspend; only an approved supplier sells." })
  reviewSupplier(@Ctx() ctx: RequestContext, @Arg("input", () => ReviewSupplierInput) input: ReviewSupplierInput) {
    return inTransaction(ctx, (tx) => reviewSupplier(tx, input));
  }

  @FieldResolver(() => Region)
  county(@Root() s: Supplier, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(s.countyId);
  }
}
