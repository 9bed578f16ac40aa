import { describe, expect, it } from "vitest";
import AccountPage from "./AccountPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, fieldErrors, fill, valueOf } from "@/test/user";

const me = (email: string | null) => ({ data: { me: { __typename: "User", id: "u1", email } } });

describe("个人中心: the e-mail address for reminders by mail", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows the stored address, saves a new one, and clears it with an empty field", async () => {
    const sent: unknown[] = [];
    const link = fakeLink((name, v) => {
      if (name === "MyEmail") return me("old@example.org");
      if (name === "SetMyEmail") {
        sent.push(v.email);
        return { data: { setMyEmail: { __typename: "User", id: "u1", email: v.email ?? null } } };
      }
      return { data: { mySessions: [] } };
    });
    await mountApp(AccountPage, { link });
    await settle(10);
    expect(valueOf("电子邮箱")).toBe("old@example.org");
    await fill("电子邮箱", "new.name@example.org");
    await click("保存邮箱");
    await settle(10);
    await fill("电子邮箱", "");
    await click("保存邮箱");
    await settle(10);
    expect(sent).toEqual(["new.name@example.org", null]);
  });

  it("a malformed address is refused beside the field, nothing sent", async () => {
    const sent: unknown[] = [];
    const link = fakeLink((name, v) => {
      if (name === "MyEmail") return me(null);
      if (name === "SetMyEmail") sent.push(v.email);
      return { data: { mySessions: [] } };
    });
    await mountApp(AccountPage, { link });
    await settle(10);
    await fill("电子邮箱", "not an address");
    await click("保存邮箱");
    await settle(5);
    expect(await fieldErrors()).toEqual(["请输入有效的电子邮箱地址"]);
    expect(sent).toEqual([]);
  });
});
