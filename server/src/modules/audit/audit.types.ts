import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum AuditValueKind {
  TEXT = "TEXT",
  /** An enum code (PLACED, EAST_WEST): the web translates it. */
  CODE = "CODE",
  NUMBER = "NUMBER",
  BOOLEAN = "BOOLEAN",
  DATE = "DATE",
  DATETIME = "DATETIME",
  /** Exact yuan as recorded ("1234.50"): the web formats it with ¥. */
  MONEY = "MONEY",
  /** A record of another module: `text` is its name, null when the reader may not see it. */
  REF = "REF",
  /** Personal data (a phone in an old entry): masked. */
  HIDDEN = "HIDDEN",
}
registerEnumType(AuditValueKind, { name: "AuditValueKind" });

@ObjectType({ description: "One value of an audit entry, ready to show." })
export class AuditValue {
  @Field(() => AuditValueKind)
  kind: AuditValueKind;

  @Field(() => String, { nullable: true, description: "Null only for a REF the reader may not see." })
  text: string | null;

  @Field(() => String, { nullable: true, description: "REF: the record type (an entityType)." })
  refType?: string | null;

  @Field(() => String, { nullable: true, description: "REF: the record's id (or a region's code)." })
  refId?: string | null;
}

@ObjectType({ description: "One field of an audit entry's change: before → after, or a value recorded with it." })
export class AuditFieldChange {
  @Field({ description: "The field's name (camelCase; nested ones dotted): the web translates it." })
  field: string;

  @Field({ description: "True when the entry recorded a before → after pair; false for a value set or noted." })
  changed: boolean;

  @Field(() => AuditValue, { nullable: true })
  before: AuditValue | null;

  @Field(() => AuditValue, { nullable: true })
  after: AuditValue | null;
}

@ObjectType({ description: "The record an audit entry is about, for a link." })
export class AuditRecordRef {
  @Field({ description: "= AuditEntry.entityType." })
  type: string;

  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: "Its name, when its module gives names and the reader may see it.",
  })
  name: string | null;
}
