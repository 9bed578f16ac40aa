import type { SubOrderStatus } from "@/gql/graphql";

/**
 * The county official's 待处理订单 tabs: by default only what waits for the county (PLACED to
 * confirm, PAID to ship); the rest in tabs of their own, and 全部. Each state is in exactly one tab
 * besides 全部 (incomingTabs.test.ts checks), so the tab counts add up to the 全部 count.
 */
export const INCOMING_TABS = [
  { key: "todo", statuses: ["PLACED", "PAID"] },
  { key: "awaitingPayment", statuses: ["CONFIRMED"] },
  { key: "shipped", statuses: ["SHIPPED"] },
  { key: "done", statuses: ["RECEIVED"] },
  { key: "closed", statuses: ["CANCELLED", "REFUNDED"] },
  { key: "all", statuses: [] },
] as const satisfies readonly { key: string; statuses: readonly SubOrderStatus[] }[];

export type IncomingTab = (typeof INCOMING_TABS)[number]["key"];

/** The tab named in the URL, or the default (what needs action). */
export function tabFrom(value: unknown): IncomingTab {
  return INCOMING_TABS.find((t) => t.key === value)?.key ?? "todo";
}

/** How many sub-orders each tab holds, from the per-state counts the server sends. */
export function tabCounts(counts: readonly { status: SubOrderStatus; count: number }[]): Record<IncomingTab, number> {
  const out = Object.fromEntries(INCOMING_TABS.map((t) => [t.key, 0])) as Record<IncomingTab, number>;
  for (const c of counts) {
    out.all += c.count;
    for (const t of INCOMING_TABS) if ((t.statuses as readonly string[]).includes(c.status)) out[t.key] += c.count;
  }
  return out;
}

/** The states a tab lists; null for 全部 (no state filter). */
export function tabStatuses(tab: IncomingTab): SubOrderStatus[] | null {
  const t = INCOMING_TABS.find((x) => x.key === tab)!;
  return t.statuses.length ? [...t.statuses] : null;
}
