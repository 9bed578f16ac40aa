import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import SalesCentreDialog from "@/pages/channels/SalesCentreDialog.vue";
import TrancheDialog from "@/pages/investment/TrancheDialog.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

/**
 * useFormDialog through two dialogs built on it, driven as a person does: one with el-form rules
 * (展销中心) and one with its own checks (到位资金).
 */
enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

const $ = <E extends Element = HTMLElement>(sel: string) => document.body.querySelector<E>(sel);
function type(testid: string, value: string) {
  const el =
    $<HTMLInputElement>(`[data-testid=${testid}] input`) ?? $<HTMLInputElement>(`input[data-testid=${testid}]`)!;
  el.value = value;
  el.dispatchEvent(new Event("input"));
}
function click(testid: string) {
  $(`[data-testid=${testid}]`)!.click();
}
function itemError(label: string): string | null {
  const item = [...document.body.querySelectorAll(".el-form-item")]
    .reverse()
    .find((i) => i.querySelector(".el-form-item__label")?.textContent?.trim().startsWith(label));
  return item?.querySelector(".el-form-item__error")?.textContent?.trim() ?? null;
}
const value = (testid: string) =>
  ($<HTMLInputElement>(`[data-testid=${testid}] input`) ?? $<HTMLInputElement>(`input[data-testid=${testid}]`))!.value;

describe("useFormDialog", () => {
  it("runs the form's rules before sending, shows the server's refusal beside its field until it is edited, then closes on success", async () => {
    const sent: Array<Record<string, unknown>> = [];
    let refuse = true;
    const link = fakeLink((name, variables) => {
      if (name !== "CreateSalesCentre") return { data: null };
      sent.push(variables.input as Record<string, unknown>);
      if (refuse)
        return {
          errors: [
            {
              message: "名称已被使用",
              extensions: {
                messages: { "zh-CN": "名称已被使用", en: "The name is taken" },
                code: "BAD_USER_INPUT",
                field: "name",
              },
            },
          ],
        };
      return { data: { createSalesCentre: { __typename: "SalesCentre", id: "sc1" } } };
    });
    const { wrapper } = await mountApp(SalesCentreDialog, { link }, { props: { modelValue: false, centre: null } });
    await wrapper.setProps({ modelValue: true });
    await settle();

    click("centre-submit");
    // Element Plus shows each field's message as its own validation settles: wait for both.
    await vi.waitFor(
      () => expect([itemError("名称"), itemError("地址")]).toEqual(["此项为必填项", "此项为必填项"]),
      WAIT,
    );
    expect(sent).toHaveLength(0);

    type("centre-name", " 胶州市消费帮扶专馆 ");
    type("centre-address", "胶州市扬州路 1 号");
    await settle();
    click("centre-submit");
    await vi.waitFor(() => expect(itemError("名称")).toBe("名称已被使用"), WAIT);
    expect(sent).toEqual([{ name: "胶州市消费帮扶专馆", address: "胶州市扬州路 1 号", openedOn: null }]);
    expect(wrapper.emitted("update:modelValue")).toBeUndefined();

    // Editing the field the server named hides its message.
    type("centre-name", "胶州市消费帮扶专馆（北区）");
    await vi.waitFor(() => expect(itemError("名称")).toBeNull(), WAIT);

    refuse = false;
    click("centre-submit");
    await vi.waitFor(() => expect(wrapper.emitted("update:modelValue")).toEqual([[false]]), WAIT);
    expect(sent[1]).toMatchObject({ name: "胶州市消费帮扶专馆（北区）" });
  });

  it("opens with the row being edited, and afresh every time", async () => {
    const centre = {
      id: "sc1",
      name: "胶州市消费帮扶专馆",
      address: "胶州市扬州路 1 号",
      openedOn: "2025-05-01",
      active: true,
    };
    const { wrapper } = await mountApp(
      SalesCentreDialog,
      { link: fakeLink(() => ({ data: null })) },
      { props: { modelValue: false, centre } },
    );
    await wrapper.setProps({ modelValue: true });
    await settle();
    expect(value("centre-name")).toBe("胶州市消费帮扶专馆");
    expect(value("centre-opened")).toBe("2025-05-01");
    type("centre-name", "改过的名字");
    await settle();
    await wrapper.setProps({ modelValue: false });
    await wrapper.setProps({ centre: null });
    await wrapper.setProps({ modelValue: true });
    await settle();
    expect(value("centre-name")).toBe("");
    expect(value("centre-address")).toBe("");
  });

  it("shows the dialog's own checks beside their fields, holds the send, and clears a message as its field is edited", async () => {
    const sent: unknown[] = [];
    const link = fakeLink((_name, variables) => {
      sent.push(variables);
      return { data: { recordFundTranche: { __typename: "FundTranche", id: "t1" } } };
    });
    const { wrapper } = await mountApp(
      TrancheDialog,
      { link },
      { props: { modelValue: false, projectId: "p1", signedOn: null, reversing: null } },
    );
    await wrapper.setProps({ modelValue: true });
    await settle();
    type("tranche-amount", "12.3456789");
    type("tranche-reference", "");
    await settle();
    click("tranche-submit");
    await vi.waitFor(() => expect(itemError("凭证号")).toBe("必填"), WAIT);
    expect(itemError("金额")).toBeTruthy();
    expect(sent).toHaveLength(0);

    type("tranche-reference", "胶财预〔2026〕8号");
    await vi.waitFor(() => expect(itemError("凭证号")).toBeNull(), WAIT);
    expect(itemError("金额")).toBeTruthy();
    type("tranche-amount", "50"); // 万元
    await settle();
    click("tranche-submit");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(sent).toEqual([
      {
        input: {
          projectId: "p1",
          amount: "500000.00",
          receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          reference: "胶财预〔2026〕8号",
        },
      },
    ]);
  });
});
