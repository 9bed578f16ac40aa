import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import TalentPage from "./TalentPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT } from "@/test/user";
import { todayIso } from "@/lib/format";

enableAutoUnmount(afterEach);

const region = (id: string, shortName: string) => ({ __typename: "Region", id, shortName });
const person = (id: string, name: string) => ({
  __typename: "TalentPerson",
  id,
  name,
  institution: "单位",
  phoneMasked: "139****5678",
});
const posting = (id: string, direction: "SENT" | "RECEIVED", name: string, endingSoon = false) => ({
  __typename: "TalentPosting",
  id,
  direction,
  category: direction === "SENT" ? "TEACHER" : "CADRE",
  kind: direction === "SENT" ? "TEACHING" : "GUAZHI",
  sendingUnit: "胶州市教育和体育局",
  receivingUnit: "镇宁县民族中学",
  roleTitle: null,
  startsOn: "2026-09-01",
  plannedEndOn: "2027-07-15",
  endedOn: null,
  endReason: null,
  endsOn: "2027-07-15",
  status: "IN_POST",
  endingSoon,
  county: region("c1", "镇宁县"),
  eastRegion: region("e1", "胶州市"),
  person: person(`p-${id}`, name),
});

describe("TalentPage (人才支援)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows the year's summary, the ending-soon section and the people in post today; a county official changes only those received", async () => {
    const asked: Array<[string, Record<string, unknown>]> = [];
    const { wrapper } = await mountApp(TalentPage, {
      role: "COUNTY_OFFICIAL",
      link: fakeLink((name, variables) => {
        asked.push([name, variables]);
        if (name === "TalentPostings")
          return {
            data: {
              talentPostings: {
                __typename: "TalentPostingConnection",
                totalCount: 2,
                pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
                nodes: [posting("t1", "SENT", "王立新"), posting("t2", "RECEIVED", "韦国华", true)],
              },
            },
          };
        if (name === "TalentEndingSoon")
          return {
            data: {
              talentPostings: {
                __typename: "TalentPostingConnection",
                totalCount: 1,
                nodes: [
                  {
                    __typename: "TalentPosting",
                    id: "t2",
                    endsOn: "2026-12-10",
                    person: { __typename: "TalentPerson", id: "p-t2", name: "韦国华" },
                    county: region("c1", "镇宁县"),
                  },
                ],
              },
            },
          };
        if (name === "TalentYearSummary")
          return {
            data: {
              talentSummary: {
                __typename: "TalentYearSummary",
                year: 2026,
                cadresSent: 3,
                professionalsSent: 12,
                teachersSent: 9,
                doctorsSent: 2,
                agriTechSent: 1,
                otherSent: 0,
                cadresReceived: 1,
                professionalsReceived: 0,
              },
            },
          };
        return { data: { regions: { __typename: "RegionConnection", nodes: [] } } };
      }),
    });
    await settle(10);
    const text = wrapper.text();
    expect(wrapper.find("[data-testid=talent-cadres-sent]").text()).toBe("3");
    expect(wrapper.find("[data-testid=talent-professionals-sent]").text()).toBe("12");
    expect(text).toContain("教师 9 · 医生 2 · 农技 1 · 其他 0");
    expect(wrapper.find("[data-testid=talent-received]").text()).toBe("1");
    expect(wrapper.find("[data-testid=talent-ending-soon]").text()).toContain("韦国华");
    expect(text).toContain("王立新");
    expect(text).toContain("韦国华");
    // In post today, by default.
    const list = asked.find(([n]) => n === "TalentPostings")!;
    expect(list[1].filter).toMatchObject({ inPostOn: todayIso(), endingSoon: false, year: null });
    // The SENT posting is the east side's record: no actions for a county official; the RECEIVED one has them.
    expect(wrapper.findAll("[data-testid=talent-edit]")).toHaveLength(1);
    expect(wrapper.findAll("[data-testid=talent-withdraw]")).toHaveLength(1);
    // No county filter for a county official (its own county only).
    expect(wrapper.find("[data-testid=talent-filter-county]").exists()).toBe(false);
  });
});
