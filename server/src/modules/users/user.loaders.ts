import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { User } from "./user.entity";

export function userById(ctx: RequestContext) {
  return new DataLoader<string, User | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(User).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((u) => [u.id, u]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
