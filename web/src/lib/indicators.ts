import type { Indicator, IndicatorUnit } from "@/gql/graphql";
import type { NavItem } from "./nav";
import { allOf } from "./enums";

/** The agreement indicators (协议任务指标) in the order the yearly assessment lists them. */
export const INDICATORS = allOf<Indicator>()([
  "JOINT_MEETINGS",
  "EXCHANGE_VISITS",
  "FISCAL_AID",
  "SOCIAL_DONATIONS",
  "CADRES_SENT",
  "PROFESSIONALS_SENT",
  "PEOPLE_TRAINED",
  "LABOURERS_PLACED",
  "POOR_LABOURERS_PLACED",
  "PROJECTS_LANDED",
  "INVESTMENT_IN_PLACE",
  "CONSUMPTION_ASSISTANCE",
  "WORKSHOPS",
  "PAIRS_FORMED",
  "POOR_PEOPLE_LIFTED",
]);

/** Each indicator's unit (docs/api-contract.md); the server sends it too, this is for the form. */
export const UNIT_OF: Record<Indicator, IndicatorUnit> = {
  FISCAL_AID: "YUAN",
  SOCIAL_DONATIONS: "YUAN",
  CADRES_SENT: "PEOPLE",
  PROFESSIONALS_SENT: "PEOPLE",
  PEOPLE_TRAINED: "PEOPLE",
  LABOURERS_PLACED: "PEOPLE",
  PROJECTS_LANDED: "COUNT",
  INVESTMENT_IN_PLACE: "YUAN",
  CONSUMPTION_ASSISTANCE: "YUAN",
  WORKSHOPS: "COUNT",
  PAIRS_FORMED: "COUNT",
  POOR_PEOPLE_LIFTED: "PEOPLE",
  POOR_LABOURERS_PLACED: "PEOPLE",
  JOINT_MEETINGS: "COUNT",
  EXCHANGE_VISITS: "PEOPLE",
};

export const indicatorOrder = (i: Indicator) => {
  const n = INDICATORS.indexOf(i);
  return n < 0 ? INDICATORS.length : n;
};

/** Lines of work (工作条线) the progress board groups its columns by; every indicator is in one. */
export const INDICATOR_GROUPS = [
  "ORGANISATION",
  "FUNDS",
  "TALENT",
  "LABOUR",
  "INDUSTRY",
  "CONSUMPTION",
  "OTHER",
] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

export const GROUP_OF: Record<Indicator, IndicatorGroup> = {
  JOINT_MEETINGS: "ORGANISATION",
  EXCHANGE_VISITS: "ORGANISATION",
  FISCAL_AID: "FUNDS",
  SOCIAL_DONATIONS: "FUNDS",
  CADRES_SENT: "TALENT",
  PROFESSIONALS_SENT: "TALENT",
  PEOPLE_TRAINED: "TALENT",
  LABOURERS_PLACED: "LABOUR",
  POOR_LABOURERS_PLACED: "LABOUR",
  WORKSHOPS: "LABOUR",
  PROJECTS_LANDED: "INDUSTRY",
  INVESTMENT_IN_PLACE: "INDUSTRY",
  CONSUMPTION_ASSISTANCE: "CONSUMPTION",
  PAIRS_FORMED: "OTHER",
  POOR_PEOPLE_LIFTED: "OTHER",
};

/**
 * The coordinator's page whose records feed each indicator (issue 12: every indicator can be fed by
 * records). A figure typed in on the pairing page is then for history the platform did not record;
 * the form says so and links here. Names are NavItem names, so a link is shown only where the role's
 * menu has the page.
 */
export const RECORDED_IN: Record<Indicator, NavItem["name"]> = {
  JOINT_MEETINGS: "jointWork",
  EXCHANGE_VISITS: "jointWork",
  FISCAL_AID: "fiscalAid",
  SOCIAL_DONATIONS: "donations",
  CADRES_SENT: "talent",
  PROFESSIONALS_SENT: "talent",
  PEOPLE_TRAINED: "labourBoard",
  LABOURERS_PLACED: "labourBoard",
  POOR_LABOURERS_PLACED: "labourBoard",
  WORKSHOPS: "labourBoard",
  PROJECTS_LANDED: "investmentBoard",
  INVESTMENT_IN_PLACE: "investmentBoard",
  CONSUMPTION_ASSISTANCE: "consumption",
  PAIRS_FORMED: "unitPairs",
  POOR_PEOPLE_LIFTED: "investmentBoard",
};
