import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";
import { Indicator } from "../agreements/indicator";

/**
 * Tables of this module kept by raw SQL alone (no entity class): `ledger_daily`, `ledger_monthly` and
 * `ledger_yearly`, the per-day, per-month and per-year sums a database trigger keeps in step with
 * `ledger_entry` (the boards read them).
 */
export const rawTables = ["ledger_daily", "ledger_monthly", "ledger_yearly"] as const;

/** Where a ledger entry comes from. Later modules add their record kinds here. */
export enum LedgerSource {
  /** 上报数据: a figure a coordinator recorded with its source document. */
  REPORTED = "REPORTED",
  /** 更正: reverses or adjusts an earlier reported entry; the original stays. */
  CORRECTION = "CORRECTION",
  /** 消费帮扶订单: a sub-order's certified lines, +amount when confirmed, −amount when cancelled or refunded (sourceId = sub-order id). */
  ORDER_LINE = "ORDER_LINE",
  /** 劳务协作安置: +1 LABOURERS_PLACED (and +1 POOR_LABOURERS_PLACED for a registered-poor worker) when a placement becomes EMPLOYED; not reversed when the worker later leaves (sourceId = placement id). */
  PLACEMENT = "PLACEMENT",
  /** 培训: +attendees PEOPLE_TRAINED when a training session is recorded (sourceId = training session id). */
  TRAINING = "TRAINING",
  /** 扶贫车间: +1 WORKSHOPS when a poverty-relief workshop is registered (sourceId = workshop id). */
  WORKSHOP = "WORKSHOP",
  /** 招商项目阶段: +1 project landed when a project is signed, −1 when a signed project is dropped (sourceId = project id). */
  PROJECT_STAGE = "PROJECT_STAGE",
  /** 到位资金: +amount per tranche, −amount per reversal (sourceId = tranche or reversal id). */
  FUND_TRANCHE = "FUND_TRANCHE",
  /** 项目成效: the change in people lifted since the project's previous outcome report (sourceId = report id). */
  PROJECT_OUTCOME = "PROJECT_OUTCOME",
  /** 组织领导: a joint meeting +1 JOINT_MEETINGS, a meeting or visit +person-visits EXCHANGE_VISITS; withdrawal the negatives (sourceId = joint_work id). */
  JOINT_WORK = "JOINT_WORK",
  /** 社会帮扶资金: +amount SOCIAL_DONATIONS per donation (goods at value), −amount per reversal (sourceId = donation or reversal id). */
  DONATION = "DONATION",
  /**
   * 财政援助资金下达: +amount FISCAL_AID per ALLOCATED transaction of a fiscal aid project, on its date, to the
   * project's pairing; its reversal −amount on the same date, correctsId pointing at the original's entry
   * (sourceId = transaction or reversal id). Disbursed and spent money is not in the ledger (docs/indicators.md).
   */
  FISCAL_FUNDS = "FISCAL_FUNDS",
  /** 人才支援: +1 / −1 CADRES_SENT or PROFESSIONALS_SENT per person and year in post, from a recount of the person's postings on every change (sourceId = talent person id; docs/indicators.md). */
  TALENT_POSTING = "TALENT_POSTING",
  /** 结对帮扶: +1 PAIRS_FORMED on the pair's start date; −1 when withdrawn; a moved start date −1 on the old date, +1 on the new (sourceId = unit pair id). */
  UNIT_PAIR = "UNIT_PAIR",
}
registerEnumType(LedgerSource, { name: "LedgerSource" });

/**
 * One line of the delivery ledger: an amount delivered toward one indicator of one pairing on a
 * date. Append-only (a database trigger refuses UPDATE and DELETE): progress is the sum.
 */
@ObjectType()
@Entity("ledger_entry")
export class LedgerEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID)
  @Column({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @Field(() => Indicator)
  @Column({ type: "text" })
  indicator: Indicator;

  /** Base units of the indicator (fen for YUAN); exposed formatted by the resolver. */
  @Column({ type: "bigint" })
  amount: number;

  @Field(() => DateScalar, { description: "When the delivery happened (counts toward that year)." })
  @Column({ name: "occurred_on", type: "date" })
  occurredOn: string;

  @Field(() => LedgerSource)
  @Column({ type: "text" })
  source: LedgerSource;

  @Field(() => String, { nullable: true, description: "The id of the record behind a module's entry." })
  @Column({ name: "source_id", type: "text", nullable: true })
  sourceId: string | null;

  @Field(() => String, { nullable: true, description: "文件依据: the document the figure comes from." })
  @Column({ name: "source_document", type: "text", nullable: true })
  sourceDocument: string | null;

  /** A note a person typed (free text). System notes are keyed instead (below); the resolver's `note` shows either. */
  @Column({ type: "text", nullable: true })
  note: string | null;

  /** A system note's key in LEDGER_NOTES (ledger.notes.ts), rendered in the request's language. */
  @Column({ name: "note_key", type: "text", nullable: true })
  noteKey: string | null;

  @Column({ name: "note_params", type: "jsonb", nullable: true })
  noteParams: Record<string, string> | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: "corrects_id", type: "uuid", nullable: true })
  correctsId: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz", insert: false, update: false, default: () => "now()" })
  recordedAt: Date;
}
