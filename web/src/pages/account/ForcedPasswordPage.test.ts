import { afterEach, describe, expect, it } from "vitest";
import { createPinia, setActivePinia } from "pinia";
import ForcedPasswordPage from "./ForcedPasswordPage.vue";
import LoginPage from "@/pages/LoginPage.vue";
import { createAppRouter } from "@/router";
import { useSessionStore } from "@/stores/session";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, errorOf, fieldErrors, fill } from "@/test/user";

const official = {
  __typename: "User",
  id: "z1",
  username: "zhenning",
  displayName: "镇宁县 东西部协作干部",
  role: "COUNTY_OFFICIAL",
  region: { __typename: "Region", id: "zn", name: "镇宁县" },
  buyer: null,
};

describe("the forced password change after a reset", { timeout: USER_FLOW_TIMEOUT }, () => {
  afterEach(() => {
    document.body.innerHTML = "";
    localStorage.clear();
  });

  it("a login with a one-time password goes to the password change, not home", async () => {
    const link = fakeLink((name) =>
      name === "Login"
        ? {
            data: {
              login: {
                __typename: "AuthPayload",
                token: "t-otp",
                expiresAt: new Date(Date.now() + 3600_000).toISOString(),
                mustChangePassword: true,
                user: official,
              },
            },
          }
        : { data: null },
    );
    const { router, session } = await mountApp(LoginPage, { role: null, link, path: "/login" });
    await fill("用户名", "zhenning");
    await fill("密码", "Kx7-pq2-Lm9-Zr4");
    await click("登录");
    await settle(10);
    expect(session.mustChangePassword).toBe(true);
    expect(router.currentRoute.value.name).toBe("change-password");
  });

  it("the app opens nothing else until the password is changed, then the role's home", async () => {
    const pinia = createPinia();
    setActivePinia(pinia);
    const session = useSessionStore(pinia);
    session.signIn({
      token: "t-otp",
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: { id: "z1", username: "zhenning", displayName: "镇宁", role: "COUNTY_OFFICIAL", region: null },
      mustChangePassword: true,
    });
    const router = createAppRouter(pinia);
    await router.push("/progress");
    expect(router.currentRoute.value.name).toBe("change-password");
    await router.push("/account");
    expect(router.currentRoute.value.name).toBe("change-password");
    session.passwordChanged({ token: "t-new", expiresAt: new Date(Date.now() + 3600_000).toISOString() });
    await router.push("/account");
    expect(router.currentRoute.value.path).toBe("/account");
    await router.push("/change-password");
    expect(router.currentRoute.value.path).toBe("/progress");
  });

  it("changes the password: rules and refusals beside the fields, the new token kept, then home", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    let refuse = true;
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name !== "ChangeOwnPassword") return { data: null };
      if (refuse) {
        refuse = false;
        return {
          errors: [
            {
              message: "密码过于常见",
              extensions: {
                messages: { "zh-CN": "密码过于常见", en: "This password is too common" },
                code: "BAD_USER_INPUT",
                field: "newPassword",
              },
            },
          ],
        };
      }
      return {
        data: {
          changePassword: {
            __typename: "AuthPayload",
            token: "t-new",
            expiresAt: new Date(Date.now() + 3600_000).toISOString(),
            mustChangePassword: false,
          },
        },
      };
    });
    const { router, session } = await mountApp(ForcedPasswordPage, {
      role: "COUNTY_OFFICIAL",
      link,
      path: "/change-password",
    });
    session.mustChangePassword = true;
    expect(document.body.textContent).toContain("请先修改密码");
    expect(document.body.textContent).toContain("至少 10 位");
    await fill("当前密码", "Kx7-pq2-Lm9-Zr4");
    await fill("新密码", "Zhenning-2026!");
    await fill("再次输入新密码", "Zhenning-2026!");
    await click("修改密码");
    await settle(5);
    await fieldErrors();
    expect(errorOf("新密码")).toBe("密码过于常见");
    await click("修改密码");
    await settle(10);
    expect(calls.filter((c) => c.name === "ChangeOwnPassword").at(-1)!.variables).toEqual({
      input: { currentPassword: "Kx7-pq2-Lm9-Zr4", newPassword: "Zhenning-2026!" },
    });
    expect(session.token).toBe("t-new");
    expect(session.mustChangePassword).toBe(false);
    expect(router.currentRoute.value.path).toBe("/progress");
  });

  it("asks for the new password twice: a mismatch is not sent", async () => {
    const calls: string[] = [];
    const link = fakeLink((name) => (calls.push(name), { data: null }));
    await mountApp(ForcedPasswordPage, { role: "COUNTY_OFFICIAL", link, path: "/change-password" });
    await fill("当前密码", "Kx7-pq2-Lm9-Zr4");
    await fill("新密码", "Zhenning-2026!");
    await fill("再次输入新密码", "Zhenning-2025!");
    await click("修改密码");
    await fieldErrors();
    expect(errorOf("再次输入新密码")).toBe("两次输入的新密码不一致");
    expect(calls).not.toContain("ChangeOwnPassword");
  });
});
