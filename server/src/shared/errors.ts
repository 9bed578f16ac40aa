import { GraphQLError } from "graphql";

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

export class AppError extends GraphQLError {
  constructor(code: RefusalCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Bad input, naming the input field that is wrong so a form can show the message beside it. */
export const badInput = (field: string, message: string) => new AppError("BAD_USER_INPUT", message, { field });
export const unauthenticated = (message = "请先登录 / Please sign in") => new AppError("UNAUTHENTICATED", message);
export const forbidden = (message = "无权执行此操作 / Not allowed") => new AppError("FORBIDDEN", message);
/**
 * Also used for rows outside the caller's scope: we do not confirm that they exist. `field` names
 * the input that held the id, so a form can show the message beside it.
 */
export const notFound = (what: string, field?: string) => {
  // `what` may be bilingual, "结对关系 / Pairing": each language gets its own half.
  const [zh, en = zh] = what.split(" / ");
  return new AppError("NOT_FOUND", `${zh}不存在 / ${en} not found`, field ? { field } : {});
};
/** `field`, when given, names the input the conflict is about (e.g. a duplicate name). */
export const conflict = (message: string, field?: string) => new AppError("CONFLICT", message, field ? { field } : {});
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
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
