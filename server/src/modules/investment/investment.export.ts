import ExcelJS from "exceljs";
import type { Request } from "express";
import { loader, type RequestContext } from "../../shared/context";
import { Role } from "../../shared/auth";
import { newWorkbook, yearlyXlsxExport, YUAN_FORMAT, yuanCell } from "../../shared/xlsx-export";
import { enterpriseById } from "../enterprises/enterprise.loaders";
import { regionById } from "../regions/region.loaders";
import { fundsInPlaceSeries, pipelineBoard } from "./board.service";
import { tranchesByProject } from "./investment.loaders";
import { listProjects } from "./project.service";
import { ProjectStage } from "./stage";

const STAGE_LABEL: Record<ProjectStage, string> = {
  LEAD: "线索",
  SITE_VISIT: "考察对接",
  NEGOTIATION: "洽谈",
  SIGNED: "签约",
  FUNDS_ARRIVING: "资金到位中",
  IN_PRODUCTION: "投产",
  DROPPED: "终止",
};

/** 招商引资 as a workbook: 按阶段 (the board), 按月到位资金 (the series), 项目清单 (every project in scope). */
export async function investmentPipelineWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const [board, series] = [await pipelineBoard(ctx, year), await fundsInPlaceSeries(ctx, year)];
  const { wb, sheet } = newWorkbook();
  const money = (header: string, key: string): Partial<ExcelJS.Column> => ({
    header,
    key,
    width: 18,
    style: { numFmt: YUAN_FORMAT },
  });

  const stages = sheet("按阶段", [
    { header: "阶段", key: "stage", width: 12 },
    { header: "项目数", key: "projects", width: 10 },
    money("计划投资(元)", "planned"),
    money("签约金额(元)", "contracted"),
    money("累计到位(元)", "inPlace"),
    money(`${year}年到位(元)`, "inPlaceInYear"),
  ]);
  for (const r of board.stages) {
    stages.addRow({
      ...r,
      stage: STAGE_LABEL[r.stage],
      planned: yuanCell(r.planned),
      contracted: yuanCell(r.contracted),
      inPlace: yuanCell(r.inPlace),
      inPlaceInYear: yuanCell(r.inPlaceInYear),
    });
  }

  const months = sheet("按月到位资金", [
    { header: "月份", key: "month", width: 8 },
    money("当月到位(元)", "amount"),
    money("累计(元)", "cumulative"),
  ]);
  for (const m of series)
    months.addRow({
      month: `${year}-${String(m.month).padStart(2, "0")}`,
      amount: yuanCell(m.amount),
      cumulative: yuanCell(m.cumulative),
    });

  const projects = sheet("项目清单", [
    { header: "项目", key: "name", width: 30 },
    { header: "企业", key: "enterprise", width: 26 },
    { header: "县(区)", key: "county", width: 14 },
    { header: "阶段", key: "stage", width: 12 },
    { header: "阶段日期", key: "since", width: 12 },
    money("计划投资(元)", "planned"),
    money("签约金额(元)", "contracted"),
    { header: "签约日期", key: "signedOn", width: 12 },
    money("到位资金(元)", "inPlace"),
  ]);
  for (let offset = 0; ; offset += 100) {
    const page = await listProjects(ctx, undefined, offset, 100);
    const ids = page.nodes.map((p) => p.id);
    const [enterprises, counties, tranches] = await Promise.all([
      loader(ctx, enterpriseById).loadMany(page.nodes.map((p) => p.enterpriseId)),
      loader(ctx, regionById).loadMany(page.nodes.map((p) => p.countyId)),
      loader(ctx, tranchesByProject).loadMany(ids),
    ]);
    page.nodes.forEach((p, i) => {
      const e = enterprises[i],
        c = counties[i],
        t = tranches[i];
      projects.addRow({
        name: p.name,
        enterprise: e && !(e instanceof Error) ? e.name : "",
        county: c && !(c instanceof Error) ? c.shortName : "",
        stage: STAGE_LABEL[p.stage],
        since: p.stageSince,
        planned: yuanCell(p.plannedInvestment),
        contracted: yuanCell(p.contractAmount),
        signedOn: p.signedOn,
        inPlace: yuanCell(Array.isArray(t) ? t.reduce((s, x) => s + x.amount, 0) : 0),
      });
    });
    if (offset + page.nodes.length >= page.totalCount) break;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/investment-pipeline.xlsx?year=2026 — coordinators (their region) and admins; the same auth and scope as the API. */
export const investmentPipelineExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR],
    fileName: (year) => ({ ascii: `investment-pipeline-${year}.xlsx`, display: `招商引资进展-${year}.xlsx` }),
    build: investmentPipelineWorkbook,
    what: "investment pipeline",
  });
