// Once per browser run: start the built server on an empty data folder, let it migrate and load the demo
// data, stop it, and hand the folder to the test files. Each file's server then starts from a copy of it
// (harness.ts) instead of seeding from nothing — as the API suite does with its template database.
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startServer } from "./harness";

export default async function setup(project: TestProject) {
  const t0 = Date.now();
  const seeded = await startServer({}, { keepData: true });
  await seeded.stop(); // SIGTERM: the server closes PGlite, so the folder is complete on disk
  console.log(`browser global setup: demo data seeded once in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  project.provide("seededDataDir", path.join(seeded.dataDir, "pglite"));
  return () => {
    if (!process.env.KEEP_TEST_DATA) rmSync(seeded.dataDir, { recursive: true, force: true });
  };
}
