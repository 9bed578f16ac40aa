import { createHash } from "node:crypto";
import DataLoader from "dataloader";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { badInput, conflict, forbidden, notFound } from "../../shared/errors";
import { DOCUMENT_EXTENSIONS, extensionOf, sniffDocumentType } from "../../shared/file-types";
import { msg } from "../../shared/messages";
import { cond, positional, type Scope } from "../../shared/scoped";
import { UUID } from "../../shared/sql";
import { recordAudit } from "../audit/audit.service";
import { getPairingForWrite } from "../pairings/pairing.service";
import { formatQuantity, type Indicator, INDICATOR_UNIT, type IndicatorUnit } from "../agreements/indicator";
import { ledgerCoverage, ledgerEntryIdsInScope, readableLedgerEntry } from "../ledger/coverage.service";
import type { LedgerEntry } from "../ledger/ledger.entity";
import { EvidenceFile, EvidenceRecordType, EvidenceStatus } from "./evidence.entity";

/** 10 MiB: a scanned contract of some pages, a photo, a spreadsheet. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const TOO_LARGE = msg("文件不能超过 10MB", "Files are limited to 10 MB");
const EVIDENCE = msg("佐证材料", "Evidence file");

/**
 * Who may attach evidence to a ledger entry: whoever may read its pairing and records for it —
 * admins, coordinators in scope, and county officials for their county's pairings (the county holds
 * the receipts and contracts behind its figures). Only coordinators and admins review.
 */
export const EVIDENCE_UPLOADERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];
export const EVIDENCE_REVIEWERS = [Role.ADMIN, Role.COORDINATOR];

/** The records the caller may read files of, per record type (a sub-select of ids). */
function readableRecords(ctx: RequestContext): Scope {
  return cond`(f.record_type = 'LEDGER_ENTRY' AND f.record_id IN ${ledgerEntryIdsInScope(ctx)})`;
}

/** A file name as shown and sent back: no folders, no control characters, at most 200 characters. */
function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
}

/** 上传佐证材料: a file attached to a ledger entry the caller may read and record for. */
export async function addEvidence(
  ctx: RequestContext,
  input: { entryId: string; fileName: string; content: Buffer },
): Promise<EvidenceFile> {
  if (!ctx.user || !EVIDENCE_UPLOADERS.includes(ctx.user.role)) throw forbidden();
  const entry = await readableLedgerEntry(ctx, input.entryId);
  if (!entry) throw notFound(msg("记录", "Entry"), "entryId");
  const fileName = cleanFileName(input.fileName);
  if (!fileName || fileName.length > 200)
    throw badInput("fileName", msg("请提供文件名(不超过 200 字)", "A file name of at most 200 characters is needed"));
  if (!input.content.length) throw badInput("file", msg("文件为空", "The file is empty"));
  if (input.content.length > MAX_EVIDENCE_BYTES) throw badInput("file", TOO_LARGE);
  const named = DOCUMENT_EXTENSIONS[extensionOf(fileName)];
  const mime = sniffDocumentType(input.content);
  if (!named || !mime)
    throw badInput("file", msg("仅支持 PDF、PNG、JPEG、XLSX、DOCX 文件", "Only PDF, PNG, JPEG, XLSX or DOCX files"));
  if (named !== mime)
    throw badInput("file", msg("文件内容与扩展名不符", "The file's content does not match its extension"));
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  const repo = ctx.manager.getRepository(EvidenceFile);
  const inserted = await repo.insert({
    recordType: EvidenceRecordType.LEDGER_ENTRY,
    recordId: entry.id,
    fileName,
    mime,
    size: input.content.length,
    sha256,
    content: input.content,
    uploadedById: ctx.user.id || null,
  });
  const file = await repo.findOneByOrFail({ id: inserted.identifiers[0].id });
  await recordAudit(ctx, {
    action: "EVIDENCE_UPLOADED",
    entityType: "EvidenceFile",
    entityId: file.id,
    change: { entryId: entry.id, fileName, mime, bytes: file.size, sha256 },
  });
  return file;
}

/** A file the caller may read (its record readable), or null: unknown and out of scope look the same. */
export async function findEvidence(ctx: RequestContext, id: string, lock = false): Promise<EvidenceFile | null> {
  if (!UUID.test(id)) return null;
  const scope = readableRecords(ctx);
  const qb = ctx.manager
    .getRepository(EvidenceFile)
    .createQueryBuilder("f")
    .where("f.id = :id", { id })
    .andWhere(scope.sql, scope.params);
  if (lock) qb.setLock("pessimistic_write");
  return qb.getOne();
}

/** 核实 / 驳回: a coordinator in scope (or an admin) reviews a pending file; county officials FORBIDDEN. */
export async function reviewEvidence(
  ctx: RequestContext,
  id: string,
  verdict: EvidenceStatus.VERIFIED | EvidenceStatus.REJECTED,
  reason?: string | null,
): Promise<EvidenceFile> {
  const file = await findEvidence(ctx, id, true);
  if (!file) throw notFound(EVIDENCE, "id");
  const entry = await readableLedgerEntry(ctx, file.recordId);
  if (!entry) throw notFound(EVIDENCE, "id");
  await getPairingForWrite(ctx, entry.pairingId, "id");
  const why = (reason ?? "").trim();
  if (verdict === EvidenceStatus.REJECTED && !why) throw badInput("reason", msg("请填写驳回原因", "Give a reason"));
  if (why.length > 500) throw badInput("reason", msg("原因不能超过 500 字", "At most 500 characters"));
  if (file.status !== EvidenceStatus.PENDING)
    throw conflict(msg("该材料已审核", "This file has already been reviewed"), "id");
  await ctx.manager.getRepository(EvidenceFile).update(
    { id: file.id },
    {
      status: verdict,
      reviewedById: ctx.user?.id || null,
      reviewedAt: new Date(),
      rejectReason: verdict === EvidenceStatus.REJECTED ? why : null,
    },
  );
  await recordAudit(ctx, {
    action: verdict === EvidenceStatus.VERIFIED ? "EVIDENCE_VERIFIED" : "EVIDENCE_REJECTED",
    entityType: "EvidenceFile",
    entityId: file.id,
    change: {
      entryId: file.recordId,
      fileName: file.fileName,
      sha256: file.sha256,
      status: { before: EvidenceStatus.PENDING, after: verdict },
      ...(verdict === EvidenceStatus.REJECTED ? { reason: why } : {}),
    },
  });
  return ctx.manager.getRepository(EvidenceFile).findOneByOrFail({ id: file.id });
}

/** The bytes for GET /evidence/:id, to whoever may read the record; null otherwise (404). */
export async function readEvidence(
  ctx: RequestContext,
  id: string,
): Promise<{ fileName: string; mime: string; sha256: string; content: Buffer } | null> {
  if (!ctx.user || !UUID.test(id)) return null;
  const scope = positional(readableRecords(ctx), 2);
  const rows: { file_name: string; mime: string; sha256: string; content: Buffer }[] = await ctx.manager.query(
    `SELECT f.file_name, f.mime, f.sha256, f.content FROM evidence_file f WHERE f.id = $1 AND ${scope.sql}`,
    [id, ...scope.params],
  );
  const r = rows[0];
  return r ? { fileName: r.file_name, mime: r.mime, sha256: r.sha256, content: r.content } : null;
}

/** A ledger entry's files, oldest first, within the caller's scope by construction. */
export function evidenceOfEntry(ctx: RequestContext) {
  return new DataLoader<string, EvidenceFile[]>(async (ids) => {
    const scope = readableRecords(ctx);
    const rows = await ctx.manager
      .getRepository(EvidenceFile)
      .createQueryBuilder("f")
      .where("f.record_type = 'LEDGER_ENTRY' AND f.record_id IN (:...ids)", { ids: [...ids] })
      .andWhere(scope.sql, scope.params)
      .orderBy("f.uploaded_at", "ASC")
      .addOrderBy("f.id", "ASC")
      .getMany();
    return ids.map((id) => rows.filter((f) => f.recordId === id));
  });
}

export const entryEvidence = (ctx: RequestContext, entryId: string) => loader(ctx, evidenceOfEntry).load(entryId);

/** The ledger entries with at least one VERIFIED file, as a sub-select (for the coverage). */
export function verifiedEntryIds(): Scope {
  return cond`(SELECT vf.record_id FROM evidence_file vf WHERE vf.record_type = 'LEDGER_ENTRY' AND vf.status = 'VERIFIED')`;
}

/** covered / delivered to 4 places, in integers (no float rounding): "0.6667". */
export function ratioOf(covered: number, delivered: number): string | null {
  if (delivered === 0) return null;
  const c = BigInt(covered) * 20000n;
  const d = BigInt(delivered);
  let q = c / d;
  q = q >= 0n ? (q + 1n) / 2n : (q - 1n) / 2n; // round half away from zero
  const neg = q < 0n;
  const a = neg ? -q : q;
  return `${neg ? "-" : ""}${a / 10000n}.${String(a % 10000n).padStart(4, "0")}`;
}

/** One indicator's evidence coverage as the API gives it (amounts in the indicator's unit). */
export interface CoverageRow {
  indicator: Indicator;
  unit: IndicatorUnit;
  delivered: string;
  covered: string;
  ratio: string | null;
  missingCount: number;
  /** The figures lacking verified evidence, largest absolute amount first (the first `first`). */
  missing: { entry: LedgerEntry; amount: string }[];
}

/**
 * 佐证覆盖率 of a pairing's year per indicator with an entry (enclosed pairings included, as
 * progress): Query.evidenceCoverage and the assessment package read the same rows.
 */
export async function evidenceCoverageOf(
  ctx: RequestContext,
  pairingId: string,
  year: number,
  first: number,
): Promise<CoverageRow[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("year", msg("年份无效", "Invalid year"));
  if (first < 0 || first > 100) throw badInput("first", msg("数量须在 0 到 100 之间", "Between 0 and 100"));
  const rows = await ledgerCoverage(ctx, pairingId, year, verifiedEntryIds(), first);
  return rows.map((r) => {
    const unit = INDICATOR_UNIT[r.indicator];
    return {
      indicator: r.indicator,
      unit,
      delivered: formatQuantity(r.delivered, unit),
      covered: formatQuantity(r.covered, unit),
      ratio: ratioOf(r.covered, r.delivered),
      missingCount: r.missingCount,
      missing: r.missing.map((m) => ({ entry: m.entry, amount: formatQuantity(m.net, unit) })),
    };
  });
}

/**
 * For system jobs (the daily reminders, modules/notifications; no scope, never exposed to GraphQL):
 * files rejected on or after `since`, with their uploader, oldest first.
 */
export async function rejectedEvidenceSince(
  ctx: RequestContext,
  since: Date,
): Promise<{ id: string; fileName: string; uploadedById: string; recordId: string }[]> {
  const rows: { id: string; file_name: string; uploaded_by: string; record_id: string }[] = await ctx.manager.query(
    `SELECT id, file_name, uploaded_by, record_id FROM evidence_file
      WHERE status = 'REJECTED' AND reviewed_at >= $1 AND uploaded_by IS NOT NULL
      ORDER BY reviewed_at, id`,
    [since],
  );
  return rows.map((r) => ({ id: r.id, fileName: r.file_name, uploadedById: r.uploaded_by, recordId: r.record_id }));
}
