import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { LedgerEntry } from "./ledger.entity";
import { rowsById } from "../../shared/loaders";

export const ledgerEntryById = rowsById(LedgerEntry);

export function correctionsOf(ctx: RequestContext) {
  return new DataLoader<string, LedgerEntry[]>(async (ids) => {
    const rows = await ctx.manager
      .getRepository(LedgerEntry)
      .find({ where: { correctsId: In([...ids]) }, order: { seq: "ASC" } });
    return ids.map((id) => rows.filter((e) => e.correctsId === id));
  });
}
