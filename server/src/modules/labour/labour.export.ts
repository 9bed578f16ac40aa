import ExcelJS from "exceljs";
import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { boldFrozenHeader, yearlyXlsxExport } from "../../shared/xlsx-export";
import { enterpriseById } from "../enterprises/enterprise.loaders";
import { regionById } from "../regions/region.loaders";
import { PlacementStatus } from "./placement.entity";
import { labourRetention, placementsOfYear } from "./placement.service";
import { postingById } from "./posting.loaders";
import { visibleWorkerById } from "./worker.loaders";

const STATUS_LABEL: Record<PlacementStatus, string> = {
  PLACED: "已推荐上岗",
  EMPLOYED: "已就业",
  STABLE: "稳定就业",
  LEFT: "已离职",
};

const named = <T>(v: T | Error | null | undefined): T | null => (v && !(v instanceof Error) ? v : null);

/**
 * 劳务协作 workbook for the yearly assessment: 按县稳岗 (retention per county) and 安置明细 (each
 * placement of the year). Masked ID numbers only: a spreadsheet travels further than the platform.
 */
export async function labourWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "协作 Xiezuo";
  wb.created = new Date();
  const head = boldFrozenHeader;

  const byCounty = wb.addWorksheet("按县稳岗");
  byCounty.columns = [
    { header: "县(区)", key: "county", width: 24 },
    { header: "代码", key: "code", width: 10 },
    { header: "推荐上岗", key: "placed", width: 10 },
    { header: "已就业", key: "employed", width: 10 },
    { header: "稳定就业", key: "stable", width: 10 },
    { header: "已离职", key: "left", width: 10 },
    { header: "满六个月", key: "eligible", width: 10 },
    { header: "六个月在岗", key: "retained", width: 12 },
    { header: "稳岗率", key: "rate", width: 10, style: { numFmt: "0.00%" } },
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

  const detail = wb.addWorksheet("安置明细");
  detail.columns = [
    { header: "姓名", key: "name", width: 10 },
    { header: "身份证号(脱敏)", key: "id", width: 22 },
    { header: "建档立卡", key: "poor", width: 10 },
    { header: "县(区)", key: "county", width: 22 },
    { header: "企业", key: "enterprise", width: 28 },
    { header: "岗位", key: "position", width: 16 },
    { header: "工作地点", key: "location", width: 12 },
    { header: "状态", key: "status", width: 12 },
    { header: "推荐日期", key: "placedOn", width: 12 },
    { header: "就业日期", key: "employedOn", width: 12 },
    { header: "稳岗日期", key: "stableOn", width: 12 },
    { header: "离职日期", key: "leftOn", width: 12 },
    { header: "离职原因", key: "leftReason", width: 24 },
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
