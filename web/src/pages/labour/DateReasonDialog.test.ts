import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import DateReasonDialog from "./DateReasonDialog.vue";
import { mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, errorOf, fill, messages, valueOf } from "@/test/user";
import { todayIso } from "@/lib/format";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

describe("DateReasonDialog (a placement's step)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("登记离职: the server's refusals show beside the reason and the date; the dialog stays open", async () => {
    const calls: Array<[string, string | null]> = [];
    const action = vi.fn(async (on: string, reason: string | null) => {
      calls.push([on, reason]);
      const field = reason ? "on" : "reason";
      const [zh, en] = reason
        ? ["日期早于上一阶段(2026-11-01)", "Before the previous stage (2026-11-01)"]
        : ["请填写离职原因", "Give the reason for leaving"];
      const extensions = { code: "BAD_USER_INPUT", field, messages: { "zh-CN": zh, en } };
      throw { graphQLErrors: [new GraphQLError(zh, { extensions })] };
    });
    const { wrapper } = await mountApp(
      DateReasonDialog,
      { role: "COUNTY_OFFICIAL" },
      { props: { modelValue: false, title: "登记离职", withReason: true, action, done: "ok" } },
    );
    await wrapper.setProps({ modelValue: true });
    expect(valueOf("日期")).toBe(todayIso()); // today by default

    await click("确定");
    await vi.waitFor(() => expect(errorOf("离职原因")).toBe("请填写离职原因"), WAIT);
    expect(calls[0]).toEqual([todayIso(), null]); // a blank reason is sent as none: the server is the judge

    await fill("离职原因", " 返乡照顾家人 ");
    await fill("日期", "2026-10-01");
    await vi.waitFor(() => expect(errorOf("离职原因")).toBeNull(), WAIT); // editing clears it
    await click("确定");
    await vi.waitFor(() => expect(errorOf("日期")).toBe("日期早于上一阶段(2026-11-01)"), WAIT);
    expect(calls[1]).toEqual(["2026-10-01", "返乡照顾家人"]);
    expect(wrapper.emitted("saved")).toBeUndefined();
    expect(wrapper.emitted("update:modelValue")).toBeUndefined();
  });

  it("without a reason field the step sends none, and closes when done", async () => {
    const action = vi.fn(async () => ({}));
    const { wrapper } = await mountApp(
      DateReasonDialog,
      { role: "COUNTY_OFFICIAL" },
      { props: { modelValue: false, title: "登记就业", action, done: "已登记就业" } },
    );
    await wrapper.setProps({ modelValue: true });
    expect(document.body.querySelector("[data-testid=step-dialog]")?.textContent).not.toContain("离职原因");
    await click("确定");
    expect(action).toHaveBeenCalledWith(todayIso(), null);
    expect(messages()).toContain("已登记就业");
    expect(wrapper.emitted("saved")).toHaveLength(1);
    expect(wrapper.emitted("update:modelValue")?.at(-1)).toEqual([false]);
  });

  it("a step the placement's status no longer allows (InvalidStateError) is said by its code, not as done", async () => {
    const action = vi.fn(async () => ({
      __typename: "InvalidStateError",
      code: "INVALID_STATE",
      message: "当前状态 EMPLOYED 不能执行 EMPLOY / EMPLOY is not allowed from EMPLOYED",
      state: "EMPLOYED",
    }));
    const { wrapper } = await mountApp(
      DateReasonDialog,
      { role: "COUNTY_OFFICIAL" },
      { props: { modelValue: false, title: "登记就业", action, done: "已登记就业" } },
    );
    await wrapper.setProps({ modelValue: true });
    const saidDone = () => messages().filter((m) => m.includes("已登记就业")).length; // earlier tests' messages may still fade
    const doneBefore = saidDone();
    await click("确定");
    await vi.waitFor(() => expect(messages().join(" ")).toContain("未执行：状态已变化"), WAIT);
    expect(saidDone()).toBe(doneBefore);
    // Closed and `saved`: the page refetches and shows what the placement now allows.
    expect(wrapper.emitted("saved")).toHaveLength(1);
  });
});
