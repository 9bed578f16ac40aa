import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { workerScope } from "./labour.scope";
import { Worker } from "./worker.entity";

/** Scoped: a worker outside the caller's scope (for employers: without consent) loads as null. */
export function visibleWorkerById(ctx: RequestContext) {
  return new DataLoader<string, Worker | null>(async (ids) => {
    const { sql, params } = workerScope(ctx);
    const rows = await ctx.manager.getRepository(Worker).createQueryBuilder("w").where(sql, params).andWhere("w.id IN (:...ids)", { ids: [...ids] }).getMany();
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
