import { isIP } from "node:net";
import path from "node:path";

/**
 * The one place that reads the environment. Everything else receives a `Config`.
 * Invalid or missing values stop the process at start with a message naming the variable.
 */
export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  /** PostgreSQL URL; when absent the embedded PGlite is started in `dataDir`. */
  databaseUrl: string | null;
  /** A streaming replica of DATABASE_URL that only the boards read (docs/scaling.md); null = the primary. */
  databaseReadUrl: string | null;
  dataDir: string;
  tokenSecret: string;
  /** Key material for personal data at rest (ID and phone numbers): see shared/pii.ts. */
  piiSecret: string;
  tokenTtlHours: number;
  logLevel: string;
  seedDemo: boolean;
  webDist: string;
  /** Shown to a client: the GraphQL IDE and error details only outside production. */
  graphqlIde: boolean;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Lexical tokens in one GraphQL document (the parser stops there). */
  maxQueryTokens: number;
  /** Aliases written in one GraphQL document. */
  maxQueryAliases: number;
  dbPoolSize: number;
  /** PostgreSQL session limits on the app's connections (0 = none); not applied to the embedded database (see db/data-source.ts). */
  dbStatementTimeoutMs: number;
  dbLockTimeoutMs: number;
  dbIdleTxTimeoutMs: number;
  /** How long a request waits for a pooled connection (or a new one) before answering 503. */
  dbConnectTimeoutMs: number;
  /** Which peers may set X-Forwarded-For (express's `trust proxy`): false = none (the default). */
  trustProxy: boolean | number | string[];
  /** Redis for rate limits and login locks shared by every process; null = PostgreSQL. */
  redisUrl: string | null;
  /** Rows read and written per batch by the streamed exports (the orders export walks all its rows this way). */
  exportBatchSize: number;
  /**
   * LibreOffice's `soffice`, for the self-assessment report as PDF (converted from the .docx); null =
   * look it up on PATH at the first request (absent → the PDF download answers 503, the .docx still works).
   */
  sofficePath: string | null;
  /** Bearer token that `/metrics` requires (null = none). */
  metricsToken: string | null;
  /** Serve `/metrics` on this port only, not on the API's (null = on the API's port). */
  metricsPort: number | null;
  /** How often the chain sealer links new ledger and audit rows (docs/integrity.md); 0 = never (tests seal on demand). */
  sealIntervalMs: number;
  /** A request still open after this long is logged (shared/request-watch.ts); 0 = never. */
  slowRequestMs: number;
  /**
   * How long an idle keep-alive connection is kept open (Node's own default: 5 s). Above a load
   * balancer's idle reuse of its connections to us, or it sends a request on a socket we are closing
   * and its client gets a 502 (docs/scaling.md).
   */
  keepAliveTimeoutMs: number;
  /** The daily reminders job (modules/notifications/reminders.job.ts): on by default, off in tests. */
  remindersEnabled: boolean;
  /** A buyer is behind pace when its counted amount is below (100 − this)% of the expected amount. */
  reminderPaceTolerancePct: number;
  /** Buyers behind pace are reminded once no more than this many days are left in the year. */
  reminderDaysLeft: number;
  /**
   * Reminders by e-mail (docs/reminders.md): the SMTP server (smtp://user:pass@host:587, or smtps://
   * for TLS from the start) and the sender. Both set, or neither (no mail: the bell only).
   */
  smtpUrl: string | null;
  mailFrom: string | null;
}

export class ConfigError extends Error {}

const DEV_TOKEN_SECRET = "xiezuo-development-only-secret-not-for-production";
const DEV_PII_SECRET = "xiezuo-development-only-pii-key-not-for-production";

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function int(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${value}"`);
  }
  return n;
}

const TRUST_PRESETS = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * TRUST_PROXY in express's syntax: empty/false (trust no one), true (everyone: only behind a proxy
 * that always overwrites X-Forwarded-For), a number of hops, or a comma-separated list of
 * addresses, CIDR ranges and the presets loopback, linklocal, uniquelocal.
 */
function trustProxy(value: string | undefined): boolean | number | string[] {
  const v = value?.trim() ?? "";
  if (v === "" || /^(false|0|no|off|none)$/i.test(v)) return false;
  if (/^true$/i.test(v)) return true;
  if (/^\d+$/.test(v)) return int("TRUST_PROXY", v, 0, 1, 10);
  const items = v
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  for (const item of items) {
    if (TRUST_PRESETS.has(item)) continue;
    const [addr, bits, ...rest] = item.split("/");
    const family = isIP(addr);
    const bitsOk =
      bits === undefined ||
      (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32)) ||
      (family === 4 && isIP(bits) === 4);
    if (!family || !bitsOk || rest.length) {
      throw new ConfigError(
        `TRUST_PROXY must be empty, true, a hop count, or addresses/CIDR ranges (or loopback, linklocal, uniquelocal) separated by commas, got "${item}"`,
      );
    }
  }
  return items;
}

/** Root of the repository (server/dist/config.js → ../..). */
export const repoRoot = path.resolve(__dirname, "..", "..");

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === "production" ? "production" : env.NODE_ENV === "test" ? "test" : "development";
  const production = nodeEnv === "production";

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// URL`);
  }
  const databaseReadUrl = env.DATABASE_READ_URL?.trim() || null;
  if (databaseReadUrl && !/^postgres(ql)?:\/\//.test(databaseReadUrl)) {
    throw new ConfigError(`DATABASE_READ_URL must be a postgres:// URL`);
  }
  if (databaseReadUrl && !databaseUrl) {
    // A replica of the embedded database cannot exist.
    throw new ConfigError(`DATABASE_READ_URL needs DATABASE_URL (a replica of the primary it names)`);
  }

  const tokenSecret = env.TOKEN_SECRET?.trim() || "";
  if (production && tokenSecret.length < 32) {
    // No built-in signing key in production: tokens are hashed with this secret.
    throw new ConfigError("TOKEN_SECRET must be set to at least 32 characters in production");
  }

  const piiSecret = env.PII_SECRET?.trim() || "";
  if (production && piiSecret.length < 32) {
    // Workers' ID and phone numbers are encrypted with keys derived from it: no built-in key in production.
    throw new ConfigError("PII_SECRET must be set to at least 32 characters in production");
  }

  const logLevel = env.LOG_LEVEL?.trim() || (nodeEnv === "test" ? "silent" : "info");
  if (!["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent`);
  }

  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    throw new ConfigError("REDIS_URL must be a redis:// or rediss:// URL");
  const metricsToken = env.METRICS_TOKEN?.trim() || null;
  if (metricsToken && metricsToken.length < 16) throw new ConfigError("METRICS_TOKEN must be at least 16 characters");
  const metricsPort = env.METRICS_PORT?.trim() ? int("METRICS_PORT", env.METRICS_PORT, 0, 0, 65535) : null;

  const smtpUrl = env.SMTP_URL?.trim() || null;
  const mailFrom = env.MAIL_FROM?.trim() || null;
  if (smtpUrl) {
    let ok = false;
    try {
      const u = new URL(smtpUrl);
      ok = /^smtps?:$/.test(u.protocol) && !!u.hostname;
    } catch {
      ok = false;
    }
    // Never quoted: the URL may carry the SMTP password.
    if (!ok) throw new ConfigError("SMTP_URL must be an smtp:// or smtps:// URL with a host");
  }
  if (!!smtpUrl !== !!mailFrom) throw new ConfigError("SMTP_URL and MAIL_FROM are set together (or neither)");
  if (mailFrom && !/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/.test(mailFrom))
    throw new ConfigError(`MAIL_FROM must be an address ("noreply@example.org" or "协作平台 <noreply@example.org>")`);

  return {
    env: nodeEnv,
    host: env.HOST?.trim() || "0.0.0.0",
    port: int("PORT", env.PORT, 4000, 0, 65535),
    databaseUrl,
    databaseReadUrl,
    dataDir: path.resolve(env.DATA_DIR?.trim() || path.join(repoRoot, ".data", "pglite")),
    tokenSecret: tokenSecret || DEV_TOKEN_SECRET,
    piiSecret: piiSecret || DEV_PII_SECRET,
    tokenTtlHours: int("TOKEN_TTL_HOURS", env.TOKEN_TTL_HOURS, 12, 1, 24 * 30),
    logLevel,
    seedDemo: bool("SEED_DEMO", env.SEED_DEMO, !production),
    webDist: path.resolve(env.WEB_DIST?.trim() || path.join(repoRoot, "web", "dist")),
    graphqlIde: !production,
    maxQueryDepth: int("MAX_QUERY_DEPTH", env.MAX_QUERY_DEPTH, 12, 2, 50),
    maxQueryCost: int("MAX_QUERY_COST", env.MAX_QUERY_COST, 20000, 10, 1_000_000),
    // The web app's largest operation is under 100 tokens and uses no alias.
    maxQueryTokens: int("MAX_QUERY_TOKENS", env.MAX_QUERY_TOKENS, 3000, 100, 100_000),
    maxQueryAliases: int("MAX_QUERY_ALIASES", env.MAX_QUERY_ALIASES, 30, 0, 1000),
    dbPoolSize: int("DB_POOL_SIZE", env.DB_POOL_SIZE, 10, 1, 100),
    dbStatementTimeoutMs: int("DB_STATEMENT_TIMEOUT_MS", env.DB_STATEMENT_TIMEOUT_MS, 15_000, 0, 3_600_000),
    dbLockTimeoutMs: int("DB_LOCK_TIMEOUT_MS", env.DB_LOCK_TIMEOUT_MS, 5_000, 0, 3_600_000),
    dbIdleTxTimeoutMs: int("DB_IDLE_TX_TIMEOUT_MS", env.DB_IDLE_TX_TIMEOUT_MS, 30_000, 0, 3_600_000),
    dbConnectTimeoutMs: int("DB_CONNECT_TIMEOUT_MS", env.DB_CONNECT_TIMEOUT_MS, 3_000, 100, 60_000),
    trustProxy: trustProxy(env.TRUST_PROXY),
    redisUrl,
    exportBatchSize: int("EXPORT_BATCH_SIZE", env.EXPORT_BATCH_SIZE, 1000, 1, 10_000),
    sofficePath: env.SOFFICE_PATH?.trim() || null,
    metricsToken,
    metricsPort,
    slowRequestMs: int("SLOW_REQUEST_MS", env.SLOW_REQUEST_MS, 10_000, 0, 3_600_000),
    keepAliveTimeoutMs: int("KEEP_ALIVE_TIMEOUT_MS", env.KEEP_ALIVE_TIMEOUT_MS, 65_000, 1_000, 600_000),
    sealIntervalMs: int("SEAL_INTERVAL_MS", env.SEAL_INTERVAL_MS, nodeEnv === "test" ? 0 : 2000, 0, 3_600_000),
    remindersEnabled: bool("REMINDERS_ENABLED", env.REMINDERS_ENABLED, nodeEnv !== "test"),
    reminderPaceTolerancePct: int("REMINDER_PACE_TOLERANCE_PCT", env.REMINDER_PACE_TOLERANCE_PCT, 10, 0, 99),
    reminderDaysLeft: int("REMINDER_DAYS_LEFT", env.REMINDER_DAYS_LEFT, 275, 0, 366),
    smtpUrl,
    mailFrom,
  };
}
