import { describe, expect, it } from "vitest";
import WorkshopsPage from "./WorkshopsPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, within } from "@/test/user";

const connection = (typename: string, nodes: unknown[]) => ({
  __typename: typename,
  totalCount: nodes.length,
  pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
  nodes,
});
const workshop = {
  __typename: "Workshop",
  id: "w1",
  name: "镇宁布依族刺绣帮扶车间",
  registeredOn: "2025-03-01",
  reportedOn: "2026-10-31",
  employed: 42,
  poorEmployed: 18,
  eastRegion: { __typename: "Region", id: "e1", shortName: "胶州市" },
  reports: [{ __typename: "WorkshopReport", id: "r1" }],
};
const reported = {
  __typename: "AuditEntry",
  id: "a1",
  action: "WORKSHOP_REPORTED",
  entityType: "Workshop",
  entityId: "w1",
  at: "2026-11-29T02:03:00.000Z",
  actor: { __typename: "User", id: "u1", username: "jiaozhou", displayName: "胶州市扶贫协作办 协调员" },
  record: { __typename: "AuditRecordRef", type: "Workshop", id: "w1", name: workshop.name },
  fields: [
    {
      __typename: "AuditFieldChange",
      field: "employed",
      changed: true,
      before: { __typename: "AuditValue", kind: "NUMBER", text: "40", refType: null, refId: null },
      after: { __typename: "AuditValue", kind: "NUMBER", text: "42", refType: null, refId: null },
    },
  ],
};

describe("WorkshopsPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("a county official opens a workshop's history: the entries about it, whoever made them", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "LabourWorkshops") return { data: { workshops: connection("WorkshopConnection", [workshop]) } };
      if (name === "LabourTrainings")
        return { data: { trainingSessions: connection("TrainingSessionConnection", []) } };
      if (name === "RecordHistory")
        return { data: { auditLog: { __typename: "AuditEntryConnection", totalCount: 1, nodes: [reported] } } };
      return { data: null };
    });
    const { wrapper } = await mountApp(WorkshopsPage, { role: "COUNTY_OFFICIAL", link });
    await settle(10);
    const row = wrapper.get(`[data-name="${workshop.name}"]`);
    expect(calls.some((c) => c.name === "RecordHistory")).toBe(false); // asked only when opened
    await within(row.element).click("历史记录");
    await settle(10);
    expect(calls.filter((c) => c.name === "RecordHistory").map((c) => c.variables)).toEqual([
      { filter: { entityType: "Workshop", entityId: "w1", related: true } },
    ]);
    const drawer = document.body.querySelector<HTMLElement>("[data-testid=record-history-list]")!;
    expect(drawer.textContent).toContain("车间用工报告");
    expect(drawer.textContent).toContain("胶州市扶贫协作办 协调员");
    expect(drawer.textContent).toContain("40");
    expect(drawer.textContent).toContain("42");
    wrapper.unmount();
  });

  it("a failed load says what failed and offers 重试, never the empty list", async () => {
    let fail = true;
    const link = fakeLink((name) => {
      if (name === "LabourWorkshops")
        return fail
          ? { errors: [{ message: "boom", extensions: { code: "SERVICE_UNAVAILABLE" } }] }
          : { data: { workshops: connection("WorkshopConnection", [workshop]) } };
      if (name === "LabourTrainings")
        return { data: { trainingSessions: connection("TrainingSessionConnection", []) } };
      return { data: null };
    });
    const { wrapper } = await mountApp(WorkshopsPage, { role: "COUNTY_OFFICIAL", link });
    await settle(10);
    expect(wrapper.get("[data-testid=query-state-failed]").text()).toContain("帮扶车间加载失败");
    expect(wrapper.find("[data-testid=workshops-table]").exists()).toBe(false);
    expect(wrapper.find("[data-testid=trainings-state-failed]").exists()).toBe(false);
    fail = false;
    await within(wrapper.get("[data-testid=query-state-failed]").element).click("重试");
    await settle(10);
    expect(wrapper.find("[data-testid=query-state-failed]").exists()).toBe(false);
    expect(wrapper.get(`[data-name="${workshop.name}"]`).text()).toContain(workshop.name);
    wrapper.unmount();
  });
});
