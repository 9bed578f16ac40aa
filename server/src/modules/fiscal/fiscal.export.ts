import ExcelJS from "exceljs";
import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { newWorkbook, yearlyXlsxExport, YUAN_FORMAT, yuanCell } from "../../shared/xlsx-export";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { regionById } from "../regions/region.loaders";
import { fiscalAidBoard } from "./fiscal.board";
import { FiscalProjectStatus } from "./fiscal.entity";
import { percentOf } from "./fiscal.figures";
import { progressByProject, totalsByProject } from "./fiscal.loaders";
import { listFiscalProjects } from "./fiscal.service";

const rate = (r: string | null) => (r == null ? null : `${r}%`);

/** 财政援助项目 of a year in scope as a workbook: 按县汇总 (the board's table) and 项目清单 (every project). */
export async function fiscalAidWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const board = await fiscalAidBoard(ctx, year);
  const { wb, sheet } = newWorkbook();
  const money = (header: string, key: string): Partial<ExcelJS.Column> => ({
    header: `${header}(元)`,
    key,
    width: 18,
    style: { numFmt: YUAN_FORMAT },
  });

  const counties = sheet(W["fiscal.board.byCounty"], [
    { header: W["fiscal.project.county"], key: "county", width: 14 },
    { header: W["fiscal.board.projects"], key: "projects", width: 10 },
    money(W["fiscal.project.allocated"], "allocated"),
    money(W["fiscal.project.disbursed"], "disbursed"),
    money(W["fiscal.project.spent"], "spent"),
    { header: W["fiscal.project.disbursementRate"], key: "disbursementRate", width: 12 },
    { header: W["fiscal.project.useRate"], key: "useRate", width: 12 },
  ]);
  for (const c of board.byCounty)
    counties.addRow({
      county: c.county?.shortName ?? "",
      projects: c.projects,
      allocated: yuanCell(c.allocated),
      disbursed: yuanCell(c.disbursed),
      spent: yuanCell(c.spent),
      disbursementRate: rate(c.disbursementRate),
      useRate: rate(c.useRate),
    });

  const projects = sheet(W["fiscal.board.projectList"], [
    { header: W["fiscal.project.name"], key: "name", width: 32 },
    { header: W["fiscal.project.county"], key: "county", width: 12 },
    { header: W["fiscal.project.town"], key: "town", width: 12 },
    { header: W["fiscal.project.sector"], key: "sector", width: 12 },
    { header: W["fiscal.project.implementingUnit"], key: "unit", width: 24 },
    { header: W["fiscal.project.status"], key: "status", width: 10 },
    { header: W["fiscal.project.startsOn"], key: "startsOn", width: 12 },
    { header: W["fiscal.project.plannedEndOn"], key: "plannedEndOn", width: 12 },
    money(W["fiscal.project.allocated"], "allocated"),
    money(W["fiscal.project.disbursed"], "disbursed"),
    money(W["fiscal.project.spent"], "spent"),
    { header: W["fiscal.project.useRate"], key: "useRate", width: 12 },
    { header: W["fiscal.project.works"], key: "works", width: 10 },
  ]);
  for (let offset = 0; ; offset += 100) {
    const page = await listFiscalProjects(ctx, { year }, offset, 100);
    const ids = page.nodes.map((p) => p.id);
    const [regions, totals, reports] = await Promise.all([
      loader(ctx, regionById).loadMany(page.nodes.map((p) => p.countyId)),
      loader(ctx, totalsByProject).loadMany(ids),
      loader(ctx, progressByProject).loadMany(ids),
    ]);
    page.nodes.forEach((p, i) => {
      const c = regions[i],
        t = totals[i],
        r = reports[i];
      const sums = t && !(t instanceof Error) ? t : { allocated: 0, disbursed: 0, spent: 0 };
      const works = Array.isArray(r) ? (r[0]?.percent ?? null) : null;
      const status =
        works === 100
          ? FiscalProjectStatus.COMPLETED
          : sums.allocated > 0
            ? FiscalProjectStatus.IN_PROGRESS
            : FiscalProjectStatus.PLANNED;
      projects.addRow({
        name: p.name,
        county: c && !(c instanceof Error) ? c.shortName : "",
        town: p.town ?? "",
        sector: CODE_ZH["FiscalProject.sector"][p.sector],
        unit: p.implementingUnit,
        status: CODE_ZH.fiscalStatus[status],
        startsOn: p.startsOn,
        plannedEndOn: p.plannedEndOn,
        allocated: yuanCell(sums.allocated),
        disbursed: yuanCell(sums.disbursed),
        spent: yuanCell(sums.spent),
        useRate: rate(percentOf(sums.spent, sums.allocated)),
        works: works == null ? null : `${works}%`,
      });
    });
    if (offset + page.nodes.length >= page.totalCount) break;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/fiscal-aid.xlsx?year=2026 — coordinators, county officials and admins, each in their scope. */
export const fiscalAidExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
    fileName: (year) => ({ ascii: `fiscal-aid-${year}.xlsx`, display: `财政援助项目-${year}.xlsx` }),
    build: fiscalAidWorkbook,
    what: "fiscal aid",
  });
