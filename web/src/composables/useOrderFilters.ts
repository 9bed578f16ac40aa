import { computed } from "vue";
import { useRoute, useRouter, type LocationQuery } from "vue-router";
import type { SubOrderStatus } from "@/gql/graphql";
import { SUB_ORDER_STATUSES } from "@/lib/enums";

/** The order lists' filters as they sit in the URL (a filtered list can be bookmarked and shared). */
export interface OrderFilterState {
  status: SubOrderStatus | null;
  from: string | null;
  to: string | null;
  supplierId: string | null;
  countyId: string | null;
  orderNumber: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What an order number may hold (the server's rule): letters, digits and hyphens. */
const NUMBER = /^[A-Za-z0-9-]{1,30}$/;

const one = (v: LocationQuery[string]) => (typeof v === "string" ? v : null);

/**
 * The filters read from a route's query. Anything malformed (a hand-edited URL) is dropped rather
 * than sent, so the server never refuses a page because of its address.
 */
export function filtersFromQuery(q: LocationQuery): OrderFilterState {
  const status = one(q.status);
  const from = one(q.from);
  const to = one(q.to);
  const supplier = one(q.supplier);
  const county = one(q.county);
  const number = one(q.number)?.replace(/\s+/g, "") ?? null;
  const okFrom = from && DATE.test(from) ? from : null;
  const okTo = to && DATE.test(to) ? to : null;
  return {
    status: status && (SUB_ORDER_STATUSES as readonly string[]).includes(status) ? (status as SubOrderStatus) : null,
    from: okFrom,
    to: okTo && (!okFrom || okTo >= okFrom) ? okTo : null,
    supplierId: supplier && UUID.test(supplier) ? supplier : null,
    countyId: county && UUID.test(county) ? county : null,
    orderNumber: number && NUMBER.test(number) ? number.toUpperCase() : null,
  };
}

/** The query for a change of filters: empty ones leave the URL; the rest of the query (year, tab) stays. */
export function queryWithFilters(q: LocationQuery, change: Partial<OrderFilterState>): LocationQuery {
  const keys: Record<keyof OrderFilterState, string> = {
    status: "status",
    from: "from",
    to: "to",
    supplierId: "supplier",
    countyId: "county",
    orderNumber: "number",
  };
  const out: LocationQuery = { ...q };
  for (const [k, v] of Object.entries(change) as [keyof OrderFilterState, string | null][]) {
    if (v) out[keys[k]] = v;
    else delete out[keys[k]];
  }
  return out;
}

/**
 * The filters of an order list, kept in the URL query: `state` to show, `set` to change some,
 * `filter` to send as the list's SubOrderFilter (a date range replaces the year).
 */
export function useOrderFilters(year: () => number | null) {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => filtersFromQuery(route.query));
  function set(change: Partial<OrderFilterState>) {
    void router.replace({ query: queryWithFilters(route.query, change) });
  }
  const active = computed(() => Object.values(state.value).some((v) => v != null));
  const filter = computed(() => {
    const s = state.value;
    const ranged = !!(s.from || s.to);
    return {
      ...(ranged ? {} : { year: year() }),
      ...(s.status ? { status: s.status } : {}),
      ...(s.from ? { from: s.from } : {}),
      ...(s.to ? { to: s.to } : {}),
      ...(s.supplierId ? { supplierId: s.supplierId } : {}),
      ...(s.countyId ? { countyId: s.countyId } : {}),
      ...(s.orderNumber ? { orderNumber: s.orderNumber } : {}),
    };
  });
  const clear = () => set({ status: null, from: null, to: null, supplierId: null, countyId: null, orderNumber: null });
  return { state, set, filter, active, clear };
}

/** The 导出 Excel link of an order list: its filter as the export's query string (same names as the API's). */
export function ordersExportUrl(filter: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) {
    if (v == null || v === "") continue;
    params.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  return `/exports/orders.xlsx?${params}`;
}
