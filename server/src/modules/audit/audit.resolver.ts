import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from "type-graphql";
import { MaxLength } from "class-validator";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { AuditEntry } from "./audit.entity";
import { listAudit } from "./audit.service";

@InputType()
export class AuditFilter {
  @Field({ nullable: true })
  @MaxLength(64)
  entityType?: string;

  @Field({ nullable: true })
  @MaxLength(64)
  entityId?: string;

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field({ nullable: true })
  @MaxLength(64)
  action?: string;
}

export const AuditEntryConnection = Connection("AuditEntry", AuditEntry);

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Query(() => AuditEntryConnection, { description: "The audit trail, newest first." })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => AuditFilter, { nullable: true }) filter?: AuditFilter,
  ) {
    return AuditEntryConnection.from(await listAudit(ctx, filter, decodeCursor(page.after), page.first));
  }
}
