import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Pairing } from "../pairings/pairing.entity";
import { visiblePairingById } from "../pairings/pairing.loaders";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { UnitPair } from "./unit-pair.entity";
import {
  ChangeUnitPairFormedOnInput,
  EndUnitPairInput,
  RecordUnitPairInput,
  UnitPairFilter,
  UnitPairSummary,
  WithdrawUnitPairInput,
} from "./unit-pair.inputs";
import {
  changeUnitPairFormedOn,
  endUnitPair,
  getUnitPair,
  listUnitPairs,
  recordUnitPair,
  unitPairSummary,
  withdrawUnitPair,
} from "./unit-pair.service";

export const UnitPairConnection = Connection("UnitPair", UnitPair);

const WHO = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

@Resolver(() => UnitPair)
export class UnitPairResolver {
  @Authorized(...WHO)
  @Query(() => UnitPairConnection, {
    description: "结对帮扶: a coordinator's region's pairings' pairs; a county official's county's.",
  })
  async unitPairs(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => UnitPairFilter, { nullable: true }) filter?: UnitPairFilter,
  ) {
    return UnitPairConnection.from(await listUnitPairs(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...WHO)
  @Query(() => UnitPair, { description: "One pair in scope; NOT_FOUND otherwise." })
  unitPair(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getUnitPair(ctx, id);
  }

  @Authorized(...WHO)
  @Query(() => UnitPairSummary, {
    description: "结对汇总: by kind, formed in the year (PAIRS_FORMED) and active at its end, over the pairs in scope.",
  })
  unitPairSummary(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("countyId", () => ID, { nullable: true }) countyId?: string,
    @Arg("pairingId", () => ID, { nullable: true }) pairingId?: string,
  ) {
    return unitPairSummary(ctx, year, { countyId, pairingId });
  }

  @Authorized(...WHO)
  @Mutation(() => UnitPair, { description: "登记结对: PAIRS_FORMED +1 on the start date, to the pairing." })
  recordUnitPair(@Ctx() ctx: RequestContext, @Arg("input", () => RecordUnitPairInput) input: RecordUnitPairInput) {
    return inTransaction(ctx, (tx) => recordUnitPair(tx, input));
  }

  @Authorized(...WHO)
  @Mutation(() => UnitPair, { description: "结束结对: the year it was formed keeps its count." })
  endUnitPair(@Ctx() ctx: RequestContext, @Arg("input", () => EndUnitPairInput) input: EndUnitPairInput) {
    return inTransaction(ctx, (tx) => endUnitPair(tx, input));
  }

  @Authorized(...WHO)
  @Mutation(() => UnitPair, { description: "撤销 (entered by mistake): kept and marked; PAIRS_FORMED −1." })
  withdrawUnitPair(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => WithdrawUnitPairInput) input: WithdrawUnitPairInput,
  ) {
    return inTransaction(ctx, (tx) => withdrawUnitPair(tx, input));
  }

  @Authorized(...WHO)
  @Mutation(() => UnitPair, { description: "更正结对日期: −1 on the old date, +1 on the new." })
  changeUnitPairFormedOn(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ChangeUnitPairFormedOnInput) input: ChangeUnitPairFormedOnInput,
  ) {
    return inTransaction(ctx, (tx) => changeUnitPairFormedOn(tx, input));
  }

  @FieldResolver(() => Pairing, {
    nullable: true,
    description:
      "The pairing, when the viewer may see it (a county official sees its county's pairs under a prefecture's pairing it does not see).",
  })
  pairing(@Root() p: UnitPair, @Ctx() ctx: RequestContext) {
    return loader(ctx, visiblePairingById).load(p.pairingId);
  }

  @FieldResolver(() => Region)
  county(@Root() p: UnitPair, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(p.countyId);
  }
}
