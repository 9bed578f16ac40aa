import { describe, expect, it } from "vitest";
import { ALLOWED_MOVES, canMove, ProjectStage, STAGES } from "./stage";

describe("the pipeline's allowed moves", () => {
  it("moves one stage forward or to DROPPED; final stages move nowhere", () => {
    const forward = STAGES.filter((s) => s !== ProjectStage.DROPPED);
    forward.slice(0, -1).forEach((s, i) => {
      expect(ALLOWED_MOVES[s]).toEqual([forward[i + 1], ProjectStage.DROPPED]);
    });
    expect(ALLOWED_MOVES.IN_PRODUCTION).toEqual([]);
    expect(ALLOWED_MOVES.DROPPED).toEqual([]);
  });
  it("refuses jumps and steps back", () => {
    expect(canMove(ProjectStage.LEAD, ProjectStage.SIGNED)).toBe(false);
    expect(canMove(ProjectStage.SIGNED, ProjectStage.NEGOTIATION)).toBe(false);
    expect(canMove(ProjectStage.IN_PRODUCTION, ProjectStage.DROPPED)).toBe(false);
    expect(canMove(ProjectStage.NEGOTIATION, ProjectStage.SIGNED)).toBe(true);
  });
});
