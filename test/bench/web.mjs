// Web delivery (issue 14): what a first visit downloads and how soon the first catalogue row shows.
// The built server (server/dist) serving the built app (web/dist) with the demo data, and Debian's
// Chromium through playwright-core (CHROMIUM_PATH, default /usr/bin/chromium). Prints, per page:
// JS bytes (decoded and as transferred, i.e. compressed), request count, and the time from navigation
// start to the page's first row (median and p90 of BENCH_RUNS fresh browser contexts, default 7); then
// the size of a GraphQL answer compressed and not, and what compressing it costs per request.
// Run: `npm run build && node test/bench/web.mjs` (PostgreSQL when BENCH_DATABASE_URL is set);
// WEB_DIST=/another/build serves another build of the web app (two builds compared round by round).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../browser/chromium.mjs";
import { startBenchServer } from "./lib.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const { app, gql, database, close } = await startBenchServer({ env: "production", graphqlIde: false });
const url = `http://127.0.0.1:${app.httpServer.address().port}`;
console.log(`database: ${database}; node ${process.version}; ${RUNS} runs per page`);

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) {
  token expiresAt mustChangePassword user { id username displayName role region { id name } } } }`;
/** What the login page stores, so each run starts signed in without going through the form. */
async function storedSession(username) {
  const l = (await gql(LOGIN, { u: username, p: "xiezuo2026" })).login;
  return JSON.stringify({ token: l.token, expiresAt: l.expiresAt, mustChangePassword: false, user: l.user });
}

const PAGES = [
  { name: "catalogue (buyer)", user: "buyer", path: "/catalogue", row: ".el-table__row" },
  { name: "progress (jiaozhou)", user: "jiaozhou", path: "/progress", row: ".el-table__row" },
];

/** What an HTTPS browser (which asks for br; Chromium asks plain http for gzip only) gets: the .br beside the file. */
const DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));
function brSize(address) {
  const file = path.join(DIST, new URL(address).pathname);
  return file.startsWith(DIST) && existsSync(`${file}.br`) ? statSync(`${file}.br`).size : null;
}
/** Decoded, transferred (as Chromium asked) and brotli bytes of JS and of everything. */
function sum(requests) {
  const s = { js: { raw: 0, wire: 0, br: 0, files: 0 }, all: { raw: 0, wire: 0, br: 0, files: 0 } };
  for (const r of requests)
    for (const bucket of r.type === "Script" ? [s.js, s.all] : [s.all]) {
      bucket.raw += r.raw ?? 0;
      bucket.wire += r.wire ?? 0;
      bucket.br += brSize(r.url) ?? r.wire ?? 0;
      bucket.files++;
    }
  return s;
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const p of PAGES) {
    const session = await storedSession(p.user);
    const times = [];
    let last = null;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      await context.addInitScript((s) => localStorage.setItem("xiezuo.session", s), session);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      const requests = new Map();
      cdp.on("Network.responseReceived", (e) =>
        requests.set(e.requestId, {
          url: e.response.url,
          type: e.type,
          headers: e.response.encodedDataLength, // header bytes: not counted as the file's
          encoding: Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === "content-encoding")?.[1],
        }),
      );
      cdp.on("Network.dataReceived", (e) => {
        const r = requests.get(e.requestId);
        if (r) r.raw = (r.raw ?? 0) + e.dataLength;
      });
      cdp.on("Network.loadingFinished", (e) => {
        const r = requests.get(e.requestId);
        if (r) r.wire = Math.max(0, e.encodedDataLength - (r.headers ?? 0));
      });
      await page.goto(`${url}${p.path}`, { waitUntil: "commit" });
      await page.locator(p.row).first().waitFor({ state: "visible", timeout: 30_000 });
      const ms = await page.evaluate(() => performance.now());
      const byFirstRow = sum([...requests.values()].filter((r) => r.wire !== undefined));
      await page.waitForLoadState("networkidle");
      times.push(ms);
      if (process.env.BENCH_VERBOSE && run === 0)
        for (const r of [...requests.values()].sort((a, b) => (b.wire ?? 0) - (a.wire ?? 0)))
          console.log(
            `  ${kib(r.wire ?? 0).padStart(10)} ${kib(r.raw ?? 0).padStart(10)} ${kib(brSize(r.url) ?? 0).padStart(10)} ${r.type} ${r.url.replace(url, "")}`,
          );
      last = {
        byFirstRow,
        total: sum([...requests.values()]),
        encodings: [...new Set([...requests.values()].map((r) => r.encoding ?? "none"))],
      };
      await context.close();
    }
    const line = (s) =>
      `JS ${kib(s.js.raw)} decoded, ${kib(s.js.wire)} transferred (${kib(s.js.br)} as br) in ${s.js.files} files; ` +
      `${s.all.files} requests, ${kib(s.all.wire)} transferred`;
    console.log(`${p.name}:`);
    console.log(`  by the first row: ${line(last.byFirstRow)}`);
    console.log(`  at network idle:  ${line(last.total)} (encodings: ${last.encodings.join(", ")})`);
    console.log(
      `  first row ${pct(times, 0.5).toFixed(0)} ms median, ${pct(times, 0.9).toFixed(0)} ms p90 ` +
        `(runs: ${times.map((t) => t.toFixed(0)).join(" ")})`,
    );
  }
} finally {
  await browser.close();
}

// The catalogue's product list as the app asks for it, compressed and not (and what compressing costs).
const buyer = JSON.parse(await storedSession("buyer")).token;
const body = JSON.stringify({
  query: `{ products(first: 100) { totalCount nodes { id name category spec unit price stock certificateNo certificateValidTo certificateStatus countsTowardQuota county { id name } supplier { id name } } } }`,
});
async function post(encoding) {
  const r = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${buyer}`, "accept-encoding": encoding },
    body,
  });
  const bytes = (await r.arrayBuffer()).byteLength; // fetch decodes: count the wire size from the header
  return { bytes, length: Number(r.headers.get("content-length") ?? NaN), encoding: r.headers.get("content-encoding") };
}
const plain = await post("identity");
const raw = Buffer.from(
  await (
    await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${buyer}` },
      body,
    })
  ).arrayBuffer(),
);
const cost = (f) => {
  const n = 200;
  const t = process.hrtime.bigint();
  let size = 0;
  for (let i = 0; i < n; i++) size = f().length;
  return { size, us: Number(process.hrtime.bigint() - t) / n / 1000 };
};
const br = cost(() => brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }));
const gz = cost(() => gzipSync(raw, { level: 6 }));
const served = await post("br");
console.log(
  `GraphQL products(first: 100): ${kib(plain.bytes)} uncompressed (${plain.encoding ?? "identity"}); ` +
    `served with br: ${served.encoding ?? "identity"}; brotli q4 ${kib(br.size)} in ${br.us.toFixed(0)} µs, ` +
    `gzip 6 ${kib(gz.size)} in ${gz.us.toFixed(0)} µs per response (CPU, this process)`,
);
await close();
