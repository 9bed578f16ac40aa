import "reflect-metadata";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import express from "express";
import helmet from "helmet";
import type { DestinationStream } from "pino";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { openDatabase } from "./db/data-source";
import { createReadiness } from "./db/readiness";
import { answerUnavailable, rethrowUnavailable, serviceUnavailablePlugin } from "./shared/db-errors";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./db/embedded";
import { loadDemoData } from "./db/demo";
import { resolvers } from "./modules";
import { quotaBoardExport } from "./modules/quotas/quota.export";
import { imageDownload, productImageUpload } from "./modules/products/product-image.http";
import { labourExport } from "./modules/labour/labour.export";
import { investmentPipelineExport } from "./modules/investment/investment.export";
import { authenticate } from "./modules/users/user.service";
import type { RequestContext } from "./shared/context";
import { createErrorFormatter } from "./shared/format-error";
import { parseOptions, queryGuards, queryGuardsPlugin, type QueryLimits } from "./shared/limits";
import { createLogger, type Logger } from "./shared/logger";
import { createMetrics } from "./shared/metrics";
import { createSchema } from "./shared/schema";

export interface App {
  config: Config;
  log: Logger;
  db: DataSource;
  httpServer: http.Server;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Test harnesses pass an already-migrated database and skip the demo data. */
  skipMigrations?: boolean;
  /** Sees every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** Where log lines go instead of stdout (tests read them to check what is never logged). */
  logDestination?: DestinationStream;
}

/** Wires config, database, GraphQL and HTTP together. Nothing imports this but main and tests. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = createLogger(config.logLevel, options.logDestination);
  const production = config.env === "production";

  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedDatabase(config.dataDir, log);
    url = embedded.url;
  }
  // PGlite is one session: a pool of one, or statements wait on each other forever; and no session
  // limits there (see sessionOptions). PostgreSQL: waits for it with back-off, then migrates.
  const { db, migrationsRan } = await openDatabase({
    url,
    poolSize: embedded ? 1 : config.dbPoolSize,
    limits: embedded
      ? // Its one connection is the queue every request waits in: the pool wait stays at least 10 s there.
        { statementTimeoutMs: 0, lockTimeoutMs: 0, idleInTransactionTimeoutMs: 0, connectTimeoutMs: Math.max(config.dbConnectTimeoutMs, 10_000) }
      : { statementTimeoutMs: config.dbStatementTimeoutMs, lockTimeoutMs: config.dbLockTimeoutMs, idleInTransactionTimeoutMs: config.dbIdleTxTimeoutMs, connectTimeoutMs: config.dbConnectTimeoutMs },
    migrate: !options.skipMigrations,
    separateMigrationConnection: !embedded,
    onQuery: options.onQuery,
    log,
  });
  if (migrationsRan.length) log.info({ migrations: migrationsRan }, "migrations applied");
  const readiness = createReadiness(embedded ? null : url, () => db);
  if (config.seedDemo) await loadDemoData(db, config, log);

  const schema = await createSchema(resolvers);
  const pool = () => (db.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master ?? null;
  const metrics = createMetrics(pool);

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const httpServer = http.createServer(app);

  // Refused in milliseconds whatever the document holds: tokens at parse, the rest in one linear rule.
  const limits: QueryLimits = { maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost, maxAliases: config.maxQueryAliases, maxTokens: config.maxQueryTokens };
  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and closes Apollo, HTTP and the database in order.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: createErrorFormatter(production, log),
    parseOptions: parseOptions(limits),
    validationRules: [queryGuards(limits)],
    // No "Did you mean …?" naming the schema's fields while introspection is off (see queryGuardsPlugin too).
    hideSchemaDetailsFromClientErrors: production,
    logger: { debug: () => {}, info: () => {}, warn: (m) => log.warn(m), error: (m) => log.error(m) },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      config.graphqlIde ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
      metrics.plugin,
      queryGuardsPlugin(limits, production),
      serviceUnavailablePlugin(),
    ],
  });
  await apollo.start();

  app.use(
    helmet({
      contentSecurityPolicy: production
        ? { directives: { "default-src": ["'self'"], "style-src": ["'self'", "'unsafe-inline'"], "img-src": ["'self'", "data:", "blob:"] } }
        : false,
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    // Within a second whatever the app's pool is doing (db/readiness.ts); migrations checked too.
    const r = await readiness.check();
    res.set("Cache-Control", "no-store");
    if (r.ready) res.json({ status: "ready", database: embedded ? "embedded" : "postgresql" });
    else res.status(503).set("Retry-After", "5").json({ status: "unavailable", reason: r.reason });
  });
  app.get("/metrics", async (_req, res) => {
    res.set("Content-Type", metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  /** One request, one context: the same for GraphQL and for the file downloads below. */
  const contextFor = async (req: express.Request): Promise<RequestContext> => {
    const header = req.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7).trim() : null;
    // The database not answering here is SERVICE_UNAVAILABLE (503) too, not "Context creation failed".
    const user = token ? await authenticate(db, config, token).catch(rethrowUnavailable) : null;
    const requestId = (typeof req.headers["x-request-id"] === "string" && req.headers["x-request-id"].slice(0, 64)) || randomUUID();
    return {
      config,
      db,
      manager: db.manager,
      user,
      token,
      ip: req.ip ?? "unknown",
      requestId,
      log: log.child({ requestId, userId: user?.id }),
      loaders: new Map(),
      inTransaction: false,
    };
  };

  // Spreadsheet exports (.xlsx): plain downloads with the same bearer token and scope as the API.
  app.get("/exports/quota-board.xlsx", quotaBoardExport(contextFor));
  app.get("/exports/labour.xlsx", labourExport(contextFor));
  // Product photos and certificate scans: uploaded as a raw body, served immutable.
  app.post("/uploads/product-images", ...productImageUpload(contextFor));
  app.get("/images/:id", imageDownload(contextFor));
  app.get("/exports/investment-pipeline.xlsx", investmentPipelineExport(contextFor));

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(req),
    }),
  );

  // The built web app, with the SPA's routes falling back to index.html.
  const index = path.join(config.webDist, "index.html");
  if (fs.existsSync(index)) {
    app.use(express.static(config.webDist, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!graphql|healthz|readyz|metrics|exports|uploads|images\/).*/, (_req, res) => {
      res.set("Cache-Control", "no-cache").sendFile(index);
    });
  } else {
    app.get("/", (_req, res) => {
      res.type("text/plain").send("协作 Xiezuo API. The web app is not built: run `npm run build -w web`. GraphQL at /graphql.");
    });
  }

  // Last: an error no handler answered (the database failing under an .xlsx or image request).
  app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (answerUnavailable(err, res)) return;
    next(err);
  });

  let closed = false;
  return {
    config,
    log,
    db,
    httpServer,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, config.host, () => {
          const addr = httpServer.address();
          const port = typeof addr === "object" && addr ? addr.port : config.port;
          resolve(`http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`);
        });
      }),
    async close() {
      if (closed) return;
      closed = true;
      // Idle keep-alive sockets would hold the drain until the client lets go; in-flight requests still finish.
      httpServer.closeIdleConnections();
      await apollo.stop(); // drains the HTTP server: in-flight requests finish
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      log.info("http server closed");
      await readiness.close();
      await db.destroy();
      if (embedded) await embedded.stop();
      log.info("database closed");
    },
  };
}
