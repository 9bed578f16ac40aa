import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Enterprise } from "../enterprises/enterprise.entity";
import { visibleEnterpriseById } from "../enterprises/enterprise.reach";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { JobPosting } from "./posting.entity";
import { CreateJobPostingInput, JobPostingFilter, UpdateJobPostingInput } from "./posting.inputs";
import {
  createJobPosting,
  getJobPosting,
  listJobPostings,
  setJobPostingClosed,
  updateJobPosting,
} from "./posting.service";

export const JobPostingConnection = Connection("JobPosting", JobPosting);

@Resolver(() => JobPosting)
export class JobPostingResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE)
  @Query(() => JobPostingConnection, {
    description: "岗位: every posting for officials and coordinators; an employer its own. Newest first.",
  })
  async jobPostings(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => JobPostingFilter, { nullable: true }) filter?: JobPostingFilter,
  ) {
    return JobPostingConnection.from(await listJobPostings(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE)
  @Query(() => JobPosting, { description: "NOT_FOUND when outside the caller's scope." })
  jobPosting(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getJobPosting(ctx, id);
  }

  @Authorized(Role.ENTERPRISE, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => JobPosting, {
    description: "发布岗位: an employer for itself, a coordinator for an enterprise of its region.",
  })
  createJobPosting(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateJobPostingInput) input: CreateJobPostingInput,
  ) {
    return inTransaction(ctx, (tx) => createJobPosting(tx, input));
  }

  @Authorized(Role.ENTERPRISE, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => JobPosting, {
    description:
      "修改岗位: its employer, or a coordinator of the employer's region. Another employer's posting is NOT_FOUND; a coordinator outside the employer's region FORBIDDEN.",
  })
  updateJobPosting(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateJobPostingInput) input: UpdateJobPostingInput,
  ) {
    return inTransaction(ctx, (tx) => updateJobPosting(tx, input));
  }

  @Authorized(Role.ENTERPRISE, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => JobPosting, {
    description:
      "关闭岗位: no new placement (existing ones stay). Already closed: CONFLICT. Scope as updateJobPosting.",
  })
  closeJobPosting(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return inTransaction(ctx, (tx) => setJobPostingClosed(tx, id, true));
  }

  @Authorized(Role.ENTERPRISE, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => JobPosting, {
    description: "重新开放: a closed posting takes placements again. Not closed: CONFLICT. Scope as updateJobPosting.",
  })
  reopenJobPosting(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return inTransaction(ctx, (tx) => setJobPostingClosed(tx, id, false));
  }

  @FieldResolver(() => Boolean, { description: "Open for placements: not closed (dates and places aside)." })
  open(@Root() j: JobPosting) {
    return j.closedAt == null;
  }

  @FieldResolver(() => Int)
  placesLeft(@Root() j: JobPosting) {
    return j.places - j.filled;
  }

  @FieldResolver(() => Enterprise)
  enterprise(@Root() j: JobPosting, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleEnterpriseById).load(j.enterpriseId);
  }

  @FieldResolver(() => Region)
  location(@Root() j: JobPosting, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(j.locationRegionId);
  }
}
