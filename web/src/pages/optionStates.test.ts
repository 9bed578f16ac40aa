import { describe, expect, it, vi } from "vitest";
import { reactive, type Component } from "vue";
import type { FetchResult } from "@apollo/client/core";
import type { Role } from "@/gql/graphql";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, fill } from "@/test/user";
import type { Options } from "@/composables/useOptions";
import { useCartStore } from "@/stores/cart";
import JobFairDialog from "./labour/JobFairDialog.vue";
import TrainingDialog from "./labour/TrainingDialog.vue";
import PostingDialog from "./labour/PostingDialog.vue";
import WorkshopDialog from "./labour/WorkshopDialog.vue";
import PlaceDialog from "./labour/PlaceDialog.vue";
import FairDialog from "./channels/FairDialog.vue";
import SiteVisitDialog from "./investment/SiteVisitDialog.vue";
import LeadDialog from "./investment/LeadDialog.vue";
import PairingDialogs from "./admin/PairingDialogs.vue";
import UserDialog from "./admin/UserDialog.vue";
import EnterpriseDialog from "./admin/EnterpriseDialog.vue";
import QuotaDialog from "./consumption/QuotaDialog.vue";
import ProductDialog from "./supply/ProductDialog.vue";
import CartDrawer from "./consumption/CartDrawer.vue";
import CataloguePage from "./CataloguePage.vue";
import AllOrdersPage from "./AllOrdersPage.vue";
import OrdersPage from "./OrdersPage.vue";
import IncomingPage from "./IncomingPage.vue";
import SuppliersPage from "./SuppliersPage.vue";
import SupplyPage from "./SupplyPage.vue";
import UsersPage from "./admin/UsersPage.vue";
import EnterprisesPage from "./admin/EnterprisesPage.vue";
import RegionsPage from "./admin/RegionsPage.vue";
import AgreementsPage from "./admin/AgreementsPage.vue";
import InvestmentBoardPage from "./InvestmentBoardPage.vue";
import PostingsPage from "./PostingsPage.vue";
import ProgressPage from "./ProgressPage.vue";
import PairingPage from "./PairingPage.vue";
import UnitPairDialog from "./unit-pairs/UnitPairDialog.vue";

const DOWN: FetchResult = { errors: [{ message: "数据库暂不可用", extensions: { code: "SERVICE_UNAVAILABLE" } }] };

/** Every query fails (the database is down), and every one asked is counted (so 重试 can be seen asking again). */
function downLink(answer: (name: string) => FetchResult | null = () => null) {
  const asked: string[] = [];
  const link = fakeLink((name) => {
    asked.push(name);
    return answer(name) ?? DOWN;
  });
  return { link, asked };
}

const $ = (selector: string) => document.body.querySelector<HTMLElement>(selector);

/** The failure line with this test id says what failed and offers 重试, and 重试 asks again. */
async function expectFailedWithRetry(id: string, asked: string[]) {
  const failed = $(`[data-testid="${id}-failed"]`);
  expect(failed, `${id}-failed`).not.toBeNull();
  expect(failed!.textContent).toMatch(/加载失败|未能读取/);
  expect(failed!.textContent).toContain("数据库暂不可用"); // why, as the server said it
  expect(failed!.getAttribute("role")).toBe("alert");
  const retry = $(`[data-testid="${id}-retry"]`);
  expect(retry?.textContent).toContain("重试");
  const before = asked.length;
  retry!.click();
  await settle(10);
  expect(asked.length, `${id}: 重试 asks again`).toBeGreaterThan(before);
}

/**
 * Every dialog or form whose choices come from a query: with the query down, each such list says
 * it failed (with 重试) where the choices are, rather than an empty select.
 */
const DIALOGS: [string, Component, Role, Record<string, unknown>, string[]][] = [
  [
    "JobFairDialog",
    JobFairDialog,
    "COUNTY_OFFICIAL",
    { modelValue: true },
    ["jobfair-county-options", "jobfair-employers-options"],
  ],
  [
    "TrainingDialog",
    TrainingDialog,
    "COUNTY_OFFICIAL",
    { modelValue: true },
    ["training-east-options", "training-workers-options"],
  ],
  ["PostingDialog", PostingDialog, "ENTERPRISE", { modelValue: true, posting: null }, ["posting-location-options"]],
  [
    "WorkshopDialog",
    WorkshopDialog,
    "COUNTY_OFFICIAL",
    { modelValue: true, workshop: null },
    ["workshop-east-options"],
  ],
  [
    "PlaceDialog",
    PlaceDialog,
    "COUNTY_OFFICIAL",
    { modelValue: true, worker: { id: "w1", name: "王芳" } },
    ["place-postings-options"],
  ],
  ["FairDialog", FairDialog, "COORDINATOR", { modelValue: true, fair: null }, ["fair-suppliers-options"]],
  [
    "SiteVisitDialog",
    SiteVisitDialog,
    "COORDINATOR",
    { modelValue: true },
    ["visit-counties-options", "visit-enterprises-options", "visit-projects-options"],
  ],
  ["LeadDialog", LeadDialog, "COORDINATOR", { modelValue: true, lead: null }, ["lead-counties-options"]],
  [
    "PairingDialogs",
    PairingDialogs,
    "ADMIN",
    { creating: true, ending: null, parents: [] },
    ["pairing-east-options", "pairing-west-options"],
  ],
  ["UserDialog", UserDialog, "ADMIN", { open: true, editing: null }, ["user-region-options"]],
  ["UnitPairDialog", UnitPairDialog, "COORDINATOR", { modelValue: true }, ["unit-pair-pairing-options"]],
];

describe("a dialog's choices that failed to load say so, with 重试", { timeout: USER_FLOW_TIMEOUT }, () => {
  it.each(DIALOGS)("%s", async (_name, dialog, role, props, ids) => {
    const { link, asked } = downLink();
    await mountApp(dialog, { role, link }, { props });
    await settle(10);
    for (const id of ids) await expectFailedWithRetry(id, asked);
  });

  it("the select's own dropdown says it failed, not 无数据; after 重试 works the choices are there", async () => {
    let up = false;
    const { link, asked } = downLink((name) =>
      up && name === "WestCounties"
        ? {
            data: {
              regions: {
                __typename: "RegionConnection",
                nodes: [{ __typename: "Region", id: "c1", name: "镇宁县" }],
              },
            },
          }
        : null,
    );
    await mountApp(JobFairDialog, { role: "COUNTY_OFFICIAL", link }, { props: { modelValue: true } });
    await settle(10);
    $('[data-testid="jobfair-county"]')!.click();
    await settle(5);
    const menus = [...document.body.querySelectorAll(".el-select-dropdown")].map((m) => m.textContent ?? "");
    expect(menus.some((m) => m.includes("县区列表加载失败"))).toBe(true);
    expect(menus.some((m) => m.includes("无数据") || m.includes("No data"))).toBe(false);

    up = true;
    const before = asked.filter((n) => n === "WestCounties").length;
    $('[data-testid="jobfair-county-options-retry"]')!.click();
    await settle(10);
    expect(asked.filter((n) => n === "WestCounties").length).toBe(before + 1);
    expect($('[data-testid="jobfair-county-options-failed"]')).toBeNull();
    expect(document.body.textContent).toContain("镇宁县");
  });

  it("lists a dialog is given by its page say the page's failure (quota split, product supplier, home region)", async () => {
    const failing = () =>
      reactive({ items: [], loading: false, error: DOWN, failed: true, retry: vi.fn() }) as unknown as Options<{
        id: string;
        name: string;
        status: string;
      }>;
    const counties = failing();
    await mountApp(
      QuotaDialog,
      { role: "COORDINATOR" },
      { props: { buyer: { id: "b1", name: "胶州市人民医院" }, year: 2026, quota: null, counties } },
    );
    await settle(5);
    expect($('[data-testid="qd-counties-options-failed"]')?.textContent).toContain("县区列表加载失败");
    $('[data-testid="qd-counties-options-retry"]')!.click();
    expect(counties.retry).toHaveBeenCalled();

    const suppliers = failing();
    await mountApp(
      ProductDialog,
      { role: "COUNTY_OFFICIAL" },
      { props: { modelValue: true, product: null, suppliers: [], suppliersStatus: suppliers } },
    );
    await settle(5);
    expect($('[data-testid="product-supplier-options-failed"]')?.textContent).toContain("供应商列表加载失败");
    $('[data-testid="product-supplier-options-retry"]')!.click();
    expect(suppliers.retry).toHaveBeenCalled();

    const regions = failing();
    await mountApp(
      EnterpriseDialog,
      { role: "ADMIN" },
      { props: { open: true, editing: null, regions: [], regionsStatus: regions } },
    );
    await settle(5);
    expect($('[data-testid="enterprise-region-options-failed"]')?.textContent).toContain("地区列表加载失败");
    $('[data-testid="enterprise-region-options-retry"]')!.click();
    expect(regions.retry).toHaveBeenCalled();
  });
});

describe("the cart's checkout when its lookups fail", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("the remembered details failing is said (the buyer types them); fairs and sales centres say they failed", async () => {
    const { link, asked } = downLink();
    await mountApp(CartDrawer, { role: "BUYER", link }, { props: { modelValue: true } });
    const cart = useCartStore();
    cart.add(
      {
        productId: "p1",
        name: "镇宁土蜂蜜",
        unitPrice: "68.00",
        unit: "瓶",
        spec: "500g/瓶",
        stock: 10,
        countyName: "镇宁县",
        supplierName: "蜂之源",
        countsTowardQuota: true,
      },
      1,
    );
    await settle(10);
    const notice = $('[data-testid="remembered-failed"]');
    expect(notice?.textContent).toContain("未能读取上次使用的收货信息");
    // Not blocking: the address can still be typed.
    await fill("收货地址", "山东省青岛市胶州市徐州路 29 号");
    const address = $('[data-testid="checkout-address"]')!;
    const textarea = (
      address.tagName === "TEXTAREA" ? address : address.querySelector("textarea")
    ) as HTMLTextAreaElement;
    expect(textarea.value).toContain("徐州路");
    const before = asked.filter((n) => n === "CheckoutRemembered").length;
    $('[data-testid="remembered-retry"]')!.click();
    await settle(10);
    expect(asked.filter((n) => n === "CheckoutRemembered").length).toBeGreaterThan(before);

    cart.channel = "FAIR";
    await settle(10);
    await expectFailedWithRetry("order-fair-options", asked);
    cart.channel = "SALES_CENTRE";
    await settle(10);
    await expectFailedWithRetry("order-sales-centre-options", asked);
  });
});

/** Filters and page choices fed by their own query: their failure is said beside them. */
const PAGE_CHOICES: [string, Component, Role, string[], string?][] = [
  ["CataloguePage", CataloguePage, "BUYER", ["catalogue-county-options"]],
  [
    "AllOrdersPage",
    AllOrdersPage,
    "COORDINATOR",
    ["all-orders-buyer-options", "filter-supplier-options", "filter-county-options"],
  ],
  ["OrdersPage", OrdersPage, "BUYER", ["filter-supplier-options", "filter-county-options"]],
  ["IncomingPage", IncomingPage, "COUNTY_OFFICIAL", ["filter-supplier-options"]],
  ["SuppliersPage", SuppliersPage, "COORDINATOR", ["suppliers-county-options"]],
  ["SupplyPage", SupplyPage, "COUNTY_OFFICIAL", ["supply-supplier-options"]],
  ["UsersPage", UsersPage, "ADMIN", ["users-region-options"]],
  ["EnterprisesPage", EnterprisesPage, "ADMIN", ["enterprises-region-options"]],
  ["InvestmentBoardPage", InvestmentBoardPage, "COORDINATOR", ["projects-county-options"]],
  ["PostingsPage", PostingsPage, "ENTERPRISE", ["postings-enterprise"]],
  ["RegionsPage", RegionsPage, "COORDINATOR", ["regions-own"]],
  ["AgreementsPage", AgreementsPage, "ADMIN", ["agreement-pairing-options"], "/?pairing=p1"],
];

describe("a page's choices that failed to load say so, with 重试", { timeout: USER_FLOW_TIMEOUT }, () => {
  it.each(PAGE_CHOICES)("%s", async (_name, page, role, ids, path) => {
    const { link, asked } = downLink();
    await mountApp(page, { role, link, path });
    await settle(10);
    for (const id of ids) await expectFailedWithRetry(id, asked);
  });
});

describe("the agreement years failing is a failure, not 'no agreement yet'", { timeout: USER_FLOW_TIMEOUT }, () => {
  it.each([
    ["ProgressPage", ProgressPage, {}],
    ["PairingPage", PairingPage, { id: "p1" }],
  ] as [string, Component, Record<string, unknown>][])("%s", async (_name, page, props) => {
    const { link, asked } = downLink();
    const { wrapper } = await mountApp(page, { role: "COORDINATOR", link }, { props });
    await settle(10);
    expect(wrapper.find('[data-testid="progress-no-years"]').exists()).toBe(false);
    const failed = wrapper.find("[data-testid$=state-failed]");
    expect(failed.exists()).toBe(true);
    expect(failed.text()).toContain("加载失败");
    const before = asked.filter((n) => n === "AgreementYears").length;
    await wrapper.find("[data-testid$=state-retry]").trigger("click");
    await settle(10);
    expect(asked.filter((n) => n === "AgreementYears").length).toBe(before + 1);
  });
});
