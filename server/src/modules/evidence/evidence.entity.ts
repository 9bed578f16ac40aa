import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/**
 * What a file is evidence for: a ledger entry, or a record of another module (which registers it in
 * evidence.records.ts and answers who may see it). A record's verified file covers the ledger
 * entries that record wrote.
 */
export enum EvidenceRecordType {
  LEDGER_ENTRY = "LEDGER_ENTRY",
  /** 到位资金: an investment project's funds tranche. */
  FUND_TRANCHE = "FUND_TRANCHE",
  /** 财政援助资金: a fiscal aid project's transaction. */
  FISCAL_TRANSACTION = "FISCAL_TRANSACTION",
  /** 社会帮扶: a donation. */
  DONATION = "DONATION",
  /** 订单验收: a sub-order's invoice or inspection scan (with a purpose). */
  SUB_ORDER = "SUB_ORDER",
  /** 劳务协作: a placement. */
  PLACEMENT = "PLACEMENT",
  /** 培训: a training session. */
  TRAINING = "TRAINING",
  /** 招商项目: a project (its stage: the signed contract). */
  PROJECT_STAGE = "PROJECT_STAGE",
  /** 结对帮扶: a unit pair. */
  UNIT_PAIR = "UNIT_PAIR",
}
registerEnumType(EvidenceRecordType, { name: "EvidenceRecordType" });

/** What an order receipt's file is (验票 / 验货): set for sub-orders only. */
export enum EvidencePurpose {
  /** 发票 */
  INVOICE = "INVOICE",
  /** 验货单 */
  INSPECTION = "INSPECTION",
}
registerEnumType(EvidencePurpose, { name: "EvidencePurpose" });

export enum EvidenceStatus {
  /** 待审核 */
  PENDING = "PENDING",
  /** 已核实: a coordinator checked the file backs the record. */
  VERIFIED = "VERIFIED",
  /** 已驳回, with a reason. */
  REJECTED = "REJECTED",
}
registerEnumType(EvidenceStatus, { name: "EvidenceStatus" });

/**
 * 佐证材料: a file (PDF, PNG, JPEG, XLSX, DOCX; type sniffed from the bytes) attached to a record,
 * with its sha256. Served by GET /evidence/:id to whoever may read the record.
 */
@ObjectType()
@Entity("evidence_file")
export class EvidenceFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => EvidenceRecordType)
  @Column({ name: "record_type", type: "text" })
  recordType: EvidenceRecordType;

  @Field(() => ID)
  @Column({ name: "record_id", type: "uuid" })
  recordId: string;

  @Field(() => EvidencePurpose, { nullable: true, description: "A sub-order's file: invoice or inspection scan." })
  @Column({ type: "text", nullable: true })
  purpose: EvidencePurpose | null;

  @Field({ description: "The file's name as uploaded (its extension agrees with its bytes)." })
  @Column({ name: "file_name", type: "text" })
  fileName: string;

  @Field({ description: "The type sniffed from the bytes (application/pdf, image/png …)." })
  @Column({ type: "text" })
  mime: string;

  @Field(() => Int, { description: "Bytes." })
  @Column({ type: "int" })
  size: number;

  @Field({ description: "SHA-256 of the bytes, hex." })
  @Column({ type: "char", length: 64 })
  sha256: string;

  @Column({ type: "bytea", select: false })
  content: Buffer;

  @Column({ name: "uploaded_by", type: "uuid", nullable: true })
  uploadedById: string | null;

  @Field()
  @Column({ name: "uploaded_at", type: "timestamptz", insert: false, update: false, default: () => "now()" })
  uploadedAt: Date;

  @Field(() => EvidenceStatus)
  @Column({ type: "text", insert: false, default: "PENDING" })
  status: EvidenceStatus;

  @Column({ name: "reviewed_by", type: "uuid", nullable: true })
  reviewedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "reviewed_at", type: "timestamptz", nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why a coordinator rejected it." })
  @Column({ name: "reject_reason", type: "text", nullable: true })
  rejectReason: string | null;

  @Field({ description: "Where to download it (GET with the bearer token)." })
  get url(): string {
    return `/evidence/${this.id}`;
  }
}
