import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, type RequestContext } from "../../shared/context";
import { GradingScheme, IndicatorWeight } from "./grading.entity";
import { BuyerScorecard, CountyClass, PairingGrades, SetGradingSchemeInput } from "./grading.inputs";
import {
  buyerScorecard,
  checkYear,
  pairingGrades,
  schemeCountyClasses,
  schemeFor,
  schemeWeights,
  setGradingScheme,
} from "./grading.service";

@Resolver(() => GradingScheme)
export class GradingSchemeResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Query(() => GradingScheme, { nullable: true, description: "考核评级方案 of a year; null when none is set." })
  gradingScheme(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    checkYear(year);
    return schemeFor(ctx, year);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => GradingScheme, { description: "Sets (replaces) a year's grading scheme: administrators only." })
  setGradingScheme(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SetGradingSchemeInput) input: SetGradingSchemeInput,
  ) {
    return inTransaction(ctx, (tx) => setGradingScheme(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Query(() => PairingGrades, {
    nullable: true,
    description: "Grades of the pairings in scope with an agreement that year, ranked; null without a scheme.",
  })
  pairingGrades(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    return pairingGrades(ctx, year);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Query(() => BuyerScorecard, {
    nullable: true,
    description: "Buyers' and buyer groups' quota completion with scorecard bands, ranked; scope as the quota board's.",
  })
  buyerScorecard(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    return buyerScorecard(ctx, year);
  }

  @FieldResolver(() => [IndicatorWeight])
  weights(@Root() s: GradingScheme) {
    return schemeWeights(s);
  }

  @FieldResolver(() => [CountyClass], { description: "County classes ranked separately; [] when none." })
  countyClasses(@Ctx() ctx: RequestContext, @Root() s: GradingScheme) {
    return schemeCountyClasses(ctx, s);
  }
}
