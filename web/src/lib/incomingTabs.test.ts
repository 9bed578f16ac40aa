import { describe, expect, it } from "vitest";
import { INCOMING_TABS, tabCounts, tabFrom, tabStatuses } from "./incomingTabs";
import { SUB_ORDER_STATUSES } from "./enums";

describe("待处理订单 tabs", () => {
  it("every state is in exactly one tab besides 全部; the default tab is what needs the county", () => {
    for (const s of SUB_ORDER_STATUSES) {
      expect(INCOMING_TABS.filter((t) => (t.statuses as readonly string[]).includes(s))).toHaveLength(1);
    }
    expect(tabFrom(undefined)).toBe("todo");
    expect(tabFrom("nonsense")).toBe("todo");
    expect(tabFrom("closed")).toBe("closed");
    expect(tabStatuses("todo")).toEqual(["PLACED", "PAID"]);
    expect(tabStatuses("all")).toBeNull();
  });

  it("counts per tab from the server's counts per state, adding up to 全部", () => {
    const c = tabCounts([
      { status: "PLACED", count: 3 },
      { status: "PAID", count: 2 },
      { status: "CONFIRMED", count: 4 },
      { status: "SHIPPED", count: 1 },
      { status: "RECEIVED", count: 7 },
      { status: "CANCELLED", count: 1 },
      { status: "REFUNDED", count: 2 },
    ]);
    expect(c).toEqual({ todo: 5, awaitingPayment: 4, shipped: 1, done: 7, closed: 3, all: 20 });
    expect(tabCounts([])).toEqual({ todo: 0, awaitingPayment: 0, shipped: 0, done: 0, closed: 0, all: 0 });
  });
});
