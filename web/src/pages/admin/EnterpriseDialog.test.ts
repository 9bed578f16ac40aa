import { describe, expect, it, vi } from "vitest";
import EnterpriseDialog from "./EnterpriseDialog.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, errorOf, fieldErrors, fill, toggle } from "@/test/user";

const CODE = "91370281MA3C8XKQ28";

describe("EnterpriseDialog (登记企业)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows the server's credit-code refusal beside the field, then registers the enterprise with its first account and shows the one-time password once", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    let badCode = true;
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name !== "AdminCreateEnterpriseWithAccount") return { data: null };
      if (badCode)
        return {
          errors: [
            {
              message: "统一社会信用代码无效(校验位不符)",
              extensions: {
                messages: {
                  "zh-CN": "统一社会信用代码无效(校验位不符)",
                  en: "Invalid unified social credit code (check character)",
                },
                code: "BAD_USER_INPUT",
                field: "creditCode",
              },
            },
          ],
        };
      return {
        data: {
          createEnterpriseWithAccount: {
            __typename: "EnterpriseWithAccount",
            oneTimePassword: "Ab3-cd4-Ef5-Gh6",
            enterprise: { __typename: "Enterprise", id: "e9", name: "胶州市辣椒食品有限公司" },
            user: { __typename: "User", id: "u9", username: "jz-lajiao", displayName: "辣椒公司 王经理" },
          },
        },
      };
    });
    const { wrapper } = await mountApp(
      EnterpriseDialog,
      { role: "COORDINATOR", link },
      { props: { open: true, editing: null, regions: null } },
    );
    await settle(5);
    // A coordinator registers in its own region: no region to choose.
    expect(document.querySelector("[data-testid=enterprise-region]")).toBeNull();
    await fill("企业名称", "胶州市辣椒食品有限公司");
    await fill("统一社会信用代码", "91370281MA3C8XKQ2X");
    await fill("行业", "辣椒加工");
    await fill("联系人", "王经理");
    await fill("联系电话", "13800138000");
    await toggle("enterprise-first-account");
    await click("保存");
    await fieldErrors();
    expect(errorOf("账号用户名")).toBe("请填写此项");
    expect(errorOf("账号姓名")).toBe("请填写此项");
    expect(calls.map((c) => c.name)).not.toContain("AdminCreateEnterpriseWithAccount");

    await fill("账号用户名", "jz-lajiao");
    await fill("账号姓名", "辣椒公司 王经理");
    await click("保存");
    await settle(5);
    await vi.waitFor(() => expect(errorOf("统一社会信用代码")).toBe("统一社会信用代码无效(校验位不符)"), {
      timeout: 3000,
    });
    expect(wrapper.emitted("done")).toBeUndefined();
    expect(document.querySelector("[data-testid=otp-dialog]")?.textContent ?? "").not.toContain("Ab3-cd4-Ef5-Gh6");

    badCode = false;
    await fill("统一社会信用代码", CODE);
    expect(errorOf("统一社会信用代码") ?? "").toBe("");
    await click("保存");
    await settle(5);
    expect(calls.filter((c) => c.name === "AdminCreateEnterpriseWithAccount").map((c) => c.variables)[1]).toEqual({
      input: {
        name: "胶州市辣椒食品有限公司",
        creditCode: CODE,
        industry: "辣椒加工",
        contactName: "王经理",
        contactPhone: "13800138000",
      },
      firstAccount: { username: "jz-lajiao", displayName: "辣椒公司 王经理" },
    });
    expect(wrapper.emitted("done")).toHaveLength(1);
    const otp = document.querySelector("[data-testid=otp-dialog]")!.textContent;
    expect(otp).toContain("Ab3-cd4-Ef5-Gh6");
    expect(otp).toContain("jz-lajiao");
  });

  it("without a first account registers the enterprise alone; an admin must choose its region", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "AdminCreateEnterprise")
        return { data: { createEnterprise: { __typename: "Enterprise", id: "e8", name: "青岛防护用品有限公司" } } };
      return { data: null };
    });
    const { wrapper } = await mountApp(
      EnterpriseDialog,
      { role: "ADMIN", link },
      { props: { open: true, editing: null, regions: [{ id: "r1", name: "胶州市" }] } },
    );
    await settle(5);
    await fill("企业名称", "青岛防护用品有限公司");
    await fill("统一社会信用代码", CODE);
    await fill("行业", "医用防护用品");
    await click("保存");
    await fieldErrors();
    expect(errorOf("所在地区")).toBe("请填写此项");
    expect(calls).toHaveLength(0);
    await choose("所在地区", "胶州市");
    await click("保存");
    await settle(5);
    expect(calls.map((c) => [c.name, c.variables])).toEqual([
      [
        "AdminCreateEnterprise",
        {
          input: {
            name: "青岛防护用品有限公司",
            creditCode: CODE,
            industry: "医用防护用品",
            contactName: null,
            contactPhone: null,
            homeRegionId: "r1",
          },
        },
      ],
    ]);
    expect(wrapper.emitted("done")).toHaveLength(1);
    expect(document.querySelector("[data-testid=otp-dialog]")?.textContent ?? "").not.toContain("一次性");
  });

  it("edits an enterprise: the form starts from it, no first account is offered, its fields go under its id without the region", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "AdminUpdateEnterprise")
        return {
          data: {
            updateEnterprise: {
              __typename: "Enterprise",
              id: "e1",
              name: "胶州湾辣椒食品有限公司",
              creditCode: CODE,
              industry: "辣椒深加工",
              contactName: "李经理",
              contactPhone: null,
              homeRegion: { __typename: "Region", id: "r1", name: "胶州市" },
            },
          },
        };
      return { data: null };
    });
    const editing = {
      id: "e1",
      name: "胶州湾辣椒食品有限公司",
      creditCode: CODE,
      industry: "辣椒加工出口",
      contactName: "李经理",
      contactPhone: null,
      homeRegion: { id: "r1" },
    };
    const { wrapper } = await mountApp(
      EnterpriseDialog,
      { role: "COORDINATOR", link },
      { props: { open: true, editing, regions: null } },
    );
    await settle(5);
    expect(document.querySelector("[data-testid=enterprise-dialog]")!.textContent).toContain("编辑企业");
    expect(document.querySelector("[data-testid=enterprise-first-account]")).toBeNull();
    await fill("行业", "辣椒深加工");
    await click("保存");
    await settle(5);
    expect(calls.map((c) => [c.name, c.variables])).toEqual([
      [
        "AdminUpdateEnterprise",
        {
          input: {
            id: "e1",
            name: "胶州湾辣椒食品有限公司",
            creditCode: CODE,
            industry: "辣椒深加工",
            contactName: "李经理",
            contactPhone: null,
          },
        },
      ],
    ]);
    expect(wrapper.emitted("done")).toHaveLength(1);
  });
});
