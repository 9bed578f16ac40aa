import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** What a file is evidence for. Ledger entries first (every figure is made of them); more record types later. */
export enum EvidenceRecordType {
  LEDGER_ENTRY = "LEDGER_ENTRY",
}
registerEnumType(EvidenceRecordType, { name: "EvidenceRecordType" });

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
