import { computed } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { graphql } from "@/gql";
import { useOptions, type OptionsStatus } from "@/composables/useOptions";
import type { Role } from "@/gql/graphql";

const AccountOptionsDocument = graphql(`
  query AccountOptions($buyers: Boolean!, $enterprises: Boolean!) {
    regions(first: 100, orderBy: { field: CODE, direction: ASC }) {
      nodes {
        id
        name
        side
        level
      }
    }
    buyers(first: 100) @include(if: $buyers) {
      nodes {
        id
        name
      }
    }
    enterprises(first: 100) @include(if: $enterprises) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The roles an account manager may give: a coordinator only those of the accounts it manages. */
export function rolesFor(role: Role | null | undefined): Role[] {
  return role === "ADMIN"
    ? ["ADMIN", "COORDINATOR", "COUNTY_OFFICIAL", "BUYER", "ENTERPRISE"]
    : ["COUNTY_OFFICIAL", "BUYER", "ENTERPRISE"];
}

/**
 * The choices of 用户管理's filters and dialogs: regions (east ones for coordinators, west counties
 * for county officials, all for the filter), the buyers and enterprises in the caller's scope.
 */
export function useAccountOptions() {
  const query = useQuery(AccountOptionsDocument, { buyers: true, enterprises: true });
  const { result } = query;
  const regions = computed(() => result.value?.regions.nodes ?? []);
  return {
    /** Whether the choices are loading or failed (one query holds them all). */
    status: useOptions(query, (r) => r.regions.nodes) as OptionsStatus,
    regions,
    eastRegions: computed(() => regions.value.filter((r) => r.side === "EAST")),
    westCounties: computed(() => regions.value.filter((r) => r.side === "WEST" && r.level === "COUNTY")),
    buyers: computed(() => result.value?.buyers?.nodes ?? []),
    enterprises: computed(() => result.value?.enterprises?.nodes ?? []),
  };
}
