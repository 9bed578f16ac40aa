import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { Region } from "./region.entity";
import { rowsById } from "../../shared/loaders";

export const regionById = rowsById(Region);

export function regionChildren(ctx: RequestContext) {
  return new DataLoader<string, Region[]>(async (parentIds) => {
    const rows = await ctx.manager
      .getRepository(Region)
      .find({ where: { parentId: In([...parentIds]) }, order: { code: "ASC" } });
    return parentIds.map((id) => rows.filter((r) => r.parentId === id));
  });
}
