import { describe, expect, it } from "vitest";
import { EARLIEST_RECORD_DATE, FUTURE_DATE_MESSAGE, currentYear, notInFuture, recordedDate, today } from "./dates";
import { type Message, msg } from "./messages";

describe("platform dates", () => {
  it("uses China's calendar day, not UTC's", () => {
    expect(today(new Date("2026-11-23T16:30:00Z"))).toBe("2026-11-24");
    expect(today(new Date("2026-11-23T15:59:59Z"))).toBe("2026-11-23");
    expect(currentYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });

  it("answers from its last minute only within that minute (the day turns at 16:00Z)", () => {
    expect(today(new Date("2026-11-23T15:59:00Z"))).toBe("2026-11-23");
    expect(today(new Date("2026-11-23T15:59:59.999Z"))).toBe("2026-11-23");
    expect(today(new Date("2026-11-23T16:00:00Z"))).toBe("2026-11-24");
    expect(today(new Date("2026-11-23T15:59:30Z"))).toBe("2026-11-23");
  });
});

describe("date rules of a recorded fact", () => {
  // 2026-11-23T16:30Z is already 2026-11-24 in China: "today" is China's day, not UTC's.
  const now = new Date("2026-11-23T16:30:00Z");
  /** What a refusal looks like: BAD_USER_INPUT naming the field, with the message. */
  const refused = (field: string, message: Message) =>
    expect.objectContaining({
      message: message.zh,
      extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field, messages: message.texts }),
    });

  it("accepts today in China and refuses tomorrow, naming the field, with one wording", () => {
    expect(notInFuture("2026-11-24", "placedOn", undefined, now)).toBe("2026-11-24");
    expect(() => notInFuture("2026-11-25", "placedOn", undefined, now)).toThrow(
      refused("placedOn", FUTURE_DATE_MESSAGE),
    );
  });

  it("takes a domain's own wording and never repeats the date sent", () => {
    const message = msg("只记录已结束的培训", "Record a session once it has ended");
    expect(() => notInFuture("2026-12-01", "endsOn", message, now)).toThrow(refused("endsOn", message));
    expect(() => notInFuture("2026-12-01", "endsOn", undefined, now)).not.toThrow(/2026-12-01/);
    expect(() => notInFuture("2026-12-01", "endsOn", undefined, now)).toThrow();
  });

  it("recordedDate also refuses dates before the platform's first and before `notBefore`", () => {
    expect(recordedDate("2026-01-05", "signedOn", { date: "2026-01-05", what: "上一阶段" }, now)).toBe("2026-01-05");
    expect(() => recordedDate("2026-11-25", "signedOn", undefined, now)).toThrow(
      refused("signedOn", FUTURE_DATE_MESSAGE),
    );
    expect(() => recordedDate("1999-12-31", "occurredOn", undefined, now)).toThrow(
      refused("occurredOn", msg("日期过早", "Date too early")),
    );
    expect(EARLIEST_RECORD_DATE).toBe("2000-01-01");
    expect(recordedDate(EARLIEST_RECORD_DATE, "occurredOn", undefined, now)).toBe("2000-01-01");
    expect(() => recordedDate("2026-01-04", "signedOn", { date: "2026-01-05", what: "上一阶段" }, now)).toThrow(
      refused("signedOn", msg("日期不能早于上一阶段(2026-01-05)", "Not before 2026-01-05")),
    );
  });
});
