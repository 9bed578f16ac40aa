import type { Role } from "@/gql/graphql";

export interface NavItem {
  /** Route name to go to. */
  name:
    | "progress"
    | "audit"
    | "welcome"
    | "catalogue"
    | "orders"
    | "quota"
    | "incoming"
    | "consumption"
    | "supply"
    | "channels"
    // Coordinators' consumption-assistance management.
    | "suppliers"
    | "quotas"
    | "all-orders"
    // Labour cooperation (issue 4).
    | "workers"
    | "workshops"
    | "postings"
    | "labourBoard"
    // Investment (issue 4).
    | "leads"
    | "investment"
    | "investmentBoard"
    // Administration (issue 10).
    | "loginLog";
  path: string;
  /** vue-i18n key of the label. */
  label:
    | "nav.progress"
    | "nav.progressReadOnly"
    | "nav.audit"
    | "nav.welcome"
    | "nav.catalogue"
    | "nav.orders"
    | "nav.quota"
    | "nav.incoming"
    | "nav.consumption"
    | "nav.supply"
    | "nav.channels"
    | "nav.suppliers"
    | "nav.quotas"
    | "nav.allOrders"
    | "labour.nav.workers"
    | "labour.nav.workshops"
    | "labour.nav.postings"
    | "labour.nav.board"
    | "nav.leads"
    | "nav.investment"
    | "nav.investmentBoard"
    | "loginLog.title";
  icon:
    | "progress"
    | "audit"
    | "welcome"
    | "catalogue"
    | "orders"
    | "quota"
    | "incoming"
    | "consumption"
    | "supply"
    | "channels"
    | "suppliers"
    | "quotas"
    | "allOrders"
    | "workers"
    | "workshops"
    | "postings"
    | "labourBoard"
    | "leads"
    | "investment"
    | "investmentBoard"
    | "loginLog";
  testId: string;
}

const progress: NavItem = {
  name: "progress",
  path: "/progress",
  label: "nav.progress",
  icon: "progress",
  testId: "nav-progress",
};
const progressReadOnly: NavItem = { ...progress, label: "nav.progressReadOnly" };
const audit: NavItem = { name: "audit", path: "/audit", label: "nav.audit", icon: "audit", testId: "nav-audit" };

const catalogue: NavItem = {
  name: "catalogue",
  path: "/catalogue",
  label: "nav.catalogue",
  icon: "catalogue",
  testId: "nav-catalogue",
};
const orders: NavItem = { name: "orders", path: "/orders", label: "nav.orders", icon: "orders", testId: "nav-orders" };
const quota: NavItem = { name: "quota", path: "/quota", label: "nav.quota", icon: "quota", testId: "nav-quota" };
const incoming: NavItem = {
  name: "incoming",
  path: "/incoming",
  label: "nav.incoming",
  icon: "incoming",
  testId: "nav-incoming",
};
const consumption: NavItem = {
  name: "consumption",
  path: "/consumption",
  label: "nav.consumption",
  icon: "consumption",
  testId: "nav-consumption",
};

const supply: NavItem = { name: "supply", path: "/supply", label: "nav.supply", icon: "supply", testId: "nav-supply" };

const channels: NavItem = {
  name: "channels",
  path: "/channels",
  label: "nav.channels",
  icon: "channels",
  testId: "nav-channels",
};

// The coordinator's management of consumption assistance: review suppliers, set quotas, see orders.
const suppliers: NavItem = {
  name: "suppliers",
  path: "/suppliers",
  label: "nav.suppliers",
  icon: "suppliers",
  testId: "nav-suppliers",
};
const quotas: NavItem = { name: "quotas", path: "/quotas", label: "nav.quotas", icon: "quotas", testId: "nav-quotas" };
const allOrders: NavItem = {
  name: "all-orders",
  path: "/all-orders",
  label: "nav.allOrders",
  icon: "allOrders",
  testId: "nav-all-orders",
};
// 劳务协作 (issue 4, labour): the county's workers and workshops, the employer's postings, the coordinators' board.
const workers: NavItem = {
  name: "workers",
  path: "/workers",
  label: "labour.nav.workers",
  icon: "workers",
  testId: "nav-workers",
};
const workshops: NavItem = {
  name: "workshops",
  path: "/workshops",
  label: "labour.nav.workshops",
  icon: "workshops",
  testId: "nav-workshops",
};
const postings: NavItem = {
  name: "postings",
  path: "/postings",
  label: "labour.nav.postings",
  icon: "postings",
  testId: "nav-postings",
};
const labourBoard: NavItem = {
  name: "labourBoard",
  path: "/labour-board",
  label: "labour.nav.board",
  icon: "labourBoard",
  testId: "nav-labour-board",
};
// 招商引资 (issue 4): the enterprise's leads (its home), the county's lead browser, the coordinator's board.
const leads: NavItem = { name: "leads", path: "/leads", label: "nav.leads", icon: "leads", testId: "nav-leads" };
const investment: NavItem = {
  name: "investment",
  path: "/investment",
  label: "nav.investment",
  icon: "investment",
  testId: "nav-investment",
};
const investmentBoard: NavItem = {
  name: "investmentBoard",
  path: "/investment-board",
  label: "nav.investmentBoard",
  icon: "investmentBoard",
  testId: "nav-investment-board",
};

const loginLog: NavItem = {
  name: "loginLog",
  path: "/admin/login-log",
  label: "loginLog.title",
  icon: "loginLog",
  testId: "nav-login-log",
};

/** What each role sees in the side navigation. */
export function navFor(role: Role | null | undefined): NavItem[] {
  switch (role) {
    case "ADMIN":
    case "COORDINATOR":
      return [
        progress,
        consumption,
        channels,
        suppliers,
        quotas,
        allOrders,
        investmentBoard,
        labourBoard,
        audit,
        loginLog,
      ];
    case "COUNTY_OFFICIAL":
      return [progressReadOnly, incoming, supply, investment, workers, workshops];
    case "BUYER":
      return [catalogue, orders, quota];
    case "ENTERPRISE":
      return [leads, postings];
    default:
      return [];
  }
}

/** Where a role lands after signing in (its first menu entry). */
export function homeFor(role: Role | null | undefined): string {
  return navFor(role)[0]?.path ?? "/login";
}

/** Which roles may open each page (the server enforces the same on its side). */
export const ROUTE_ROLES = {
  progress: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL"],
  pairing: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL"],
  audit: ["ADMIN", "COORDINATOR"],
  welcome: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL", "BUYER", "ENTERPRISE"],
  catalogue: ["BUYER"],
  orders: ["BUYER"],
  quota: ["BUYER"],
  incoming: ["COUNTY_OFFICIAL"],
  consumption: ["ADMIN", "COORDINATOR"],
  supply: ["COUNTY_OFFICIAL"],
  channels: ["ADMIN", "COORDINATOR"],
  suppliers: ["ADMIN", "COORDINATOR"],
  quotas: ["ADMIN", "COORDINATOR"],
  allOrders: ["ADMIN", "COORDINATOR"],
  workers: ["COUNTY_OFFICIAL"],
  workshops: ["COUNTY_OFFICIAL"],
  postings: ["ENTERPRISE"],
  labourBoard: ["ADMIN", "COORDINATOR"],
  leads: ["ENTERPRISE"],
  investment: ["COUNTY_OFFICIAL", "COORDINATOR", "ADMIN"],
  investmentBoard: ["ADMIN", "COORDINATOR"],
  loginLog: ["ADMIN", "COORDINATOR"],
} as const satisfies Record<string, readonly Role[]>;

export function mayOpen(route: keyof typeof ROUTE_ROLES, role: Role | null | undefined): boolean {
  return role != null && (ROUTE_ROLES[route] as readonly Role[]).includes(role);
}
