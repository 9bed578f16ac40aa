import { graphql } from "@/gql";

/** One indicator's progress, as every progress view shows it (overview table, drill-down, chart). */
export const IndicatorProgressFields = graphql(`
  fragment IndicatorProgressFields on IndicatorProgress {
    indicator
    unit
    target
    delivered
    reported
    recorded
    ratio
    entryCount
  }
`);
