import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import IncomingActions from "./IncomingActions.vue";
import { dialogSteps } from "./subOrderOps";
import { mountApp } from "@/test/mountApp";
import type { SubOrderAction } from "@/gql/graphql";

enableAutoUnmount(afterEach);

describe("a sub-order's steps come from the server's allowedActions", () => {
  it("the county official's buttons are exactly the allowed steps, whatever the status", async () => {
    const ids = async (allowedActions: SubOrderAction[]) => {
      const { wrapper } = await mountApp(
        IncomingActions,
        { role: "COUNTY_OFFICIAL" },
        { props: { row: { id: "s1", allowedActions }, busy: null } },
      );
      return wrapper.findAll("button").map((b) => b.attributes("data-testid"));
    };
    expect(await ids(["CONFIRM", "CANCEL"])).toEqual(["confirm-suborder", "cancel-suborder"]);
    expect(await ids(["SHIP", "REFUND"])).toEqual(["ship-suborder", "refund-suborder"]);
    expect(await ids([])).toEqual([]);
  });
  it("the empty row Element Plus renders a column's slot with ({}) gives no buttons and no error", async () => {
    const { wrapper } = await mountApp(
      IncomingActions,
      { role: "COUNTY_OFFICIAL" },
      { props: { row: {} as { id: string }, busy: null } },
    );
    expect(wrapper.findAll("button")).toHaveLength(0);
  });
  it("the steps with a dialog, in the server's order", () => {
    expect(dialogSteps(["PAY", "CANCEL"])).toEqual(["pay", "cancel"]);
    // Shipping asks for the carrier and the waybill number (issue 11), so it has a dialog now.
    expect(dialogSteps(["CONFIRM", "SHIP", "REFUND"])).toEqual(["ship", "refund"]);
  });
  it("shipping opens the step dialog instead of shipping at once", async () => {
    const { wrapper } = await mountApp(
      IncomingActions,
      { role: "COUNTY_OFFICIAL" },
      { props: { row: { id: "s1", allowedActions: ["SHIP"] as SubOrderAction[] }, busy: null } },
    );
    await wrapper.get('[data-testid="ship-suborder"]').trigger("click");
    expect(wrapper.emitted("step")).toEqual([["ship", "s1"]]);
    expect(wrapper.emitted("quick")).toBeUndefined();
  });
});
