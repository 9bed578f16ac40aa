import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentYear } from "../../server/src/shared/dates";
import zhCN from "../../web/src/i18n/zh-CN";
import { graphql } from "./gql";
import { startTestServer, type TestServer } from "./harness";

let s: TestServer;
const t: Record<string, string> = {};
const year = currentYear();
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["qingdao", "jiaozhou", "buyer", "zhenning"]) t[u] = await s.login(u);
});
afterAll(() => s?.close());

const download = (token: string | null, y: unknown = year) =>
  fetch(`${s.url}/exports/quota-board.xlsx?year=${y}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("completion board export (.xlsx)", () => {
  it("gives a coordinator its region's board, the same figures as the API, furthest behind first", async () => {
    const res = await download(t.qingdao);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
    expect(res.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["按单位类别", "按采购单位", "按受援县", "按渠道"]);

    const api = await s.gql(
      graphql(`
        query ConsumptionExportBoard($y: Int!) {
          quotaBoard(year: $y) {
            buyers(first: 100) {
              totalCount
              nodes {
                buyer {
                  name
                }
                quota
                counted
                confirmed
                completion
              }
            }
            groups {
              group
              counted
              confirmed
            }
          }
        }
      `),
      { y: year },
      t.qingdao,
    );
    // The board's words (issue 11): 类别/已计入 and the buyer groups as the screen names them.
    const groups = wb.getWorksheet("按单位类别")!;
    expect((groups.getRow(1).values as unknown[]).slice(1)).toEqual([
      "类别",
      "单位数",
      "任务(元)",
      "已计入(元)",
      "已确认(元)",
      "完成率",
    ]);
    // 已确认 and 已计入 apart, as the board shows them (the screen's counting.confirmed).
    expect(zhCN.counting.confirmed).toBe("已确认");
    const apiGroups = api.data!.quotaBoard.groups;
    expect(groups.rowCount - 1).toBe(apiGroups.length);
    apiGroups.forEach((g, i) => {
      const row = groups.getRow(i + 2);
      expect((row.getCell(4).value as number).toFixed(2)).toBe(g.counted);
      expect((row.getCell(5).value as number).toFixed(2)).toBe(g.confirmed);
    });
    const screenGroups = Object.values(zhCN.buyerGroups) as string[];
    for (let i = 2; i <= groups.rowCount; i++) expect(screenGroups).toContain(groups.getRow(i).getCell(1).value);
    const buyers = wb.getWorksheet("按采购单位")!;
    expect((buyers.getRow(1).values as unknown[]).slice(1)).toEqual([
      "采购单位",
      "类别",
      "所属地区",
      "任务(元)",
      "已计入(元)",
      "已确认(元)",
      "尚差(元)",
      "完成率",
      "今年剩余(天)",
    ]);
    const rows = api.data!.quotaBoard.buyers.nodes;
    expect(rows).toHaveLength(api.data!.quotaBoard.buyers.totalCount);
    expect(buyers.rowCount - 1).toBe(rows.length);
    rows.forEach((b, i) => {
      const row = buyers.getRow(i + 2);
      expect(row.getCell(1).value).toBe(b.buyer.name);
      // The cell holds yuan; its two-decimal text is the API's exact Money text.
      expect((row.getCell(5).value as number).toFixed(2)).toBe(b.counted);
      expect((row.getCell(6).value as number).toFixed(2)).toBe(b.confirmed);
      if (b.quota != null) expect((row.getCell(4).value as number).toFixed(2)).toBe(b.quota);
    });
    const completions = rows.flatMap((b) => (b.completion != null ? [b.completion] : []));
    expect(completions).toEqual([...completions].sort((a, b) => a - b));
  });

  it("keeps to the coordinator's scope", async () => {
    const wbFor = async (token: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await (await download(token)).arrayBuffer()) as never);
      return wb.getWorksheet("按采购单位")!.rowCount;
    };
    expect(await wbFor(t.jiaozhou)).toBeLessThan(await wbFor(t.qingdao));
  });

  it("refuses without a token, other roles and a bad year", async () => {
    expect((await download(null)).status).toBe(401);
    const forbidden = await download(t.buyer);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await download(t.zhenning)).status).toBe(403);
    const bad = await download(t.qingdao, "20x6");
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
  });
});
