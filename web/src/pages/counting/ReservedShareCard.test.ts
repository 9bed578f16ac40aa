import { describe, expect, it } from "vitest";
import ReservedShareCard from "./ReservedShareCard.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

const answer = (lock: { locked: boolean; reopened: boolean }, declaration: object | null = null) =>
  fakeLink((name) =>
    name === "MyReservedShare"
      ? ({
          data: {
            reservedShareFloor: 1000,
            reservedShareDeclaration: declaration,
            reservedShareLock: { __typename: "ReservedShareLock", deadline: "2025-06-30", ...lock },
          },
        } as never)
      : { data: null },
  );
const declared = {
  __typename: "ReservedShareDeclaration",
  buyerId: "b1",
  year: 2025,
  kind: "NO_CANTEEN",
  canteenBudget: null,
  rateBasisPoints: null,
  canteenShare: "0.00",
  unionAmount: "500.00",
  reservedTotal: "500.00",
  declaredAt: "2025-08-01T02:00:00.000Z",
  late: true,
  onBehalf: true,
};

describe("ReservedShareCard and the 30 June lock", () => {
  it("locked: 已锁定 and why, no declare button", async () => {
    const { wrapper } = await mountApp(
      ReservedShareCard,
      {
        role: "BUYER",
        link: answer({ locked: true, reopened: false }),
      },
      { props: { buyerId: "b1", year: 2025 } },
    );
    await settle(10);
    expect(wrapper.get("[data-testid=declaration-locked]").text()).toBe("已锁定");
    expect(wrapper.get("[data-testid=declaration-locked-hint]").text()).toContain("联系协作办");
    expect(wrapper.find("[data-testid=declare]").exists()).toBe(false);
    wrapper.unmount();
  });

  it("reopened: the declare button and the reopening shown; a coordinator's late record is marked so", async () => {
    const { wrapper } = await mountApp(
      ReservedShareCard,
      {
        role: "BUYER",
        link: answer({ locked: false, reopened: true }, declared),
      },
      { props: { buyerId: "b1", year: 2025 } },
    );
    await settle(10);
    expect(wrapper.find("[data-testid=declaration-locked]").exists()).toBe(false);
    expect(wrapper.find("[data-testid=declare]").exists()).toBe(true);
    expect(wrapper.get("[data-testid=declaration-reopened]").text()).toContain("重新开放");
    expect(wrapper.get("[data-testid=declaration-late]").text()).toBe("逾期申报");
    expect(wrapper.get("[data-testid=declaration-on-behalf]").text()).toBe("协作办代为登记");
    wrapper.unmount();
  });
});
