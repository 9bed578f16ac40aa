// fundsInPlaceSeries answers for every demo user and year, written as JSON lines to stdout, so two
// builds' answers on one database compare byte for byte (migration 49 moved the chart from the
// tranches to a summary; docs/benchmarks.md, stop 25):
//   BENCH_DIST=server/dist-before node test/bench/funds-series.mjs > before.jsonl
//   node test/bench/funds-series.mjs > after.jsonl && cmp before.jsonl after.jsonl
// BENCH_DATABASE_URL as boards.mjs (a copy of the scale database: the server migrates it);
// BENCH_YEARS (default 2010-2030).
import { startScaleServer } from "./lib.mjs";

const { app, gql, login } = await startScaleServer();
const [from, to] = (process.env.BENCH_YEARS ?? "2010-2030").split("-").map(Number);
const USERS = ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian"];
let answers = 0;
for (const user of USERS) {
  const token = await login(user);
  for (let y = from; y <= to; y++) {
    const r = await gql(`query($y: Int!) { fundsInPlaceSeries(year: $y) { month amount cumulative } }`, { y }, token);
    process.stdout.write(`${JSON.stringify({ user, y, series: r.fundsInPlaceSeries })}\n`);
    answers++;
  }
}
console.error(`${answers} answers (${USERS.length} users × ${to - from + 1} years)`);
await app.close();
