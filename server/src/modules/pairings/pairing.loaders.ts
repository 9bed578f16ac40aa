import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { Pairing } from "./pairing.entity";
import { pairingScope } from "./pairing.scope";
import { rowsById, scopedRowsById } from "../../shared/loaders";
import { regionField } from "../regions/region.service";
import { auditNames } from "../audit/audit.readable";
import { regionById } from "../regions/region.loaders";
import { loader } from "../../shared/context";

/** Unscoped: only for following relations from rows the caller already may see. */
export const pairingById = rowsById(Pairing);

export function pairingChildren(ctx: RequestContext) {
  return new DataLoader<string, Pairing[]>(async (ids) => {
    const { sql, params } = pairingScope(ctx);
    const rows: Pairing[] = await ctx.manager
      .getRepository(Pairing)
      .createQueryBuilder("p")
      .where(sql, params)
      .andWhere("p.parent_id IN (:...ids)", { ids: [...ids] })
      .orderBy(regionField("p.west_region_id", "code"), "ASC")
      .getMany();
    return ids.map((id) => rows.filter((p) => p.parentId === id));
  });
}

/** By id within the caller's scope: null for a pairing the caller may not see. */
export const visiblePairingById = scopedRowsById(Pairing, "p", pairingScope);

/** Audit names: pairings the reader may read, as Pairing.name says it, "胶州市—镇宁县" (their regions' short names). */
auditNames.add({
  refType: "Pairing",
  fields: ["pairingId", "PAIRING_:parentId", "endedWithId"],
  async names(ctx, ids) {
    const pairings = (await loader(ctx, visiblePairingById).loadMany(ids)).filter(
      (p): p is Pairing => !!p && !(p instanceof Error),
    );
    const regions = loader(ctx, regionById);
    const named = async (id: string) => (await regions.load(id))?.shortName ?? "?";
    return new Map(
      await Promise.all(
        pairings.map(async (p) => [p.id, `${await named(p.eastRegionId)}—${await named(p.westRegionId)}`] as const),
      ),
    );
  },
});
