import { computed, type Ref } from "vue";
import { useRoute, useRouter } from "vue-router";
import { useQuery } from "@vue/apollo-composable";
import { graphql } from "@/gql";

const AgreementYearsDocument = graphql(`
  query AgreementYears {
    agreementYears
  }
`);

/** The registers kept by calendar year (orders, quotas, fairs, placements): which years to offer. */
export interface CalendarYears {
  /** Years before this one. */
  back: number;
  /** Years after this one (quotas and fairs are set ahead). */
  ahead?: number;
}

export interface YearState<Y extends number | null> {
  years: Ref<number[]>;
  year: Ref<Y>;
  loading: Ref<boolean>;
  /** The agreement years' query failed (never with `calendar`): no years is then not "no agreements". */
  error: Ref<unknown>;
  /** Loads the agreement years again (重试). */
  refetch: () => Promise<unknown> | undefined;
  setYear: (y: number) => void;
}

/**
 * The year being looked at: `?year=` in the address (so links and reloads keep it), else the
 * newest year with an agreement in the caller's scope; or, with `calendar`, this year among the
 * calendar years offered (no agreement needed: an order or a fair has a date, not a pairing).
 */
export function useYear(): YearState<number | null>;
export function useYear(calendar: CalendarYears): YearState<number>;
export function useYear(calendar?: CalendarYears): YearState<number | null> {
  const route = useRoute();
  const router = useRouter();
  const { result, loading, error, refetch } = useQuery(AgreementYearsDocument, null, () => ({ enabled: !calendar }));
  const thisYear = new Date().getFullYear();
  const years = computed(() =>
    calendar
      ? Array.from(
          { length: (calendar.ahead ?? 0) + calendar.back + 1 },
          (_, i) => thisYear + (calendar.ahead ?? 0) - i,
        )
      : (result.value?.agreementYears ?? []),
  );

  const fromQuery = computed(() => {
    const n = Number(route.query.year);
    return Number.isInteger(n) && n > 1990 && n < 2200 ? n : null;
  });
  const year = computed<number | null>(() => fromQuery.value ?? (calendar ? thisYear : (years.value[0] ?? null)));

  function setYear(y: number) {
    void router.replace({ query: { ...route.query, year: String(y) } });
  }

  return { years, year, loading, error, refetch: () => refetch(), setYear };
}
