import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

/** 组织领导 record kinds. */
export enum JointWorkKind {
  /** 联席会议: a joint meeting of the two sides (党政联席会议, 工作推进会 …). */
  MEETING = "MEETING",
  /** 领导互访 / 调研对接: a leadership visit from one side to the other. */
  VISIT = "VISIT",
}
registerEnumType(JointWorkKind, {
  name: "JointWorkKind",
  valuesConfig: {
    MEETING: { description: "联席会议: +1 JOINT_MEETINGS and its person-visits EXCHANGE_VISITS" },
    VISIT: { description: "领导互访 / 调研对接: its person-visits EXCHANGE_VISITS" },
  },
});

/** Which way a visit went. */
export enum VisitDirection {
  /** 东部赴西部 */
  EAST_TO_WEST = "EAST_TO_WEST",
  /** 西部赴东部 */
  WEST_TO_EAST = "WEST_TO_EAST",
}
registerEnumType(VisitDirection, { name: "VisitDirection" });

/**
 * 组织领导: a joint meeting or a leadership visit of one pairing. Recording it credits the pairing's
 * agreement (JOINT_MEETINGS +1 for a meeting; EXCHANGE_VISITS +personVisits for either) on its date;
 * a wrong record is withdrawn (撤销) with a reason — kept, marked, and its entries reversed.
 */
@ObjectType()
@Entity("joint_work")
export class JointWork {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @Field(() => JointWorkKind)
  @Column({ type: "text" })
  kind: JointWorkKind;

  @Field(() => DateScalar, { description: "When it was held (counts toward that year)." })
  @Column({ name: "held_on", type: "date" })
  heldOn: string;

  @Field({ description: "e.g. 青岛市—安顺市东西部扶贫协作党政联席会议." })
  @Column()
  title: string;

  @Field({ description: "Where it was held." })
  @Column()
  place: string;

  @Field(() => VisitDirection, { nullable: true, description: "A visit's direction; null for a meeting." })
  @Column({ type: "text", nullable: true })
  direction: VisitDirection | null;

  @Field(() => [String], { description: "参会单位 of the east side." })
  @Column({ name: "east_offices", type: "text", array: true })
  eastOffices: string[];

  @Field(() => [String], { description: "参会单位 of the west side." })
  @Column({ name: "west_offices", type: "text", array: true })
  westOffices: string[];

  @Field({ description: "The leader heading it, by title (市委书记), not a person's record." })
  @Column()
  leader: string;

  @Field(() => Int, { description: "人次: person-visits (at least 1), counted in EXCHANGE_VISITS." })
  @Column({ name: "person_visits", type: "int" })
  personVisits: number;

  @Field(() => String, { nullable: true, description: "会议纪要 / 文件编号." })
  @Column({ name: "document_ref", type: "text", nullable: true })
  documentRef: string | null;

  @Field(() => String, { nullable: true, description: "成果: what was agreed or achieved." })
  @Column({ type: "text", nullable: true })
  outcome: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz", insert: false, update: false, default: () => "now()" })
  recordedAt: Date;

  @Field(() => Date, { nullable: true, description: "撤销: when it was withdrawn (null while it stands)." })
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: "withdrawn_by", type: "uuid", nullable: true })
  withdrawnById: string | null;

  @Field(() => String, { nullable: true, description: "Why it was withdrawn." })
  @Column({ name: "withdrawn_reason", type: "text", nullable: true })
  withdrawnReason: string | null;
}
