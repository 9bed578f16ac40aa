import { loader } from "../../shared/context";
import { rowsById, scopedRowsById } from "../../shared/loaders";
import { enterpriseById } from "../enterprises/enterprise.loaders";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerSourceLabellers, maskedPersonName } from "../ledger/ledger.sources";
import { countyRecordScope } from "./labour.scope";
import { Placement } from "./placement.entity";
import { placementScope } from "./placement.service";
import { TrainingSession } from "./training.entity";
import { Worker } from "./worker.entity";
import { Workshop } from "./workshop.entity";

// The pairing page's ledger names labour records (ledger.sources.ts): only those the viewer may see.
const placementInScope = scopedRowsById(Placement, "p", placementScope);
const trainingInScope = scopedRowsById(TrainingSession, "t", (ctx, a) => countyRecordScope(ctx, a));
const workshopInScope = scopedRowsById(Workshop, "k", (ctx, a) => countyRecordScope(ctx, a));
/** The placement is in scope: its worker's name is shown masked (张**), never whole. */
const workerOf = rowsById(Worker);

ledgerSourceLabellers.add({
  source: LedgerSource.PLACEMENT,
  async labels(ctx, ids) {
    const placements = (await loader(ctx, placementInScope).loadMany(ids)).filter((p): p is Placement => !!p);
    const [workers, employers] = await Promise.all([
      loader(ctx, workerOf).loadMany(placements.map((p) => p.workerId)),
      loader(ctx, enterpriseById).loadMany(placements.map((p) => p.enterpriseId)),
    ]);
    return new Map(
      placements.map((p, i) => [
        p.id,
        `${maskedPersonName((workers[i] as Worker | null)?.name ?? "")} → ${employers[i]?.name ?? ""}`,
      ]),
    );
  },
});

ledgerSourceLabellers.add({
  source: LedgerSource.TRAINING,
  async labels(ctx, ids) {
    const rows = (await loader(ctx, trainingInScope).loadMany(ids)).filter((t): t is TrainingSession => !!t);
    return new Map(rows.map((t) => [t.id, t.title]));
  },
});

ledgerSourceLabellers.add({
  source: LedgerSource.WORKSHOP,
  async labels(ctx, ids) {
    const rows = (await loader(ctx, workshopInScope).loadMany(ids)).filter((w): w is Workshop => !!w);
    return new Map(rows.map((w) => [w.id, w.name]));
  },
});
