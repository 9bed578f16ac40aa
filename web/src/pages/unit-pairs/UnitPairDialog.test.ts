import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import UnitPairDialog from "./UnitPairDialog.vue";
import UnitPairChangeDialog from "./UnitPairChangeDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, errorOf, fill } from "@/test/user";
import { todayIso } from "@/lib/format";

enableAutoUnmount(afterEach);

const WAIT = { timeout: 4000, interval: 20 };
const PAIRINGS = {
  data: {
    pairings: {
      __typename: "PairingConnection",
      nodes: [
        {
          __typename: "Pairing",
          id: "p1",
          name: "胶州市—镇宁县",
          westRegion: { __typename: "Region", id: "zn", level: "COUNTY" },
        },
      ],
    },
  },
};

async function openRecord(
  role: "COORDINATOR" | "COUNTY_OFFICIAL",
  sent: Array<Record<string, unknown>>,
  answer?: () => object,
) {
  const { wrapper } = await mountApp(
    UnitPairDialog,
    {
      role,
      link: fakeLink((name, v) => {
        if (name === "UnitPairPairingChoices") return PAIRINGS;
        sent.push(v);
        return (answer?.() ?? { data: { recordUnitPair: { __typename: "UnitPair", id: "u1" } } }) as never;
      }),
    },
    { props: { modelValue: false } },
  );
  await wrapper.setProps({ modelValue: true });
  return wrapper;
}

describe("UnitPairDialog", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("asks for the pairing, type and both units before anything is sent", async () => {
    const sent: Array<Record<string, unknown>> = [];
    await openRecord("COORDINATOR", sent);
    await click("保存");
    // Each field's rule runs on its own: wait for every message, not for the first one only.
    await vi.waitFor(() => {
      for (const f of ["结对关系", "结对类型", "东部单位", "西部单位"]) expect(errorOf(f)).toBe("必填");
    }, WAIT);
    expect(sent).toHaveLength(0);
  });

  it("records a pair under the chosen pairing, its county the pairing's west county; the value stays for information", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const wrapper = await openRecord("COORDINATOR", sent);
    await choose("结对关系", "胶州市—镇宁县");
    await choose("结对类型", "村村结对");
    await fill("东部单位", "胶东街道大店社区");
    await fill("西部单位", "六马镇板乐村");
    await fill("帮扶价值（元）", "3000");
    await click("保存");
    await vi.waitFor(() => expect(sent).toHaveLength(1), WAIT);
    expect(sent[0].input).toEqual({
      pairingId: "p1",
      countyId: "zn",
      kind: "VILLAGE_VILLAGE",
      eastUnit: "胶东街道大店社区",
      westUnit: "六马镇板乐村",
      formedOn: todayIso(),
      value: "3000.00",
    });
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
  });

  it("shows the server's refusal beside the field it names", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const wrapper = await openRecord("COUNTY_OFFICIAL", sent, () => ({
      errors: [
        new GraphQLError("日期不能早于结对关系开始(2016-01-01)", {
          extensions: {
            code: "BAD_USER_INPUT",
            field: "formedOn",
            messages: { "zh-CN": "日期不能早于结对关系开始(2016-01-01)", en: "Not before 2016-01-01" },
          },
        }),
      ],
    }));
    await choose("结对关系", "胶州市—镇宁县");
    await choose("结对类型", "校校结对");
    await fill("东部单位", "胶州市第一中学");
    await fill("西部单位", "镇宁县第一中学");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("结对日期")).toBe("日期不能早于结对关系开始(2016-01-01)"), WAIT);
    expect(wrapper.emitted("saved")).toBeUndefined();
  });
});

describe("UnitPairChangeDialog", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("withdrawing asks for a reason, then sends it", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const { wrapper } = await mountApp(
      UnitPairChangeDialog,
      {
        role: "COORDINATOR",
        link: fakeLink((_n, v) => {
          sent.push(v);
          return { data: { withdrawUnitPair: { __typename: "UnitPair", id: "u1", status: "WITHDRAWN" } } };
        }),
      },
      {
        props: {
          modelValue: false,
          mode: "withdraw",
          pair: { id: "u1", eastUnit: "铺集镇", westUnit: "简嘎乡", formedOn: "2024-03-01" },
        },
      },
    );
    await wrapper.setProps({ modelValue: true });
    await click("保存");
    await vi.waitFor(() => expect(errorOf("原因")).toBe("必填"), WAIT);
    expect(sent).toHaveLength(0);
    await fill("原因", "重复录入");
    await click("保存");
    await vi.waitFor(() => expect(sent).toEqual([{ input: { unitPairId: "u1", reason: "重复录入" } }]), WAIT);
  });
});
