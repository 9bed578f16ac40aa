import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import MoveStageDialog from "./MoveStageDialog.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { moveChoices } from "@/lib/investment";
import { todayIso } from "@/lib/format";

enableAutoUnmount(afterEach);

const WAIT = { timeout: 4000, interval: 20 };
interface Vm {
  form: { occurredOn: string; contractAmount: string; signedOn: string; reason: string; note: string };
  save: () => Promise<void>;
}
/** The message under the dialog's form item labelled `label` (the dialog is teleported to <body>). */
function itemError(label: string): string | null {
  const item = [...document.body.querySelectorAll("[data-testid=move-dialog] .el-form-item")].find((i) => i.textContent?.includes(label));
  return item?.querySelector(".el-form-item__error")?.textContent?.trim() ?? null;
}

async function openDialog(stage: "SIGNED" | "DROPPED", answer: Parameters<typeof fakeLink>[0]) {
  const choice = moveChoices([stage])[0];
  const { wrapper } = await mountApp(MoveStageDialog, { role: "COUNTY_OFFICIAL", link: fakeLink(answer) }, { props: { project: { id: "p1", stageSince: "2026-01-05" }, choice, modelValue: false } });
  await wrapper.setProps({ modelValue: true });
  await settle();
  return wrapper.vm as unknown as Vm;
}

describe("MoveStageDialog", () => {
  it("signing: a malformed amount is refused beside the field and nothing is sent", async () => {
    const sent: unknown[] = [];
    const vm = await openDialog("SIGNED", (_n, v) => (sent.push(v), { data: null }));
    vm.form.contractAmount = "12.345";
    await settle();
    await vm.save();
    await settle();
    await vi.waitFor(() => expect(itemError("签约金额")).toBe("请输入金额（元，最多两位小数）"), WAIT);
    expect(sent).toHaveLength(0);
  });

  it("signing: the server's message lands beside the field it names, in the locale's language", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const vm = await openDialog("SIGNED", (_n, v) => {
      sent.push(v);
      return { errors: [new GraphQLError("日期不能早于上一阶段(2026-01-05)/ Not before 2026-01-05", { extensions: { code: "BAD_USER_INPUT", field: "signedOn" } })] };
    });
    vm.form.contractAmount = "45,000,000.5";
    await settle();
    await vm.save();
    await vi.waitFor(() => expect(itemError("签约日期")).toBe("日期不能早于上一阶段(2026-01-05)"), WAIT);
    expect(sent[0].input).toEqual({ projectId: "p1", stage: "SIGNED", contractAmount: "45000000.50", signedOn: todayIso() });
    expect(itemError("签约金额")).toBeNull();
  });

  it("dropping asks for a reason before anything is sent", async () => {
    const sent: unknown[] = [];
    const vm = await openDialog("DROPPED", (_n, v) => (sent.push(v), { data: null }));
    await vm.save();
    await settle();
    await vi.waitFor(() => expect(itemError("终止原因")).toBe("必填"), WAIT);
    expect(sent).toHaveLength(0);
  });
});
