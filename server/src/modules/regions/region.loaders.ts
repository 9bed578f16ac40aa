import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { Region } from "./region.entity";

export function regionById(ctx: RequestContext) {
  return new DataLoader<string, Region | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(Region).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function regionChildren(ctx: RequestContext) {
  return new DataLoader<string, Region[]>(async (parentIds) => {
    const rows = await ctx.manager.getRepository(Region).find({ where: { parentId: In([...parentIds]) }, order: { code: "ASC" } });
    return parentIds.map((id) => rows.filter((r) => r.parentId === id));
  });
}
