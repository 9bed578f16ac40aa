import { loader } from "../../shared/context";
import { rowsById } from "../../shared/loaders";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerSourceLabellers } from "../ledger/ledger.sources";
import { visibleProjectById } from "./investment.loaders";
import { FundTranche, type InvestmentProject, ProjectOutcomeReport } from "./project.entity";

// The pairing page's ledger names investment records by their project (ledger.sources.ts), only
// when the viewer may see the project.
const trancheById = rowsById(FundTranche);
const outcomeById = rowsById(ProjectOutcomeReport);

async function projectNames(
  ctx: Parameters<typeof visibleProjectById>[0],
  projectIdOf: Map<string, string>,
): Promise<Map<string, string>> {
  const projects = await loader(ctx, visibleProjectById).loadMany([...new Set(projectIdOf.values())]);
  const names = new Map(projects.filter((p): p is InvestmentProject => !!p).map((p) => [p.id, p.name]));
  const out = new Map<string, string>();
  for (const [id, projectId] of projectIdOf) if (names.has(projectId)) out.set(id, names.get(projectId)!);
  return out;
}

ledgerSourceLabellers.add({
  source: LedgerSource.PROJECT_STAGE,
  labels: (ctx, ids) => projectNames(ctx, new Map(ids.map((id) => [id, id]))),
});

ledgerSourceLabellers.add({
  source: LedgerSource.FUND_TRANCHE,
  async labels(ctx, ids) {
    const rows = (await loader(ctx, trancheById).loadMany(ids)).filter((t): t is FundTranche => !!t);
    return projectNames(ctx, new Map(rows.map((t) => [t.id, t.projectId])));
  },
});

ledgerSourceLabellers.add({
  source: LedgerSource.PROJECT_OUTCOME,
  async labels(ctx, ids) {
    const rows = (await loader(ctx, outcomeById).loadMany(ids)).filter((r): r is ProjectOutcomeReport => !!r);
    return projectNames(ctx, new Map(rows.map((r) => [r.id, r.projectId])));
  },
});
