import "reflect-metadata";
import type { TestProject } from "vitest/node";
import pg from "pg";
import { createApp } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string | null;
  }
}

/**
 * On PostgreSQL: migrate and seed one template database per run; each test file then copies it
 * (CREATE DATABASE … TEMPLATE, tens of milliseconds) and drops its copy afterwards.
 */
export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    project.provide("templateDatabase", null);
    return;
  }
  const template = `xiezuo_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const url = new URL(base);
  url.pathname = `/${template}`;
  const app = await createApp({ ...loadConfig({ NODE_ENV: "test" }), databaseUrl: url.toString(), seedDemo: true, dbPoolSize: 2 });
  await app.close();
  project.provide("templateDatabase", template);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
