import { describe, expect, it } from "vitest";
import QuotaPage from "./QuotaPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

const buyer = { __typename: "Buyer", id: "b1", name: "胶州市第一中学食堂", group: "EDUCATION" };
let declared = false;
const declareCalls: unknown[] = [];
const link = fakeLink((name, variables) => {
  if (name === "MyBuyer") return { data: { me: { __typename: "User", id: "u1", buyerId: "b1", buyer } } };
  if (name === "QuotaCompletion")
    return {
      data: {
        quotaCompletion: {
          __typename: "QuotaCompletion",
          year: 2026,
          quota: "500000.00",
          counted: "123456.78",
          confirmed: "153456.78",
          countsFrom: "PAID",
          remaining: "376543.22",
          completion: 0.2469,
          daysLeft: 38,
          expected: "450000.00",
          projected: "150000.00",
          atRisk: true,
          buyer,
          byCounty: [
            {
              __typename: "CountyCount",
              counted: "123456.78",
              quota: "300000.00",
              county: { __typename: "Region", id: "c1", name: "镇宁县" },
            },
          ],
          byChannel: [{ __typename: "ChannelCount", channel: "FAIR", counted: "123456.78" }],
        },
      },
    };
  if (name === "MyReservedShare")
    return {
      data: {
        reservedShareFloor: 1000,
        reservedShareDeclaration: declared
          ? {
              __typename: "ReservedShareDeclaration",
              buyerId: "b1",
              year: 2026,
              kind: "CANTEEN",
              canteenBudget: "3000000.00",
              rateBasisPoints: 1000,
              canteenShare: "300000.00",
              unionAmount: null,
              reservedTotal: "300000.00",
              declaredAt: "2026-03-01T02:00:00.000Z",
              late: false,
            }
          : null,
      },
    };
  if (name === "DeclareReservedShare") {
    declareCalls.push(variables);
    declared = true;
    const i = (variables as { input: Record<string, unknown> }).input;
    return {
      data: {
        declareReservedShare: {
          __typename: "ReservedShareDeclaration",
          buyerId: "b1",
          year: 2026,
          kind: i.kind,
          canteenBudget: i.canteenBudget,
          rateBasisPoints: i.rateBasisPoints,
          canteenShare: "300000.00",
          unionAmount: null,
          reservedTotal: "300000.00",
          declaredAt: "2026-03-01T02:00:00.000Z",
          late: false,
        },
      },
    };
  }
  return { data: null };
});

describe("QuotaPage", () => {
  it("shows quota, counted, remaining (万), completion and days left, split by county and channel", async () => {
    const { wrapper } = await mountApp(QuotaPage, { role: "BUYER", path: "/", link });
    await settle(10);
    const text = (id: string) => wrapper.get(`[data-testid=${id}]`).text();
    expect(text("quota-amount")).toBe("¥50万");
    expect(text("quota-counted")).toBe("¥12.35万");
    expect(text("quota-confirmed")).toBe("¥15.35万");
    expect(text("quota-counting-point")).toContain("付款后计入");
    expect(wrapper.get("[data-testid=quota-counted]").attributes("title")).toBe("¥123,456.78");
    expect(text("quota-remaining")).toBe("¥37.65万");
    expect(text("quota-ratio")).toBe("24.69%");
    expect(text("quota-days-left")).toBe("38 天");
    // The pace (the same rule as the progress page's projection): behind, so 预计未完成.
    expect(text("quota-at-risk")).toBe("预计未完成");
    expect(text("quota-pace")).toContain("按进度应完成：¥45万");
    expect(text("quota-pace")).toContain("预计完成：¥15万");
    expect(text("quota-by-county")).toContain("镇宁县");
    expect(text("quota-by-channel")).toContain("展销大集");
    wrapper.unmount();
  });

  it("declares the reserved share: 万元 budget, a rate below the floor refused beside the field, then saved", async () => {
    declared = false;
    declareCalls.length = 0;
    const { wrapper } = await mountApp(QuotaPage, { role: "BUYER", path: "/", link });
    await settle(10);
    expect(wrapper.get("[data-testid=declaration-none]").text()).toContain("尚未申报");
    await wrapper.get("[data-testid=declare]").trigger("click");
    await settle(5);
    const dialog = document.querySelector("[data-testid=declaration-dialog]")!;
    const input = (id: string) =>
      dialog.querySelector(`[data-testid=${id}] input, input[data-testid=${id}]`) as HTMLInputElement;
    const type = async (id: string, v: string) => {
      const el = input(id);
      el.value = v;
      el.dispatchEvent(new Event("input"));
      await settle(2);
    };
    await type("decl-budget", "300"); // 万元
    await type("decl-rate", "8");
    (dialog.querySelector("[data-testid=decl-submit]") as HTMLElement).click();
    await settle(5);
    expect(dialog.textContent).toContain("不得低于本省下限 10%");
    expect(declareCalls).toEqual([]);
    await type("decl-rate", "10");
    expect(dialog.querySelector("[data-testid=decl-total]")!.textContent).toContain("¥300,000.00");
    (dialog.querySelector("[data-testid=decl-submit]") as HTMLElement).click();
    await settle(10);
    expect(declareCalls).toEqual([
      { input: { year: 2026, kind: "CANTEEN", canteenBudget: "3000000.00", rateBasisPoints: 1000, unionAmount: null } },
    ]);
    wrapper.unmount();
  });
});
