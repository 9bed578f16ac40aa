import { GraphQLError } from "graphql";
import { DEFAULT_LOCALE, localeOf, msg, type Locale, type Message } from "./messages";

/**
 * "The database cannot answer right now": one classification for every place that turns an error
 * into something a client sees (GraphQL's error formatter, the .xlsx exports, the image endpoints,
 * /readyz). Such a failure says nothing about the request, so it is never BAD_USER_INPUT or
 * NOT_FOUND: it is SERVICE_UNAVAILABLE, HTTP 503 with Retry-After, and the client retries. Nothing
 * was written: a mutation is one transaction, and a failed statement rolls it back whole.
 *
 * The original message is never shown: pg's connection errors name the host and port
 * ("connect ECONNREFUSED 10.0.0.5:5432").
 */

/** What kind of unavailability: `busy` passes in a moment (a lock, a slow statement, a full pool); `down` takes longer. */
export type Unavailability = "busy" | "down";

/** PostgreSQL SQLSTATEs meaning "try again later", by class or exact code. */
const BUSY_CODES = new Set([
  "57014", // query_canceled: statement_timeout
  "55P03", // lock_not_available: lock_timeout, NOWAIT
  "40001", // serialization_failure
  "40P01", // deadlock_detected: the other transaction went through; ours can be retried
  "25P03", // idle_in_transaction_session_timeout
]);
const DOWN_CODES = new Set([
  "57P01", // admin_shutdown (also pg_terminate_backend)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up, shutting down, in recovery
  "57P05", // idle_session_timeout
  "58000", // system_error
  "58030", // io_error
]);
/** Whole classes: 08 connection exception, 53 insufficient resources (too many connections, disk full, out of memory). */
const DOWN_CLASSES = ["08", "53"];

/** Node's socket errors on the way to the database. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNABORTED",
]);

/** Errors pg and pg-pool raise without a code. */
const BUSY_MESSAGES = [/timeout exceeded when trying to connect/i, /connection timeout/i];
const DOWN_MESSAGES = [
  /Connection terminated/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery)/i,
  /Cannot use a pool after calling end on the pool/i,
];

/** The error and whatever it wraps: GraphQL's originalError, TypeORM's driverError, `cause`, AggregateError's errors. */
function* chain(e: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (!e || typeof e !== "object" || depth > 6) return;
  const o = e as Record<string, unknown>;
  yield o;
  yield* chain(o.originalError, depth + 1);
  yield* chain(o.driverError, depth + 1);
  yield* chain(o.cause, depth + 1);
  if (Array.isArray(o.errors)) for (const x of o.errors) yield* chain(x, depth + 1);
}

/** `busy` or `down` when `e` (or what it wraps) says the database cannot answer now; null otherwise. */
export function databaseUnavailable(e: unknown): Unavailability | null {
  for (const o of chain(e)) {
    // Our own SERVICE_UNAVAILABLE, already classified (e.g. thrown while building a request's context).
    const ext = o.extensions as { code?: unknown; unavailability?: unknown } | undefined;
    if (ext?.code === "SERVICE_UNAVAILABLE") return ext.unavailability === "busy" ? "busy" : "down";
    const code = typeof o.code === "string" ? o.code : "";
    if (BUSY_CODES.has(code)) return "busy";
    if (DOWN_CODES.has(code) || DOWN_CLASSES.some((c) => code.length === 5 && code.startsWith(c))) return "down";
    if (SOCKET_CODES.has(code)) return "down";
    const message = typeof o.message === "string" ? o.message : "";
    if (BUSY_MESSAGES.some((r) => r.test(message))) return "busy";
    if (DOWN_MESSAGES.some((r) => r.test(message))) return "down";
  }
  return null;
}

/** Seconds a client should wait before retrying: a lock or a full pool passes quickly, an outage less so. */
export const retryAfterSeconds = (kind: Unavailability) => (kind === "busy" ? 2 : 5);

export const SERVICE_UNAVAILABLE_MESSAGE = msg(
  "服务暂时不可用,请稍后重试",
  "The service is temporarily unavailable, please retry shortly",
);

/**
 * The client-facing error for an unavailable database. Its `http` extension makes Apollo answer
 * 503 + Retry-After even where no plugin runs (an error while building the request's context);
 * format-error removes nothing a client needs.
 */
export function serviceUnavailable(kind: Unavailability): GraphQLError {
  const seconds = retryAfterSeconds(kind);
  const { message, extensions } = serviceUnavailableError(SERVICE_UNAVAILABLE_MESSAGE, seconds);
  return new GraphQLError(message, {
    extensions: {
      ...extensions,
      unavailability: kind,
      http: { status: 503, headers: new Map([["retry-after", String(seconds)]]) },
    },
  });
}

/** Rethrows `e` as SERVICE_UNAVAILABLE when the database cannot answer; otherwise rethrows it as it is. */
export function rethrowUnavailable(e: unknown): never {
  const kind = databaseUnavailable(e);
  throw kind ? serviceUnavailable(kind) : e;
}

/**
 * A SERVICE_UNAVAILABLE error as every 503 of ours carries it, GraphQL's and the plain handlers' and
 * the starting server's alike: `message` in the request's language, both texts in
 * `extensions.messages`, and when to retry.
 */
export function serviceUnavailableError(
  message: Message,
  retryAfter: number,
  locale: Locale = DEFAULT_LOCALE,
  path?: readonly (string | number)[],
) {
  return {
    message: message.in(locale),
    ...(path ? { path } : {}),
    extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: retryAfter, messages: message.texts },
  };
}

/** The formatted GraphQL error a client sees for an unavailable database (format-error.ts; its language set per request by messagesInRequestLocale). */
export function unavailableFormatted(kind: Unavailability, path: readonly (string | number)[] | undefined) {
  return serviceUnavailableError(SERVICE_UNAVAILABLE_MESSAGE, retryAfterSeconds(kind), DEFAULT_LOCALE, path);
}

/**
 * For plain HTTP handlers (exports, images): answers 503 + Retry-After, in the request's language
 * (express's `res.req`), and returns true when `e` is an unavailable database.
 */
export function answerUnavailable(
  e: unknown,
  res: {
    headersSent: boolean;
    req?: { headers: Record<string, string | string[] | undefined> };
    status(n: number): unknown;
    set(h: string, v: string): unknown;
    json(b: unknown): unknown;
  },
): boolean {
  const kind = databaseUnavailable(e);
  if (!kind) return false;
  if (!res.headersSent) {
    const retryAfter = retryAfterSeconds(kind);
    res.status(503);
    res.set("Retry-After", String(retryAfter));
    res.set("Cache-Control", "no-store");
    const locale = res.req ? localeOf(res.req.headers) : DEFAULT_LOCALE;
    res.json({ errors: [serviceUnavailableError(SERVICE_UNAVAILABLE_MESSAGE, retryAfter, locale)] });
  }
  return true;
}

/**
 * Apollo plugin: a response carrying a SERVICE_UNAVAILABLE error is HTTP 503 with Retry-After,
 * whatever else it holds (GraphQL over HTTP would answer 200 for an execution error).
 */
export function serviceUnavailablePlugin() {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({
          response,
        }: {
          response: { body: unknown; http: { status?: number; headers: Map<string, string> } };
        }) {
          const body = response.body as {
            kind: string;
            singleResult?: { errors?: readonly { extensions?: Record<string, unknown> }[] };
          };
          const errors = body.kind === "single" ? body.singleResult?.errors : undefined;
          const hit = errors?.find((e) => e.extensions?.code === "SERVICE_UNAVAILABLE");
          if (!hit) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(hit.extensions?.retryAfterSeconds ?? 5));
        },
      };
    },
  };
}

// ------------------------------------------------------------------------------------------------
// A write dated in an approved (locked) reporting period: the ledger's trigger (migration
// 1763900000028, docs/reporting.md) raises SQLSTATE XZ001 with a DETAIL holding the period, the
// pairing's name and who approved it when. Every client sees CONFLICT saying so; never the SQL.
// ------------------------------------------------------------------------------------------------

/** Our own SQLSTATE for "this month's reporting period is approved and locked". */
export const PERIOD_LOCKED_SQLSTATE = "XZ001";

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The message for a write refused by a locked period: which month, which pairing, approved by whom and when. */
export function periodLockedMessage(p: { month: string; pairing: string; approver: string; approvedAt: string }) {
  const [y, m] = p.month.split("-").map(Number);
  return msg(
    `${y}年${m}月(${p.pairing})的报送已于 ${p.approvedAt} 由 ${p.approver || "审核人"} 审核锁定,不能写入该月的数据;如需更正,请在当前开放的月份录入更正,或请协作办解锁`,
    `The reporting period ${EN_MONTHS[m - 1]} ${y} (${p.pairing}) was approved by ${p.approver || "a reviewer"} on ${p.approvedAt} and is locked: nothing dated in it can be written. Record a correction in the current open month, or ask the coordinator to unlock it`,
  );
}

/** CONFLICT for a write refused by a locked period (whatever wraps the database's error); null for anything else. */
export function periodLocked(e: unknown): GraphQLError | null {
  for (const o of chain(e)) {
    if (o.code !== PERIOD_LOCKED_SQLSTATE || typeof o.detail !== "string") continue;
    let p: { month?: unknown; pairing?: unknown; approver?: unknown; approvedAt?: unknown };
    try {
      p = JSON.parse(o.detail) as typeof p;
    } catch {
      p = {};
    }
    const m = periodLockedMessage({
      month: /^\d{4}-\d{2}$/.test(String(p.month)) ? String(p.month) : "2000-01",
      pairing: String(p.pairing ?? ""),
      approver: String(p.approver ?? ""),
      approvedAt: String(p.approvedAt ?? ""),
    });
    return new GraphQLError(m.zh, {
      extensions: { code: "CONFLICT", messages: m.texts, period: { month: p.month, approvedAt: p.approvedAt } },
    });
  }
  return null;
}
