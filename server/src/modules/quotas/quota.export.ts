import ExcelJS from "exceljs";
import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { boldFrozenHeader, yearlyXlsxExport, YUAN_FORMAT, yuanCell } from "../../shared/xlsx-export";
import { regionById } from "../regions/region.loaders";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { getQuotaBoard, quotaBoardBuyers } from "./quota.service";
import type { QuotaBoard, QuotaCompletion } from "./quota.inputs";

const GROUP_LABEL = CODE_ZH.group;
const CHANNEL_LABEL = CODE_ZH.channel;
const yuan = (word: string) => `${word}(元)`;

/**
 * The completion board as a workbook that opens in Excel and WPS: 按单位类别 (per buyer group,
 * furthest behind first), 按采购单位 (per buyer, furthest behind first), 按受援县 and 按渠道 — what a
 * coordinator sends upward for the yearly assessment, in the board's own words (EXPORT_ZH).
 */
export async function quotaBoardWorkbook(
  ctx: RequestContext,
  board: QuotaBoard,
  boardBuyers: QuotaCompletion[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "协作 Xiezuo";
  wb.created = new Date();
  const head = boldFrozenHeader;

  const groups = wb.addWorksheet(W["board.groups"]);
  groups.columns = [
    { header: W["board.group"], key: "group", width: 14 },
    { header: W["board.buyerCount"], key: "buyers", width: 10 },
    { header: yuan(W["board.target"]), key: "target", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: yuan(W["board.counted"]), key: "counted", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: yuan(W["counting.confirmed"]), key: "confirmed", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: W["board.completion"], key: "completion", width: 10, style: { numFmt: "0.00%" } },
  ];
  for (const g of board.groups) {
    groups.addRow({
      group: GROUP_LABEL[g.group],
      buyers: g.buyers,
      target: yuanCell(g.target),
      counted: yuanCell(g.counted),
      confirmed: yuanCell(g.confirmed),
      completion: g.completion,
    });
  }
  head(groups);

  const buyers = wb.addWorksheet(W["board.buyers"]);
  buyers.columns = [
    { header: W["board.buyer"], key: "name", width: 28 },
    { header: W["board.group"], key: "group", width: 14 },
    { header: W["header.region"], key: "region", width: 12 },
    { header: yuan(W["board.target"]), key: "quota", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: yuan(W["board.counted"]), key: "counted", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: yuan(W["counting.confirmed"]), key: "confirmed", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: yuan(W["quota.remaining"]), key: "remaining", width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: W["board.completion"], key: "completion", width: 10, style: { numFmt: "0.00%" } },
    { header: `${W["quota.daysLeft"]}(天)`, key: "daysLeft", width: 12 },
  ];
  // A buyer's region is one of the scope's few regions: one load per distinct region, not per buyer.
  const regionIds = [...new Set(boardBuyers.map((b) => b.buyer.eastRegionId))];
  const loaded = await loader(ctx, regionById).loadMany(regionIds);
  const regionOf = new Map(regionIds.map((id, i) => [id, loaded[i]]));
  boardBuyers.forEach((b) => {
    const region = regionOf.get(b.buyer.eastRegionId);
    buyers.addRow({
      name: b.buyer.name,
      group: GROUP_LABEL[b.buyer.group],
      region: region && !(region instanceof Error) ? region.shortName : "",
      quota: yuanCell(b.quota),
      counted: yuanCell(b.counted),
      confirmed: yuanCell(b.confirmed),
      remaining: b.quota == null ? null : yuanCell(b.remaining),
      completion: b.completion,
      daysLeft: b.daysLeft,
    });
  });
  head(buyers);

  const counties = wb.addWorksheet(W["quota.byCounty"]);
  counties.columns = [
    { header: W["quota.county"], key: "county", width: 24 },
    { header: W["auditFields.code"], key: "code", width: 10 },
    { header: yuan(W["board.counted"]), key: "counted", width: 18, style: { numFmt: YUAN_FORMAT } },
  ];
  for (const c of board.byCounty)
    counties.addRow({ county: c.county.name, code: c.county.code, counted: yuanCell(c.counted) });
  head(counties);

  const channels = wb.addWorksheet(W["quota.byChannel"]);
  channels.columns = [
    { header: W["auditFields.channel"], key: "channel", width: 14 },
    { header: yuan(W["board.counted"]), key: "counted", width: 18, style: { numFmt: YUAN_FORMAT } },
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
    // Every buyer of the scope, in the board's order: one statement read once (see quotaBoardBuyers).
    build: async (ctx, year) => {
      const board = await getQuotaBoard(ctx, year);
      return quotaBoardWorkbook(ctx, board, await quotaBoardBuyers(ctx, board));
    },
    what: "quota board",
  });
