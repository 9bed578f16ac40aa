import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { AppError, badInput, conflict, forbidden, notFound } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { auditNames } from "../audit/audit.readable";
import { recordAudit } from "../audit/audit.service";
import { cellText } from "./cells";
import {
  ImportBatch,
  ImportKindName,
  ImportMode,
  type CheckedProblem,
  problemIn,
  ImportStatus,
} from "./import-batch.entity";
import type { Cells, ImportKind, RowVerdict } from "./kinds";
import { buyersKind } from "./buyers.kind";
import { figuresKind } from "./figures.kind";
import { donationsKind } from "./donations.kind";
import { productsKind } from "./products.kind";
import { workersKind } from "./workers.kind";
import { unitPairsKind } from "./unit-pairs.kind";
import { msg } from "../../shared/messages";

/**
 * 批量导入, one mechanism for every kind (kinds.ts):
 *  1. upload (import.http.ts): the file is sniffed (an .xlsx is a zip), size-limited, its first sheet's
 *     header row matched against the kind's columns, every row checked (`kind.check`, batched
 *     lookups), and the batch stored with the file itself, its sha256 and its problems (status CHECKED);
 *  2. `commitImport`: in ONE transaction, the stored file is checked again (what changed since the
 *     dry run counts), the valid rows written — or none, all-or-nothing, if any row has a problem —
 *     and ONE audit entry IMPORT records the kind, file name, hash, mode and counts. Rows are not
 *     audited one by one: the batch (kept with its file) is the record of what each line brought.
 * Problems name row, column and reason and never a cell's value (ID and phone numbers are personal data).
 */
export const KINDS: Record<ImportKindName, ImportKind | undefined> = {
  [ImportKindName.WORKERS]: workersKind as ImportKind,
  [ImportKindName.PRODUCTS]: productsKind as ImportKind,
  [ImportKindName.BUYERS]: buyersKind as ImportKind,
  [ImportKindName.FIGURES]: figuresKind as ImportKind,
  [ImportKindName.DONATIONS]: donationsKind as ImportKind,
  [ImportKindName.UNIT_PAIRS]: unitPairsKind as ImportKind,
};

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Rows beyond this are refused: the dry run is synchronous (10,000 rows check in a few seconds). */
export const MAX_IMPORT_ROWS = 20_000;
export const DATA_SHEET = "导入数据";
export const HELP_SHEET = "填写说明";

/** The kind named in a URL or argument, one the caller may import; FORBIDDEN or BAD_USER_INPUT otherwise. */
export function kindFor(ctx: RequestContext, name: string): ImportKind {
  const kind = (KINDS as Record<string, ImportKind | undefined>)[name.toUpperCase()];
  if (!kind) throw badInput("kind", msg("不支持的导入类型", "Unsupported import kind"));
  if (!ctx.user) throw new AppError("UNAUTHENTICATED", msg("请先登录", "Please sign in"));
  if (!kind.roles.includes(ctx.user.role)) throw forbidden();
  return kind;
}

/** The template: the columns (required ones marked in the help), one example row, and 填写说明. */
export async function templateFor(kind: ImportKind): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "协作 Xiezuo";
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.columns = kind.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? 14,
    style: c.text ? { numFmt: "@" } : {},
  }));
  ws.addRow(Object.fromEntries(kind.columns.map((c) => [c.key, c.example])));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const help = wb.addWorksheet(HELP_SHEET);
  help.columns = [
    { header: "列", key: "header", width: 16 },
    { header: "是否必填", key: "required", width: 10 },
    { header: "填写规则", key: "rule", width: 70 },
    { header: "示例", key: "example", width: 22 },
  ];
  for (const c of kind.columns)
    help.addRow({ header: c.header, required: c.required ? "必填" : "选填", rule: c.rule, example: c.example });
  help.addRow({});
  help.addRow({ header: "说明", rule: "第一个工作表的第一行须为以上列名;示例行请删除或替换后再上传。文件不超过5MB。" });
  help.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface ParsedFile {
  rows: { row: number; cells: Cells }[];
  /** Problems found while reading cells (a long number typed where text is needed). */
  cellProblems: Map<number, CheckedProblem[]>;
}

/** Reads the first sheet: BAD_USER_INPUT (field `file`) for a file that is not an .xlsx or has other headers. */
export async function readFile(kind: ImportKind, content: Buffer): Promise<ParsedFile> {
  // An .xlsx is a zip: "PK\x03\x04". Anything else (a .xls, a CSV, a picture) is refused before parsing.
  if (content.length < 4 || content.readUInt32BE(0) !== 0x504b0304)
    throw badInput(
      "file",
      msg("不是 .xlsx 电子表格,请下载模板填写后上传", "Not an .xlsx spreadsheet: fill in the template"),
    );
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw badInput("file", msg("无法读取该电子表格", "The spreadsheet cannot be read"));
  }
  const ws = wb.worksheets.find((w) => w.name === DATA_SHEET) ?? wb.worksheets[0];
  if (!ws) throw badInput("file", msg("电子表格没有工作表", "The spreadsheet has no sheet"));
  const header = ws.getRow(1);
  const positions = new Map<string, number>();
  header.eachCell((cell, col) => {
    const text = cellText(cell.value).replace(/[*＊\s]/g, "");
    if (text) positions.set(text, col);
  });
  const missing = kind.columns.filter((c) => !positions.has(c.header)).map((c) => c.header);
  if (missing.length)
    throw badInput(
      "file",
      msg(
        `模板不符,缺少列:${missing.join("、")}。请下载${kind.label}模板`,
        `Wrong template: missing columns ${missing.join(", ")}`,
      ),
    );
  const rows: ParsedFile["rows"] = [];
  const cellProblems = new Map<number, CheckedProblem[]>();
  // Rows with a value only (a column formatted down to row 1,048,576 is not a million rows).
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1) return;
    const cells: Cells = {};
    let any = false;
    for (const c of kind.columns) {
      const raw = row.getCell(positions.get(c.header)!).value;
      if (c.text && typeof raw === "number" && Math.abs(raw) >= 1e15) {
        const list = cellProblems.get(r) ?? [];
        list.push({
          row: r,
          column: c.header,
          reason: msg("请以文本格式填写(长数字会被 Excel 改写)", "Enter as text: Excel rounds long numbers"),
        });
        cellProblems.set(r, list);
      }
      cells[c.key] = cellText(raw);
      if (cells[c.key]) any = true;
    }
    if (any) rows.push({ row: r, cells }); // blank lines are not rows
  });
  if (rows.length > MAX_IMPORT_ROWS)
    throw badInput("file", msg(`一次至多导入${MAX_IMPORT_ROWS}行`, `At most ${MAX_IMPORT_ROWS} rows per file`));
  return { rows, cellProblems };
}

interface Checked<T> {
  rows: number;
  verdicts: (RowVerdict<T> & { row: number })[];
  problems: CheckedProblem[];
  valid: number;
  unchanged: number;
}

async function checkFile<T>(ctx: RequestContext, kind: ImportKind<T>, content: Buffer): Promise<Checked<T>> {
  const file = await readFile(kind as ImportKind, content);
  const verdicts = (await kind.check(ctx, file.rows)).map((v, i) => {
    const row = file.rows[i].row;
    const extra = file.cellProblems.get(row);
    if (extra?.length) return { ...v, value: undefined, unchanged: false, problems: [...extra, ...v.problems], row };
    return { ...v, row };
  });
  const problems = verdicts.flatMap((v) => v.problems.map((p) => ({ row: v.row, column: p.column, reason: p.reason })));
  const valid = verdicts.filter((v) => !v.problems.length).length;
  const unchanged = verdicts.filter((v) => !v.problems.length && v.unchanged).length;
  return { rows: file.rows.length, verdicts, problems, valid, unchanged };
}

/** The dry run: checks every row and stores the batch (with its file) for the commit. Writes no record. */
export async function checkImport(
  ctx: RequestContext,
  kind: ImportKind,
  fileName: string,
  content: Buffer,
): Promise<ImportBatch> {
  if (!content.length) throw badInput("file", msg("请选择文件", "Choose a file"));
  const checked = await checkFile(ctx, kind, content);
  if (!checked.rows) throw badInput("file", msg("表格中没有数据行", "The sheet has no data rows"));
  const sha256 = createHash("sha256").update(content).digest("hex");
  const repo = ctx.manager.getRepository(ImportBatch);
  const saved = await repo.save(
    Object.assign(new ImportBatch(), {
      kind: kind.name,
      actorId: ctx.user!.id,
      fileName: cleanFileName(fileName),
      sha256,
      content,
      rows: checked.rows,
      valid: checked.valid,
      unchanged: checked.unchanged,
      written: 0,
      skipped: 0,
      status: ImportStatus.CHECKED,
      mode: null,
      problems: checked.problems,
      committedAt: null,
    }),
  );
  return saved;
}

/** A file name as shown (no path, no control characters, at most 200 characters). */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) || "import.xlsx";
}

/** A batch of the caller's own (an admin: anyone's); NOT_FOUND otherwise. */
export async function getBatch(ctx: RequestContext, id: string, withContent = false): Promise<ImportBatch> {
  const qb = ctx.manager.getRepository(ImportBatch).createQueryBuilder("b").where("b.id = :id", { id });
  if (ctx.user?.role !== Role.ADMIN) qb.andWhere("b.actor_id = :me", { me: ctx.user?.id ?? null });
  if (withContent) qb.addSelect("b.content");
  const b = /^[0-9a-f-]{36}$/i.test(id) ? await qb.getOne() : null;
  if (!b) throw notFound(msg("导入批次", "Import batch"), "batchId");
  return b;
}

/**
 * Audit names: an import batch is named by its file ("镇宁劳动力.xlsx"), for whoever may open the
 * batch (its importer, an administrator) — 操作日志 then shows the file, not the batch's id.
 */
auditNames.add({
  refType: "ImportBatch",
  fields: ["batchId"],
  async names(ctx, keys) {
    const ids = keys.filter((k) => /^[0-9a-f-]{36}$/i.test(k));
    if (!ids.length) return new Map();
    const qb = ctx.manager
      .getRepository(ImportBatch)
      .createQueryBuilder("b")
      .select(["b.id", "b.fileName"])
      .where("b.id IN (:...ids)", { ids });
    if (ctx.user?.role !== Role.ADMIN) qb.andWhere("b.actor_id = :me", { me: ctx.user?.id ?? null });
    return new Map((await qb.getMany()).map((b) => [b.id, b.fileName]));
  },
});

/** The caller's imports, newest first (an admin's: everyone's). */
export async function listBatches(
  ctx: RequestContext,
  kind: ImportKindName | undefined,
  offset: number,
  first: number,
): Promise<Page<ImportBatch>> {
  const qb = ctx.manager.getRepository(ImportBatch).createQueryBuilder("b");
  if (ctx.user?.role !== Role.ADMIN) qb.where("b.actor_id = :me", { me: ctx.user?.id ?? null });
  if (kind) qb.andWhere("b.kind = :kind", { kind });
  qb.orderBy("b.created_at", "DESC").addOrderBy("b.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/**
 * Writes a checked batch, in the caller's (the mutation's) transaction. The rows are checked again
 * first: a worker registered since the dry run is unchanged now, a county no longer in reach a problem.
 */
export async function commitImport(ctx: RequestContext, batchId: string, mode: ImportMode): Promise<ImportBatch> {
  const batch = await getBatch(ctx, batchId, true);
  // Lock the batch: two commits of the same batch at once write once.
  await ctx.manager.query(`SELECT 1 FROM import_batch WHERE id = $1 FOR UPDATE`, [batch.id]);
  const status = (await ctx.manager.query(`SELECT status FROM import_batch WHERE id = $1`, [batch.id]))[0].status;
  if (status !== ImportStatus.CHECKED)
    throw conflict(
      msg("该批次已提交或已失败,请重新上传", "This batch was already committed or failed: upload again"),
      "batchId",
    );
  if (ctx.user?.id !== batch.actorId) throw forbidden(msg("只能提交自己上传的文件", "Only the uploader may commit"));
  const kind = kindFor(ctx, batch.kind);
  const checked = await checkFile(ctx, kind, batch.content);
  const toWrite = checked.verdicts.filter((v) => !v.problems.length && !v.unchanged).map((v) => v.value!);
  const refused = mode === ImportMode.ALL_OR_NOTHING && checked.problems.length > 0;
  const written = refused ? 0 : await kind.write(ctx, toWrite);
  const invalid = checked.rows - checked.valid;
  Object.assign(batch, {
    status: refused ? ImportStatus.FAILED : ImportStatus.COMMITTED,
    mode,
    valid: checked.valid,
    // Rows found there at commit (by the check, or by the insert's ON CONFLICT) changed nothing.
    unchanged: refused ? checked.unchanged : checked.unchanged + (toWrite.length - written),
    written,
    skipped: refused ? checked.rows : invalid,
    problems: checked.problems,
    committedAt: new Date(),
  });
  await ctx.manager.getRepository(ImportBatch).update(
    { id: batch.id },
    {
      status: batch.status,
      mode,
      valid: batch.valid,
      unchanged: batch.unchanged,
      written,
      skipped: batch.skipped,
      problems: batch.problems as never,
      committedAt: batch.committedAt,
    },
  );
  await recordAudit(ctx, {
    action: refused ? "IMPORT_REFUSED" : "IMPORT",
    entityType: "ImportBatch",
    entityId: batch.id,
    change: {
      kind: batch.kind,
      fileName: batch.fileName,
      sha256: batch.sha256,
      mode,
      rows: batch.rows,
      written,
      unchanged: batch.unchanged,
      skipped: batch.skipped,
    },
  });
  return batch;
}

/** The problem rows as they were, with a 问题 column, to fix and upload again. */
export async function problemRowsWorkbook(
  ctx: RequestContext,
  batchId: string,
): Promise<{ batch: ImportBatch; file: Buffer }> {
  const batch = await getBatch(ctx, batchId, true);
  const kind = kindFor(ctx, batch.kind);
  const { rows } = await readFile(kind, batch.content);
  const byRow = new Map<number, string[]>();
  for (const p of batch.problems) {
    const list = byRow.get(p.row) ?? [];
    const { reason } = problemIn(p, ctx.locale);
    list.push(p.column ? `${p.column}:${reason}` : reason);
    byRow.set(p.row, list);
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = "协作 Xiezuo";
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.columns = [
    ...kind.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? 14,
      style: c.text ? { numFmt: "@" } : {},
    })),
    { header: "原行号", key: "__row", width: 8 },
    { header: "问题", key: "__problems", width: 60 },
  ];
  for (const r of rows) {
    const problems = byRow.get(r.row);
    if (problems) ws.addRow({ ...r.cells, __row: r.row, __problems: problems.join(";") });
  }
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return { batch, file: Buffer.from(await wb.xlsx.writeBuffer()) };
}
