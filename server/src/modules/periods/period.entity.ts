import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/**
 * 报送状态 of a monthly reporting period (docs/reporting.md). A month with no row is OPEN.
 * OPEN → SUBMITTED → APPROVED (locked); SUBMITTED → RETURNED → SUBMITTED…; APPROVED → REOPENED → SUBMITTED.
 */
export enum ReportingPeriodState {
  /** 未报送 */
  OPEN = "OPEN",
  /** 已报送, awaiting the coordinator. */
  SUBMITTED = "SUBMITTED",
  /** 已退回 with a reason: the county fixes or explains and submits again. */
  RETURNED = "RETURNED",
  /** 已审核: locked; no ledger entry may be dated inside it. */
  APPROVED = "APPROVED",
  /** 已解锁 with a reason: open for corrections until it is submitted and approved again. */
  REOPENED = "REOPENED",
}
registerEnumType(ReportingPeriodState, { name: "ReportingPeriodState" });

export enum ReportingAction {
  SUBMIT = "SUBMIT",
  APPROVE = "APPROVE",
  RETURN = "RETURN",
  UNLOCK = "UNLOCK",
}
registerEnumType(ReportingAction, { name: "ReportingAction", description: "A step of a reporting period." });

/** An explanation the county official gave for one data-quality finding (by the finding's key). */
@ObjectType()
export class FindingExplanation {
  @Field({ description: "The finding's stable key (rule code and the record it points at)." })
  key: string;

  @Field()
  text: string;
}

/** 报送期: one pairing's month. */
@ObjectType()
@Entity("reporting_period")
export class ReportingPeriod {
  @Field(() => ID)
  @PrimaryColumn({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @Field({ description: "YYYY-MM" })
  @PrimaryColumn({ type: "char", length: 7 })
  month: string;

  /** `status` in the schema: a result union's members may not answer `state` with different types (InvalidStateError.state). */
  @Field(() => ReportingPeriodState, { name: "status" })
  @Column({ type: "text" })
  state: ReportingPeriodState;

  @Column({ name: "submitted_by", type: "uuid", nullable: true })
  submittedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "submitted_at", type: "timestamptz", nullable: true })
  submittedAt: Date | null;

  /** Who approved, returned or unlocked it last. */
  @Column({ name: "decided_by", type: "uuid", nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "decided_at", type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The reason of the last return or unlock." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Field(() => [FindingExplanation], { description: "The explanations stored with the last submission." })
  @Column({ type: "jsonb", default: () => "'[]'::jsonb" })
  explanations: FindingExplanation[];
}

/** 报送记录: one step taken on a period (append-only). */
@ObjectType()
@Entity("reporting_period_action")
export class ReportingPeriodStep {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Column({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @Column({ type: "char", length: 7 })
  month: string;

  @Field(() => ReportingAction)
  @Column({ type: "text" })
  action: ReportingAction;

  @Field(() => ReportingPeriodState)
  @Column({ name: "from_state", type: "text" })
  fromState: ReportingPeriodState;

  @Field(() => ReportingPeriodState)
  @Column({ name: "to_state", type: "text" })
  toState: ReportingPeriodState;

  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: "timestamptz", insert: false, update: false, default: () => "now()" })
  at: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Field(() => [FindingExplanation], { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  explanations: FindingExplanation[] | null;
}
