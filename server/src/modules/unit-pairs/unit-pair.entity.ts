import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar, MoneyScalar } from "../../shared/scalars";

/** 结对类型: the two kinds of unit a pair joins (Jiangsu–Shaanxi 2021 counted 县县 56, 镇镇 331, 村村 448, 企村 220…). */
export enum UnitPairKind {
  COUNTY_COUNTY = "COUNTY_COUNTY",
  TOWN_TOWN = "TOWN_TOWN",
  VILLAGE_VILLAGE = "VILLAGE_VILLAGE",
  ENTERPRISE_VILLAGE = "ENTERPRISE_VILLAGE",
  SCHOOL_SCHOOL = "SCHOOL_SCHOOL",
  HOSPITAL_HOSPITAL = "HOSPITAL_HOSPITAL",
  ORGANISATION_VILLAGE = "ORGANISATION_VILLAGE",
}
registerEnumType(UnitPairKind, {
  name: "UnitPairKind",
  description: "结对类型",
  valuesConfig: {
    COUNTY_COUNTY: { description: "县县结对" },
    TOWN_TOWN: { description: "镇镇结对 (街道–乡镇)" },
    VILLAGE_VILLAGE: { description: "村村结对 (社区–村)" },
    ENTERPRISE_VILLAGE: { description: "企村结对: an east enterprise and a west village" },
    SCHOOL_SCHOOL: { description: "校校结对" },
    HOSPITAL_HOSPITAL: { description: "院院结对" },
    ORGANISATION_VILLAGE: { description: "社会组织结对村" },
  },
});

/** Where a pair stands: running, ended (it was formed and counted), or withdrawn (entered by mistake, not counted). */
export enum UnitPairStatus {
  ACTIVE = "ACTIVE",
  ENDED = "ENDED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(UnitPairStatus, { name: "UnitPairStatus", description: "结对状态: 进行中 / 已结束 / 已撤销" });

/**
 * 结对帮扶: a pair of two units across a pairing (an east town and a west town, an east enterprise and a
 * west village …), in one west county of the pairing's west side. Forming it counts PAIRS_FORMED +1
 * on `formedOn` to the pairing (docs/indicators.md); withdrawing it −1; ending it changes no count.
 */
@ObjectType()
@Entity("unit_pair")
export class UnitPair {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @Field(() => ID, { description: "The west county the west unit lies in." })
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => UnitPairKind)
  @Column({ type: "text" })
  kind: UnitPairKind;

  @Field({ description: "东部单位: the east town, village, enterprise, school, hospital or organisation." })
  @Column({ name: "east_unit" })
  eastUnit: string;

  @Field({ description: "西部单位" })
  @Column({ name: "west_unit" })
  westUnit: string;

  @Field(() => ID, { nullable: true, description: "企村结对: the registered east enterprise, when linked." })
  @Column({ name: "enterprise_id", type: "uuid", nullable: true })
  enterpriseId: string | null;

  @Field(() => DateScalar, { description: "结对日期: counts PAIRS_FORMED in this date's year." })
  @Column({ name: "formed_on", type: "date" })
  formedOn: string;

  @Field(() => String, { nullable: true, description: "帮扶内容" })
  @Column({ type: "text", nullable: true })
  support: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "帮扶价值 (yuan), for information: NOT counted in SOCIAL_DONATIONS (a donation is recorded there once, by its own record).",
  })
  @Column({ type: "bigint", nullable: true })
  value: number | null;

  @Field(() => DateScalar, { nullable: true, description: "结束日期" })
  @Column({ name: "ended_on", type: "date", nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "end_reason", type: "text", nullable: true })
  endReason: string | null;

  @Field(() => Date, { nullable: true, description: "撤销: when it was withdrawn as entered by mistake." })
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "withdraw_reason", type: "text", nullable: true })
  withdrawReason: string | null;

  @Column({ name: "withdrawn_by", type: "uuid", nullable: true })
  withdrawnById: string | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => UnitPairStatus)
  get status(): UnitPairStatus {
    return this.withdrawnAt ? UnitPairStatus.WITHDRAWN : this.endedOn ? UnitPairStatus.ENDED : UnitPairStatus.ACTIVE;
  }
}
