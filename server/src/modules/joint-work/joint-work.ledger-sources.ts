import { loader } from "../../shared/context";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerSourceLabellers } from "../ledger/ledger.sources";
import type { JointWork } from "./joint-work.entity";
import { visibleJointWorkById } from "./joint-work.loaders";

// The pairing page's ledger names a JOINT_WORK entry by its record's title, only when the viewer may see it.
ledgerSourceLabellers.add({
  source: LedgerSource.JOINT_WORK,
  async labels(ctx, ids) {
    const rows = (await loader(ctx, visibleJointWorkById).loadMany([...ids])).filter(
      (r): r is JointWork => !!r && !(r instanceof Error),
    );
    return new Map(rows.map((r) => [r.id, r.title]));
  },
});
