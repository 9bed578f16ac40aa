import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";

/**
 * Row scope of pairings as a SQL condition on alias `p` (one named parameter, `:scopeRegionId`):
 * admins see all; a coordinator the pairings whose east side lies in its region's subtree; a
 * county official those whose west side lies in its county; everyone else none.
 */
export function pairingScope(ctx: RequestContext, alias = "p"): { sql: string; params: Record<string, unknown> } {
  const user = ctx.user;
  if (!user) return { sql: "FALSE", params: {} };
  const subtree = `(SELECT descendant_id FROM region_closure WHERE ancestor_id = :scopeRegionId)`;
  switch (user.role) {
    case Role.ADMIN:
      return { sql: "TRUE", params: {} };
    case Role.COORDINATOR:
      return { sql: `${alias}.east_region_id IN ${subtree}`, params: { scopeRegionId: user.regionId } };
    case Role.COUNTY_OFFICIAL:
      return { sql: `${alias}.west_region_id IN ${subtree}`, params: { scopeRegionId: user.regionId } };
    default:
      return { sql: "FALSE", params: {} };
  }
}

/** The same scope for raw SQL with positional parameters: `$n` is the caller's next index. */
export function pairingScopeRaw(ctx: RequestContext, alias: string, n: number): { sql: string; params: unknown[] } {
  const { sql, params } = pairingScope(ctx, alias);
  return "scopeRegionId" in params ? { sql: sql.replace(":scopeRegionId", `$${n}`), params: [params.scopeRegionId] } : { sql, params: [] };
}

