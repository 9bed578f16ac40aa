import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { findInScope } from "../../shared/scoped";
import { enterpriseReadScope } from "./enterprise.reach";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Enterprise } from "./enterprise.entity";
import { CreateEnterpriseInput, EnterpriseFilter, UpdateEnterpriseInput } from "./enterprise.inputs";
import { contactPhoneFor, createEnterprise, listEnterprises, updateEnterprise } from "./enterprise.service";
import { msg } from "../../shared/messages";

export const EnterpriseConnection = Connection("Enterprise", Enterprise);

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE)
  @Query(() => EnterpriseConnection, {
    description:
      "Coordinators: enterprises of their region subtree; county officials: those of the east regions paired with their county; an enterprise user: itself.",
  })
  async enterprises(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => EnterpriseFilter, { nullable: true }) filter?: EnterpriseFilter,
  ) {
    return EnterpriseConnection.from(await listEnterprises(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE)
  @Query(() => Enterprise, { description: "NOT_FOUND when outside the caller's scope." })
  enterprise(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    // What the caller may read, not only what it manages: the enterprises named on records it sees.
    return findInScope(ctx, Enterprise, "e", enterpriseReadScope(ctx), id, msg("企业", "Enterprise"));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Enterprise, { description: "企业登记: a coordinator registers an enterprise of its region subtree." })
  createEnterprise(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateEnterpriseInput) input: CreateEnterpriseInput,
  ) {
    return inTransaction(ctx, (tx) => createEnterprise(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.ENTERPRISE)
  @Mutation(() => Enterprise, {
    description:
      "The enterprise itself: name, industry, contacts. Its coordinator: also the credit code and home region (FORBIDDEN for the enterprise). Outside the scope: NOT_FOUND.",
  })
  updateEnterprise(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateEnterpriseInput) input: UpdateEnterpriseInput,
  ) {
    return inTransaction(ctx, (tx) => updateEnterprise(tx, input));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "联系电话: whole for the enterprise's own users, administrators and the coordinators of its home region (who keep its record); masked (138****5678) for everyone else who may read it.",
  })
  contactPhone(@Root() e: Enterprise, @Ctx() ctx: RequestContext) {
    return contactPhoneFor(ctx, e);
  }

  @FieldResolver(() => Region)
  homeRegion(@Root() e: Enterprise, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(e.homeRegionId);
  }
}
