import { graphql } from "@/gql";

/** What every lead list asks for: the card (LeadCard.vue) and the edit form (LeadDialog.vue). */
export const LeadCardFields = graphql(`
  fragment LeadCardFields on InvestmentLead {
    id
    title
    industry
    plannedInvestment
    visibility
    needsLand
    needsLabour
    needsRawMaterial
    needsNote
    contactName
    contactPhone
    enterprise {
      id
      name
    }
    preferredCounties {
      id
      name
    }
    interests {
      mine
      county {
        id
        name
      }
    }
    projects {
      id
      name
      stage
      county {
        id
        name
      }
    }
  }
`);
