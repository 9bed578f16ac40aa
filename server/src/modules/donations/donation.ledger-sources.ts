import { DEFAULT_LOCALE } from "../../shared/messages";
import { loader } from "../../shared/context";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerSourceLabellers } from "../ledger/ledger.sources";
import type { Donation } from "./donation.entity";
import { visibleDonationById } from "./donation.loaders";
import { donorLabel } from "./donation.service";

// The pairing page's ledger names a donation (or its reversal) by its donor — 个人捐赠 for an
// individual — only when the viewer may see the donation.
ledgerSourceLabellers.add({
  source: LedgerSource.DONATION,
  async labels(ctx, ids) {
    const rows = (await loader(ctx, visibleDonationById).loadMany(ids)).filter(
      (d): d is Donation => !!d && !(d instanceof Error),
    );
    return new Map(rows.map((d) => [d.id, donorLabel(d, ctx.locale ?? DEFAULT_LOCALE)]));
  },
});
