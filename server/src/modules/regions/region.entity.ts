import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/**
 * Tables of this module kept by raw SQL alone (no entity class): `region_closure`, every
 * (ancestor, descendant) pair of the region tree, behind every subtree condition.
 */
export const rawTables = ["region_closure"] as const;

export enum RegionSide {
  /** 支援方: the side that gives (Qingdao, Jiaozhou, Pingdu). */
  EAST = "EAST",
  /** 受援方: the side that receives (Anshun, Zhenning, and Heze within Shandong). */
  WEST = "WEST",
}
registerEnumType(RegionSide, { name: "RegionSide" });

export enum RegionLevel {
  PROVINCE = "PROVINCE",
  PREFECTURE = "PREFECTURE",
  COUNTY = "COUNTY",
}
registerEnumType(RegionLevel, { name: "RegionLevel" });

/** An administrative division (行政区划) with its GB/T 2260 code. */
@ObjectType()
@Entity("region")
export class Region {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "GB/T 2260 code, e.g. 370281 for 胶州市." })
  @Column({ type: "char", length: 6 })
  code: string;

  @Field({ description: "Full name, e.g. 镇宁布依族苗族自治县." })
  @Column()
  name: string;

  @Field({ description: "Name as people say it, e.g. 镇宁县." })
  @Column({ name: "short_name" })
  shortName: string;

  @Field(() => RegionSide)
  @Column({ type: "text" })
  side: RegionSide;

  @Field(() => RegionLevel)
  @Column({ type: "text" })
  level: RegionLevel;

  @Field(() => ID, { nullable: true })
  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId: string | null;
}
