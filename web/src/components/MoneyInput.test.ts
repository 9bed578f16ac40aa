import { afterEach, describe, expect, it } from "vitest";
import { defineComponent, h, ref } from "vue";
import { ElForm, ElFormItem } from "element-plus";
import MoneyInput from "./MoneyInput.vue";
import { mountApp, settle } from "@/test/mountApp";
import { fieldErrors, fill, valueOf } from "@/test/user";

const amount = ref("");
const serverError = ref("");
const Host = defineComponent({
  setup: () => () =>
    h(ElForm, { labelPosition: "top" }, () => [
      h(ElFormItem, { label: "计划投资", error: serverError.value }, () =>
        h(MoneyInput, {
          modelValue: amount.value,
          "onUpdate:modelValue": (v: string) => (amount.value = v),
          unit: "WAN",
          typical: { min: "1000000.00", max: "100000000000.00" },
          "data-testid": "planned",
        }),
      ),
    ]),
});
const text = (id: string) => document.querySelector(`[data-testid=${id}]`)?.textContent?.trim() ?? null;

describe("MoneyInput", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    amount.value = "";
    serverError.value = "";
  });

  it("takes 万元 as typed and gives the exact yuan, with the amount in words", async () => {
    await mountApp(Host, { locale: "zh-CN" });
    expect(text("planned-unit")).toBe("万元");
    expect(text("planned-words")).toBe(null);
    await fill("计划投资", "3500");
    expect(amount.value).toBe("35000000.00");
    expect(text("planned-words")).toBe("约 ¥3,500万 = ¥35,000,000.00");
    expect(text("planned-warning")).toBe(null);
    await fill("计划投资", "9876543210987.654321");
    expect(amount.value).toBe("98765432109876543.21");
  });

  it("warns, without refusing, when the amount looks typed in the wrong unit", async () => {
    await mountApp(Host, { locale: "zh-CN" });
    await fill("计划投资", "0.35");
    expect(amount.value).toBe("3500.00");
    expect(text("planned-warning")).toBe("金额远小于常见值（¥100万起），单位是否为万元？");
    await fill("计划投资", "35000000");
    expect(text("planned-warning")).toContain("金额远大于常见值");
    await fill("计划投资", "3500");
    expect(text("planned-warning")).toBe(null);
  });

  it("passes on what is no amount, so the form refuses it; empty is empty", async () => {
    await mountApp(Host, { locale: "zh-CN" });
    await fill("计划投资", "1.2345678");
    expect(amount.value).toBe("1.2345678");
    expect(text("planned-words")).toBe(null);
    await fill("计划投资", "");
    expect(amount.value).toBe("");
  });

  it("shows a value set from outside in its unit, and the server's error beside it", async () => {
    await mountApp(Host, { locale: "zh-CN" });
    amount.value = "60000000.00";
    serverError.value = "金额须大于零";
    await settle();
    expect(valueOf("计划投资")).toBe("6000");
    expect(await fieldErrors()).toEqual(["金额须大于零"]);
  });

  it("reads in English as the cards do", async () => {
    await mountApp(Host, { locale: "en" });
    expect(text("planned-unit")).toBe("×10k yuan");
    await fill("planned", "3500");
    expect(text("planned-words")).toBe("≈ ¥35.00M = ¥35,000,000.00");
  });
});
