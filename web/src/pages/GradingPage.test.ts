import { describe, expect, it, vi } from "vitest";
import GradingPage from "./GradingPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, fill, within } from "@/test/user";

const year = new Date().getFullYear();
const SCHEME = {
  __typename: "GradingScheme",
  id: "s1",
  year,
  capAt100: true,
  goodFrom: 9000,
  fairFrom: 8000,
  averageFrom: 6000,
  aPlusFrom: 12000,
  aFrom: 10000,
  bFrom: 9000,
  cFrom: 8000,
  dFrom: 7000,
  weights: [
    { __typename: "IndicatorWeight", indicator: "FISCAL_AID", weight: 60 },
    { __typename: "IndicatorWeight", indicator: "LABOURERS_PLACED", weight: 40 },
    { __typename: "IndicatorWeight", indicator: "CADRES_SENT", weight: 0 },
  ],
  countyClasses: [] as unknown[],
};
const grade = (
  id: string,
  name: string,
  score: string,
  g: string,
  rank: number,
  countyClass: string | null = null,
  classRank: number | null = null,
) => ({
  __typename: "PairingGrade",
  pairing: { __typename: "Pairing", id, name },
  score,
  grade: g,
  rank,
  countyClass,
  classRank,
  breakdown: [
    {
      __typename: "GradeBreakdown",
      indicator: "FISCAL_AID",
      weight: 60,
      completion: "150.00",
      capped: true,
      pointsEarned: "60.00",
      pointsLost: "0.00",
    },
    {
      __typename: "GradeBreakdown",
      indicator: "LABOURERS_PLACED",
      weight: 40,
      completion: "50.00",
      capped: false,
      pointsEarned: "20.00",
      pointsLost: "20.00",
    },
  ],
});
const GRADES = {
  __typename: "PairingGrades",
  year,
  pairings: [
    grade("p1", "胶州市—镇宁县", "90.00", "GOOD", 1),
    grade("p2", "胶州市—徽县", "80.00", "FAIR", 2),
    grade("p3", "胶州市—单县", "80.00", "FAIR", 2),
  ],
  counties: [] as unknown[],
  countyClasses: [] as string[],
};
const COUNTIES = {
  __typename: "RegionConnection",
  nodes: [
    { __typename: "Region", id: "c1", name: "镇宁布依族苗族自治县" },
    { __typename: "Region", id: "c2", name: "徽县" },
    { __typename: "Region", id: "c3", name: "单县" },
  ],
};
// 一类县: 徽县 and 单县 tie; 二类县: 镇宁 alone.
const CLASSED = {
  ...GRADES,
  countyClasses: ["一类县", "二类县"],
  pairings: [
    grade("p1", "胶州市—镇宁县", "90.00", "GOOD", 1, "二类县", 1),
    grade("p2", "胶州市—徽县", "80.00", "FAIR", 2, "一类县", 1),
    grade("p3", "胶州市—单县", "80.00", "FAIR", 2, "一类县", 1),
  ],
};

describe("GradingPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows the scheme, the pairings graded and ranked (ties share a rank) and a score's breakdown", async () => {
    const link = fakeLink((name) => {
      if (name === "GradingPageScheme") return { data: { gradingScheme: SCHEME } };
      if (name === "GradingPageGrades") return { data: { pairingGrades: GRADES } };
      return { data: null };
    });
    const { wrapper } = await mountApp(GradingPage, { role: "COORDINATOR", link });
    await settle(10);
    const scheme = wrapper.get("[data-testid=grading-scheme]");
    expect(scheme.text()).toContain("财政援助资金");
    expect(scheme.text()).not.toContain("选派党政干部"); // weight 0: not shown
    expect(scheme.text()).toContain("90.00%");
    const list = wrapper.get("[data-testid=grading-pairings]");
    expect(list.text()).toContain("胶州市—镇宁县");
    expect(wrapper.findAll("[data-testid=grade-rank]").map((r) => r.text())).toEqual(["1", "2", "2"]);
    expect(wrapper.findAll("[data-testid=grade-tag]").map((r) => r.text())).toEqual(["好", "较好", "较好"]);
    // Only administrators set the scheme.
    expect(wrapper.find("[data-testid=grading-scheme-edit]").exists()).toBe(false);
    await wrapper.findAll("[data-testid=grade-breakdown]")[1].trigger("click");
    await settle(5);
    const drawer = document.body.querySelector("[data-testid=grading-breakdown]") as HTMLElement;
    expect(drawer).not.toBeNull();
    expect(drawer.textContent).toContain("按 100% 计");
    expect(drawer.textContent).toContain("失分 20.00");
    wrapper.unmount();
  });

  it("a year without a scheme says so and offers the administrator to set one", async () => {
    const calls: string[] = [];
    const link = fakeLink((name) => {
      calls.push(name);
      if (name === "GradingPageScheme") return { data: { gradingScheme: null } };
      return { data: null };
    });
    const { wrapper } = await mountApp(GradingPage, { role: "ADMIN", link });
    await settle(10);
    expect(wrapper.get("[data-testid=grading-no-scheme]").text()).toContain(`${year} 年尚未设定考核评级方案`);
    expect(calls).not.toContain("GradingPageGrades");
    await within(document.body).click("设定方案");
    await settle(5);
    const dialog = document.body.querySelector("[data-testid=grading-scheme-dialog]") as HTMLElement;
    expect(dialog).not.toBeNull();
    expect(dialog.textContent).toContain("结对等次起点");
    wrapper.unmount();
  });

  it("a county official reads its grades without the buyers' scorecard or the scheme's editing", async () => {
    const link = fakeLink((name) => {
      if (name === "GradingPageScheme") return { data: { gradingScheme: SCHEME } };
      if (name === "GradingPageGrades")
        return { data: { pairingGrades: { ...GRADES, pairings: GRADES.pairings.slice(0, 1) } } };
      return { data: null };
    });
    const { wrapper } = await mountApp(GradingPage, { role: "COUNTY_OFFICIAL", link });
    await settle(10);
    expect(wrapper.text()).not.toContain("采购单位评分");
    expect(wrapper.find("[data-testid=grading-scheme-edit]").exists()).toBe(false);
    expect(wrapper.findAll("[data-testid=grade-rank]").map((r) => r.text())).toEqual(["1"]);
    wrapper.unmount();
  });

  it("the administrator's dialog sends the bands as basis points and only the weights above 0", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "GradingPageScheme") return { data: { gradingScheme: SCHEME } };
      if (name === "GradingPageGrades") return { data: { pairingGrades: GRADES } };
      if (name === "SetGradingScheme")
        return { data: { setGradingScheme: { __typename: "GradingScheme", id: "s1", year } } };
      return { data: null };
    });
    const { wrapper } = await mountApp(GradingPage, { role: "ADMIN", link });
    await settle(10);
    await wrapper.get("[data-testid=grading-scheme-edit]").trigger("click");
    await settle(5);
    (document.body.querySelector("[data-testid=grading-scheme-submit]") as HTMLElement).click();
    await settle(10);
    const sent = calls.find((c) => c.name === "SetGradingScheme")!.variables.input as Record<string, unknown>;
    expect(sent).toMatchObject({
      year,
      goodFrom: 9000,
      fairFrom: 8000,
      averageFrom: 6000,
      aPlusFrom: 12000,
      dFrom: 7000,
      capAt100: true,
    });
    expect(sent.weights).toEqual([
      { indicator: "FISCAL_AID", weight: 60 },
      { indicator: "LABOURERS_PLACED", weight: 40 },
    ]);
    wrapper.unmount();
  });

  it("with county classes: each row's class and rank within it, a filter by class, and the grades' workbook", async () => {
    const fetchMock = vi.fn(async () => ({ ok: false, status: 500 }) as Response);
    vi.stubGlobal("fetch", fetchMock);
    const link = fakeLink((name) => {
      if (name === "GradingPageScheme") return { data: { gradingScheme: SCHEME } };
      if (name === "GradingPageGrades") return { data: { pairingGrades: CLASSED } };
      return { data: null };
    });
    const { wrapper } = await mountApp(GradingPage, { role: "COORDINATOR", link });
    await settle(10);
    expect(wrapper.get("[data-testid=grading-pairings]").text()).toContain("类别内名次");
    expect(wrapper.findAll("[data-testid=grade-class]").map((r) => r.text())).toEqual(["二类县", "一类县", "一类县"]);
    expect(wrapper.findAll("[data-testid=grade-class-rank]").map((r) => r.text())).toEqual(["1", "1", "1"]);
    expect(wrapper.findAll("[data-testid=grade-rank]").map((r) => r.text())).toEqual(["1", "2", "2"]);
    await choose("按县类别筛选", "一类县");
    await settle(5);
    expect(wrapper.findAll("[data-testid=grade-class]").map((r) => r.text())).toEqual(["一类县", "一类县"]);
    await click("导出 Excel");
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled(), { timeout: 4000, interval: 20 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/exports/grades.xlsx?year=${year}`);
    expect(init.headers).toMatchObject({ authorization: "Bearer test-token" });
    vi.unstubAllGlobals();
    wrapper.unmount();
  });

  it("without classes the class column and filter are not shown", async () => {
    const link = fakeLink((name) => {
      if (name === "GradingPageScheme") return { data: { gradingScheme: SCHEME } };
      if (name === "GradingPageGrades") return { data: { pairingGrades: GRADES } };
      return { data: null };
    });
    const { wrapper } = await mountApp(GradingPage, { role: "COORDINATOR", link });
    await settle(10);
    expect(wrapper.find("[data-testid=grade-class]").exists()).toBe(false);
    expect(wrapper.find("[data-testid=grading-class-filter]").exists()).toBe(false);
    wrapper.unmount();
  });

  it("the administrator adds a county class in the dialog; it is sent with the scheme", async () => {
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "GradingPageScheme") return { data: { gradingScheme: SCHEME } };
      if (name === "GradingPageGrades") return { data: { pairingGrades: GRADES } };
      if (name === "GradingClassCounties") return { data: { regions: COUNTIES } };
      if (name === "SetGradingScheme")
        return { data: { setGradingScheme: { __typename: "GradingScheme", id: "s1", year } } };
      return { data: null };
    });
    const { wrapper } = await mountApp(GradingPage, { role: "ADMIN", link });
    await settle(10);
    await wrapper.get("[data-testid=grading-scheme-edit]").trigger("click");
    await settle(10);
    await click("添加县类别");
    await fill("类别名称", "一类县");
    await choose("county-class-counties", "徽县", "单县");
    (document.body.querySelector("[data-testid=grading-scheme-submit]") as HTMLElement).click();
    await settle(10);
    const sent = calls.find((c) => c.name === "SetGradingScheme")!.variables.input as Record<string, unknown>;
    expect(sent.countyClasses).toEqual([{ name: "一类县", countyIds: ["c2", "c3"] }]);
    wrapper.unmount();
  });
});
