import { loader } from "../../shared/context";
import { scopedRowsById } from "../../shared/loaders";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerSourceLabellers } from "../ledger/ledger.sources";
import { UnitPair } from "./unit-pair.entity";
import { unitPairScope } from "./unit-pair.scope";

// The pairing page's ledger names pairs (ledger.sources.ts): only those the viewer may see.
const unitPairInScope = scopedRowsById(UnitPair, "up", unitPairScope);

ledgerSourceLabellers.add({
  source: LedgerSource.UNIT_PAIR,
  async labels(ctx, ids) {
    const rows = (await loader(ctx, unitPairInScope).loadMany(ids)).filter(
      (p): p is UnitPair => !!p && !(p instanceof Error),
    );
    return new Map(rows.map((p) => [p.id, `${p.eastUnit} — ${p.westUnit}`]));
  },
});
