import type { Role } from "./auth";
import type { RequestContext } from "./context";
import { forbidden } from "./errors";
import { errorResult, InvalidStateError } from "./outcomes";
import { msg } from "./messages";

/** One step of a state machine: the states it may be taken from, the state it leads to, and who may take it. */
export interface Step<S extends string> {
  from: readonly S[];
  to: S;
  by: readonly Role[];
}

/**
 * A state machine's one table (sub-orders, placements, projects): the single truth for which role
 * may take which step from which state. The resolver's `@Authorized` roles come from `roles(action)`;
 * the service asks `refusal(ctx, action, state, id)` before writing anything; a record's
 * `allowedActions` field is `allowed(ctx, state)`. Row scope is the third condition and is held by
 * construction: the service locks the record through the same scope every read uses, so any record
 * a caller is shown is one it may act on (outside it: NOT_FOUND).
 */
export class Transitions<A extends string, S extends string> {
  constructor(readonly steps: Readonly<Record<A, Step<S>>>) {}

  /** Every role that may ever take the step: the mutation's `@Authorized` list. */
  roles(action: A): Role[] {
    return [...this.steps[action].by];
  }

  /** Every role that may take some step: the `@Authorized` list of a mutation that takes any of them. */
  anyRoles(): Role[] {
    return [...new Set((Object.values(this.steps) as Step<S>[]).flatMap((s) => s.by))];
  }

  /** The steps the caller may take now on a record in this state, in the table's order. */
  allowed(ctx: RequestContext, state: S): A[] {
    const role = ctx.user?.role;
    return (Object.keys(this.steps) as A[]).filter(
      (a) => role !== undefined && this.steps[a].by.includes(role) && this.steps[a].from.includes(state),
    );
  }

  /** Throws FORBIDDEN unless the caller's role may take the step (from some state). */
  authorise(ctx: RequestContext, action: A): void {
    if (!ctx.user || !this.steps[action].by.includes(ctx.user.role)) throw forbidden();
  }

  /**
   * Why the step may not be taken now, or null when it may: a role that may never take it is
   * FORBIDDEN (thrown); a state the step does not start from is an InvalidStateError (returned, so
   * the service answers it before writing anything).
   */
  refusal(ctx: RequestContext, action: A, state: S, entityId: string): InvalidStateError | null {
    const step = this.steps[action];
    this.authorise(ctx, action);
    if (step.from.includes(state)) return null;
    return errorResult(InvalidStateError, {
      entityId,
      state,
      action,
      message: msg(`当前状态 ${state} 不能执行 ${action}`, `${action} is not allowed from ${state}`),
    });
  }

  /** The step that enters `state`, if one does (for a machine moved by its target state, such as the investment pipeline). */
  entering(state: S): A | undefined {
    return (Object.keys(this.steps) as A[]).find((a) => this.steps[a].to === state);
  }

  /** The states a record in `state` may move to, whoever asks. */
  targets(state: S): S[] {
    return (Object.keys(this.steps) as A[])
      .filter((a) => this.steps[a].from.includes(state))
      .map((a) => this.steps[a].to);
  }
}
