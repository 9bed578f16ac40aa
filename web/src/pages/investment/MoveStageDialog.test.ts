import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import MoveStageDialog from "./MoveStageDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, errorOf, fill } from "@/test/user";
import { moveChoices } from "@/lib/investment";
import { todayIso } from "@/lib/format";

enableAutoUnmount(afterEach);

const WAIT = { timeout: 4000, interval: 20 };

async function openDialog(stage: "SIGNED" | "DROPPED", answer: Parameters<typeof fakeLink>[0]) {
  const choice = moveChoices([stage])[0];
  const { wrapper } = await mountApp(
    MoveStageDialog,
    { role: "COUNTY_OFFICIAL", link: fakeLink(answer) },
    { props: { project: { id: "p1", stageSince: "2026-01-05" }, choice, modelValue: false } },
  );
  await wrapper.setProps({ modelValue: true });
  return wrapper;
}

describe("MoveStageDialog", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("signing: a malformed amount is refused beside the field and nothing is sent", async () => {
    const sent: unknown[] = [];
    await openDialog("SIGNED", (_n, v) => (sent.push(v), { data: null }));
    await fill("签约金额", "12.3456789");
    await click("确认");
    await vi.waitFor(() => expect(errorOf("签约金额")).toBe("请输入金额（万元，最多六位小数）"), WAIT);
    expect(sent).toHaveLength(0);
  });

  it("signing: the server's message lands beside the field it names, in the locale's language", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const wrapper = await openDialog("SIGNED", (_n, v) => {
      sent.push(v);
      return {
        errors: [
          new GraphQLError("日期不能早于上一阶段(2026-01-05)", {
            extensions: {
              messages: { "zh-CN": "日期不能早于上一阶段(2026-01-05)", en: "Not before 2026-01-05" },
              code: "BAD_USER_INPUT",
              field: "signedOn",
            },
          }),
        ],
      };
    });
    await fill("签约金额", "4,500.00005"); // 万元
    await click("确认");
    await vi.waitFor(() => expect(errorOf("签约日期")).toBe("日期不能早于上一阶段(2026-01-05)"), WAIT);
    expect(sent[0].input).toEqual({
      projectId: "p1",
      stage: "SIGNED",
      contractAmount: "45000000.50",
      signedOn: todayIso(),
    });
    expect(errorOf("签约金额")).toBeNull();
    expect(wrapper.emitted("moved")).toBeUndefined();
  });

  it("dropping asks for a reason before anything is sent", async () => {
    const sent: unknown[] = [];
    await openDialog("DROPPED", (_n, v) => (sent.push(v), { data: null }));
    await click("确认");
    await vi.waitFor(() => expect(errorOf("终止原因")).toBe("必填"), WAIT);
    expect(sent).toHaveLength(0);
  });
});
