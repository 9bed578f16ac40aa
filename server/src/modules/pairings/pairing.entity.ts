import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

export enum PairingKind {
  /** 东西部协作: an eastern city with a western region. */
  EAST_WEST = "EAST_WEST",
  /** 省内协作: within one province (Qingdao–Heze). */
  WITHIN_PROVINCE = "WITHIN_PROVINCE",
}
registerEnumType(PairingKind, { name: "PairingKind" });

export enum PairingStatus {
  /** 结对中 */
  ACTIVE = "ACTIVE",
  /** 已终止: ended on a date; takes no new agreements. */
  ENDED = "ENDED",
}
registerEnumType(PairingStatus, { name: "PairingStatus" });

/**
 * 结对关系: an east region paired with a west region. Pairings nest: Jiaozhou–Zhenning lies inside
 * Qingdao–Anshun (its `parentId`), and a record counts for the most specific pairing only.
 */
@ObjectType()
@Entity("pairing")
export class Pairing {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => ID)
  @Column({ name: "west_region_id", type: "uuid" })
  westRegionId: string;

  @Field(() => PairingKind)
  @Column({ type: "text" })
  kind: PairingKind;

  @Field(() => DateScalar, { description: "Since when the two are paired." })
  @Column({ type: "date" })
  since: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When the pairing ended (终止日期); null while it runs." })
  @Column({ name: "ended_on", type: "date", nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: "Why the pairing ended." })
  @Column({ name: "end_reason", type: "text", nullable: true })
  endReason: string | null;

  @Field(() => PairingStatus)
  get status(): PairingStatus {
    return this.endedOn ? PairingStatus.ENDED : PairingStatus.ACTIVE;
  }
}
