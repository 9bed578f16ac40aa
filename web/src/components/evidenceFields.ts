import { graphql } from "@/gql";

/**
 * What every screen asks for a record's 佐证材料 (evidence files): what EvidenceFiles.vue shows,
 * whether the parent's query brings the files or the component asks for them itself.
 */
export const EvidenceItemFields = graphql(`
  fragment EvidenceItemFields on EvidenceFile {
    id
    fileName
    status
    url
    rejectReason
    purpose
  }
`);
