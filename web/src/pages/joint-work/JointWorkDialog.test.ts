import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import JointWorkDialog from "./JointWorkDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, errorOf, fill, valueOf } from "@/test/user";
import { todayIso } from "@/lib/format";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };
const PAIRINGS = [
  { id: "p-jz", name: "胶州市—镇宁县" },
  { id: "p-jh", name: "胶州市—徽县" },
];

function recording(answer?: (input: Record<string, unknown>) => unknown) {
  const sent: Record<string, unknown>[] = [];
  const link = fakeLink((name, variables) => {
    const input = variables.input as Record<string, unknown>;
    sent.push({ op: name, ...input });
    const custom = answer?.(input);
    if (custom) return custom;
    if (name === "RecordJointWork")
      return { data: { recordJointWork: { __typename: "JointWork", id: "j1", title: input.title } } };
    if (name === "WithdrawJointWork")
      return {
        data: {
          withdrawJointWork: { __typename: "JointWork", id: input.id, withdrawn: true, withdrawnReason: input.reason },
        },
      };
    return { data: null };
  });
  return { sent, link };
}

describe("JointWorkDialog (组织领导)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("a coordinator records a visit: checks the form first, sends the offices one per line, shows the server's refusal beside its field", async () => {
    const { sent, link } = recording((input) =>
      input.personVisits === 999
        ? {
            errors: [
              {
                message: "日期不能早于结对开始",
                extensions: {
                  code: "BAD_USER_INPUT",
                  field: "heldOn",
                  messages: { "zh-CN": "日期不能早于结对开始", en: "Not before the pairing began" },
                },
              },
            ],
          }
        : undefined,
    );
    const { wrapper } = await mountApp(
      JointWorkDialog,
      { role: "COORDINATOR", link },
      { props: { pairings: PAIRINGS, modelValue: false } },
    );
    await wrapper.setProps({ modelValue: true });
    expect(valueOf("日期")).toBe(todayIso());

    await click("保存");
    // Each field's rule runs on its own: wait for every message (the flake the helper saw once).
    await vi.waitFor(() => {
      expect(errorOf("名称")).toBe("请输入名称");
      expect(errorOf("结对")).toBe("请选择结对");
      expect(errorOf("人次")).toBe("人次须为不小于 1 的整数");
    }, WAIT);
    expect(sent).toHaveLength(0);

    await choose("结对", "胶州市—镇宁县");
    await choose("类型", "领导互访");
    await choose("方向", "西部赴东部");
    await fill("名称", " 镇宁县党政代表团赴胶州考察 ");
    await fill("地点", "胶州市");
    await fill("带队领导", "县委书记");
    await fill("人次", "0");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("人次")).toBe("人次须为不小于 1 的整数"), WAIT);
    expect(sent).toHaveLength(0);

    await fill("人次", "999");
    await fill("东部参会单位", "胶州市委\n胶州市政府、 胶州市扶贫协作办");
    await fill("西部参会单位", "镇宁县委");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("日期")).toBe("日期不能早于结对开始"), WAIT);
    expect(wrapper.emitted("saved")).toBeUndefined();

    await fill("人次", "18");
    await click("保存");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(sent.at(-1)).toEqual({
      op: "RecordJointWork",
      pairingId: "p-jz",
      kind: "VISIT",
      heldOn: todayIso(),
      title: "镇宁县党政代表团赴胶州考察",
      place: "胶州市",
      direction: "WEST_TO_EAST",
      leader: "县委书记",
      personVisits: 18,
      eastOffices: ["胶州市委", "胶州市政府", "胶州市扶贫协作办"],
      westOffices: ["镇宁县委"],
      documentRef: null,
      outcome: null,
    });
  });

  it("a meeting has no direction; a county official records only its county's visits east", async () => {
    const { sent, link } = recording();
    const { wrapper } = await mountApp(
      JointWorkDialog,
      { role: "COORDINATOR", link },
      { props: { pairings: PAIRINGS.slice(0, 1), modelValue: false } },
    );
    await wrapper.setProps({ modelValue: true });
    expect(valueOf("类型")).toBe("联席会议");
    expect(() => errorOf("方向")).toThrow(); // no direction field for a meeting
    expect(valueOf("结对")).toBe("胶州市—镇宁县"); // the only pairing is chosen
    await fill("名称", "胶州—镇宁党政联席会议");
    await fill("地点", "镇宁县");
    await fill("带队领导", "市委书记");
    await fill("人次", "30");
    await click("保存");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(sent.at(-1)).toMatchObject({ kind: "MEETING", direction: null, personVisits: 30 });
    wrapper.unmount();

    const official = recording();
    const w2 = await mountApp(
      JointWorkDialog,
      { role: "COUNTY_OFFICIAL", link: official.link },
      { props: { pairings: PAIRINGS.slice(0, 1), visitsEastOnly: true, modelValue: false } },
    );
    await w2.wrapper.setProps({ modelValue: true });
    expect(() => errorOf("类型")).toThrow();
    await fill("名称", "镇宁县代表团赴胶州对接");
    await fill("地点", "胶州市");
    await fill("带队领导", "县长");
    await fill("人次", "12");
    await click("保存");
    await vi.waitFor(() => expect(w2.wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(official.sent.at(-1)).toMatchObject({ kind: "VISIT", direction: "WEST_TO_EAST", personVisits: 12 });
  });

  it("withdrawing asks for the reason and sends it with the record's id", async () => {
    const { sent, link } = recording();
    const { wrapper } = await mountApp(
      JointWorkDialog,
      { role: "COORDINATOR", link },
      { props: { pairings: PAIRINGS, withdrawing: { id: "j9", title: "重复的会议" }, modelValue: false } },
    );
    await wrapper.setProps({ modelValue: true });
    expect(document.body.textContent).toContain("撤销“重复的会议”");
    await click("撤销");
    await vi.waitFor(() => expect(errorOf("撤销原因")).toBe("请说明撤销原因"), WAIT);
    expect(sent).toHaveLength(0);
    await fill("撤销原因", "与联席会议重复登记");
    await click("撤销");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(sent).toEqual([{ op: "WithdrawJointWork", id: "j9", reason: "与联席会议重复登记" }]);
  });
});
