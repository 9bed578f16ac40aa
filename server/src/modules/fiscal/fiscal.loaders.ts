import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { scopedRowsById } from "../../shared/loaders";
import { rowsOf } from "../../shared/sql";
import { auditNames, namesThrough } from "../audit/audit.readable";
import { FiscalProgressReport, FiscalProject, FiscalTransaction, FiscalTransactionKind } from "./fiscal.entity";
import { fiscalProjectScope } from "./fiscal.scope";
import type { FiscalTotals } from "./fiscal.service";

/** Projects by id within the caller's scope (null outside it): the ledger's and the audit trail's names. */
export const visibleFiscalProjectById = scopedRowsById(FiscalProject, "f", fiscalProjectScope);

/** Transactions per project, oldest first (the caller already sees the project). */
export function transactionsByProject(ctx: RequestContext) {
  return new DataLoader<string, FiscalTransaction[]>(async (ids) => {
    const rows = await ctx.manager
      .getRepository(FiscalTransaction)
      .find({ where: { projectId: In([...ids]) }, order: { occurredOn: "ASC", seq: "ASC" } });
    const map = new Map<string, FiscalTransaction[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r.projectId)?.push(r);
    return ids.map((id) => map.get(id)!);
  });
}

/** Progress reports per project, newest first. */
export function progressByProject(ctx: RequestContext) {
  return new DataLoader<string, FiscalProgressReport[]>(async (ids) => {
    const rows = await ctx.manager
      .getRepository(FiscalProgressReport)
      .find({ where: { projectId: In([...ids]) }, order: { reportedOn: "DESC", seq: "DESC" } });
    const map = new Map<string, FiscalProgressReport[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r.projectId)?.push(r);
    return ids.map((id) => map.get(id)!);
  });
}

/** Net allocated / disbursed / spent per project: one grouped query per batch. */
export function totalsByProject(ctx: RequestContext) {
  return new DataLoader<string, FiscalTotals>(async (ids) => {
    const rows = rowsOf<{ project_id: string; kind: FiscalTransactionKind; amount: string | number }>(
      await ctx.manager.query(
        `SELECT project_id, kind, SUM(amount)::bigint AS amount FROM fiscal_transaction
          WHERE project_id = ANY($1::uuid[]) GROUP BY 1, 2`,
        [[...ids]],
      ),
    );
    const map = new Map<string, FiscalTotals>(ids.map((id) => [id, { allocated: 0, disbursed: 0, spent: 0 }]));
    for (const r of rows) {
      const t = map.get(r.project_id);
      if (!t) continue;
      const n = Number(r.amount);
      if (r.kind === FiscalTransactionKind.ALLOCATED) t.allocated = n;
      else if (r.kind === FiscalTransactionKind.DISBURSED) t.disbursed = n;
      else t.spent = n;
    }
    return ids.map((id) => map.get(id)!);
  });
}

auditNames.add({
  refType: "FiscalProject",
  fields: ["fiscalProjectId"],
  names: namesThrough(visibleFiscalProjectById, (p) => p.name),
});
