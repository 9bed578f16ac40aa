import "reflect-metadata";
import { randomUUID, timingSafeEqual, createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import express from "express";
import helmet from "helmet";
import type { DestinationStream } from "pino";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { openDatabase, openReadReplica } from "./db/data-source";
import { createReadiness } from "./db/readiness";
import { answerUnavailable, rethrowUnavailable, serviceUnavailablePlugin } from "./shared/db-errors";
import { prepareStatementsOn } from "./shared/sql";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./db/embedded";
import { startReminderJob } from "./modules/notifications/reminders.job";
import { loadDemoData } from "./db/demo";
import { resolvers } from "./modules";
import { quotaBoardExport } from "./modules/quotas/quota.export";
import { gradesExport } from "./modules/grading/grading.export";
import { imageDownload, productImageUpload } from "./modules/products/product-image.http";
import { evidenceDownload, evidenceUpload } from "./modules/evidence/evidence.http";
import { importProblems, importTemplate, importUpload } from "./modules/imports/import.http";
import { labourExport } from "./modules/labour/labour.export";
import { talentExport } from "./modules/talent/talent.export";
import { investmentPipelineExport } from "./modules/investment/investment.export";
import { jointWorkExport } from "./modules/joint-work/joint-work.export";
import { donationsExport } from "./modules/donations/donation.export";
import { fiscalAidExport } from "./modules/fiscal/fiscal.export";
import { reportingBoardExport } from "./modules/periods/period.export";
import { unitPairsExport } from "./modules/unit-pairs/unit-pair.export";
import { auditExport } from "./modules/audit/audit.export";
import { loginLogExport } from "./modules/logins/login-log.export";
import { ordersExport } from "./modules/orders/order.export";
import { progressExport } from "./modules/ledger/progress.export";
import {
  assessmentWorkbookExport,
  selfAssessmentDocxExport,
  selfAssessmentPdfExport,
} from "./modules/assessment/assessment.http";
import { authenticate, authenticateImageCookie, IMAGE_COOKIE, imageCookieValue } from "./modules/users/user.service";
import { passwordChangeGuard } from "./modules/users/password-change.guard";
import { createCounterStore } from "./shared/rate-limit";
import { readYourWritesPlugin } from "./shared/read-replica";
import type { RequestContext } from "./shared/context";
import { createErrorFormatter, messagesInRequestLocale, persistedQueryStatus } from "./shared/format-error";
import { localeOf, msg } from "./shared/messages";
import { parseOptions, queryGuards, queryGuardsPlugin, type QueryLimits } from "./shared/limits";
import { createLogger, lazyLogger, type Logger } from "./shared/logger";
import { createMetrics } from "./shared/metrics";
import { createSchema } from "./shared/schema";
import { startSealer } from "./modules/integrity/integrity.service";
import { compressAnswers, fixedHeaders, recordedHeaders, serveWebApp } from "./shared/web-delivery";
import { answerBodyRefused, bodyParserRefusal, graphqlPost } from "./shared/graphql-http";
import { watchRequests } from "./shared/request-watch";

export interface App {
  config: Config;
  log: Logger;
  db: DataSource;
  /** The embedded PGlite when there is no DATABASE_URL (tests look at how it is bound). */
  embedded: EmbeddedDatabase | null;
  httpServer: http.Server;
  /** `/metrics` on its own port when METRICS_PORT is set (listening after `listen()`), else null. */
  metricsServer: http.Server | null;
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
  /** Tests only: the embedded in-memory database starts from this migrated, seeded image (see db/embedded.ts). */
  embeddedImage?: Blob;
}

/** One cookie of the request's Cookie header (no parser needed for the one cookie we read). */
function cookieOf(req: express.Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined; // malformed: as if absent
      }
    }
  }
  return undefined;
}

/** Wires config, database, GraphQL and HTTP together. Nothing imports this but main and tests. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = createLogger(config.logLevel, options.logDestination);
  const production = config.env === "production";

  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedDatabase(config.dataDir, log, { image: options.embeddedImage });
    url = embedded.url;
  }
  // PGlite is one session: a pool of one, or statements wait on each other forever; and no session
  // limits there (see sessionOptions). PostgreSQL: waits for it with back-off, then migrates.
  const pgLimits = {
    statementTimeoutMs: config.dbStatementTimeoutMs,
    lockTimeoutMs: config.dbLockTimeoutMs,
    idleInTransactionTimeoutMs: config.dbIdleTxTimeoutMs,
    connectTimeoutMs: config.dbConnectTimeoutMs,
    jitOff: true,
  };
  const { db, migrationsRan } = await openDatabase({
    url,
    poolSize: embedded ? 1 : config.dbPoolSize,
    limits: embedded
      ? // Its one connection is the queue every request waits in: the pool wait stays at least 10 s there.
        {
          statementTimeoutMs: 0,
          lockTimeoutMs: 0,
          idleInTransactionTimeoutMs: 0,
          connectTimeoutMs: Math.max(config.dbConnectTimeoutMs, 10_000),
        }
      : pgLimits,
    migrate: !options.skipMigrations,
    piiSecret: config.piiSecret,
    separateMigrationConnection: !embedded,
    onQuery: options.onQuery,
    // The one connection held for the server's life, and reset when (re)made: see db/embedded.ts.
    poolOptions: embedded?.poolOptions,
    log,
  });
  if (migrationsRan.length) log.info({ migrations: migrationsRan }, "migrations applied");
  if (!embedded) prepareStatementsOn(db);
  // Board reads only (shared/read-replica.ts); never migrated: it is a copy of the primary.
  const readDb = config.databaseReadUrl
    ? await openReadReplica(config.databaseReadUrl, config.dbPoolSize, pgLimits, options.onQuery, log)
    : undefined;
  if (readDb) prepareStatementsOn(readDb);
  const readiness = createReadiness(embedded ? null : url, () => db);
  if (config.seedDemo) await loadDemoData(db, config, log);
  const reminders = config.remindersEnabled ? await startReminderJob(db, config, log, embedded ? null : url) : null;
  if (reminders) log.info({ runner: reminders.kind }, "daily reminders scheduled");
  // `npm run backup` reaches the running server through a private socket (docs/operations.md).
  if (embedded) await embedded.serveControl(db);

  const schema = await createSchema(resolvers);
  const pool = () =>
    (db.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master ??
    null;
  const metrics = createMetrics(pool);

  const app = express();
  app.disable("x-powered-by");
  // No ETag computed over every answer sent with res.send (a SHA-1 of each GraphQL answer): the API's
  // answers are no-store POSTs that nothing revalidates. The web app's files (serve-static), product
  // images and evidence files set their own ETags and still answer 304.
  app.set("etag", false);
  // X-Forwarded-For only from the proxies TRUST_PROXY names (default: none), or any client could
  // rotate it and escape the per-address login limits.
  app.set("trust proxy", config.trustProxy);
  const counters = createCounterStore(config.redisUrl, db, log);
  // POST /graphql (nearly every request) is served without express's router and body parser; the
  // rest, and any unusual POST /graphql, by express (shared/graphql-http.ts).
  let servePlainGraphql: (req: http.IncomingMessage, res: http.ServerResponse) => boolean = () => false;
  // Every request is watched until its response closes: one still open after SLOW_REQUEST_MS is logged.
  const requestWatch = watchRequests(log, config.slowRequestMs);
  const httpServer = http.createServer((req, res) => {
    requestWatch.begin(req, res);
    if (!servePlainGraphql(req, res)) app(req, res);
  });
  // An idle connection outlives a load balancer's reuse of it (Node's 5 s is shorter than HAProxy's
  // or a cloud balancer's idle timeouts: a request sent as we close the socket is a 502). The
  // headers' deadline must stay above it, or a reused connection's next request could be cut off.
  httpServer.keepAliveTimeout = config.keepAliveTimeoutMs;
  httpServer.headersTimeout = Math.min(httpServer.requestTimeout || Infinity, config.keepAliveTimeoutMs + 1_000);

  // Refused in milliseconds whatever the document holds: tokens at parse, the rest in one linear rule.
  const limits: QueryLimits = {
    maxDepth: config.maxQueryDepth,
    maxCost: config.maxQueryCost,
    maxAliases: config.maxQueryAliases,
    maxTokens: config.maxQueryTokens,
  };
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
      // The production landing page loads its scripts from a CDN: none at all in production.
      config.graphqlIde
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      passwordChangeGuard(),
      metrics.plugin,
      queryGuardsPlugin(limits, production),
      serviceUnavailablePlugin(),
      persistedQueryStatus,
      messagesInRequestLocale,
      readYourWritesPlugin(),
    ],
  });
  await apollo.start();

  // The same headers on every response: helmet's chain run once, its headers replayed (recordedHeaders).
  const helmetHeaders = recordedHeaders(
    helmet({
      contentSecurityPolicy: production
        ? {
            directives: {
              "default-src": ["'self'"],
              "style-src": ["'self'", "'unsafe-inline'"],
              "img-src": ["'self'", "data:", "blob:"],
              "font-src": ["'self'", "data:"],
            },
          }
        : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(fixedHeaders(helmetHeaders));

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
  // /metrics: with METRICS_TOKEN it asks for `Authorization: Bearer <token>`; with METRICS_PORT it is
  // served only on that port; in production with neither it is not served at all.
  const metricsToken = config.metricsToken ? createHash("sha256").update(config.metricsToken).digest() : null;
  const serveMetrics: express.RequestHandler = async (req, res) => {
    if (metricsToken) {
      const header = req.headers.authorization ?? "";
      const given = createHash("sha256")
        .update(header.startsWith("Bearer ") ? header.slice(7).trim() : "")
        .digest();
      if (!timingSafeEqual(given, metricsToken)) {
        res.status(401).set("WWW-Authenticate", "Bearer").type("text/plain").send("metrics token required");
        return;
      }
    }
    res
      .set("Cache-Control", "no-store")
      .set("Content-Type", metrics.registry.contentType)
      .send(await metrics.registry.metrics());
  };
  let metricsApp: express.Express | null = null;
  if (config.metricsPort !== null) {
    metricsApp = express();
    metricsApp.disable("x-powered-by");
    metricsApp.get("/metrics", serveMetrics);
  } else if (!production || metricsToken) {
    app.get("/metrics", serveMetrics);
  } else {
    log.warn("/metrics is off: set METRICS_TOKEN or METRICS_PORT to serve it in production");
  }
  const metricsServer = metricsApp ? http.createServer(metricsApp) : null;

  // API answers hold signed-in data: no cache (browser, proxy) keeps them. Images set their own.
  app.use(["/graphql", "/exports", "/imports"], (_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });

  /** One request, one context: the same for GraphQL and for the file downloads below. */
  const contextFor = async (req: express.Request): Promise<RequestContext> => {
    const header = req.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7).trim() : null;
    // The database not answering here is SERVICE_UNAVAILABLE (503) too, not "Context creation failed".
    const user = token ? await authenticate(db, config, token).catch(rethrowUnavailable) : null;
    if (user?.sessionId) keepImageCookie(req, user.sessionId);
    const requestId =
      (typeof req.headers["x-request-id"] === "string" && req.headers["x-request-id"].slice(0, 64)) || randomUUID();
    return {
      config,
      db,
      readDb,
      manager: db.manager,
      user,
      token,
      ip: req.ip ?? "unknown",
      userAgent: req.headers["user-agent"]?.slice(0, 200),
      requestId,
      locale: localeOf(req.headers),
      // Made when something logs (a failure, a refused login): most requests never do.
      log: lazyLogger(() => log.child({ requestId, userId: user?.id })),
      loaders: new Map(),
      inTransaction: false,
      counters,
    };
  };
  const imageCookies = new Map<string, { value: string; header: string }>();
  /**
   * The image cookie follows the bearer token: every signed-in request that lacks it (or carries
   * another session's) gets it, so the response that hands out signed image links also hands the
   * browser what its <img> tags need to use them (users module, IMAGE_COOKIE). HttpOnly, for
   * /images only, same-site only, as long as a session can live (Max-Age, no Expires date, so the
   * header is the same on every request).
   */
  const keepImageCookie = (req: express.Request, sessionId: string) => {
    const key = req.secure ? `s:${sessionId}` : sessionId;
    let want = imageCookies.get(key);
    if (!want) {
      // A MAC and a Set-Cookie header per session, made once: they were an HMAC and express's cookie
      // serializer (with an Expires date) on every signed-in request of a client that keeps no cookies
      // (issue 14, fixed cost). Bounded: a full map is emptied and its headers made again when next needed.
      if (imageCookies.size >= 10_000) imageCookies.clear();
      const value = imageCookieValue(config, sessionId);
      const header = [
        `${IMAGE_COOKIE}=${encodeURIComponent(value)}`,
        `Max-Age=${config.tokenTtlHours * 3600}`,
        "Path=/images",
        "HttpOnly",
        ...(req.secure ? ["Secure"] : []),
        "SameSite=Strict",
      ].join("; ");
      want = { value, header };
      imageCookies.set(key, want);
    }
    if (cookieOf(req, IMAGE_COOKIE) === want.value) return;
    req.res?.append("Set-Cookie", want.header);
  };
  /** GET /images: a request without the bearer token is the user its image cookie names (an <img> tag's). */
  const imageContextFor = async (req: express.Request): Promise<RequestContext> => {
    const ctx = await contextFor(req);
    if (ctx.user || ctx.token) return fileContextFor(req, ctx);
    const user = await authenticateImageCookie(db, config, cookieOf(req, IMAGE_COOKIE)).catch(rethrowUnavailable);
    return fileContextFor(req, user ? { ...ctx, user, log: ctx.log.child({ userId: user.id }) } : ctx);
  };
  /** The file routes: a session that must change its password counts as signed out there. */
  const fileContextFor = async (req: express.Request, built?: RequestContext): Promise<RequestContext> => {
    const ctx = built ?? (await contextFor(req));
    return ctx.user?.mustChangePassword ? { ...ctx, user: null } : ctx;
  };

  // Spreadsheet exports (.xlsx): plain downloads with the same bearer token and scope as the API.
  app.get("/exports/quota-board.xlsx", quotaBoardExport(fileContextFor));
  app.get("/exports/labour.xlsx", labourExport(fileContextFor));
  app.get("/exports/talent.xlsx", talentExport(fileContextFor));
  // Product photos and certificate scans: uploaded as a raw body, served immutable.
  app.post("/uploads/product-images", ...productImageUpload(fileContextFor));
  app.get("/images/:id", imageDownload(imageContextFor));
  // 佐证材料: files attached to ledger entries (raw body up, attachment down; bearer token both ways).
  app.post("/uploads/evidence", ...evidenceUpload(fileContextFor));
  app.get("/evidence/:id", evidenceDownload(fileContextFor));
  app.get("/exports/investment-pipeline.xlsx", investmentPipelineExport(fileContextFor));
  app.get("/exports/joint-work.xlsx", jointWorkExport(fileContextFor));
  app.get("/exports/donations.xlsx", donationsExport(fileContextFor));
  app.get("/exports/fiscal-aid.xlsx", fiscalAidExport(fileContextFor));
  app.get("/exports/reporting-board.xlsx", reportingBoardExport(fileContextFor));
  // 批量导入: templates, the upload (dry run) and the problem rows; the commit is the commitImport mutation.
  app.get("/imports/:kind/template", importTemplate(fileContextFor));
  app.get("/imports/:batchId/problems.xlsx", importProblems(fileContextFor));
  app.post("/imports/:kind", ...importUpload(fileContextFor));

  app.get("/exports/audit-log.xlsx", auditExport(fileContextFor));
  app.get("/exports/login-log.xlsx", loginLogExport(fileContextFor));
  app.get("/exports/orders.xlsx", ordersExport(fileContextFor, config.exportBatchSize));
  app.get("/exports/progress.xlsx", progressExport(fileContextFor));
  app.get("/exports/unit-pairs.xlsx", unitPairsExport(fileContextFor));
  // 考核材料 of one pairing's year: the workbook, and the self-assessment report as .docx and PDF.
  app.get("/exports/grades.xlsx", gradesExport(fileContextFor));
  app.get("/exports/assessment.xlsx", assessmentWorkbookExport(fileContextFor));
  app.get("/exports/self-assessment.docx", selfAssessmentDocxExport(fileContextFor));
  app.get("/exports/self-assessment.pdf", selfAssessmentPdfExport(fileContextFor));

  const GRAPHQL_BODY_LIMIT = 1024 * 1024;
  /** What Apollo did not answer itself, on either path: 503 for the database, else a logged 500 (JSON). */
  const answerGraphqlFailure = (err: unknown, req: express.Request, res: express.Response) => {
    if (answerUnavailable(err, res)) return;
    log.error({ err: { message: (err as Error)?.message } }, "graphql request failed");
    if (res.headersSent) return void res.destroy();
    const m = msg("服务器内部错误", "Internal server error");
    res.status(500).json({
      errors: [
        { message: m.in(localeOf(req.headers)), extensions: { code: "INTERNAL_SERVER_ERROR", messages: m.texts } },
      ],
    });
  };
  servePlainGraphql = graphqlPost({
    apollo,
    app,
    context: contextFor,
    fixedHeaders: helmetHeaders,
    limitBytes: GRAPHQL_BODY_LIMIT,
    onStage: (req, stage, body) => requestWatch.note(req, { stage, body }),
    onError: answerGraphqlFailure,
  });
  app.use(
    "/graphql",
    compressAnswers(),
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    (req: express.Request, _res: express.Response, next: express.NextFunction) => {
      requestWatch.note(req, { stage: "answering", body: req.body });
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(req),
    }),
    // A body body-parser could not read, or a failure Apollo did not answer: as the plain path answers them.
    (err: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
      const refusal = bodyParserRefusal(err);
      if (refusal && !res.headersSent) answerBodyRefused(res, req.headers, refusal);
      else answerGraphqlFailure(err, req, res);
    },
  );

  // The built web app, precompressed, with the SPA's routes falling back to index.html.
  if (fs.existsSync(path.join(config.webDist, "index.html"))) {
    serveWebApp(
      app,
      config.webDist,
      /^\/(?!graphql|healthz|readyz|metrics|exports|uploads|imports\/|images\/|evidence\/).*/,
    );
  } else {
    app.get("/", (_req, res) => {
      res
        .type("text/plain")
        .send("协作 Xiezuo API. The web app is not built: run `npm run build -w web`. GraphQL at /graphql.");
    });
  }

  // Last: an error no handler answered (the database failing under an .xlsx or image request).
  app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (answerUnavailable(err, res)) return;
    next(err);
  });

  // Tamper evidence: links new ledger and audit rows into their hash chains (docs/integrity.md).
  const sealer = config.sealIntervalMs > 0 ? startSealer(db, log, config.sealIntervalMs) : null;

  let closed = false;
  return {
    config,
    log,
    db,
    embedded,
    httpServer,
    metricsServer,
    listen: async () => {
      if (metricsServer) {
        await new Promise<void>((resolve, reject) => {
          metricsServer.once("error", reject);
          metricsServer.listen(config.metricsPort!, config.host, () => resolve());
        });
      }
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, config.host, () => {
          const addr = httpServer.address();
          const port = typeof addr === "object" && addr ? addr.port : config.port;
          resolve(`http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`);
        });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      // Idle keep-alive sockets would hold the drain until the client lets go; in-flight requests still finish.
      httpServer.closeIdleConnections();
      await apollo.stop(); // drains the HTTP server: in-flight requests finish
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      if (metricsServer?.listening) await new Promise<void>((r) => metricsServer.close(() => r()));
      requestWatch.stop();
      log.info("http server closed");
      await sealer?.stop();
      await readiness.close();
      await counters.close();
      await reminders?.stop();
      await db.destroy();
      if (readDb?.isInitialized) await readDb.destroy();
      if (embedded) await embedded.stop();
      log.info("database closed");
    },
  };
}
