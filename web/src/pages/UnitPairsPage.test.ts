import { describe, expect, it } from "vitest";
import UnitPairsPage from "./UnitPairsPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, within } from "@/test/user";
import { UNIT_PAIR_KINDS } from "./unit-pairs/kinds";

const year = new Date().getFullYear();
const pair = (id: string, status: "ACTIVE" | "ENDED" | "WITHDRAWN") => ({
  __typename: "UnitPair",
  id,
  kind: "VILLAGE_VILLAGE",
  eastUnit: `胶东街道大店社区${id}`,
  westUnit: `镇宁县六马镇板乐村${id}`,
  formedOn: `${year}-03-01`,
  endedOn: status === "ENDED" ? `${year}-06-30` : null,
  endReason: status === "ENDED" ? "整村搬迁" : null,
  withdrawReason: status === "WITHDRAWN" ? "误录" : null,
  status,
  support: "产业帮扶",
  value: null,
  county: { __typename: "Region", id: "zn", shortName: "镇宁县" },
  // 结对协议: the first pair's signed agreement, pending; read with the page (UnitPair.evidence).
  evidence:
    id === "a"
      ? [
          {
            __typename: "EvidenceFile",
            id: "ev-a",
            fileName: "结对协议.pdf",
            status: "PENDING",
            url: "/evidence/ev-a",
            rejectReason: null,
            purpose: null,
          },
        ]
      : [],
});

describe("UnitPairsPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows the year's summary by type beside the pairs active at its end, and offers only the steps each pair has", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "UnitPairsSummary")
        return {
          data: {
            unitPairSummary: {
              __typename: "UnitPairSummary",
              year,
              formed: 12,
              activeAtYearEnd: 467,
              byKind: UNIT_PAIR_KINDS.map((kind, i) => ({
                __typename: "UnitPairKindCount",
                kind,
                formed: i === 2 ? 12 : 0,
                activeAtYearEnd: i === 2 ? 160 : 0,
              })),
            },
          },
        };
      if (name === "UnitPairsList")
        return {
          data: {
            unitPairs: {
              __typename: "UnitPairConnection",
              totalCount: 3,
              pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
              nodes: [pair("a", "ACTIVE"), pair("b", "ENDED"), pair("c", "WITHDRAWN")],
            },
          },
        };
      return { data: null };
    });
    const { wrapper } = await mountApp(UnitPairsPage, { role: "COORDINATOR", link });
    await settle(10);
    const summary = wrapper.get("[data-testid=unit-pair-summary]");
    expect(summary.text()).toContain("村村结对");
    expect(summary.get("[data-kind=VILLAGE_VILLAGE]").text()).toContain("160");
    expect(wrapper.get("[data-testid=total-formed]").text()).toBe("12");
    expect(wrapper.get("[data-testid=total-active]").text()).toBe("467");
    expect(calls.find((c) => c.name === "UnitPairsSummary")!.variables).toEqual({ year });

    const list = wrapper.get("[data-testid=unit-pairs-list]");
    expect(list.text()).toContain("胶东街道大店社区a");
    expect(list.text()).toContain("已结束");
    expect(list.text()).toContain("已撤销");
    // Ended: no 结束 again; withdrawn: nothing left to do.
    expect(wrapper.findAll("[data-testid=unit-pair-end]")).toHaveLength(1);
    expect(wrapper.findAll("[data-testid=unit-pair-withdraw]")).toHaveLength(2);
    // Each pair's 佐证材料 in its row, from the list's one query; the coordinator may verify the pending one.
    const files = list.findAll("[data-testid=evidence-file]");
    expect(files.map((f) => f.text())).toEqual([expect.stringContaining("结对协议.pdf")]);
    expect(files[0].text()).toContain("待审核");
    expect(list.findAll("[data-testid=evidence-verify]")).toHaveLength(1);
    expect(list.findAll("[data-testid=evidence-upload]")).toHaveLength(3);
    expect(calls.map((c) => c.name)).not.toContain("EvidenceFilesOfRecord");
    await within(document.body).click("登记结对");
    await settle(5);
    expect(document.body.querySelector("[data-testid=unit-pair-dialog]")).not.toBeNull();
    wrapper.unmount();
  });
});
