import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import RegionDialog from "./RegionDialog.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, errorOf, fill, valueOf } from "@/test/user";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };
const QINGDAO = { id: "r-qd", name: "青岛市", code: "370200" };

describe("RegionDialog (新增地区)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("checks six digits first, then shows the server's GB/T 2260 refusal beside the code, and sends the parent", async () => {
    const sent: Record<string, unknown>[] = [];
    const link = fakeLink((name, variables) => {
      if (name !== "CreateRegion") return { data: null };
      const input = variables.input as Record<string, unknown>;
      sent.push(input);
      if (input.code === "520499")
        return {
          errors: [
            {
              message: "代码须以上级地区的代码开头",
              extensions: {
                messages: { "zh-CN": "代码须以上级地区的代码开头", en: "The code must extend its parent's code" },
                code: "BAD_USER_INPUT",
                field: "code",
              },
            },
          ],
        };
      return { data: { createRegion: { __typename: "Region", id: "r-lx", name: "莱西市" } } };
    });
    const { wrapper } = await mountApp(RegionDialog, { role: "ADMIN", link }, { props: { target: null } });
    await wrapper.setProps({ target: { mode: "add", parent: QINGDAO } });
    // The parent's prefix is filled in as a start.
    expect(valueOf("行政区划代码")).toBe("3702");

    await fill("全称", "莱西市");
    await fill("简称", "莱西市");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("行政区划代码")).toBe("请输入 6 位数字"), WAIT);
    expect(sent).toHaveLength(0);

    await fill("行政区划代码", "520499");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("行政区划代码")).toBe("代码须以上级地区的代码开头"), WAIT);
    expect(wrapper.emitted("close")).toBeUndefined();

    await fill("行政区划代码", "370285");
    await click("保存");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(sent[1]).toEqual({ code: "370285", name: "莱西市", shortName: "莱西市", parentId: "r-qd", side: null });
  });

  it("a province (no parent) needs a side", async () => {
    const { wrapper } = await mountApp(
      RegionDialog,
      { role: "ADMIN", link: fakeLink(() => ({ data: null })) },
      { props: { target: null } },
    );
    await wrapper.setProps({ target: { mode: "add", parent: null } });
    await fill("行政区划代码", "150000");
    await fill("全称", "内蒙古自治区");
    await fill("简称", "内蒙古");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("方向")).toBe("请填写此项"), WAIT);
  });
});
