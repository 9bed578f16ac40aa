import { newWorkbook, YUAN_FORMAT } from "../../shared/xlsx-export";
import { IndicatorUnit } from "../agreements/indicator";
import { CODE_ZH } from "../audit/audit.labels";
import { EVIDENCE_STATUS_ZH, LINES_OF_WORK, SOURCE_ZH } from "./assessment.lines";
import { ASSESSMENT_ENTRY_MAX, type AssessmentPackage, ratioToPercent } from "./assessment.service";

const LINE_ZH = Object.fromEntries(LINES_OF_WORK.map((l) => [l.key, l.zh])) as Record<string, string>;
const UNIT_ZH = CODE_ZH.unit;

/** A Quantity text as the cell's number: parsed from the API's exact text (yuan with 2 places or a whole number). */
const qty = (text: string | null) => (text == null ? null : Number(text));
/** A percent text ("87.50") as a fraction cell (0.875) shown with the 0.00% format. */
const pct = (text: string | null) => (text == null ? null : Number(text) / 100);
const numFmtOf = (unit: IndicatorUnit) => (unit === IndicatorUnit.YUAN ? YUAN_FORMAT : "#,##0");

/**
 * 考核工作簿: sheet 总表 — per line of work and indicator: target, delivered from records and 上报,
 * total, completion, grade points, evidence coverage — then one sheet per indicator with every entry
 * behind its figure and the entry's evidence files (names and sha256). Every figure is the API's
 * text parsed once (no arithmetic on floats); the entries' sheets end with their sum, equal to 合计.
 */
export async function assessmentWorkbook(p: AssessmentPackage): Promise<Buffer> {
  const { wb, sheet } = newWorkbook();
  wb.title = `${p.pairingName} ${p.year}年度东西部协作考核工作簿`;
  const ws = sheet("总表", [
    { header: "工作板块", key: "line", width: 10 },
    { header: "指标", key: "label", width: 26 },
    { header: "单位", key: "unit", width: 6 },
    { header: "目标", key: "target", width: 18 },
    { header: "完成(记录)", key: "recorded", width: 18 },
    { header: "完成(上报)", key: "reported", width: 18 },
    { header: "完成合计", key: "delivered", width: 18 },
    { header: "完成率", key: "completion", width: 10, style: { numFmt: "0.00%" } },
    { header: "考核得分", key: "points", width: 10, style: { numFmt: "0.00" } },
    { header: "佐证覆盖率", key: "coverage", width: 11, style: { numFmt: "0.00%" } },
    { header: "缺少核实佐证(笔)", key: "missing", width: 14 },
  ]);
  for (const r of p.rows) {
    const row = ws.addRow({
      line: LINE_ZH[r.line],
      label: r.label,
      unit: UNIT_ZH[r.unit],
      target: qty(r.target),
      recorded: qty(r.recorded),
      reported: qty(r.reported),
      delivered: qty(r.delivered),
      completion: pct(r.completion),
      points: qty(r.gradePoints),
      coverage: pct(ratioToPercent(r.coverage)),
      missing: r.missingCount,
    });
    for (const key of ["target", "recorded", "reported", "delivered"]) row.getCell(key).numFmt = numFmtOf(r.unit);
  }
  ws.addRow({});
  ws.addRow({ line: "综合得分", label: p.score == null ? "—" : Number(p.score), unit: p.score == null ? "" : "分" });
  ws.addRow({ line: "结对关系", label: p.pairingName });
  ws.addRow({ line: "年度", label: p.year });
  ws.addRow({
    line: "说明",
    label: p.hasScheme
      ? "完成合计含所辖结对；考核得分按本年度考核评级方案计算（满分 100）"
      : "完成合计含所辖结对；本年度尚未设定考核评级方案，不计得分",
  });
  if (p.entriesTruncated)
    ws.addRow({ line: "注意", label: `明细仅列出前 ${ASSESSMENT_ENTRY_MAX} 笔，共 ${p.entryCount} 笔` });

  for (const r of p.rows) {
    const list = p.entries.get(r.indicator) ?? [];
    const es = sheet(r.label.slice(0, 31), [
      { header: "序号", key: "no", width: 6 },
      { header: "日期", key: "date", width: 12 },
      { header: "来源", key: "source", width: 16 },
      { header: "文件依据", key: "document", width: 22 },
      { header: "备注", key: "note", width: 34 },
      { header: `数量(${UNIT_ZH[r.unit]})`, key: "amount", width: 16, style: { numFmt: numFmtOf(r.unit) } },
      { header: "更正", key: "corrects", width: 12 },
      { header: "佐证文件", key: "files", width: 30 },
      { header: "SHA-256", key: "sha", width: 66 },
      { header: "佐证状态", key: "status", width: 10 },
    ]);
    for (const e of list) {
      const row = es.addRow({
        no: e.no,
        date: e.occurredOn,
        source: SOURCE_ZH[e.source as keyof typeof SOURCE_ZH] ?? e.source,
        document: e.sourceDocument ?? "",
        note: e.note ?? "",
        amount: qty(e.amount),
        corrects: e.correctsId ? (e.correctsNo ? `更正第 ${e.correctsNo} 笔` : "更正往年记录") : "",
        files: e.evidence.map((f) => f.fileName).join("\n"),
        sha: e.evidence.map((f) => f.sha256).join("\n"),
        status: e.evidence.map((f) => EVIDENCE_STATUS_ZH[f.status] ?? f.status).join("\n"),
      });
      if (e.evidence.length > 1) row.alignment = { wrapText: true, vertical: "top" };
    }
    es.addRow({ no: "合计", amount: qty(r.delivered) });
    if (!list.length) es.addRow({ no: "", note: "本年度无记录" });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
