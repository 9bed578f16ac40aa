import { describe, expect, it } from "vitest";
import { defineComponent, h } from "vue";
import CompactMoney from "./CompactMoney.vue";
import { mountApp } from "@/test/mountApp";

const Host = defineComponent({
  render() {
    return h("div", [
      h(CompactMoney, { amount: "331000000.00", "data-testid": "large" }),
      h(CompactMoney, { amount: null, "data-testid": "unset" }),
    ]);
  },
});

describe("CompactMoney", () => {
  it("shows an amount short, the exact yuan on hover, and a dash where there is none", async () => {
    const { wrapper } = await mountApp(Host, { locale: "zh-CN" });
    const large = wrapper.get("[data-testid=large]");
    expect(large.text()).toBe("¥3.31亿");
    expect(large.attributes("title")).toBe("¥331,000,000.00");
    expect(large.classes()).toContain("num");
    const unset = wrapper.get("[data-testid=unset]");
    expect(unset.text()).toBe("—");
    expect(unset.attributes("title")).toBe("");
  });
});
