import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

/** 人才类别: a cadre (counts in CADRES_SENT) or a professional (PROFESSIONALS_SENT). */
export enum TalentCategory {
  /** 党政干部 */
  CADRE = "CADRE",
  /** 教师 */
  TEACHER = "TEACHER",
  /** 医生 */
  DOCTOR = "DOCTOR",
  /** 农技人员 */
  AGRI_TECH = "AGRI_TECH",
  /** 其他专业技术人才 */
  OTHER = "OTHER",
}
registerEnumType(TalentCategory, { name: "TalentCategory", description: "人才类别" });

/** SENT: 东部选派到西部 (counted); RECEIVED: 西部到东部挂职/跟岗, 东部接收 (shown beside, not counted). */
export enum TalentDirection {
  SENT = "SENT",
  RECEIVED = "RECEIVED",
}
registerEnumType(TalentDirection, { name: "TalentDirection", description: "选派 / 接收" });

/** 派驻方式 */
export enum PostingKind {
  /** 挂职 */
  GUAZHI = "GUAZHI",
  /** 支教 */
  TEACHING = "TEACHING",
  /** 支医 */
  MEDICAL = "MEDICAL",
  /** 技术服务 */
  TECHNICAL = "TECHNICAL",
  OTHER = "OTHER",
}
registerEnumType(PostingKind, { name: "PostingKind", description: "派驻方式" });

/** Where a posting stands on a day (today unless asked). */
export enum PostingStatus {
  /** 未到岗 */
  NOT_STARTED = "NOT_STARTED",
  /** 在岗 */
  IN_POST = "IN_POST",
  /** 已期满 / 已提前结束 */
  ENDED = "ENDED",
  /** 已撤回 (a wrong record) */
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(PostingStatus, { name: "PostingStatus" });

/**
 * 人才: one person sent or received, whatever the number of their postings. Personal data: no ID
 * number is kept; the phone is stored encrypted (shared/pii.ts) with its mask beside it, and the
 * API shows only the mask (the unmasked number comes from `revealTalentPersonPhone`, audited).
 */
@ObjectType()
@Entity("talent_person")
export class TalentPerson {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: "工作单位" })
  @Column()
  institution: string;

  /** AES-256-GCM ciphertext; never a GraphQL field. */
  @Column({ name: "phone_enc", type: "text", nullable: true, select: false })
  phoneEnc: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile number, masked ("138****5678").' })
  @Column({ name: "phone_masked", type: "text", nullable: true })
  phoneMasked: string | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

/** 派驻记录: one posting of a person, east → west (SENT) or west → east (RECEIVED). */
@ObjectType()
@Entity("talent_posting")
export class TalentPosting {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @Field(() => ID)
  @Column({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @Field(() => ID)
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => ID)
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => TalentDirection)
  @Column({ type: "text" })
  direction: TalentDirection;

  @Field(() => TalentCategory)
  @Column({ type: "text" })
  category: TalentCategory;

  @Field(() => PostingKind)
  @Column({ type: "text" })
  kind: PostingKind;

  @Field({ description: "派出单位" })
  @Column({ name: "sending_unit" })
  sendingUnit: string;

  @Field({ description: "接收单位" })
  @Column({ name: "receiving_unit" })
  receivingUnit: string;

  @Field(() => String, { nullable: true, description: "担任职务" })
  @Column({ name: "role_title", type: "text", nullable: true })
  roleTitle: string | null;

  @Field(() => DateScalar)
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => DateScalar, { description: "计划结束" })
  @Column({ name: "planned_end_on", type: "date" })
  plannedEndOn: string;

  @Field(() => DateScalar, { nullable: true, description: "提前结束日期" })
  @Column({ name: "ended_on", type: "date", nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "end_reason", type: "text", nullable: true })
  endReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "withdrawn_reason", type: "text", nullable: true })
  withdrawnReason: string | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** The last day in post: the early end when there is one, else the planned end. */
  get endsOn(): string {
    return this.endedOn ?? this.plannedEndOn;
  }
}

/** The unmasked phone of one person, for those who record their postings; each read is audited. */
@ObjectType()
export class TalentPersonPhone {
  @Field(() => ID)
  personId: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

/** 人才支援 per year: distinct people in post during the year (SENT counted, RECEIVED beside). */
@ObjectType()
export class TalentYearSummary {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: "CADRES_SENT: cadres sent, in post during the year." })
  cadresSent: number;

  @Field(() => Int, { description: "PROFESSIONALS_SENT: professionals sent, every category but cadres." })
  professionalsSent: number;

  @Field(() => Int)
  teachersSent: number;

  @Field(() => Int)
  doctorsSent: number;

  @Field(() => Int)
  agriTechSent: number;

  @Field(() => Int)
  otherSent: number;

  @Field(() => Int, { description: "Cadres received from the west (挂职/跟岗)." })
  cadresReceived: number;

  @Field(() => Int, { description: "Professionals received from the west." })
  professionalsReceived: number;
}
