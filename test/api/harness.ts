import "reflect-metadata";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { createApp, type App } from "../../server/src/app";
import { loadConfig, type Config } from "../../server/src/config";
import { DEMO_PASSWORD } from "../../server/src/db/demo";

export { DEMO_PASSWORD };

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export interface TestServer {
  url: string;
  app: App;
  /** POSTs a GraphQL operation, with a bearer token when given. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  /** Signs a demo user in and returns its token. */
  login(username: string): Promise<string>;
  /** Runs SQL straight on the test database (assertions only). */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  /** Counts SQL statements while `work` runs. */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  /** Every log line the server wrote so far (only with `captureLogs`; empty otherwise). */
  logs(): string[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Collect the server's log lines (at `debug` unless `overrides.logLevel` says otherwise) for `logs()`. */
  captureLogs?: boolean;
}

/** The run's embedded image, read once per test file (see global-setup.ts). */
let imageBlob: Blob | null = null;
function embeddedImage(): Blob | null {
  const file = inject("embeddedImage");
  if (!file) return null;
  imageBlob ??= new Blob([fs.readFileSync(file)]);
  return imageBlob;
}

/**
 * Boots the real server (HTTP, Apollo, TypeORM) on a database of its own, seeded with the demo
 * data through the services: a copy of the run's template on PostgreSQL, or on the embedded
 * default an in-memory PGlite started from the run's image (migrated and seeded once per run).
 * A test that asks for its own data folder, or for no demo, gets a database made from nothing.
 */
export async function startTestServer(overrides: Partial<Config> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const template = inject("templateDatabase");
  const base = process.env.TEST_DATABASE_URL;
  let databaseUrl: string | null = null;
  let dropDatabase: (() => Promise<void>) | null = null;
  if (template && base) {
    const name = `xiezuo_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  let counting = false;
  let counted = 0;
  const config: Config = {
    ...loadConfig({ NODE_ENV: "test" }),
    host: "127.0.0.1",
    port: 0,
    databaseUrl,
    dataDir: "memory",
    seedDemo: !databaseUrl, // the template already holds it
    dbPoolSize: 5,
    ...(options.captureLogs ? { logLevel: "debug" } : {}),
    ...overrides,
  };
  // An in-memory PGlite with the demo: start it from the run's image rather than seed it again.
  const image = !config.databaseUrl && config.dataDir === "memory" && config.seedDemo ? embeddedImage() : null;
  if (image) config.seedDemo = false;
  const logLines: string[] = [];
  const logDestination = options.captureLogs ? { write: (line: string) => void logLines.push(line) } : undefined;
  const app = await createApp(config, {
    skipMigrations: false,
    logDestination,
    embeddedImage: image ?? undefined,
    onQuery: () => {
      if (counting) counted++;
    },
  });
  const url = await app.listen();

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string | null) => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult;
    return { ...body, status: res.status };
  };

  return {
    url,
    app,
    gql,
    async login(username) {
      const r = await gql(`mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`, {
        u: username,
        p: DEMO_PASSWORD,
      });
      if (!r.data?.login?.token) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    sql: (text, params) => app.db.query(text, params as unknown[]),
    logs: () => [...logLines],
    async countQueries(work) {
      counted = 0;
      counting = true;
      try {
        await work();
      } finally {
        counting = false;
      }
      return counted;
    },
    async close() {
      await app.close();
      if (dropDatabase) await dropDatabase();
    },
  };
}

/** The code of the first error, for terse assertions. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
