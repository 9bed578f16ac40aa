import { useQuery } from "@vue/apollo-composable";
import { graphql } from "@/gql";
import { useOptions } from "@/composables/useOptions";

const WestCountiesDocument = graphql(`
  query WestCounties {
    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The west (receiving) counties: supplier filters and quota splits by partner county. */
export function useWestCounties() {
  return useOptions(useQuery(WestCountiesDocument), (r) => r.regions.nodes);
}
