import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Pairing } from "../pairings/pairing.entity";
import { visiblePairingById } from "../pairings/pairing.loaders";
import { JointWork } from "./joint-work.entity";
import {
  JointWorkFilter,
  JointWorkSummary,
  JointWorkSummaryRow,
  RecordJointWorkInput,
  WithdrawJointWorkInput,
} from "./joint-work.inputs";
import { jointWorkByPairing } from "./joint-work.loaders";
import { mayWrite } from "./joint-work.scope";
import {
  getJointWork,
  jointWorkSummary,
  listJointWork,
  recordJointWork,
  withdrawJointWork,
} from "./joint-work.service";

export const JointWorkConnection = Connection("JointWork", JointWork);
const READERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

@Resolver(() => JointWork)
export class JointWorkResolver {
  @Authorized(...READERS)
  @Query(() => JointWorkConnection, {
    description:
      "组织领导: joint meetings and leadership visits of the pairings in scope (coordinators their region's, officials their county's), newest first; withdrawn ones included, marked.",
  })
  async jointWork(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => JointWorkFilter, { nullable: true }) filter?: JointWorkFilter,
  ) {
    return JointWorkConnection.from(await listJointWork(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...READERS)
  @Query(() => JointWork, { description: "NOT_FOUND when outside the caller's scope." })
  jointWorkRecord(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getJointWork(ctx, id, "id");
  }

  @Authorized(...READERS)
  @Query(() => JointWorkSummary, {
    description: "Meetings, visits and person-visits per year and pairing in scope (withdrawn records left out).",
  })
  jointWorkSummary(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => JointWorkFilter, { nullable: true }) filter?: JointWorkFilter,
  ) {
    return jointWorkSummary(ctx, filter);
  }

  @Authorized(...READERS)
  @Mutation(() => JointWork, {
    description:
      "登记联席会议或领导互访: JOINT_MEETINGS +1 for a meeting, EXCHANGE_VISITS +person-visits for either, on its date. Coordinators and admins any kind; county officials their county's visits east (WEST_TO_EAST), else FORBIDDEN.",
  })
  recordJointWork(@Ctx() ctx: RequestContext, @Arg("input", () => RecordJointWorkInput) input: RecordJointWorkInput) {
    return inTransaction(ctx, (tx) => recordJointWork(tx, input));
  }

  @Authorized(...READERS)
  @Mutation(() => JointWork, {
    description:
      "撤销: withdraws a record with a reason (kept and marked) and reverses its entries; once only (CONFLICT).",
  })
  withdrawJointWork(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => WithdrawJointWorkInput) input: WithdrawJointWorkInput,
  ) {
    return inTransaction(ctx, (tx) => withdrawJointWork(tx, input));
  }

  @FieldResolver(() => Pairing, { nullable: true })
  pairing(@Root() r: JointWork, @Ctx() ctx: RequestContext) {
    return loader(ctx, visiblePairingById).load(r.pairingId);
  }

  @FieldResolver(() => Boolean, { description: "Withdrawn (撤销): kept, shown marked, not counted." })
  withdrawn(@Root() r: JointWork) {
    return r.withdrawnAt !== null;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller may withdraw it (still standing, and theirs to change).",
  })
  canWithdraw(@Root() r: JointWork, @Ctx() ctx: RequestContext) {
    return r.withdrawnAt === null && mayWrite(ctx, r);
  }
}

@Resolver(() => JointWorkSummaryRow)
export class JointWorkSummaryRowResolver {
  @FieldResolver(() => Pairing, { nullable: true })
  pairing(@Root() r: JointWorkSummaryRow, @Ctx() ctx: RequestContext) {
    return loader(ctx, visiblePairingById).load(r.pairingId);
  }
}

@Resolver(() => Pairing)
export class PairingJointWorkResolver {
  @FieldResolver(() => [JointWork], {
    description: "组织领导 of this pairing itself (not those it encloses), within the caller's scope.",
  })
  jointWork(@Root() p: Pairing, @Ctx() ctx: RequestContext) {
    return loader(ctx, jointWorkByPairing).load(p.id);
  }
}
