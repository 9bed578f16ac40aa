import { describe, expect, it, vi } from "vitest";
import SuppliersPage from "./SuppliersPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, errorOf, fill, within } from "@/test/user";

const supplier = {
  __typename: "Supplier",
  id: "s1",
  name: "宁陕县秦岭山珍专业合作社",
  creditCode: "93610923MA6YH8CA3D",
  contact: null,
  status: "RECOMMENDED",
  statusNote: null,
  county: { __typename: "Region", id: "c1", name: "宁陕县" },
};

describe("SuppliersPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("asks for the suppliers awaiting review first, and shows the server's message beside the note", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "ReviewSuppliers")
        return {
          data: {
            suppliers: {
              __typename: "SupplierConnection",
              totalCount: 1,
              pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
              nodes: [supplier],
            },
          },
        };
      if (name === "WestCounties") return { data: { regions: { __typename: "RegionConnection", nodes: [] } } };
      if (name === "ReviewSupplier")
        return {
          errors: [
            {
              message: "意见过长",
              extensions: {
                messages: { "zh-CN": "意见过长", en: "Note too long" },
                code: "BAD_USER_INPUT",
                field: "note",
              },
            },
          ],
        };
      return { data: null };
    });
    const { wrapper } = await mountApp(SuppliersPage, { role: "COORDINATOR", link });
    await settle(10);
    expect(calls.find((c) => c.name === "ReviewSuppliers")!.variables).toMatchObject({
      filter: { status: "RECOMMENDED" },
    });
    const row = wrapper.get("[data-testid=suppliers-table]").find("tbody tr");
    expect(row.text()).toContain("待审核");
    expect(row.findAll("[data-testid=supplier-approve]")).toHaveLength(1);
    expect(row.findAll("[data-testid=supplier-suspend]")).toHaveLength(1);

    await within(row.element).click("通过");
    await fill("审核意见", "审核通过");
    await click("通过"); // the dialog's button, over the row's
    await settle(5);
    expect(calls.filter((c) => c.name === "ReviewSupplier").map((c) => c.variables)).toEqual([
      { input: { supplierId: "s1", status: "APPROVED", note: "审核通过" } },
    ]);
    await vi.waitFor(() => expect(errorOf("审核意见")).toBe("意见过长"), { timeout: 4000, interval: 20 });
    wrapper.unmount();
  });
});
