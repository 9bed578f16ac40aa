import type { UnitPairKind, UnitPairStatus } from "@/gql/graphql";

/** 结对类型 in the order the reports list them (Jiangsu–Shaanxi 2021: 县县, 镇镇, 村村, 企村, 校校, 院院). */
export const UNIT_PAIR_KINDS: readonly UnitPairKind[] = [
  "COUNTY_COUNTY",
  "TOWN_TOWN",
  "VILLAGE_VILLAGE",
  "ENTERPRISE_VILLAGE",
  "SCHOOL_SCHOOL",
  "HOSPITAL_HOSPITAL",
  "ORGANISATION_VILLAGE",
];

export const UNIT_PAIR_STATUSES: readonly UnitPairStatus[] = ["ACTIVE", "ENDED", "WITHDRAWN"];

export const STATUS_TAG: Record<UnitPairStatus, "success" | "info" | "danger"> = {
  ACTIVE: "success",
  ENDED: "info",
  WITHDRAWN: "danger",
};
