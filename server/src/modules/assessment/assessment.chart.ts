import { Resvg } from "@resvg/resvg-js";

/** One bar: an indicator's label and its completion in percent (2 places, as the API's text). */
export interface CompletionBar {
  label: string;
  percent: string;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
/** CJK sans fonts LibreOffice's hosts (Noto CJK) and Windows (Microsoft YaHei, SimHei) have. */
const FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, SimHei, sans-serif";
export const CHART_WIDTH = 600;

/**
 * A horizontal bar chart of completion per indicator as SVG, drawn here: a few rectangles and labels
 * need no chart library. Bars stop at 150% (the figure beside them says how far above); a dashed
 * line marks 100%; bars below 100% are orange, the rest green.
 */
export function completionChartSvg(bars: CompletionBar[]): { svg: string; width: number; height: number } {
  const rowH = 34;
  const top = 16;
  const left = 190;
  const barW = 300;
  const height = top * 2 + rowH * bars.length + 18;
  const x = (pct: number) => left + (Math.max(0, Math.min(pct, 150)) / 150) * barW;
  const parts = [
    `<rect width="${CHART_WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...bars.flatMap((b, i) => {
      const y = top + i * rowH;
      const v = Number(b.percent);
      return [
        `<text x="${left - 8}" y="${y + 21}" font-size="13" text-anchor="end" fill="#303133">${esc(b.label)}</text>`,
        `<rect x="${left}" y="${y + 7}" width="${(x(v) - left).toFixed(1)}" height="20" fill="${v >= 100 ? "#67c23a" : "#e6a23c"}"/>`,
        `<text x="${x(v) + 6}" y="${y + 21}" font-size="13" fill="#303133">${esc(b.percent)}%</text>`,
      ];
    }),
    `<line x1="${x(100)}" y1="${top}" x2="${x(100)}" y2="${top + rowH * bars.length}" stroke="#909399" stroke-dasharray="4 3"/>`,
    `<text x="${x(100)}" y="${top + rowH * bars.length + 14}" font-size="11" text-anchor="middle" fill="#909399">100%</text>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + rowH * bars.length}" stroke="#606266"/>`,
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${FONT}">${parts.join("")}</svg>`;
  return { svg, width: CHART_WIDTH, height };
}

/** The chart as PNG at twice its size (sharp when printed), with the host's fonts. */
export function completionChartPng(bars: CompletionBar[]): { png: Buffer; width: number; height: number } {
  const { svg, width, height } = completionChartSvg(bars);
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC" },
  })
    .render()
    .asPng();
  return { png, width, height };
}
