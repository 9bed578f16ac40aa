import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import WorkerDialog from "./WorkerDialog.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

interface DialogVm {
  form: { name: string; sex: string; birthYear: number | null; idNumber: string; phone: string; registeredPoor: boolean; skills: string[]; consent: boolean; consentOn: string };
  save: () => Promise<void>;
}

/** The dialog is teleported to <body>: find the form item by its label there. */
function itemError(label: string): string | null {
  // The newest dialog is appended last (a closed one may linger while it fades out).
  const item = [...document.body.querySelectorAll(".el-form-item")].reverse().find((i) => i.querySelector(".el-form-item__label")?.textContent?.includes(label));
  return item?.querySelector(".el-form-item__error")?.textContent?.trim() ?? null;
}

async function open(answer: Parameters<typeof fakeLink>[0]) {
  const { wrapper } = await mountApp(WorkerDialog, { role: "COUNTY_OFFICIAL", link: fakeLink(answer) }, { props: { modelValue: false } });
  await wrapper.setProps({ modelValue: true });
  await settle();
  const vm = wrapper.vm as unknown as DialogVm;
  return { wrapper, vm };
}

describe("WorkerDialog (推荐劳动力)", () => {
  it("fills birth year and sex from the ID number, and shows the server's check-digit refusal beside the field", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const { vm } = await open((_name, variables) => {
      sent.push(variables);
      return {
        errors: [new GraphQLError("身份证号码无效(须为18位且校验位正确)/ Invalid ID number (18 characters with a valid check character)", { extensions: { code: "BAD_USER_INPUT", field: "idNumber" } })],
      };
    });
    vm.form.name = "韦明";
    vm.form.idNumber = "52042319950615123x"; // right form, wrong check character: the server judges
    await settle();
    expect(vm.form.birthYear).toBe(1995);
    expect(vm.form.sex).toBe("MALE");
    vm.form.phone = "139 0000 9876";
    await settle();
    await vm.save();
    await vi.waitFor(() => expect(itemError("身份证号")).toBe("身份证号码无效(须为18位且校验位正确)"), WAIT);
    expect(sent).toHaveLength(1);
    // Sent normalised: upper-case X, phone without spaces, consent dated.
    expect(sent[0].input).toMatchObject({ idNumber: "52042319950615123X", phone: "13900009876", birthYear: 1995, sex: "MALE", consent: true });
    expect(itemError("姓名")).toBeNull();
    // Editing the number clears the server's message.
    vm.form.idNumber = "520423199506151231";
    await vi.waitFor(() => expect(itemError("身份证号")).toBeNull(), WAIT);
  });

  it("refuses a number of the wrong form before sending anything", async () => {
    const sent: unknown[] = [];
    const { vm } = await open((_n, v) => {
      sent.push(v);
      return { data: null };
    });
    Object.assign(vm.form, { name: "韦明", idNumber: "5204231995061512", sex: "MALE", birthYear: 1995, phone: "12900009876" });
    await settle();
    await vm.save();
    await vi.waitFor(() => expect(itemError("身份证号")).toContain("18位"), WAIT);
    await vi.waitFor(() => expect(itemError("手机号")).toContain("11位"), WAIT);
    expect(sent).toHaveLength(0);
  });
});
