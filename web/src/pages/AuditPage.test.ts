import { describe, expect, it } from "vitest";
import AuditPage from "./AuditPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, within } from "@/test/user";

const v = (kind: string, text: string | null, refType: string | null = null, refId: string | null = null) => ({
  __typename: "AuditValue",
  kind,
  text,
  refType,
  refId,
});
const f = (field: string, changed: boolean, before: unknown, after: unknown) => ({
  __typename: "AuditFieldChange",
  field,
  changed,
  before,
  after,
});
const entry = {
  __typename: "AuditEntry",
  id: "a1",
  action: "AGREEMENT_TARGET_SET",
  entityType: "Agreement",
  entityId: "ag1",
  at: "2026-11-29T02:03:00.000Z",
  actor: { __typename: "User", id: "u1", username: "jiaozhou", displayName: "胶州市扶贫协作办 协调员" },
  record: { __typename: "AuditRecordRef", type: "Agreement", id: "ag1", name: null },
  fields: [
    f("target", true, v("TEXT", "7 个"), v("TEXT", "9 个")),
    f("pairingId", false, null, v("REF", "胶州市—镇宁县", "Pairing", "p1")),
    f("indicator", false, null, v("CODE", "WORKSHOPS")),
    f("year", false, null, v("NUMBER", "2026")),
    f("buyerId", false, null, v("REF", null, "Buyer", "b1")),
  ],
};
const pairingEntry = {
  ...entry,
  id: "a2",
  action: "PAIRING_CREATED",
  entityType: "Pairing",
  entityId: "p1",
  record: { __typename: "AuditRecordRef", type: "Pairing", id: "p1", name: "胶州市—镇宁县" },
  fields: [f("amount", true, v("MONEY", "500000.00"), v("MONEY", "620000.50"))],
};
const page = (nodes: unknown[]) => ({
  data: {
    auditLog: {
      __typename: "AuditEntryConnection",
      totalCount: nodes.length,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
      nodes,
    },
  },
});

describe("AuditPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows each change as translated field: before → after, names for ids, a link to the record; filters by action", async () => {
    const calls: Record<string, unknown>[] = [];
    const link = fakeLink((name, variables) => {
      if (name !== "AuditLog") return { data: null };
      calls.push(variables);
      return page([entry, pairingEntry]);
    });
    const { wrapper } = await mountApp(AuditPage, { role: "COORDINATOR", link, path: "/audit" });
    await settle(10);
    const table = wrapper.get("[data-testid=audit-table]");
    const first = table.findAll("tbody tr")[0].text();
    expect(first).toContain("设定协议目标");
    expect(first).toContain("目标值:7 个→9 个");
    expect(first).toContain("结对:胶州市—镇宁县");
    expect(first).toContain("指标:帮扶车间");
    expect(first).toContain("还有 1 项");
    await within(table.findAll("tbody tr")[0].element).click("还有 1 项");
    expect(table.findAll("tbody tr")[0].text()).toContain("采购单位:（无权查看）");
    expect(first).not.toContain("p1");
    const second = table.findAll("tbody tr")[1];
    expect(second.text()).toContain("金额:¥500,000.00→¥620,000.50");
    expect(second.get("a").attributes("href")).toBe("/pairings/p1");

    await choose("按操作筛选", "设定协议目标");
    await settle(5);
    expect(calls.at(-1)).toMatchObject({ filter: { action: "AGREEMENT_TARGET_SET" }, after: null });
    wrapper.unmount();
  });

  it("says when the log could not be loaded, and retries on request", async () => {
    let fail = true;
    const link = fakeLink((name) => {
      if (name !== "AuditLog") return { data: null };
      return fail ? { errors: [{ message: "boom", extensions: { code: "SERVICE_UNAVAILABLE" } }] } : page([]);
    });
    const { wrapper } = await mountApp(AuditPage, { role: "ADMIN", link, path: "/audit" });
    await settle(10);
    expect(wrapper.get("[data-testid=query-state-failed]").text()).toContain("操作日志加载失败");
    expect(wrapper.text()).not.toContain("暂无审计记录");
    fail = false;
    await click("重试");
    await settle(10);
    expect(wrapper.find("[data-testid=query-state-failed]").exists()).toBe(false);
    expect(wrapper.get("[data-testid=audit-table]").text()).toContain("暂无审计记录");
    wrapper.unmount();
  });
});
