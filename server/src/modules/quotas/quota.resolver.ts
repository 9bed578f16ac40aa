import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import { Connection, decodeCursor, PageArgs, pageSelected } from "../../shared/pagination";
import { Buyer } from "../buyers/buyer.entity";
import { visibleBuyerById } from "../buyers/buyer.service";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { GroupTarget, Quota, QuotaCountySplit } from "./quota.entity";
import { QuotaBoard, QuotaCompletion, SetGroupTargetInput, SetQuotaInput } from "./quota.inputs";
import { quotaByBuyerYear, splitsByQuota } from "./quota.loaders";
import {
  getQuotaBoard,
  getQuotaCompletion,
  listGroupTargets,
  quotaBoardBuyers,
  removeQuota,
  setGroupTarget,
  setQuota,
} from "./quota.service";
import { msg } from "../../shared/messages";

const checkYear = (year: number) => {
  if (year < 2000 || year > 2100) throw badInput("year", msg("年份无效", "Invalid year"));
};

@Resolver(() => Quota)
export class QuotaResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Quota, {
    description: "Sets a buyer's yearly quota (typed in or derived); buyers outside the region: NOT_FOUND.",
  })
  setQuota(@Ctx() ctx: RequestContext, @Arg("input", () => SetQuotaInput) input: SetQuotaInput) {
    return inTransaction(ctx, (tx) => setQuota(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => GroupTarget)
  setGroupTarget(@Ctx() ctx: RequestContext, @Arg("input", () => SetGroupTargetInput) input: SetGroupTargetInput) {
    return inTransaction(ctx, (tx) => setGroupTarget(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, {
    description:
      "Removes a buyer's quota for a year (and its county splits); buyers outside the region or no quota: NOT_FOUND.",
  })
  removeQuota(
    @Ctx() ctx: RequestContext,
    @Arg("buyerId", () => ID) buyerId: string,
    @Arg("year", () => Int) year: number,
  ) {
    checkYear(year);
    return inTransaction(ctx, (tx) => removeQuota(tx, buyerId, year));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Query(() => [GroupTarget], {
    description:
      "分类任务: a coordinator's own region's group targets for a year; admins all regions' (or the one named).",
  })
  groupTargets(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("eastRegionId", () => ID, { nullable: true }) eastRegionId?: string,
  ) {
    checkYear(year);
    return listGroupTargets(ctx, year, eastRegionId);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.BUYER)
  @Query(() => QuotaCompletion, {
    description: "A buyer's completion for a year; a buyer may ask only about itself (else NOT_FOUND).",
  })
  quotaCompletion(
    @Ctx() ctx: RequestContext,
    @Arg("buyerId", () => ID) buyerId: string,
    @Arg("year", () => Int) year: number,
  ) {
    checkYear(year);
    return getQuotaCompletion(ctx, buyerId, year);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Query(() => QuotaBoard, {
    description: "Completion per group, buyer (lowest first), county and channel in the coordinator's region.",
  })
  quotaBoard(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg("year", () => Int) year: number) {
    checkYear(year);
    // The page of buyers asked for beside it comes in the board's own statement (one round trip fewer).
    return getQuotaBoard(ctx, year, pageSelected(info, "buyers") ?? undefined);
  }

  @FieldResolver(() => Buyer)
  buyer(@Root() q: Quota, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleBuyerById).load(q.buyerId);
  }

  @FieldResolver(() => [QuotaCountySplit])
  countySplits(@Root() q: Quota, @Ctx() ctx: RequestContext) {
    return loader(ctx, splitsByQuota).load(q.id);
  }
}

export const QuotaCompletionConnection = Connection("QuotaCompletion", QuotaCompletion);

@Resolver(() => QuotaBoard)
export class QuotaBoardResolver {
  @FieldResolver(() => QuotaCompletionConnection, {
    description:
      "Buyers with a quota, lowest completion first (exactly: counted ÷ quota), then those without; ties by name. Paged: a scope may hold hundreds of thousands.",
  })
  async buyers(@Root() board: QuotaBoard, @Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    const offset = decodeCursor(page.after);
    const read = board.firstPage;
    const nodes =
      read && read.offset === offset && read.first === page.first
        ? read.buyers
        : page.first > 0 && offset < board.buyerCount
          ? await quotaBoardBuyers(ctx, board, { offset, first: page.first })
          : [];
    return QuotaCompletionConnection.from({ nodes, totalCount: board.buyerCount, offset, first: page.first });
  }
}

@Resolver(() => QuotaCountySplit)
export class QuotaCountySplitResolver {
  @FieldResolver(() => Region)
  county(@Root() s: QuotaCountySplit, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(s.westCountyId);
  }
}

@Resolver(() => GroupTarget)
export class GroupTargetResolver {
  @FieldResolver(() => Region)
  eastRegion(@Root() g: GroupTarget, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(g.eastRegionId);
  }
}

/** Buyer.quota: a buyer's quota belongs to this module, which extends the buyers module's type with it. */
@Resolver(() => Buyer)
export class BuyerQuotaResolver {
  @FieldResolver(() => Quota, {
    nullable: true,
    description:
      "消费任务指标 for a year: null when none is set, or when the caller may not see this buyer's quota (only the buyer itself, its region's coordinators and admins may).",
  })
  quota(@Root() b: Buyer, @Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    checkYear(year);
    return loader(ctx, quotaByBuyerYear).load(`${b.id}|${year}`);
  }
}
