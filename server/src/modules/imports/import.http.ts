import express, { type Request, type Response } from "express";
import type { RequestContext } from "../../shared/context";
import { answerUnavailable } from "../../shared/db-errors";
import { AppError, errorBody } from "../../shared/errors";
import { checkImport, kindFor, MAX_IMPORT_BYTES, problemRowsWorkbook, templateFor } from "./import.service";
import { problemIn } from "./import-batch.entity";
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

const TOO_LARGE = msg("文件不能超过 5MB", "Files are limited to 5 MB");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const sendXlsx = (res: Response, file: Buffer, ascii: string, display: string) =>
  res
    .set("Content-Type", XLSX)
    .set("Content-Disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(display)}`)
    .set("Cache-Control", "no-store")
    .send(file);

/** Runs a file handler with the API's error shape: refusals as they are, a database down 503, the rest 500. */
async function answer(ctx: RequestContext, res: Response, what: string, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (e) {
    if (e instanceof AppError) return fail(res, e);
    if (answerUnavailable(e, res)) return;
    ctx.log.error({ err: { message: (e as Error).message } }, `${what} failed`);
    fail(res, new AppError("INTERNAL_SERVER_ERROR", msg("导入失败", "Import failed")));
  }
}

/** GET /imports/:kind/template — the .xlsx template of a kind (columns, example row, 填写说明). */
export function importTemplate(contextFor: (req: Request) => Promise<RequestContext>) {
  return async (req: Request, res: Response) => {
    const ctx = await contextFor(req);
    await answer(ctx, res, "import template", async () => {
      const kind = kindFor(ctx, String(req.params.kind));
      sendXlsx(
        res,
        await templateFor(kind),
        `import-${kind.name.toLowerCase()}-template.xlsx`,
        `${kind.label}导入模板.xlsx`,
      );
    });
  };
}

/**
 * POST /imports/:kind?fileName=… with the .xlsx as the raw body (the type is sniffed from the bytes,
 * not trusted from Content-Type): the dry run. Same bearer token, roles and scope as the API; at
 * most 5 MB (413, code BAD_USER_INPUT naming `file`). Answers 201 { batchId, rows, valid, unchanged, problems }.
 */
export function importUpload(contextFor: (req: Request) => Promise<RequestContext>) {
  const body = express.raw({ type: () => true, limit: MAX_IMPORT_BYTES });
  return [
    async (req: Request, res: Response, next: (e?: unknown) => void) => {
      // Refuse the caller before reading a large body.
      const ctx = await contextFor(req);
      try {
        kindFor(ctx, String(req.params.kind));
      } catch (e) {
        if (e instanceof AppError) return fail(res.set("Connection", "close"), e);
        throw e;
      }
      res.locals.ctx = ctx;
      body(req, res, (e?: unknown) => {
        if ((e as { type?: string })?.type === "entity.too.large")
          return res
            .status(413)
            .set("Connection", "close")
            .json({ errors: [{ message: TOO_LARGE, extensions: { code: "BAD_USER_INPUT", field: "file" } }] });
        next(e);
      });
    },
    async (req: Request, res: Response) => {
      const ctx = res.locals.ctx as RequestContext;
      await answer(ctx, res, "import check", async () => {
        const kind = kindFor(ctx, String(req.params.kind));
        const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        // Reads only, then one insert of the batch: no transaction held open while checking.
        const batch = await checkImport(ctx, kind, String(req.query.fileName ?? "import.xlsx"), content);
        res.status(201).json({
          batchId: batch.id,
          kind: batch.kind,
          rows: batch.rows,
          valid: batch.valid,
          unchanged: batch.unchanged,
          problems: batch.problems.slice(0, 1000).map((p) => problemIn(p, ctx.locale)),
          problemCount: batch.problems.length,
        });
      });
    },
  ];
}

/** GET /imports/:batchId/problems.xlsx — the rows with problems and a 问题 column, for their uploader. */
export function importProblems(contextFor: (req: Request) => Promise<RequestContext>) {
  return async (req: Request, res: Response) => {
    const ctx = await contextFor(req);
    await answer(ctx, res, "import problems", async () => {
      if (!ctx.user) throw new AppError("UNAUTHENTICATED", msg("请先登录", "Please sign in"));
      const { file } = await problemRowsWorkbook(ctx, String(req.params.batchId));
      sendXlsx(res, file, "import-problems.xlsx", "导入问题行.xlsx");
    });
  };
}
