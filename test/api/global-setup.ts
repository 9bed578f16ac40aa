import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import pg from "pg";
import { createApp } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string | null;
    /** On the embedded database: the run's migrated and seeded PGlite data folder, as a tarball file. */
    embeddedImage: string | null;
  }
}

/**
 * On PostgreSQL: migrate and seed one template database per run; each test file then copies it
 * (CREATE DATABASE … TEMPLATE, tens of milliseconds) and drops its copy afterwards.
 * On the embedded database the same, as an image: one in-memory PGlite migrated and seeded through
 * the real server, its data folder dumped (PGlite's dumpDataDir) to a file; each test file's PGlite
 * starts from that file instead of migrating and loading the demo from nothing (about 20 s each).
 * The file is a plain tarball, not gzip: 67 MB on disk for the run (7.5 as gzip), each start 0.3 s rather than 0.55.
 */
export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    project.provide("templateDatabase", null);
    // The image holds the demo's password hashes: a private directory (mkdtemp: 0700), removed at the end.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-image-"));
    const file = path.join(dir, "pglite-demo.tar");
    const app = await createApp({
      ...loadConfig({ NODE_ENV: "test" }),
      databaseUrl: null,
      dataDir: "memory",
      seedDemo: true,
    });
    try {
      fs.writeFileSync(file, Buffer.from(await (await app.embedded!.backup(app.db, "none")).arrayBuffer()), {
        mode: 0o600,
      });
    } finally {
      await app.close();
    }
    project.provide("embeddedImage", file);
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }
  project.provide("embeddedImage", null);
  const template = `xiezuo_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const url = new URL(base);
  url.pathname = `/${template}`;
  const app = await createApp({
    ...loadConfig({ NODE_ENV: "test" }),
    databaseUrl: url.toString(),
    seedDemo: true,
    dbPoolSize: 2,
  });
  await app.close();
  project.provide("templateDatabase", template);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
