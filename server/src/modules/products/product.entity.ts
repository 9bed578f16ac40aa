import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { MoneyScalar, DateScalar } from "../../shared/scalars";

export enum CertificateStatus {
  VALID = "VALID",
  /** Past its end date (or not yet started) on the day asked about. */
  EXPIRED = "EXPIRED",
  /** No certificate recorded. */
  MISSING = "MISSING",
}
registerEnumType(CertificateStatus, { name: "CertificateStatus", description: "扶贫产品认定 status on a given day." });

/**
 * 扶贫产品: a certified poverty-alleviation product of one supplier, priced exactly (fen). The
 * certificate (扶贫产品认定, county → city → province → national filing) decides whether a sale
 * counts toward quotas: one missing or expired on the order date can be bought but does not count.
 */
@ObjectType()
@Entity("product")
export class Product {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "supplier_id", type: "uuid" })
  supplierId: string;

  @Field(() => ID, { description: "Origin county: always the supplier's county." })
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: "e.g. 蜂产品, 食用菌, 饮用水, 苗木, 调味品" })
  @Column()
  category: string;

  @Field({ description: "规格, e.g. 500g/瓶" })
  @Column()
  spec: string;

  @Field({ description: "计量单位, e.g. 瓶, 箱, 株" })
  @Column()
  unit: string;

  @Field(() => MoneyScalar, { description: "Unit price; copied into order lines when ordered." })
  @Column({ type: "bigint" })
  price: number;

  @Field(() => Int)
  @Column({ type: "int" })
  stock: number;

  @Field(() => String, { nullable: true, description: "认定证书编号" })
  @Column({ name: "certificate_no", type: "text", nullable: true })
  certificateNo: string | null;

  @Field(() => String, { nullable: true, description: "认定机关" })
  @Column({ name: "certificate_authority", type: "text", nullable: true })
  certificateAuthority: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: "certificate_valid_from", type: "date", nullable: true })
  certificateValidFrom: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: "certificate_valid_to", type: "date", nullable: true })
  certificateValidTo: string | null;

  @Field()
  @Column({ default: true })
  active: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

/** The certificate's status on a day ("YYYY-MM-DD"). */
export function certificateStatusOn(
  p: Pick<Product, "certificateNo" | "certificateValidFrom" | "certificateValidTo">,
  on: string,
): CertificateStatus {
  if (!p.certificateNo || !p.certificateValidFrom || !p.certificateValidTo) return CertificateStatus.MISSING;
  return p.certificateValidFrom <= on && on <= p.certificateValidTo
    ? CertificateStatus.VALID
    : CertificateStatus.EXPIRED;
}
