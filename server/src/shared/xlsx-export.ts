import type ExcelJS from "exceljs";
import type { Request, Response } from "express";
import type { Role } from "./auth";
import type { RequestContext } from "./context";
import { AppError } from "./errors";
import { answerUnavailable } from "./db-errors";

/** A sheet's first row as its bold, frozen header. */
export function boldFrozenHeader(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

export interface YearlyWorkbook {
  /** Who may download it; row scope comes from the request context as in the API. */
  roles: Role[];
  /** The ASCII file name and the one shown to people (RFC 5987 `filename*`). */
  fileName(year: number): { ascii: string; display: string };
  build(ctx: RequestContext, year: number): Promise<Buffer>;
  /** For the log line when building fails. */
  what: string;
}

const fail = (res: Response, status: number, e: AppError) =>
  res.status(status).json({ errors: [{ message: e.message, extensions: e.extensions }] });

/**
 * GET handler for a spreadsheet of one year (`?year=2026`): the same bearer token, context and
 * scope as the API, the API's error shape and codes (401, 403, 400 naming `year`, 500 without details).
 */
export function yearlyXlsxExport(contextFor: (req: Request) => Promise<RequestContext>, spec: YearlyWorkbook) {
  return async (req: Request, res: Response) => {
    const ctx = await contextFor(req);
    if (!ctx.user) return fail(res, 401, new AppError("UNAUTHENTICATED", "请先登录 / Please sign in"));
    if (!spec.roles.includes(ctx.user.role)) return fail(res, 403, new AppError("FORBIDDEN", "无权导出 / Not allowed"));
    const year = Number(req.query.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      return fail(
        res,
        400,
        new AppError("BAD_USER_INPUT", "年份须在 2000–2100 之间 / Year must be 2000–2100", { field: "year" }),
      );
    }
    try {
      const file = await spec.build(ctx, year);
      const { ascii, display } = spec.fileName(year);
      res
        .set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .set("Content-Disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(display)}`)
        .set("Cache-Control", "no-store")
        .send(file);
    } catch (e) {
      if (answerUnavailable(e, res)) return; // 503 + Retry-After: the database could not answer, retry later
      ctx.log.error({ err: { message: (e as Error).message } }, `${spec.what} export failed`);
      fail(res, 500, new AppError("INTERNAL_SERVER_ERROR", "导出失败 / Export failed"));
    }
  };
}

/** Cell format for money: ¥ with thousands separators and two decimals. */
export const YUAN_FORMAT = '"¥"#,##0.00';
/** Fen → the cell's number of yuan. A cell is a double; at these sizes it shows to the fen exactly. */
export const yuanCell = (fen: number | null) => (fen == null ? null : fen / 100);
