// Browser-test harness: the BUILT app (node server/dist/main.js, serving web/dist) on a free port with a
// fresh database — its own copy of what global-setup.ts seeded once per run with the demo data: a
// PostgreSQL database copied from the run's template, or a copy of an embedded data folder — and Debian's
// Chromium driven by playwright-core.
// Everything started here is stopped here, by its own PID.
//
//   const h = await startHarness();          // in beforeAll
//   const page = await h.newPage();
//   await page.goto(h.baseURL);
//   await h.screenshot(page, 'name-1366x768');
//   await h.close();                          // in afterAll
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), KEEP_TEST_DATA=1 keeps the temp data folder,
// BROWSER_SERVER_LOG=1 also echoes the server's output.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Download, type Page } from "playwright-core";
import pg from "pg";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's seeded PGlite data folder (global-setup.ts), copied by each file's server. */
    seededDataDir: string | null;
    /** On PostgreSQL: the run's migrated and seeded template database, copied by each file's server. */
    templateDatabaseUrl: string | null;
    /** The run's one Chromium (global-setup.ts), which each file connects to for a context of its own. */
    browserWSEndpoint: string | null;
  }
}

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const ARTIFACTS = path.join(ROOT, "test", "artifacts");
export const SCREENSHOTS = path.join(ARTIFACTS, "screenshots");
const LOGS = path.join(ARTIFACTS, "logs");

export { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";

export const DEMO_PASSWORD = "xiezuo2026";

// ------------------------------------------------------------------------------------------- helpers
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the process (and its group, when it leads one), then SIGKILL after `graceMs`. */
async function stopPid(pid: number, { group = false, graceMs = 8000 } = {}): Promise<void> {
  const send = (sig: NodeJS.Signals) => {
    try {
      process.kill(group ? -pid : pid, sig);
    } catch {
      /* gone */
    }
  };
  if (!alive(pid)) return;
  send("SIGTERM");
  const until = Date.now() + graceMs;
  while (alive(pid) && Date.now() < until) await sleep(100);
  if (alive(pid)) send("SIGKILL");
  // Reap what the group left behind either way.
  if (group) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* empty group */
    }
  }
}

/** PIDs of this process's direct children (Linux /proc). */
function childPids(): Set<number> {
  const out = new Set<number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === process.pid) out.add(Number(entry));
    } catch {
      /* raced with an exit */
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------- the app
export interface AppServer {
  baseURL: string;
  port: number;
  pid: number;
  dataDir: string;
  logFile: string;
  /** The last lines the server printed (stdout and stderr). */
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** A data folder to start from (a copy of it): the server then finds the demo loaded already. */
  seededFrom?: string | null;
  /** Leave the data folder in place at stop() (global-setup.ts keeps the one it seeds). */
  keepData?: boolean;
  /** Run on PostgreSQL instead of the embedded default: this database as it is (global-setup.ts seeds
   *  the template so), or, with `copy`, a new database copied from it and dropped at stop(). */
  database?: { url: string; copy: boolean } | null;
}

/** Runs one statement on the server of a PostgreSQL URL (its maintenance database `postgres`). */
async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startServer(
  extraEnv: Record<string, string> = {},
  options: StartServerOptions = {},
): Promise<AppServer> {
  const main = path.join(ROOT, "server", "dist", "main.js");
  if (!existsSync(main)) throw new Error(`${path.relative(ROOT, main)} not found: build first (npm run build)`);
  mkdirSync(LOGS, { recursive: true });
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "xiezuo-browser-"));
  // On PostgreSQL: this file's own database, a copy of the run's seeded template (tens of milliseconds).
  let databaseUrl: string | null = null;
  let ownDatabase: string | null = null;
  if (options.database) {
    databaseUrl = options.database.url;
    if (options.database.copy) {
      const template = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
      ownDatabase = `xiezuo_browser_${process.pid}_${port}`;
      await adminQuery(databaseUrl, `CREATE DATABASE ${ownDatabase} TEMPLATE ${template}`);
      const u = new URL(databaseUrl);
      u.pathname = `/${ownDatabase}`;
      databaseUrl = u.toString();
    }
  }
  // Seeding the demo through the services takes 10–20 s on 2 cores; copying a seeded folder, well under one.
  if (options.seededFrom) cpSync(options.seededFrom, path.join(dataDir, "pglite"), { recursive: true });
  const logFile = path.join(LOGS, `server-${port}.log`);
  const log = createWriteStream(logFile);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    if (process.env.BROWSER_SERVER_LOG) process.stderr.write(chunk);
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development", // vitest sets NODE_ENV=test; the app runs as a developer would run it
    HOST: "127.0.0.1",
    PORT: String(port),
    DATA_DIR: path.join(dataDir, "pglite"),
    SEED_DEMO: "true",
    TOKEN_SECRET: randomBytes(24).toString("hex"),
    LOG_LEVEL: process.env.LOG_LEVEL || "info",
    WEB_DIST: path.join(ROOT, "web", "dist"),
    ...extraEnv,
  };
  delete env.DATABASE_URL; // the embedded default, always fresh, unless a database was given
  delete env.TEST_DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;

  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited: string | null = null;
  child.on("exit", (code, signal) => {
    exited = `exited with ${signal ?? `code ${code}`}`;
  });
  const pid = child.pid!;
  // The server leads its own process group (to stop all of it); if this worker ends without calling
  // stop() (a crash, a timeout), take the group down with it rather than leave a server running.
  const onExit = () => {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  process.once("exit", onExit);
  const baseURL = `http://127.0.0.1:${port}`;
  const logTail = (n = 40) => lines.slice(-n).join("\n");

  const stop = async () => {
    process.removeListener("exit", onExit);
    await stopPid(pid, { group: true, graceMs: 5000 });
    log.end();
    if (!process.env.KEEP_TEST_DATA && !options.keepData) rmSync(dataDir, { recursive: true, force: true });
    if (ownDatabase && !process.env.KEEP_TEST_DATA) {
      await adminQuery(databaseUrl!, `DROP DATABASE IF EXISTS ${ownDatabase} WITH (FORCE)`).catch(() => {});
    }
  };

  // Ready when /readyz answers 200 (migrations ran, demo data loaded).
  // 180 s: under a loaded 2-core machine (five test runs at once) the first seeding took just over 90.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`the server ${exited} before it was ready; its last output:\n${logTail()}`);
    }
    try {
      const res = await fetch(`${baseURL}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer /readyz within 180 s; its last output:\n${logTail()}`);
    }
    await sleep(200);
  }
  return { baseURL, port, pid, dataDir, logFile, logTail, stop };
}

// ------------------------------------------------------------------------------------------- the browser
export interface BrowserHandle {
  context: BrowserContext;
  pid: number | undefined;
  /** Uncaught exceptions in any page (a test normally expects none). */
  pageErrors: string[];
  /** console.error messages from any page (informative). */
  consoleErrors: string[];
  close(): Promise<void>;
}

const CONTEXT_OPTIONS = {
  viewport: { width: 1366, height: 768 },
  acceptDownloads: true, // the .xlsx exports
  locale: "zh-CN",
  timezoneId: "Asia/Shanghai",
};

/** The file's browser: a fresh context (its own cookies, storage and pages) in the run's one Chromium
 *  when global-setup.ts started it — a Chromium start and stop per file cost 3–8 s on a loaded 2-core
 *  machine — else a Chromium of its own. */
export async function launchBrowser(wsEndpoint: string | null = null): Promise<BrowserHandle> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} — install it with \`sudo apt-get install -y chromium\``);
  }
  let context: BrowserContext;
  let pid: number | undefined;
  let userDataDir: string | null = null;
  let disconnect = async () => {};
  if (wsEndpoint) {
    const shared = await chromium.connect(wsEndpoint);
    context = await shared.newContext(CONTEXT_OPTIONS);
    disconnect = () => shared.close(); // for a connected browser: disconnects, the run's Chromium stays
  } else {
    userDataDir = mkdtempSync(path.join(os.tmpdir(), "xiezuo-chromium-"));
    const before = childPids();
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      ...CONTEXT_OPTIONS,
    });
    // The browser is our direct child; find it to be sure it is gone at the end.
    pid = [...childPids()].find((p) => !before.has(p));
  }
  // Generous: under CI the browser files share 2 cores with the API stages (load average 6–10), and a
  // wait that is only slow must not fail; a wait for what never comes still fails, only later.
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on("pageerror", (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on("page", watch);

  const close = async () => {
    await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
    await Promise.race([disconnect().catch(() => {}), sleep(5_000)]);
    if (pid) await stopPid(pid, { graceMs: 3000 });
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, pid, pageErrors, consoleErrors, close };
}

/** The folders downloadedFile made in this test file's process: removed by the harness's close(). */
const downloadDirs = new Set<string>();

/** A finished download's file on disk (until the harness closes). `download.path()` is refused in a
 *  browser this process connected to (the run's one Chromium): `saveAs` copies the file here instead. */
export async function downloadedFile(download: Download): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "xiezuo-download-"));
  downloadDirs.add(dir);
  const file = path.join(dir, download.suggestedFilename() || "download");
  await download.saveAs(file);
  return file;
}

// ------------------------------------------------------------------------------------------- together
export interface Harness {
  app: AppServer;
  browser: BrowserHandle;
  baseURL: string;
  /** A new page (tab) in the browser's one context: 1366×768 unless resized. */
  newPage(): Promise<Page>;
  screenshot(page: Page, name: string, opts?: { fullPage?: boolean }): Promise<string>;
  /** A GraphQL request straight to the server (for setting up or checking what the UI shows). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** A token for a demo user, through the API. */
  token(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(extraEnv: Record<string, string> = {}): Promise<Harness> {
  const t0 = Date.now();
  const template = inject("templateDatabaseUrl");
  const app = await startServer(
    extraEnv,
    template ? { database: { url: template, copy: true } } : { seededFrom: inject("seededDataDir") },
  );
  const t1 = Date.now();
  let browser: BrowserHandle;
  try {
    browser = await launchBrowser(inject("browserWSEndpoint"));
  } catch (err) {
    await app.stop();
    throw err;
  }
  console.log(
    `harness: server ready on ${app.baseURL} in ${((t1 - t0) / 1000).toFixed(1)} s (its own copy of the run's seeded ${template ? "PostgreSQL template" : "embedded database"}); ` +
      `${browser.pid ? `Chromium (pid ${browser.pid})` : "a context in the run's Chromium"} in ${((Date.now() - t1) / 1000).toFixed(1)} s`,
  );
  mkdirSync(SCREENSHOTS, { recursive: true });

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const res = await fetch(`${app.baseURL}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      throw new Error(`GraphQL: ${body.errors.map((e) => `${e.extensions?.code ?? ""} ${e.message}`).join("; ")}`);
    }
    return body.data as T;
  };

  return {
    app,
    browser,
    baseURL: app.baseURL,
    newPage: () => browser.context.newPage(),
    async screenshot(page, name, opts = {}) {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: opts.fullPage ?? false, animations: "disabled" });
      // A picture nobody looks at catches nothing: what it would show cut off fails the test.
      let clipped = await clippedContent(page);
      // Once more after the table's own layout pass (Element Plus sizes columns on the next frames):
      // only what stays cut off fails.
      if (clipped.length) clipped = await page.waitForTimeout(300).then(() => clippedContent(page));
      if (clipped.length) throw new Error(`${name}: cut off — ${clipped.join("; ")}`);
      return file;
    },
    gql,
    async token(username, password = DEMO_PASSWORD) {
      const data = await gql<{ login: { token: string } }>(
        "mutation ($input: LoginInput!) { login(input: $input) { token } }",
        { input: { username, password } },
      );
      return data.login.token;
    },
    async close() {
      const t = Date.now();
      for (const dir of downloadDirs) rmSync(dir, { recursive: true, force: true });
      downloadDirs.clear();
      await browser.close();
      const tb = Date.now();
      await app.stop();
      console.log(
        `harness: Chromium closed in ${((tb - t) / 1000).toFixed(1)} s, server stopped in ${((Date.now() - tb) / 1000).toFixed(1)} s`,
      );
    },
  };
}

/**
 * What a page shows cut off: the page scrolling sideways (wider than the window), and table cells
 * whose content is wider than the cell — Element Plus hides the overflow, so a figure or a label loses
 * its last characters (the board's "27.06%" at phone width, the ledger's "Module record" tag). Cells
 * that truncate on purpose (`show-overflow-tooltip`: an ellipsis, the whole text on hover) are left out.
 */
export function clippedContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const doc = document.scrollingElement!;
    if (doc.scrollWidth > window.innerWidth + 1)
      found.push(`the page is ${doc.scrollWidth} px wide in ${window.innerWidth}`);
    for (const cell of document.querySelectorAll<HTMLElement>(".el-table td .cell")) {
      if (cell.classList.contains("el-tooltip") || cell.offsetParent === null) continue;
      if (cell.scrollWidth > cell.clientWidth + 1)
        found.push(
          `"${(cell.textContent ?? "").trim().slice(0, 24)}" needs ${cell.scrollWidth} px of ${cell.clientWidth}`,
        );
    }
    return [...new Set(found)].slice(0, 5);
  });
}
