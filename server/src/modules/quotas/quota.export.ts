import ExcelJS from "exceljs";
import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { boldFrozenHeader, yearlyXlsxExport, YUAN_FORMAT, yuanCell } from "../../shared/xlsx-export";
import { regionById } from "../regions/region.loaders";
import { BuyerGroup } from "../buyers/buyer.entity";
import { getQuotaBoard } from "./quota.service";
import type { QuotaBoard } from "./quota.inputs";

const GROUP_LABEL: Record<BuyerGroup, string> = {
  EDUCATION: "教育",
  HEALTHCARE: "医疗",
  RETAIL: "商超",
  GOVERNMENT: "机关",
  ENTERPRISE: "企业",
  OTHER: "其他(N)",
};
const CHANNEL_LABEL: Record<string, string> = { ONLINE: "线上", SALES_CENTRE: "展销中心", FAIR: "展销大集" };

/**
 * The completion board as a workbook that opens in Excel and WPS: 按组团 (per group, furthest behind
 * first), 按采购单位 (per buyer, furthest behind first), 按县 and 按渠道 — what a coordinator sends
 * upward for the yearly assessment.
 */
export async function quotaBoardWorkbook(ctx: RequestContext, board: QuotaBoard): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "协作 Xiezuo";
  wb.created = new Date();
  const head = boldFrozenHeader;

  const groups = wb.addWorksheet("按组团");
  groups.columns = [
    { header: "组团", key: "group", width: 12 },
    { header: "采购单位数", key: "buyers", width: 12 },
    { header: "任务(元)", key: "target", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: "已完成(元)", key: "counted", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: "完成率", key: "completion", width: 10, style: { numFmt: "0.00%" } },
  ];
  for (const g of board.groups) {
    groups.addRow({
      group: GROUP_LABEL[g.group],
      buyers: g.buyers,
      target: yuanCell(g.target),
      counted: yuanCell(g.counted),
      completion: g.completion,
    });
  }
  head(groups);

  const buyers = wb.addWorksheet("按采购单位");
  buyers.columns = [
    { header: "采购单位", key: "name", width: 28 },
    { header: "组团", key: "group", width: 10 },
    { header: "所属地区", key: "region", width: 12 },
    { header: "任务(元)", key: "quota", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: "已完成(元)", key: "counted", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: "尚差(元)", key: "remaining", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: "完成率", key: "completion", width: 10, style: { numFmt: "0.00%" } },
    { header: "剩余天数", key: "daysLeft", width: 10 },
  ];
  const regions = await loader(ctx, regionById).loadMany(board.buyers.map((b) => b.buyer.eastRegionId));
  board.buyers.forEach((b, i) => {
    const region = regions[i];
    buyers.addRow({
      name: b.buyer.name,
      group: GROUP_LABEL[b.buyer.group],
      region: region && !(region instanceof Error) ? region.shortName : "",
      quota: yuanCell(b.quota),
      counted: yuanCell(b.counted),
      remaining: b.quota == null ? null : yuanCell(b.remaining),
      completion: b.completion,
      daysLeft: b.daysLeft,
    });
  });
  head(buyers);

  const counties = wb.addWorksheet("按县");
  counties.columns = [
    { header: "县(区)", key: "county", width: 24 },
    { header: "代码", key: "code", width: 10 },
    { header: "已完成(元)", key: "counted", width: 18, style: { numFmt: YUAN_FORMAT } },
  ];
  for (const c of board.byCounty)
    counties.addRow({ county: c.county.name, code: c.county.code, counted: yuanCell(c.counted) });
  head(counties);

  const channels = wb.addWorksheet("按渠道");
  channels.columns = [
    { header: "渠道", key: "channel", width: 14 },
    { header: "已完成(元)", key: "counted", width: 18, style: { numFmt: YUAN_FORMAT } },
  ];
  for (const c of board.byChannel)
    channels.addRow({ channel: CHANNEL_LABEL[c.channel] ?? c.channel, counted: yuanCell(c.counted) });
  head(channels);

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/quota-board.xlsx?year=2026 — coordinators (their region) and admins. */
export const quotaBoardExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR],
    fileName: (year) => ({ ascii: `quota-board-${year}.xlsx`, display: `消费帮扶完成情况-${year}.xlsx` }),
    build: async (ctx, year) => quotaBoardWorkbook(ctx, await getQuotaBoard(ctx, year)),
    what: "quota board",
  });
