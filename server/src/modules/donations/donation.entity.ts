import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar, MoneyScalar } from "../../shared/scalars";

/** 捐款 or 捐物折款: money, or goods counted at their value. */
export enum DonationKind {
  /** 捐款 */
  MONEY = "MONEY",
  /** 捐物折款: goods valued in money (a description and the valuation basis are kept). */
  GOODS = "GOODS",
}
registerEnumType(DonationKind, { name: "DonationKind", description: "捐款 / 捐物折款" });

/** Who gave. */
export enum DonorKind {
  /** 企业: linked to a registered enterprise when it is one, else named. */
  ENTERPRISE = "ENTERPRISE",
  /** 社会组织 (foundations, associations, chambers of commerce…), named. */
  ORGANISATION = "ORGANISATION",
  /** 个人捐赠: no personal data is stored, only an optional count of donors. */
  INDIVIDUAL = "INDIVIDUAL",
}
registerEnumType(DonorKind, { name: "DonorKind", description: "企业 / 社会组织 / 个人" });

/** 应急援助: none, epidemic (疫情) or disaster (灾情). */
export enum EmergencyAid {
  NONE = "NONE",
  EPIDEMIC = "EPIDEMIC",
  DISASTER = "DISASTER",
}
registerEnumType(EmergencyAid, { name: "EmergencyAid", description: "应急援助: 无 / 疫情 / 灾情" });

/**
 * 社会帮扶资金: one donation received by a west county in a pairing, or the reversal (冲正) of one —
 * a row with the negated amount, the original's descriptive fields and date, and a reason. Rows are
 * never updated (a database trigger refuses it). SOCIAL_DONATIONS counts it on recording.
 */
@ObjectType()
@Entity("donation")
export class Donation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID, { description: "The most specific pairing of (eastRegion, county): the one it counts for." })
  @Column({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @Field(() => ID, { description: "The donor side: the east region the donation was raised in." })
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => ID)
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => DonationKind)
  @Column({ type: "text" })
  kind: DonationKind;

  @Field(() => DonorKind)
  @Column({ name: "donor_kind", type: "text" })
  donorKind: DonorKind;

  @Field(() => ID, { nullable: true, description: "A registered enterprise, when the donor is one." })
  @Column({ name: "enterprise_id", type: "uuid", nullable: true })
  enterpriseId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The enterprise's or organisation's name; null for individuals (no personal data).",
  })
  @Column({ name: "donor_name", type: "text", nullable: true })
  donorName: string | null;

  @Field(() => Int, { nullable: true, description: "Individuals: how many gave, when known." })
  @Column({ name: "donor_count", type: "int", nullable: true })
  donorCount: number | null;

  @Field(() => String, { nullable: true, description: "Goods: what was given." })
  @Column({ name: "goods_description", type: "text", nullable: true })
  goodsDescription: string | null;

  @Field(() => String, { nullable: true, description: "Goods: how the value was set (折价依据)." })
  @Column({ name: "valuation_basis", type: "text", nullable: true })
  valuationBasis: string | null;

  @Field(() => String, { nullable: true, description: "The project or purpose it was given for." })
  @Column({ type: "text", nullable: true })
  purpose: string | null;

  @Field(() => EmergencyAid)
  @Column({ type: "text" })
  emergency: EmergencyAid;

  @Field(() => DateScalar, {
    description:
      "When it was received. A reversal: the original's date while that month is open, else the day it was made (the open period, as its ledger entry); the original's date is `reverses.receivedOn`.",
  })
  @Column({ name: "received_on", type: "date" })
  receivedOn: string;

  @Field({ description: "捐赠票据号, unique per pairing among donations not reversed." })
  @Column({ name: "receipt_no" })
  receiptNo: string;

  @Field(() => MoneyScalar, { description: "Positive for a donation (goods at value), negative for a reversal." })
  @Column({ type: "bigint" })
  amount: number;

  @Field(() => ID, { nullable: true, description: "Reversals: the donation this one reverses." })
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

/** A receipt number in use in a pairing (see the migration): claimed on recording, freed on reversal. */
@Entity("donation_receipt")
export class DonationReceipt {
  @PrimaryColumn({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @PrimaryColumn({ name: "receipt_no", type: "text" })
  receiptNo: string;

  @Column({ name: "donation_id", type: "uuid" })
  donationId: string;
}
