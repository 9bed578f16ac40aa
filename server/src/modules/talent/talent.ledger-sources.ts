import { loader } from "../../shared/context";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerSourceLabellers, maskedPersonName } from "../ledger/ledger.sources";
import { TalentPerson } from "./talent.entity";
import { visiblePersonById } from "./talent.loaders";

// The pairing page's ledger names a talent entry by its person (sourceId = person id), masked (张**),
// for those who may see the person; others get the neutral label.
ledgerSourceLabellers.add({
  source: LedgerSource.TALENT_POSTING,
  async labels(ctx, ids) {
    const people = (await loader(ctx, visiblePersonById).loadMany(ids)).filter(
      (p): p is TalentPerson => !!p && !(p instanceof Error),
    );
    return new Map(people.map((p) => [p.id, maskedPersonName(p.name)]));
  },
});
