import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { YUAN_FORMAT, newWorkbook, yearlyXlsxExport } from "../../shared/xlsx-export";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { IndicatorUnit } from "../agreements/indicator";
import { listPairings } from "../pairings/pairing.service";
import { regionById } from "../regions/region.loaders";
import type { Region } from "../regions/region.entity";
import { pairingProgress } from "./progress.service";

/** At most this many pairings in one file (the board lists as many). */
const PROGRESS_EXPORT_MAX = 1000;

const UNIT_ZH = CODE_ZH.unit;

/**
 * 协作进展 as a workbook: the board the coordinator sees, one row per pairing in the caller's scope,
 * and for each indicator that has a target or an entry this year its 完成, 其中上报, 目标 and 完成率 — the same
 * words as the screen (indicator names from the one vocabulary in audit.labels).
 */
export async function progressWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const page = await listPairings(ctx, undefined, undefined, 0, PROGRESS_EXPORT_MAX);
  const rows = await Promise.all(
    page.nodes.map(async (p) => {
      const [east, west] = (await loader(ctx, regionById).loadMany([p.eastRegionId, p.westRegionId])) as Region[];
      return { p, east, west, progress: await pairingProgress(ctx, p.id, year) };
    }),
  );
  const used = rows[0]?.progress
    .map((c) => ({ indicator: c.indicator, unit: c.unit }))
    .filter(({ indicator }) =>
      rows.some((r) => r.progress.some((c) => c.indicator === indicator && (c.target != null || c.entryCount > 0))),
    );
  const nameOf = new Map(rows.map((r) => [r.p.id, `${r.east.shortName}—${r.west.shortName}`]));

  const { wb, sheet } = newWorkbook();
  const ws = sheet(`${W["progress.title"]} ${year}`, [
    { header: W["progress.pairing"], key: "name", width: 22 },
    { header: W["progress.kind"], key: "kind", width: 12 },
    { header: W["pairing.parent"], key: "parent", width: 22 },
    ...(used ?? []).flatMap(({ indicator, unit }) => {
      const label = CODE_ZH.indicator[indicator] ?? indicator;
      const numFmt = unit === IndicatorUnit.YUAN ? YUAN_FORMAT : "#,##0";
      return [
        { header: `${label} 完成(${UNIT_ZH[unit]})`, key: `${indicator}.d`, width: 18, style: { numFmt } },
        // Of which typed-in reported figures (the rest comes from records), as on the board (issue 12).
        { header: `${label} 其中上报(${UNIT_ZH[unit]})`, key: `${indicator}.p`, width: 18, style: { numFmt } },
        { header: `${label} 目标(${UNIT_ZH[unit]})`, key: `${indicator}.t`, width: 18, style: { numFmt } },
        { header: `${label} ${W["progress.completion"]}`, key: `${indicator}.r`, width: 12, style: { numFmt: "0.0%" } },
      ];
    }),
  ]);
  for (const { p, progress } of rows) {
    const row: Record<string, string | number | null> = {
      name: nameOf.get(p.id)!,
      kind: CODE_ZH.kind[p.kind] ?? p.kind,
      parent: p.parentId ? (nameOf.get(p.parentId) ?? "") : "",
    };
    for (const c of progress) {
      row[`${c.indicator}.d`] = Number(c.delivered);
      row[`${c.indicator}.p`] = Number(c.reported);
      row[`${c.indicator}.t`] = c.target == null ? null : Number(c.target);
      row[`${c.indicator}.r`] = c.ratio;
    }
    ws.addRow(row);
  }
  if (page.totalCount > page.nodes.length)
    ws.addRow({ name: `仅导出前 ${PROGRESS_EXPORT_MAX} 个结对,共 ${page.totalCount} 个` });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/progress.xlsx?year=2026 — the progress board: admins, coordinators, county officials (their scope). */
export const progressExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
    fileName: (year) => ({ ascii: `progress-${year}.xlsx`, display: `协作进展-${year}.xlsx` }),
    build: progressWorkbook,
    what: "progress",
  });
