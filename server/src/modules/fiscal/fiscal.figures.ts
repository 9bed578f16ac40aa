/**
 * Exact figures of a fiscal aid project, from integers only: money in fen, rates as text.
 */

/**
 * `part ÷ whole` as a percentage with two decimals, truncated (not rounded): a rate is never shown
 * above what it is, and the published figures read this way (大姚县 2023: 2,405.4万 of 3,244万 →
 * "74.14", while rounding would give 74.15). Null when `whole` is not positive (nothing allocated).
 * BigInt arithmetic: no float ever touches the money.
 */
export function percentOf(part: number, whole: number): string | null {
  if (!(whole > 0)) return null;
  const hundredths = (BigInt(part) * 10000n) / BigInt(whole);
  const sign = hundredths < 0n ? "-" : "";
  const abs = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** SQL for a project's net money of one kind (alias of the project row). */
export const netOf = (alias: string, kind: string) =>
  `(SELECT COALESCE(SUM(x.amount), 0) FROM fiscal_transaction x WHERE x.project_id = ${alias}.id AND x.kind = '${kind}')`;

/** SQL for a project's latest works progress (null before the first report). */
export const latestPercentOf = (alias: string) =>
  `(SELECT r.percent FROM fiscal_progress_report r WHERE r.project_id = ${alias}.id ORDER BY r.reported_on DESC, r.seq DESC LIMIT 1)`;

/**
 * SQL for the derived status: COMPLETED when the latest works report says 100%, else PLANNED while
 * nothing is allocated (net of reversals), else IN_PROGRESS.
 */
export const statusOf = (alias: string) =>
  `(CASE WHEN ${latestPercentOf(alias)} = 100 THEN 'COMPLETED' WHEN ${netOf(alias, "ALLOCATED")} <= 0 THEN 'PLANNED' ELSE 'IN_PROGRESS' END)`;
