import { describe, expect, it } from "vitest";
import { canteenShareFen, checkDeclaration, reservedTotalFen } from "./reservedShare";
import DeclarationStatusCard from "./DeclarationStatusCard.vue";
import QuotaDialog, { type QuotaDeclaration } from "@/pages/consumption/QuotaDialog.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { givenOptions } from "@/composables/useOptions";

describe("reserved share arithmetic (exact, as the server's)", () => {
  it("rounds budget × rate half up to the fen, in integers", () => {
    // 1,234,567.89 × 12.5% = 154,320.98625 → 154,320.99
    expect(canteenShareFen(123456789n, 1250)).toBe(15432099n);
    // 0.05 × 10% = 0.005 → 0.01 (half up)
    expect(canteenShareFen(5n, 1000)).toBe(1n);
    // far beyond a float's exact range
    expect(canteenShareFen(9_007_199_254_740_993n, 1000)).toBe(900_719_925_474_099n);
  });
  it("adds the union share; without a canteen only the union share", () => {
    const f = { kind: "CANTEEN" as const, canteenBudget: "3000000.00", ratePercent: "15", unionAmount: "8400.50" };
    expect(reservedTotalFen(f)).toBe(45000000n + 840050n);
    expect(reservedTotalFen({ ...f, kind: "SHARED_CANTEEN" })).toBe(840050n);
    expect(reservedTotalFen({ ...f, ratePercent: "abc" })).toBeNull();
  });
  it("checks the form before sending: budget, rate format, the floor, the union amount", () => {
    const f = { kind: "CANTEEN" as const, canteenBudget: "", ratePercent: "9.99", unionAmount: "1.234" };
    expect(checkDeclaration(f, 1000)).toEqual({
      canteenBudget: "budgetRequired",
      rateBasisPoints: "belowFloor",
      unionAmount: "moneyFormat",
    });
    expect(checkDeclaration({ ...f, canteenBudget: "100", ratePercent: "150", unionAmount: "" }, 1000)).toEqual({
      rateBasisPoints: "rateFormat",
    });
    expect(checkDeclaration({ ...f, canteenBudget: "100", ratePercent: "15", unionAmount: "" }, 1500)).toEqual({});
    expect(checkDeclaration({ kind: "NO_CANTEEN", canteenBudget: "", ratePercent: "", unionAmount: "" }, 1000)).toEqual(
      {},
    );
  });
});

const status = (overdue: boolean) =>
  fakeLink((name) =>
    name === "ReservedShareStatus"
      ? {
          data: {
            reservedShareStatus: {
              __typename: "ReservedShareStatus",
              year: 2026,
              deadline: "2026-06-30",
              overdue,
              declared: 1,
              undeclared: 2,
              rows: [
                {
                  __typename: "BuyerDeclarationRow",
                  buyer: { __typename: "Buyer", id: "b2", name: "胶州市第一中学", group: "EDUCATION" },
                  declaration: null,
                },
                {
                  __typename: "BuyerDeclarationRow",
                  buyer: { __typename: "Buyer", id: "b3", name: "胶州利群商厦", group: "RETAIL" },
                  declaration: null,
                },
                {
                  __typename: "BuyerDeclarationRow",
                  buyer: { __typename: "Buyer", id: "b1", name: "胶州市人民医院", group: "HEALTHCARE" },
                  declaration: {
                    __typename: "ReservedShareDeclaration",
                    kind: "CANTEEN",
                    reservedTotal: "300000.00",
                    late: true,
                  },
                },
              ],
            },
          },
        }
      : { data: null },
  );

describe("DeclarationStatusCard", () => {
  it("shows who has not declared, with counts, flagged overdue after 30 June", async () => {
    const { wrapper } = await mountApp(DeclarationStatusCard, { link: status(true) });
    await wrapper.setProps({ year: 2026 });
    await settle(10);
    expect(wrapper.get("[data-testid=tab-undeclared]").text()).toBe("未申报 (2)");
    expect(wrapper.get("[data-testid=tab-declared]").text()).toBe("已申报 (1)");
    expect(wrapper.get("[data-testid=status-overdue]").text()).toBe("已逾期");
    const names = wrapper.findAll("[data-testid=undeclared-list] li").map((li) => li.attributes("data-buyer"));
    expect(names).toEqual(["胶州市第一中学", "胶州利群商厦"]);
    expect(wrapper.text()).toContain("申报截止 2026年6月30日");
    wrapper.unmount();
  });
  it("no overdue flag before the deadline", async () => {
    const { wrapper } = await mountApp(DeclarationStatusCard, { link: status(false) });
    await wrapper.setProps({ year: 2026 });
    await settle(10);
    expect(wrapper.find("[data-testid=status-overdue]").exists()).toBe(false);
    wrapper.unmount();
  });
});

describe("QuotaDialog: 采用申报", () => {
  const mount = async (declaration: QuotaDeclaration | null) => {
    const { wrapper } = await mountApp(QuotaDialog);
    await wrapper.setProps({
      buyer: { id: "b1", name: "胶州市人民医院" },
      year: 2026,
      quota: null,
      counties: givenOptions([]),
      declaration,
    });
    await settle(5);
    return wrapper;
  };
  const dialog = () => document.querySelector("[data-testid=quota-dialog]")!;

  it("fills budget × rate from a canteen declaration; the coordinator still saves", async () => {
    const wrapper = await mount({
      kind: "CANTEEN",
      canteenBudget: "3000000.00",
      rateBasisPoints: 1500,
      unionAmount: null,
      reservedTotal: "450000.00",
    });
    expect(dialog().querySelector("[data-testid=qd-declaration]")!.textContent).toContain(
      "食堂预算 ¥3,000,000.00 × 15% = ¥450,000.00",
    );
    (dialog().querySelector("[data-testid=qd-use-declaration]") as HTMLElement).click();
    await settle(3);
    expect(
      (dialog().querySelector("[data-testid=qd-rate] input, input[data-testid=qd-rate]") as HTMLInputElement).value,
    ).toBe("15");
    expect(dialog().textContent).toContain("¥450,000.00");
    wrapper.unmount();
  });

  it("says so when the buyer has not declared", async () => {
    const wrapper = await mount(null);
    expect(dialog().querySelector("[data-testid=qd-declaration]")!.textContent).toContain("该单位尚未申报预留份额");
    expect(dialog().querySelector("[data-testid=qd-use-declaration]")).toBeNull();
    wrapper.unmount();
  });
});
