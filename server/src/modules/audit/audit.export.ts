import type { Request } from "express";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { chinaTime } from "../../shared/dates";
import { newWorkbook, queryDate, queryText, xlsxExport } from "../../shared/xlsx-export";
import { ACTION_ZH, CODE_ZH, ENTITY_ZH, EXPORT_ZH as W, fieldLabelZh } from "./audit.labels";
import { readableChange, recordName, refName, type DisplayValue, type ReadableFieldChange } from "./audit.readable";
import { listAudit, type AuditFilterArgs } from "./audit.service";

/** At most this many entries in one file (newest first); the sheet says so when it is cut. */
export const AUDIT_EXPORT_MAX = 10_000;

/** One value as the spreadsheet shows it (Chinese). */
export function valueText(entityType: string, field: string, v: DisplayValue | null): string {
  if (!v) return "空";
  const leaf = field.split(".").pop()!;
  switch (v.kind) {
    case "REF":
      return v.text ?? "(无权查看)";
    case "BOOLEAN":
      return v.text === "true" ? "是" : "否";
    case "MONEY":
      return `¥${v.text}`;
    case "DATETIME":
      return chinaTime(new Date(v.text!));
    case "CODE":
      return CODE_ZH[`${entityType}.${leaf}`]?.[v.text!] ?? CODE_ZH[leaf]?.[v.text!] ?? v.text!;
    default:
      // WORKER_IDENTITY_REVEALED's `fields`: the names of the fields viewed, each as its label.
      return field === "fields" ? (v.text ?? "").split("、").map(fieldLabelZh).join("、") : (v.text ?? "");
  }
}

/** "字段: 旧值 → 新值", or "字段: 值" for a value recorded with the change. */
export function changeLine(entityType: string, f: ReadableFieldChange): string {
  const label = fieldLabelZh(f.field);
  const after = valueText(entityType, f.field, f.after);
  return f.changed ? `${label}: ${valueText(entityType, f.field, f.before)} → ${after}` : `${label}: ${after}`;
}

export function parseAuditQuery(q: Request["query"]): AuditFilterArgs {
  const filter: AuditFilterArgs = {
    actorId: queryText(q, "actorId"),
    actor: queryText(q, "actor"),
    entityType: queryText(q, "entityType"),
    entityId: queryText(q, "entityId"),
    action: queryText(q, "action"),
    from: queryDate(q, "from"),
    to: queryDate(q, "to"),
  };
  return filter;
}

/** 操作日志 as a workbook: the same filters, scope and readable text as the page. */
export async function auditWorkbook(ctx: RequestContext, filter: AuditFilterArgs): Promise<Buffer> {
  const page = await listAudit(ctx, filter, 0, AUDIT_EXPORT_MAX);
  const { wb, sheet } = newWorkbook();
  const ws = sheet(W["audit.title"], [
    { header: W["audit.at"], key: "at", width: 20 },
    { header: W["audit.actor"], key: "actor", width: 18 },
    { header: W["audit.action"], key: "action", width: 18 },
    { header: W["audit.filterType"], key: "type", width: 12 },
    { header: W["audit.record"], key: "record", width: 28 },
    { header: W["audit.change"], key: "change", width: 80 },
  ]);
  const rows = await Promise.all(
    page.nodes.map(async (e) => {
      const [actor, record, fields] = await Promise.all([
        e.actorId ? refName(ctx, "User", e.actorId) : Promise.resolve(W["audit.system"]),
        recordName(ctx, e.entityType, e.entityId),
        readableChange(ctx, e.action, e.change),
      ]);
      return {
        at: chinaTime(e.at),
        actor: actor ?? "(无权查看)",
        action: ACTION_ZH[e.action] ?? e.action,
        type: ENTITY_ZH[e.entityType] ?? e.entityType,
        record: record ?? "",
        change: fields.map((f) => changeLine(e.entityType, f)).join("\n"),
      };
    }),
  );
  for (const r of rows) ws.addRow(r).getCell("change").alignment = { wrapText: true, vertical: "top" };
  if (page.totalCount > page.nodes.length)
    ws.addRow({ at: `仅导出最新 ${AUDIT_EXPORT_MAX} 条,共 ${page.totalCount} 条;请缩小筛选范围` });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const auditExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  xlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR],
    what: "audit log",
    parse: parseAuditQuery,
    fileName: () => ({ ascii: "audit-log.xlsx", display: "操作日志.xlsx" }),
    build: auditWorkbook,
  });
