import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from "vue-router";
import type { Pinia } from "pinia";
import { homeFor, mayOpen, type ROUTE_ROLES } from "@/lib/nav";
import { useSessionStore } from "@/stores/session";
import { installRouteProgress } from "@/lib/routeProgress";
import { loadMessageAreas, type MessageArea } from "@/i18n";

declare module "vue-router" {
  interface RouteMeta {
    /** Open without signing in. */
    public?: boolean;
    /** Key into ROUTE_ROLES: who may open the page. */
    access?: keyof typeof ROUTE_ROLES;
    /** The areas of the Chinese messages the page needs beyond the first load's (fetched before it renders). */
    messages?: MessageArea[];
  }
}

/**
 * A record's history (RecordHistory, the audit page) words every module's states and kinds: the audit
 * area and the areas whose enums it names (pages/audit/auditText.ts).
 */
const HISTORY: MessageArea[] = [
  "audit",
  "setup",
  "imports",
  "invest",
  "labour",
  "jointWork",
  "talent",
  "donations",
  "fiscal",
];

export const routes: RouteRecordRaw[] = [
  { path: "/login", name: "login", component: () => import("@/pages/LoginPage.vue"), meta: { public: true } },
  {
    path: "/change-password",
    name: "change-password",
    component: () => import("@/pages/account/ForcedPasswordPage.vue"),
    meta: { messages: ["accounts"] },
  },
  {
    // 打印订单: a plain page outside the app's frame, so the printout holds the order and nothing else.
    path: "/orders/:id/print",
    name: "orderPrint",
    component: () => import("@/pages/OrderPrintPage.vue"),
    props: true,
    meta: { access: "orderPrint", messages: ["consumption"] },
  },
  {
    path: "/",
    component: () => import("@/layouts/AppLayout.vue"),
    children: [
      { path: "", name: "home", redirect: () => "/progress" },
      {
        path: "progress",
        name: "progress",
        component: () => import("@/pages/ProgressPage.vue"),
        meta: { access: "progress" },
      },
      {
        path: "pairings/:id",
        name: "pairing",
        component: () => import("@/pages/PairingPage.vue"),
        props: true,
        meta: { access: "pairing", messages: ["pairing", "evidence", ...HISTORY] },
      },
      {
        path: "audit",
        name: "audit",
        component: () => import("@/pages/AuditPage.vue"),
        meta: { access: "audit", messages: HISTORY },
      },
      {
        path: "admin/login-log",
        name: "loginLog",
        component: () => import("@/pages/LoginLogPage.vue"),
        meta: { access: "loginLog", messages: ["accounts", "audit"] },
      },
      {
        path: "welcome",
        name: "welcome",
        component: () => import("@/pages/WelcomePage.vue"),
        meta: { access: "welcome", messages: ["accounts"] },
      },
      {
        path: "catalogue",
        name: "catalogue",
        component: () => import("@/pages/CataloguePage.vue"),
        meta: { access: "catalogue" },
      },
      {
        path: "catalogue/:id",
        name: "product",
        component: () => import("@/pages/ProductPage.vue"),
        props: true,
        meta: { access: "product", messages: ["consumption"] },
      },
      {
        path: "orders",
        name: "orders",
        component: () => import("@/pages/OrdersPage.vue"),
        meta: { access: "orders", messages: ["consumption", "evidence"] },
      },
      {
        path: "quota",
        name: "quota",
        component: () => import("@/pages/QuotaPage.vue"),
        meta: { access: "quota", messages: ["consumption"] },
      },
      {
        path: "incoming",
        name: "incoming",
        component: () => import("@/pages/IncomingPage.vue"),
        meta: { access: "incoming", messages: ["consumption", "evidence"] },
      },
      {
        path: "consumption",
        name: "consumption",
        component: () => import("@/pages/ConsumptionPage.vue"),
        meta: { access: "consumption", messages: ["consumption"] },
      },
      {
        path: "supply",
        name: "supply",
        component: () => import("@/pages/SupplyPage.vue"),
        meta: { access: "supply", messages: ["consumption", ...HISTORY] },
      },
      {
        path: "channels",
        name: "channels",
        component: () => import("@/pages/ChannelsPage.vue"),
        meta: { access: "channels", messages: ["consumption", ...HISTORY] },
      },
      {
        path: "suppliers",
        name: "suppliers",
        component: () => import("@/pages/SuppliersPage.vue"),
        meta: { access: "suppliers", messages: ["consumption", ...HISTORY] },
      },
      {
        path: "quotas",
        name: "quotas",
        component: () => import("@/pages/QuotasPage.vue"),
        meta: { access: "quotas", messages: ["consumption", "accounts", ...HISTORY] },
      },
      {
        path: "all-orders",
        name: "all-orders",
        component: () => import("@/pages/AllOrdersPage.vue"),
        meta: { access: "allOrders", messages: ["consumption", "evidence"] },
      },
      {
        path: "workers",
        name: "workers",
        component: () => import("@/pages/WorkersPage.vue"),
        meta: { access: "workers", messages: ["evidence", ...HISTORY] },
      },
      {
        path: "joint-work",
        name: "jointWork",
        component: () => import("@/pages/JointWorkPage.vue"),
        meta: { access: "jointWork", messages: HISTORY },
      },
      {
        path: "talent",
        name: "talent",
        component: () => import("@/pages/TalentPage.vue"),
        meta: { access: "talent", messages: ["talent", "labour"] },
      },
      {
        path: "grading",
        name: "grading",
        component: () => import("@/pages/GradingPage.vue"),
        meta: { access: "grading", messages: ["grading", "pairing"] },
      },
      {
        path: "reporting",
        name: "reporting",
        component: () => import("@/pages/ReportingPage.vue"),
        meta: { access: "reporting", messages: ["periods"] },
      },
      {
        path: "unit-pairs",
        name: "unitPairs",
        component: () => import("@/pages/UnitPairsPage.vue"),
        meta: { access: "unitPairs", messages: ["unitPairs", "evidence"] },
      },
      {
        path: "workshops",
        name: "workshops",
        component: () => import("@/pages/WorkshopsPage.vue"),
        meta: { access: "workshops", messages: ["evidence", ...HISTORY] },
      },
      {
        path: "postings",
        name: "postings",
        component: () => import("@/pages/PostingsPage.vue"),
        meta: { access: "postings", messages: ["labour"] },
      },
      {
        path: "labour-board",
        name: "labourBoard",
        component: () => import("@/pages/LabourBoardPage.vue"),
        meta: { access: "labourBoard", messages: ["labour", "consumption"] },
      },
      {
        path: "leads",
        name: "leads",
        component: () => import("@/pages/LeadsPage.vue"),
        meta: { access: "leads", messages: ["evidence", ...HISTORY] },
      },
      {
        path: "investment",
        name: "investment",
        component: () => import("@/pages/InvestmentPage.vue"),
        meta: { access: "investment", messages: ["evidence", ...HISTORY] },
      },
      {
        path: "donations",
        name: "donations",
        component: () => import("@/pages/DonationsPage.vue"),
        meta: { access: "donations", messages: ["donations", "evidence"] },
      },
      {
        path: "fiscal-aid",
        name: "fiscalAid",
        component: () => import("@/pages/FiscalAidPage.vue"),
        meta: { access: "fiscalAid", messages: ["evidence", ...HISTORY] },
      },
      {
        path: "investment-board",
        name: "investmentBoard",
        component: () => import("@/pages/InvestmentBoardPage.vue"),
        meta: { access: "investmentBoard", messages: ["evidence", ...HISTORY] },
      },
      {
        path: "admin/users",
        name: "users",
        component: () => import("@/pages/admin/UsersPage.vue"),
        meta: { access: "users", messages: ["accounts"] },
      },
      {
        path: "account",
        name: "account",
        component: () => import("@/pages/account/AccountPage.vue"),
        meta: { access: "account", messages: ["accounts"] },
      },
      {
        path: "admin/imports",
        name: "imports",
        component: () => import("@/pages/ImportsPage.vue"),
        meta: { access: "imports", messages: ["imports"] },
      },
      {
        path: "admin/regions",
        name: "adminRegions",
        component: () => import("@/pages/admin/RegionsPage.vue"),
        meta: { access: "adminRegions", messages: ["setup"] },
      },
      {
        path: "admin/pairings",
        name: "adminPairings",
        component: () => import("@/pages/admin/PairingsPage.vue"),
        meta: { access: "adminPairings", messages: ["setup"] },
      },
      {
        path: "admin/integrity",
        name: "adminIntegrity",
        component: () => import("@/pages/admin/IntegrityPage.vue"),
        meta: { access: "adminIntegrity", messages: ["integrity"] },
      },
      {
        path: "admin/agreements",
        name: "adminAgreements",
        component: () => import("@/pages/admin/AgreementsPage.vue"),
        meta: { access: "adminAgreements", messages: ["setup"] },
      },
      {
        path: "admin/enterprises",
        name: "adminEnterprises",
        component: () => import("@/pages/admin/EnterprisesPage.vue"),
        meta: { access: "adminEnterprises", messages: ["accounts"] },
      },
      { path: ":pathMatch(.*)*", name: "not-found", component: () => import("@/pages/NotFoundPage.vue") },
    ],
  },
];

export function createAppRouter(pinia: Pinia): Router {
  const router = createRouter({ history: createWebHistory(), routes });
  installRouteProgress(router);
  router.beforeEach((to) => {
    const session = useSessionStore(pinia);
    if (to.meta.public) {
      return to.name === "login" && session.isAuthenticated ? homeFor(session.role) : true;
    }
    if (!session.isAuthenticated) {
      return { name: "login", query: to.fullPath !== "/" ? { redirect: to.fullPath } : {} };
    }
    // After an administrator's reset, the password change and nothing else until it is done.
    if (session.mustChangePassword) return to.name === "change-password" ? true : { name: "change-password" };
    if (to.name === "change-password") return homeFor(session.role);
    if (to.name === "home") return homeFor(session.role);
    if (to.meta.access && !mayOpen(to.meta.access, session.role)) return homeFor(session.role);
    return true;
  });
  // After the guards (a refused or redirected navigation fetches nothing): the page's messages are
  // there before it renders, so it never shows their keys. A failed fetch fails the navigation as a
  // page's chunk that fails to load does.
  router.beforeResolve((to) => loadMessageAreas([...new Set(to.matched.flatMap((r) => r.meta.messages ?? []))]));
  return router;
}
