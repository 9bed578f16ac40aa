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
 * everything) and are served by GET /images/:id — to whom, docs/hardening.md "Who may fetch which
 * image": photos of products on sale to anyone; anything else through a short-lived signed URL.
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

  /** Set by `fetchableImages` for an image that is not public: the signed path for this caller. */
  signedPath?: string;

  @Field({
    description: "Where the browser loads it from (a signed URL, valid for minutes, unless the image is public).",
  })
  get url(): string {
    return this.signedPath ?? `/images/${this.id}`;
  }
}
