import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { allOf, anyOf, cond, EVERY_ROW, scopeByRole, type Scope } from "../../shared/scoped";
import { descendantsOf, enclosing, inSubtree, inSubtreeOfAny } from "../regions/region.service";

/**
 * Row scope of pairings as a SQL condition on alias `p`: admins see all; a coordinator the
 * pairings whose east side lies in its region's subtree; a county official those whose west side
 * lies in its county; everyone else none. For raw SQL: `positional(pairingScope(ctx, "p"), n)`.
 */
export const pairingScope = (ctx: RequestContext, alias = "p"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) => inSubtree(`${alias}.east_region_id`, u.regionId),
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.west_region_id`, u.regionId),
  });

/**
 * `column` is a west region (a county) paired with an east region in the subtree of
 * `eastRegionId`, or lies below one (a pairing with 安顺 covers 镇宁): a coordinator's reach, the
 * same in every module's scope (suppliers, labour records) and in `checkCountiesInReach`.
 */
export function inCountiesPairedWith(column: string, eastRegionId: string | null | undefined): Scope {
  return inSubtreeOfAny(
    column,
    cond`SELECT pr.west_region_id FROM pairing pr WHERE ${inSubtree("pr.east_region_id", eastRegionId)}`,
  );
}

/**
 * `column` lies in the subtree of an east region paired with `westRegionId` or a region above it:
 * a county official's partners at any level (镇宁 reaches 胶州 through 胶州–镇宁 and 青岛's
 * districts through 青岛–安顺).
 */
export function inEastRegionsPairedWith(column: string, westRegionId: string | null | undefined): Scope {
  return inSubtreeOfAny(
    column,
    cond`SELECT pr.east_region_id FROM pairing pr WHERE ${enclosing("pr.west_region_id", westRegionId)}`,
  );
}

/*
 * Sets of pairings as sub-selects, for other modules' conditions on their own pairing columns
 * (`a.pairing_id IN ${...}`): the pairing table stays this module's.
 */

/**
 * The ids of the pairings in the caller's scope; with `touching`, only those with either side in
 * that region's subtree (青岛, 安顺, 镇宁…); with `outermost`, only those whose parent pairing is
 * not in the set itself (an enclosing pairing's agreement already includes the ones inside).
 */
export function pairingIdsInScope(
  ctx: RequestContext,
  options: { touching?: string | null; outermost?: boolean } = {},
): Scope {
  const { touching, outermost = false } = options;
  const inSet = (alias: string) =>
    allOf(
      pairingScope(ctx, alias),
      ...(touching
        ? [anyOf(inSubtree(`${alias}.east_region_id`, touching), inSubtree(`${alias}.west_region_id`, touching))]
        : []),
    );
  return outermost
    ? cond`(SELECT ps.id FROM pairing ps WHERE ${inSet("ps")} AND (ps.parent_id IS NULL OR ps.parent_id NOT IN (SELECT pp.id FROM pairing pp WHERE ${inSet("pp")})))`
    : cond`(SELECT ps.id FROM pairing ps WHERE ${inSet("ps")})`;
}

/**
 * Whether pairingIdsInScope(ctx, { touching }) is every pairing (an administrator's, no region named):
 * a summary keyed by pairing then needs no condition at all, where `IN (every id)` is a join of each
 * row read against the whole pairing table (the administrator's mid-year summary: five of them).
 */
export function isEveryPairing(ctx: RequestContext, options: { touching?: string | null } = {}): boolean {
  return !options.touching && pairingScope(ctx, "ps") === EVERY_ROW;
}

/**
 * The ids of the pairings `pairing` encloses — itself and every pairing between its two sides'
 * subtrees (青岛–安顺 encloses 胶州–镇宁) — as far as the caller's scope goes.
 */
export function pairingIdsEnclosedBy(
  ctx: RequestContext,
  pairing: { eastRegionId: string; westRegionId: string },
): Scope {
  const enclosed = allOf(
    inSubtree("pq.east_region_id", pairing.eastRegionId),
    inSubtree("pq.west_region_id", pairing.westRegionId),
    pairingScope(ctx, "pq"),
  );
  return cond`(SELECT pq.id FROM pairing pq WHERE ${enclosed})`;
}

/**
 * For each of the pairings `pairingIds` (a parameter holding an array of ids), the pairings it
 * encloses (itself included), as a table `(encloser_id, pairing_id)` to join: each pairing lies
 * inside any number of enclosers, but once per encloser, so sums over it count each row once.
 * Unscoped: for pairings the caller already may see.
 */
export function pairingsEnclosedByEach(pairingIds: Scope): Scope {
  return cond`(SELECT pe.id AS encloser_id, pq.id AS pairing_id
       FROM pairing pe
       JOIN LATERAL ${descendantsOf("pe.east_region_id")} ce ON TRUE
       JOIN LATERAL ${descendantsOf("pe.west_region_id")} cw ON TRUE
       JOIN pairing pq ON pq.east_region_id = ce.region_id AND pq.west_region_id = cw.region_id
      WHERE pe.id = ANY(${pairingIds}::uuid[]))`;
}
