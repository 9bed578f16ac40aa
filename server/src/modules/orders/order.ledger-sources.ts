import { loader } from "../../shared/context";
import { scopedRowsById } from "../../shared/loaders";
import { buyerById } from "../buyers/buyer.loaders";
import { LedgerSource } from "../ledger/ledger.entity";
import { ledgerSourceLabellers } from "../ledger/ledger.sources";
import { supplierById } from "../suppliers/supplier.loaders";
import { SubOrder } from "./order.entity";
import { subOrderScope } from "./order.scope";

// The pairing page's ledger names an order line's entry by its sub-order's buyer and supplier
// (ledger.sources.ts), only when the viewer may see that sub-order.
const subOrderInScope = scopedRowsById(SubOrder, "s", subOrderScope);

ledgerSourceLabellers.add({
  source: LedgerSource.ORDER_LINE,
  async labels(ctx, ids) {
    const subs = (await loader(ctx, subOrderInScope).loadMany(ids)).filter((s): s is SubOrder => !!s);
    // One batch for all buyers and one for all suppliers, whatever the page size.
    const [buyers, suppliers] = await Promise.all([
      loader(ctx, buyerById).loadMany(subs.map((s) => s.buyerId)),
      loader(ctx, supplierById).loadMany(subs.map((s) => s.supplierId)),
    ]);
    return new Map(subs.map((s, i) => [s.id, `${buyers[i]?.name ?? ""} → ${suppliers[i]?.name ?? ""}`]));
  },
});
