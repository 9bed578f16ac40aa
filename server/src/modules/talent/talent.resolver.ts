import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { DateScalar } from "../../shared/scalars";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { today } from "../../shared/dates";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { PostingStatus, TalentPerson, TalentPersonPhone, TalentPosting, TalentYearSummary } from "./talent.entity";
import {
  ChangeTalentPersonInput,
  ChangeTalentPostingInput,
  EndTalentPostingInput,
  RecordTalentPostingInput,
  TalentPostingFilter,
  WithdrawTalentPostingInput,
} from "./talent.inputs";
import { postingsByPerson, visiblePersonById } from "./talent.loaders";
import {
  changeTalentPerson,
  changeTalentPosting,
  ENDING_SOON_DAYS,
  endTalentPosting,
  getTalentPosting,
  listTalentPeople,
  listTalentPostings,
  postingStatus,
  recordTalentPosting,
  revealTalentPersonPhone,
  talentSummary,
  withdrawTalentPosting,
} from "./talent.service";

export const TalentPostingConnection = Connection("TalentPosting", TalentPosting);
export const TalentPersonConnection = Connection("TalentPerson", TalentPerson);

const READERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

/**
 * 人才支援. Reads: admins all; coordinators the postings of their east subtree; county officials
 * their county's. Writes: coordinators and admins; county officials RECEIVED postings only
 * (FORBIDDEN on a SENT one they can see). Out of scope: NOT_FOUND. Phones are masked everywhere but
 * `revealTalentPersonPhone` (a mutation: every read of the number is audited).
 */
@Resolver(() => TalentPosting)
export class TalentPostingResolver {
  @Authorized(...READERS)
  @Query(() => TalentPostingConnection, { description: "Postings in scope, withdrawn ones left out unless asked." })
  async talentPostings(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => TalentPostingFilter, { nullable: true }) filter?: TalentPostingFilter,
  ) {
    return TalentPostingConnection.from(await listTalentPostings(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...READERS)
  @Query(() => TalentPosting, { description: "NOT_FOUND outside the caller's scope." })
  talentPosting(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getTalentPosting(ctx, id);
  }

  @Authorized(...READERS)
  @Query(() => TalentYearSummary, { description: "按年汇总: distinct people in post during the year, in scope." })
  talentSummary(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    return talentSummary(ctx, year);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Mutation(() => TalentPosting, {
    description: "登记派驻 (SENT: coordinators and admins; RECEIVED: county officials too). The count follows.",
  })
  recordTalentPosting(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordTalentPostingInput) input: RecordTalentPostingInput,
  ) {
    return inTransaction(ctx, (tx) => recordTalentPosting(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Mutation(() => TalentPosting, { description: "修改派驻: dates, category, units, role; the count follows." })
  changeTalentPosting(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ChangeTalentPostingInput) input: ChangeTalentPostingInput,
  ) {
    return inTransaction(ctx, (tx) => changeTalentPosting(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Mutation(() => TalentPosting, { description: "提前结束: later years leave the count (−1 entries)." })
  endTalentPosting(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => EndTalentPostingInput) input: EndTalentPostingInput,
  ) {
    return inTransaction(ctx, (tx) => endTalentPosting(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Mutation(() => TalentPosting, { description: "撤回 a wrong record: out of the lists and the count." })
  withdrawTalentPosting(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => WithdrawTalentPostingInput) input: WithdrawTalentPostingInput,
  ) {
    return inTransaction(ctx, (tx) => withdrawTalentPosting(tx, input));
  }

  @FieldResolver(() => TalentPerson, { nullable: true, description: "Null never happens for a posting in scope." })
  person(@Root() t: TalentPosting, @Ctx() ctx: RequestContext) {
    return loader(ctx, visiblePersonById).load(t.personId);
  }

  @FieldResolver(() => Region)
  county(@Root() t: TalentPosting, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(t.countyId);
  }

  @FieldResolver(() => Region)
  eastRegion(@Root() t: TalentPosting, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(t.eastRegionId);
  }

  @FieldResolver(() => DateScalar, { description: "The last day in post: the early end, else the planned end." })
  endsOn(@Root() t: TalentPosting) {
    return t.endsOn;
  }

  @FieldResolver(() => PostingStatus, { description: "Where the posting stands today (or on `on`)." })
  status(@Root() t: TalentPosting, @Arg("on", () => DateScalar, { nullable: true }) on?: string) {
    return postingStatus(t, on ?? today());
  }

  @FieldResolver(() => Boolean, { description: `In post today, the last day within ${ENDING_SOON_DAYS} days.` })
  endingSoon(@Root() t: TalentPosting) {
    const now = today();
    if (postingStatus(t, now) !== PostingStatus.IN_POST) return false;
    const d = new Date(`${now}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + ENDING_SOON_DAYS);
    return t.endsOn <= d.toISOString().slice(0, 10);
  }
}

@Resolver(() => TalentPerson)
export class TalentPersonResolver {
  @Authorized(...READERS)
  @Query(() => TalentPersonConnection, {
    description: "People already recorded, in scope (to pick one for a new posting).",
  })
  async talentPeople(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("search", () => String, { nullable: true }) search?: string,
  ) {
    return TalentPersonConnection.from(await listTalentPeople(ctx, search, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Mutation(() => TalentPerson, { description: "A person's name, institution or phone (the audit keeps masks only)." })
  changeTalentPerson(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ChangeTalentPersonInput) input: ChangeTalentPersonInput,
  ) {
    return inTransaction(ctx, (tx) => changeTalentPerson(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Mutation(() => TalentPersonPhone, {
    description: "The full phone number for the edit dialog, for those who record the person's postings; audited.",
  })
  revealTalentPersonPhone(@Ctx() ctx: RequestContext, @Arg("personId", () => ID) personId: string) {
    return inTransaction(ctx, (tx) => revealTalentPersonPhone(tx, personId));
  }

  @FieldResolver(() => [TalentPosting], { description: "The person's postings the caller may see, newest first." })
  postings(@Root() p: TalentPerson, @Ctx() ctx: RequestContext) {
    return loader(ctx, postingsByPerson).load(p.id);
  }
}

export const TALENT_RESOLVERS = [TalentPostingResolver, TalentPersonResolver] as const;
