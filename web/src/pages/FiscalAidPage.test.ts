import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import FiscalAidPage from "./FiscalAidPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT } from "@/test/user";

enableAutoUnmount(afterEach);

const project = {
  __typename: "FiscalProject",
  id: "f1",
  name: "镇宁县黄果树镇乡村振兴示范村",
  sector: "LIVING",
  town: "黄果树镇",
  status: "IN_PROGRESS",
  allocated: "32440000.00",
  disbursed: "25952000.00",
  spent: "24054000.00",
  useRate: "74.14",
  worksPercent: 77,
  county: { __typename: "Region", id: "c1", shortName: "镇宁县" },
};
const link = fakeLink((name) => {
  if (name === "FiscalProjects")
    return {
      data: {
        fiscalProjects: {
          __typename: "FiscalProjectConnection",
          totalCount: 1,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          nodes: [project],
        },
      },
    };
  if (name === "FiscalAidBoard")
    return {
      data: {
        fiscalAidBoard: {
          __typename: "FiscalAidBoard",
          year: 2026,
          projects: 1,
          allocated: "32440000.00",
          disbursed: "25952000.00",
          spent: "24054000.00",
          useRate: "74.14",
          byStatus: [],
          byCounty: [],
          slowest: [],
        },
      },
    };
  if (name === "InvestWestCounties") return { data: { regions: { __typename: "RegionConnection", nodes: [] } } };
  return { errors: [{ message: "unexpected", extensions: { code: "INTERNAL_SERVER_ERROR" } }] };
});

describe("财政援助项目 page", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("a coordinator sees the projects with money in 万 and the exact use rate, and may create one", async () => {
    const { wrapper } = await mountApp(FiscalAidPage, { role: "COORDINATOR", link });
    await settle(10);
    const text = wrapper.text();
    expect(text).toContain("镇宁县黄果树镇乡村振兴示范村");
    expect(text).toContain("¥3,244万");
    expect(text).toContain("¥2,405.4万");
    expect(wrapper.find("[data-testid=row-use-rate]").text()).toBe("74.14%");
    expect(wrapper.find("[data-testid=fiscal-new]").exists()).toBe(true);
  });
  it("a county official does not create projects (the east side does)", async () => {
    const { wrapper } = await mountApp(FiscalAidPage, { role: "COUNTY_OFFICIAL", link });
    await settle(10);
    expect(wrapper.text()).toContain("镇宁县黄果树镇乡村振兴示范村");
    expect(wrapper.find("[data-testid=fiscal-new]").exists()).toBe(false);
  });
});
