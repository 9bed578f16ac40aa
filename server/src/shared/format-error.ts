import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "pino";
import { databaseUnavailable, unavailableFormatted } from "./db-errors";

/** Input fields holding personal data: a coercion error on them must not repeat the value sent. */
const PERSONAL_FIELDS = new Set(["idNumber", "phone"]);

const CLIENT_CODES = new Set([
  "BAD_USER_INPUT", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_MANY_REQUESTS",
  "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED",
]);

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The first failing leaf of class-validator's tree: its field name and message. */
function firstViolation(errors: ValidationErrorLike[]): { field: string; message: string } | null {
  for (const e of errors) {
    if (e.constraints && Object.keys(e.constraints).length) return { field: e.property, message: Object.values(e.constraints)[0] };
    const child = e.children?.length ? firstViolation(e.children) : null;
    if (child) return child;
  }
  return null;
}

/**
 * What a client may see of an error: stable codes with readable messages, the field at fault for
 * BAD_USER_INPUT, and in production never a stack, SQL or internal message.
 */
export function createErrorFormatter(production: boolean, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // A database that cannot answer: SERVICE_UNAVAILABLE (503, see db-errors.ts), never its message (host, port).
    const unavailable = databaseUnavailable(error);
    if (unavailable) {
      log.warn({ err: { message: (unwrapResolverError(error) as Error)?.message }, path: formatted.path }, "database unavailable");
      return unavailableFormatted(unavailable, formatted.path);
    }
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    const { stacktrace, validationErrors, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (code === "BAD_USER_INPUT" && Array.isArray(validationErrors)) {
      const v = firstViolation(validationErrors as ValidationErrorLike[]);
      if (v) return { ...formatted, message: v.message, extensions: { ...extensions, code, field: v.field } };
    }
    if (code === "BAD_USER_INPUT" && !extensions.field) {
      // Variable coercion: 'Variable "$input" got invalid value "1.005" at "input.amount"; …'
      const at = /at "([^"]+)"/.exec(formatted.message) ?? /^Variable "\$(\w+)"/.exec(formatted.message);
      if (at) extensions.field = at[1].split(".").pop();
      // graphql-js repeats the value it could not coerce ('got invalid value 5204…'): not for personal data.
      if (PERSONAL_FIELDS.has(String(extensions.field))) {
        return { message: "输入格式不正确 / Invalid value", path: formatted.path, extensions: { code, field: extensions.field } };
      }
    }
    if (CLIENT_CODES.has(code)) {
      return { ...formatted, extensions: production ? extensions : { ...extensions, ...(stacktrace ? { stacktrace } : {}) } };
    }
    const original = unwrapResolverError(error) as Error;
    log.error({ err: { message: original?.message, name: original?.name, stack: original?.stack }, path: formatted.path }, "unexpected error");
    if (production) {
      return { message: "服务器内部错误 / Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    return { ...formatted, extensions: { ...extensions, code: "INTERNAL_SERVER_ERROR", ...(stacktrace ? { stacktrace } : {}) } };
  };
}
