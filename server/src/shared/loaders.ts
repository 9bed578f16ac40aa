import DataLoader from "dataloader";
import { In, type EntityTarget, type FindOptionsWhere } from "typeorm";
import type { RequestContext } from "./context";
import type { Scope } from "./scoped";

/**
 * A DataLoader factory for rows of one entity by id (null for an unknown id), for `loader(ctx, …)`.
 * Unscoped: only for following relations from rows the caller already may see.
 */
export function rowsById<T extends { id: string }>(
  entity: EntityTarget<T>,
): (ctx: RequestContext) => DataLoader<string, T | null> {
  return (ctx) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await ctx.manager.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
}

/**
 * A DataLoader factory for rows of one entity by id within the caller's row scope (null outside it,
 * as for an unknown id): the loader a relation field uses when its target has a scope of its own,
 * so a nested read never returns more than the top-level read (DESIGN.md, "Scope by construction").
 * `scope` is the same function the module's top-level reads use, on alias `alias`.
 */
export function scopedRowsById<T extends { id: string }>(
  entity: EntityTarget<T>,
  alias: string,
  scope: (ctx: RequestContext, alias: string) => Scope,
): (ctx: RequestContext) => DataLoader<string, T | null> {
  return (ctx) =>
    new DataLoader<string, T | null>(async (ids) => {
      const { sql, params } = scope(ctx, alias);
      const rows = await ctx.manager
        .getRepository(entity)
        .createQueryBuilder(alias)
        .where(sql, params)
        .andWhere(`${alias}.id IN (:...scopedIds)`, { scopedIds: [...ids] })
        .getMany();
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
}
