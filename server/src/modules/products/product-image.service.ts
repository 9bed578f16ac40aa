import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { Role } from "../../shared/auth";
import { loader } from "../../shared/context";
import { SupplierStatus, type Supplier } from "../suppliers/supplier.entity";
import { supplierById } from "../suppliers/supplier.loaders";
import { APPROVED_SUPPLIER_IDS, inSupplierScope, loadSupplier } from "../suppliers/supplier.service";
import type { RequestContext } from "../../shared/context";
import { badInput, notFound, rethrowUnlessRefused } from "../../shared/errors";
import { recordAudit } from "../audit/audit.service";
import { ProductImage, ProductImageKind } from "./product-image.entity";
import { getProductForWrite } from "./product.service";
import { UUID } from "../../shared/sql";
import { positional } from "../../shared/scoped";
import { msg } from "../../shared/messages";
import { sniffImageType } from "../../shared/file-types";

export { sniffImageType };

/** 2 MiB: a phone photo re-encoded by the browser fits easily; a scan at 150 dpi too. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGES_PER_PRODUCT = 12;

/** A county official adds a photo or certificate scan to one of its county's products. */
export async function addProductImage(
  ctx: RequestContext,
  input: { productId: string; kind: string; content: Buffer },
): Promise<ProductImage> {
  const product = await getProductForWrite(ctx, input.productId);
  if (!Object.values(ProductImageKind).includes(input.kind as ProductImageKind))
    throw badInput("kind", msg("图片类型须为 PHOTO 或 CERTIFICATE", "kind must be PHOTO or CERTIFICATE"));
  if (!input.content.length) throw badInput("file", msg("文件为空", "The file is empty"));
  if (input.content.length > MAX_IMAGE_BYTES)
    throw badInput("file", msg("图片不能超过 2MB", "Images are limited to 2 MB"));
  const contentType = sniffImageType(input.content);
  if (!contentType) throw badInput("file", msg("仅支持 JPEG、PNG、WebP 图片", "Only JPEG, PNG or WebP images"));
  const [{ n }] = await ctx.manager.query(`SELECT count(*)::int AS n FROM product_image WHERE product_id = $1`, [
    product.id,
  ]);
  if (n >= MAX_IMAGES_PER_PRODUCT)
    throw badInput(
      "file",
      msg(`每个产品最多 ${MAX_IMAGES_PER_PRODUCT} 张图片`, `At most ${MAX_IMAGES_PER_PRODUCT} images per product`),
    );
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  const image = await ctx.manager.getRepository(ProductImage).save(
    Object.assign(new ProductImage(), {
      productId: product.id,
      kind: input.kind as ProductImageKind,
      contentType,
      byteSize: input.content.length,
      sha256,
      content: input.content,
      uploadedById: ctx.user?.id || null,
    }),
  );
  await recordAudit(ctx, {
    action: "PRODUCT_IMAGE_ADDED",
    entityType: "Product",
    entityId: product.id,
    change: { imageId: image.id, kind: image.kind, bytes: image.byteSize, sha256 },
  });
  return image;
}

export async function removeProductImage(ctx: RequestContext, imageId: string): Promise<string> {
  const image = UUID.test(imageId) ? await ctx.manager.getRepository(ProductImage).findOneBy({ id: imageId }) : null;
  if (!image) throw notFound(msg("图片", "Image"));
  await getProductForWrite(ctx, image.productId).catch((e) => {
    rethrowUnlessRefused(e);
    throw notFound(msg("图片", "Image"));
  });
  await ctx.manager.query(`DELETE FROM product_image WHERE id = $1`, [image.id]);
  await recordAudit(ctx, {
    action: "PRODUCT_IMAGE_REMOVED",
    entityType: "Product",
    entityId: image.productId,
    change: { imageId: image.id, kind: image.kind, sha256: image.sha256 },
  });
  return image.id;
}

/*
 * Who may fetch which image (docs/hardening.md):
 * - a PHOTO of a product on sale (active, supplier APPROVED): anyone, no token — the catalogue's
 *   pictures, loaded by <img> tags; revalidated on every use, so withdrawing the product (or its
 *   supplier) or removing the image stops it at once;
 * - a CERTIFICATE scan of a product on sale: whoever may see the supplier's records (supplierScope:
 *   buyers and enterprises approved suppliers, county officials their county's, coordinators their
 *   paired counties', admins);
 * - anything of a withdrawn product (inactive, or supplier not approved): only those who manage its
 *   supplier — admins, its county's officials, coordinators paired with the county;
 * - a removed image: nobody (the row is gone).
 * Not public: the API answers a signed path (`?sig=<expiry>.<user id>.<hmac>`, valid
 * IMAGE_LINK_MINUTES) to callers allowed at that moment. The link is bound to the user it was issued
 * to: it is honoured only for a request of that same user — its bearer token, or the image cookie an
 * <img> tag sends (users module, IMAGE_COOKIE; set on the response that carried the link). Anyone
 * else holding the link (forwarded, copied from a log or a screenshot of the address bar) gets
 * FORBIDDEN (403), even one who could fetch the image by itself (it gets links of its own): a link
 * says who may use it. A request with no link, from a user allowed now (bearer token or cookie),
 * also works. Anything else, or a link
 * altered or expired: NOT_FOUND (we do not confirm the image exists).
 */

/** How long a signed image link lasts; links are issued per 5-minute window so URLs stay stable between queries. */
export const IMAGE_LINK_MINUTES = 15;

interface ImageFacts {
  id: string;
  kind: ProductImageKind;
  active: boolean;
  supplierId: string;
  supplierApproved: boolean;
}

const onSale = (f: { active: boolean; supplierApproved: boolean }) => f.active && f.supplierApproved;
const isPublic = (f: ImageFacts) => f.kind === ProductImageKind.PHOTO && onSale(f);

/** True when the caller may fetch a non-public image (see above). */
async function mayFetchRestricted(ctx: RequestContext, f: ImageFacts): Promise<boolean> {
  const u = ctx.user;
  if (!u) return false;
  if (!onSale(f) && u.role !== Role.ADMIN && u.role !== Role.COUNTY_OFFICIAL && u.role !== Role.COORDINATOR)
    return false;
  return (await loader(ctx, inSupplierScope).load(f.supplierId)) === true;
}

function mac(secret: string, id: string, expires: number, userId: string): string {
  return createHmac("sha256", secret)
    .update(`product-image:${id}:${expires}:${userId}`)
    .digest("base64url")
    .slice(0, 32);
}

function signedPath(ctx: RequestContext, id: string): string {
  const window = 5 * 60;
  const expires = Math.ceil(Date.now() / 1000 / window) * window + IMAGE_LINK_MINUTES * 60;
  const userId = ctx.user!.id;
  return `/images/${id}?sig=${expires}.${userId}.${mac(ctx.config.tokenSecret, id, expires, userId)}`;
}

/** The user a link for image `id` was issued to, when `sig` is genuine and not expired; else null. */
function signedFor(ctx: RequestContext, id: string, sig: unknown): string | null {
  if (typeof sig !== "string") return null;
  const [exp, userId, given] = sig.split(".");
  const expires = Number(exp);
  if (!Number.isSafeInteger(expires) || expires * 1000 < Date.now() || !userId || !UUID.test(userId) || !given)
    return null;
  const want = Buffer.from(mac(ctx.config.tokenSecret, id, expires, userId));
  const got = Buffer.from(given);
  return want.length === got.length && timingSafeEqual(want, got) ? userId : null;
}

/**
 * A product's images the caller may fetch (Product.images), each with the URL to fetch it by: the
 * plain path when public, a signed one otherwise. Images the caller may not fetch are left out.
 */
export async function fetchableImages(
  ctx: RequestContext,
  product: { active: boolean; supplierId: string },
  images: ProductImage[],
): Promise<ProductImage[]> {
  if (!images.length) return images;
  const supplier = await loadSupplier(ctx, product.supplierId);
  const out: ProductImage[] = [];
  for (const image of images) {
    const f = imageFacts(image, product, supplier);
    if (isPublic(f)) out.push(image);
    else if (await mayFetchRestricted(ctx, f))
      out.push(
        Object.assign(Object.create(Object.getPrototypeOf(image)), image, { signedPath: signedPath(ctx, image.id) }),
      );
  }
  return out;
}

/**
 * fetchableImages' answer without a promise when it needs nothing read: no images, or only public
 * ones of a supplier already loaded (a catalogue page primes both; a promise per product costs
 * graphql-js a promise per product object, issue 14). Undefined otherwise: ask fetchableImages.
 */
export function fetchableImagesNow(
  ctx: RequestContext,
  product: { active: boolean; supplierId: string },
  images: ProductImage[],
): ProductImage[] | undefined {
  if (!images.length) return images;
  const supplier = loader(ctx, supplierById).peek(product.supplierId);
  if (supplier === undefined) return undefined;
  for (const image of images) if (!isPublic(imageFacts(image, product, supplier))) return undefined;
  return [...images];
}

function imageFacts(
  image: ProductImage,
  product: { active: boolean; supplierId: string },
  supplier: Supplier | null,
): ImageFacts {
  return {
    id: image.id,
    kind: image.kind,
    active: product.active,
    supplierId: product.supplierId,
    supplierApproved: supplier?.status === SupplierStatus.APPROVED,
  };
}

/**
 * The bytes for GET /images/:id; null when the image does not exist or this request may not fetch
 * it; FORBIDDEN when it comes with a genuine link issued to another user (see above). Allowed: a
 * public photo; a link issued to this request's user (bearer token or image cookie); a user who
 * may fetch it now. `public` says how to cache it.
 */
export async function readImage(
  ctx: RequestContext,
  id: string,
  sig: unknown,
): Promise<{ contentType: string; sha256: string; content: Buffer; public: boolean } | null | "FORBIDDEN"> {
  if (!UUID.test(id)) return null;
  const approved = positional(APPROVED_SUPPLIER_IDS, 2);
  const rows: {
    kind: ProductImageKind;
    content_type: string;
    sha256: string;
    content: Buffer;
    active: boolean;
    supplier_id: string;
    approved: boolean;
  }[] = await ctx.manager.query(
    `SELECT i.kind, i.content_type, i.sha256, i.content, p.active, p.supplier_id, p.supplier_id IN ${approved.sql} AS approved
       FROM product_image i JOIN product p ON p.id = i.product_id WHERE i.id = $1`,
    [id, ...approved.params],
  );
  const r = rows[0];
  if (!r) return null;
  const f: ImageFacts = { id, kind: r.kind, active: r.active, supplierId: r.supplier_id, supplierApproved: r.approved };
  const open = isPublic(f);
  if (!open) {
    const issuedTo = signedFor(ctx, id, sig);
    // A genuine link names its user: anyone else presenting it is refused, whatever they may see
    // by themselves (they get links of their own); without a link, the user's own right decides.
    if (issuedTo !== null && issuedTo !== ctx.user?.id) return "FORBIDDEN";
    if (issuedTo === null && !(await mayFetchRestricted(ctx, f))) return null;
  }
  return { contentType: r.content_type, sha256: r.sha256, content: r.content, public: open };
}
