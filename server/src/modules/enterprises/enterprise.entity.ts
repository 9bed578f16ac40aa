import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** 企业: a company of the east side that lists investment leads (招商线索) and job postings. */
@ObjectType()
@Entity("enterprise")
export class Enterprise {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: "统一社会信用代码 (GB 32100), 18 characters with a check character." })
  @Column({ name: "credit_code", type: "char", length: 18 })
  creditCode: string;

  @Field(() => ID, { description: "The east region the enterprise is registered in (its home, 注册地)." })
  @Column({ name: "home_region_id", type: "uuid" })
  homeRegionId: string;

  @Field({ description: "行业, e.g. 辣椒加工, 医用防护用品." })
  @Column()
  industry: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "contact_name", type: "text", nullable: true })
  contactName: string | null;

  /**
   * 联系电话 is personal data (DOMAIN.md): stored encrypted (shared/pii.ts) with its masked form
   * beside it, as for workers and the checkout's delivery phone. `Enterprise.contactPhone`
   * (enterprise.resolver.ts) shows it whole or masked depending on the reader.
   */
  @Column({ name: "contact_phone_enc", type: "text", nullable: true })
  contactPhoneEnc: string | null;

  @Column({ name: "contact_phone_masked", type: "text", nullable: true })
  contactPhoneMasked: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
