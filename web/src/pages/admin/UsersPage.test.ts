import { describe, expect, it } from "vitest";
import UsersPage from "./UsersPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, confirm, errorOf, fieldErrors, fill, within } from "@/test/user";

const region = (id: string, name: string, side: "EAST" | "WEST", level: "COUNTY" | "PREFECTURE") => ({
  __typename: "Region",
  id,
  name,
  side,
  level,
});
const user = (over: Record<string, unknown>) => ({
  __typename: "User",
  id: "z1",
  username: "zhenning",
  displayName: "镇宁县 东西部协作干部",
  role: "COUNTY_OFFICIAL",
  active: true,
  mustChangePassword: false,
  lockedUntil: null,
  lastLoginAt: "2026-11-20T02:30:00.000Z",
  region: { __typename: "Region", id: "zn", name: "镇宁县" },
  buyer: null,
  enterprise: null,
  ...over,
});
const options = {
  data: {
    regions: {
      __typename: "RegionConnection",
      nodes: [region("jz", "胶州市", "EAST", "COUNTY"), region("zn", "镇宁县", "WEST", "COUNTY")],
    },
    buyers: { __typename: "BuyerConnection", nodes: [{ __typename: "Buyer", id: "b1", name: "胶州市人民医院" }] },
    enterprises: { __typename: "EnterpriseConnection", nodes: [] },
  },
};

function server(
  rows: unknown[],
  answers: Record<string, unknown> | ((name: string, variables: Record<string, unknown>) => unknown) = {},
) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const link = fakeLink((name, variables) => {
    calls.push({ name, variables });
    if (name === "AdminUsers")
      return {
        data: {
          users: {
            __typename: "UserConnection",
            totalCount: rows.length,
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
            nodes: rows,
          },
        },
      };
    if (name === "AccountOptions") return options;
    if (typeof answers === "function") return (answers(name, variables) ?? { data: null }) as never;
    if (name in answers) return answers[name] as never;
    return { data: null };
  });
  return { calls, link };
}

describe("UsersPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("lists the accounts with their state, filters them, and shows a reset's one-time password once", async () => {
    const locked = user({ lockedUntil: new Date(Date.now() + 600_000).toISOString(), mustChangePassword: true });
    const { calls, link } = server(
      [
        locked,
        user({
          id: "h1",
          username: "huixian",
          displayName: "徽县 干部",
          active: false,
          lastLoginAt: null,
          lockedUntil: null,
        }),
      ],
      {
        AdminResetUserPassword: {
          data: {
            resetUserPassword: {
              __typename: "PasswordReset",
              oneTimePassword: "Kx7-pq2-Lm9-Zr4",
              user: { __typename: "User", id: "z1", mustChangePassword: true },
            },
          },
        },
        AdminUnlockUser: { data: { unlockUser: { __typename: "User", id: "z1", lockedUntil: null } } },
      },
    );
    const { wrapper } = await mountApp(UsersPage, { role: "COORDINATOR", link });
    await settle(10);
    const rows = wrapper.get("[data-testid=users-table]").findAll("tbody tr");
    expect(rows).toHaveLength(2);
    expect(rows[0].text()).toContain("zhenning");
    expect(rows[0].text()).toContain("县级工作人员");
    expect(rows[0].text()).toContain("镇宁县");
    expect(rows[0].text()).toContain("锁定");
    expect(rows[0].text()).toContain("需改密");
    expect(rows[1].text()).toContain("停用");
    expect(rows[1].text()).toContain("从未登录");
    expect(rows[1].text()).not.toContain("解锁");

    // A coordinator is offered only the roles of the accounts it manages.
    await choose("角色", "县级工作人员");
    await fill("搜索用户名或姓名", "镇宁");
    await settle(5);
    expect(calls.filter((c) => c.name === "AdminUsers").at(-1)!.variables).toMatchObject({
      filter: { role: "COUNTY_OFFICIAL", search: "镇宁" },
    });

    const row = () => wrapper.get("[data-testid=users-table]").findAll("tbody tr")[0].element;
    await within(row()).click("重置密码");
    await confirm("重置 镇宁县 东西部协作干部 的密码？将生成一次性密码，其所有登录会话立即失效。");
    await settle(5);
    expect(calls.filter((c) => c.name === "AdminResetUserPassword").map((c) => c.variables)).toEqual([{ id: "z1" }]);
    const dialog = document.querySelector("[data-testid=otp-dialog]")!;
    expect(dialog.textContent).toContain("Kx7-pq2-Lm9-Zr4");
    expect(dialog.textContent).toContain("只显示这一次");
    await click("我已记下");
    await settle(5);
    expect(document.body.textContent).not.toContain("Kx7-pq2-Lm9-Zr4");

    await within(row()).click("解锁");
    await confirm("解锁 镇宁县 东西部协作干部 的账号？其登录失败次数将清零。");
    expect(calls.filter((c) => c.name === "AdminUnlockUser").map((c) => c.variables)).toEqual([{ id: "z1" }]);
  });

  it("creates an account with the scope its role needs, and shows the server's refusal beside the field", async () => {
    let refuse = true;
    const { calls, link } = server([], (name) => {
      if (name !== "CreateAccount") return undefined;
      if (refuse) {
        refuse = false;
        return {
          errors: [
            {
              message: "县级干部须属于受援县",
              extensions: {
                messages: { "zh-CN": "县级干部须属于受援县", en: "A county official belongs to a west county" },
                code: "BAD_USER_INPUT",
                field: "regionId",
              },
            },
          ],
        };
      }
      return {
        data: {
          createUserWithOneTimePassword: {
            __typename: "NewAccount",
            oneTimePassword: "Ab3-cd4-Ef5-Gh6",
            user: { __typename: "User", id: "n1", username: "zn-new", displayName: "新干部" },
          },
        },
      };
    });
    await mountApp(UsersPage, { role: "COORDINATOR", link });
    await settle(10);
    expect(document.body.textContent).toContain("没有符合条件的账号");
    await click("新建用户");
    await click("保存");
    await fieldErrors();
    expect(errorOf("用户名")).toBe("请填写此项");
    expect(errorOf("地区")).toBe("请填写此项");
    await fill("用户名", "zn-new");
    await fill("姓名", "新干部");
    await choose("地区", "镇宁县");
    await click("保存");
    await settle(5);
    await fieldErrors();
    expect(errorOf("地区")).toBe("县级干部须属于受援县");
    expect(document.querySelector("[data-testid=otp-dialog]")).toBeNull();
    await click("保存");
    await settle(5);
    expect(calls.filter((c) => c.name === "CreateAccount").at(-1)!.variables).toEqual({
      input: {
        username: "zn-new",
        displayName: "新干部",
        role: "COUNTY_OFFICIAL",
        regionId: "zn",
        buyerId: null,
        enterpriseId: null,
      },
    });
    expect(document.querySelector("[data-testid=otp-dialog]")!.textContent).toContain("Ab3-cd4-Ef5-Gh6");
  });
});
