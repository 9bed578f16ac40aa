import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { WorkshopReport } from "./workshop.entity";

/** Reports per workshop, newest first (the caller already sees the workshop). */
export function reportsByWorkshop(ctx: RequestContext) {
  return new DataLoader<string, WorkshopReport[]>(async (ids) => {
    const rows = await ctx.manager
      .getRepository(WorkshopReport)
      .find({ where: { workshopId: In([...ids]) }, order: { reportedOn: "DESC", recordedAt: "DESC" } });
    const map = new Map<string, WorkshopReport[]>();
    for (const r of rows) map.set(r.workshopId, [...(map.get(r.workshopId) ?? []), r]);
    return ids.map((id) => map.get(id) ?? []);
  });
}
