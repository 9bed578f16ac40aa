import { Kind, parse, visit, type GraphQLError, type GraphQLFormattedError, type ValueNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "pino";
import { databaseUnavailable, periodLocked, unavailableFormatted } from "./db-errors";
import { maskPersonalData } from "./logger";
import { SCALAR_MESSAGES } from "./scalars";
import { fromValidationMessage, localeOf, type Message, type MessageTexts, msg } from "./messages";

const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

interface ValidationErrorLike {
  property: string;
  value?: unknown;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The first failing leaf of class-validator's tree: its field name, message and the value sent. */
function firstViolation(errors: ValidationErrorLike[]): { field: string; message: string; value: unknown } | null {
  for (const e of errors) {
    if (e.constraints && Object.keys(e.constraints).length)
      return { field: e.property, message: Object.values(e.constraints)[0], value: e.value };
    const child = e.children?.length ? firstViolation(e.children) : null;
    if (child) return child;
  }
  return null;
}

// ------------------------------------------------------------------------------------------------
// Errors never repeat the value a client sent (it may be an ID number typed into a search, a phone
// in a wrong-typed field). graphql-js quotes it in coercion and validation messages; these are
// rewritten here from what they say about the type and the field, never from the value.
// ------------------------------------------------------------------------------------------------

const INVALID = msg("输入格式不正确", "Invalid value");

/** Type names in graphql-js messages: letters only, so no number sent can pass for one. */
const TYPE = "([A-Za-z_][A-Za-z_]*)";

/** A value-free reason for graphql-js's inner coercion message ("String cannot represent …: <value>"). */
function reason(inner: string): Message {
  // Our scalars' messages (never quoting the value) end the text when they are the cause.
  for (const m of SCALAR_MESSAGES) if (inner.endsWith(m.zh)) return m;
  const scalar = /^(String|Int|Float|Boolean|ID) cannot represent/.exec(inner)?.[1];
  if (scalar === "String") return msg("应为文本", "Expected text");
  if (scalar === "Int") return msg("应为 32 位整数", "Expected a whole number (32-bit)");
  if (scalar === "Float") return msg("应为数字", "Expected a number");
  if (scalar === "Boolean") return msg("应为 true 或 false", "Expected true or false");
  if (scalar === "ID") return msg("应为编号文本", "Expected an id as text");
  const enumName =
    new RegExp(`in "${TYPE}" enum`).exec(inner)?.[1] ?? new RegExp(`^Enum "${TYPE}" cannot represent`).exec(inner)?.[1];
  if (enumName) return msg(`不是 ${enumName} 的可选值`, `Not a value of ${enumName}`);
  const required = new RegExp(`^Field "${TYPE}" of required type "([A-Za-z_![\]]+)" was not provided`).exec(inner);
  if (required) return msg(`缺少必填项 ${required[1]}`, `Field "${required[1]}" of type "${required[2]}" is required`);
  const unknownIn = new RegExp(`is not defined by type "${TYPE}"`).exec(inner)?.[1];
  if (unknownIn) return msg(`含有 ${unknownIn} 未定义的字段`, `Has a field that ${unknownIn} does not define`);
  const object = new RegExp(`^Expected type "${TYPE}" to be an object`).exec(inner)?.[1];
  if (object) return msg(`应为 ${object} 对象`, `Expected a ${object} object`);
  return INVALID;
}

/** "input.lines[0].productId" → "productId" (schema names and indices only, never a value). */
const lastName = (path: string) =>
  path
    .replace(/\[\d+\]/g, "")
    .split(".")
    .pop() ?? path;

/** The argument or input field whose value starts at `offset` in the document `body`. */
function fieldAt(body: string, offset: number): string | undefined {
  let found: string | undefined;
  const visitValue = (name: string, v: ValueNode) => {
    if (v.loc?.start === offset) found ??= name;
    if (v.kind === Kind.OBJECT) for (const f of v.fields) visitValue(f.name.value, f.value);
    if (v.kind === Kind.LIST) for (const x of v.values) visitValue(name, x);
  };
  try {
    visit(parse(body), {
      Argument: (n) => visitValue(n.name.value, n.value),
      VariableDefinition: (n) => (n.defaultValue ? visitValue(n.variable.name.value, n.defaultValue) : undefined),
    });
  } catch {
    return undefined;
  }
  return found;
}

/** The argument or input field a literal's validation error points at. */
function literalField(error: unknown): string | undefined {
  const original = error as GraphQLError | undefined;
  const start = original?.nodes?.[0]?.loc?.start;
  const body = original?.source?.body;
  return start !== undefined && body ? fieldAt(body, start) : undefined;
}

/**
 * graphql-js's coercion, validation and syntax messages without the value sent; BAD_USER_INPUT
 * gains `field` where the message names it. Other errors pass unchanged.
 */
function withoutEchoedValue(
  formatted: GraphQLFormattedError,
  error: unknown,
): { message: Message; field?: string } | null {
  const message = formatted.message;
  // Variables: 'Variable "$i" got invalid value "…" at "i.amount"; Money must …'
  // (a path is schema names and indices: each name starts with a letter, so no number sent passes as one)
  const variable =
    /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*)")?; ([\s\S]*)$/.exec(
      message,
    );
  if (variable) {
    const [, name, path, inner] = variable;
    return {
      message: reason(inner).map((t) => `${t} (${path ? `"${path.replace(/^\w+\.?/, "") || name}"` : `$${name}`})`),
      field: path ? lastName(path) : name,
    };
  }
  const variableShort = /^Variable "\$(\w+)" got invalid value/.exec(message);
  if (variableShort) return { message: INVALID, field: variableShort[1] };
  // Literals: 'Expected value of type "Int!", found "5204…"; Int cannot represent …'
  const literal = /^Expected value of type "([A-Za-z_![\]]+)", found [\s\S]*?(?:; ([\s\S]*)|\.)$/.exec(message);
  if (literal)
    return {
      message: (literal[2] ? reason(literal[2]) : INVALID).map((t) => `${t} (${literal[1]})`),
      field: literalField(error),
    };
  // A literal the scalar itself refused: graphql-js reports the scalar's message alone ("Int cannot
  // represent non-integer value: …"; also an enum's), at the value's location.
  if (
    /^(String|Int|Float|Boolean|ID) cannot represent|^Value "[\s\S]*" does not exist in "\w+" enum|^Enum "\w+" cannot represent/.test(
      message,
    ) ||
    SCALAR_MESSAGES.some((m) => m.zh === message)
  ) {
    return { message: reason(message), field: literalField(error) };
  }
  // Syntax errors quote the token they stopped at: keep the reason, not the token.
  if (/^Syntax Error:/.test(message)) {
    const clean = message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"');
    return { message: msg(`语法错误${clean.slice("Syntax Error:".length)}`, clean) };
  }
  return null;
}

/** Apollo's own persisted-query refusals, which carry no code or HTTP 200; see persistedQueryStatus. */
const PERSISTED_QUERY_MESSAGES: Record<string, Message> = {
  "provided sha does not match query": msg("持久化查询的哈希与查询不符", "provided sha does not match query"),
  "Unsupported persisted query version": msg("不支持的持久化查询版本", "Unsupported persisted query version"),
};

/**
 * What a client may see of an error: stable codes with readable messages, the field at fault for
 * BAD_USER_INPUT, and in production never a stack, SQL or internal message. In any mode, no
 * message repeats the value sent, and none carries an ID or mobile number (masked as in the log).
 */
export function createErrorFormatter(production: boolean, log: Logger) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // A database that cannot answer: SERVICE_UNAVAILABLE (503, see db-errors.ts), never its message (host, port).
    const unavailable = databaseUnavailable(error);
    if (unavailable) {
      log.warn(
        { err: { message: (unwrapResolverError(error) as Error)?.message }, path: formatted.path },
        "database unavailable",
      );
      return unavailableFormatted(unavailable, formatted.path);
    }
    // A write dated in an approved reporting period (the ledger's lock trigger): CONFLICT naming the period.
    const locked = periodLocked(error);
    if (locked) return { message: locked.message, path: formatted.path, extensions: locked.extensions };
    let code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    const { stacktrace, validationErrors, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (PERSISTED_QUERY_MESSAGES[formatted.message]) {
      return withMessage(
        { message: "", extensions: { code: "BAD_REQUEST" } },
        PERSISTED_QUERY_MESSAGES[formatted.message],
      );
    }
    if (code === "BAD_USER_INPUT" && Array.isArray(validationErrors)) {
      const v = firstViolation(validationErrors as ValidationErrorLike[]);
      // A message written with class-validator's $value would quote the input: say less instead.
      const echoes = v && v.value != null && String(v.value).length > 0 && v.message.includes(String(v.value));
      if (v)
        return withMessage(
          { ...formatted, extensions: { ...extensions, code, field: v.field } },
          echoes ? INVALID : fromValidationMessage(v.message),
        );
    }
    if (code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED" || code === "GRAPHQL_PARSE_FAILED") {
      const clean = withoutEchoedValue(formatted, error);
      if (clean) {
        formatted = withMessage(formatted, clean.message);
        extensions.messages = clean.message.texts;
        if (code === "BAD_USER_INPUT" && clean.field && !extensions.field) extensions.field = clean.field;
        if (code === "GRAPHQL_VALIDATION_FAILED" && clean.field) extensions.field = clean.field;
      }
    }
    if (code === "BAD_USER_INPUT" && !extensions.field) {
      // 'Variable "$input" of required type …': the variable names the field.
      const at = /^Variable "\$(\w+)"/.exec(formatted.message);
      if (at) extensions.field = at[1];
    }
    if (CLIENT_CODES.has(code)) {
      // No stack for a refusal, in any mode: its first line is graphql-js's message, value and all.
      return { ...formatted, extensions };
    }
    code = "INTERNAL_SERVER_ERROR";
    const original = unwrapResolverError(error) as Error;
    // The log masks ID and mobile numbers in every line (logger.ts), message and stack included.
    log.error(
      { err: { message: original?.message, name: original?.name, stack: original?.stack }, path: formatted.path },
      "unexpected error",
    );
    if (production) {
      return withMessage(
        { message: "", path: formatted.path, extensions: { code } },
        msg("服务器内部错误", "Internal server error"),
      );
    }
    return {
      ...formatted,
      extensions: {
        ...extensions,
        code,
        ...(stacktrace ? { stacktrace: (stacktrace as unknown[]).map((l) => maskPersonalData(String(l))) } : {}),
      },
    };
  };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    const texts = out.extensions?.messages as MessageTexts | undefined;
    return {
      ...out,
      message: maskPersonalData(out.message),
      ...(texts
        ? {
            extensions: {
              ...out.extensions,
              messages: { "zh-CN": maskPersonalData(texts["zh-CN"]), en: maskPersonalData(texts.en) },
            },
          }
        : {}),
    };
  };
}

/** A formatted error saying `m`: `message` in Chinese until the request's language is known (below), both in `extensions.messages`. */
function withMessage(formatted: GraphQLFormattedError, m: Message): GraphQLFormattedError {
  return { ...formatted, message: m.zh, extensions: { ...formatted.extensions, messages: m.texts } };
}

/**
 * `message` in the request's language (X-Locale, else Accept-Language, else zh-CN; messages.ts), for
 * every error that carries both texts in `extensions.messages`; graphql-js's own messages (English
 * only) are left as they are, and the web app shows its generic text for their code in Chinese.
 * A plugin, because formatError does not see the request.
 */
export const messagesInRequestLocale: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const locale = localeOf(request.http?.headers ?? new Map());
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const result = response.body.singleResult;
        if (!result.errors?.length) return;
        result.errors = result.errors.map((e) => {
          const texts = e.extensions?.messages as MessageTexts | undefined;
          return texts && typeof texts[locale] === "string" ? { ...e, message: texts[locale] } : e;
        });
      },
    };
  },
};

/**
 * Apollo answers an unknown persisted-query hash (and an unsupported one) with HTTP 200 and a wrong
 * hash with its own code-less error: both are refusals of the request as sent, so HTTP 400.
 */
export const persistedQueryStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const errors = response.body.singleResult.errors ?? [];
        if (
          errors.length &&
          response.body.singleResult.data === undefined &&
          errors.every((e) => String(e.extensions?.code).startsWith("PERSISTED_QUERY_"))
        ) {
          response.http.status = 400;
        }
      },
    };
  },
};
