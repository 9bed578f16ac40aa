import DataLoader from "dataloader";
import { In, type EntityTarget, type FindOptionsWhere } from "typeorm";
import type { RequestContext } from "./context";

/**
 * A DataLoader factory for rows of one entity by id (null for an unknown id), for `loader(ctx, …)`.
 * Unscoped: only for following relations from rows the caller already may see.
 */
export function rowsById<T extends { id: string }>(entity: EntityTarget<T>): (ctx: RequestContext) => DataLoader<string, T | null> {
  return (ctx) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await ctx.manager.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
}
