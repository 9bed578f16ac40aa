import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import DonationDialog from "./DonationDialog.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, errorOf, field, fill } from "@/test/user";
import { todayIso } from "@/lib/format";
import type { Role } from "@/gql/graphql";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

async function open(onRecord: (v: Record<string, unknown>) => unknown, role: Role = "COORDINATOR") {
  const link = fakeLink((name, variables) => {
    if (name === "RecordDonation") return onRecord(variables) as never;
    if (name === "InvestWestCounties")
      return {
        data: {
          regions: {
            __typename: "RegionConnection",
            nodes: [{ __typename: "Region", id: "c1", name: "镇宁布依族苗族自治县" }],
          },
        },
      };
    if (name === "LabourEastRegions")
      return {
        data: {
          regions: {
            __typename: "RegionConnection",
            nodes: [{ __typename: "Region", id: "r1", name: "胶州市", level: "COUNTY" }],
          },
        },
      };
    return {
      data: {
        enterprises: {
          __typename: "EnterpriseConnection",
          nodes: [{ __typename: "Enterprise", id: "e1", name: "馨思雅妇幼用品有限公司", homeRegionId: "r1" }],
        },
      },
    };
  });
  const { wrapper } = await mountApp(DonationDialog, { role, link }, { props: { modelValue: false } });
  await wrapper.setProps({ modelValue: true });
  await settle();
  return wrapper;
}

async function pick(testid: string) {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"] input`);
  if (!input) throw new Error(`no ${testid}`);
  input.click();
  await settle();
}

const hasField = (name: string) => {
  try {
    field(name);
    return true;
  } catch {
    return false;
  }
};

describe("DonationDialog (登记捐赠)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("individual donors: no name field, only how many; sent without any personal data", async () => {
    const sent: Array<Record<string, unknown>> = [];
    await open(
      (v) => (sent.push(v), { data: { recordDonation: { __typename: "Donation", id: "d1", amount: "500.00" } } }),
    );
    await choose("受援县", "镇宁布依族苗族自治县");
    expect(hasField("捐赠方名称")).toBe(true);
    await pick("donor-kind-INDIVIDUAL");
    expect(hasField("捐赠方名称")).toBe(false);
    expect(document.body.textContent).toContain("不记录姓名、电话等个人信息");
    await fill("捐赠人数", 35);
    await fill("金额", "500");
    await fill("捐赠票据号", "ZN-2026-01");
    await click("保存");
    await vi.waitFor(() => expect(sent).toHaveLength(1), WAIT);
    expect(sent[0].input).toEqual({
      countyId: "c1",
      kind: "MONEY",
      donorKind: "INDIVIDUAL",
      donorCount: 35,
      emergency: "NONE",
      receivedOn: todayIso(),
      receiptNo: "ZN-2026-01",
      amount: "500.00",
    });
  });

  it("goods ask what was given and the valuation basis before sending anything", async () => {
    const sent: unknown[] = [];
    await open((v) => (sent.push(v), { data: null }));
    expect(hasField("捐赠物资")).toBe(false);
    await pick("donation-kind-GOODS");
    expect(hasField("捐赠物资")).toBe(true);
    await choose("受援县", "镇宁布依族苗族自治县");
    await fill("捐赠方名称", "胶州市慈善总会");
    await fill("金额", "1000");
    await fill("捐赠票据号", "X-1");
    await click("保存");
    // Each field's rule runs on its own: wait for both messages, not for the first one only.
    await vi.waitFor(() => {
      expect(errorOf("捐赠物资")).toBe("请填写此项");
      expect(errorOf("折价依据")).toBe("请填写此项");
    }, WAIT);
    expect(sent).toHaveLength(0);
  });

  it("a county official names the donor side; the server's refusal shows beside its field", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const wrapper = await open((v) => {
      sent.push(v);
      return {
        errors: [
          new GraphQLError("请输入捐赠票据号", {
            extensions: {
              messages: { "zh-CN": "请输入捐赠票据号", en: "Enter the receipt number" },
              code: "BAD_USER_INPUT",
              field: "receiptNo",
            },
          }),
        ],
      };
    }, "COUNTY_OFFICIAL");
    expect(hasField("受援县")).toBe(false);
    await fill("捐赠方名称", "胶州市慈善总会");
    await fill("金额", "1000");
    await fill("捐赠票据号", "X-2");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("捐赠方地区")).toBe("请填写此项"), WAIT);
    expect(sent).toHaveLength(0);
    await choose("捐赠方地区", "胶州市");
    await click("保存");
    await vi.waitFor(() => expect(sent).toHaveLength(1), WAIT);
    await vi.waitFor(() => expect(errorOf("捐赠票据号")).toBe("请输入捐赠票据号"), WAIT);
    expect(sent[0].input).toMatchObject({ eastRegionId: "r1", donorKind: "ENTERPRISE", donorName: "胶州市慈善总会" });
    expect(wrapper.emitted("saved")).toBeUndefined();
  });
});
