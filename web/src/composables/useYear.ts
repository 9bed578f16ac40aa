import { computed, type Ref } from "vue";
import { useRoute, useRouter } from "vue-router";
import { useQuery } from "@vue/apollo-composable";
import { graphql } from "@/gql";

const AgreementYearsDocument = graphql(`
  query AgreementYears {
    agreementYears
  }
`);

/**
 * The year being looked at: `?year=` in the address (so links and reloads keep it), else the
 * newest year with an agreement in the caller's scope.
 */
export function useYear(): { years: Ref<number[]>; year: Ref<number | null>; loading: Ref<boolean>; setYear: (y: number) => void } {
  const route = useRoute();
  const router = useRouter();
  const { result, loading } = useQuery(AgreementYearsDocument);
  const years = computed(() => result.value?.agreementYears ?? []);

  const fromQuery = computed(() => {
    const n = Number(route.query.year);
    return Number.isInteger(n) && n > 1990 && n < 2200 ? n : null;
  });
  const year = computed<number | null>(() => fromQuery.value ?? years.value[0] ?? null);

  function setYear(y: number) {
    void router.replace({ query: { ...route.query, year: String(y) } });
  }

  return { years, year, loading, setYear };
}
