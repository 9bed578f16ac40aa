import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum SupplierStatus {
  /** 县级推荐: recommended by its county, waiting for review. */
  RECOMMENDED = "RECOMMENDED",
  /** 审核通过: may sell. */
  APPROVED = "APPROVED",
  /** 暂停: suspended (price or quality problems); its products cannot be ordered. */
  SUSPENDED = "SUSPENDED",
}
registerEnumType(SupplierStatus, { name: "SupplierStatus" });

/** 供应商: a cooperative or company of a west county that sells certified products. */
@ObjectType()
@Entity("supplier")
export class Supplier {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: "统一社会信用代码 (GB 32100), 18 characters with a check character." })
  @Column({ name: "credit_code", type: "char", length: 18 })
  creditCode: string;

  @Field(() => ID)
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  contact: string | null;

  @Field(() => SupplierStatus)
  @Column({ type: "text" })
  status: SupplierStatus;

  @Field(() => String, { nullable: true, description: "Why it was suspended or approved." })
  @Column({ name: "status_note", type: "text", nullable: true })
  statusNote: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
