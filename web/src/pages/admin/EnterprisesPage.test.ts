import { describe, expect, it } from "vitest";
import EnterprisesPage from "./EnterprisesPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, fill } from "@/test/user";

const enterprise = (id: string, name: string, contactPhone: string | null) => ({
  __typename: "Enterprise",
  id,
  name,
  creditCode: "91370281MA3C8XKQ28",
  industry: "辣椒加工",
  contactName: "王经理",
  contactPhone,
  homeRegion: { __typename: "Region", id: "r1", name: "胶州市" },
});

describe("EnterprisesPage (企业管理)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("lists the enterprises with the phone masked, searches, and opens 登记企业 and the edit dialog", async () => {
    const calls: Record<string, unknown>[] = [];
    const link = fakeLink((name, variables) => {
      if (name !== "AdminEnterprises") return { data: null };
      calls.push(variables);
      return {
        data: {
          enterprises: {
            __typename: "EnterpriseConnection",
            totalCount: 1,
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
            nodes: [enterprise("e1", "胶州市辣椒食品有限公司", "13800138000")],
          },
        },
      };
    });
    const { wrapper } = await mountApp(EnterprisesPage, { role: "COORDINATOR", link, path: "/" });
    await settle(10);
    const row = wrapper.get("[data-testid=enterprises-table]").findAll("tbody tr")[0];
    expect(row.text()).toContain("胶州市辣椒食品有限公司");
    expect(row.text()).toContain("91370281MA3C8XKQ28");
    expect(row.text()).toContain("138****8000");
    expect(row.text()).not.toContain("13800138000");
    expect(wrapper.text()).toContain("共 1 家企业");

    await fill("搜索名称或信用代码", "辣椒");
    await settle(5);
    expect(calls.at(-1)).toMatchObject({ filter: { search: "辣椒" }, after: null });

    await click("登记企业");
    await settle(5);
    expect(document.querySelector("[data-testid=enterprise-dialog]")!.textContent).toContain("同时创建首个账号");
    wrapper.unmount();
  });

  it("says when there are none, and when the list failed", async () => {
    let fail = false;
    const link = fakeLink((name) =>
      name !== "AdminEnterprises"
        ? { data: null }
        : fail
          ? {
              errors: [
                {
                  message: "数据库暂不可用",
                  extensions: {
                    messages: { "zh-CN": "数据库暂不可用", en: "Database unavailable" },
                    code: "SERVICE_UNAVAILABLE",
                  },
                },
              ],
            }
          : {
              data: {
                enterprises: {
                  __typename: "EnterpriseConnection",
                  totalCount: 0,
                  pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
                  nodes: [],
                },
              },
            },
    );
    const { wrapper } = await mountApp(EnterprisesPage, { role: "COORDINATOR", link, path: "/" });
    await settle(10);
    expect(wrapper.text()).toContain("暂无企业");
    wrapper.unmount();
    fail = true;
    const failed = await mountApp(EnterprisesPage, { role: "COORDINATOR", link, path: "/" });
    await settle(10);
    expect(failed.wrapper.get("[data-testid=query-state-failed]").text()).toContain("加载失败");
    expect(failed.wrapper.text()).toContain("重试");
    expect(failed.wrapper.text()).not.toContain("暂无企业");
    failed.wrapper.unmount();
  });
});
