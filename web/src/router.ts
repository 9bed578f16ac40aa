import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from "vue-router";
import type { Pinia } from "pinia";
import { homeFor, mayOpen, type ROUTE_ROLES } from "@/lib/nav";
import { useSessionStore } from "@/stores/session";
import { installRouteProgress } from "@/lib/routeProgress";

declare module "vue-router" {
  interface RouteMeta {
    /** Open without signing in. */
    public?: boolean;
    /** Key into ROUTE_ROLES: who may open the page. */
    access?: keyof typeof ROUTE_ROLES;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: "/login", name: "login", component: () => import("@/pages/LoginPage.vue"), meta: { public: true } },
  {
    path: "/change-password",
    name: "change-password",
    component: () => import("@/pages/account/ForcedPasswordPage.vue"),
  },
  {
    // 打印订单: a plain page outside the app's frame, so the printout holds the order and nothing else.
    path: "/orders/:id/print",
    name: "orderPrint",
    component: () => import("@/pages/OrderPrintPage.vue"),
    props: true,
    meta: { access: "orderPrint" },
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
        meta: { access: "pairing" },
      },
      { path: "audit", name: "audit", component: () => import("@/pages/AuditPage.vue"), meta: { access: "audit" } },
      {
        path: "admin/login-log",
        name: "loginLog",
        component: () => import("@/pages/LoginLogPage.vue"),
        meta: { access: "loginLog" },
      },
      {
        path: "welcome",
        name: "welcome",
        component: () => import("@/pages/WelcomePage.vue"),
        meta: { access: "welcome" },
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
        meta: { access: "product" },
      },
      { path: "orders", name: "orders", component: () => import("@/pages/OrdersPage.vue"), meta: { access: "orders" } },
      { path: "quota", name: "quota", component: () => import("@/pages/QuotaPage.vue"), meta: { access: "quota" } },
      {
        path: "incoming",
        name: "incoming",
        component: () => import("@/pages/IncomingPage.vue"),
        meta: { access: "incoming" },
      },
      {
        path: "consumption",
        name: "consumption",
        component: () => import("@/pages/ConsumptionPage.vue"),
        meta: { access: "consumption" },
      },
      { path: "supply", name: "supply", component: () => import("@/pages/SupplyPage.vue"), meta: { access: "supply" } },
      {
        path: "channels",
        name: "channels",
        component: () => import("@/pages/ChannelsPage.vue"),
        meta: { access: "channels" },
      },
      {
        path: "suppliers",
        name: "suppliers",
        component: () => import("@/pages/SuppliersPage.vue"),
        meta: { access: "suppliers" },
      },
      { path: "quotas", name: "quotas", component: () => import("@/pages/QuotasPage.vue"), meta: { access: "quotas" } },
      {
        path: "all-orders",
        name: "all-orders",
        component: () => import("@/pages/AllOrdersPage.vue"),
        meta: { access: "allOrders" },
      },
      {
        path: "workers",
        name: "workers",
        component: () => import("@/pages/WorkersPage.vue"),
        meta: { access: "workers" },
      },
      {
        path: "joint-work",
        name: "jointWork",
        component: () => import("@/pages/JointWorkPage.vue"),
        meta: { access: "jointWork" },
      },
      {
        path: "talent",
        name: "talent",
        component: () => import("@/pages/TalentPage.vue"),
        meta: { access: "talent" },
      },
      {
        path: "grading",
        name: "grading",
        component: () => import("@/pages/GradingPage.vue"),
        meta: { access: "grading" },
      },
      {
        path: "reporting",
        name: "reporting",
        component: () => import("@/pages/ReportingPage.vue"),
        meta: { access: "reporting" },
      },
      {
        path: "unit-pairs",
        name: "unitPairs",
        component: () => import("@/pages/UnitPairsPage.vue"),
        meta: { access: "unitPairs" },
      },
      {
        path: "workshops",
        name: "workshops",
        component: () => import("@/pages/WorkshopsPage.vue"),
        meta: { access: "workshops" },
      },
      {
        path: "postings",
        name: "postings",
        component: () => import("@/pages/PostingsPage.vue"),
        meta: { access: "postings" },
      },
      {
        path: "labour-board",
        name: "labourBoard",
        component: () => import("@/pages/LabourBoardPage.vue"),
        meta: { access: "labourBoard" },
      },
      { path: "leads", name: "leads", component: () => import("@/pages/LeadsPage.vue"), meta: { access: "leads" } },
      {
        path: "investment",
        name: "investment",
        component: () => import("@/pages/InvestmentPage.vue"),
        meta: { access: "investment" },
      },
      {
        path: "donations",
        name: "donations",
        component: () => import("@/pages/DonationsPage.vue"),
        meta: { access: "donations" },
      },
      {
        path: "fiscal-aid",
        name: "fiscalAid",
        component: () => import("@/pages/FiscalAidPage.vue"),
        meta: { access: "fiscalAid" },
      },
      {
        path: "investment-board",
        name: "investmentBoard",
        component: () => import("@/pages/InvestmentBoardPage.vue"),
        meta: { access: "investmentBoard" },
      },
      {
        path: "admin/users",
        name: "users",
        component: () => import("@/pages/admin/UsersPage.vue"),
        meta: { access: "users" },
      },
      {
        path: "account",
        name: "account",
        component: () => import("@/pages/account/AccountPage.vue"),
        meta: { access: "account" },
      },
      {
        path: "admin/imports",
        name: "imports",
        component: () => import("@/pages/ImportsPage.vue"),
        meta: { access: "imports" },
      },
      {
        path: "admin/regions",
        name: "adminRegions",
        component: () => import("@/pages/admin/RegionsPage.vue"),
        meta: { access: "adminRegions" },
      },
      {
        path: "admin/pairings",
        name: "adminPairings",
        component: () => import("@/pages/admin/PairingsPage.vue"),
        meta: { access: "adminPairings" },
      },
      {
        path: "admin/integrity",
        name: "adminIntegrity",
        component: () => import("@/pages/admin/IntegrityPage.vue"),
        meta: { access: "adminIntegrity" },
      },
      {
        path: "admin/agreements",
        name: "adminAgreements",
        component: () => import("@/pages/admin/AgreementsPage.vue"),
        meta: { access: "adminAgreements" },
      },
      {
        path: "admin/enterprises",
        name: "adminEnterprises",
        component: () => import("@/pages/admin/EnterprisesPage.vue"),
        meta: { access: "adminEnterprises" },
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
  return router;
}
