#!/usr/bin/env node
// The whole test suite, as `npm test` runs it (and CI, through .ci/run).
//
//   node test/run-tests.mjs                  build, then every stage
//   node test/run-tests.mjs api              one stage (or several: web api-pg browser …)
//   node test/run-tests.mjs api -- auth      extra arguments after `--` go to vitest (a file filter, -t …)
//   node test/run-tests.mjs --no-build browser   reuse the build already in server/dist and web/dist
//
// Stages:
//   build         side by side (none needs another's output): server tsc → server/dist, web vite build →
//                 web/dist, vue-tsc (the web's type check) and tsc -p test/api (type-checks the API tests'
//                 typed operations); when only API stages are chosen, the server and the API tests' types
//                 alone (the API suite starts the built server too)
//   web           web unit tests (npm run test -w web)
//   api-pg        API + server unit tests against PostgreSQL (TEST_DATABASE_URL, or 127.0.0.1:5432)
//   api-embedded  the same suite against the embedded default (each file starts its own PGlite, from
//                 the image the global setup migrated and seeded once per run), but for three files
//                 whose subject is above the database (ABOVE_THE_DATABASE: they run on PostgreSQL only)
//   browser       test/browser/ in headless Chromium against the built server (on PostgreSQL when it
//                 answers, else the embedded default; BROWSER_DATABASE=embedded forces it); with other stages it runs
//                 alongside them (its output printed in one block when it ends); TEST_SERIAL=1: one
//                 stage at a time
//   api           = api-pg + api-embedded
//
// Each vitest run writes a JSON report to test/artifacts/results/<stage>.json; tests are counted from
// it. The last line printed is always `N passed, N failed[, N skipped]`; the exit code is non-zero when
// anything failed. Under CI=true, PostgreSQL not answering or Chromium missing is a failure, never a skip.
// Uses nothing but Node and what `npm install` put in node_modules.

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS = path.join(ROOT, "test", "artifacts", "results");
const CI = isTrue(process.env.CI);
const DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const STAGE_TIMEOUT_MS = Number(process.env.TEST_STAGE_TIMEOUT_MS || 15 * 60_000);
const BROWSER_STAGE_TIMEOUT_MS = Number(process.env.TEST_BROWSER_TIMEOUT_MS || 30 * 60_000);

const ALL = ["web", "api-pg", "api-embedded", "browser"];
const ALIASES = {
  api: ["api-pg", "api-embedded"],
  pg: ["api-pg"],
  embedded: ["api-embedded"],
  unit: ["web", "api-pg", "api-embedded"],
};

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : String(s));
const bold = paint("1");
const red = paint("31");
const green = paint("32");
const yellow = paint("33");
const dim = paint("2");

// ---------------------------------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
const dd = argv.indexOf("--");
const ownArgs = dd === -1 ? argv : argv.slice(0, dd);
const vitestExtra = dd === -1 ? [] : argv.slice(dd + 1);
if (ownArgs.includes("-h") || ownArgs.includes("--help")) {
  const lines = readFileSync(fileURLToPath(import.meta.url), "utf8")
    .split("\n")
    .slice(1);
  console.log(
    lines
      .slice(
        0,
        lines.findIndex((l) => !l.startsWith("//")),
      )
      .map((l) => l.replace(/^\/\/ ?/, ""))
      .join("\n"),
  );
  process.exit(0);
}
let noBuild = ownArgs.includes("--no-build") || isTrue(process.env.SKIP_BUILD);
const named = ownArgs.filter((a) => !a.startsWith("--"));
let stages = [];
let buildRequested = named.length === 0;
for (const n of named) {
  if (n === "build") buildRequested = true;
  else if (ALIASES[n]) stages.push(...ALIASES[n]);
  else if (ALL.includes(n)) stages.push(n);
  else {
    console.error(`unknown stage "${n}"; stages: build ${ALL.join(" ")} (and: ${Object.keys(ALIASES).join(" ")})`);
    process.exit(2);
  }
}
if (named.length === 0) stages = [...ALL];
stages = ALL.filter((s) => stages.includes(s));
// The browser stage runs the built server and web app: a full build. The API suite also starts the
// built server (test/api/process.test.ts): the server's build (tsc) is enough for it alone.
// --no-build reuses whatever server/dist and web/dist hold.
const buildWhat = noBuild
  ? null
  : buildRequested || stages.includes("browser")
    ? "all"
    : stages.some((s) => s.startsWith("api"))
      ? "server"
      : null;

// ---------------------------------------------------------------------------------------- helpers
function isTrue(v) {
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

function fmtMs(ms) {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function maskUrl(u) {
  try {
    const url = new URL(u);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return u;
  }
}

const children = new Set();
function killGroup(child, signal = "SIGTERM") {
  try {
    process.kill(-child.pid, signal); // the child leads its own process group (detached)
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    for (const c of children) killGroup(c, "SIGTERM");
    setTimeout(() => {
      for (const c of children) killGroup(c, "SIGKILL");
      process.exit(130);
    }, 3000).unref();
  });
}

/** Runs a command in its own process group; resolves to its exit code. Its stdout and stderr are
 *  inherited, or with `capture` kept (together, in order) and returned as `output` instead of printed. */
function runCommand(cmd, args, { env = process.env, cwd = ROOT, timeoutMs = STAGE_TIMEOUT_MS, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      env: capture ? { ...env, FORCE_COLOR: useColor ? "1" : "0" } : env,
      stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"],
      detached: true,
    });
    children.add(child);
    let output = "";
    const say = (line) => (capture ? (output += `${line}\n`) : console.error(red(line)));
    if (capture) {
      child.stdout.on("data", (b) => (output += b));
      child.stderr.on("data", (b) => (output += b));
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      say(`\n✗ ${cmd} ${args.join(" ")} did not finish in ${fmtMs(timeoutMs)}: stopping it`);
      killGroup(child, "SIGTERM");
      setTimeout(() => killGroup(child, "SIGKILL"), 5000).unref();
    }, timeoutMs);
    child.on("error", (err) => say(`✗ could not start ${cmd}: ${err.message}`));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      // Whatever it left behind in its group (a server a test forgot, a worker) goes too.
      killGroup(child, "SIGKILL");
      resolve({ code: timedOut ? 124 : (code ?? (signal ? 128 : 1)), output });
    });
  });
}
const run = async (cmd, args, options) => (await runCommand(cmd, args, options)).code;
const runCaptured = (cmd, args, options) => runCommand(cmd, args, { ...options, capture: true });

const require = createRequire(path.join(ROOT, "package.json"));
function vitestBin() {
  const pkgPath = require.resolve("vitest/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin.vitest;
  return path.join(path.dirname(pkgPath), bin);
}

/** Counts a vitest JSON report. A file that failed with no failed test in it (it did not load, or a
 *  beforeAll hook threw) counts as one failure; so does a non-zero exit with nothing failed in the report
 *  (an unhandled error, a crash, no report at all). */
function countReport(file, exitCode) {
  const c = { passed: 0, failed: 0, skipped: 0, files: 0, note: "" };
  let report = null;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    /* no report */
  }
  if (report) {
    c.passed = report.numPassedTests ?? 0;
    c.failed = report.numFailedTests ?? 0;
    c.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    for (const f of report.testResults ?? []) {
      c.files++;
      const failedTests = (f.assertionResults ?? []).filter((a) => a.status === "failed");
      for (const a of failedTests) {
        const why = String(a.failureMessages?.[0] ?? "")
          .split("\n")[0]
          .slice(0, 300);
        c.note += `\n    ${path.relative(ROOT, f.name)} > ${a.fullName ?? a.title}: ${why}`;
      }
      const failedInside = failedTests.length;
      if (f.status === "failed" && failedInside === 0) {
        c.failed++;
        const rel = path.relative(ROOT, f.name);
        c.note += `\n    ${rel}: ${(f.message || "failed outside any test (hook or import)").split("\n")[0]}`;
      }
    }
  }
  if (exitCode !== 0 && c.failed === 0) {
    c.failed = 1;
    c.note += report
      ? `\n    vitest exited with code ${exitCode} (an error outside the tests)`
      : `\n    exited with code ${exitCode} and wrote no report`;
  }
  return c;
}

/** Tests a vitest config would run, without running them (for a stage we skip). */
async function listTests(config, cwd = ROOT) {
  const out = path.join(RESULTS, `list-${path.basename(path.dirname(config))}.json`);
  rmSync(out, { force: true });
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [vitestBin(), "list", "--config", config, `--json=${out}`], {
      cwd,
      stdio: "ignore",
      detached: true,
      env: { ...process.env, CI: "true" },
    });
    children.add(child);
    const t = setTimeout(() => killGroup(child, "SIGKILL"), 120_000);
    child.on("close", (c) => {
      clearTimeout(t);
      children.delete(child);
      resolve(c);
    });
    child.on("error", () => resolve(1));
  });
  try {
    const list = JSON.parse(readFileSync(out, "utf8"));
    return Array.isArray(list) ? list.length : 0;
  } catch {
    return code === 0 ? 0 : 1; // could not even list: count the stage as one test
  }
}

/** Is PostgreSQL answering at this URL? Uses `pg` when installed (a real query), else a TCP connect. */
async function pgReachable(url) {
  let pg = null;
  try {
    pg = require("pg");
  } catch {
    /* fall back to TCP */
  }
  if (pg) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query("select 1");
      return { ok: true };
    } catch (err) {
      return { ok: false, why: err.message };
    } finally {
      client.end().catch(() => {});
    }
  }
  let host = "127.0.0.1";
  let port = 5432;
  try {
    const u = new URL(url);
    host = u.hostname || host;
    port = Number(u.port || 5432);
  } catch {
    /* defaults */
  }
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (r) => {
      sock.destroy();
      resolve(r);
    };
    sock.setTimeout(3000, () => done({ ok: false, why: "timed out" }));
    sock.once("connect", () => done({ ok: true }));
    sock.once("error", (e) => done({ ok: false, why: e.message }));
  });
}

function hasTestFiles(dir, re) {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist") continue;
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) {
      if (hasTestFiles(p, re)) return true;
    } else if (re.test(entry)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------- stages
const results = []; // { stage, title, passed, failed, skipped, ms, status, note }

function header(title) {
  console.log(`\n${bold(`━━ ${title} `)}${dim("━".repeat(Math.max(0, 72 - title.length)))}`);
}

function record(r) {
  results.push(r);
  const counts =
    r.stage === "build"
      ? r.failed
        ? "failed"
        : "ok"
      : `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`;
  const mark = r.failed ? red("✗") : r.status === "skipped" ? yellow("○") : green("✓");
  console.log(
    `${mark} ${bold(r.title)}: ${r.status === "skipped" && !r.failed ? "skipped" : counts} ${dim(`(${fmtMs(r.ms)})`)}${r.note ? r.note : ""}`,
  );
}

/** Runs one vitest stage. `alongside`: another stage prints meanwhile, so this one's output is kept and
 *  printed in one block, under its header, when it ends. */
async function vitestStage(
  stage,
  title,
  config,
  env,
  { alongside = false, exclude = [], timeoutMs = STAGE_TIMEOUT_MS } = {},
) {
  const out = path.join(RESULTS, `${stage}.json`);
  rmSync(out, { force: true });
  const t0 = Date.now();
  const args = [
    vitestBin(),
    "run",
    "--config",
    config,
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${out}`,
    ...exclude.flatMap((glob) => ["--exclude", glob]),
    ...vitestExtra,
  ];
  let code;
  if (alongside) {
    const r = await runCaptured(process.execPath, args, { env, timeoutMs });
    header(`${title}: its output (it ran alongside the stages above)`);
    process.stdout.write(r.output);
    code = r.code;
  } else {
    code = await run(process.execPath, args, { env, timeoutMs });
  }
  const c = countReport(out, code);
  record({ stage, title, ...c, ms: Date.now() - t0, status: c.failed ? "failed" : "passed" });
}

/** The build's steps. The ones of a kind run together (on 2 cores, two type checkers at once take about
 *  the time of the longer one); each prints its output when it ends, so logs do not interleave. */
const BIN = (name) => path.join(ROOT, "node_modules", ".bin", name);
const BUILD_STEPS = {
  // Emits server/dist: the API suite's process tests and the browser stage start it.
  server: { cmd: BIN("tsc"), args: ["-p", "server/tsconfig.json"], cwd: ROOT },
  // Emits web/dist for the browser stage. Vite does not type-check: vue-tsc does, below.
  web: { cmd: BIN("vite"), args: ["build", "--logLevel", "warn"], cwd: path.join(ROOT, "web") },
  "web types": { cmd: BIN("vue-tsc"), args: ["--noEmit"], cwd: path.join(ROOT, "web") },
  // The API tests' typed operations (test/api/gql) only bite when something type-checks them:
  // vitest strips types unchecked. test/api/tsconfig.json lists the files converted so far.
  "API test types": { cmd: BIN("tsc"), args: ["-p", "test/api"], cwd: ROOT },
};

async function stageBuild(what) {
  // `npm run build` is server tsc → vue-tsc → vite build, one after the other; the same steps run here
  // side by side, as none needs another's output.
  const names = what === "server" ? ["server", "API test types"] : Object.keys(BUILD_STEPS);
  header(`build: ${names.join(", ")} (side by side)`);
  const t0 = Date.now();
  const outcomes = await Promise.all(
    names.map(async (name) => {
      const { cmd, args, cwd } = BUILD_STEPS[name];
      const t = Date.now();
      const { code, output } = await runCaptured(cmd, args, { cwd, timeoutMs: 10 * 60_000 });
      const mark = code === 0 ? green("✓") : red("✗");
      console.log(`${mark} ${name}: ${path.basename(cmd)} ${args.join(" ")} ${dim(`(${fmtMs(Date.now() - t)})`)}`);
      if (output.trim()) console.log(output.trimEnd());
      return { name, code };
    }),
  );
  const failed = outcomes.filter((o) => o.code !== 0);
  const ok = failed.length === 0;
  record({
    stage: "build",
    title: "build",
    passed: 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    ms: Date.now() - t0,
    status: ok ? "passed" : "failed",
    note: failed.map((o) => `\n    ${o.name} exited with code ${o.code}`).join(""),
  });
  return ok;
}

async function stageWeb() {
  header("web unit tests: npm run test -w web");
  const t0 = Date.now();
  const webPkg = path.join(ROOT, "web", "package.json");
  const scripts = existsSync(webPkg) ? (JSON.parse(readFileSync(webPkg, "utf8")).scripts ?? {}) : null;
  if (!scripts?.test) {
    const why = scripts ? 'web/package.json has no "test" script' : "web/package.json not found";
    record({
      stage: "web",
      title: "web unit tests",
      passed: 0,
      failed: 1,
      skipped: 0,
      ms: Date.now() - t0,
      status: "failed",
      note: `\n    ${why}`,
    });
    return;
  }
  const out = path.join(RESULTS, "web.json");
  rmSync(out, { force: true });
  // The web's script is expected to be `vitest run` (or `vitest`, which runs once with no TTY).
  const code = await run(
    "npm",
    ["run", "test", "-w", "web", "--", "--reporter=default", "--reporter=json", `--outputFile=${out}`, ...vitestExtra],
    {
      env: { ...process.env, CI: process.env.CI ?? "true" },
    },
  );
  const c = countReport(out, code);
  record({ stage: "web", title: "web unit tests", ...c, ms: Date.now() - t0, status: c.failed ? "failed" : "passed" });
}

const API_CONFIG = "test/api/vitest.config.mts";

function apiConfigMissing(stage, title) {
  if (existsSync(path.join(ROOT, API_CONFIG))) return false;
  record({
    stage,
    title,
    passed: 0,
    failed: 1,
    skipped: 0,
    ms: 0,
    status: "failed",
    note: `\n    ${API_CONFIG} not found`,
  });
  return true;
}

async function stageApiPg() {
  const explicit = process.env.TEST_DATABASE_URL;
  const url = explicit || DEFAULT_PG_URL;
  const title = "API + unit on PostgreSQL";
  header(`${title}: ${maskUrl(url)}`);
  if (apiConfigMissing("api-pg", title)) return;
  const t0 = Date.now();
  const reach = await pgReachable(url);
  if (!reach.ok) {
    const why = `PostgreSQL not reachable at ${maskUrl(url)} (${reach.why})`;
    if (CI || explicit) {
      record({
        stage: "api-pg",
        title,
        passed: 0,
        failed: 1,
        skipped: 0,
        ms: Date.now() - t0,
        status: "failed",
        note: `\n    ${why}${CI ? " — under CI=true that is a failure" : ""}`,
      });
    } else {
      const n = await listTests(API_CONFIG);
      console.log(
        yellow(
          `API tests on PostgreSQL skipped: ${why}. Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set TEST_DATABASE_URL.`,
        ),
      );
      record({ stage: "api-pg", title, passed: 0, failed: 0, skipped: n, ms: Date.now() - t0, status: "skipped" });
    }
    return;
  }
  // process.test starts the built server as `npm start` does, on the embedded default whatever the
  // stage: it runs once, in the embedded stage.
  const exclude = vitestExtra.length ? [] : EMBEDDED_ONLY;
  await vitestStage("api-pg", title, API_CONFIG, { ...process.env, TEST_DATABASE_URL: url }, { exclude });
}

async function stageApiEmbedded({ alongside = false } = {}) {
  const title = "API + unit on embedded PGlite";
  header(`${title}${alongside ? " — starts now, alongside the next stages; its output follows when it ends" : ""}`);
  if (apiConfigMissing("api-embedded", title)) return;
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL;
  delete env.DATABASE_URL;
  // Files whose subject is above the database run once, on PostgreSQL: input validation (every bad input
  // of 132 shapes is refused before any SQL), scope through nested fields and the state machines'
  // tables. The same SQL runs on both engines (PGlite is PostgreSQL compiled to WebAssembly), so here
  // they would repeat the same checks at a third of the speed: 190 of this stage's 650 worker-seconds.
  // Since stop 20 also: accounts and sessions (auth: password hashing and token rules), login limits
  // across processes (shared-limits: two processes cannot share the embedded database at all; its
  // Redis part is the same in both stages) and under a parallel burst (login-burst: PGlite runs one
  // statement at a time, so the burst proves nothing there) — 174 s of this stage under load.
  // `node test/run-tests.mjs api-embedded -- test/api/input-fuzz.test.ts` still runs one on purpose.
  const exclude = vitestExtra.length ? [] : ABOVE_THE_DATABASE;
  await vitestStage("api-embedded", title, API_CONFIG, env, { exclude, alongside });
}

const ABOVE_THE_DATABASE = [
  "test/api/input-fuzz.test.ts",
  "test/api/nested-scope.test.ts",
  "test/api/nested-batched.test.ts",
  "test/api/transitions.test.ts",
  "test/api/auth.test.ts",
  "test/api/shared-limits.test.ts",
  "test/api/login-burst.test.ts",
  // Two API processes behind HAProxy, and a streaming replica: both need PostgreSQL (docs/scaling.md).
  "test/api/scaleout.test.ts",
  "test/api/replica.test.ts",
];
/** Files about the embedded default itself, which run the same whatever the stage's database. */
const EMBEDDED_ONLY = ["test/api/process.test.ts"];

const BROWSER_CONFIG = "test/browser/vitest.config.mts";

async function stageBrowser(buildOk, { alongside = false } = {}) {
  const title = "browser (headless Chromium)";
  header(
    `${title}: ${CHROMIUM}${alongside ? " — starts now, alongside the next stages; its output follows when it ends" : ""}`,
  );
  const t0 = Date.now();
  if (!existsSync(CHROMIUM)) {
    const msg = "browser tests skipped: Chromium not found — install it with `sudo apt-get install -y chromium`";
    if (CI) {
      record({
        stage: "browser",
        title,
        passed: 0,
        failed: 1,
        skipped: 0,
        ms: Date.now() - t0,
        status: "failed",
        note: `\n    Chromium not found at ${CHROMIUM} — under CI=true that is a failure (.ci/run installs it: apt-get install -y chromium)`,
      });
    } else {
      console.log(yellow(msg));
      const n = await listTests(BROWSER_CONFIG);
      record({
        stage: "browser",
        title,
        passed: 0,
        failed: 0,
        skipped: n,
        ms: Date.now() - t0,
        status: "skipped",
        note: `\n    ${msg}`,
      });
    }
    return;
  }
  if (!buildOk) {
    record({
      stage: "browser",
      title,
      passed: 0,
      failed: 1,
      skipped: 0,
      ms: 0,
      status: "failed",
      note: "\n    not run: the build failed",
    });
    return;
  }
  if (!existsSync(path.join(ROOT, "server", "dist", "main.js"))) {
    record({
      stage: "browser",
      title,
      passed: 0,
      failed: 1,
      skipped: 0,
      ms: 0,
      status: "failed",
      note: "\n    server/dist/main.js not found: run the build (drop --no-build)",
    });
    return;
  }
  // The pages run on PostgreSQL when it answers (global-setup.ts says why), else on the embedded default.
  const env = { ...process.env, CHROMIUM_PATH: CHROMIUM };
  const pgUrl = process.env.TEST_DATABASE_URL || DEFAULT_PG_URL;
  if (!env.BROWSER_DATABASE_URL && env.BROWSER_DATABASE !== "embedded" && (await pgReachable(pgUrl)).ok) {
    env.BROWSER_DATABASE_URL = pgUrl;
  }
  // Its own limit: 26 files one at a time, each starting a server, beside the API stages on 2 cores
  // (751 s in CI at stop 21, 900+ when other work shares the machine).
  await vitestStage("browser", title, BROWSER_CONFIG, env, { alongside, timeoutMs: BROWSER_STAGE_TIMEOUT_MS });
}

// ---------------------------------------------------------------------------------------- main
mkdirSync(RESULTS, { recursive: true });
const tAll = Date.now();
console.log(bold(`xiezuo tests: ${buildWhat ? `build (${buildWhat}), ` : ""}${stages.join(", ")}${CI ? " (CI)" : ""}`));

let buildOk = true;
if (buildWhat) buildOk = await stageBuild(buildWhat);
// The browser stage spends most of its time waiting on a page (one file at a time): run it alongside the
// other stages, which keep both cores busy meanwhile, unless TEST_SERIAL says one stage at a time.
const browserAlongside = stages.includes("browser") && stages.length > 1 && !isTrue(process.env.TEST_SERIAL);
const browserLane = browserAlongside ? stageBrowser(buildOk, { alongside: true }) : null;
// Not a third lane for the embedded stage: tried, the whole run went from 866 s to 1,031 s (web 110 → 265 s,
// PostgreSQL 298 → 573 s, browser past its 900 s limit): the two lanes already fill both cores once
// PostgreSQL's own CPU, which `time` does not count, is counted.
for (const s of stages) {
  if (s === "web") await stageWeb();
  else if (s === "api-pg") await stageApiPg();
  else if (s === "api-embedded") await stageApiEmbedded();
  else if (s === "browser" && !browserAlongside) await stageBrowser(buildOk);
}
await browserLane;
// In the order of the stages, whichever ended first.
results.sort((a, b) => ["build", ...ALL].indexOf(a.stage) - ["build", ...ALL].indexOf(b.stage));

const total = results.reduce(
  (a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`\n${bold("━━ summary ")}${dim("━".repeat(62))}`);
for (const r of results) {
  const counts =
    r.stage === "build"
      ? r.failed
        ? "failed"
        : "ok"
      : r.status === "skipped"
        ? `skipped (${r.skipped})`
        : `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`;
  const mark = r.failed ? red("✗") : r.status === "skipped" ? yellow("○") : green("✓");
  console.log(`${mark} ${r.title.padEnd(34)} ${counts.padEnd(34)} ${dim(fmtMs(r.ms))}`);
}
console.log(dim(`total time ${fmtMs(Date.now() - tAll)}; reports in ${path.relative(ROOT, RESULTS)}/`));
// What failed, again at the end: a CI log is often read from its tail, and the browser stage's own block
// is printed while the other lane is still running (a failure there was once out of sight: stop 31).
for (const r of results.filter((r) => r.failed && r.note)) console.log(`${red("✗")} ${r.title}:${r.note}`);
const line = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`;
// The last line, uncoloured, alone: `N passed, N failed[, N skipped]`.
console.log(line);
process.exitCode = total.failed ? 1 : 0;
