import { cond, identifier, param, type Scope } from "../../shared/scoped";
import { UUID } from "../../shared/sql";

/*
 * The region tree as SQL conditions: the one place that knows it is stored as a closure table
 * (`region_closure`: every (ancestor, descendant) pair, (r, r) at depth 0, keyed by ancestor with an
 * index on descendant). Every row scope, filter and roll-up that asks "is this region inside that
 * one" is built from these, so no other module names the table or writes the sub-select, and each
 * condition carries parameters of its own (shared/scoped.ts). Each is a plain sub-select on one key
 * of the closure, which the planner turns into a semi-join on that index — never a per-row call.
 */

/** A region id as a parameter: anything but a UUID (a foreign or malformed id) as NULL, which matches nothing. */
const regionParam = (regionId: string | null | undefined): Scope =>
  param(regionId && UUID.test(regionId) ? regionId : null);

/** A region given by id (`{ id }`, a parameter) or by a column of the query (an identifier, correlated). */
export type RegionRef = { id: string | null | undefined } | string;
const regionRef = (region: RegionRef): Scope =>
  typeof region === "string" ? { sql: identifier(region), params: {} } : regionParam(region.id);

/**
 * `column` is the region `regionId` or lies below it (安顺 → 镇宁). A null, malformed or unknown
 * id matches no row (a scope built for a user without a region shows nothing).
 */
export function inSubtree(column: string, regionId: string | null | undefined): Scope {
  return cond`${column} IN (SELECT rc.descendant_id FROM region_closure rc WHERE rc.ancestor_id = ${regionParam(regionId)})`;
}

/** `column` lies in the subtree of any region the sub-select `roots` yields (one region id per row). */
export function inSubtreeOfAny(column: string, roots: Scope): Scope {
  return cond`${column} IN (SELECT rc.descendant_id FROM region_closure rc WHERE rc.ancestor_id IN (${roots}))`;
}

/** `column` is the region `regionId` or one of the regions above it (镇宁 → 安顺, 贵州). */
export function enclosing(column: string, regionId: string | null | undefined): Scope {
  return cond`${column} IN (SELECT rc.ancestor_id FROM region_closure rc WHERE rc.descendant_id = ${regionParam(regionId)})`;
}

/**
 * The regions at or above `region` as a table `(region_id, depth)` to join (`depth` 0 for the
 * region itself, 1 for its parent…): for "the most specific match" orderings. `region` is an id
 * (`{ id }`) or a column of the enclosing query.
 */
export function ancestorsOf(region: RegionRef): Scope {
  return cond`(SELECT rc.ancestor_id AS region_id, rc.depth FROM region_closure rc WHERE rc.descendant_id = ${regionRef(region)})`;
}

/**
 * The regions at or below `region` as a table `(region_id, depth)`: for roll-ups that join every
 * row below a region. With a column of another table in the same FROM list, join it LATERAL.
 */
export function descendantsOf(region: RegionRef): Scope {
  return cond`(SELECT rc.descendant_id AS region_id, rc.depth FROM region_closure rc WHERE rc.ancestor_id = ${regionRef(region)})`;
}
