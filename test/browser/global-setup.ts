// Once per browser run: start the built server on an empty database, let it migrate and load the demo
// data, stop it, and hand the result to the test files. Each file's server then starts from a copy of it
// (harness.ts) instead of seeding from nothing — as the API suite does with its template database.
//
// Which database: PostgreSQL when BROWSER_DATABASE_URL (or TEST_DATABASE_URL) names one — a template
// database, copied per file with CREATE DATABASE … TEMPLATE — else the embedded default (a PGlite data
// folder, copied per file). `npm test` and CI give PostgreSQL: the browser files run the same pages either
// way, and on PostgreSQL the server's share of the CPU is far smaller than PGlite's (WebAssembly, one
// thread) on these 2 cores — the embedded default itself is covered by the API suite's embedded stage.
// BROWSER_DATABASE=embedded forces the embedded default.
// It also starts the run's one Chromium (BROWSER_SHARED=0: a Chromium per file instead).
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, CHROMIUM_PATH, startServer } from "./harness";

export default async function setup(project: TestProject) {
  // One Chromium for the run: each file connects and opens a context of its own (harness.ts).
  let chromiumServer: BrowserServer | null = null;
  if (existsSync(CHROMIUM_PATH) && process.env.BROWSER_SHARED !== "0") {
    chromiumServer = await chromium.launchServer({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  }
  project.provide("browserWSEndpoint", chromiumServer?.wsEndpoint() ?? null);
  const closeChromium = async () => {
    await chromiumServer?.close().catch(() => {});
  };
  const seeded = await seed(project);
  return async () => {
    await closeChromium();
    await seeded();
  };
}

async function seed(project: TestProject): Promise<() => Promise<void> | void> {
  const t0 = Date.now();
  const base = process.env.BROWSER_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (base && process.env.BROWSER_DATABASE !== "embedded") {
    const name = `xiezuo_browser_tpl_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const seeded = await startServer({}, { database: { url: url.toString(), copy: false } });
    await seeded.stop(); // its connections close, so the template can be copied
    console.log(
      `browser global setup: demo data seeded once in ${((Date.now() - t0) / 1000).toFixed(1)} s (PostgreSQL template ${name})`,
    );
    project.provide("templateDatabaseUrl", url.toString());
    project.provide("seededDataDir", null);
    return async () => {
      if (!process.env.KEEP_TEST_DATA) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const seeded = await startServer({}, { keepData: true });
  await seeded.stop(); // SIGTERM: the server closes PGlite, so the folder is complete on disk
  console.log(`browser global setup: demo data seeded once in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  project.provide("seededDataDir", path.join(seeded.dataDir, "pglite"));
  project.provide("templateDatabaseUrl", null);
  return () => {
    if (!process.env.KEEP_TEST_DATA) rmSync(seeded.dataDir, { recursive: true, force: true });
  };
}
