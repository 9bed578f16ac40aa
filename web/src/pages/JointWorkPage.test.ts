import { describe, expect, it } from "vitest";
import JointWorkPage from "./JointWorkPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, within } from "@/test/user";

const pairing = { __typename: "Pairing", id: "p-jz", name: "胶州市—镇宁县" };
const record = (over: Record<string, unknown>) => ({
  __typename: "JointWork",
  id: "j1",
  kind: "MEETING",
  heldOn: "2026-01-23",
  title: "胶州—镇宁东西部协作党政联席会议",
  place: "镇宁县",
  direction: null,
  leader: "市委书记",
  personVisits: 30,
  eastOffices: ["胶州市委"],
  westOffices: ["镇宁县委"],
  documentRef: null,
  outcome: "研究确定年度协作计划",
  withdrawn: false,
  withdrawnReason: null,
  canWithdraw: true,
  pairing,
  ...over,
});
const standing = record({});
const withdrawn = record({
  id: "j2",
  kind: "VISIT",
  direction: "EAST_TO_WEST",
  title: "胶州市党政代表团赴镇宁调研",
  withdrawn: true,
  withdrawnReason: "与联席会议重复登记",
  canWithdraw: false,
});

function link(calls: { name: string; variables: Record<string, unknown> }[]) {
  return fakeLink((name, variables) => {
    calls.push({ name, variables });
    if (name === "JointWorkPageList")
      return {
        data: {
          jointWork: {
            __typename: "JointWorkConnection",
            totalCount: 2,
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
            nodes: [standing, withdrawn],
          },
        },
      };
    if (name === "JointWorkPageSummary")
      return {
        data: {
          jointWorkSummary: {
            __typename: "JointWorkSummary",
            meetings: 1,
            visits: 0,
            personVisits: 30,
            rows: [
              {
                __typename: "JointWorkSummaryRow",
                year: 2026,
                pairingId: "p-jz",
                meetings: 1,
                visits: 0,
                personVisits: 30,
                pairing,
              },
            ],
          },
        },
      };
    if (name === "JointWorkPairings")
      return { data: { pairings: { __typename: "PairingConnection", nodes: [pairing] } } };
    return { data: null };
  });
}

describe("JointWorkPage (组织领导)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows the year's totals, the records with a withdrawn one marked, and withdraws only what the user may", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const { wrapper } = await mountApp(JointWorkPage, { role: "COORDINATOR", link: link(calls) });
    await settle(10);
    const year = new Date().getFullYear();
    expect(calls.find((c) => c.name === "JointWorkPageList")!.variables.filter).toEqual({ year });
    expect(wrapper.get("[data-testid=joint-work-totals]").text()).toBe("1 次联席会议 · 0 次互访 · 共 30 人次");
    expect(wrapper.get("[data-testid=joint-work-summary]").text()).toContain("胶州市—镇宁县");

    const rows = wrapper.findAll("[data-title]");
    expect(rows.map((r) => r.attributes("data-title"))).toEqual([standing.title, withdrawn.title]);
    expect(rows[0].text()).toContain("联席会议");
    expect(rows[0].find("[data-testid=joint-work-withdrawn]").exists()).toBe(false);
    expect(rows[1].get("[data-testid=joint-work-withdrawn]").text()).toBe("已撤销");
    expect(rows[1].text()).toContain("已撤销：与联席会议重复登记");
    expect(rows[1].text()).toContain("东部赴西部");
    expect(rows[1].find("[data-testid=joint-work-withdraw]").exists()).toBe(false);

    await within(rows[0].element).click("撤销");
    await settle(5);
    const dialog = document.body.querySelector<HTMLElement>("[data-testid=joint-work-dialog]")!;
    expect(dialog.textContent).toContain(`撤销“${standing.title}”`);
    wrapper.unmount();
  });
});
