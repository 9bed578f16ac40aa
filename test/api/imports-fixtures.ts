import ExcelJS from "exceljs";
import { idNumberCheckChar } from "../../server/src/modules/labour/id-number";

/**
 * Worker spreadsheets for the import tests (API, browser): `n` fictitious but valid workers of a
 * county, birth dates 11 November (a day the demo data does not use), unique by (year, sequence).
 */
export interface WorkerLine {
  姓名: string;
  身份证号: string;
  性别?: string;
  手机号: string;
  "县(区)代码"?: string;
  建档立卡: string;
  技能?: string;
  同意共享?: string;
  同意日期?: string;
}

export function fakeWorkerId(countyCode: string, i: number, salt = 0): string {
  const year = 1970 + (i % 30);
  const seq = String(Math.floor(i / 30) + salt * 40).padStart(3, "0");
  const first17 = `${countyCode}${year}1111${seq}`;
  return first17 + idNumberCheckChar(first17);
}

export function workerLines(countyCode: string, n: number, salt = 0): WorkerLine[] {
  return Array.from({ length: n }, (_, i) => ({
    姓名: `导入测试${salt}-${i + 1}`,
    身份证号: fakeWorkerId(countyCode, i, salt),
    手机号: `139${String(salt * 100000 + i).padStart(8, "0")}`,
    建档立卡: i % 3 === 0 ? "是" : "否",
    技能: i % 2 ? "缝纫、电商" : "",
    同意共享: i % 4 === 0 ? "是" : "否",
  }));
}

/** The same ID number with another check character: fails GB 11643. */
export const wrongCheckChar = (id: string) => id.slice(0, 17) + (id[17] === "0" ? "1" : "0");

/**
 * Fills a template (as downloaded) with the lines: the example row is replaced, cells written as
 * text by the template's own headers.
 */
export async function fillTemplate(template: ArrayBuffer | Buffer, lines: Record<string, string | undefined>[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as ArrayBuffer);
  const ws = wb.worksheets[0];
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((c, n) => void col.set(String(c.value), n));
  ws.spliceRows(2, 1);
  lines.forEach((line, i) => {
    const row = ws.getRow(i + 2);
    for (const [header, value] of Object.entries(line)) if (value) row.getCell(col.get(header)!).value = value;
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook from nothing with these headers and lines (wrong-template tests). */
export async function workbookOf(headers: string[], lines: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(headers);
  for (const l of lines) ws.addRow(l);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
