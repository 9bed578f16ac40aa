import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import FiscalProjectDrawer from "./FiscalProjectDrawer.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import type { AppLocale } from "@/lib/format";

enableAutoUnmount(afterEach);

const tx = (over: Record<string, unknown>) => ({
  __typename: "FiscalTransaction",
  kind: "DISBURSED",
  reference: "镇财拨〔2026〕1号",
  reversesId: null,
  reverses: null,
  reason: null,
  reversed: false,
  evidence: [],
  ...over,
});

const project = {
  __typename: "FiscalProject",
  id: "f1",
  name: "镇宁县环翠街道安全饮水工程",
  year: 2026,
  sector: "INFRASTRUCTURE",
  town: "环翠街道",
  implementingUnit: "镇宁县水务局",
  plannedBeneficiaries: 3200,
  plannedPoorBeneficiaries: 860,
  startsOn: "2026-01-01",
  plannedEndOn: "2026-12-31",
  allocated: "1000000.00",
  disbursed: "0.00",
  spent: "0.00",
  useRate: "0.00",
  worksPercent: null,
  status: "IN_PROGRESS",
  allowedActions: ["RECORD_DISBURSEMENT", "RECORD_SPENDING"],
  county: { __typename: "Region", id: "c1", shortName: "镇宁县" },
  pairing: { __typename: "Pairing", id: "pa1", name: "胶州市—镇宁县" },
  transactions: [
    tx({ id: "a1", kind: "ALLOCATED", amount: "1000000.00", occurredOn: "2026-01-05", reference: "胶财协〔2026〕1号" }),
    tx({ id: "d1", amount: "800000.00", occurredOn: "2026-01-20", reversed: true }),
    // Made after January was locked: dated when made, its original's date shown as such.
    tx({
      id: "d2",
      amount: "-800000.00",
      occurredOn: "2026-11-30",
      reversesId: "d1",
      reverses: { __typename: "FiscalTransaction", id: "d1", occurredOn: "2026-01-20" },
      reason: "文号有误",
    }),
  ],
  progressReports: [],
};

async function open(locale: AppLocale) {
  const link = fakeLink((name) => (name === "FiscalProject" ? { data: { fiscalProject: project } } : { data: null }));
  await mountApp(
    FiscalProjectDrawer,
    { role: "COUNTY_OFFICIAL", link, locale },
    { props: { projectId: "f1", modelValue: true } },
  );
  await settle(10);
  return document.body;
}

describe("FiscalProjectDrawer", () => {
  it("a reversal names what it reverses in the kind's own word, with the original's date (zh)", async () => {
    const body = await open("zh-CN");
    const of = body.querySelectorAll("[data-testid='fiscal-tx-reversal-of']");
    expect(of).toHaveLength(1);
    expect(of[0].textContent).toMatch(/^冲正 .*2026.*1.*20.* 的拨付$/);
    // The allocation is the east office's; the disbursement is reversed; a reversal is not reversed.
    expect(body.querySelectorAll("[data-testid='fiscal-tx-reverse']")).toHaveLength(0);
    expect(body.textContent).toContain("原因：文号有误");
  });

  it("in English", async () => {
    const body = await open("en");
    const of = body.querySelectorAll("[data-testid='fiscal-tx-reversal-of']");
    expect(of).toHaveLength(1);
    expect(of[0].textContent).toMatch(/^Reversal of the disbursement of .*2026.*$/);
    expect(of[0].textContent).toMatch(/Jan|01/);
  });
});
