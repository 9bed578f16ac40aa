import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { cond, type Scope } from "../../shared/scoped";
import { pairingIdsInScope } from "../pairings/pairing.service";
import { JointWorkKind, VisitDirection } from "./joint-work.entity";

/**
 * Row scope of joint work (alias `j`): the records of the pairings the caller sees — admins all, a
 * coordinator its east region subtree's pairings (青岛 sees 胶州's too), a county official its
 * county's pairings; buyers and enterprises none (pairingScope gives them no pairing). Used by the
 * list, the summary, the export, single reads and the ledger's labeller alike.
 */
export const jointWorkScope = (ctx: RequestContext, alias = "j"): Scope =>
  cond`${alias}.pairing_id IN ${pairingIdsInScope(ctx)}`;

/**
 * Who may record or withdraw a record of a pairing in their scope: coordinators and admins every
 * kind; a county official only the visits its county makes east (WEST_TO_EAST) — it organised the
 * trip and holds its papers. Everything else visible to an official is FORBIDDEN to change.
 */
export function mayWrite(
  ctx: RequestContext,
  record: { kind: JointWorkKind; direction?: VisitDirection | null },
): boolean {
  const role = ctx.user?.role;
  if (role === Role.ADMIN || role === Role.COORDINATOR) return true;
  return (
    role === Role.COUNTY_OFFICIAL &&
    record.kind === JointWorkKind.VISIT &&
    record.direction === VisitDirection.WEST_TO_EAST
  );
}
