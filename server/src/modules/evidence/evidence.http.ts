import express, { type Request, type Response } from "express";
import { inTransaction, type RequestContext } from "../../shared/context";
import { answerUnavailable } from "../../shared/db-errors";
import { AppError, errorBody } from "../../shared/errors";
import { msg } from "../../shared/messages";
import { addEvidence, EVIDENCE_ROLES, MAX_EVIDENCE_BYTES, readEvidence, TOO_LARGE } from "./evidence.service";

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
 * POST /uploads/evidence?recordType=…&recordId=…[&purpose=INVOICE|INSPECTION]&fileName=… (or
 * ?entryId=…&fileName=… for a ledger entry) with the file as the raw body (any Content-Type: the
 * type is sniffed from the bytes and must agree with the name's extension), as product images and
 * imports are uploaded. Same bearer token and rules as the API; one transaction; answers the
 * evidence record as JSON (201). Refused callers are answered before the body is read.
 */
export function evidenceUpload(contextFor: (req: Request) => Promise<RequestContext>) {
  const body = express.raw({ type: () => true, limit: MAX_EVIDENCE_BYTES });
  return [
    async (req: Request, res: Response, next: (e?: unknown) => void) => {
      const ctx = await contextFor(req);
      if (!ctx.user)
        return fail(res.set("Connection", "close"), new AppError("UNAUTHENTICATED", msg("请先登录", "Please sign in")));
      if (!EVIDENCE_ROLES.includes(ctx.user.role))
        return fail(res.set("Connection", "close"), new AppError("FORBIDDEN", msg("无权执行此操作", "Not allowed")));
      res.locals.ctx = ctx;
      body(req, res, (e?: unknown) => {
        if ((e as { type?: string })?.type === "entity.too.large")
          return res
            .status(413)
            .set("Connection", "close")
            .json(errorBody(new AppError("BAD_USER_INPUT", TOO_LARGE, { field: "file" }), req.headers));
        next(e);
      });
    },
    async (req: Request, res: Response) => {
      const ctx = res.locals.ctx as RequestContext;
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      try {
        const file = await inTransaction(ctx, (tx) =>
          addEvidence(tx, {
            // ?entryId=… (a ledger entry, as before) or ?recordType=…&recordId=…[&purpose=…]
            recordType: req.query.entryId !== undefined ? "LEDGER_ENTRY" : String(req.query.recordType ?? ""),
            recordId: String(req.query.entryId ?? req.query.recordId ?? ""),
            recordField: req.query.entryId !== undefined ? "entryId" : "recordId",
            purpose: req.query.purpose === undefined ? null : String(req.query.purpose),
            fileName: String(req.query.fileName ?? ""),
            content,
          }),
        );
        res.status(201).json({
          id: file.id,
          recordType: file.recordType,
          recordId: file.recordId,
          purpose: file.purpose,
          fileName: file.fileName,
          mime: file.mime,
          size: file.size,
          sha256: file.sha256,
          status: file.status,
          uploadedAt: file.uploadedAt,
          url: file.url,
        });
      } catch (e) {
        if (e instanceof AppError) return fail(res, e);
        if (answerUnavailable(e, res)) return;
        ctx.log.error({ err: { message: (e as Error).message } }, "evidence upload failed");
        fail(res, new AppError("INTERNAL_SERVER_ERROR", msg("上传失败", "Upload failed")));
      }
    },
  ];
}

/**
 * GET /evidence/:id — the file, to whoever may read the record it is attached to (bearer token);
 * 404 otherwise, whether it exists or not. Sent as an attachment with its sniffed type, never cached.
 */
export function evidenceDownload(contextFor: (req: Request) => Promise<RequestContext>) {
  return async (req: Request, res: Response) => {
    const ctx = await contextFor(req);
    if (!ctx.user) return fail(res, new AppError("UNAUTHENTICATED", msg("请先登录", "Please sign in")));
    try {
      const file = await readEvidence(ctx, String(req.params.id));
      if (!file) return fail(res, new AppError("NOT_FOUND", msg("佐证材料不存在", "Evidence file not found")));
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
      res
        .set("Content-Type", file.mime)
        .set(
          "Content-Disposition",
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .set("X-Content-Type-Options", "nosniff")
        .set("Content-Security-Policy", "default-src 'none'")
        .set("Cache-Control", "private, no-store")
        .set("ETag", `"${file.sha256}"`)
        .send(file.content);
    } catch (e) {
      if (answerUnavailable(e, res)) return;
      ctx.log.error({ err: { message: (e as Error).message } }, "evidence download failed");
      fail(res, new AppError("INTERNAL_SERVER_ERROR", msg("下载失败", "Download failed")));
    }
  };
}
