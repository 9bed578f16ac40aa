import { registerEnumType } from "type-graphql";
import { Role } from "../../shared/auth";
import { Transitions } from "../../shared/transitions";

/** 项目阶段: where a project stands in the investment pipeline. */
export enum ProjectStage {
  LEAD = "LEAD",
  SITE_VISIT = "SITE_VISIT",
  NEGOTIATION = "NEGOTIATION",
  SIGNED = "SIGNED",
  FUNDS_ARRIVING = "FUNDS_ARRIVING",
  IN_PRODUCTION = "IN_PRODUCTION",
  DROPPED = "DROPPED",
}
registerEnumType(ProjectStage, {
  name: "ProjectStage",
  valuesConfig: {
    LEAD: { description: "线索: matched with a county, nothing arranged yet" },
    SITE_VISIT: { description: "考察对接: the enterprise visits the county" },
    NEGOTIATION: { description: "洽谈: terms under negotiation" },
    SIGNED: { description: "签约: contract signed (amount and date recorded); counts as a project landed" },
    FUNDS_ARRIVING: { description: "资金到位中: tranches arriving (entered automatically with the first tranche)" },
    IN_PRODUCTION: { description: "投产: in production (final)" },
    DROPPED: { description: "终止: dropped, with a reason (final)" },
  },
});

/** The pipeline in its order (boards list the stages this way). */
export const STAGES: ProjectStage[] = Object.values(ProjectStage);

/** The steps along the pipeline, each named for what happens (the stage it enters is the table's `to`). */
export enum ProjectAction {
  VISIT = "VISIT",
  NEGOTIATE = "NEGOTIATE",
  SIGN = "SIGN",
  RECEIVE_FUNDS = "RECEIVE_FUNDS",
  START_PRODUCTION = "START_PRODUCTION",
  DROP = "DROP",
}
registerEnumType(ProjectAction, {
  name: "ProjectAction",
  description: "A move along the investment pipeline (moveProjectStage with the step's target stage).",
});

/** Everyone who sees a project may move it: its enterprise, a coordinator in scope, the county's official. */
const MOVERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ENTERPRISE];
const NOT_FINAL = [
  ProjectStage.LEAD,
  ProjectStage.SITE_VISIT,
  ProjectStage.NEGOTIATION,
  ProjectStage.SIGNED,
  ProjectStage.FUNDS_ARRIVING,
];

/**
 * The one table of the pipeline: each stage moves to the next one or to DROPPED; IN_PRODUCTION and
 * DROPPED are final. Anything else (a jump such as LEAD → SIGNED, a step back) answers
 * InvalidStateError and nothing is written; a role not listed is FORBIDDEN.
 */
export const PROJECT_STEPS = new Transitions<ProjectAction, ProjectStage>({
  VISIT: { from: [ProjectStage.LEAD], to: ProjectStage.SITE_VISIT, by: MOVERS },
  NEGOTIATE: { from: [ProjectStage.SITE_VISIT], to: ProjectStage.NEGOTIATION, by: MOVERS },
  SIGN: { from: [ProjectStage.NEGOTIATION], to: ProjectStage.SIGNED, by: MOVERS },
  RECEIVE_FUNDS: { from: [ProjectStage.SIGNED], to: ProjectStage.FUNDS_ARRIVING, by: MOVERS },
  START_PRODUCTION: { from: [ProjectStage.FUNDS_ARRIVING], to: ProjectStage.IN_PRODUCTION, by: MOVERS },
  DROP: { from: NOT_FINAL, to: ProjectStage.DROPPED, by: MOVERS },
});

/** Stages in which a contract exists: tranches and outcome reports may be recorded. */
export const SIGNED_STAGES: ReadonlySet<ProjectStage> = new Set([
  ProjectStage.SIGNED,
  ProjectStage.FUNDS_ARRIVING,
  ProjectStage.IN_PRODUCTION,
]);
