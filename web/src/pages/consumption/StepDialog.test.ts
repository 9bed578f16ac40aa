import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import StepDialog from "./StepDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, errorOf, fill, messages } from "@/test/user";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

describe("StepDialog (a sub-order's step that needs something typed)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("登记付款: the reference is required, sent trimmed; the step taken closes the dialog and refreshes the page", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const link = fakeLink((name, variables) => {
      if (name !== "RecordPayment") return { data: null };
      sent.push(variables.input as Record<string, unknown>);
      return { data: { recordPayment: { __typename: "SubOrder", id: "s1", status: "PAID", allowedActions: [] } } };
    });
    const { wrapper } = await mountApp(
      StepDialog,
      { role: "BUYER", link },
      { props: { kind: null, subOrderId: null } },
    );
    await wrapper.setProps({ kind: "pay", subOrderId: "s1" });

    await click("确定");
    await vi.waitFor(() => expect(errorOf("银行转账流水号")).toBe("请填写此项"), WAIT);
    expect(sent).toHaveLength(0);

    await fill("银行转账流水号", "  BOC20260001 ");
    await click("确定");
    await vi.waitFor(() => expect(wrapper.emitted("close")).toHaveLength(1), WAIT);
    expect(sent).toEqual([{ subOrderId: "s1", paymentReference: "BOC20260001" }]);
    expect(wrapper.emitted("done")).toHaveLength(1);
    expect(messages().join(" ")).toContain("已更新：已付款");
  });

  it("a step the sub-order's state no longer allows is said, the page refreshes, and the dialog stays open", async () => {
    const link = fakeLink((name) =>
      name === "RefundSubOrder"
        ? {
            data: {
              refundSubOrder: {
                __typename: "InvalidStateError",
                code: "INVALID_STATE",
                message: "当前状态 CANCELLED 不能执行 REFUND",
                state: "CANCELLED",
                entityId: "s2",
                action: "REFUND",
              },
            },
          }
        : { data: null },
    );
    const { wrapper } = await mountApp(
      StepDialog,
      { role: "COUNTY_OFFICIAL", link },
      { props: { kind: null, subOrderId: null } },
    );
    await wrapper.setProps({ kind: "refund", subOrderId: "s2" });
    await fill("退款原因（必填）", "质量问题");
    await click("确定");
    await vi.waitFor(() => expect(wrapper.emitted("done")).toHaveLength(1), WAIT);
    expect(messages().join(" ")).toContain("操作未执行：子订单当前状态为「已取消」");
    expect(wrapper.emitted("close")).toBeUndefined();
  });
});
