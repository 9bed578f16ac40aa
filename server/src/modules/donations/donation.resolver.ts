import { DEFAULT_LOCALE } from "../../shared/messages";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Enterprise } from "../enterprises/enterprise.entity";
import { visibleEnterpriseById } from "../enterprises/enterprise.reach";
import { Pairing } from "../pairings/pairing.entity";
import { visiblePairingById } from "../pairings/pairing.loaders";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Donation } from "./donation.entity";
import { DonationFilter, DonationSummary, RecordDonationInput, ReverseDonationInput } from "./donation.inputs";
import { reversalOf, visibleDonationById } from "./donation.loaders";
import {
  donationSummary,
  donorLabel,
  getDonation,
  listDonations,
  recordDonation,
  reverseDonation,
} from "./donation.service";

export const DonationConnection = Connection("Donation", Donation);

/** Who records, reads and reverses donations: each within `donationScope`. */
const RECORDERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

@Resolver(() => Donation)
export class DonationResolver {
  @Authorized(...RECORDERS)
  @Query(() => DonationConnection, {
    description:
      "社会帮扶资金: a coordinator's pairings', a county official's county's; newest first, reversals included.",
  })
  async donations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => DonationFilter, { nullable: true }) filter?: DonationFilter,
  ) {
    return DonationConnection.from(await listDonations(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...RECORDERS)
  @Query(() => Donation, { description: "One donation in scope; NOT_FOUND otherwise." })
  donation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getDonation(ctx, id);
  }

  @Authorized(...RECORDERS)
  @Query(() => DonationSummary, { description: "Totals in scope for the filter, net of reversals." })
  donationSummary(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => DonationFilter, { nullable: true }) filter?: DonationFilter,
  ) {
    return donationSummary(ctx, filter);
  }

  @Authorized(...RECORDERS)
  @Mutation(() => Donation, {
    description: "Records a donation received; SOCIAL_DONATIONS +amount for its pairing on the received date.",
  })
  recordDonation(@Ctx() ctx: RequestContext, @Arg("input", () => RecordDonationInput) input: RecordDonationInput) {
    return inTransaction(ctx, (tx) => recordDonation(tx, input));
  }

  @Authorized(...RECORDERS)
  @Mutation(() => Donation, {
    description: "冲正: reverses a donation once with a negative row and a reason; returns the reversal.",
  })
  reverseDonation(@Ctx() ctx: RequestContext, @Arg("input", () => ReverseDonationInput) input: ReverseDonationInput) {
    return inTransaction(ctx, (tx) => reverseDonation(tx, input));
  }

  @FieldResolver(() => String, { description: "The donor as shown: the name, or 个人捐赠 for individuals." })
  donor(@Root() d: Donation, @Ctx() ctx: RequestContext) {
    return donorLabel(d, ctx.locale ?? DEFAULT_LOCALE);
  }

  @FieldResolver(() => Region)
  county(@Root() d: Donation, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(d.countyId);
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() d: Donation, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(d.eastRegionId);
  }

  @FieldResolver(() => Pairing, {
    nullable: true,
    description: "The pairing it counts for, when the caller may see it.",
  })
  pairing(@Root() d: Donation, @Ctx() ctx: RequestContext) {
    return loader(ctx, visiblePairingById).load(d.pairingId);
  }

  @FieldResolver(() => Enterprise, {
    nullable: true,
    description: "The registered enterprise, when the caller may see it.",
  })
  enterprise(@Root() d: Donation, @Ctx() ctx: RequestContext) {
    return d.enterpriseId ? loader(ctx, visibleEnterpriseById).load(d.enterpriseId) : null;
  }

  @FieldResolver(() => Donation, { nullable: true, description: "Reversals: the donation reversed (in scope)." })
  reverses(@Root() d: Donation, @Ctx() ctx: RequestContext) {
    return d.reversesId ? loader(ctx, visibleDonationById).load(d.reversesId) : null;
  }

  @FieldResolver(() => Donation, { nullable: true, description: "The reversal of this donation, if any." })
  reversal(@Root() d: Donation, @Ctx() ctx: RequestContext) {
    return d.reversesId ? null : loader(ctx, reversalOf).load(d.id);
  }

  @FieldResolver(() => Boolean, { description: "True when a reversal points at this donation." })
  async reversed(@Root() d: Donation, @Ctx() ctx: RequestContext) {
    return !d.reversesId && (await loader(ctx, reversalOf).load(d.id)) !== null;
  }
}
