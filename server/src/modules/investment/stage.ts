import { registerEnumType } from "type-graphql";

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

/**
 * The one table of allowed moves. Each stage moves to the next one or to DROPPED; IN_PRODUCTION
 * and DROPPED are final. Anything else (a jump such as LEAD → SIGNED, a step back) is refused with
 * BAD_USER_INPUT on "stage" and nothing is written.
 */
export const ALLOWED_MOVES: Record<ProjectStage, readonly ProjectStage[]> = {
  LEAD: [ProjectStage.SITE_VISIT, ProjectStage.DROPPED],
  SITE_VISIT: [ProjectStage.NEGOTIATION, ProjectStage.DROPPED],
  NEGOTIATION: [ProjectStage.SIGNED, ProjectStage.DROPPED],
  SIGNED: [ProjectStage.FUNDS_ARRIVING, ProjectStage.DROPPED],
  FUNDS_ARRIVING: [ProjectStage.IN_PRODUCTION, ProjectStage.DROPPED],
  IN_PRODUCTION: [],
  DROPPED: [],
};

export const canMove = (from: ProjectStage, to: ProjectStage) => ALLOWED_MOVES[from].includes(to);

/** Stages in which a contract exists: tranches and outcome reports may be recorded. */
export const SIGNED_STAGES: ReadonlySet<ProjectStage> = new Set([ProjectStage.SIGNED, ProjectStage.FUNDS_ARRIVING, ProjectStage.IN_PRODUCTION]);
