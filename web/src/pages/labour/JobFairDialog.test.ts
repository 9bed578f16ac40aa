import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import JobFairDialog from "./JobFairDialog.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

interface DialogVm {
  form: { name: string; venue: string; heldOn: string; countyId: string; enterpriseIds: string[]; attendance: number; offers: number };
  save: () => Promise<void>;
}

function itemError(label: string): string | null {
  const item = [...document.body.querySelectorAll(".el-form-item")].reverse().find((i) => i.querySelector(".el-form-item__label")?.textContent?.includes(label));
  return item?.querySelector(".el-form-item__error")?.textContent?.trim() ?? null;
}

async function open(onRecord: (v: Record<string, unknown>) => unknown) {
  const link = fakeLink((name, variables) => {
    if (name === "RecordJobFair") return onRecord(variables) as never;
    if (name === "WestCounties") return { data: { regions: { __typename: "RegionConnection", nodes: [{ __typename: "Region", id: "c1", name: "镇宁布依族苗族自治县" }] } } };
    return { data: { enterprises: { __typename: "EnterpriseConnection", nodes: [{ __typename: "Enterprise", id: "e1", name: "馨思雅妇幼用品有限公司" }] } } };
  });
  const { wrapper } = await mountApp(JobFairDialog, { role: "COORDINATOR", link }, { props: { modelValue: false } });
  await wrapper.setProps({ modelValue: true });
  await settle();
  return wrapper.vm as unknown as DialogVm;
}

describe("JobFairDialog (登记专场招聘会)", () => {
  it("refuses more offers than attendance before sending anything", async () => {
    const sent: unknown[] = [];
    const vm = await open((v) => (sent.push(v), { data: null }));
    Object.assign(vm.form, { name: "胶州—镇宁专场招聘会", venue: "镇宁县人力资源市场", countyId: "c1", enterpriseIds: ["e1"], attendance: 10, offers: 12 });
    await settle();
    await vm.save();
    await vi.waitFor(() => expect(itemError("达成意向人数")).toBe("达成意向人数不能多于到场人次"), WAIT);
    expect(sent).toHaveLength(0);
  });

  it("sends the fair for the coordinator's region and shows the server's refusal beside its field", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const vm = await open((v) => {
      sent.push(v);
      return { errors: [new GraphQLError("日期不能晚于今天 / The date cannot be in the future", { extensions: { code: "BAD_USER_INPUT", field: "heldOn" } })] };
    });
    Object.assign(vm.form, { name: "胶州—镇宁专场招聘会", venue: "镇宁县人力资源市场", countyId: "c1", enterpriseIds: ["e1"], attendance: 300, offers: 96 });
    await settle();
    await vm.save();
    await vi.waitFor(() => expect(itemError("举办日期")).toBe("日期不能晚于今天"), WAIT);
    expect(sent).toHaveLength(1);
    expect(sent[0].input).toMatchObject({ countyId: "c1", enterpriseIds: ["e1"], attendance: 300, offers: 96 });
    expect((sent[0].input as { eastRegionId: string }).eastRegionId).toBeTruthy();
  });
});
