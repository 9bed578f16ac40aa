import ExcelJS from "exceljs";
import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { boldFrozenHeader, yearlyXlsxExport } from "../../shared/xlsx-export";
import { enterpriseById } from "../enterprises/enterprise.loaders";
import { regionById } from "../regions/region.loaders";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { labourRetention, placementsOfYear } from "./placement.service";
import { postingById } from "./posting.loaders";
import { visibleWorkerById } from "./worker.loaders";

const STATUS_LABEL = CODE_ZH["Placement.status"];

const named = <T>(v: T | Error | null | undefined): T | null => (v && !(v instanceof Error) ? v : null);

/**
 * 劳务协作 workbook for the yearly assessment: 按县安置与稳岗 (retention per county) and 岗位安置
 * (each placement of the year), in the screens' words (EXPORT_ZH). Masked ID numbers only: a spreadsheet travels further than the platform.
 */
export async function labourWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "协作 Xiezuo";
  wb.created = new Date();
  const head = boldFrozenHeader;

  const byCounty = wb.addWorksheet(W["labour.board.retention"]);
  byCounty.columns = [
    { header: W["labour.retention.county"], key: "county", width: 24 },
    { header: W["auditFields.code"], key: "code", width: 10 },
    { header: W["labour.retention.placed"], key: "placed", width: 10 },
    { header: W["labour.retention.employed"], key: "employed", width: 10 },
    { header: W["labour.retention.stable"], key: "stable", width: 10 },
    { header: W["labour.retention.left"], key: "left", width: 10 },
    { header: W["labour.retention.eligible"], key: "eligible", width: 10 },
    { header: W["labour.retention.retained"], key: "retained", width: 14 },
    { header: W["labour.retention.rate"], key: "rate", width: 14, style: { numFmt: "0.00%" } },
  ];
  for (const r of await labourRetention(ctx, year)) {
    byCounty.addRow({
      county: r.county.name,
      code: r.county.code,
      placed: r.placed,
      employed: r.employed,
      stable: r.stable,
      left: r.left,
      eligible: r.eligible,
      retained: r.retained,
      rate: r.retentionRate,
    });
  }
  head(byCounty);

  const detail = wb.addWorksheet(W["labour.placements.tab"]);
  detail.columns = [
    { header: W["labour.workers.name"], key: "name", width: 10 },
    { header: `${W["labour.workers.idNumber"]}(脱敏)`, key: "id", width: 22 },
    { header: W["labour.workers.poorTag"], key: "poor", width: 10 },
    { header: W["auditFields.county"], key: "county", width: 22 },
    { header: W["invest.lead.enterprise"], key: "enterprise", width: 28 },
    { header: W["labour.postings.position"], key: "position", width: 16 },
    { header: W["labour.postings.location"], key: "location", width: 12 },
    { header: W["auditFields.status"], key: "status", width: 12 },
    { header: W["labour.place.placedOn"], key: "placedOn", width: 12 },
    { header: "就业日期", key: "employedOn", width: 12 },
    { header: "稳岗日期", key: "stableOn", width: 12 },
    { header: "离职日期", key: "leftOn", width: 12 },
    { header: W["labour.placements.reason"], key: "leftReason", width: 24 },
  ];
  const placements = await placementsOfYear(ctx, year);
  const [workers, postings, enterprises, counties, locations] = await Promise.all([
    loader(ctx, visibleWorkerById).loadMany(placements.map((p) => p.workerId)),
    loader(ctx, postingById).loadMany(placements.map((p) => p.postingId)),
    loader(ctx, enterpriseById).loadMany(placements.map((p) => p.enterpriseId)),
    loader(ctx, regionById).loadMany(placements.map((p) => p.countyId)),
    loader(ctx, regionById).loadMany(placements.map((p) => p.eastRegionId)),
  ]);
  placements.forEach((p, i) => {
    const w = named(workers[i]);
    detail.addRow({
      name: w?.name ?? "",
      id: w?.idNumberMasked ?? "",
      poor: w?.registeredPoor ? "是" : "否",
      county: named(counties[i])?.name ?? "",
      enterprise: named(enterprises[i])?.name ?? "",
      position: named(postings[i])?.position ?? "",
      location: named(locations[i])?.shortName ?? "",
      status: STATUS_LABEL[p.status],
      placedOn: p.placedOn,
      employedOn: p.employedOn,
      stableOn: p.stableOn,
      leftOn: p.leftOn,
      leftReason: p.leftReason,
    });
  });
  head(detail);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/labour.xlsx?year=2026 — coordinators (their paired counties), county officials (their county), admins. */
export const labourExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
    fileName: (year) => ({ ascii: `labour-${year}.xlsx`, display: `劳务协作安置与稳岗-${year}.xlsx` }),
    build: labourWorkbook,
    what: "labour",
  });
