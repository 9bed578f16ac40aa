import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import ProjectDrawer from "./ProjectDrawer.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import type { Role } from "@/gql/graphql";

enableAutoUnmount(afterEach);

const file = (id: string, fileName: string, status: "PENDING" | "VERIFIED") => ({
  __typename: "EvidenceFile",
  id,
  fileName,
  status,
  url: `/evidence/${id}`,
  rejectReason: null,
  purpose: null,
});

const project = (stage: string, allowedNextStages: string[]) => ({
  __typename: "InvestmentProject",
  id: "p1",
  name: "婴童湿巾生产线",
  stage,
  stageSince: "2026-11-20",
  plannedInvestment: "60000000.00",
  contractAmount: stage === "SIGNED" ? "45000000.50" : null,
  signedOn: stage === "SIGNED" ? "2026-11-20" : null,
  droppedReason: null,
  fundsInPlace: stage === "SIGNED" ? "12500000.00" : "0.00",
  allowedNextStages,
  county: { __typename: "Region", id: "c1", name: "镇宁布依族苗族自治县" },
  enterprise: { __typename: "Enterprise", id: "e1", name: "馨思雅妇幼用品有限公司" },
  pairingId: "pa1",
  pairing: { __typename: "Pairing", id: "pa1", name: "胶州市—镇宁县" },
  evidence: [file("e0", "签约合同.pdf", "VERIFIED")],
  timeline: [
    {
      __typename: "ProjectStageEvent",
      id: "t1",
      fromStage: null,
      toStage: "LEAD",
      occurredOn: "2026-11-01",
      note: null,
      recordedBy: null,
    },
    {
      __typename: "ProjectStageEvent",
      id: "t2",
      fromStage: "LEAD",
      toStage: stage,
      occurredOn: "2026-11-20",
      note: "首笔资金到位",
      recordedBy: null,
    },
  ],
  tranches:
    stage === "SIGNED"
      ? [
          {
            __typename: "FundTranche",
            id: "f1",
            amount: "12500000.00",
            receivedOn: "2026-11-20",
            reference: "镇招1号",
            reason: null,
            reversed: false,
            reversesId: null,
            reverses: null,
            evidence: [file("e1", "银行回单.pdf", "PENDING")],
          },
          {
            __typename: "FundTranche",
            id: "f2",
            amount: "300.00",
            receivedOn: "2026-11-20",
            reference: "镇招2号",
            reason: null,
            reversed: true,
            reversesId: null,
            reverses: null,
            evidence: [],
          },
          {
            __typename: "FundTranche",
            id: "f3",
            amount: "-300.00",
            receivedOn: "2026-11-20",
            reference: "镇招2号",
            reason: "录错",
            reversed: false,
            reversesId: "f2",
            reverses: { __typename: "FundTranche", id: "f2", receivedOn: "2026-11-20" },
            evidence: [],
          },
        ]
      : [],
  outcomes: [],
});

/** The operations the drawer asked for, by name. */
let asked: string[] = [];

async function open(role: Role, stage: string, allowed: string[]) {
  asked = [];
  const link = fakeLink((name) => {
    asked.push(name);
    return name === "InvestProject" ? { data: { investmentProject: project(stage, allowed) } } : { data: null };
  });
  await mountApp(ProjectDrawer, { role, link }, { props: { projectId: "p1", modelValue: true } });
  await settle(10);
  return document.body;
}

describe("ProjectDrawer", () => {
  it("offers the server's allowed moves, forward first, and the timeline newest first", async () => {
    const body = await open("COUNTY_OFFICIAL", "NEGOTIATION", ["DROPPED", "SIGNED"]);
    const moves = [...body.querySelectorAll("[data-testid^='move-']")].map((e) => e.getAttribute("data-testid"));
    expect(moves).toEqual(["move-SIGNED", "move-DROPPED"]);
    const events = [...body.querySelectorAll("[data-testid='timeline-event']")].map((e) =>
      e.getAttribute("data-stage"),
    );
    expect(events).toEqual(["NEGOTIATION", "LEAD"]);
    // The server's bilingual note in the locale's language only.
    expect(body.textContent).toContain("首笔资金到位");
    expect(body.textContent).not.toContain("first tranche arrived");
    // Not signed yet: no funds or outcomes to record.
    expect(body.querySelector("[data-testid='tranche-new']")).toBeNull();
    expect(body.querySelector("[data-testid='outcome-new']")).toBeNull();
  });

  it("a signed project takes tranches; only an unreversed original can be reversed", async () => {
    const body = await open("COORDINATOR", "SIGNED", ["FUNDS_ARRIVING", "DROPPED"]);
    expect(body.querySelector("[data-testid='tranche-new']")).not.toBeNull();
    expect(body.querySelector("[data-testid='outcome-new']")).not.toBeNull();
    expect(body.querySelectorAll("[data-testid='tranche-row']")).toHaveLength(3);
    expect(body.querySelectorAll("[data-testid='tranche-reverse']")).toHaveLength(1);
    // The reversal names its original's date (it is dated when made once that month is locked).
    const of = body.querySelectorAll("[data-testid='tranche-reversal-of']");
    expect(of).toHaveLength(1);
    expect(of[0].textContent).toMatch(/冲正 .*2026.*11.*20.* 到位的资金/);
    expect(body.querySelector("[data-testid='project-in-place']")?.textContent).toContain("¥12,500,000.00");
    expect(body.textContent).toContain("-¥300.00");
  });

  it("the enterprise follows and moves its project but records no funds", async () => {
    const body = await open("ENTERPRISE", "SIGNED", ["FUNDS_ARRIVING", "DROPPED"]);
    expect(body.querySelector("[data-testid='move-FUNDS_ARRIVING']")).not.toBeNull();
    expect(body.querySelector("[data-testid='tranche-new']")).toBeNull();
    expect(body.querySelector("[data-testid='tranche-reverse']")).toBeNull();
  });

  it("佐证材料 come with the project: the contract and each tranche's slip, verify for the coordinator", async () => {
    const body = await open("COORDINATOR", "SIGNED", ["FUNDS_ARRIVING", "DROPPED"]);
    expect(body.querySelector("[data-testid='project-evidence']")?.textContent).toContain("签约合同.pdf");
    const slips = body.querySelectorAll("[data-testid='tranche-row'] [data-testid='evidence-file']");
    expect([...slips].map((e) => e.textContent)).toEqual([expect.stringContaining("银行回单.pdf")]);
    expect(body.querySelectorAll("[data-testid='tranche-row'] [data-testid='evidence-verify']")).toHaveLength(1);
    // A reversal carries no evidence of its own; the files came with the project's one query.
    expect(body.querySelectorAll("[data-testid='tranche-evidence']")).toHaveLength(2);
    expect(asked).not.toContain("EvidenceFilesOfRecord");
  });

  it("the enterprise reads none of the county's papers", async () => {
    const body = await open("ENTERPRISE", "SIGNED", ["FUNDS_ARRIVING", "DROPPED"]);
    expect(body.querySelector("[data-testid='project-evidence']")).toBeNull();
    expect(body.querySelector("[data-testid='tranche-evidence']")).toBeNull();
  });
});
