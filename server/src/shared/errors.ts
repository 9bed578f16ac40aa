import { GraphQLError } from "graphql";
import { localeOf, type Message, msg } from "./messages";

/**
 * The stable codes of thrown errors (extensions.code): refusals a client may rely on. Business outcomes a client must
 * handle are typed results in the schema instead, coded by the `ErrorCode` enum (outcomes.ts).
 */
export type RefusalCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  /** The database cannot answer now (down, locked, overloaded): HTTP 503 + Retry-After, retry later. See db-errors.ts. */
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

/**
 * A refusal with its message in both languages: `extensions.messages` holds both texts, and
 * `message` the one the request asked for (the `localeOf` plugin in app.ts picks it; zh-CN until then).
 */
export class AppError extends GraphQLError {
  readonly texts: Message;
  constructor(code: RefusalCode, message: Message, extra: Record<string, unknown> = {}) {
    super(message.zh, { extensions: { code, ...extra, messages: message.texts } });
    this.texts = message;
  }
}

/**
 * The `{ errors: [...] }` body of a plain HTTP route (exports, uploads, imports): the same shape as the
 * API's, `message` in the request's language (X-Locale / Accept-Language), both in `extensions.messages`.
 */
export function errorBody(e: AppError, headers: Parameters<typeof localeOf>[0]) {
  return { errors: [{ message: e.texts.in(localeOf(headers)), extensions: e.extensions }] };
}

/** Bad input, naming the input field that is wrong so a form can show the message beside it. */
export const badInput = (field: string, message: Message) => new AppError("BAD_USER_INPUT", message, { field });
export const unauthenticated = (message = msg("请先登录", "Please sign in")) =>
  new AppError("UNAUTHENTICATED", message);
export const forbidden = (message = msg("无权执行此操作", "Not allowed")) => new AppError("FORBIDDEN", message);
/**
 * Also used for rows outside the caller's scope: we do not confirm that they exist. `field` names
 * the input that held the id, so a form can show the message beside it.
 */
export const notFound = (what: Message, field?: string) =>
  new AppError("NOT_FOUND", msg(`${what.zh}不存在`, `${what.en} not found`), field ? { field } : {});
/** `field`, when given, names the input the conflict is about (e.g. a duplicate name). */
export const conflict = (message: Message, field?: string) => new AppError("CONFLICT", message, field ? { field } : {});
export const tooManyRequests = (message: Message, retryAfterSeconds: number) =>
  new AppError("TOO_MANY_REQUESTS", message, { retryAfterSeconds });

/** PostgreSQL error codes we translate into client errors. */
export function isUniqueViolation(e: unknown): boolean {
  return (
    (e as { code?: string })?.code === "23505" ||
    (e as { driverError?: { code?: string } })?.driverError?.code === "23505"
  );
}

/**
 * For `.catch()` handlers that re-word a refusal ("region not found" → BAD_USER_INPUT on the form's
 * field): only a refusal may be re-worded. Anything else, above all a database that could not
 * answer, is rethrown as it is, so a client retries instead of dropping a valid request.
 */
export function rethrowUnlessRefused(e: unknown): void {
  const code = e instanceof GraphQLError ? e.extensions?.code : undefined;
  if (code !== "NOT_FOUND" && code !== "FORBIDDEN" && code !== "BAD_USER_INPUT") throw e;
}
