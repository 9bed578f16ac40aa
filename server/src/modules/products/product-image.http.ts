import express, { type Request, type Response } from "express";
import { Role } from "../../shared/auth";
import { inTransaction, type RequestContext } from "../../shared/context";
import { AppError, errorBody } from "../../shared/errors";
import { answerUnavailable } from "../../shared/db-errors";
import { addProductImage, fetchableImages, MAX_IMAGE_BYTES, readImage } from "./product-image.service";
import { getProductForWrite } from "./product.service";
import { msg } from "../../shared/messages";

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};
const fail = (res: Response, e: AppError) =>
  res.status(STATUS[String(e.extensions.code)] ?? 500).json(errorBody(e, res.req.headers));

/**
 * POST /uploads/product-images?productId=…&kind=PHOTO|CERTIFICATE with the image as the raw body
 * (any image/* or application/octet-stream Content-Type; the type is sniffed from the bytes).
 * Same bearer token and rules as the API; one transaction; answers the image as JSON.
 */
export function productImageUpload(contextFor: (req: Request) => Promise<RequestContext>) {
  const body = express.raw({ type: ["image/*", "application/octet-stream"], limit: MAX_IMAGE_BYTES });
  return [
    (req: Request, res: Response, next: (e?: unknown) => void) =>
      body(req, res, (e?: unknown) => {
        if ((e as { type?: string })?.type === "entity.too.large") {
          return fail(
            res,
            new AppError("BAD_USER_INPUT", msg("图片不能超过 2MB", "Images are limited to 2 MB"), { field: "file" }),
          );
        }
        next(e);
      }),
    async (req: Request, res: Response) => {
      const ctx = await contextFor(req);
      if (!ctx.user) return fail(res, new AppError("UNAUTHENTICATED", msg("请先登录", "Please sign in")));
      if (ctx.user.role !== Role.COUNTY_OFFICIAL && ctx.user.role !== Role.ADMIN)
        return fail(res, new AppError("FORBIDDEN", msg("无权执行此操作", "Not allowed")));
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      try {
        const image = await inTransaction(ctx, (tx) =>
          addProductImage(tx, {
            productId: String(req.query.productId ?? ""),
            kind: String(req.query.kind ?? "PHOTO"),
            content,
          }),
        );
        // The URL as the API would give it to the uploader (signed unless public).
        const [shown] = await fetchableImages(ctx, await getProductForWrite(ctx, image.productId), [image]);
        res.status(201).json({
          id: image.id,
          productId: image.productId,
          kind: image.kind,
          contentType: image.contentType,
          byteSize: image.byteSize,
          url: (shown ?? image).url,
        });
      } catch (e) {
        if (e instanceof AppError) return fail(res, e);
        if (answerUnavailable(e, res)) return; // 503 + Retry-After; nothing was stored (one transaction)
        ctx.log.error({ err: { message: (e as Error).message } }, "image upload failed");
        fail(res, new AppError("INTERNAL_SERVER_ERROR", msg("上传失败", "Upload failed")));
      }
    },
  ];
}

/**
 * GET /images/:id[?sig=…] — who may fetch which image: product-image.service.ts and docs/hardening.md;
 * the request's user comes from its bearer token or its image cookie (app.ts, imageContextFor).
 * Public photos are revalidated on every use (ETag → 304), so a withdrawn product's photo or a
 * removed image is not served from a cache afterwards; others are never stored. nosniff comes from helmet.
 */
export function imageDownload(contextFor: (req: Request) => Promise<RequestContext>) {
  return async (req: Request, res: Response) => {
    const ctx = await contextFor(req);
    const image = await readImage(ctx, String(req.params.id), req.query.sig);
    if (image === "FORBIDDEN")
      return fail(
        res,
        new AppError(
          "FORBIDDEN",
          msg("此图片链接属于其他用户,请登录后重新打开", "This image link was issued to another user"),
        ),
      );
    if (!image) return fail(res, new AppError("NOT_FOUND", msg("图片不存在", "Image not found")));
    if (image.public && req.headers["if-none-match"] === `"${image.sha256}"`) return res.status(304).end();
    res
      .set("Content-Type", image.contentType)
      .set("Cache-Control", image.public ? "public, no-cache" : "private, no-store")
      .set("ETag", `"${image.sha256}"`)
      .set("Content-Security-Policy", "default-src 'none'")
      .send(image.content);
  };
}
