import { describe, expect, it } from "vitest";
import type { Component } from "vue";
import CataloguePage from "./CataloguePage.vue";
import SupplyPage from "./SupplyPage.vue";
import PostingsPage from "./PostingsPage.vue";
import WorkersPage from "./WorkersPage.vue";
import InvestmentPage from "./InvestmentPage.vue";
import LeadsPage from "./LeadsPage.vue";
import PairingPage from "./PairingPage.vue";
import UsersPage from "./admin/UsersPage.vue";
import PairingsPage from "./admin/PairingsPage.vue";
import AgreementsPage from "./admin/AgreementsPage.vue";
import ProgressPage from "./ProgressPage.vue";
import AuditPage from "./AuditPage.vue";
import LoginLogPage from "./LoginLogPage.vue";
import OrdersPage from "./OrdersPage.vue";
import QuotaPage from "./QuotaPage.vue";
import IncomingPage from "./IncomingPage.vue";
import ConsumptionPage from "./ConsumptionPage.vue";
import ChannelsPage from "./ChannelsPage.vue";
import SuppliersPage from "./SuppliersPage.vue";
import QuotasPage from "./QuotasPage.vue";
import AllOrdersPage from "./AllOrdersPage.vue";
import WorkshopsPage from "./WorkshopsPage.vue";
import TalentPage from "./TalentPage.vue";
import LabourBoardPage from "./LabourBoardPage.vue";
import InvestmentBoardPage from "./InvestmentBoardPage.vue";
import DonationsPage from "./DonationsPage.vue";
import RegionsPage from "./admin/RegionsPage.vue";
import EnterprisesPage from "./admin/EnterprisesPage.vue";
import AccountPage from "./account/AccountPage.vue";
import ImportsPage from "./ImportsPage.vue";
import ProductPage from "./ProductPage.vue";
import OrderPrintPage from "./OrderPrintPage.vue";
import LedgerEntries from "./pairing/LedgerEntries.vue";
import EvidenceCoverageCard from "./pairing/EvidenceCoverageCard.vue";
import JointWorkPage from "./JointWorkPage.vue";
import FiscalAidPage from "./FiscalAidPage.vue";
import UnitPairsPage from "./UnitPairsPage.vue";
import GradingPage from "./GradingPage.vue";
import type { Role } from "@/gql/graphql";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT } from "@/test/user";

/** Every query fails (the database is down), except the years a pairing page needs to ask at all. */
const down = fakeLink((name) =>
  name === "AgreementYears"
    ? { data: { agreementYears: [2026] } }
    : { errors: [{ message: "数据库暂不可用", extensions: { code: "SERVICE_UNAVAILABLE" } }] },
);

const PAGES: [string, Component, Role, Record<string, unknown>?][] = [
  ["CataloguePage", CataloguePage, "BUYER"],
  ["SupplyPage", SupplyPage, "COUNTY_OFFICIAL"],
  ["PostingsPage", PostingsPage, "COUNTY_OFFICIAL"],
  ["WorkersPage", WorkersPage, "COUNTY_OFFICIAL"],
  ["InvestmentPage", InvestmentPage, "COUNTY_OFFICIAL"],
  ["LeadsPage", LeadsPage, "COORDINATOR"],
  ["PairingPage", PairingPage, "COORDINATOR", { id: "p1" }],
  ["UsersPage", UsersPage, "ADMIN"],
  ["PairingsPage", PairingsPage, "ADMIN"],
  // No pairing chosen yet: the pairings to choose from are the page, so their failure is its failure.
  ["AgreementsPage", AgreementsPage, "ADMIN"],
  // Issue 11 (uikit): every page of the app whose content comes from a query.
  ["ProgressPage", ProgressPage, "COORDINATOR"],
  ["AuditPage", AuditPage, "ADMIN"],
  ["LoginLogPage", LoginLogPage, "ADMIN"],
  ["OrdersPage", OrdersPage, "BUYER"],
  ["QuotaPage", QuotaPage, "BUYER"],
  ["IncomingPage", IncomingPage, "COUNTY_OFFICIAL"],
  ["ConsumptionPage", ConsumptionPage, "COORDINATOR"],
  ["ChannelsPage", ChannelsPage, "COORDINATOR"],
  ["SuppliersPage", SuppliersPage, "COORDINATOR"],
  ["QuotasPage", QuotasPage, "COORDINATOR"],
  ["AllOrdersPage", AllOrdersPage, "COORDINATOR"],
  ["WorkshopsPage", WorkshopsPage, "COUNTY_OFFICIAL"],
  ["TalentPage", TalentPage, "COORDINATOR"],
  ["LabourBoardPage", LabourBoardPage, "COORDINATOR"],
  ["InvestmentBoardPage", InvestmentBoardPage, "COORDINATOR"],
  ["DonationsPage", DonationsPage, "COORDINATOR"],
  ["DonationsPage (county)", DonationsPage, "COUNTY_OFFICIAL"],
  ["RegionsPage", RegionsPage, "ADMIN"],
  ["EnterprisesPage", EnterprisesPage, "ADMIN"],
  ["ProductPage", ProductPage, "BUYER", { id: "p1" }],
  ["OrderPrintPage", OrderPrintPage, "BUYER", { id: "o1" }],
  ["FiscalAidPage", FiscalAidPage, "COORDINATOR"],
  // Issue 12: 结对帮扶.
  ["UnitPairsPage", UnitPairsPage, "COORDINATOR"],
  // A pairing's ledger loads on its own, below a page that did load.
  ["LedgerEntries", LedgerEntries, "COORDINATOR", { pairingId: "p1", year: 2026, canRecord: false }],
  // Issue 13: 佐证覆盖率 on the pairing page.
  ["EvidenceCoverageCard", EvidenceCoverageCard, "COORDINATOR", { pairingId: "p1", year: 2026 }],
  // Issue 12: 组织领导.
  ["JointWorkPage", JointWorkPage, "COORDINATOR"],
  ["JointWorkPage (county official)", JointWorkPage, "COUNTY_OFFICIAL"],
  // Issue 13: 考核评级.
  ["GradingPage", GradingPage, "ADMIN"],
  ["GradingPage (county official)", GradingPage, "COUNTY_OFFICIAL"],
];

/**
 * Pages that say a failure their own way (a section that failed among others that work): an alert
 * naming what failed, with its own test id, never the empty text.
 */
const OWN_ALERT: [string, Component, Role][] = [
  ["AccountPage", AccountPage, "COORDINATOR"],
  ["ImportsPage", ImportsPage, "COORDINATOR"],
];

describe("a failed first load says so, with 重试, never as an empty page", { timeout: USER_FLOW_TIMEOUT }, () => {
  it.each(PAGES)("%s", async (_name, page, role, props) => {
    const { wrapper } = await mountApp(page, { role, link: down }, { props: props ?? {} });
    await settle(10);
    // The page's QueryState ("query-state") or a named one ("project-state"): the first on the page.
    const failed = wrapper.find("[data-testid$=state-failed]");
    expect(failed.exists()).toBe(true);
    expect(failed.text()).toContain("加载失败");
    expect(failed.text()).toContain("重试");
    expect(wrapper.text()).not.toContain("暂无数据");
    wrapper.unmount();
  });
});

describe("pages that name a failed section themselves", { timeout: USER_FLOW_TIMEOUT }, () => {
  it.each(OWN_ALERT)("%s", async (_name, page, role) => {
    const { wrapper } = await mountApp(page, { role, link: down });
    await settle(10);
    const alert = wrapper.find(".el-alert--error");
    expect(alert.exists()).toBe(true);
    expect(alert.text()).toMatch(/失败|无法/);
    expect(wrapper.text()).not.toContain("暂无");
    wrapper.unmount();
  });
});
