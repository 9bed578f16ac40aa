import { computed } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { graphql } from "@/gql";

const WestCountiesDocument = graphql(`
  query InvestWestCounties {
    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The west counties (public reference data): preferred partners, filters, counties visited. */
export function useWestCounties() {
  const { result } = useQuery(WestCountiesDocument);
  return computed(() => result.value?.regions.nodes ?? []);
}
