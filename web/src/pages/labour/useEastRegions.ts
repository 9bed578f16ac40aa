import type { Ref } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { graphql } from "@/gql";
import { useOptions } from "@/composables/useOptions";

const EastRegionsDocument = graphql(`
  query LabourEastRegions {
    regions(first: 100, filter: { side: EAST }) {
      nodes {
        id
        name
        level
      }
    }
  }
`);

/** The east regions (jobs' locations, the partners of workshops and trainings), loaded while `enabled`. */
export function useEastRegions(enabled: Ref<boolean>) {
  return useOptions(
    useQuery(EastRegionsDocument, {}, () => ({ enabled: enabled.value })),
    (r) => r.regions.nodes,
  );
}
