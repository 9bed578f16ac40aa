import ExcelJS from "exceljs";
import type { Request, Response } from "express";
import type { Role } from "./auth";
import type { RequestContext } from "./context";
import { AppError, errorBody } from "./errors";
import { answerUnavailable } from "./db-errors";
import { isValidIsoDate } from "./scalars";
import { msg } from "./messages";

/** A new workbook of Xiezuo's, and `sheet` to add a sheet with its columns under a bold, frozen header. */
export function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "协作 Xiezuo";
  wb.created = new Date();
  const sheet = (name: string, columns: Partial<ExcelJS.Column>[]) => {
    const ws = wb.addWorksheet(name);
    ws.columns = columns;
    boldFrozenHeader(ws);
    return ws;
  };
  return { wb, sheet };
}

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

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const STATUS_OF: Partial<Record<string, number>> = { BAD_USER_INPUT: 400, FORBIDDEN: 403, NOT_FOUND: 404 };
/**
 * The status a file route answers a refusal with: bad input, out of role, out of scope (a row the
 * caller may not see is NOT_FOUND, as in the API), and a program the file needs that is not installed
 * here (`unavailability: "absent"`, LibreOffice for a PDF: 503 without Retry-After, since retrying will
 * not help; the database's 503s are answerUnavailable's).
 */
function statusOf(e: unknown): number | undefined {
  if (!(e instanceof AppError)) return undefined;
  const { code, unavailability } = e.extensions as { code?: string; unavailability?: string };
  if (code === "SERVICE_UNAVAILABLE") return unavailability === "absent" ? 503 : undefined;
  return STATUS_OF[String(code)];
}

const fail = (res: Response, status: number, e: AppError) => res.status(status).json(errorBody(e, res.req.headers));

/**
 * GET handler for a spreadsheet of one year (`?year=2026`): the same bearer token, context and
 * scope as the API, the API's error shape and codes (401, 403, 400 naming `year`, 500 without details).
 */
export function yearlyXlsxExport(contextFor: (req: Request) => Promise<RequestContext>, spec: YearlyWorkbook) {
  return xlsxExport(contextFor, {
    roles: spec.roles,
    what: spec.what,
    parse(query) {
      const year = Number(query.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw new AppError("BAD_USER_INPUT", msg("年份须在 2000–2100 之间", "Year must be 2000–2100"), {
          field: "year",
        });
      return year;
    },
    fileName: (year) => spec.fileName(year),
    build: (ctx, year) => spec.build(ctx, year),
  });
}

export interface FilteredWorkbook<A> {
  roles: Role[];
  /** The query string as the workbook's arguments; throws BAD_USER_INPUT (an AppError) naming the field. */
  parse(query: Request["query"]): A;
  fileName(args: A): { ascii: string; display: string };
  build(ctx: RequestContext, args: A): Promise<Buffer>;
  what: string;
  /** The file's type when it is not a workbook (the self-assessment report's .docx and PDF). */
  contentType?: string;
}

/** A text query parameter: absent or empty → undefined; repeated or too long → BAD_USER_INPUT naming it. */
export function queryText(query: Request["query"], name: string, max = 64): string | undefined {
  const v = query[name];
  if (v === undefined || v === "") return undefined;
  if (typeof v !== "string" || v.length > max)
    throw new AppError("BAD_USER_INPUT", msg(`参数 ${name} 无效`, `Invalid ${name}`), { field: name });
  return v;
}

/** A date query parameter (YYYY-MM-DD): absent → undefined; anything else → BAD_USER_INPUT naming it. */
export function queryDate(query: Request["query"], name: string): string | undefined {
  const v = queryText(query, name);
  if (v !== undefined && !isValidIsoDate(v))
    throw new AppError("BAD_USER_INPUT", msg("日期须为 YYYY-MM-DD", "A date is YYYY-MM-DD"), { field: name });
  return v;
}

/**
 * GET handler for a spreadsheet with arguments in its query string (filters of a log, a year): the
 * same bearer token, context and scope as the API, the API's error shape and codes (401, 403, 400
 * naming the field, 500 without details, 503 when the database cannot answer).
 */
export function xlsxExport<A>(contextFor: (req: Request) => Promise<RequestContext>, spec: FilteredWorkbook<A>) {
  return async (req: Request, res: Response) => {
    const ctx = await contextFor(req);
    if (!ctx.user) return fail(res, 401, new AppError("UNAUTHENTICATED", msg("请先登录", "Please sign in")));
    if (!spec.roles.includes(ctx.user.role))
      return fail(res, 403, new AppError("FORBIDDEN", msg("无权导出", "Not allowed")));
    try {
      const args = spec.parse(req.query);
      const file = await spec.build(ctx, args);
      const { ascii, display } = spec.fileName(args);
      res
        .set("Content-Type", spec.contentType ?? XLSX_TYPE)
        .set("Content-Disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(display)}`)
        .set("Cache-Control", "no-store")
        .send(file);
    } catch (e) {
      const status = statusOf(e);
      if (status) return fail(res, status, e as AppError);
      if (answerUnavailable(e, res)) return; // 503 + Retry-After: the database could not answer, retry later
      ctx.log.error({ err: { message: (e as Error).message } }, `${spec.what} export failed`);
      fail(res, 500, new AppError("INTERNAL_SERVER_ERROR", msg("导出失败", "Export failed")));
    }
  };
}

/** Cell format for money: ¥ with thousands separators and two decimals. */
export const YUAN_FORMAT = '"¥"#,##0.00';
/** Fen → the cell's number of yuan. A cell is a double; at these sizes it shows to the fen exactly. */
export const yuanCell = (fen: number | null) => (fen == null ? null : fen / 100);

export interface StreamedWorkbook<A> {
  roles: Role[];
  /** The query string as the workbook's arguments; throws BAD_USER_INPUT (an AppError) naming the field. */
  parse(query: Request["query"]): A;
  /** Refuses what the caller may not ask for (FORBIDDEN / NOT_FOUND as an AppError), before any byte is sent. */
  authorize?(ctx: RequestContext, args: A): void;
  fileName(args: A): { ascii: string; display: string };
  /** The one sheet's name and columns. */
  sheet: { name: string; columns: Partial<ExcelJS.Column>[] };
  /** The rows, batch by batch: each batch is written and flushed before the next is read. */
  batches(ctx: RequestContext, args: A): AsyncIterable<Record<string, unknown>[]>;
  what: string;
}

/**
 * GET handler for a spreadsheet too long to hold in memory (every order of a region): rows are read
 * in batches and written through ExcelJS's streaming writer straight into the response, so memory
 * stays one batch whatever the row count. The first batch is read before the headers go out, so a
 * refusal or a database that cannot answer still gets the API's status and error shape; a failure
 * after that can only cut the download short (the client sees a broken transfer, never a half file
 * presented as whole: the zip's central directory is written last).
 */
export function streamedXlsxExport<A>(
  contextFor: (req: Request) => Promise<RequestContext>,
  spec: StreamedWorkbook<A>,
) {
  return async (req: Request, res: Response) => {
    const ctx = await contextFor(req);
    if (!ctx.user) return fail(res, 401, new AppError("UNAUTHENTICATED", msg("请先登录", "Please sign in")));
    if (!spec.roles.includes(ctx.user.role))
      return fail(res, 403, new AppError("FORBIDDEN", msg("无权导出", "Not allowed")));
    let iterator: AsyncIterator<Record<string, unknown>[]> | null = null;
    try {
      const args = spec.parse(req.query);
      spec.authorize?.(ctx, args);
      iterator = spec.batches(ctx, args)[Symbol.asyncIterator]();
      let next = await iterator.next();
      const { ascii, display } = spec.fileName(args);
      res
        .status(200)
        .set("Content-Type", XLSX_TYPE)
        .set("Content-Disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(display)}`)
        .set("Cache-Control", "no-store");
      // Inline strings (no shared-string table, which would grow with the rows) and styles for ¥ cells.
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
      wb.creator = "协作 Xiezuo";
      wb.created = new Date();
      const ws = wb.addWorksheet(spec.sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
      ws.columns = spec.sheet.columns;
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
      while (!next.done) {
        for (const row of next.value) ws.addRow(row).commit();
        next = await iterator.next();
      }
      ws.commit();
      await wb.commit();
    } catch (e) {
      void iterator?.return?.();
      if (res.headersSent) {
        // Mid-file: the status is gone; cut the transfer so the client does not keep a truncated file.
        ctx.log.error({ err: { message: (e as Error).message } }, `${spec.what} export failed mid-stream`);
        res.destroy();
        return;
      }
      res.removeHeader("Content-Disposition");
      const status = statusOf(e);
      if (status) return fail(res, status, e as AppError);
      if (answerUnavailable(e, res)) return; // 503 + Retry-After: the database could not answer, retry later
      ctx.log.error({ err: { message: (e as Error).message } }, `${spec.what} export failed`);
      fail(res, 500, new AppError("INTERNAL_SERVER_ERROR", msg("导出失败", "Export failed")));
    }
  };
}
