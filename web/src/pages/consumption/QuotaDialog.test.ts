import { describe, expect, it } from "vitest";
import QuotaDialog from "./QuotaDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { givenOptions } from "@/composables/useOptions";
import { USER_FLOW_TIMEOUT, choose, click, fieldErrors, fill, valueOf } from "@/test/user";

const counties = givenOptions([
  { id: "c1", name: "镇宁县" },
  { id: "c2", name: "徽县" },
]);
const buyer = { id: "b1", name: "胶州市人民医院" };

/** What the dialog shows in the element with this test id (the dialog is teleported to <body>). */
const text = (testId: string) => document.body.querySelector(`[data-testid=${testId}]`)?.textContent?.trim();

describe("QuotaDialog", { timeout: USER_FLOW_TIMEOUT }, () => {
  // The dialog is teleported to <body>: start each test with an empty one.

  it("shows the derived amount live, sends the rate as basis points, and shows the server's split error beside the splits", async () => {
    const sent: Record<string, unknown>[] = [];
    const link = fakeLink((name, variables) => {
      if (name !== "SetQuota") return { data: null };
      sent.push(variables.input as Record<string, unknown>);
      return {
        errors: [
          {
            message: "分县指标之和超过总指标",
            extensions: {
              messages: { "zh-CN": "分县指标之和超过总指标", en: "The county splits exceed the quota" },
              code: "BAD_USER_INPUT",
              field: "countySplits",
            },
          },
        ],
      };
    });
    const { wrapper } = await mountApp(
      QuotaDialog,
      { role: "COORDINATOR", link },
      { props: { buyer, year: 2026, quota: null, counties } },
    );
    expect(text("qd-derived")).toBe("—");
    await choose("设定方式", "食堂预算×比例");
    // The default rate is 10 %, shown as a percentage.
    expect(valueOf("比例")).toBe("10");
    await fill("食堂食材采购预算", "87.654321"); // 万元
    expect(text("qd-derived")).toBe("¥87,654.32");
    await fill("比例", "12.5");
    expect(text("qd-derived")).toBe("¥109,567.90");

    await click("+ 添加县");
    await choose("县", "镇宁县");
    await fill("分解金额", "20");
    expect(text("qd-splits-total")).toContain("¥200,000.00");
    expect(document.body.querySelector("[data-testid=qd-splits-total]")!.className).toContain("danger");

    await click("保存");
    expect(sent).toEqual([
      {
        buyerId: "b1",
        year: 2026,
        basis: "CANTEEN_BUDGET",
        baseAmount: "876543.21",
        rateBasisPoints: 1250,
        countySplits: [{ countyId: "c1", amount: "200000.00" }],
      },
    ]);
    expect(await fieldErrors()).toEqual(["分县指标之和超过总指标"]);
    expect(document.body.querySelector(".splits")!.className).toContain("is-error");
    expect(wrapper.emitted("close")).toBeUndefined();
    // Editing the splits hides the message until the next save.
    await fill("分解金额", "10");
    expect(await fieldErrors()).toEqual([]);
    wrapper.unmount();
  });

  it("checks formats before sending, shows the server's message beside the amount, and prefills an existing quota", async () => {
    const sent: Record<string, unknown>[] = [];
    const link = fakeLink((_name, variables) => {
      sent.push(variables.input as Record<string, unknown>);
      return {
        errors: [
          {
            message: "金额过大",
            extensions: {
              messages: { "zh-CN": "金额过大", en: "Amount too large" },
              code: "BAD_USER_INPUT",
              field: "amount",
            },
          },
        ],
      };
    });
    const { wrapper } = await mountApp(
      QuotaDialog,
      { role: "COORDINATOR", link, locale: "en" },
      { props: { buyer, year: 2026, quota: null, counties } },
    );
    await fill("Quota amount", "12.3456789"); // 10k yuan: at most six decimals
    await click("Save");
    expect(sent).toHaveLength(0);
    expect(await fieldErrors()).toEqual(["Enter an amount in 10k yuan with at most six decimals"]);
    await fill("Quota amount", "9999999999.9999"); // 万元
    await click("Save");
    expect(sent).toEqual([
      { buyerId: "b1", year: 2026, basis: "FIXED", amount: "99999999999999.00", countySplits: [] },
    ]);
    expect(await fieldErrors()).toEqual(["Amount too large"]);

    await wrapper.setProps({
      quota: {
        amount: "210000.00",
        basis: "HEADCOUNT",
        headcount: 420,
        perHead: "500.00",
        countySplits: [{ amount: "10000.00", county: { id: "c2" } }],
      },
    } as never);
    expect(valueOf("Basis")).toBe("Headcount × per head");
    expect(valueOf("Staff")).toBe("420");
    expect(text("qd-derived")).toBe("¥210,000.00");
    expect(document.body.querySelectorAll("[data-testid=qd-split]")).toHaveLength(1);
    expect(await fieldErrors()).toEqual([]);
    wrapper.unmount();
  });
});
