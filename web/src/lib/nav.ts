import type { Role } from "@/stores/session";

export interface NavItem {
  /** Route name to go to. */
  name: "progress" | "audit" | "welcome";
  path: string;
  /** vue-i18n key of the label. */
  label: "nav.progress" | "nav.progressReadOnly" | "nav.audit" | "nav.welcome";
  icon: "progress" | "audit" | "welcome";
  testId: string;
}

const progress: NavItem = { name: "progress", path: "/progress", label: "nav.progress", icon: "progress", testId: "nav-progress" };
const progressReadOnly: NavItem = { ...progress, label: "nav.progressReadOnly" };
const audit: NavItem = { name: "audit", path: "/audit", label: "nav.audit", icon: "audit", testId: "nav-audit" };
const welcome: NavItem = { name: "welcome", path: "/welcome", label: "nav.welcome", icon: "welcome", testId: "nav-welcome" };

/** What each role sees in the side navigation. */
export function navFor(role: Role | null | undefined): NavItem[] {
  switch (role) {
    case "ADMIN":
    case "COORDINATOR":
      return [progress, audit];
    case "COUNTY_OFFICIAL":
      return [progressReadOnly];
    case "BUYER":
    case "ENTERPRISE":
      return [welcome];
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
} as const satisfies Record<string, readonly Role[]>;

export function mayOpen(route: keyof typeof ROUTE_ROLES, role: Role | null | undefined): boolean {
  return role != null && (ROUTE_ROLES[route] as readonly Role[]).includes(role);
}
