import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { MaxLength } from "class-validator";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { AuditEntry } from "./audit.entity";
import { listAudit } from "./audit.service";
import { readableChange, recordName } from "./audit.readable";
import { AuditFieldChange, AuditRecordRef } from "./audit.types";
import { DateScalar } from "../../shared/scalars";

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

  @Field({ nullable: true, description: "Part of the acting user's username or name." })
  @MaxLength(64)
  actor?: string;

  @Field({ nullable: true })
  @MaxLength(64)
  action?: string;

  @Field({
    nullable: true,
    description: "With entityType and entityId: also the entries whose change names that record (a pairing's targets).",
  })
  related?: boolean;

  @Field(() => DateScalar, { nullable: true, description: "First day (China time), inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last day (China time), inclusive." })
  to?: string;
}

export const AuditEntryConnection = Connection("AuditEntry", AuditEntry);

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Query(() => AuditEntryConnection, {
    description:
      "The audit trail, newest first: all for administrators; a coordinator's, the entries made by the users of its region; a county official's, those made by its county's users or about its county's records.",
  })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => AuditFilter, { nullable: true }) filter?: AuditFilter,
  ) {
    return AuditEntryConnection.from(await listAudit(ctx, filter, decodeCursor(page.after), page.first));
  }

  @FieldResolver(() => [AuditFieldChange], {
    description:
      "The change, field by field, with names instead of ids (only names of records the reader may read; see audit.readable.ts).",
  })
  fields(@Root() e: AuditEntry, @Ctx() ctx: RequestContext): Promise<AuditFieldChange[]> {
    return readableChange(ctx, e.action, e.change) as Promise<AuditFieldChange[]>;
  }

  @FieldResolver(() => AuditRecordRef, { description: "The record the entry is about, for a link." })
  async record(@Root() e: AuditEntry, @Ctx() ctx: RequestContext): Promise<AuditRecordRef> {
    return { type: e.entityType, id: e.entityId, name: await recordName(ctx, e.entityType, e.entityId) };
  }
}
