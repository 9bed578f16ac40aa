import { spawnSync } from "node:child_process";
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
export function completionChartSvg(
  bars: CompletionBar[],
  fontFamily = FONT,
): { svg: string; width: number; height: number } {
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
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${esc(fontFamily)}">${parts.join("")}</svg>`;
  return { svg, width: CHART_WIDTH, height };
}

let cjkFont: { file: string; family: string } | null | undefined;
/**
 * The host's Chinese sans font file, asked of fontconfig once per process. Loading every system font
 * for each chart costs ~0.7 s (the CJK collections are 20 MB each); one file ~0.15 s. Without
 * fontconfig, all system fonts.
 */
function cjkFontFile(): { file: string; family: string } | null {
  if (cjkFont === undefined) {
    const r = spawnSync("fc-match", ["-f", "%{file}\t%{family[0]}", "sans-serif:lang=zh-cn"], {
      encoding: "utf8",
      timeout: 5000,
    });
    const [file, family] = r.status === 0 ? r.stdout.trim().split("\t") : [];
    cjkFont = file && family ? { file, family } : null;
  }
  return cjkFont;
}

/** The chart as PNG at twice its size (sharp when printed), with the host's Chinese font. */
export function completionChartPng(bars: CompletionBar[]): { png: Buffer; width: number; height: number } {
  // Naming only the font loaded: a list of absent families costs a fallback search per text.
  const font = cjkFontFile();
  const { svg, width, height } = completionChartSvg(bars, font?.family);
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: width * 2 },
    font: font
      ? { loadSystemFonts: false, fontFiles: [font.file], defaultFontFamily: font.family }
      : { loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC" },
  })
    .render()
    .asPng();
  return { png, width, height };
}
