import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import TalentDialog from "./TalentDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, errorOf, fill, messages, valueOf } from "@/test/user";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

const EAST = {
  data: {
    regions: {
      __typename: "RegionConnection",
      nodes: [{ __typename: "Region", id: "e1", name: "胶州市", level: "COUNTY" }],
    },
  },
};
const COUNTIES = {
  data: {
    regions: {
      __typename: "RegionConnection",
      nodes: [
        { __typename: "Region", id: "c1", name: "镇宁布依族苗族自治县" },
        { __typename: "Region", id: "c2", name: "徽县" },
      ],
    },
  },
};

describe("TalentDialog (登记派驻 / 修改)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("a new person's posting: sent as typed; the server's refusal of the phone shows beside it, never the number", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const { wrapper } = await mountApp(
      TalentDialog,
      {
        role: "COORDINATOR",
        link: fakeLink((name, variables) => {
          if (name === "InvestWestCounties") return COUNTIES;
          if (name === "LabourEastRegions") return EAST;
          sent.push(variables);
          const zh = "手机号码须为11位大陆手机号";
          return {
            errors: [
              new GraphQLError(zh, {
                extensions: {
                  code: "BAD_USER_INPUT",
                  field: "person.phone",
                  messages: { "zh-CN": zh, en: "Enter an 11-digit mainland mobile number" },
                },
              }),
            ],
          };
        }),
      },
      { props: { modelValue: false, posting: null } },
    );
    await wrapper.setProps({ modelValue: true });
    await fill("姓名", " 王立新 ");
    await fill("工作单位", "胶州市第一中学");
    await fill("手机号码", "1391234");
    await choose("受援县", "镇宁布依族苗族自治县");
    await choose("类别", "教师");
    await choose("派驻方式", "支教");
    await fill("派出单位", "胶州市教育和体育局");
    await fill("接收单位", "镇宁县民族中学");
    await fill("担任职务", "“胶州班”数学教师");
    await fill("开始日期", "2026-09-01");
    await fill("计划结束日期", "2027-07-15");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("手机号码")).toBe("手机号码须为11位大陆手机号"), WAIT);
    expect(sent).toHaveLength(1);
    expect(sent[0].input).toEqual({
      person: { name: "王立新", institution: "胶州市第一中学", phone: "1391234" },
      direction: "SENT",
      category: "TEACHER",
      kind: "TEACHING",
      eastRegionId: null,
      countyId: "c1",
      sendingUnit: "胶州市教育和体育局",
      receivingUnit: "镇宁县民族中学",
      roleTitle: "“胶州班”数学教师",
      startsOn: "2026-09-01",
      plannedEndOn: "2027-07-15",
    });
    expect(wrapper.emitted("saved")).toBeUndefined();
    // Editing the phone clears the server's message.
    await fill("手机号码", "13912345678");
    await vi.waitFor(() => expect(errorOf("手机号码")).toBeNull(), WAIT);
  });

  it("a county official records only people received (the direction is fixed)", async () => {
    const { wrapper } = await mountApp(
      TalentDialog,
      { role: "COUNTY_OFFICIAL", link: fakeLink(() => ({ data: null })) },
      { props: { modelValue: false, posting: null } },
    );
    await wrapper.setProps({ modelValue: true });
    const body = document.body.querySelector("[data-testid=talent-dialog]")!;
    expect(body.textContent).not.toContain("受援县");
    expect(body.querySelector("[data-testid=talent-direction] .is-active")?.textContent).toContain("接收");
  });

  it("editing: the masked phone until asked for; the posting's facts are sent, the person's only when changed", async () => {
    const sent: Array<[string, Record<string, unknown>]> = [];
    const { wrapper } = await mountApp(
      TalentDialog,
      {
        role: "COORDINATOR",
        link: fakeLink((name, variables) => {
          if (name === "InvestWestCounties") return COUNTIES;
          if (name === "LabourEastRegions") return EAST;
          sent.push([name, variables]);
          if (name === "TalentRevealPhone")
            return {
              data: {
                revealTalentPersonPhone: { __typename: "TalentPersonPhone", personId: "p1", phone: "13912345678" },
              },
            };
          return { data: { changeTalentPosting: { __typename: "TalentPosting", id: "t1" } } };
        }),
      },
      {
        props: {
          modelValue: false,
          posting: {
            id: "t1",
            category: "DOCTOR",
            kind: "MEDICAL",
            sendingUnit: "胶州市卫生健康局",
            receivingUnit: "镇宁县人民医院",
            roleTitle: "儿科主治医师",
            startsOn: "2026-03-01",
            plannedEndOn: "2026-12-15",
            person: { id: "p1", name: "张丽君", institution: "胶州市人民医院", phoneMasked: "139****5678" },
          },
        },
      },
    );
    await wrapper.setProps({ modelValue: true });
    expect(valueOf("姓名")).toBe("张丽君");
    expect(valueOf("手机号码")).toBe("");
    const phone = document.body.querySelector("[data-testid=talent-phone]")!;
    const input = phone.tagName === "INPUT" ? phone : phone.querySelector("input")!;
    expect(input.getAttribute("placeholder")).toBe("139****5678");
    await click("查看完整号码");
    await vi.waitFor(() => expect(valueOf("手机号码")).toBe("13912345678"), WAIT);
    await fill("计划结束日期", "2026-10-31");
    await click("保存");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(sent.map(([n]) => n)).toEqual(["TalentRevealPhone", "TalentChangePosting"]);
    expect(sent[1][1].input).toMatchObject({ postingId: "t1", plannedEndOn: "2026-10-31", category: "DOCTOR" });
    expect(messages()).toContain("已保存");
  });
});
