import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One change: who did what to which record, when, and the values before and after. */
@ObjectType()
@Entity("audit_entry")
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID, { nullable: true })
  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @Field({ description: "e.g. LEDGER_ENTRY_RECORDED, AGREEMENT_TARGET_SET, LOGIN." })
  @Column()
  action: string;

  @Field()
  @Column({ name: "entity_type" })
  entityType: string;

  @Field()
  @Column({ name: "entity_id" })
  entityId: string;

  @Field(() => GraphQLJSONObject)
  @Column({ type: "jsonb" })
  change: Record<string, unknown>;

  @Field()
  @Column({ type: "timestamptz", insert: false, update: false, default: () => "now()" })
  at: Date;
}
