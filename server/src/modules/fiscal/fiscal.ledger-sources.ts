import { loader } from "../../shared/context";
import { rowsById } from "../../shared/loaders";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerSourceLabellers } from "../ledger/ledger.sources";
import { FiscalTransaction, type FiscalProject } from "./fiscal.entity";
import { visibleFiscalProjectById } from "./fiscal.loaders";

// The pairing page's ledger names FISCAL_FUNDS entries by their project, only when the viewer may see it.
const transactionById = rowsById(FiscalTransaction);

ledgerSourceLabellers.add({
  source: LedgerSource.FISCAL_FUNDS,
  async labels(ctx, ids) {
    const rows = (await loader(ctx, transactionById).loadMany(ids)).filter(
      (t): t is FiscalTransaction => !!t && !(t instanceof Error),
    );
    const projects = await loader(ctx, visibleFiscalProjectById).loadMany([...new Set(rows.map((t) => t.projectId))]);
    const names = new Map(
      projects.filter((p): p is FiscalProject => !!p && !(p instanceof Error)).map((p) => [p.id, p.name]),
    );
    const out = new Map<string, string>();
    for (const t of rows) if (names.has(t.projectId)) out.set(t.id, names.get(t.projectId)!);
    return out;
  },
});
