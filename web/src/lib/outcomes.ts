/**
 * Typed business outcomes (the server's ErrorResult members of a mutation's result union: a step the
 * record's state no longer allows, stock or places run out). Every result selects them the same way,
 * `... on ErrorResult { code message }`; the app says each code in the person's language
 * (`outcomes.<CODE>` in src/i18n) and never re-encodes the rule that produced it.
 */
import type { ErrorCode } from "@/gql/graphql";
import { allOf } from "./enums";

/** Every code, so a unit test can check that each has its words in both languages. */
export const ERROR_CODES = allOf<ErrorCode>()(["INVALID_STATE", "OUT_OF_STOCK", "PRODUCT_UNAVAILABLE", "POSTING_FULL"]);

/** What a result union member may be: the record (no `code`) or an outcome. */
export type Outcome = { __typename?: string; code: ErrorCode; message: string };

/** The outcome a mutation answered, or null when it did the step (the record came back). */
export function outcomeOf(result: unknown): Outcome | null {
  if (!result || typeof result !== "object") return null;
  const r = result as Partial<Outcome>;
  return typeof r.code === "string" && typeof r.message === "string" ? (r as Outcome) : null;
}
