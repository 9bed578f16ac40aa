import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, type RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import { CountingPoint, CountingPointChange, CountingRule } from "./counting.entity";
import { countingRules, setCountingPoint } from "./counting.service";
import { msg } from "../../shared/messages";

const checkYear = (year: number, field = "year") => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput(field, msg("年份无效", "Invalid year"));
};

@Resolver(() => CountingRule)
export class CountingRuleResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.BUYER)
  @Query(() => [CountingRule], {
    description: "计入规则 of these years (at most 20): the counting point, or the default (PAID) where none was set.",
  })
  countingRules(@Ctx() ctx: RequestContext, @Arg("years", () => [Int]) years: number[]) {
    if (!years.length || years.length > 20) throw badInput("years", msg("请给出 1–20 个年份", "Give 1–20 years"));
    for (const y of years) checkYear(y, "years");
    return countingRules(ctx, years);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CountingPointChange, {
    description:
      "Sets a year's counting point (administrators only); the year's quota counters and consumption ledger are re-counted in the same transaction.",
  })
  setCountingPoint(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("countsFrom", () => CountingPoint) countsFrom: CountingPoint,
  ) {
    checkYear(year);
    return inTransaction(ctx, (tx) => setCountingPoint(tx, year, countsFrom));
  }
}
