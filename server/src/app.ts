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
import { createDataSource } from "./db/data-source";
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
import { costLimit, depthLimit } from "./shared/limits";
import { createLogger, type Logger } from "./shared/logger";
import { createMetrics } from "./shared/metrics";
import { createSchema } from "./shared/schema";

export interface App {
  config: Config;
  log: Logger;
  db: DataSource;
  /** The embedded PGlite when there is no DATABASE_URL (tests look at how it is bound). */
  embedded: EmbeddedDatabase | null;
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
  // PGlite is one session: a pool of one, or statements wait on each other forever.
  const db = createDataSource(url, embedded ? 1 : config.dbPoolSize, options.onQuery, embedded?.poolOptions);
  await db.initialize();
  if (!options.skipMigrations) {
    const ran = await db.runMigrations({ transaction: "each" });
    if (ran.length) log.info({ migrations: ran.map((m) => m.name) }, "migrations applied");
  }
  if (config.seedDemo) await loadDemoData(db, config, log);
  // `npm run backup` reaches the running server through a private socket (docs/operations.md).
  if (embedded) await embedded.serveControl(db);

  const schema = await createSchema(resolvers);
  const pool = () => (db.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master ?? null;
  const metrics = createMetrics(pool);

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and closes Apollo, HTTP and the database in order.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: createErrorFormatter(production, log),
    validationRules: [depthLimit(config.maxQueryDepth)],
    logger: { debug: () => {}, info: () => {}, warn: (m) => log.warn(m), error: (m) => log.error(m) },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      config.graphqlIde ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
      metrics.plugin,
      costLimit(config.maxQueryCost),
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
    try {
      await db.query("SELECT 1");
      res.json({ status: "ready", database: embedded ? "embedded" : "postgresql" });
    } catch {
      res.status(503).json({ status: "unavailable" });
    }
  });
  app.get("/metrics", async (_req, res) => {
    res.set("Content-Type", metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  /** One request, one context: the same for GraphQL and for the file downloads below. */
  const contextFor = async (req: express.Request): Promise<RequestContext> => {
    const header = req.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7).trim() : null;
    const user = token ? await authenticate(db, config, token) : null;
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

  let closed = false;
  return {
    config,
    log,
    db,
    embedded,
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
      await db.destroy();
      if (embedded) await embedded.stop();
      log.info("database closed");
    },
  };
}
