import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import FiscalTransactionDialog from "./FiscalTransactionDialog.vue";
import { countiesUnder, yuanMinus } from "./fiscal";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, errorOf, fill, messages } from "@/test/user";
import { todayIso } from "@/lib/format";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

/** A link that records every operation and answers with `answer`. */
function recording(answer: (name: string, v: Record<string, unknown>) => object) {
  const calls: Array<[string, Record<string, unknown>]> = [];
  const link = fakeLink((name, v) => {
    calls.push([name, v]);
    return answer(name, v) as never;
  });
  return { calls, link };
}

describe("FiscalTransactionDialog", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("拨付: typed in 万, sent as exact yuan; more than is still possible is refused before sending", async () => {
    const { calls, link } = recording(() => ({
      data: { recordFiscalTransaction: { __typename: "FiscalTransaction", id: "t1", amount: "300000.00" } },
    }));
    const { wrapper } = await mountApp(
      FiscalTransactionDialog,
      { role: "COUNTY_OFFICIAL", link },
      { props: { modelValue: false, projectId: "p1", kind: "DISBURSED", available: "500000.00", reversing: null } },
    );
    await wrapper.setProps({ modelValue: true });
    expect(document.body.textContent).toContain("登记拨付");
    expect(document.body.querySelector("[data-testid=fiscal-tx-available]")?.textContent).toContain("500,000.00");
    await fill("金额", "60");
    await fill("文号/凭证号", "镇拨〔2026〕1号");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("金额")).toBe("超过可用金额"), WAIT);
    expect(calls).toEqual([]);
    await fill("金额", "30");
    await click("保存");
    await vi.waitFor(() => expect(calls.length).toBe(1), WAIT);
    expect(calls[0]).toEqual([
      "FiscalRecordTransaction",
      {
        input: {
          projectId: "p1",
          kind: "DISBURSED",
          amount: "300000.00",
          occurredOn: todayIso(),
          reference: "镇拨〔2026〕1号",
        },
      },
    ]);
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(messages()).toContain("已登记");
  });

  it("the server's refusal shows beside its field and the dialog stays open", async () => {
    const { link } = recording(() => ({
      errors: [
        {
          message: "累计拨付不能超过已下达资金",
          extensions: {
            code: "BAD_USER_INPUT",
            field: "amount",
            messages: { "zh-CN": "累计拨付不能超过已下达资金", en: "Disbursed in total cannot exceed the allocation" },
          },
        },
      ],
    }));
    const { wrapper } = await mountApp(
      FiscalTransactionDialog,
      { role: "COORDINATOR", link },
      { props: { modelValue: false, projectId: "p1", kind: "ALLOCATED", available: null, reversing: null } },
    );
    await wrapper.setProps({ modelValue: true });
    expect(document.body.querySelector("[data-testid=fiscal-tx-available]")).toBeNull();
    await fill("金额", "100");
    await fill("文号/凭证号", "胶财协〔2026〕1号");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("金额")).toBe("累计拨付不能超过已下达资金"), WAIT);
    expect(wrapper.emitted("saved")).toBeUndefined();
  });

  it("冲正: asks for a reason and sends the transaction's id", async () => {
    const { calls, link } = recording(() => ({
      data: { reverseFiscalTransaction: { __typename: "FiscalTransaction", id: "r1", amount: "-100.00" } },
    }));
    const { wrapper } = await mountApp(
      FiscalTransactionDialog,
      { role: "COORDINATOR", link },
      {
        props: {
          modelValue: false,
          projectId: "p1",
          kind: "ALLOCATED",
          available: null,
          reversing: { id: "t9", kind: "ALLOCATED", amount: "100.00", reference: "胶财协〔2026〕9号" },
        },
      },
    );
    await wrapper.setProps({ modelValue: true });
    expect(document.body.textContent).toContain("冲正资金记录");
    expect(document.body.textContent).toContain("胶财协〔2026〕9号");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("冲正原因")).toBe("必填"), WAIT);
    expect(calls).toEqual([]);
    await fill("冲正原因", " 重复录入 ");
    await click("保存");
    await vi.waitFor(() => expect(calls.length).toBe(1), WAIT);
    expect(calls[0][1]).toEqual({ input: { transactionId: "t9", reason: "重复录入" } });
  });
});

describe("fiscal helpers", () => {
  it("counties under a west region by GB/T 2260 code", () => {
    const cs = [{ code: "520423" }, { code: "621227" }, { code: "520402" }];
    expect(countiesUnder(cs, "520400").map((c) => c.code)).toEqual(["520423", "520402"]);
    expect(countiesUnder(cs, "520000").map((c) => c.code)).toEqual(["520423", "520402"]);
    expect(countiesUnder(cs, "621227").map((c) => c.code)).toEqual(["621227"]);
  });
  it("yuanMinus is exact and never negative", () => {
    expect(yuanMinus("32440000.00", "25952000.00")).toBe("6488000.00");
    expect(yuanMinus("0.10", "0.20")).toBe("0.00");
    expect(yuanMinus("90071992547409.93", "0.01")).toBe("90071992547409.92");
  });
});
