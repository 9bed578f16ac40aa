import { badInput } from "./errors";
import { allOf, cond, EVERY_ROW, param, type Scope } from "./scoped";
import { msg } from "./messages";

/**
 * The platform's calendar is China's: a figure recorded at 07:00 in Beijing belongs to that day,
 * although UTC still says yesterday. All "today" and "this year" questions go through here.
 */
export const PLATFORM_TIME_ZONE = "Asia/Shanghai";

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: PLATFORM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

// The last answer, by UTC minute: Intl's format costs ~10 µs, and a placement and a step each ask
// several times (issue 14: ~1 % of an order operation's CPU). China's offset has been whole hours
// since 1901, so a day never begins inside a minute and one minute has one date.
let lastMinute = NaN;
let lastDay = "";

/** Today in China as "YYYY-MM-DD". */
export function today(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = dayFormat.format(now);
    lastMinute = minute;
  }
  return lastDay;
}

/** This year in China. */
export function currentYear(now: Date = new Date()): number {
  return Number(today(now).slice(0, 4));
}

/**
 * The date rules a recorded fact obeys (a delivery, a placement, a visit, a report): it has
 * happened, so it is not after today in China's calendar. One wording for every field; a caller
 * whose domain says it better (a training "once it has ended") passes its own message.
 * BAD_USER_INPUT naming `field`; the message never repeats the date sent.
 */
export const FUTURE_DATE_MESSAGE = msg("日期不能晚于今天", "The date cannot be in the future");

/** The earliest date a record may carry: the platform holds nothing older (agreements began in 2016). */
export const EARLIEST_RECORD_DATE = "2000-01-01";

/** `date` when it is not in the future; BAD_USER_INPUT naming `field` otherwise. */
export function notInFuture(
  date: string,
  field: string,
  message = FUTURE_DATE_MESSAGE,
  now: Date = new Date(),
): string {
  if (date > today(now)) throw badInput(field, message);
  return date;
}

/**
 * A date a record carries in the ledger's and investment's stricter form: not in the future, not
 * before EARLIEST_RECORD_DATE, and not before `notBefore` (e.g. a tranche not before the signing).
 */
export function recordedDate(
  date: string,
  field: string,
  notBefore?: { date: string; what: string },
  now: Date = new Date(),
): string {
  notInFuture(date, field, FUTURE_DATE_MESSAGE, now);
  if (date < EARLIEST_RECORD_DATE) throw badInput(field, msg("日期过早", "Date too early"));
  if (notBefore && date < notBefore.date) {
    throw badInput(field, msg(`日期不能早于${notBefore.what}(${notBefore.date})`, `Not before ${notBefore.date}`));
  }
  return date;
}

/**
 * A timestamp column within China's calendar days `from`..`to` (both inclusive, "YYYY-MM-DD", either
 * may be absent): the logs' date-range filter. A range that ends before it starts is BAD_USER_INPUT
 * naming `to`. Dates arrive checked by the Date scalar (or `isValidIsoDate` for a query string).
 */
export function withinDays(column: string, from: string | null | undefined, to: string | null | undefined): Scope {
  if (from && to && to < from)
    throw badInput("to", msg("结束日期不能早于开始日期", "The end date is before the start date"));
  const parts: Scope[] = [];
  if (from) parts.push(cond`${column} >= (${param(from)}::date)::timestamp AT TIME ZONE ${param(PLATFORM_TIME_ZONE)}`);
  if (to) parts.push(cond`${column} < (${param(to)}::date + 1)::timestamp AT TIME ZONE ${param(PLATFORM_TIME_ZONE)}`);
  return parts.length ? allOf(...parts) : EVERY_ROW;
}

const timeFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: PLATFORM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** A moment as China's wall-clock time, "2026-11-29 18:53:01" (for spreadsheets). */
export function chinaTime(at: Date): string {
  return timeFormat.format(at);
}
