import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { LedgerEntry } from "./ledger.entity";

export function ledgerEntryById(ctx: RequestContext) {
  return new DataLoader<string, LedgerEntry | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(LedgerEntry).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((e) => [e.id, e]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function correctionsOf(ctx: RequestContext) {
  return new DataLoader<string, LedgerEntry[]>(async (ids) => {
    const rows = await ctx.manager.getRepository(LedgerEntry).find({ where: { correctsId: In([...ids]) }, order: { seq: "ASC" } });
    return ids.map((id) => rows.filter((e) => e.correctsId === id));
  });
}
