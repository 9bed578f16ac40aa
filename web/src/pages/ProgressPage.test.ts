import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import ProgressPage from "./ProgressPage.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT } from "@/test/user";

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
