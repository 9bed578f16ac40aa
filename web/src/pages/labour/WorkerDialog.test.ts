import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import WorkerDialog from "./WorkerDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, errorOf, fill, toggle, valueOf } from "@/test/user";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

async function open(answer: Parameters<typeof fakeLink>[0]) {
  const { wrapper } = await mountApp(
    WorkerDialog,
    { role: "COUNTY_OFFICIAL", link: fakeLink(answer) },
    { props: { modelValue: false } },
  );
  await wrapper.setProps({ modelValue: true });
  return wrapper;
}

describe("WorkerDialog (推荐劳动力)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("fills birth year and sex from the ID number, and shows the server's check-digit refusal beside the field", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const wrapper = await open((_name, variables) => {
      sent.push(variables);
      return {
        errors: [
          new GraphQLError("身份证号码无效(须为18位且校验位正确)", {
            extensions: {
              code: "BAD_USER_INPUT",
              field: "idNumber",
              messages: {
                "zh-CN": "身份证号码无效(须为18位且校验位正确)",
                en: "Invalid ID number (18 characters with a valid check character)",
              },
            },
          }),
        ],
      };
    });
    await fill("姓名", "韦明");
    await fill("身份证号", "52042319950615123x"); // right form, wrong check character: the server judges
    expect(valueOf("出生年份")).toBe("1995");
    expect(valueOf("性别")).toBe("男");
    await fill("手机号", "139 0000 9876");
    await toggle("建档立卡");
    await choose("技能", "缝纫", "电焊");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("身份证号")).toBe("身份证号码无效(须为18位且校验位正确)"), WAIT);
    expect(sent).toHaveLength(1);
    // Sent normalised: upper-case X, phone without spaces, consent dated.
    expect(sent[0].input).toMatchObject({
      idNumber: "52042319950615123X",
      phone: "13900009876",
      birthYear: 1995,
      sex: "MALE",
      registeredPoor: true,
      skills: ["缝纫", "电焊"],
      consent: true,
    });
    expect((sent[0].input as { consentOn: string }).consentOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(errorOf("姓名")).toBeNull();
    expect(wrapper.emitted("saved")).toBeUndefined();
    // Editing the number clears the server's message.
    await fill("身份证号", "520423199506151231");
    await vi.waitFor(() => expect(errorOf("身份证号")).toBeNull(), WAIT);
  });

  it("refuses a number of the wrong form before sending anything", async () => {
    const sent: unknown[] = [];
    await open((_n, v) => {
      sent.push(v);
      return { data: null };
    });
    await fill("姓名", "韦明");
    await fill("身份证号", "5204231995061512");
    await choose("性别", "男");
    await fill("出生年份", 1995);
    await fill("手机号", "12900009876");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("身份证号")).toContain("18位"), WAIT);
    await vi.waitFor(() => expect(errorOf("手机号")).toContain("11位"), WAIT);
    expect(sent).toHaveLength(0);
  });
});
