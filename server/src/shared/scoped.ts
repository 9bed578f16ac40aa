import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { RequestContext } from "./context";
import { notFound } from "./errors";
import { UUID } from "./sql";

/** A row scope as a SQL condition with its named parameters (see DESIGN.md, "Scope is a WHERE clause"). */
export interface Scope {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * One row by id within a scope, or NOT_FOUND (naming `field`): rows outside the scope are not
 * confirmed to exist. Ids that are not UUIDs are NOT_FOUND without a query.
 */
export async function findInScope<T extends ObjectLiteral>(
  ctx: RequestContext, entity: EntityTarget<T>, alias: string, scope: Scope, id: string, what: string, field?: string,
): Promise<T> {
  const row = UUID.test(id)
    ? await ctx.manager.getRepository(entity).createQueryBuilder(alias).where(scope.sql, scope.params).andWhere(`${alias}.id = :scopedId`, { scopedId: id }).getOne()
    : null;
  if (!row) throw notFound(what, field);
  return row;
}

/** The scope for raw SQL with positional parameters, numbered from `$first`. */
export function positional(scope: Scope, first: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  let sql = scope.sql;
  for (const [name, value] of Object.entries(scope.params)) {
    params.push(value);
    sql = sql.replace(new RegExp(`:${name}\\b`, "g"), `$${first + params.length - 1}`);
  }
  return { sql, params };
}

/**
 * How another module's rows make a row of this module readable: for the caller, a sub-select of
 * the ids they name (`(SELECT rso.buyer_id FROM sub_order rso WHERE …)`) with its parameters. The
 * referencing module adds one to the referenced module's extension point; it names only its own
 * tables, and the referenced module never imports it.
 */
export type Reference = (ctx: RequestContext) => Scope;

/** `base`, or the row's id named by any of `references`, on alias `alias` (a read scope, issue 8). */
export function readableThrough(ctx: RequestContext, alias: string, base: Scope, references: readonly Reference[]): Scope {
  const refs = references.map((r) => r(ctx));
  if (!refs.length) return base;
  return {
    sql: `(${[base.sql, ...refs.map((r) => `${alias}.id IN ${r.sql}`)].join(" OR ")})`,
    params: Object.assign({}, base.params, ...refs.map((r) => r.params)),
  };
}
