import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import RegionsPage from "./RegionsPage.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click } from "@/test/user";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };
const EMPTY = "没有符合条件的地区";
const NAMES: Record<string, string> = { s: "山东省", r1: "青岛市" };
const row = (id: string, code: string, name: string, level: string, side: string, parent: string | null) => ({
  __typename: "Region",
  id,
  code,
  name,
  shortName: name,
  level,
  side,
  // The parent as the cache knows it (same id, same name: Apollo merges them).
  parent: parent ? { __typename: "Region", id: parent, name: NAMES[parent] } : null,
});
const ROWS = [
  row("s", "370000", "山东省", "PROVINCE", "EAST", null),
  row("r1", "370200", "青岛市", "PREFECTURE", "EAST", "s"),
  row("r2", "370281", "胶州市", "COUNTY", "EAST", "r1"),
  row("g", "520000", "贵州省", "PROVINCE", "WEST", null),
];
const answer = (name: string) => {
  if (name === "SetupRegions")
    return {
      data: {
        regions: {
          __typename: "RegionConnection",
          totalCount: ROWS.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          nodes: ROWS,
        },
      },
    };
  if (name === "SetupOwnRegions")
    return {
      data: {
        regions: {
          __typename: "RegionConnection",
          nodes: ROWS.slice(1, 3).map(({ id }) => ({ __typename: "Region", id })),
        },
      },
    };
  return { data: null };
};
const link = fakeLink(answer);
const button = (label: string) => document.querySelector(`[aria-label="${label}"]`);

describe("RegionsPage (地区管理): who may add and rename where", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("a coordinator (青岛市) adds below its own region and renames below it; nothing on the west side", async () => {
    const { session } = await mountApp(RegionsPage, { role: "COORDINATOR", link });
    session.user!.region = { id: "r1", name: "青岛市" };
    await vi.waitFor(() => expect(button("新增下级 青岛市")).not.toBeNull(), WAIT);
    expect(button("新增下级 山东省")).toBeNull();
    expect(button("修改名称 胶州市")).not.toBeNull();
    expect(button("修改名称 青岛市")).toBeNull();
    expect(button("修改名称 贵州省")).toBeNull();
    expect(document.body.textContent).not.toContain("新增省级地区");
    expect(document.body.textContent).toContain("受援方地区由系统管理员设置");
  });

  it("an administrator adds and renames anywhere, a province too", async () => {
    await mountApp(RegionsPage, { role: "ADMIN", link });
    await vi.waitFor(() => expect(button("新增下级 贵州省")).not.toBeNull(), WAIT);
    expect(button("新增下级 山东省")).not.toBeNull();
    expect(button("新增下级 胶州市")).toBeNull(); // nothing is kept below a county
    expect(button("修改名称 青岛市")).not.toBeNull();
    expect(document.body.textContent).toContain("新增省级地区");
  });

  it("a failed load says what failed and offers 重试, never the empty list; 重试 loads the regions", async () => {
    let fail = true;
    const failing = fakeLink((name) =>
      name === "SetupRegions" && fail
        ? { errors: [{ message: "boom", extensions: { code: "SERVICE_UNAVAILABLE" } }] }
        : (answer(name) as never),
    );
    const { wrapper } = await mountApp(RegionsPage, { role: "ADMIN", link: failing });
    await vi.waitFor(() => expect(wrapper.find("[data-testid=query-state-failed]").exists()).toBe(true), WAIT);
    expect(wrapper.get("[data-testid=query-state-failed]").text()).toContain("地区管理加载失败");
    expect(wrapper.text()).not.toContain(EMPTY);
    expect(wrapper.text()).not.toContain("暂无数据");
    fail = false;
    await click("重试");
    await vi.waitFor(() => expect(wrapper.text()).toContain("胶州市"), WAIT);
    expect(wrapper.find("[data-testid=query-state-failed]").exists()).toBe(false);
  });
});
