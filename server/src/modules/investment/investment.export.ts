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
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";

const STAGE_LABEL = CODE_ZH.stage;

/** 招商引资 as a workbook in the board's words: 按阶段 (the board), 到位资金走势 (the series), 项目清单 (every project in scope). */
export async function investmentPipelineWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const [board, series] = [await pipelineBoard(ctx, year), await fundsInPlaceSeries(ctx, year)];
  const { wb, sheet } = newWorkbook();
  const money = (header: string, key: string): Partial<ExcelJS.Column> => ({
    header,
    key,
    width: 18,
    style: { numFmt: YUAN_FORMAT },
  });

  const stages = sheet(W["invest.board.byStage"], [
    { header: W["invest.project.stage"], key: "stage", width: 12 },
    { header: W["invest.board.projects"], key: "projects", width: 10 },
    money(`${W["invest.project.planned"]}(元)`, "planned"),
    money(`${W["invest.project.contracted"]}(元)`, "contracted"),
    money(`${W["invest.board.inPlace"]}(元)`, "inPlace"),
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

  const months = sheet(W["invest.board.funds"], [
    { header: "月份", key: "month", width: 8 },
    money(`${W["invest.board.monthly"]}(元)`, "amount"),
    money(`${W["invest.board.cumulative"]}(元)`, "cumulative"),
  ]);
  for (const m of series)
    months.addRow({
      month: `${year}-${String(m.month).padStart(2, "0")}`,
      amount: yuanCell(m.amount),
      cumulative: yuanCell(m.cumulative),
    });

  const projects = sheet(W["invest.board.projectList"], [
    { header: W["invest.project.name"], key: "name", width: 30 },
    { header: W["invest.lead.enterprise"], key: "enterprise", width: 26 },
    { header: W["invest.project.county"], key: "county", width: 14 },
    { header: W["invest.project.stage"], key: "stage", width: 12 },
    { header: W["invest.project.since"], key: "since", width: 12 },
    money(`${W["invest.project.planned"]}(元)`, "planned"),
    money(`${W["invest.project.contracted"]}(元)`, "contracted"),
    { header: W["invest.project.signedOn"], key: "signedOn", width: 12 },
    money(`${W["invest.project.inPlace"]}(元)`, "inPlace"),
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
    fileName: (year) => ({ ascii: `investment-pipeline-${year}.xlsx`, display: `招商引资-${year}.xlsx` }),
    build: investmentPipelineWorkbook,
    what: "investment pipeline",
  });
