import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import UserFixture from "./UserFixture.vue";
import { mountApp } from "./mountApp";
import {
  USER_FLOW_TIMEOUT,
  choose,
  clear,
  click,
  confirm,
  errorOf,
  field,
  fieldErrors,
  fill,
  toggle,
  valueOf,
} from "./user";

enableAutoUnmount(afterEach);

const mountFixture = async () => (await mountApp(UserFixture)).wrapper;

describe("the user helper (web/src/test/user.ts)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("fills every kind of field by its label, and the form receives what was typed and picked", async () => {
    const wrapper = await mountFixture();
    await fill("姓名", "韦明");
    await fill("备注", "第一批");
    await fill("人数", 12);
    await choose("结对县", "镇宁布依族苗族自治县");
    await choose("技能", "缝纫", "叉车");
    await choose("性别", "女");
    await choose("设定方式", "人数×人均");
    await toggle("建档立卡");
    await toggle("同意");
    await fill("日期", "2026-10-01"); // the exact label wins over 签约日期
    await fill("签约日期", "2026-09-30");
    await click("保存");
    expect(wrapper.emitted("save")).toEqual([
      [
        {
          name: "韦明",
          note: "第一批",
          count: 12,
          county: "c1",
          skills: ["缝纫", "叉车"],
          sex: "FEMALE",
          basis: "HEADCOUNT",
          poor: true,
          consent: true,
          on: "2026-10-01",
          signedOn: "2026-09-30",
        },
      ],
    ]);
    // …and shows it back as a person reads it.
    expect(valueOf("结对县")).toBe("镇宁布依族苗族自治县");
    expect(valueOf("技能")).toBe("缝纫, 叉车");
    expect(valueOf("性别")).toBe("女");
    expect(valueOf("人数")).toBe("12");
    expect(valueOf("签约日期")).toBe("2026-09-30");
  });

  it("finds a field by placeholder, aria-label or a label it contains; turns toggles off; clears", async () => {
    const wrapper = await mountFixture();
    await fill("选填", "由占位符找到");
    await choose("技能选择", "电焊");
    await fill("签约", "2026-01-02"); // part of a label
    await toggle("建档立卡");
    await toggle("建档立卡", false);
    await fill("姓名", "韦明");
    await clear("姓名");
    await click("保存");
    expect(wrapper.emitted("save")![0][0]).toMatchObject({
      note: "由占位符找到",
      skills: ["电焊"],
      signedOn: "2026-01-02",
      poor: false,
      name: "",
    });
  });

  it("reads the message beside a field", async () => {
    await mountFixture();
    expect(errorOf("姓名")).toBeNull();
    await fill("姓名", "无名");
    // The message comes in through Element Plus's transition: wait for it as fieldErrors does
    // (one animation frame was not always enough when the file ran after others in its worker).
    await fieldErrors();
    expect(errorOf("姓名")).toBe("请填写真实姓名");
  });

  it("answers a confirmation by its question", async () => {
    const wrapper = await mountFixture();
    await click("删除");
    await confirm("删除这条记录？", false);
    expect(wrapper.emitted("remove")).toBeUndefined();
    await click("删除");
    await expect(confirm("删除别的？")).rejects.toThrow(/No confirmation "删除别的？" \(open: 删除这条记录？\)/);
    await confirm("删除这条记录？");
    expect(wrapper.emitted("remove")).toHaveLength(1);
  });

  it("says what is there when a field, an option or a button is not", async () => {
    await mountFixture();
    expect(() => field("籍贯")).toThrow(/No field "籍贯" \(labels: 姓名, 备注, 人数, 结对县/);
    await expect(choose("结对县", "安顺市")).rejects.toThrow(
      /no option "安顺市" \(options: 镇宁布依族苗族自治县, 徽县, 紫云县\)/,
    );
    await expect(choose("结对县", "紫云县")).rejects.toThrow(/disabled/);
    await expect(fill("结对县", "x")).rejects.toThrow(/use choose/);
    await expect(click("提交")).rejects.toThrow(/No button "提交" \(buttons: .*保存/);
  });
});
