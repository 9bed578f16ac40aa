import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import ProgressPage from "./ProgressPage.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, fill, valueOf } from "@/test/user";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };

/** One pairing without an agreement for the year, and one whose agreement lacks a target it has entries for. */
const overview = {
  pairings: {
    __typename: "PairingConnection",
    totalCount: 2,
    nodes: [
      {
        __typename: "Pairing",
        id: "p1",
        name: "平度市—徽县",
        kind: "EAST_WEST",
        since: "2026-01-01",
        eastRegion: { __typename: "Region", id: "e", name: "平度市" },
        westRegion: { __typename: "Region", id: "w", name: "徽县" },
        parent: null,
        agreement: null,
        progress: [],
      },
      {
        __typename: "Pairing",
        id: "p2",
        name: "胶州市—镇宁县",
        kind: "EAST_WEST",
        since: "2016-01-01",
        eastRegion: { __typename: "Region", id: "e2", name: "胶州市" },
        westRegion: { __typename: "Region", id: "w2", name: "镇宁县" },
        parent: null,
        agreement: { __typename: "Agreement", id: "a2", signedOn: "2026-03-01" },
        progress: [
          {
            __typename: "IndicatorProgress",
            indicator: "WORKSHOPS",
            unit: "COUNT",
            target: null,
            delivered: "2",
            reported: "2",
            recorded: "0",
            ratio: null,
            entryCount: 1,
            projected: null,
            projectionMethod: "LINEAR",
            atRisk: false,
          },
        ],
      },
    ],
  },
};

const link = (years: number[]) =>
  fakeLink((name) => {
    if (name === "AgreementYears") return { data: { agreementYears: years } };
    if (name === "ProgressOverview") return { data: overview };
    return { data: null };
  });

describe("ProgressPage: the way forward where something is missing (issue 10)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("a coordinator with no agreement at all is offered to set up the year or create a pairing", async () => {
    await mountApp(ProgressPage, { role: "COORDINATOR", link: link([]) });
    await vi.waitFor(() => expect(document.querySelector("[data-testid=forward-agreement]")).not.toBeNull(), WAIT);
    expect(document.body.textContent).toContain("暂无任何年度协议");
    expect(document.querySelector("[data-testid=forward-agreement]")!.getAttribute("href")).toContain(
      "/admin/agreements",
    );
    expect(document.querySelector("[data-testid=forward-pairing]")!.getAttribute("href")).toBe("/admin/pairings");
  });

  it("when the years fail to load it says so and offers 重试, not 暂无任何年度协议 and the set-up buttons", async () => {
    let fail = true;
    const failing = fakeLink((name) => {
      if (name === "AgreementYears") {
        return fail
          ? { errors: [{ message: "服务暂不可用", extensions: { code: "SERVICE_UNAVAILABLE" } }] }
          : { data: { agreementYears: [2026] } };
      }
      if (name === "ProgressOverview") return { data: overview };
      return { data: null };
    });
    await mountApp(ProgressPage, { role: "COORDINATOR", link: failing });
    await vi.waitFor(() => expect(document.querySelector("[data-testid=query-state-failed]")).not.toBeNull(), WAIT);
    expect(document.body.textContent).not.toContain("暂无任何年度协议");
    expect(document.querySelector("[data-testid=forward-agreement]")).toBeNull();

    fail = false;
    await click("重试");
    await vi.waitFor(() => expect(document.querySelector("[data-testid=progress-summary]")).not.toBeNull(), WAIT);
    expect(document.querySelector("[data-testid=query-state-failed]")).toBeNull();
  });

  it("a county official sees a plain message, no button", async () => {
    await mountApp(ProgressPage, { role: "COUNTY_OFFICIAL", link: link([]) });
    await vi.waitFor(() => expect(document.body.textContent).toContain("请联系协调员或系统管理员"), WAIT);
    expect(document.querySelector("[data-testid=forward-agreement]")).toBeNull();
  });

  it("an administrator's 尚无年度协议 and 未设目标 lead to the agreement page of that pairing and year", async () => {
    await mountApp(ProgressPage, { role: "ADMIN", link: link([2026]), path: "/?year=2026" });
    await vi.waitFor(() => expect(document.querySelector("[data-testid=forward-set-targets]")).not.toBeNull(), WAIT);
    const set = document.querySelector("[data-testid=forward-set-targets]")!;
    expect(set.textContent).toContain("2026 年尚无年度协议：设定目标");
    expect(set.getAttribute("href")).toBe("/admin/agreements?pairing=p1&year=2026");
    const cell = document.querySelector("[data-testid=forward-set-target]")!;
    expect(cell.textContent).toBe("未设目标");
    expect(cell.getAttribute("href")).toBe("/admin/agreements?pairing=p2&year=2026");
  });

  it("a county official's rows say 本年度未签协议 and 未设目标 as plain text", async () => {
    await mountApp(ProgressPage, { role: "COUNTY_OFFICIAL", link: link([2026]), path: "/?year=2026" });
    await vi.waitFor(() => expect(document.body.textContent).toContain("本年度未签协议"), WAIT);
    expect(document.querySelector("[data-testid=forward-set-targets]")).toBeNull();
    expect(document.querySelector("[data-testid=forward-set-target]")).toBeNull();
  });
});

/** Two pairings (one with a child) with a funds, a labour and a consumption indicator. */
const cell = (indicator: string, unit: string, target: string | null, delivered: string) => ({
  __typename: "IndicatorProgress",
  indicator,
  unit,
  target,
  delivered,
  reported: delivered,
  recorded: "0",
  ratio: target ? Number(delivered) / Number(target) : null,
  entryCount: 1,
  projected: null,
  projectionMethod: "LINEAR",
  atRisk: false,
});
const pairing = (id: string, name: string, east: string, west: string, parent: string | null) => ({
  __typename: "Pairing",
  id,
  name,
  kind: parent ? "WITHIN_PROVINCE" : "EAST_WEST",
  since: "2020-01-01",
  eastRegion: { __typename: "Region", id: `e-${id}`, name: east },
  westRegion: { __typename: "Region", id: `w-${id}`, name: west },
  parent: parent ? { __typename: "Pairing", id: parent } : null,
  agreement: { __typename: "Agreement", id: `a-${id}`, signedOn: "2026-03-01" },
  progress: [
    cell("FISCAL_AID", "YUAN", "1000000", "500000"),
    cell("LABOURERS_PLACED", "PEOPLE", "100", "80"),
    cell("CONSUMPTION_ASSISTANCE", "YUAN", "2000000", "2000000"),
  ],
});
const board = {
  pairings: {
    __typename: "PairingConnection",
    totalCount: 3,
    nodes: [
      pairing("q1", "青岛市—安顺市", "青岛市", "安顺市", null),
      pairing("q2", "胶州市—镇宁县", "胶州市", "镇宁县", "q1"),
      pairing("q3", "平度市—徽县", "平度市", "徽县", null),
    ],
  },
};
const boardLink = fakeLink((name) => {
  if (name === "AgreementYears") return { data: { agreementYears: [2026] } };
  if (name === "ProgressOverview") return { data: board };
  return { data: null };
});
const headers = () =>
  [...document.querySelectorAll("[data-testid=progress-table] .el-table__header th .cell")].map((e) =>
    e.textContent!.trim(),
  );
const pairingNames = () =>
  [...document.querySelectorAll("[data-testid=progress-table] [data-testid=pairing-link]")].map((e) =>
    e.textContent!.trim(),
  );

describe("ProgressPage: a board a coordinator can read (issue 11)", { timeout: USER_FLOW_TIMEOUT }, () => {
  afterEach(() => localStorage.removeItem("xiezuo.progress.group"));

  it("shows one line of work's columns at a time, and remembers the choice", async () => {
    await mountApp(ProgressPage, { role: "COORDINATOR", link: boardLink, path: "/?year=2026" });
    await vi.waitFor(() => expect(pairingNames()).toContain("平度市—徽县"), WAIT);
    expect(headers()).toEqual(["结对", "财政援助资金", "劳务协作就业", "消费帮扶"]);
    // Only the lines of work that have a column this year are offered.
    expect(valueOf("按条线显示指标")).toBe("全部");
    await choose("按条线显示指标", "劳务");
    expect(headers()).toEqual(["结对", "劳务协作就业"]);
    expect(localStorage.getItem("xiezuo.progress.group")).toBe("LABOUR");
    await expect(choose("按条线显示指标", "人才")).rejects.toThrow(/no choice/);
  });

  it("opens on the remembered line of work", async () => {
    localStorage.setItem("xiezuo.progress.group", "CONSUMPTION");
    await mountApp(ProgressPage, { role: "COORDINATOR", link: boardLink, path: "/?year=2026" });
    await vi.waitFor(() => expect(pairingNames()).toContain("平度市—徽县"), WAIT);
    expect(headers()).toEqual(["结对", "消费帮扶"]);
    expect(valueOf("按条线显示指标")).toBe("消费");
  });

  it("finds pairings by pairing or region name, keeping a matching child's parent", async () => {
    await mountApp(ProgressPage, { role: "COORDINATOR", link: boardLink, path: "/?year=2026" });
    await vi.waitFor(() => expect(pairingNames()).toHaveLength(3), WAIT);
    await fill("搜索结对或地区", "徽县");
    expect(pairingNames()).toEqual(["平度市—徽县"]);
    await fill("搜索结对或地区", "镇宁");
    expect(pairingNames()).toEqual(["青岛市—安顺市", "胶州市—镇宁县"]);
    await fill("搜索结对或地区", "上海");
    expect(pairingNames()).toEqual([]);
    expect(document.querySelector("[data-testid=progress-table]")!.textContent).toContain("没有名称含此文字的结对");
    await fill("搜索结对或地区", "");
    expect(pairingNames()).toHaveLength(3);
  });

  it("prints the board", async () => {
    const print = vi.fn();
    vi.stubGlobal("print", print);
    await mountApp(ProgressPage, { role: "COORDINATOR", link: boardLink, path: "/?year=2026" });
    await vi.waitFor(() => expect(pairingNames()).toHaveLength(3), WAIT);
    await click("打印");
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });

  it("exports the year's board as .xlsx with the session's token", async () => {
    const fetchMock = vi.fn(async () => ({ ok: false, status: 500 }) as Response);
    vi.stubGlobal("fetch", fetchMock);
    await mountApp(ProgressPage, { role: "COORDINATOR", link: boardLink, path: "/?year=2026" });
    await vi.waitFor(() => expect(pairingNames()).toHaveLength(3), WAIT);
    await click("导出 Excel");
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled(), WAIT);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/exports/progress.xlsx?year=2026");
    expect(init.headers).toMatchObject({ authorization: "Bearer test-token" });
    vi.unstubAllGlobals();
  });
});

describe("ProgressPage: records and reported figures apart (issue 12)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("marks the reported part of a figure and leaves a figure from records alone unmarked", async () => {
    const p2 = overview.pairings.nodes[1];
    const mixed = {
      pairings: {
        ...overview.pairings,
        nodes: [
          {
            ...p2,
            progress: [
              {
                __typename: "IndicatorProgress",
                indicator: "FISCAL_AID",
                unit: "YUAN",
                target: "1000000.00",
                delivered: "500000.00",
                reported: "200000.00",
                recorded: "300000.00",
                ratio: 0.5,
                entryCount: 3,
                projected: null,
                projectionMethod: "LINEAR",
                atRisk: false,
              },
              {
                __typename: "IndicatorProgress",
                indicator: "WORKSHOPS",
                unit: "COUNT",
                target: "3",
                delivered: "2",
                reported: "0",
                recorded: "2",
                ratio: 2 / 3,
                entryCount: 2,
                projected: null,
                projectionMethod: "LINEAR",
                atRisk: false,
              },
            ],
          },
        ],
      },
    };
    await mountApp(ProgressPage, {
      role: "COORDINATOR",
      link: fakeLink((name) => {
        if (name === "AgreementYears") return { data: { agreementYears: [2026] } };
        if (name === "ProgressOverview") return { data: mixed };
        return { data: null };
      }),
    });
    await vi.waitFor(() => expect(document.querySelector("[data-indicator=FISCAL_AID]")).not.toBeNull(), WAIT);
    const fiscal = document.querySelector("[data-indicator=FISCAL_AID]")!;
    expect(fiscal.querySelector("[data-testid=reported-part]")!.textContent).toContain("上报 ¥20万");
    expect(fiscal.getAttribute("title")).toBe("业务记录 ¥30万 · 上报 ¥20万");
    const workshops = document.querySelector("[data-indicator=WORKSHOPS]")!;
    expect(workshops.querySelector("[data-testid=reported-part]")).toBeNull();
    expect(document.querySelector("[data-testid=legend-reported]")!.textContent).toContain("手工录入");
  });
});
