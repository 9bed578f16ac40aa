import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import JobFairDialog from "./JobFairDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, errorOf, fill } from "@/test/user";
import { todayIso } from "@/lib/format";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

async function open(onRecord: (v: Record<string, unknown>) => unknown) {
  const link = fakeLink((name, variables) => {
    if (name === "RecordJobFair") return onRecord(variables) as never;
    if (name === "WestCounties")
      return {
        data: {
          regions: {
            __typename: "RegionConnection",
            nodes: [{ __typename: "Region", id: "c1", name: "镇宁布依族苗族自治县" }],
          },
        },
      };
    return {
      data: {
        enterprises: {
          __typename: "EnterpriseConnection",
          nodes: [{ __typename: "Enterprise", id: "e1", name: "馨思雅妇幼用品有限公司" }],
        },
      },
    };
  });
  const { wrapper } = await mountApp(JobFairDialog, { role: "COORDINATOR", link }, { props: { modelValue: false } });
  await wrapper.setProps({ modelValue: true });
  return wrapper;
}

/** The coordinator describes the fair: name, venue, county, employers, attendance and offers. */
async function describeFair(attendance: number, offers: number) {
  await fill("招聘会名称", "胶州—镇宁专场招聘会");
  await fill("地点", "镇宁县人力资源市场");
  await choose("结对县", "镇宁布依族苗族自治县");
  await choose("参会企业", "馨思雅妇幼用品有限公司");
  await fill("到场人次", attendance);
  await fill("达成意向人数", offers);
}

describe("JobFairDialog (登记专场招聘会)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("refuses more offers than attendance before sending anything", async () => {
    const sent: unknown[] = [];
    await open((v) => (sent.push(v), { data: null }));
    await describeFair(10, 12);
    await click("保存");
    await vi.waitFor(() => expect(errorOf("达成意向人数")).toBe("达成意向人数不能多于到场人次"), WAIT);
    expect(sent).toHaveLength(0);
  });

  it("sends the fair for the coordinator's region and shows the server's refusal beside its field", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const wrapper = await open((v) => {
      sent.push(v);
      return {
        errors: [
          new GraphQLError("日期不能晚于今天", {
            extensions: {
              messages: { "zh-CN": "日期不能晚于今天", en: "The date cannot be in the future" },
              code: "BAD_USER_INPUT",
              field: "heldOn",
            },
          }),
        ],
      };
    });
    await describeFair(300, 96);
    await click("保存");
    await vi.waitFor(() => expect(errorOf("举办日期")).toBe("日期不能晚于今天"), WAIT);
    expect(sent).toHaveLength(1);
    expect(sent[0].input).toEqual({
      name: "胶州—镇宁专场招聘会",
      venue: "镇宁县人力资源市场",
      heldOn: todayIso(),
      countyId: "c1",
      eastRegionId: "r1",
      enterpriseIds: ["e1"],
      attendance: 300,
      offers: 96,
    });
    expect(wrapper.emitted("saved")).toBeUndefined();
  });
});
