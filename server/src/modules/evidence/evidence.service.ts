import { createHash } from "node:crypto";
import DataLoader from "dataloader";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { badInput, conflict, forbidden, notFound } from "../../shared/errors";
import { DOCUMENT_EXTENSIONS, extensionOf, sniffDocumentType } from "../../shared/file-types";
import { msg } from "../../shared/messages";
import { anyOf, cond, param, positional, type Scope } from "../../shared/scoped";
import { UUID } from "../../shared/sql";
import { recordAudit } from "../audit/audit.service";
import { formatQuantity, type Indicator, INDICATOR_UNIT, type IndicatorUnit } from "../agreements/indicator";
import { ledgerCoverage, ledgerEntryIdsInScope, ledgerEntryIdsOfRecords } from "../ledger/coverage.service";
import type { LedgerEntry } from "../ledger/ledger.entity";
import { EvidenceFile, EvidencePurpose, EvidenceRecordType, EvidenceStatus } from "./evidence.entity";
import { type EvidenceRecordKind, evidenceRecordKind, evidenceRecordKinds } from "./evidence.records";

/** 10 MiB: a scanned contract of some pages, a photo, a spreadsheet. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const TOO_LARGE = msg("文件不能超过 10MB", "Files are limited to 10 MB");
const EVIDENCE = msg("佐证材料", "Evidence file");

/**
 * Who may attach evidence to a ledger entry: whoever may read its pairing and records for it —
 * admins, coordinators in scope, and county officials for their county's pairings (the county holds
 * the receipts and contracts behind its figures). Only coordinators and admins review. Other records
 * name their own uploaders (evidence.records.ts): a buyer attaches receipts to its sub-orders.
 */
export const EVIDENCE_UPLOADERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];
export const EVIDENCE_REVIEWERS = [Role.ADMIN, Role.COORDINATOR];
/** Every role that may attach to some kind of record (the upload is refused before its body for the others). */
export const EVIDENCE_ROLES = [...EVIDENCE_UPLOADERS, Role.BUYER];

// Ledger entries are this module's first kind: readable when their pairing is in the caller's scope.
evidenceRecordKinds.add({
  kind: EvidenceRecordType.LEDGER_ENTRY,
  ledgerSource: null,
  uploaders: EVIDENCE_UPLOADERS,
  idsInScope: ledgerEntryIdsInScope,
});

/** The kinds the caller may read files of (its role among their uploaders). */
function kindsFor(ctx: RequestContext): EvidenceRecordKind[] {
  const role = ctx.user?.role;
  return role ? evidenceRecordKinds.all().filter((k) => k.uploaders.includes(role)) : [];
}

/** The records the caller may read files of, per record type (each owner's sub-select of ids). */
function readableRecords(ctx: RequestContext): Scope {
  return anyOf(
    ...kindsFor(ctx).map((k) => cond`(f.record_type = ${param(k.kind)} AND f.record_id IN ${k.idsInScope(ctx)})`),
  );
}

/** The record kind the caller may attach to and that record's presence in the caller's scope. */
async function recordInScope(ctx: RequestContext, kind: EvidenceRecordKind, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const scope = positional(cond`${param(id)}::uuid IN ${kind.idsInScope(ctx)}`, 1);
  const rows: { ok: boolean }[] = await ctx.manager.query(`SELECT (${scope.sql}) AS ok`, scope.params);
  return !!rows[0]?.ok;
}

/** A file name as shown and sent back: no folders, no control characters, at most 200 characters. */
function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
}

const PURPOSES = Object.values(EvidencePurpose) as string[];

/**
 * 上传佐证材料: a file attached to a record the caller may see and attach to (its kind's owner says
 * which, evidence.records.ts). A sub-order's file says what it is (invoice or inspection scan).
 */
export async function addEvidence(
  ctx: RequestContext,
  input: {
    recordType: string;
    recordId: string;
    purpose?: string | null;
    fileName: string;
    content: Buffer;
    /** The input's name for the record, as errors name it ("entryId" for the ledger's older form). */
    recordField?: string;
  },
): Promise<EvidenceFile> {
  if (!ctx.user) throw forbidden();
  const kind = evidenceRecordKind(input.recordType as EvidenceRecordType);
  if (!kind)
    throw badInput(
      "recordType",
      msg("无法为此类记录上传佐证材料", "Evidence cannot be attached to this kind of record"),
    );
  if (!kind.uploaders.includes(ctx.user.role)) throw forbidden();
  if (!(await recordInScope(ctx, kind, input.recordId)))
    throw notFound(msg("记录", "Record"), input.recordField ?? "recordId");
  const purpose = input.purpose || null;
  if (kind.kind === EvidenceRecordType.SUB_ORDER ? !purpose || !PURPOSES.includes(purpose) : purpose)
    throw badInput(
      "purpose",
      msg(
        "订单的佐证材料须注明是发票还是验货单,其他记录不注明",
        "An order's file is an invoice or an inspection scan; other records' files have no purpose",
      ),
    );
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
    recordType: kind.kind,
    recordId: input.recordId,
    purpose: purpose as EvidencePurpose | null,
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
    change: {
      ...subjectOf(file),
      ...(purpose ? { purpose } : {}),
      fileName,
      mime,
      bytes: file.size,
      sha256,
    },
  });
  return file;
}

/** The record a file is attached to, as the audit log names it (entryId for ledger entries, as before). */
function subjectOf(file: EvidenceFile): Record<string, string> {
  return file.recordType === EvidenceRecordType.LEDGER_ENTRY
    ? { entryId: file.recordId }
    : { recordType: file.recordType, recordId: file.recordId };
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

/** A file a reviewer may review: found in scope (else NOT_FOUND), and the caller a reviewer (else FORBIDDEN). */
async function fileForReview(ctx: RequestContext, id: string): Promise<EvidenceFile> {
  const file = await findEvidence(ctx, id, true);
  if (!file) throw notFound(EVIDENCE, "id");
  if (!ctx.user || !EVIDENCE_REVIEWERS.includes(ctx.user.role)) throw forbidden();
  return file;
}

function reasonOf(reason: string | null | undefined, required: boolean): string {
  const why = (reason ?? "").trim();
  if (required && !why) throw badInput("reason", msg("请填写原因", "Give a reason"));
  if (why.length > 500) throw badInput("reason", msg("原因不能超过 500 字", "At most 500 characters"));
  return why;
}

/** 核实 / 驳回: a coordinator in scope (or an admin) reviews a pending file; county officials FORBIDDEN. */
export async function reviewEvidence(
  ctx: RequestContext,
  id: string,
  verdict: EvidenceStatus.VERIFIED | EvidenceStatus.REJECTED,
  reason?: string | null,
): Promise<EvidenceFile> {
  const file = await fileForReview(ctx, id);
  const why = reasonOf(reason, verdict === EvidenceStatus.REJECTED);
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
      ...subjectOf(file),
      fileName: file.fileName,
      sha256: file.sha256,
      status: { before: EvidenceStatus.PENDING, after: verdict },
      ...(verdict === EvidenceStatus.REJECTED ? { reason: why } : {}),
    },
  });
  return ctx.manager.getRepository(EvidenceFile).findOneByOrFail({ id: file.id });
}

/**
 * 撤销审核: a reviewed file (verified or rejected) back to pending, with a reason, by a coordinator in
 * scope or an admin — e.g. a scan verified against the wrong invoice. The earlier review stays in the
 * audit log; a pending file is a CONFLICT.
 */
export async function reopenEvidence(ctx: RequestContext, id: string, reason: string): Promise<EvidenceFile> {
  const file = await fileForReview(ctx, id);
  const why = reasonOf(reason, true);
  if (file.status === EvidenceStatus.PENDING)
    throw conflict(msg("该材料尚未审核", "This file has not been reviewed"), "id");
  await ctx.manager
    .getRepository(EvidenceFile)
    .update(
      { id: file.id },
      { status: EvidenceStatus.PENDING, reviewedById: null, reviewedAt: null, rejectReason: null },
    );
  await recordAudit(ctx, {
    action: "EVIDENCE_REOPENED",
    entityType: "EvidenceFile",
    entityId: file.id,
    change: {
      ...subjectOf(file),
      fileName: file.fileName,
      sha256: file.sha256,
      status: { before: file.status, after: EvidenceStatus.PENDING },
      reason: why,
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

/** A record's files ("KIND\u0000id" keys), oldest first, within the caller's scope by construction. */
export function evidenceOfRecord(ctx: RequestContext) {
  return new DataLoader<string, EvidenceFile[]>(async (keys) => {
    const scope = readableRecords(ctx);
    const pairs = keys.map((k) => k.split("\u0000"));
    const ids = [...new Set(pairs.map(([, id]) => id).filter((id) => UUID.test(id)))];
    const rows = ids.length
      ? await ctx.manager
          .getRepository(EvidenceFile)
          .createQueryBuilder("f")
          .where("f.record_id IN (:...ids)", { ids })
          .andWhere(scope.sql, scope.params)
          .orderBy("f.uploaded_at", "ASC")
          .addOrderBy("f.id", "ASC")
          .getMany()
      : [];
    return pairs.map(([kind, id]) => rows.filter((f) => f.recordType === kind && f.recordId === id));
  });
}

/** A record's files the caller may read (none for a record out of scope), oldest first. */
export const recordEvidence = (ctx: RequestContext, kind: EvidenceRecordType, id: string) =>
  loader(ctx, evidenceOfRecord).load(`${kind}\u0000${id}`);

export const entryEvidence = (ctx: RequestContext, entryId: string) =>
  recordEvidence(ctx, EvidenceRecordType.LEDGER_ENTRY, entryId);

/**
 * The ledger entries backed by at least one VERIFIED file, as a sub-select (for the coverage): files
 * on the entry itself, and files on a record, which back the entries that record wrote (its kind's
 * ledger source, the record's id as source id: a tranche's file covers its FUND_TRANCHE entry).
 */
export function verifiedEntryIds(): Scope {
  const ofRecords = evidenceRecordKinds
    .all()
    .filter((k) => k.ledgerSource)
    .map((k) =>
      ledgerEntryIdsOfRecords(
        k.ledgerSource!,
        cond`(SELECT vf.record_id::text FROM evidence_file vf WHERE vf.record_type = ${param(k.kind)} AND vf.status = 'VERIFIED')`,
      ),
    );
  const parts = [
    cond`SELECT vf.record_id FROM evidence_file vf WHERE vf.record_type = 'LEDGER_ENTRY' AND vf.status = 'VERIFIED'`,
    ...ofRecords.map((q) => cond`SELECT ids.id FROM ${q} ids`),
  ];
  return {
    sql: `(${parts.map((p) => p.sql).join(" UNION ")})`,
    params: Object.assign({}, ...parts.map((p) => p.params)),
  };
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
): Promise<{ id: string; fileName: string; uploadedById: string; recordType: string; recordId: string }[]> {
  const rows: { id: string; file_name: string; uploaded_by: string; record_type: string; record_id: string }[] =
    await ctx.manager.query(
      `SELECT id, file_name, uploaded_by, record_type, record_id FROM evidence_file
      WHERE status = 'REJECTED' AND reviewed_at >= $1 AND uploaded_by IS NOT NULL
      ORDER BY reviewed_at, id`,
      [since],
    );
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    uploadedById: r.uploaded_by,
    recordType: r.record_type,
    recordId: r.record_id,
  }));
}
