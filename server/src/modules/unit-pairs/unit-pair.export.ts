import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { currentYear } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { msg } from "../../shared/messages";
import { UUID } from "../../shared/sql";
import { newWorkbook, queryText, xlsxExport, YUAN_FORMAT, yuanCell } from "../../shared/xlsx-export";
import { regionById } from "../regions/region.loaders";
import { UnitPairKind, UnitPairStatus } from "./unit-pair.entity";
import type { UnitPairFilter } from "./unit-pair.inputs";
import { KIND_ZH, listUnitPairs, unitPairSummary } from "./unit-pair.service";

const STATUS_ZH: Record<UnitPairStatus, string> = { ACTIVE: "进行中", ENDED: "已结束", WITHDRAWN: "已撤销" };

function parse(query: Request["query"]): { year: number; filter: UnitPairFilter } {
  const bad = (field: string) =>
    new AppError("BAD_USER_INPUT", msg(`参数 ${field} 无效`, `Invalid ${field}`), { field });
  const yearText = queryText(query, "year", 4);
  const year = yearText === undefined ? currentYear() : Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw bad("year");
  const kind = queryText(query, "kind");
  if (kind !== undefined && !(kind in UnitPairKind)) throw bad("kind");
  const status = queryText(query, "status");
  if (status !== undefined && !(status in UnitPairStatus)) throw bad("status");
  const countyId = queryText(query, "countyId", 36);
  if (countyId !== undefined && !UUID.test(countyId)) throw bad("countyId");
  const formedInYear = queryText(query, "formedInYear", 5);
  if (formedInYear !== undefined && formedInYear !== "true" && formedInYear !== "false") throw bad("formedInYear");
  return {
    year,
    filter: {
      kind: kind as UnitPairKind | undefined,
      status: status as UnitPairStatus | undefined,
      countyId,
      year: formedInYear === "true" ? year : undefined,
      search: queryText(query, "search", 100),
    },
  };
}

/** 结对帮扶 as a workbook: 汇总 (by kind for the year) and 结对清单 (the pairs in scope that match the filter). */
export async function unitPairsWorkbook(ctx: RequestContext, args: { year: number; filter: UnitPairFilter }) {
  const { wb, sheet } = newWorkbook();
  const summary = await unitPairSummary(ctx, args.year, { countyId: args.filter.countyId });
  const s = sheet("汇总", [
    { header: "结对类型", key: "kind", width: 16 },
    { header: `${args.year}年新结对`, key: "formed", width: 14 },
    { header: `${args.year}年末在结对`, key: "active", width: 14 },
  ]);
  for (const k of summary.byKind) s.addRow({ kind: KIND_ZH[k.kind], formed: k.formed, active: k.activeAtYearEnd });
  s.addRow({ kind: "合计", formed: summary.formed, active: summary.activeAtYearEnd });

  const list = sheet("结对清单", [
    { header: "结对类型", key: "kind", width: 16 },
    { header: "东部单位", key: "east", width: 28 },
    { header: "西部单位", key: "west", width: 28 },
    { header: "受援县", key: "county", width: 14 },
    { header: "结对日期", key: "formedOn", width: 12 },
    { header: "状态", key: "status", width: 10 },
    { header: "结束日期", key: "endedOn", width: 12 },
    { header: "结束/撤销原因", key: "reason", width: 24 },
    { header: "帮扶内容", key: "support", width: 30 },
    { header: "帮扶价值(元,不计入社会帮扶资金)", key: "value", width: 18, style: { numFmt: YUAN_FORMAT } },
  ]);
  for (let offset = 0; ; offset += 500) {
    const page = await listUnitPairs(ctx, args.filter, offset, 500);
    const counties = await loader(ctx, regionById).loadMany(page.nodes.map((p) => p.countyId));
    page.nodes.forEach((p, i) => {
      const c = counties[i];
      list.addRow({
        kind: KIND_ZH[p.kind],
        east: p.eastUnit,
        west: p.westUnit,
        county: c && !(c instanceof Error) ? c.shortName : "",
        formedOn: p.formedOn,
        status: STATUS_ZH[p.status],
        endedOn: p.endedOn,
        reason: p.withdrawReason ?? p.endReason,
        support: p.support,
        value: yuanCell(p.value),
      });
    });
    if (offset + page.nodes.length >= page.totalCount || !page.nodes.length) break;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/unit-pairs.xlsx?year=2026&kind=&status=&countyId=&formedInYear=&search= — coordinators, county officials (their scope), admins. */
export const unitPairsExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  xlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
    what: "unit pairs",
    parse,
    fileName: ({ year }) => ({ ascii: `unit-pairs-${year}.xlsx`, display: `结对帮扶-${year}.xlsx` }),
    build: unitPairsWorkbook,
  });
