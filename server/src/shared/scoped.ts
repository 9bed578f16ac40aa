import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { RequestContext } from "./context";
import { notFound } from "./errors";

/** A row scope as a SQL condition with its named parameters (see DESIGN.md, "Scope is a WHERE clause"). */
export interface Scope {
  sql: string;
  params: Record<string, unknown>;
}

export const UUID = /^[0-9a-f-]{36}$/i;

/** NOT_FOUND naming the input field that held the id, so a form can show it beside the field. */
export function notFoundAt(what: string, field?: string) {
  const e = notFound(what);
  if (field) (e.extensions as Record<string, unknown>).field = field;
  return e;
}

/** `%text%` for LIKE, with the user's own % _ and \ taken literally. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => "\\" + c)}%`;

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
  if (!row) throw notFoundAt(what, field);
  return row;
}
