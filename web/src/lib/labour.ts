/**
 * 劳务协作 helpers for the labour pages: the ID-number pre-check and retention
 * figures. The server is the judge of every rule (the steps a placement allows come from it, as
 * `Placement.allowedActions`); these only shape what the forms offer.
 */
import type { PlacementStatus, Sex } from "@/gql/graphql";
import { formatPercent } from "./format";

/** 17 digits and a digit or X: the FORM of a resident ID number. */
const ID_FORM = /^\d{17}[\dX]$/;

/** Spaces removed, "x" upper-cased, as the server normalises. */
export const normaliseIdNumber = (raw: string) => raw.replace(/\s+/g, "").toUpperCase();

/**
 * The client's pre-check: only the form (18 characters, digits and a final X). The check digit is
 * deliberately left to the server, whose message is shown beside the field, so a mistyped number
 * is judged in one place and never echoed anywhere.
 */
export const idNumberFormOk = (raw: string) => ID_FORM.test(normaliseIdNumber(raw));

/**
 * Birth year and sex as the ID number states them (digits 7–10; the 17th digit is odd for men),
 * to fill the form in; null while the number is not of the right form or the year is implausible.
 */
export function idNumberFacts(
  raw: string,
  thisYear = new Date().getFullYear(),
): { birthYear: number; sex: Sex } | null {
  const id = normaliseIdNumber(raw);
  if (!ID_FORM.test(id)) return null;
  const birthYear = Number(id.slice(6, 10));
  if (birthYear < 1900 || birthYear > thisYear) return null;
  return { birthYear, sex: Number(id[16]) % 2 === 1 ? "MALE" : "FEMALE" };
}

/** 中国大陆手机号 after spaces and dashes are removed. */
export const mobileOk = (raw: string) => /^1[3-9]\d{9}$/.test(raw.replace(/[\s-]/g, ""));

/** The tag colour of each stage (Element Plus tag types). */
export const STATUS_TAG: Record<PlacementStatus, "info" | "primary" | "success" | "danger"> = {
  PLACED: "info",
  EMPLOYED: "primary",
  STABLE: "success",
  LEFT: "danger",
};

export interface RetentionRow {
  placed: number;
  employed: number;
  stable: number;
  left: number;
  eligible: number;
  retained: number;
}

/** The counties' figures added up; the overall rate is retained ÷ eligible (null when none is eligible). */
export function retentionTotals(rows: readonly RetentionRow[]): RetentionRow & { retentionRate: number | null } {
  const sum = { placed: 0, employed: 0, stable: 0, left: 0, eligible: 0, retained: 0 };
  for (const r of rows) for (const k of Object.keys(sum) as (keyof RetentionRow)[]) sum[k] += r[k];
  return { ...sum, retentionRate: sum.eligible ? sum.retained / sum.eligible : null };
}

/** "83.3%" with one decimal; "—" when none is eligible yet. */
export const retentionText = (rate: number | null | undefined) => formatPercent(rate, 1);
