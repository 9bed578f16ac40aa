import { afterEach, describe, expect, it } from "vitest";
import QuotaDialog from "./QuotaDialog.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

const counties = [
  { id: "c1", name: "镇宁县" },
  { id: "c2", name: "徽县" },
];
const buyer = { id: "b1", name: "胶州市人民医院" };

/** Types into the <input> inside the element with this test id (the dialog is teleported to <body>). */
function input(testId: string): HTMLInputElement {
  const el = document.body.querySelector<HTMLElement>(`[data-testid=${testId}]`)!;
  return (el.tagName === "INPUT" ? el : el.querySelector("input")) as HTMLInputElement;
}
function type(testId: string, value: string) {
  const i = input(testId);
  i.value = value;
  i.dispatchEvent(new Event("input"));
}
const text = (testId: string) => document.body.querySelector(`[data-testid=${testId}]`)?.textContent?.trim();
/** The messages shown beside form fields (their transition may take a frame or two to insert them). */
async function fieldErrors(): Promise<string[]> {
  for (let i = 0; i < 20 && document.body.querySelectorAll(".el-form-item.is-error").length > document.body.querySelectorAll(".el-form-item__error").length; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    await settle();
  }
  return [...document.body.querySelectorAll(".el-form-item.is-error .el-form-item__error")].map((e) => e.textContent!.trim());
}
const click = (testId: string) => document.body.querySelector<HTMLElement>(`[data-testid=${testId}]`)!.click();

describe("QuotaDialog", () => {
  // The dialog is teleported to <body>: start each test with an empty one.
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("shows the derived amount live, sends the rate as basis points, and shows the server's split error beside the splits", async () => {
    const sent: Record<string, unknown>[] = [];
    const link = fakeLink((name, variables) => {
      if (name !== "SetQuota") return { data: null };
      sent.push(variables.input as Record<string, unknown>);
      return {
        errors: [{ message: "分县指标之和超过总指标 / The county splits exceed the quota", extensions: { code: "BAD_USER_INPUT", field: "countySplits" } }],
      };
    });
    const { wrapper } = await mountApp(QuotaDialog, { role: "COORDINATOR", link }, { props: { buyer, year: 2026, quota: null, counties } });
    await settle();
    expect(text("qd-derived")).toBe("—");
    wrapper.findComponent({ name: "ElRadioGroup" }).vm.$emit("update:modelValue", "CANTEEN_BUDGET");
    await settle();
    // The default rate is 10 %, shown as a percentage.
    expect(input("qd-rate").value).toBe("10");
    type("qd-base-amount", "876543.21");
    await settle();
    expect(text("qd-derived")).toBe("¥87,654.32");
    type("qd-rate", "12.5");
    await settle();
    expect(text("qd-derived")).toBe("¥109,567.90");

    click("qd-split-add");
    await settle();
    // Element Plus selects open a popper; choose the county through the component.
    wrapper.findAllComponents({ name: "ElSelect" })[0].vm.$emit("update:modelValue", "c1");
    await settle();
    type("qd-split-amount", "200000");
    await settle();
    expect(text("qd-splits-total")).toContain("¥200,000.00");
    expect(document.body.querySelector("[data-testid=qd-splits-total]")!.className).toContain("danger");

    click("qd-submit");
    await settle(30);
    expect(sent).toEqual([
      { buyerId: "b1", year: 2026, basis: "CANTEEN_BUDGET", baseAmount: "876543.21", rateBasisPoints: 1250, countySplits: [{ countyId: "c1", amount: "200000.00" }] },
    ]);
    expect(await fieldErrors()).toEqual(["分县指标之和超过总指标"]);
    expect(document.body.querySelector(".splits")!.className).toContain("is-error");
    // Editing the splits hides the message until the next save.
    type("qd-split-amount", "100000");
    await settle();
    expect(await fieldErrors()).toEqual([]);
    wrapper.unmount();
  });

  it("checks formats before sending, shows the server's message beside the amount, and prefills an existing quota", async () => {
    const sent: Record<string, unknown>[] = [];
    const link = fakeLink((_name, variables) => {
      sent.push(variables.input as Record<string, unknown>);
      return { errors: [{ message: "金额过大 / Amount too large", extensions: { code: "BAD_USER_INPUT", field: "amount" } }] };
    });
    const { wrapper } = await mountApp(QuotaDialog, { role: "COORDINATOR", link, locale: "en" }, { props: { buyer, year: 2026, quota: null, counties } });
    await settle();
    type("qd-amount", "12.345");
    click("qd-submit");
    await settle(10);
    expect(sent).toHaveLength(0);
    expect(await fieldErrors()).toEqual(["Enter an amount in yuan with at most two decimals"]);
    type("qd-amount", "99999999999999");
    click("qd-submit");
    await settle(10);
    expect(sent).toEqual([{ buyerId: "b1", year: 2026, basis: "FIXED", amount: "99999999999999.00", countySplits: [] }]);
    expect(await fieldErrors()).toEqual(["Amount too large"]);

    await wrapper.setProps({
      quota: { amount: "210000.00", basis: "HEADCOUNT", headcount: 420, perHead: "500.00", countySplits: [{ amount: "10000.00", county: { id: "c2" } }] },
    } as never);
    await settle();
    expect(input("qd-headcount").value).toBe("420");
    expect(text("qd-derived")).toBe("¥210,000.00");
    expect(document.body.querySelectorAll("[data-testid=qd-split]")).toHaveLength(1);
    expect(await fieldErrors()).toEqual([]);
    wrapper.unmount();
  });
});
