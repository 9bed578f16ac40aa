import type { GraphQLFormattedError } from "graphql";
import type { AppLocale } from "./format";

/** The codes the server puts in `extensions.code` (docs/api-contract.md). */
export const KNOWN_CODES = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof KNOWN_CODES)[number];

const CJK = /[\u3400-\u9fff]/;

export function codeOf(e: Pick<GraphQLFormattedError, "extensions">): ErrorCode | null {
  const code = e.extensions?.code;
  return typeof code === "string" && (KNOWN_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : null;
}

/** What a server error (GraphQL, or the body of an upload or export route) may carry. */
export interface ServerMessage {
  message: string;
  extensions?: { messages?: unknown; [k: string]: unknown } | null;
}

/** The texts the server sends in `extensions.messages`, keyed by locale, when they are there. */
function textsOf(e: ServerMessage): Partial<Record<AppLocale, string>> | null {
  const m = e.extensions?.messages;
  if (!m || typeof m !== "object") return null;
  const texts = m as Record<string, unknown>;
  return typeof texts["zh-CN"] === "string" && typeof texts.en === "string"
    ? { "zh-CN": texts["zh-CN"] as string, en: texts.en as string }
    : null;
}

/**
 * A server error in the current locale. The server sends each message in both languages, apart
 * (`extensions.messages`), and `message` in the language the app asked for (the X-Locale header):
 * the text for `locale` is taken from those. Messages the server did not write (graphql-js's own
 * validation errors, English only) are kept when they suit the locale; otherwise the generic text for
 * their code is used (`generic`), so a person never reads the other language.
 */
export function localizeServerMessage(e: ServerMessage | string, locale: AppLocale, generic: string | null): string {
  const err = typeof e === "string" ? { message: e } : e;
  const texts = textsOf(err);
  if (texts?.[locale]) return texts[locale]!;
  const isChinese = CJK.test(err.message);
  if (locale === "zh-CN" ? isChinese : !isChinese) return err.message;
  return generic ?? err.message;
}

/** "input.amount" or "amount" → "amount": forms name their items after the input's fields. */
export function normaliseField(field: unknown): string | null {
  if (typeof field !== "string" || field === "") return null;
  const parts = field.split(".");
  return parts[parts.length - 1] ?? null;
}

/** Extracts GraphQL errors from whatever a mutation threw (ApolloError or a bare list). */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (!error || typeof error !== "object") return [];
  const e = error as { graphQLErrors?: readonly GraphQLFormattedError[]; errors?: readonly GraphQLFormattedError[] };
  return e.graphQLErrors ?? e.errors ?? [];
}

export interface SplitErrors {
  /** Messages keyed by the form field they belong to. */
  fields: Record<string, string>;
  /** BAD_USER_INPUT messages naming a field this form does not show (nobody has shown them yet). */
  unplaced: string[];
  /** Every other message (the app's error link has already shown these). */
  other: string[];
}

/**
 * Splits a mutation's errors into those a form shows beside a field (BAD_USER_INPUT with
 * `extensions.field` naming one of `formFields`) and the rest, localised.
 */
export function splitFieldErrors(
  error: unknown,
  formFields: readonly string[],
  locale: AppLocale,
  genericFor: (code: ErrorCode | null) => string,
): SplitErrors {
  const out: SplitErrors = { fields: {}, unplaced: [], other: [] };
  for (const e of graphQLErrorsOf(error)) {
    const code = codeOf(e);
    const text = localizeServerMessage(e, locale, genericFor(code));
    const field = code === "BAD_USER_INPUT" ? normaliseField(e.extensions?.field) : null;
    if (field && formFields.includes(field))
      out.fields[field] = out.fields[field] ? `${out.fields[field]}；${text}` : text;
    else if (field) out.unplaced.push(text);
    else out.other.push(text);
  }
  return out;
}

/** True for errors a form handles itself (shown beside a field), so the global handler stays quiet. */
export function isFieldError(e: GraphQLFormattedError): boolean {
  return codeOf(e) === "BAD_USER_INPUT" && normaliseField(e.extensions?.field) != null;
}
