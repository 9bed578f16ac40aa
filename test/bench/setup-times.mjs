#!/usr/bin/env node
// Per-file setup time of an API test stage, from the output of vitest's default reporter:
//   node test/run-tests.mjs api-embedded --no-build | tee /tmp/embedded.log; node test/bench/setup-times.mjs /tmp/embedded.log
// A file's setup is its time minus the times of its tests (mostly the beforeAll that starts the server);
// tests faster than the slow-test threshold (300 ms) print no time and count as 0, so small files read a little high.
import fs from "node:fs";
const lines = fs
  .readFileSync(process.argv[2], "utf8")
  .replace(/\x1b\[[0-9;]*m/g, "")
  .split("\n");
const rows = [];
let cur = null;
for (const l of lines) {
  const f = /^ [✓✗×] (\S+\.test\.ts) \((\d+) tests?[^)]*\) (\d+)ms/.exec(l);
  if (f) {
    cur = { name: f[1].replace(/.*\//, ""), n: +f[2], file: +f[3], tests: 0 };
    rows.push(cur);
    continue;
  }
  const t = /^ {4,}[✓×↓] .* (\d+)ms$/.exec(l);
  if (t && cur) {
    cur.tests += +t[1];
    continue;
  }
  if (!/^ {4,}/.test(l)) cur = null;
}
const s = (ms) => (ms / 1000).toFixed(1).padStart(6);
rows.sort((a, b) => b.file - b.tests - (a.file - a.tests));
let F = 0,
  T = 0;
for (const r of rows) {
  console.log(`${r.name.padEnd(40)} file ${s(r.file)} s  tests ${s(r.tests)} s  setup/hooks ${s(r.file - r.tests)} s`);
  F += r.file;
  T += r.tests;
}
const api = rows.filter((r) => r.file - r.tests > 1000);
console.log(
  `files ${rows.length}; sum of file times ${s(F)} s, tests ${s(T)} s, setup/hooks ${s(F - T)} s; files with >1 s setup: ${api.length}, mean setup ${s(api.reduce((a, r) => a + r.file - r.tests, 0) / api.length)} s, median ${s(api.map((r) => r.file - r.tests).sort((a, b) => a - b)[api.length >> 1])} s`,
);
