import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import RecordFigureForm from "./RecordFigureForm.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

enableAutoUnmount(afterEach);

const WAIT = { timeout: 4000, interval: 20 };

interface FormVm {
  form: { indicator: string; amount: string; occurredOn: string; sourceDocument: string; note: string };
}

function itemError(wrapper: { findAll: (s: string) => Array<{ text: () => string; find: (s: string) => { exists: () => boolean; text: () => string } }> }, label: string) {
  const item = wrapper.findAll(".el-form-item").find((i) => i.text().includes(label));
  const err = item?.find(".el-form-item__error");
  return err?.exists() ? err.text() : null;
}

describe("RecordFigureForm", () => {
  it("shows a BAD_USER_INPUT error beside the field it names, in the current locale", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const link = fakeLink((_name, variables) => {
      sent.push(variables);
      return {
        errors: [
          new GraphQLError("上报数须大于零;如需减少请更正原记录 / Must be positive; correct an entry to reduce it", {
            extensions: { code: "BAD_USER_INPUT", field: "amount" },
          }),
        ],
      };
    });
    const { wrapper } = await mountApp(RecordFigureForm, { link }, { props: { pairingId: "p1", year: 2020 } });
    const vm = wrapper.vm as unknown as FormVm;
    vm.form.indicator = "LABOURERS_PLACED";
    vm.form.amount = "5";
    vm.form.sourceDocument = "胶协办〔2020〕12号";
    await settle();
    await wrapper.get("form").trigger("submit");
    await settle();

    await vi.waitFor(() => expect(itemError(wrapper, "数额")).toBe("上报数须大于零;如需减少请更正原记录"), WAIT);
    expect(sent).toHaveLength(1);
    expect(sent[0].input).toMatchObject({ pairingId: "p1", indicator: "LABOURERS_PLACED", amount: "5", occurredOn: "2020-12-31" });
    expect(itemError(wrapper, "文件依据")).toBeNull();

    // Editing the field clears the server's message.
    vm.form.amount = "6";
    await vi.waitFor(() => expect(itemError(wrapper, "数额")).toBeNull(), WAIT);
  });

  it("English: the server's English half, beside the document field", async () => {
    const link = fakeLink(() => ({
      errors: [new GraphQLError("请填写文件依据 / Enter the source document", { extensions: { code: "BAD_USER_INPUT", field: "sourceDocument" } })],
    }));
    const { wrapper } = await mountApp(RecordFigureForm, { link, locale: "en" }, { props: { pairingId: "p1", year: 2020 } });
    const vm = wrapper.vm as unknown as FormVm;
    vm.form.indicator = "FISCAL_AID";
    vm.form.amount = "1234.5";
    vm.form.sourceDocument = "x";
    await settle();
    await wrapper.get("form").trigger("submit");
    await settle();
    await vi.waitFor(() => expect(itemError(wrapper, "Source document")).toBe("Enter the source document"), WAIT);
  });

  it("checks the amount against the indicator's unit before sending", async () => {
    const sent: unknown[] = [];
    const link = fakeLink((_n, v) => {
      sent.push(v);
      return { data: null };
    });
    const { wrapper } = await mountApp(RecordFigureForm, { link }, { props: { pairingId: "p1", year: 2020 } });
    const vm = wrapper.vm as unknown as FormVm;
    vm.form.indicator = "LABOURERS_PLACED";
    vm.form.amount = "12.5";
    vm.form.sourceDocument = "doc";
    await settle();
    await wrapper.get("form").trigger("submit");
    await settle();
    await vi.waitFor(() => expect(itemError(wrapper, "数额")).toBe("请输入整数"), WAIT);
    expect(sent).toHaveLength(0);
  });

  it("renders the data-testids the browser test uses", async () => {
    const { wrapper } = await mountApp(RecordFigureForm, {}, { props: { pairingId: "p1", year: 2020 } });
    for (const id of ["record-indicator", "record-amount", "record-date", "record-document", "record-note", "record-submit"]) {
      expect(wrapper.find(`[data-testid=${id}]`).exists(), id).toBe(true);
    }
  });
});
