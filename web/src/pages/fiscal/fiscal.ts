import { allOf } from "@/lib/enums";
import { hundredthsToText, parseHundredths } from "@/lib/format";
import type { FiscalProjectStatus, FiscalSector } from "@/gql/graphql";

export const SECTORS = allOf<FiscalSector>()([
  "INDUSTRY",
  "INFRASTRUCTURE",
  "EDUCATION",
  "HEALTH",
  "LABOUR",
  "LIVING",
  "OTHER",
]);
export const STATUSES = allOf<FiscalProjectStatus>()(["PLANNED", "IN_PROGRESS", "COMPLETED"]);
export const STATUS_TAG: Record<FiscalProjectStatus, "info" | "warning" | "success"> = {
  PLANNED: "info",
  IN_PROGRESS: "warning",
  COMPLETED: "success",
};

/**
 * The counties within a west region, by GB/T 2260 code: 520400 (安顺市) holds 5204xx, 520000
 * (贵州) 52xxxx, a county itself only. The server checks the same (BAD_USER_INPUT on countyId).
 */
export function countiesUnder<C extends { code: string }>(counties: readonly C[], regionCode: string): C[] {
  const prefix = regionCode.replace(/(00)+$/, "");
  return counties.filter((c) => c.code.startsWith(prefix));
}

/** Yuan text a − b, exactly (for "still possible"), never below zero. */
export function yuanMinus(a: string, b: string): string {
  const d = parseHundredths(a) - parseHundredths(b);
  return hundredthsToText(d < 0n ? 0n : d);
}
