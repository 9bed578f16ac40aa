/**
 * The platform's calendar is China's: a figure recorded at 07:00 in Beijing belongs to that day,
 * although UTC still says yesterday. All "today" and "this year" questions go through here.
 */
export const PLATFORM_TIME_ZONE = "Asia/Shanghai";

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: PLATFORM_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in China as "YYYY-MM-DD". */
export function today(now: Date = new Date()): string {
  return dayFormat.format(now);
}

/** This year in China. */
export function currentYear(now: Date = new Date()): number {
  return Number(today(now).slice(0, 4));
}
