import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar, MoneyScalar } from "../../shared/scalars";

/** 项目类别: what a fiscal aid project is for. */
export enum FiscalSector {
  /** 产业发展 */
  INDUSTRY = "INDUSTRY",
  /** 基础设施 */
  INFRASTRUCTURE = "INFRASTRUCTURE",
  /** 教育 */
  EDUCATION = "EDUCATION",
  /** 医疗卫生 */
  HEALTH = "HEALTH",
  /** 劳务协作 */
  LABOUR = "LABOUR",
  /** 人居环境 */
  LIVING = "LIVING",
  /** 其他 */
  OTHER = "OTHER",
}
registerEnumType(FiscalSector, { name: "FiscalSector" });

/** The kinds of money movement on a project (IATI's transaction types: commitment, disbursement, expenditure). */
export enum FiscalTransactionKind {
  /** 下达: the east side allocates funds to the project; feeds FISCAL_AID. */
  ALLOCATED = "ALLOCATED",
  /** 拨付: the county passes funds on to the implementing unit. */
  DISBURSED = "DISBURSED",
  /** 支出: the implementing unit spends them. */
  SPENT = "SPENT",
}
registerEnumType(FiscalTransactionKind, { name: "FiscalTransactionKind" });

/** Derived from the records, never stored. */
export enum FiscalProjectStatus {
  /** 未下达: no funds allocated (net of reversals). */
  PLANNED = "PLANNED",
  /** 实施中 */
  IN_PROGRESS = "IN_PROGRESS",
  /** 已完工: the latest works report says 100%. */
  COMPLETED = "COMPLETED",
}
registerEnumType(FiscalProjectStatus, { name: "FiscalProjectStatus" });

/** 财政援助项目: one project of a pairing's year in one west county (and town). */
@ObjectType()
@Entity("fiscal_project")
export class FiscalProject {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID)
  @Column({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @Field(() => Int, { description: "The agreement year the project belongs to." })
  @Column({ type: "int" })
  year: number;

  @Field(() => ID)
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => String, { nullable: true, description: "乡镇 (text)." })
  @Column({ type: "text", nullable: true })
  town: string | null;

  @Field()
  @Column()
  name: string;

  @Field(() => FiscalSector)
  @Column({ type: "text" })
  sector: FiscalSector;

  @Field({ description: "实施单位." })
  @Column({ name: "implementing_unit" })
  implementingUnit: string;

  @Field(() => Int, { description: "计划受益人数." })
  @Column({ name: "planned_beneficiaries", type: "int" })
  plannedBeneficiaries: number;

  @Field(() => Int, { description: "其中建档立卡贫困人口 (≤ plannedBeneficiaries)." })
  @Column({ name: "planned_poor_beneficiaries", type: "int" })
  plannedPoorBeneficiaries: number;

  @Field(() => DateScalar)
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => DateScalar, { description: "计划完工日期." })
  @Column({ name: "planned_end_on", type: "date" })
  plannedEndOn: string;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

/** One dated money movement (下达/拨付/支出), or the reversal (冲正) of one. Never updated. */
@ObjectType()
@Entity("fiscal_transaction")
export class FiscalTransaction {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID)
  @Column({ name: "project_id", type: "uuid" })
  projectId: string;

  @Field(() => FiscalTransactionKind)
  @Column({ type: "text" })
  kind: FiscalTransactionKind;

  @Field(() => MoneyScalar, { description: "Positive; negative for a reversal." })
  @Column({ type: "bigint" })
  amount: number;

  @Field(() => DateScalar, {
    description:
      "A reversal carries the date of the transaction it corrects, or today when that month is approved and locked; the original's date is `reverses.occurredOn`.",
  })
  @Column({ name: "occurred_on", type: "date" })
  occurredOn: string;

  @Field({ description: "Document reference (文号/凭证号)." })
  @Column()
  reference: string;

  @Field(() => ID, { nullable: true, description: "Reversals: the transaction this one reverses." })
  @Column({ name: "reverses_id", type: "uuid", nullable: true })
  reversesId: string | null;

  @Field(() => String, { nullable: true, description: "Reversals: why." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz", insert: false, update: false })
  recordedAt: Date;
}

/** 工程进度: a dated report of works complete (0–100%); the latest by date is current, the rest is history. */
@ObjectType()
@Entity("fiscal_progress_report")
export class FiscalProgressReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID)
  @Column({ name: "project_id", type: "uuid" })
  projectId: string;

  @Field(() => DateScalar)
  @Column({ name: "reported_on", type: "date" })
  reportedOn: string;

  @Field(() => Int, { description: "Works complete, % (0–100)." })
  @Column({ type: "int" })
  percent: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz", insert: false, update: false })
  recordedAt: Date;
}

export const FISCAL_ENTITIES = [FiscalProject, FiscalTransaction, FiscalProgressReport];
