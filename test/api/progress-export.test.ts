import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { graphql } from "./gql";
import { startTestServer, type TestServer } from "./harness";

let s: TestServer;
const t: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "jiaozhou", "zhenning", "buyer"]) t[u] = await s.login(u);
});
afterAll(() => s?.close());

const BOARD = graphql(`
  query ProgressExportBoard($year: Int!) {
    pairings(first: 100, filter: {}) {
      totalCount
      nodes {
        id
        name
        progress(year: $year) {
          indicator
          delivered
          reported
          target
        }
      }
    }
  }
`);

const download = (path: string, token?: string) =>
  fetch(`${s.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const sheet = async (res: Response) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: ws.name, rows };
};

describe("progress.xlsx: the progress board as a workbook (issue 11)", () => {
  it("the board's pairings and figures, in the caller's scope, with the screen's words", async () => {
    const year = 2020;
    for (const who of ["admin", "jiaozhou", "zhenning"]) {
      const board = await s.gql(BOARD, { year }, t[who]);
      expect(board.errors).toBeUndefined();
      const res = await download(`/exports/progress.xlsx?year=${year}`, t[who]);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("协作进展-2020.xlsx"));
      const { name, rows } = await sheet(res);
      expect(name).toBe("协作进展 2020");
      const [head, ...body] = rows;
      expect(head.slice(0, 3)).toEqual(["结对", "类型", "上级结对"]);
      expect(body.map((r) => r[0]).sort()).toEqual(board.data!.pairings.nodes.map((p) => p.name).sort());
      // Each pairing's 财政援助资金 完成 is the API's figure.
      const col = head.indexOf("财政援助资金 完成(元)");
      expect(col).toBeGreaterThan(2);
      for (const p of board.data!.pairings.nodes) {
        const row = body.find((r) => r[0] === p.name)!;
        const fiscal = p.progress.find((c) => c.indicator === "FISCAL_AID")!;
        expect(row[col]).toBe(Number(fiscal.delivered));
        // … and beside it the part that is typed-in reported figures (issue 12).
        expect(head[col + 1]).toBe("财政援助资金 其中上报(元)");
        expect(row[col + 1]).toBe(Number(fiscal.reported));
      }
    }
  });

  it("refuses without a session, for buyers, and a bad year naming the field without echoing it", async () => {
    expect((await download(`/exports/progress.xlsx?year=2020`)).status).toBe(401);
    expect((await download(`/exports/progress.xlsx?year=2020`, t.buyer)).status).toBe(403);
    const bad = await download(`/exports/progress.xlsx?year=19x7`, t.admin);
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    expect(JSON.stringify(body)).not.toContain("19x7");
  });
});
