// Benchmark: spreadsheet import of workers (批量导入), rows per second for the dry run and the commit.
// Run: `npm run build -w server && node test/bench/imports.mjs`. PostgreSQL when BENCH_DATABASE_URL
// (or TEST_DATABASE_URL) is set, else the embedded PGlite.
//   BENCH_ROWS   rows in the file (default 10000)
// The file is built with exceljs as a person would fill the template: every row a valid worker of
// 镇宁 (520423). Dry run = POST /imports/workers (read, check every row, one query for the existing
// ID numbers, store the batch); commit = commitImport VALID_ROWS (check again + insert in one transaction).
import ExcelJS from "exceljs";
import { startBenchServer } from "./lib.mjs";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const { url, gql, login, database, close } = await (async () => {
  const s = await startBenchServer();
  const address = s.app.httpServer.address();
  return { ...s, url: `http://127.0.0.1:${address.port}` };
})();
console.log(`database: ${database}; node ${process.version}; ${ROWS} rows`);

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idOf = (i) => {
  const f = `520423${1960 + (i % 40)}1212${String(Math.floor(i / 40)).padStart(3, "0")}`;
  let s = 0;
  for (let k = 0; k < 17; k++) s += Number(f[k]) * W[k];
  return f + "10X98765432"[s % 11];
};

const token = await login("zhenning");
const tpl = await fetch(`${url}/imports/workers/template`, { headers: { authorization: `Bearer ${token}` } });
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(await tpl.arrayBuffer());
const ws = wb.worksheets[0];
ws.spliceRows(2, 1);
for (let i = 0; i < ROWS; i++)
  ws.addRow([
    `压测${i}`,
    idOf(i),
    "",
    `137${String(i).padStart(8, "0")}`,
    "",
    i % 3 ? "否" : "是",
    "缝纫、电商",
    "是",
    "2026-01-05",
  ]);
const file = Buffer.from(await wb.xlsx.writeBuffer());
console.log(`file: ${(file.length / 1024).toFixed(0)} KiB`);

const upload = async () => {
  const t0 = performance.now();
  const res = await fetch(`${url}/imports/workers?fileName=bench.xlsx`, {
    method: "POST",
    body: new Uint8Array(file),
    headers: { authorization: `Bearer ${token}` },
  });
  const body = await res.json();
  if (res.status !== 201) throw new Error(JSON.stringify(body));
  return { ms: performance.now() - t0, body };
};
const commit = async (batchId) => {
  const t0 = performance.now();
  const r = await gql(
    `mutation($id: ID!) { commitImport(batchId: $id, mode: VALID_ROWS) { written unchanged skipped } }`,
    { id: batchId },
    token,
  );
  return { ms: performance.now() - t0, r: r.commitImport };
};
const line = (what, ms, extra = "") =>
  console.log(
    `${what.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${Math.round((ROWS / ms) * 1000)
      .toString()
      .padStart(6)} rows/s ${extra}`,
  );

const a = await upload();
line("dry run (new rows)", a.ms, `valid ${a.body.valid}, problems ${a.body.problemCount}`);
const b = await commit(a.body.batchId);
line("commit VALID_ROWS (insert)", b.ms, JSON.stringify(b.r));
const c = await upload();
line("dry run again (all unchanged)", c.ms, `unchanged ${c.body.unchanged}`);
const d = await commit(c.body.batchId);
line("commit again (nothing to write)", d.ms, JSON.stringify(d.r));
await close();
