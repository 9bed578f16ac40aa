import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { PlacementStage } from "./placement.entity";

/** Stage history per placement, oldest first (the caller already sees the placement). */
export function stagesByPlacement(ctx: RequestContext) {
  return new DataLoader<string, PlacementStage[]>(async (ids) => {
    const rows = await ctx.manager
      .getRepository(PlacementStage)
      .find({ where: { placementId: In([...ids]) }, order: { occurredOn: "ASC", recordedAt: "ASC" } });
    const map = new Map<string, PlacementStage[]>();
    for (const r of rows) map.set(r.placementId, [...(map.get(r.placementId) ?? []), r]);
    return ids.map((id) => map.get(id) ?? []);
  });
}
