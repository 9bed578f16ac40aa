import { useQuery } from "@vue/apollo-composable";
import { graphql } from "@/gql";
import { useOptions } from "@/composables/useOptions";

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
  return useOptions(useQuery(WestCountiesDocument), (r) => r.regions.nodes);
}
