import type { Request } from "express";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { AppError } from "../../shared/errors";
import { msg } from "../../shared/messages";
import { newWorkbook, yearlyXlsxExport } from "../../shared/xlsx-export";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { INDICATORS } from "../agreements/indicator";
import { pairingName } from "../pairings/pairing.service";
import { pairingGrades } from "./grading.service";

const INDICATOR_ZH = CODE_ZH.indicator;
const BAND_ZH = CODE_ZH.gradeBand;
/** A shown figure ("87.50", truncated by the service) as the cell's number: the same two places. */
const num = (v: string | null) => (v == null ? null : Number(v));
const TWO_PLACES = "0.00";

/**
 * 考核评级 as a workbook: 结对评级 (rank, county class and class rank, score, grade, and per weighted
 * indicator its completion, points earned and lost) and 县(区)排名 — exactly `pairingGrades`' rows
 * and figures for the caller's scope, in the screen's words (EXPORT_ZH, checked against the web's
 * zh-CN). A year without a scheme has nothing to grade: NOT_FOUND (404), as the page says.
 */
export async function gradesWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const grades = await pairingGrades(ctx, year);
  if (!grades)
    throw new AppError("NOT_FOUND", msg("该年尚未设定考核评级方案", "No grading scheme is set for that year"));
  const classed = grades.countyClasses.length > 0;
  // The indicators that count anywhere, in the vocabulary's order: one group of columns each.
  const used = INDICATORS.filter((i) => grades.pairings.some((p) => p.breakdown.some((b) => b.indicator === i)));
  const names = await Promise.all(grades.pairings.map((p) => pairingName(ctx, p.pairing)));

  const { wb, sheet } = newWorkbook();
  const classColumns = classed
    ? [
        { header: W["grading.fields.countyClass"], key: "countyClass", width: 12 },
        { header: W["grading.fields.classRank"], key: "classRank", width: 12 },
      ]
    : [];
  const pairings = sheet(`${W["grading.tabs.pairings"]} ${year}`, [
    { header: W["grading.fields.rank"], key: "rank", width: 8 },
    { header: W["grading.fields.pairing"], key: "pairing", width: 24 },
    ...classColumns,
    { header: W["grading.fields.score"], key: "score", width: 10, style: { numFmt: TWO_PLACES } },
    { header: W["grading.fields.grade"], key: "grade", width: 8 },
    ...used.flatMap((i) => [
      {
        header: `${INDICATOR_ZH[i]} ${W["grading.fields.completion"]}(%)`,
        key: `${i}.completion`,
        width: 14,
        style: { numFmt: TWO_PLACES },
      },
      { header: `${INDICATOR_ZH[i]} ${W["grading.fields.earned"]}`, key: `${i}.earned`, width: 12 },
      { header: `${INDICATOR_ZH[i]} ${W["grading.fields.lost"]}`, key: `${i}.lost`, width: 12 },
    ]),
  ]);
  grades.pairings.forEach((p, n) => {
    const row: Record<string, unknown> = {
      rank: p.rank,
      pairing: names[n],
      countyClass: p.countyClass,
      classRank: p.classRank,
      score: num(p.score),
      grade: p.grade ? BAND_ZH[p.grade] : W["grading.ungraded"],
    };
    for (const b of p.breakdown) {
      row[`${b.indicator}.completion`] = num(b.completion);
      row[`${b.indicator}.earned`] = num(b.pointsEarned);
      row[`${b.indicator}.lost`] = num(b.pointsLost);
    }
    pairings.addRow(row);
  });
  for (const i of used) for (const k of ["earned", "lost"]) pairings.getColumn(`${i}.${k}`).numFmt = TWO_PLACES;

  const counties = sheet(`${W["grading.tabs.counties"]} ${year}`, [
    { header: W["grading.fields.rank"], key: "rank", width: 8 },
    { header: W["grading.fields.county"], key: "county", width: 16 },
    { header: W["auditFields.code"], key: "code", width: 10 },
    ...classColumns,
    { header: W["grading.fields.pairings"], key: "pairings", width: 10 },
    { header: W["grading.fields.score"], key: "score", width: 10, style: { numFmt: TWO_PLACES } },
    { header: W["grading.fields.grade"], key: "grade", width: 8 },
  ]);
  for (const c of grades.counties)
    counties.addRow({
      rank: c.rank,
      county: c.county.name,
      code: c.county.code,
      countyClass: c.countyClass,
      classRank: c.classRank,
      pairings: c.pairings,
      score: num(c.score),
      grade: c.grade ? BAND_ZH[c.grade] : W["grading.ungraded"],
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/grades.xlsx?year=2026 — the roles and scope of `pairingGrades`. */
export const gradesExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
    fileName: (year) => ({ ascii: `grades-${year}.xlsx`, display: `考核评级-${year}.xlsx` }),
    build: gradesWorkbook,
    what: "grades",
  });
