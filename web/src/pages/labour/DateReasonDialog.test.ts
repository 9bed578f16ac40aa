import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import DateReasonDialog from "./DateReasonDialog.vue";
import { mountApp, settle } from "@/test/mountApp";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

function itemError(label: string): string | null {
  // The newest dialog is appended last (a closed one may linger while it fades out).
  const item = [...document.body.querySelectorAll(".el-form-item")].reverse().find((i) => i.querySelector(".el-form-item__label")?.textContent?.includes(label));
  return item?.querySelector(".el-form-item__error")?.textContent?.trim() ?? null;
}

describe("DateReasonDialog (a placement's step)", () => {
  it("登记离职: the server's refusals show beside the reason and the date; the dialog stays open", async () => {
    const calls: Array<[string, string | null]> = [];
    const action = vi.fn(async (on: string, reason: string | null) => {
      calls.push([on, reason]);
      const field = reason ? "on" : "reason";
      const message = reason ? "日期早于上一阶段(2026-11-01)/ Before the previous stage (2026-11-01)" : "请填写离职原因 / Give the reason for leaving";
      throw { graphQLErrors: [new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field } })] };
    });
    const { wrapper } = await mountApp(DateReasonDialog, { role: "COUNTY_OFFICIAL" }, { props: { modelValue: false, title: "登记离职", withReason: true, action, done: "ok" } });
    await wrapper.setProps({ modelValue: true });
    await settle();
    const vm = wrapper.vm as unknown as { form: { on: string; reason: string }; save: () => Promise<void> };
    expect(vm.form.on).toMatch(/^\d{4}-\d{2}-\d{2}$/); // today by default

    await vm.save();
    await vi.waitFor(() => expect(itemError("离职原因")).toBe("请填写离职原因"), WAIT);
    expect(calls[0][1]).toBeNull(); // a blank reason is sent as none: the server is the judge

    vm.form.reason = " 返乡照顾家人 ";
    vm.form.on = "2026-10-01";
    await settle();
    await vi.waitFor(() => expect(itemError("离职原因")).toBeNull(), WAIT); // editing clears it
    await vm.save();
    await vi.waitFor(() => expect(itemError("日期")).toBe("日期早于上一阶段(2026-11-01)"), WAIT);
    expect(calls[1]).toEqual(["2026-10-01", "返乡照顾家人"]);
    expect(wrapper.emitted("saved")).toBeUndefined();
  });

  it("without a reason field the step sends none, and closes when done", async () => {
    const action = vi.fn(async () => ({}));
    const { wrapper } = await mountApp(DateReasonDialog, { role: "COUNTY_OFFICIAL" }, { props: { modelValue: false, title: "登记就业", action, done: "ok" } });
    await wrapper.setProps({ modelValue: true });
    await settle();
    const vm = wrapper.vm as unknown as { form: { on: string; reason: string }; save: () => Promise<void> };
    vm.form.reason = "ignored";
    await vm.save();
    expect(action).toHaveBeenCalledWith(vm.form.on, null);
    expect(wrapper.emitted("saved")).toHaveLength(1);
    expect(wrapper.emitted("update:modelValue")?.at(-1)).toEqual([false]);
  });

  it("a step the placement's status no longer allows (InvalidStateError) is said by its code, not as done", async () => {
    const action = vi.fn(async () => ({ __typename: "InvalidStateError", code: "INVALID_STATE", message: "当前状态 EMPLOYED 不能执行 EMPLOY / EMPLOY is not allowed from EMPLOYED", state: "EMPLOYED" }));
    const { wrapper } = await mountApp(DateReasonDialog, { role: "COUNTY_OFFICIAL" }, { props: { modelValue: false, title: "登记就业", action, done: "已登记就业" } });
    await wrapper.setProps({ modelValue: true });
    await settle();
    await (wrapper.vm as unknown as { save: () => Promise<void> }).save();
    await vi.waitFor(() => expect(document.body.querySelector(".el-message--warning")?.textContent).toContain("未执行：状态已变化"), WAIT);
    expect(document.body.textContent).not.toContain("已登记就业");
    // Closed and `saved`: the page refetches and shows what the placement now allows.
    expect(wrapper.emitted("saved")).toHaveLength(1);
  });
});
