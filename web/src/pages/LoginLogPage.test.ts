import { describe, expect, it } from "vitest";
import LoginLogPage from "./LoginLogPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, fill } from "@/test/user";

const EMPTY = "暂无登录记录";

const event = (id: string, outcome: string, user: { displayName: string } | null, username: string) => ({
  __typename: "LoginEvent",
  id,
  at: "2026-11-29T02:03:00.000Z",
  username,
  ip: "10.2.3.4",
  outcome,
  userAgent: "Mozilla/5.0",
  user: user ? { __typename: "User", id: `u-${id}`, username, ...user } : null,
});

describe("LoginLogPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows who, from where and how each attempt ended; filters by outcome and username", async () => {
    const calls: Record<string, unknown>[] = [];
    const link = fakeLink((name, variables) => {
      if (name !== "LoginLog") return { data: null };
      calls.push(variables);
      return {
        data: {
          loginLog: {
            __typename: "LoginEventConnection",
            totalCount: 2,
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
            nodes: [
              event("e1", "LOCKED_OUT", { displayName: "平度市扶贫办 协调员" }, "pingdu"),
              event("e2", "UNKNOWN_USER", null, "nobody"),
            ],
          },
        },
      };
    });
    const { wrapper } = await mountApp(LoginLogPage, { role: "ADMIN", link, path: "/" });
    await settle(10);
    const rows = wrapper.get("[data-testid=login-log-table]").findAll("tbody tr");
    expect(rows[0].text()).toContain("平度市扶贫办 协调员");
    expect(rows[0].text()).toContain("10.2.3.4");
    expect(rows[0].text()).toContain("失败并触发锁定");
    expect(rows[1].text()).toContain("（不存在的账号）");
    expect(rows[1].text()).toContain("账号不存在");

    await choose("结果", "密码错误", "已锁定");
    await fill("登录名", "PingDu");
    await settle(5);
    expect(calls.at(-1)).toMatchObject({
      filter: { outcomes: ["WRONG_PASSWORD", "LOCKED"], username: "PingDu" },
      after: null,
    });
    wrapper.unmount();
  });

  it("a failed load says what failed and offers 重试, never the empty text", async () => {
    let fail = true;
    const link = fakeLink((name) => {
      if (name !== "LoginLog") return { data: null };
      if (fail) return { errors: [{ message: "boom", extensions: { code: "SERVICE_UNAVAILABLE" } }] };
      const pageInfo = { __typename: "PageInfo", hasNextPage: false, endCursor: null };
      return { data: { loginLog: { __typename: "LoginEventConnection", totalCount: 0, pageInfo, nodes: [] } } };
    });
    const { wrapper } = await mountApp(LoginLogPage, { role: "ADMIN", link, path: "/" });
    await settle(10);
    expect(wrapper.get("[data-testid=query-state-failed]").text()).toContain("登录日志加载失败");
    expect(wrapper.text()).not.toContain(EMPTY);
    fail = false;
    await click("重试");
    await settle(10);
    expect(wrapper.find("[data-testid=query-state-failed]").exists()).toBe(false);
    expect(wrapper.text()).toContain(EMPTY);
    wrapper.unmount();
  });
});
