import { describe, expect, it } from "vitest";
import BuyerDialog from "./BuyerDialog.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, errorOf, fieldErrors, fill, toggle } from "@/test/user";

describe("BuyerDialog with a first account", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("creates the buyer and its first account in one step, then shows the one-time password once", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "CreateBuyerWithAccount")
        return {
          data: {
            createBuyerWithAccount: {
              __typename: "BuyerWithAccount",
              oneTimePassword: "Pq8-rs9-Tu1-Vw2",
              buyer: { __typename: "Buyer", id: "b9", name: "平度市第一中学", group: "EDUCATION" },
              user: { __typename: "User", id: "u9", username: "pd-yizhong", displayName: "一中 食堂" },
            },
          },
        };
      return { data: null };
    });
    const { wrapper } = await mountApp(BuyerDialog, { role: "COORDINATOR", link }, { props: { open: true } });
    await settle(5);
    await fill("单位名称", "平度市第一中学");
    await toggle("buyer-first-account");
    await click("保存");
    await fieldErrors();
    expect(errorOf("账号用户名")).toBe("请填写此项");
    expect(calls.map((c) => c.name)).not.toContain("CreateBuyerWithAccount");
    await fill("账号用户名", "pd-yizhong");
    await fill("账号姓名", "一中 食堂");
    await click("保存");
    await settle(5);
    expect(calls.filter((c) => c.name === "CreateBuyerWithAccount").map((c) => c.variables)).toEqual([
      {
        input: { name: "平度市第一中学", group: "EDUCATION" },
        firstAccount: { username: "pd-yizhong", displayName: "一中 食堂" },
      },
    ]);
    expect(wrapper.emitted("done")).toHaveLength(1);
    expect(document.querySelector("[data-testid=otp-dialog]")!.textContent).toContain("Pq8-rs9-Tu1-Vw2");
  });
});
