import { registerEnumType } from "type-graphql";
import { Role } from "../../shared/auth";
import { Transitions } from "../../shared/transitions";
import { PlacementStatus } from "./placement.entity";

export enum PlacementAction {
  EMPLOY = "EMPLOY",
  STABILISE = "STABILISE",
  LEAVE = "LEAVE",
}
registerEnumType(PlacementAction, {
  name: "PlacementAction",
  description: "A step of a placement: EMPLOY (recordEmployment), STABILISE (recordStable), LEAVE (recordLeft).",
});

/** Who follows a placement: the worker's county, a coordinator paired with it, the employer, administrators. */
export const PLACEMENT_WRITERS = [Role.COUNTY_OFFICIAL, Role.COORDINATOR, Role.ENTERPRISE, Role.ADMIN];

/**
 * The placement state machine's one table: PLACED → EMPLOYED → STABLE, or → LEFT from any of
 * them. A state not listed answers InvalidStateError, a role not listed FORBIDDEN; the dates (in
 * order, STABLE six months after the start) are input rules, BAD_USER_INPUT on `on`.
 */
export const PLACEMENT_STEPS = new Transitions<PlacementAction, PlacementStatus>({
  EMPLOY: { from: [PlacementStatus.PLACED], to: PlacementStatus.EMPLOYED, by: PLACEMENT_WRITERS },
  STABILISE: { from: [PlacementStatus.EMPLOYED], to: PlacementStatus.STABLE, by: PLACEMENT_WRITERS },
  LEAVE: {
    from: [PlacementStatus.PLACED, PlacementStatus.EMPLOYED, PlacementStatus.STABLE],
    to: PlacementStatus.LEFT,
    by: PLACEMENT_WRITERS,
  },
});
