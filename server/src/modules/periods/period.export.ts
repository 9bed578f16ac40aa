import type { Request } from "express";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { newWorkbook, yearlyXlsxExport } from "../../shared/xlsx-export";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { pairingName } from "../pairings/pairing.service";
import { PERIOD_READERS, reportingBoardWithTotals } from "./period.service";

/**
 * 报送情况 of a year as a workbook, the board as the page shows it: one row per pairing in scope, a
 * column per month (its state, or 未到期 when no report is due yet), the due months not submitted;
 * a last row of approved / due per month.
 */
export async function reportingBoardWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const board = await reportingBoardWithTotals(ctx, year);
  const { wb, sheet } = newWorkbook();
  const ws = sheet(W["periods.board"], [
    { header: W["periods.pairing"], key: "pairing", width: 22 },
    ...board.months.map((m) => ({ header: `${Number(m.slice(5))}月`, key: m, width: 9 })),
    { header: W["periods.missing"], key: "missing", width: 10 },
  ]);
  for (const r of board.rows)
    ws.addRow({
      pairing: await pairingName(ctx, r.pairing),
      ...Object.fromEntries(
        r.cells.map((c) => [c.month, c.due ? CODE_ZH["ReportingPeriod.status"][c.state] : W["periods.notDue"]]),
      ),
      missing: r.missing,
    });
  const last = ws.addRow({
    pairing: W["periods.totals"],
    ...Object.fromEntries(board.totals.map((t) => [t.month, `${t.approved}/${t.due}`])),
    missing: board.rows.reduce((n, r) => n + r.missing, 0),
  });
  last.font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/reporting-board.xlsx?year=2026 — the board's readers, each in their scope. */
export const reportingBoardExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: PERIOD_READERS as Role[],
    fileName: (year) => ({ ascii: `reporting-board-${year}.xlsx`, display: `报送情况-${year}.xlsx` }),
    build: reportingBoardWorkbook,
    what: "reporting board",
  });
