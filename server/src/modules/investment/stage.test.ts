import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { PROJECT_STEPS, ProjectStage, STAGES } from "./stage";

const movesFrom = (s: ProjectStage) => PROJECT_STEPS.targets(s);
const canMove = (from: ProjectStage, to: ProjectStage) => movesFrom(from).includes(to);

describe("the pipeline's allowed moves", () => {
  it("moves one stage forward or to DROPPED; final stages move nowhere", () => {
    const forward = STAGES.filter((s) => s !== ProjectStage.DROPPED);
    forward.slice(0, -1).forEach((s, i) => {
      expect(movesFrom(s)).toEqual([forward[i + 1], ProjectStage.DROPPED]);
    });
    expect(movesFrom(ProjectStage.IN_PRODUCTION)).toEqual([]);
    expect(movesFrom(ProjectStage.DROPPED)).toEqual([]);
  });
  it("refuses jumps and steps back", () => {
    expect(canMove(ProjectStage.LEAD, ProjectStage.SIGNED)).toBe(false);
    expect(canMove(ProjectStage.SIGNED, ProjectStage.NEGOTIATION)).toBe(false);
    expect(canMove(ProjectStage.IN_PRODUCTION, ProjectStage.DROPPED)).toBe(false);
    expect(canMove(ProjectStage.NEGOTIATION, ProjectStage.SIGNED)).toBe(true);
  });
});
