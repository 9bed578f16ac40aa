import { describe, expect, it } from "vitest";
import { amountFilter, checkMove, moveChoices, type MoveForm } from "./investment";

const form = (f: Partial<MoveForm> = {}): MoveForm => ({
  occurredOn: "2026-11-20",
  contractAmount: "",
  signedOn: "2026-11-20",
  reason: "",
  note: "",
  ...f,
});

describe("stage moves", () => {
  it("orders the server's allowed moves forward first, dropping last, with what each asks for", () => {
    expect(moveChoices(["DROPPED", "SIGNED"])).toEqual([
      { stage: "SIGNED", needs: "contract", exit: false },
      { stage: "DROPPED", needs: "reason", exit: true },
    ]);
    expect(moveChoices(["DROPPED", "SITE_VISIT"]).map((c) => c.stage)).toEqual(["SITE_VISIT", "DROPPED"]);
    expect(moveChoices(["IN_PRODUCTION", "DROPPED"])[0]).toEqual({ stage: "IN_PRODUCTION", needs: null, exit: false });
    expect(moveChoices([])).toEqual([]);
  });

  it("signing needs a positive amount of yuan (two decimals at most) and a date", () => {
    const [sign] = moveChoices(["SIGNED"]);
    expect(checkMove(sign, form(), "2026-11-01", "2026-11-23")).toEqual({
      ok: false,
      errors: { contractAmount: "required" },
    });
    expect(checkMove(sign, form({ contractAmount: "12.345" }), "2026-11-01", "2026-11-23")).toEqual({
      ok: false,
      errors: { contractAmount: "format" },
    });
    expect(checkMove(sign, form({ contractAmount: "-5" }), "2026-11-01", "2026-11-23")).toEqual({
      ok: false,
      errors: { contractAmount: "positive" },
    });
    expect(checkMove(sign, form({ contractAmount: "0" }), "2026-11-01", "2026-11-23")).toEqual({
      ok: false,
      errors: { contractAmount: "positive" },
    });
    expect(checkMove(sign, form({ contractAmount: "50,000,000", signedOn: "" }), "2026-11-01", "2026-11-23")).toEqual({
      ok: false,
      errors: { signedOn: "required" },
    });
    expect(
      checkMove(sign, form({ contractAmount: "50,000,000.5", note: " 框架协议 " }), "2026-11-01", "2026-11-23"),
    ).toEqual({
      ok: true,
      input: { stage: "SIGNED", contractAmount: "50000000.50", signedOn: "2026-11-20", note: "框架协议" },
    });
  });

  it("dates are neither in the future nor before the last stage change", () => {
    const [visit] = moveChoices(["SITE_VISIT"]);
    expect(checkMove(visit, form({ occurredOn: "2026-11-24" }), "2026-11-01", "2026-11-23")).toEqual({
      ok: false,
      errors: { occurredOn: "future" },
    });
    expect(checkMove(visit, form({ occurredOn: "2026-10-31" }), "2026-11-01", "2026-11-23")).toEqual({
      ok: false,
      errors: { occurredOn: "beforeLast" },
    });
    expect(checkMove(visit, form({ occurredOn: "2026-11-01" }), "2026-11-01", "2026-11-23")).toEqual({
      ok: true,
      input: { stage: "SITE_VISIT", occurredOn: "2026-11-01", note: undefined },
    });
  });

  it("dropping needs a reason", () => {
    const drop = moveChoices(["SITE_VISIT", "DROPPED"])[1];
    expect(checkMove(drop, form({ reason: "  " }), "2026-11-01", "2026-11-23")).toEqual({
      ok: false,
      errors: { reason: "required" },
    });
    expect(checkMove(drop, form({ reason: "资金链断裂" }), "2026-11-01", "2026-11-23")).toEqual({
      ok: true,
      input: { stage: "DROPPED", occurredOn: "2026-11-20", reason: "资金链断裂", note: undefined },
    });
  });
});

describe("amount filters", () => {
  it("empty is no filter, amounts are normalised, anything else is refused", () => {
    expect(amountFilter("")).toBeNull();
    expect(amountFilter("1,000,000")).toBe("1000000.00");
    expect(amountFilter("abc")).toBe(false);
    expect(amountFilter("-3")).toBe(false);
  });
});
