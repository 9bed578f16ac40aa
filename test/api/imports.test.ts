import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { fillTemplate, workbookOf, workerLines, wrongCheckChar, type WorkerLine } from "./imports-fixtures";

/**
 * Issue 10, "Spreadsheet import" (批量导入), the workers kind: template → dry run (every problem by
 * row, column and reason, no value echoed) → commit (valid rows or all-or-nothing, one transaction,
 * one IMPORT audit entry with the file's hash) → the same file again changes nothing. Refusals
 * (wrong file, wrong template, too large, role, scope) write nothing.
 */
let s: TestServer;
const t: Record<string, string> = {};
const region: Record<string, string> = {};

const BATCH = graphql(`
  query ImportsBatch($id: ID!) {
    importBatch(id: $id) {
      id
      kind
      status
      rows
      valid
      unchanged
      written
      skipped
      sha256
      problemCount
      problems(first: 10) {
        totalCount
        nodes {
          row
          column
          reason
        }
      }
    }
  }
`);
const AUDITED = graphql(`
  query ImportsAudited($id: String!) {
    auditLog(first: 5, filter: { entityType: "ImportBatch", entityId: $id }) {
      nodes {
        action
        record {
          name
        }
      }
    }
  }
`);
const COMMIT = graphql(`
  mutation ImportsCommit($id: ID!, $mode: ImportMode!) {
    commitImport(batchId: $id, mode: $mode) {
      id
      status
      mode
      written
      unchanged
      skipped
    }
  }
`);
const BATCHES = graphql(`
  query ImportsBatches {
    importBatches(first: 50) {
      totalCount
      nodes {
        id
        status
        fileName
      }
    }
  }
`);

interface DryRun {
  batchId: string;
  rows: number;
  valid: number;
  unchanged: number;
  problems: { row: number; column: string; reason: string }[];
}

async function template(token: string, kind = "workers") {
  const res = await fetch(`${s.url}/imports/${kind}/template`, { headers: { authorization: `Bearer ${token}` } });
  return res;
}
async function upload(token: string, body: Buffer | string, kind = "workers", fileName = "劳动力.xlsx") {
  const res = await fetch(`${s.url}/imports/${kind}?fileName=${encodeURIComponent(fileName)}`, {
    method: "POST",
    body: typeof body === "string" ? body : new Uint8Array(body),
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      authorization: `Bearer ${token}`,
    },
  });
  const answer = (await res.json()) as DryRun & {
    errors?: { message: string; extensions: { code: string; field?: string } }[];
  };
  // Each problem carries its reason in both languages (the page switches language without re-uploading):
  // the request's (zh-CN, no X-Locale sent) is the Chinese one; the tests below compare the rest.
  if (answer.problems)
    answer.problems = answer.problems.map((p) => {
      const { reasons, ...rest } = p as typeof p & { reasons: { zhCN: string; en: string } };
      expect(reasons.zhCN).toBe(p.reason);
      expect(reasons.en).toMatch(/^[^\u3400-\u9fff]+$/);
      return rest;
    });
  return { status: res.status, body: answer };
}
const workers = async (county: string) =>
  (await s.sql(`SELECT count(*)::int AS n FROM worker WHERE county_id = $1`, [region[county]]))[0].n as number;
const batches = async () => (await s.sql(`SELECT count(*)::int AS n FROM import_batch`))[0].n as number;

let templateFile: Buffer;
/** 200 workers of 镇宁 with three bad rows: a wrong check character (row 11), 徽县's code (row 51), no name (row 101). */
let lines: WorkerLine[];
let file: Buffer;
const sent = new Set<string>();

beforeAll(async () => {
  s = await startTestServer({}, { captureLogs: true });
  for (const u of ["admin", "jiaozhou", "zhenning", "huixian"]) t[u] = await s.login(u);
  for (const r of await s.sql(`SELECT id, code FROM region`)) region[r.code] = r.id;
  const res = await template(t.zhenning);
  expect(res.status).toBe(200);
  templateFile = Buffer.from(await res.arrayBuffer());
  lines = workerLines("520423", 200);
  lines[9].身份证号 = wrongCheckChar(lines[9].身份证号);
  lines[49]["县(区)代码"] = "621227";
  lines[99].姓名 = "";
  for (const l of lines) sent.add(l.身份证号).add(l.手机号);
  file = await fillTemplate(templateFile, lines as unknown as Record<string, string>[]);
}, 120_000);
afterAll(() => s?.close());

describe("the template", () => {
  it("is an .xlsx with the columns in Chinese, one example row, and a 填写说明 sheet with each column's rule", async () => {
    const res = await template(t.zhenning);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("劳动力导入模板.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const [data, help] = wb.worksheets;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([
      "姓名",
      "身份证号",
      "性别",
      "手机号",
      "县(区)代码",
      "建档立卡",
      "技能",
      "同意共享",
      "同意日期",
    ]);
    expect(data.rowCount).toBe(2);
    expect(help.name).toBe("填写说明");
    expect(String(help.getRow(3).getCell(3).value)).toContain("校验位");
  });

  it("is refused to those who may not import workers, and without a token", async () => {
    expect((await template(t.jiaozhou)).status).toBe(403);
    expect((await fetch(`${s.url}/imports/workers/template`)).status).toBe(401);
    expect((await template(t.zhenning, "nonsense")).status).toBe(400);
  });

  it("imports as it is: the example row is a valid worker", async () => {
    const r = await upload(t.zhenning, templateFile, "workers", "模板.xlsx");
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ rows: 1, valid: 1, problems: [] });
  });
});

describe("200 workers with three bad rows", () => {
  let first: DryRun;
  it("the dry run reports exactly the three, by row, column and reason, and writes no worker", async () => {
    const before = await workers("520423");
    const r = await upload(t.zhenning, file);
    expect(r.status).toBe(201);
    first = r.body;
    expect(first).toMatchObject({ rows: 200, valid: 197, unchanged: 0 });
    expect(first.problems).toEqual([
      { row: 11, column: "身份证号", reason: expect.stringContaining("校验位") },
      { row: 51, column: "县(区)代码", reason: "只能为本县记录" },
      { row: 101, column: "姓名", reason: "请输入姓名" },
    ]);
    expect(await workers("520423")).toBe(before);
    const b = await s.gql(BATCH, { id: first.batchId }, t.zhenning);
    expect(b.data?.importBatch).toMatchObject({ status: "CHECKED", rows: 200, valid: 197, problemCount: 3 });
    expect(b.data?.importBatch.problems.nodes.map((p) => p.row)).toEqual([11, 51, 101]);
  });

  it("ALL_OR_NOTHING writes none of them, and the batch fails", async () => {
    const before = await workers("520423");
    const r = await s.gql(COMMIT, { id: first.batchId, mode: "ALL_OR_NOTHING" }, t.zhenning);
    expect(r.data?.commitImport).toMatchObject({ status: "FAILED", written: 0, skipped: 200 });
    expect(await workers("520423")).toBe(before);
    // A batch is committed once.
    expect(codeOf(await s.gql(COMMIT, { id: first.batchId, mode: "VALID_ROWS" }, t.zhenning))).toBe("CONFLICT");
  });

  it("VALID_ROWS writes the 197 in one go, audited once with the file's hash", async () => {
    const before = await workers("520423");
    const again = await upload(t.zhenning, file);
    const r = await s.gql(COMMIT, { id: again.body.batchId, mode: "VALID_ROWS" }, t.zhenning);
    expect(r.data?.commitImport).toMatchObject({ status: "COMMITTED", written: 197, unchanged: 0, skipped: 3 });
    expect(await workers("520423")).toBe(before + 197);
    const audit = await s.sql(`SELECT action, change FROM audit_entry WHERE entity_id = $1`, [again.body.batchId]);
    expect(audit).toHaveLength(1);
    const b = await s.gql(BATCH, { id: again.body.batchId }, t.zhenning);
    expect(audit[0]).toMatchObject({
      action: "IMPORT",
      change: { kind: "WORKERS", sha256: b.data?.importBatch.sha256, written: 197, skipped: 3, mode: "VALID_ROWS" },
    });
    // 操作日志 names the batch by its file, for those who may open it.
    const named = await s.gql(AUDITED, { id: again.body.batchId }, t.admin);
    const listed = await s.gql(BATCHES, {}, t.zhenning);
    const fileName = listed.data!.importBatches.nodes.find((n) => n.id === again.body.batchId)!.fileName;
    expect(named.data!.auditLog.nodes).toEqual([{ action: "IMPORT", record: { name: fileName } }]);
    // The workers are the API's: masked numbers, the county's, consent where the sheet said 是.
    const [w] = await s.sql(
      `SELECT name, sex, birth_year, id_number_masked, phone_masked, registered_poor, skills, consent_given_on
         FROM worker WHERE name = '导入测试0-2'`,
    );
    expect(w).toMatchObject({ sex: "FEMALE", birth_year: 1971, registered_poor: false, skills: ["缝纫", "电商"] });
    expect(w.id_number_masked).toMatch(/^5204\*{10}\d{3}[\dX]$/);
  });

  it("the same file again changes nothing: the 197 are unchanged, the three still come back", async () => {
    const before = await workers("520423");
    const r = await upload(t.zhenning, file);
    expect(r.body).toMatchObject({ rows: 200, valid: 197, unchanged: 197 });
    expect(r.body.problems.map((p) => p.row)).toEqual([11, 51, 101]);
    const c = await s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.zhenning);
    expect(c.data?.commitImport).toMatchObject({ written: 0, unchanged: 197, skipped: 3 });
    expect(await workers("520423")).toBe(before);
  });

  it("the problem rows download as .xlsx with a 问题 column, and import once fixed", async () => {
    const r = await upload(t.zhenning, file);
    const res = await fetch(`${s.url}/imports/${r.body.batchId}/problems.xlsx`, {
      headers: { authorization: `Bearer ${t.zhenning}` },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(4);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-2)).toEqual(["原行号", "问题"]);
    expect(String(ws.getRow(3).getCell(header.length).value)).toContain("县(区)代码");
    // Fixed: the county left to default, the name given, the ID number corrected.
    ws.getRow(2).getCell(2).value = lines[9].身份证号.slice(0, 17) + fixCheck(lines[9].身份证号);
    ws.getRow(3).getCell(5).value = null;
    ws.getRow(4).getCell(1).value = "补录姓名";
    const fixed = await upload(t.zhenning, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(fixed.body).toMatchObject({ rows: 3, valid: 3, problems: [] });
    const c = await s.gql(COMMIT, { id: fixed.body.batchId, mode: "ALL_OR_NOTHING" }, t.zhenning);
    expect(c.data?.commitImport).toMatchObject({ status: "COMMITTED", written: 3 });
    // Another county's official cannot see nor commit 镇宁's batches.
    expect(codeOf(await s.gql(BATCH, { id: r.body.batchId }, t.huixian))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.huixian))).toBe("NOT_FOUND");
    const other = await fetch(`${s.url}/imports/${r.body.batchId}/problems.xlsx`, {
      headers: { authorization: `Bearer ${t.huixian}` },
    });
    expect(other.status).toBe(404);
  });

  it("never repeats an ID or phone number in an answer or a log line", async () => {
    const b = await s.gql(BATCHES, {}, t.zhenning);
    const text =
      JSON.stringify(b) + s.logs().join("\n") + JSON.stringify(await s.sql(`SELECT problems FROM import_batch`));
    for (const v of sent) expect(text).not.toContain(v);
  });
});

/** The check character that makes `id` valid. */
function fixCheck(id: string): string {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * W[i];
  return "10X98765432"[sum % 11];
}

describe("refusals write nothing", () => {
  it("a file that is not a spreadsheet, one of another template, one too large, and an empty one", async () => {
    const before = [await batches(), await workers("520423")];
    const notXlsx = await upload(t.zhenning, "姓名,身份证号\n张三,520423199001011234\n");
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "file" } });
    expect(notXlsx.body.errors?.[0].message).toContain(".xlsx");

    const wrong = await upload(t.zhenning, await workbookOf(["名称", "数量"], [["苹果", "3"]]));
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0].message).toContain("模板不符");
    expect(wrong.body.errors?.[0].message).toContain("身份证号");

    const zipButNot = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    expect((await upload(t.zhenning, zipButNot)).body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");

    const big = Buffer.concat([file, Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await upload(t.zhenning, big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "file" } });

    const empty = await upload(t.zhenning, await fillTemplate(templateFile, []));
    expect(empty.status).toBe(400);
    expect([await batches(), await workers("520423")]).toEqual(before);
  });

  it("roles: a coordinator may not import workers; without a token nobody may", async () => {
    const before = await batches();
    const coord = await upload(t.jiaozhou, file);
    expect(coord.status).toBe(403);
    expect(coord.body.errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await fetch(`${s.url}/imports/workers`, { method: "POST", body: new Uint8Array(file) })).status).toBe(401);
    expect(await batches()).toBe(before);
  });

  it("scope: another county's official importing 镇宁's workers gets every row refused, and commits nothing", async () => {
    const before = [await workers("520423"), await workers("621227")];
    const theirs = workerLines("520423", 5, 7).map((l) => ({ ...l, "县(区)代码": "520423" }));
    const r = await upload(t.huixian, await fillTemplate(templateFile, theirs as unknown as Record<string, string>[]));
    expect(r.body).toMatchObject({ rows: 5, valid: 0 });
    expect(new Set(r.body.problems.map((p) => p.reason))).toEqual(new Set(["只能为本县记录"]));
    const c = await s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.huixian);
    expect(c.data?.commitImport).toMatchObject({ written: 0, skipped: 5 });
    expect([await workers("520423"), await workers("621227")]).toEqual(before);
  });

  it("an ID number registered in another county is the API's conflict, not a second worker", async () => {
    const mine = workerLines("621227", 2, 8);
    const r1 = await upload(t.huixian, await fillTemplate(templateFile, mine as unknown as Record<string, string>[]));
    await s.gql(COMMIT, { id: r1.body.batchId, mode: "VALID_ROWS" }, t.huixian);
    const r2 = await upload(t.zhenning, await fillTemplate(templateFile, mine as unknown as Record<string, string>[]));
    expect(r2.body.problems).toEqual([
      { row: 2, column: "身份证号", reason: expect.stringContaining("已登记") },
      { row: 3, column: "身份证号", reason: expect.stringContaining("已登记") },
    ]);
  });

  it("an ID number typed as a number (Excel rounds it) is a problem of its own, not a wrong check character", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(templateFile).buffer);
    wb.worksheets[0].getRow(2).getCell(2).value = 520423199203150000;
    const r = await upload(t.zhenning, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.body.problems[0]).toMatchObject({ row: 2, column: "身份证号", reason: expect.stringContaining("文本") });
  });

  it("two commits of one batch at once write it once", async () => {
    const lines2 = workerLines("520423", 20, 11);
    const r = await upload(t.zhenning, await fillTemplate(templateFile, lines2 as unknown as Record<string, string>[]));
    const before = await workers("520423");
    const [a, b] = await Promise.all([
      s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.zhenning),
      s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.zhenning),
    ]);
    expect([a, b].map((x) => x.data?.commitImport?.written ?? codeOf(x)).sort()).toEqual([20, "CONFLICT"]);
    expect(await workers("520423")).toBe(before + 20);
    const audits = await s.sql(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [r.body.batchId]);
    expect(audits[0].n).toBe(1);
  });

  it("an admin names the county on every row", async () => {
    const r = await upload(t.admin, await fillTemplate(templateFile, workerLines("520423", 1, 9) as never));
    expect(r.body.problems).toEqual([{ row: 2, column: "县(区)代码", reason: expect.stringContaining("县(区)代码") }]);
  });
});

describe("products (the second kind, the same mechanism)", () => {
  it("checks credit code, scope, money to the fen and the certificate; writes by supplier + name; again changes nothing", async () => {
    const supplierOf = async (county: string) =>
      (
        await s.sql(
          `SELECT s.credit_code FROM supplier s JOIN region r ON r.id = s.county_id WHERE r.code = $1 ORDER BY s.name LIMIT 1`,
          [county],
        )
      )[0].credit_code.trim() as string;
    const mine = await supplierOf("520423");
    const theirs = await supplierOf("621227");
    const res = await template(t.zhenning, "products");
    expect(res.status).toBe(200);
    const tpl = Buffer.from(await res.arrayBuffer());
    const line = (over: Record<string, string>) => ({
      供应商统一社会信用代码: mine,
      产品名称: "导入测试产品",
      品类: "蜂产品",
      规格: "500g/瓶",
      单位: "瓶",
      "价格（元）": "68.50",
      库存: "100",
      ...over,
    });
    const productLines = [
      line({ 产品名称: "导入测试产品一" }),
      line({ 产品名称: "导入测试产品二", "价格（元）": "12.345" }),
      line({ 产品名称: "导入测试产品三", 供应商统一社会信用代码: theirs }),
      line({ 产品名称: "导入测试产品四", 认定证书编号: "RD-1", 证书有效期起: "2026-01-01" }),
      line({ 产品名称: "导入测试产品五", 证书有效期起: "2026-01-01", 证书有效期止: "2027-01-01", "价格（元）": "9" }),
      line({ 产品名称: "导入测试产品六", 供应商统一社会信用代码: mine.slice(0, 17) + (mine[17] === "0" ? "1" : "0") }),
    ];
    const productFile = await fillTemplate(tpl, productLines);
    const products = async () =>
      (await s.sql(`SELECT name, price, stock FROM product WHERE name LIKE '导入测试产品%' ORDER BY name`)) as {
        name: string;
        price: number;
      }[];
    const r = await upload(t.zhenning, productFile, "products");
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ rows: 6, valid: 2, unchanged: 0 });
    expect(r.body.problems).toEqual([
      { row: 3, column: "价格（元）", reason: expect.stringContaining("精确到分") },
      { row: 4, column: "供应商统一社会信用代码", reason: expect.stringContaining("不在您的辖区") },
      { row: 5, column: "证书有效期止", reason: expect.stringContaining("有效期") },
      { row: 7, column: "供应商统一社会信用代码", reason: expect.stringContaining("校验位") },
    ]);
    expect(await products()).toEqual([]);
    const c = await s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.zhenning);
    expect(c.data?.commitImport).toMatchObject({ status: "COMMITTED", written: 2, skipped: 4 });
    expect(await products()).toEqual([
      { name: "导入测试产品一", price: 6850, stock: 100 },
      { name: "导入测试产品五", price: 900, stock: 100 },
    ]);
    const again = await upload(t.zhenning, productFile, "products");
    expect(again.body).toMatchObject({ valid: 2, unchanged: 2 });
    const c2 = await s.gql(COMMIT, { id: again.body.batchId, mode: "VALID_ROWS" }, t.zhenning);
    expect(c2.data?.commitImport).toMatchObject({ written: 0, unchanged: 2 });
    expect(await products()).toHaveLength(2);
    expect((await upload(t.jiaozhou, productFile, "products")).status).toBe(403);
  });
});

describe("buyers with their group and quota (coordinators)", () => {
  it("checks region reach, group, money to the fen and the N group; writes buyer + quota; again changes nothing", async () => {
    const res = await template(t.jiaozhou, "buyers");
    expect(res.status).toBe(200);
    const tpl = Buffer.from(await res.arrayBuffer());
    const line = (name: string, group: string, year = "", amount = "", region = "") => ({
      采购单位名称: name,
      所属地区代码: region,
      单位类别: group,
      任务年度: year,
      "年度任务金额（元）": amount,
    });
    const buyerFile = await fillTemplate(tpl, [
      line("导入测试学校", "学校食堂", "2026", "200000.00"),
      line("导入测试医院", "医院", "", "", "370281"),
      line("导入测试机关", "机关", "", "", "370283"),
      line("导入测试个人", "社会组织及个人", "2026", "100"),
      line("导入测试超市", "超市"),
      line("导入测试学校", "学校食堂", "2027", "1.005"),
    ]);
    const buyers = async () =>
      (await s.sql(
        `SELECT b.name, b.buyer_group, q.year, q.amount FROM buyer b LEFT JOIN quota q ON q.buyer_id = b.id
          WHERE b.name LIKE '导入测试%' ORDER BY b.name, q.year`,
      )) as unknown[];
    const r = await upload(t.jiaozhou, buyerFile, "buyers");
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ rows: 6, valid: 2, unchanged: 0 });
    expect(r.body.problems).toEqual([
      { row: 4, column: "所属地区代码", reason: "不在您的辖区" },
      { row: 5, column: "年度任务金额（元）", reason: expect.stringContaining("不设指标") },
      { row: 6, column: "单位类别", reason: expect.stringContaining("可选范围") },
      { row: 7, column: "年度任务金额（元）", reason: expect.stringContaining("精确到分") },
    ]);
    expect(await buyers()).toEqual([]);
    const c = await s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.jiaozhou);
    expect(c.data?.commitImport).toMatchObject({ status: "COMMITTED", written: 2, skipped: 4 });
    expect(await buyers()).toEqual([
      { name: "导入测试医院", buyer_group: "HEALTHCARE", year: null, amount: null },
      { name: "导入测试学校", buyer_group: "EDUCATION", year: 2026, amount: 20000000 },
    ]);
    const again = await upload(t.jiaozhou, buyerFile, "buyers");
    expect(again.body).toMatchObject({ valid: 2, unchanged: 2 });
    const c2 = await s.gql(COMMIT, { id: again.body.batchId, mode: "VALID_ROWS" }, t.jiaozhou);
    expect(c2.data?.commitImport).toMatchObject({ written: 0, unchanged: 2 });
    expect(await buyers()).toHaveLength(2);
    expect((await upload(t.zhenning, buyerFile, "buyers")).status).toBe(403);
  });
});

describe("reported figures of past years (coordinators)", () => {
  it("checks pairing reach, indicator, units and dates; writes ledger entries; again changes nothing", async () => {
    const res = await template(t.jiaozhou, "figures");
    expect(res.status).toBe(200);
    const tpl = Buffer.from(await res.arrayBuffer());
    const line = (indicator: string, date: string, amount: string, east = "370281", west = "520423") => ({
      支援方地区代码: east,
      受援方地区代码: west,
      指标: indicator,
      日期: date,
      数值: amount,
      文件依据: "导入测试〔2024〕1号",
    });
    const rows = [
      line("财政援助资金", "2024-12-31", "1200000.50"),
      line("劳务协作就业", "2024-12-31", "35"),
      line("劳务协作就业", "2023-12-31", "2.5"),
      line("好人好事", "2024-12-31", "1"),
      line("财政援助资金", "2015-12-31", "100"),
      line("财政援助资金", "2099-12-31", "100"),
    ];
    const figuresFile = await fillTemplate(tpl, rows);
    const entries = async () =>
      (await s.sql(
        `SELECT indicator, amount, occurred_on FROM ledger_entry WHERE source_document = '导入测试〔2024〕1号' ORDER BY indicator`,
      )) as unknown[];
    const r = await upload(t.jiaozhou, figuresFile, "figures");
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ rows: 6, valid: 2, unchanged: 0 });
    expect(r.body.problems).toEqual([
      { row: 4, column: "数值", reason: expect.stringContaining("整数") },
      { row: 5, column: "指标", reason: expect.stringContaining("可选范围") },
      { row: 6, column: "日期", reason: expect.stringContaining("结对开始") },
      { row: 7, column: "日期", reason: expect.stringContaining("不能晚于今天") },
    ]);
    expect(await entries()).toEqual([]);
    const c = await s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.jiaozhou);
    expect(c.data?.commitImport).toMatchObject({ status: "COMMITTED", written: 2, skipped: 4 });
    expect(await entries()).toEqual([
      { indicator: "FISCAL_AID", amount: 120000050, occurred_on: "2024-12-31" },
      { indicator: "LABOURERS_PLACED", amount: 35, occurred_on: "2024-12-31" },
    ]);
    const again = await upload(t.jiaozhou, figuresFile, "figures");
    expect(again.body).toMatchObject({ valid: 2, unchanged: 2 });
    const c2 = await s.gql(COMMIT, { id: again.body.batchId, mode: "VALID_ROWS" }, t.jiaozhou);
    expect(c2.data?.commitImport).toMatchObject({ written: 0, unchanged: 2 });
    expect(await entries()).toHaveLength(2);

    // Another figure for a recorded period is refused (the ledger is append-only: correct it instead).
    const changed = await upload(
      t.jiaozhou,
      await fillTemplate(tpl, [line("劳务协作就业", "2024-12-31", "36")]),
      "figures",
    );
    expect(changed.body.problems).toEqual([{ row: 2, column: "数值", reason: expect.stringContaining("更正") }]);
    // A coordinator of a region without that pairing cannot import into it; a county official not at all.
    const other = await upload(await s.login("pingdu"), figuresFile, "figures");
    expect(other.body.valid).toBe(0);
    expect(other.body.problems[0]).toMatchObject({ row: 2, column: "支援方地区代码" });
    expect((await upload(t.zhenning, figuresFile, "figures")).status).toBe(403);
  });
});
