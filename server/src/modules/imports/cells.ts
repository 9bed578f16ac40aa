import type ExcelJS from "exceljs";

/**
 * A cell's value as the text a person sees, trimmed: strings, numbers (integers without a
 * decimal point), dates (YYYY-MM-DD), rich text, hyperlinks and formula results.
 */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === "boolean") return v ? "是" : "否";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText))
      return v.richText
        .map((r) => r.text)
        .join("")
        .trim();
    if ("text" in v && typeof v.text === "string") return v.text.trim();
    if ("result" in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
  }
  return "";
}

/** 是/否 (also Y/N, true/false, 1/0); null when neither. */
export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (["是", "y", "yes", "true", "1"].includes(t)) return true;
  if (["否", "n", "no", "false", "0"].includes(t)) return false;
  return null;
}

/** "2026-03-01", "2026/3/1" or "2026.3.1" → "2026-03-01"; undefined when not a real date. */
export function parseDateCell(text: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
