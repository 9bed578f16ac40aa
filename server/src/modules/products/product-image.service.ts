import { createHash } from "node:crypto";
import type { RequestContext } from "../../shared/context";
import { badInput, notFound, rethrowUnlessRefused } from "../../shared/errors";
import { recordAudit } from "../audit/audit.service";
import { ProductImage, ProductImageKind } from "./product-image.entity";
import { getProductForWrite } from "./product.service";
import { UUID } from "../../shared/sql";

/** 2 MiB: a phone photo re-encoded by the browser fits easily; a scan at 150 dpi too. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGES_PER_PRODUCT = 12;

/**
 * What the bytes are, from their first bytes — never from the client's Content-Type or file name,
 * so nothing but a real JPEG, PNG or WebP is ever served back from our origin.
 */
export function sniffImageType(b: Buffer): "image/jpeg" | "image/png" | "image/webp" | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (b.length >= 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP") return "image/webp";
  return null;
}

/** A county official adds a photo or certificate scan to one of its county's products. */
export async function addProductImage(ctx: RequestContext, input: { productId: string; kind: string; content: Buffer }): Promise<ProductImage> {
  const product = await getProductForWrite(ctx, input.productId);
  if (!Object.values(ProductImageKind).includes(input.kind as ProductImageKind)) throw badInput("kind", "图片类型须为 PHOTO 或 CERTIFICATE / kind must be PHOTO or CERTIFICATE");
  if (!input.content.length) throw badInput("file", "文件为空 / The file is empty");
  if (input.content.length > MAX_IMAGE_BYTES) throw badInput("file", "图片不能超过 2MB / Images are limited to 2 MB");
  const contentType = sniffImageType(input.content);
  if (!contentType) throw badInput("file", "仅支持 JPEG、PNG、WebP 图片 / Only JPEG, PNG or WebP images");
  const [{ n }] = await ctx.manager.query(`SELECT count(*)::int AS n FROM product_image WHERE product_id = $1`, [product.id]);
  if (n >= MAX_IMAGES_PER_PRODUCT) throw badInput("file", `每个产品最多 ${MAX_IMAGES_PER_PRODUCT} 张图片 / At most ${MAX_IMAGES_PER_PRODUCT} images per product`);
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  const image = await ctx.manager.getRepository(ProductImage).save(
    Object.assign(new ProductImage(), {
      productId: product.id, kind: input.kind as ProductImageKind, contentType, byteSize: input.content.length, sha256,
      content: input.content, uploadedById: ctx.user?.id || null,
    }),
  );
  await recordAudit(ctx, { action: "PRODUCT_IMAGE_ADDED", entityType: "Product", entityId: product.id, change: { imageId: image.id, kind: image.kind, bytes: image.byteSize, sha256 } });
  return image;
}

export async function removeProductImage(ctx: RequestContext, imageId: string): Promise<string> {
  const image = UUID.test(imageId) ? await ctx.manager.getRepository(ProductImage).findOneBy({ id: imageId }) : null;
  if (!image) throw notFound("图片 / Image");
  await getProductForWrite(ctx, image.productId).catch((e) => {
    rethrowUnlessRefused(e);
    throw notFound("图片 / Image");
  });
  await ctx.manager.query(`DELETE FROM product_image WHERE id = $1`, [image.id]);
  await recordAudit(ctx, { action: "PRODUCT_IMAGE_REMOVED", entityType: "Product", entityId: image.productId, change: { imageId: image.id, kind: image.kind, sha256: image.sha256 } });
  return image.id;
}

/** The bytes for GET /images/:id (public: product photos and certificates are published anyway). */
export async function readImage(ctx: RequestContext, id: string): Promise<{ contentType: string; sha256: string; content: Buffer } | null> {
  if (!UUID.test(id)) return null;
  const rows: { content_type: string; sha256: string; content: Buffer }[] = await ctx.manager.query(
    `SELECT content_type, sha256, content FROM product_image WHERE id = $1`, [id],
  );
  return rows[0] ? { contentType: rows[0].content_type, sha256: rows[0].sha256, content: rows[0].content } : null;
}
