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

/**
 * The server writes its messages in both languages, "中文 / English". Picks the half for the
 * current locale. A message in one language only is kept when it suits the locale; otherwise the
 * generic text for its code is used (`generic`), so a person never reads the other language.
 */
export function localizeServerMessage(message: string, locale: AppLocale, generic: string | null): string {
  const halves = splitBilingual(message);
  if (halves) return locale === "zh-CN" ? halves.zh : halves.en;
  const isChinese = CJK.test(message);
  if (locale === "zh-CN" ? isChinese : !isChinese) return message;
  return generic ?? message;
}

/**
 * Finds the "/" between a Chinese first half and an English second half (with or without spaces
 * around it). GraphQL's own English prefix of a variable error ('Variable "$input" got invalid
 * value …; ') is dropped from the Chinese half.
 */
function splitBilingual(message: string): { zh: string; en: string } | null {
  for (let i = message.indexOf("/"); i > 0; i = message.indexOf("/", i + 1)) {
    const zh = message
      .slice(0, i)
      .replace(/^[^\u3400-\u9fff]*;\s*/, "")
      .trim();
    const en = message.slice(i + 1).trim();
    if (en && CJK.test(zh) && !CJK.test(en)) return { zh, en };
  }
  return null;
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
    const text = localizeServerMessage(e.message, locale, genericFor(code));
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
