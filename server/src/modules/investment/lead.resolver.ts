import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Enterprise } from "../enterprises/enterprise.entity";
import { visibleEnterpriseById } from "../enterprises/enterprise.reach";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { interestsByLead, leadCountiesByLead, present, projectsByLead } from "./investment.loaders";
import { InvestmentLead, LeadInterest } from "./lead.entity";
import { CreateLeadInput, ExpressInterestInput, LeadFilter, UpdateLeadInput } from "./lead.inputs";
import {
  createLead,
  expressInterest,
  getLead,
  leadContactPhoneFor,
  listLeads,
  updateLead,
  withdrawInterest,
} from "./lead.service";
import { InvestmentProject } from "./project.entity";

export const InvestmentLeadConnection = Connection("InvestmentLead", InvestmentLead);
const READERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE];

@Resolver(() => InvestmentLead)
export class InvestmentLeadResolver {
  @Authorized(...READERS)
  @Query(() => InvestmentLeadConnection, {
    description:
      "招商线索 in scope: an enterprise its own; coordinators their region's enterprises'; county officials public leads of their partner cities' enterprises and leads naming their county.",
  })
  async investmentLeads(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => LeadFilter, { nullable: true }) filter?: LeadFilter,
  ) {
    return InvestmentLeadConnection.from(await listLeads(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...READERS)
  @Query(() => InvestmentLead, { description: "NOT_FOUND when outside the caller's scope." })
  investmentLead(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getLead(ctx, id);
  }

  @Authorized(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => InvestmentLead, { description: "发布招商线索: an enterprise lists a lead for itself." })
  createInvestmentLead(@Ctx() ctx: RequestContext, @Arg("input", () => CreateLeadInput) input: CreateLeadInput) {
    return inTransaction(ctx, (tx) => createLead(tx, input));
  }

  @Authorized(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => InvestmentLead, {
    description: "Only the lead's own enterprise: another enterprise's lead is NOT_FOUND; other roles FORBIDDEN.",
  })
  updateInvestmentLead(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateLeadInput) input: UpdateLeadInput) {
    return inTransaction(ctx, (tx) => updateLead(tx, input));
  }

  @Authorized(Role.COUNTY_OFFICIAL)
  @Mutation(() => InvestmentLead, {
    description: "表达意向: the official's county is interested in the lead. Idempotent.",
  })
  expressInterest(@Ctx() ctx: RequestContext, @Arg("input", () => ExpressInterestInput) input: ExpressInterestInput) {
    return inTransaction(ctx, (tx) => expressInterest(tx, input));
  }

  @Authorized(Role.COUNTY_OFFICIAL)
  @Mutation(() => InvestmentLead, {
    description:
      "撤回意向: withdraws the interest the caller expressed. No interest of its county on the lead (or the lead out of scope): NOT_FOUND; expressed by a colleague: FORBIDDEN.",
  })
  withdrawInterest(@Ctx() ctx: RequestContext, @Arg("leadId", () => ID) leadId: string) {
    return inTransaction(ctx, (tx) => withdrawInterest(tx, leadId));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "联系电话: whole for the enterprise, administrators, its home region's coordinators and a county that expressed interest or has a project from the lead; masked (138****5678) for everyone else.",
  })
  contactPhone(@Root() l: InvestmentLead, @Ctx() ctx: RequestContext) {
    return leadContactPhoneFor(ctx, l);
  }

  @FieldResolver(() => Enterprise)
  enterprise(@Root() l: InvestmentLead, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleEnterpriseById).load(l.enterpriseId);
  }

  @FieldResolver(() => [Region], { description: "Preferred partner counties." })
  async preferredCounties(@Root() l: InvestmentLead, @Ctx() ctx: RequestContext) {
    const links = await loader(ctx, leadCountiesByLead).load(l.id);
    return present(await loader(ctx, regionById).loadMany(links.map((c) => c.countyId)));
  }

  @FieldResolver(() => [LeadInterest], { description: "Counties that expressed interest (表达意向), first first." })
  interests(@Root() l: InvestmentLead, @Ctx() ctx: RequestContext) {
    return loader(ctx, interestsByLead).load(l.id);
  }

  @FieldResolver(() => [InvestmentProject], { description: "Projects from this lead, within the caller's scope." })
  projects(@Root() l: InvestmentLead, @Ctx() ctx: RequestContext) {
    return loader(ctx, projectsByLead).load(l.id);
  }
}

@Resolver(() => LeadInterest)
export class LeadInterestResolver {
  @FieldResolver(() => Region)
  county(@Root() i: LeadInterest, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(i.countyId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller expressed it (and so may withdraw it)." })
  mine(@Root() i: LeadInterest, @Ctx() ctx: RequestContext) {
    return !!ctx.user && i.expressedById === ctx.user.id;
  }
}
