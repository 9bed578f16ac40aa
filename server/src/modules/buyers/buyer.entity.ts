import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** The "5" of 1+2+5+N, and the "N" (OTHER: buys, carries no quota). */
export enum BuyerGroup {
  EDUCATION = "EDUCATION",
  HEALTHCARE = "HEALTHCARE",
  RETAIL = "RETAIL",
  GOVERNMENT = "GOVERNMENT",
  ENTERPRISE = "ENTERPRISE",
  OTHER = "OTHER",
}
registerEnumType(BuyerGroup, {
  name: "BuyerGroup",
  valuesConfig: {
    EDUCATION: { description: "学校食堂 schools' canteens" },
    HEALTHCARE: { description: "医院 hospitals" },
    RETAIL: { description: "商超 supermarkets" },
    GOVERNMENT: { description: "机关 government agencies" },
    ENTERPRISE: { description: "企业 enterprises" },
    OTHER: { description: "社会组织、个人等 everyone else (the N): no quota" },
  },
});

/** 采购单位: an institutional buyer of one east region. */
@ObjectType()
@Entity("buyer")
export class Buyer {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  name: string;

  @Field(() => ID)
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => BuyerGroup)
  @Column({ name: "buyer_group", type: "text" })
  group: BuyerGroup;

  // The table's created_at (DEFAULT now()) is not mapped: nothing reads it, and the quota board builds
  // its page's buyers from its summary's copy of name, region and group (quota.service.ts), without
  // a second read of the buyer for it.
}
