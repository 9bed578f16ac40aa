import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum ProductImageKind {
  PHOTO = "PHOTO",
  /** 扶贫产品认定证书 scan: lets a buyer see the certificate behind "counts toward quota". */
  CERTIFICATE = "CERTIFICATE",
}
registerEnumType(ProductImageKind, { name: "ProductImageKind" });

/**
 * A product photo or certificate scan. The bytes live in the database (a backup holds
 * everything) and are served by GET /images/:id; an image never changes, so its URL is cached forever.
 */
@ObjectType()
@Entity("product_image")
export class ProductImage {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "product_id", type: "uuid" })
  productId: string;

  @Field(() => ProductImageKind)
  @Column({ type: "text" })
  kind: ProductImageKind;

  @Field({ description: "image/jpeg, image/png or image/webp, as sniffed from the bytes." })
  @Column({ name: "content_type" })
  contentType: string;

  @Field(() => Int)
  @Column({ name: "byte_size", type: "int" })
  byteSize: number;

  @Column({ type: "char", length: 64 })
  sha256: string;

  @Column({ type: "bytea", select: false })
  content: Buffer;

  @Column({ name: "uploaded_by", type: "uuid", nullable: true })
  uploadedById: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field({ description: "Where the browser loads it from." })
  get url(): string {
    return `/images/${this.id}`;
  }
}
