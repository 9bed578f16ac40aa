import type { Request, Response } from "express";
import { Role } from "./auth";
import type { RequestContext } from "./context";
import { AppError } from "./errors";

const fail = (res: Response, status: number, e: AppError) => res.status(status).json({ errors: [{ message: e.message, extensions: e.extensions }] });

export interface YearlyXlsx {
  /** ASCII file name stem, e.g. "quota-board" → quota-board-2026.xlsx. */
  file: string;
  /** The name people see (filename*), e.g. "消费帮扶完成情况" → 消费帮扶完成情况-2026.xlsx. */
  title: string;
  /** Builds the workbook within the caller's scope. */
  build: (ctx: RequestContext, year: number) => Promise<Buffer>;
}

/**
 * A yearly .xlsx download (GET …?year=2026) with the API's own authentication and scope: the same
 * context as a GraphQL request. Coordinators (their region) and admins; 401 without a valid token,
 * 403 for other roles, 400 for a bad year, 500 without details when building fails.
 */
export function yearlyXlsxDownload(contextFor: (req: Request) => Promise<RequestContext>, spec: YearlyXlsx) {
  return async (req: Request, res: Response) => {
    const ctx = await contextFor(req);
    if (!ctx.user) return fail(res, 401, new AppError("UNAUTHENTICATED", "请先登录 / Please sign in"));
    if (ctx.user.role !== Role.ADMIN && ctx.user.role !== Role.COORDINATOR) return fail(res, 403, new AppError("FORBIDDEN", "无权导出 / Not allowed"));
    const year = Number(req.query.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      return fail(res, 400, new AppError("BAD_USER_INPUT", "年份须在 2000–2100 之间 / Year must be 2000–2100", { field: "year" }));
    }
    try {
      const file = await spec.build(ctx, year);
      res
        .set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .set("Content-Disposition", `attachment; filename="${spec.file}-${year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${spec.title}-${year}.xlsx`)}`)
        .set("Cache-Control", "no-store")
        .send(file);
    } catch (e) {
      ctx.log.error({ err: { message: (e as Error).message }, export: spec.file }, "export failed");
      fail(res, 500, new AppError("INTERNAL_SERVER_ERROR", "导出失败 / Export failed"));
    }
  };
}
