import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import { Buyer } from "../buyers/buyer.entity";
import {
  DeclareReservedShareInput,
  ReservedShareDeclaration,
  ReservedShareFloor,
  ReservedShareLock,
  ReservedShareStatus,
} from "./declaration.entity";
import {
  declarationByBuyerYear,
  declareReservedShare,
  floorForBuyer,
  getDeclaration,
  recordReservedShare,
  reopenReservedShare,
  reservedShareFloors,
  reservedShareLock,
  reservedShareStatus,
  setReservedShareFloor,
} from "./declaration.service";
import { msg } from "../../shared/messages";

const checkYear = (year: number) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("year", msg("年份无效", "Invalid year"));
};

@Resolver(() => ReservedShareDeclaration)
export class ReservedShareResolver {
  @Authorized(Role.BUYER)
  @Mutation(() => ReservedShareDeclaration, {
    description:
      "预留份额申报: a buyer's user declares its year (canteen budget × rate not below the province's floor, or no/outsourced/shared canteen; optional union share). After 30 June of the year it is locked: CONFLICT with extensions.reason DECLARATION_LOCKED, unless a coordinator reopened it.",
  })
  declareReservedShare(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => DeclareReservedShareInput) input: DeclareReservedShareInput,
  ) {
    return inTransaction(ctx, (tx) => declareReservedShare(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ReservedShareDeclaration, {
    description:
      "代为登记: a coordinator (its region's buyers) or an administrator records a unit's declaration on its behalf, also after the 30 June lock (then marked late); onBehalf is true.",
  })
  recordReservedShare(
    @Ctx() ctx: RequestContext,
    @Arg("buyerId", () => ID) buyerId: string,
    @Arg("input", () => DeclareReservedShareInput) input: DeclareReservedShareInput,
  ) {
    return inTransaction(ctx, (tx) => recordReservedShare(tx, buyerId, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ReservedShareLock, {
    description:
      "重新开放: lets a unit declare a locked year (after 30 June) once more; CONFLICT (reason DECLARATION_OPEN) before the deadline.",
  })
  reopenReservedShare(
    @Ctx() ctx: RequestContext,
    @Arg("buyerId", () => ID) buyerId: string,
    @Arg("year", () => Int) year: number,
  ) {
    checkYear(year);
    return inTransaction(ctx, (tx) => reopenReservedShare(tx, buyerId, year));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.BUYER)
  @Query(() => ReservedShareLock, {
    description:
      "Whether the unit may declare the year itself: locked after 30 June (China's calendar) unless reopened; a buyer may ask only about itself (else NOT_FOUND).",
  })
  reservedShareLock(
    @Ctx() ctx: RequestContext,
    @Arg("buyerId", () => ID) buyerId: string,
    @Arg("year", () => Int) year: number,
  ) {
    checkYear(year);
    return reservedShareLock(ctx, buyerId, year);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.BUYER)
  @Query(() => ReservedShareDeclaration, {
    nullable: true,
    description:
      "A buyer's declaration for a year (null when none); a buyer may ask only about itself (else NOT_FOUND).",
  })
  reservedShareDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("buyerId", () => ID) buyerId: string,
    @Arg("year", () => Int) year: number,
  ) {
    checkYear(year);
    return getDeclaration(ctx, buyerId, year);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.BUYER)
  @Query(() => Int, {
    description: "The lowest rate (basis points) this buyer may declare for the year: its province's floor, else 1000.",
  })
  reservedShareFloor(
    @Ctx() ctx: RequestContext,
    @Arg("buyerId", () => ID) buyerId: string,
    @Arg("year", () => Int) year: number,
  ) {
    checkYear(year);
    return floorForBuyer(ctx, buyerId, year);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Query(() => ReservedShareStatus, {
    description: "Who in the caller's region has declared the year's reserved share, undeclared first (due 30 June).",
  })
  reservedShareStatus(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    checkYear(year);
    return reservedShareStatus(ctx, year);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Query(() => [ReservedShareFloor], { description: "The year's floors of the eastern provinces." })
  reservedShareFloors(@Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    checkYear(year);
    return reservedShareFloors(ctx, year);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ReservedShareFloor, { description: "Sets a province's floor for a year (administrators only)." })
  setReservedShareFloor(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("provinceId", () => ID) provinceId: string,
    @Arg("rateBasisPoints", () => Int) rateBasisPoints: number,
  ) {
    checkYear(year);
    return inTransaction(ctx, (tx) => setReservedShareFloor(tx, year, provinceId, rateBasisPoints));
  }
}

/** Buyer.reservedShare: the quotas module extends the buyers module's type with the declaration. */
@Resolver(() => Buyer)
export class BuyerReservedShareResolver {
  @FieldResolver(() => ReservedShareDeclaration, {
    nullable: true,
    description:
      "预留份额申报 for a year: null when none, or when the caller may not see this buyer's (only the buyer itself, its region's coordinators and admins may).",
  })
  reservedShare(@Root() b: Buyer, @Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    checkYear(year);
    return loader(ctx, declarationByBuyerYear).load(`${b.id}|${year}`);
  }
}
