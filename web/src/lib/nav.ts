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
    // 系统管理 (issue 10).
    | "users"
    // 批量导入 (issue 10).
    | "imports"
    // 基础设置 (issue 10, setting up the year).
    | "adminRegions"
    | "adminPairings"
    | "adminAgreements"
    // Administration (issue 10).
    | "loginLog"
    // 企业管理 (issue 10): enterprises registered with their first account.
    | "adminEnterprises"
    // 协作事项 (issue 12): 组织领导.
    | "jointWork"
    // 协作事项 (issue 12).
    | "donations"
    // 协作事项 (issue 12).
    | "fiscalAid"
    // 协作事项 (issue 12): 人才支援.
    | "talent"
    // 协作事项 (issue 12): 结对帮扶.
    | "unitPairs"
    // 考核评级 (issue 13).
    | "grading"
    // 防篡改 (issue 13): the hash chains, administrators only.
    | "adminIntegrity"
    // 报送与审核 (issue 13).
    | "reporting";
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
    | "accounts.nav.users"
    | "imports.title"
    | "setup.nav.regions"
    | "setup.nav.pairings"
    | "setup.nav.agreements"
    | "loginLog.title"
    | "enterprisesAdmin.nav"
    | "jointWork.nav"
    | "donations.nav"
    | "fiscal.nav"
    | "talent.nav"
    | "unitPairs.nav"
    | "grading.nav"
    | "integrity.nav"
    | "periods.nav";
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
    | "users"
    | "imports"
    | "regions"
    | "pairings"
    | "agreements"
    | "loginLog"
    | "enterprises"
    | "jointWork"
    | "donations"
    | "fiscalAid"
    | "talent"
    | "unitPairs"
    | "grading"
    | "integrity"
    | "reporting";
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

// 系统管理 (issue 10): the accounts an administrator or coordinator manages.
const users: NavItem = {
  name: "users",
  path: "/admin/users",
  label: "accounts.nav.users",
  icon: "users",
  testId: "nav-users",
};

// 批量导入 (issue 10): spreadsheets of workers (county officials) and, to come, products, buyers and figures.
const imports: NavItem = {
  name: "imports",
  path: "/admin/imports",
  label: "imports.title",
  icon: "imports",
  testId: "nav-imports",
};

// 基础设置 (issue 10): regions, pairings and yearly agreements, for administrators and coordinators.
const adminRegions: NavItem = {
  name: "adminRegions",
  path: "/admin/regions",
  label: "setup.nav.regions",
  icon: "regions",
  testId: "nav-admin-regions",
};
const adminPairings: NavItem = {
  name: "adminPairings",
  path: "/admin/pairings",
  label: "setup.nav.pairings",
  icon: "pairings",
  testId: "nav-admin-pairings",
};
const adminAgreements: NavItem = {
  name: "adminAgreements",
  path: "/admin/agreements",
  label: "setup.nav.agreements",
  icon: "agreements",
  testId: "nav-admin-agreements",
};

const loginLog: NavItem = {
  name: "loginLog",
  path: "/admin/login-log",
  label: "loginLog.title",
  icon: "loginLog",
  testId: "nav-login-log",
};

// 企业管理 (issue 10): 企业登记, optionally with the enterprise's first account.
const adminEnterprises: NavItem = {
  name: "adminEnterprises",
  path: "/admin/enterprises",
  label: "enterprisesAdmin.nav",
  icon: "enterprises",
  testId: "nav-admin-enterprises",
};

// 协作事项 (issue 12): 组织领导 — joint meetings and leadership visits, for coordinators and county officials.
const jointWork: NavItem = {
  name: "jointWork",
  path: "/joint-work",
  label: "jointWork.nav",
  icon: "jointWork",
  testId: "nav-joint-work",
};
// 协作事项 (issue 12): 社会帮扶资金, recorded by coordinators and county officials.
const donations: NavItem = {
  name: "donations",
  path: "/donations",
  label: "donations.nav",
  icon: "donations",
  testId: "nav-donations",
};
// 协作事项 (issue 12): 财政援助项目 for coordinators and the receiving counties' officials.
const fiscalAid: NavItem = {
  name: "fiscalAid",
  path: "/fiscal-aid",
  label: "fiscal.nav",
  icon: "fiscalAid",
  testId: "nav-fiscal-aid",
};
// 人才支援 (issue 12): cadres and professionals sent and received, for coordinators and county officials.
const talent: NavItem = { name: "talent", path: "/talent", label: "talent.nav", icon: "talent", testId: "nav-talent" };

/** A menu group (协作进展 / 消费帮扶 / 招商引资 / 劳务协作 / 系统管理): the way the coordinator's
 * work divides, as in the admin systems the users know. */
// 协作事项 (issue 12): pairs formed between towns, villages, firms, schools and hospitals.
const unitPairs: NavItem = {
  name: "unitPairs",
  path: "/unit-pairs",
  label: "unitPairs.nav",
  icon: "unitPairs",
  testId: "nav-unit-pairs",
};

// 考核评级 (issue 13): grades and rankings of the pairings, counties and buyers.
const grading: NavItem = {
  name: "grading",
  path: "/grading",
  label: "grading.nav",
  icon: "grading",
  testId: "nav-grading",
};

// 防篡改 (issue 13): the ledger's and the audit trail's hash chains. Administrators only: a chain
// covers every region's rows, and a coordinator's scope is a region.
const adminIntegrity: NavItem = {
  name: "adminIntegrity",
  path: "/admin/integrity",
  label: "integrity.nav",
  icon: "integrity",
  testId: "nav-admin-integrity",
};
// 报送与审核 (issue 13): monthly reporting periods, submission, approval and locks.
const reporting: NavItem = {
  name: "reporting",
  path: "/reporting",
  label: "periods.nav",
  icon: "reporting",
  testId: "nav-reporting",
};

export interface NavGroup {
  key: "progress" | "cooperation" | "consumption" | "investment" | "labour" | "admin";
  /** vue-i18n key of the group's heading. */
  label: `navGroups.${NavGroup["key"]}`;
  items: NavItem[];
}

const group = (key: NavGroup["key"], ...items: NavItem[]): NavGroup => ({ key, label: `navGroups.${key}`, items });

/**
 * What each role sees in the side navigation, grouped. A role shows only what it can use: every
 * entry is a page its ROUTE_ROLES allow (nav.test.ts checks it). One group, or a group of one
 * entry, shows flat (NavMenu).
 */
export function navGroupsFor(role: Role | null | undefined): NavGroup[] {
  switch (role) {
    case "ADMIN":
    case "COORDINATOR":
      return [
        group("progress", progress, grading, reporting),
        group("cooperation", fiscalAid, donations, talent, unitPairs, jointWork),
        group("consumption", consumption, channels, suppliers, quotas, allOrders),
        group("investment", investmentBoard, adminEnterprises),
        group("labour", labourBoard),
        group(
          "admin",
          users,
          adminRegions,
          adminPairings,
          adminAgreements,
          imports,
          loginLog,
          audit,
          ...(role === "ADMIN" ? [adminIntegrity] : []),
        ),
      ];
    case "COUNTY_OFFICIAL":
      return [
        group("progress", progressReadOnly, grading, reporting),
        group("cooperation", fiscalAid, donations, talent, unitPairs, jointWork),
        group("consumption", incoming, supply),
        group("investment", investment),
        group("labour", workers, workshops),
        group("admin", imports),
      ];
    case "BUYER":
      return [group("consumption", catalogue, orders, quota)];
    case "ENTERPRISE":
      return [group("investment", leads, postings)];
    default:
      return [];
  }
}

/** The role's menu entries in order (its groups flattened). */
export function navFor(role: Role | null | undefined): NavItem[] {
  return navGroupsFor(role).flatMap((g) => g.items);
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
  /** A product's page: the buyer's catalogue, and every order line of the roles that see orders. */
  product: ["BUYER", "COUNTY_OFFICIAL", "COORDINATOR", "ADMIN"],
  orders: ["BUYER"],
  quota: ["BUYER"],
  incoming: ["COUNTY_OFFICIAL"],
  consumption: ["ADMIN", "COORDINATOR"],
  supply: ["COUNTY_OFFICIAL"],
  channels: ["ADMIN", "COORDINATOR"],
  suppliers: ["ADMIN", "COORDINATOR"],
  quotas: ["ADMIN", "COORDINATOR"],
  allOrders: ["ADMIN", "COORDINATOR"],
  orderPrint: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL", "BUYER"],
  workers: ["COUNTY_OFFICIAL"],
  workshops: ["COUNTY_OFFICIAL"],
  postings: ["ENTERPRISE"],
  labourBoard: ["ADMIN", "COORDINATOR"],
  leads: ["ENTERPRISE"],
  investment: ["COUNTY_OFFICIAL", "COORDINATOR", "ADMIN"],
  investmentBoard: ["ADMIN", "COORDINATOR"],
  users: ["ADMIN", "COORDINATOR"],
  account: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL", "BUYER", "ENTERPRISE"],
  imports: ["COUNTY_OFFICIAL", "COORDINATOR", "ADMIN"],
  adminRegions: ["ADMIN", "COORDINATOR"],
  adminPairings: ["ADMIN", "COORDINATOR"],
  adminAgreements: ["ADMIN", "COORDINATOR"],
  loginLog: ["ADMIN", "COORDINATOR"],
  adminEnterprises: ["ADMIN", "COORDINATOR"],
  jointWork: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL"],
  donations: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL"],
  fiscalAid: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL"],
  talent: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL"],
  unitPairs: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL"],
  grading: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL"],
  adminIntegrity: ["ADMIN"],
  reporting: ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL"],
} as const satisfies Record<string, readonly Role[]>;

export function mayOpen(route: keyof typeof ROUTE_ROLES, role: Role | null | undefined): boolean {
  return role != null && (ROUTE_ROLES[route] as readonly Role[]).includes(role);
}
