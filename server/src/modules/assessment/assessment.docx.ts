import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatQuantity, IndicatorUnit } from "../agreements/indicator";
import { CODE_ZH } from "../audit/audit.labels";
import { completionChartPng } from "./assessment.chart";
import { LINES_OF_WORK, SOURCE_ZH } from "./assessment.lines";
import { type AssessmentEntry, type AssessmentPackage, type AssessmentRow, ratioToPercent } from "./assessment.service";

/** Notable records (主要工作) named per line of work, largest first. */
const NOTABLE_PER_LINE = 5;
const CN_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/**
 * 宋体 (SimSun) for Chinese text: Word and WPS have it; LibreOffice substitutes its CJK serif (Noto
 * Serif CJK) through its font replacement table, so the PDF shows Chinese either way.
 */
const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体", cs: "Times New Roman" };
const HEAD_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体", cs: "Times New Roman" };
const UNIT_ZH = CODE_ZH.unit;

/** "1234567.80" → "1,234,567.80": thousands separators on the API's exact text, no arithmetic. */
export function grouped(text: string): string {
  const [int, dec] = text.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${dec === undefined ? "" : `.${dec}`}`;
}
const withUnit = (text: string, unit: IndicatorUnit) => `${grouped(text)} ${UNIT_ZH[unit]}`;

const p = (
  text: string,
  opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    alignment: opts.align,
    spacing: { after: 120, line: 360 },
    children: [new TextRun({ text, bold: opts.bold, size: opts.size })],
  });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({
    heading: level,
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text, font: HEAD_FONT })],
  });

const cell = (text: string, opts: { bold?: boolean; right?: boolean } = {}) =>
  new TableCell({
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: opts.bold, size: 17 })],
      }),
    ],
  });

const SUMMARY_HEAD = ["工作板块", "指标", "单位", "目标", "完成合计", "其中上报", "完成率", "考核得分", "佐证覆盖率"];
/** Column widths in twips (the page's 9,300 between margins): wide enough for ¥ 99,999,999.99 on one line. */
const SUMMARY_WIDTHS = [860, 1500, 460, 1320, 1320, 1220, 900, 820, 900];
const LINE_ZH = Object.fromEntries(LINES_OF_WORK.map((l) => [l.key, l.zh])) as Record<string, string>;

/** The summary table (总体情况): the same figures as the workbook's 总表, as the API's text with separators. */
function summaryTable(rows: AssessmentRow[]): Table {
  return new Table({
    width: { size: SUMMARY_WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: SUMMARY_WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: SUMMARY_HEAD.map((h) => cell(h, { bold: true })) }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: [
              cell(LINE_ZH[r.line]),
              cell(r.label),
              cell(UNIT_ZH[r.unit]),
              cell(r.target == null ? "—" : grouped(r.target), { right: true }),
              cell(grouped(r.delivered), { right: true }),
              cell(grouped(r.reported), { right: true }),
              cell(r.completion == null ? "—" : `${r.completion}%`, { right: true }),
              cell(r.gradePoints ?? "—", { right: true }),
              cell(r.coverage == null ? "—" : `${ratioToPercent(r.coverage)}%`, { right: true }),
            ],
          }),
      ),
    ],
  });
}

/** One indicator's figures as a sentence a coordinator can edit. */
function figureSentence(r: AssessmentRow): string {
  const parts = [`完成 ${withUnit(r.delivered, r.unit)}`];
  if (r.reported !== formatQuantity(0, r.unit)) parts.push(`其中上报 ${withUnit(r.reported, r.unit)}`);
  if (r.target != null) parts.push(`年度目标 ${withUnit(r.target, r.unit)}`, `完成率 ${r.completion}%`);
  else parts.push("本年度未设目标");
  if (r.gradePoints != null) parts.push(`考核得分 ${r.gradePoints}`);
  if (r.coverage != null) parts.push(`佐证覆盖率 ${ratioToPercent(r.coverage)}%`);
  return `${r.label}：${parts.join("，")}。`;
}

function entryLine(e: AssessmentEntry, r: AssessmentRow): string {
  const what = [e.note, e.sourceDocument ? `（${e.sourceDocument}）` : ""].filter(Boolean).join("");
  return `${e.occurredOn} ${r.label} ${withUnit(e.amount, r.unit)}：${what || SOURCE_ZH[e.source as keyof typeof SOURCE_ZH] || e.source}`;
}

/** Gaps: indicators below target (by how far, in their unit), then figures without verified evidence, largest first. */
function gapLines(rows: AssessmentRow[]): string[] {
  const below = rows
    .filter((r) => r.targetBase != null && r.targetBase > 0 && r.deliveredBase < r.targetBase)
    .map(
      (r) =>
        `${r.label}：完成率 ${r.completion}%，距目标尚差 ${withUnit(formatQuantity(r.targetBase! - r.deliveredBase, r.unit), r.unit)}。`,
    );
  const unbacked = rows.flatMap((r) =>
    r.missing.map(
      (m) =>
        `${r.label}：${m.entry.occurredOn} ${withUnit(m.amount, r.unit)}（${SOURCE_ZH[m.entry.source] ?? m.entry.source}${m.entry.sourceDocument ? `，${m.entry.sourceDocument}` : ""}）尚无核实的佐证材料。`,
    ),
  );
  const counts = rows.filter((r) => r.missingCount > r.missing.length);
  return [
    ...below,
    ...unbacked,
    ...counts.map((r) => `${r.label}：共 ${r.missingCount} 笔缺少核实佐证，详见考核工作簿。`),
  ];
}

/**
 * 自评报告: a title page, the summary table, per line of work its figures, a chart of completion per
 * indicator, the year's notable records and the gaps, and a signature block — an editable .docx for
 * the coordinator to complete and sign.
 */
export async function selfAssessmentDocx(pkg: AssessmentPackage, today: string): Promise<Buffer> {
  const title = `${pkg.pairingName} ${pkg.year}年度东西部协作工作自评报告`;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ spacing: { before: 2400 } }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      children: [new TextRun({ text: pkg.pairingName, bold: true, size: 44, font: HEAD_FONT })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      children: [new TextRun({ text: `${pkg.year}年度东西部协作工作`, size: 36, font: HEAD_FONT })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 1600 },
      children: [new TextRun({ text: "自评报告", bold: true, size: 52, font: HEAD_FONT })],
    }),
    p(`数据生成日期：${today}`, { align: AlignmentType.CENTER }),
    p("（本报告由协作平台依据台账数据生成，请核对、补充后签字报送）", { align: AlignmentType.CENTER, size: 20 }),
    new Paragraph({ children: [new PageBreak()] }),
    heading(title, HeadingLevel.TITLE),
    heading("一、总体情况", HeadingLevel.HEADING_1),
    p(
      pkg.score != null
        ? `按本年度考核评级方案，${pkg.pairingName}综合得分 ${pkg.score} 分（满分 100）。各项指标完成情况如下表（完成合计含所辖结对，其中上报为录入的上报数据）。`
        : `本年度尚未设定考核评级方案，不计考核得分。各项指标完成情况如下表（完成合计含所辖结对，其中上报为录入的上报数据）。`,
    ),
    summaryTable(pkg.rows),
    heading("二、分项工作情况", HeadingLevel.HEADING_1),
  ];

  LINES_OF_WORK.forEach((line, i) => {
    const rows = pkg.rows.filter((r) => r.line === line.key);
    children.push(heading(`（${CN_NUMBERS[i]}）${line.zh}`, HeadingLevel.HEADING_2));
    for (const r of rows) children.push(p(figureSentence(r)));
    const withTarget = rows.filter((r) => r.completion != null);
    if (withTarget.length) {
      const chart = completionChartPng(withTarget.map((r) => ({ label: r.label, percent: r.completion! })));
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: "png",
              data: chart.png,
              transformation: { width: chart.width, height: chart.height },
              altText: { name: `${line.zh}完成率`, title: `${line.zh}完成率`, description: `${line.zh}各指标完成率` },
            }),
          ],
        }),
        p(`图${i + 1} ${line.zh}各指标完成率`, { align: AlignmentType.CENTER, size: 18 }),
      );
    }
    children.push(p("主要工作：", { bold: true }));
    const notable = rows
      .flatMap((r) =>
        (pkg.entries.get(r.indicator) ?? []).filter((e) => !e.correctsId && e.amountBase > 0).map((e) => ({ e, r })),
      )
      // Largest first within a unit: money above counts, then by date.
      .sort(
        (a, b) =>
          Number(b.r.unit === IndicatorUnit.YUAN) - Number(a.r.unit === IndicatorUnit.YUAN) ||
          b.e.amountBase - a.e.amountBase ||
          a.e.occurredOn.localeCompare(b.e.occurredOn),
      )
      .slice(0, NOTABLE_PER_LINE);
    if (notable.length) for (const { e, r } of notable) children.push(p(`● ${entryLine(e, r)}`));
    else children.push(p("本年度暂无记录。"));
    children.push(p("存在差距：", { bold: true }));
    const gaps = gapLines(rows);
    if (gaps.length) for (const g of gaps) children.push(p(`● ${g}`));
    else children.push(p("无。"));
  });

  children.push(
    heading("三、下一步工作打算", HeadingLevel.HEADING_1),
    p("（请填写）"),
    new Paragraph({ spacing: { before: 600 } }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      },
      rows: [
        new TableRow({
          children: ["填报人：", "审核人：", "日期："].map(
            (t) =>
              new TableCell({
                width: { size: 33, type: WidthType.PERCENTAGE },
                children: [
                  new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${t}________` })] }),
                ],
              }),
          ),
        }),
      ],
    }),
  );

  const doc = new Document({
    creator: "协作 Xiezuo",
    title,
    description: `${pkg.pairingName} ${pkg.year} 自评报告`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 } },
        heading1: { run: { font: HEAD_FONT, size: 32, bold: true } },
        heading2: { run: { font: HEAD_FONT, size: 28, bold: true } },
        title: { run: { font: HEAD_FONT, size: 36, bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
