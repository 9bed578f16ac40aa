import { computed } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { graphql } from "@/gql";

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
  const { result } = useQuery(WestCountiesDocument);
  return computed(() => result.value?.regions.nodes ?? []);
}
