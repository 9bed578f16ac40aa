import { Role } from "../../shared/auth";
import { cond } from "../../shared/scoped";
import { EvidenceRecordType } from "../evidence/evidence.entity";
import { evidenceFieldResolver } from "../evidence/evidence.field";
import { evidenceRecordKinds, RECORD_UPLOADERS } from "../evidence/evidence.records";
import { LedgerSource } from "../ledger/ledger.entity";
import { SubOrder } from "./order.entity";
import { subOrderScope } from "./order.scope";

// 验票 / 验货: the buyer attaches the invoice and the inspection scan to its own sub-order (the 832
// platform asks for both at receipt); the supplier's county and the buyer's coordinator see them.
evidenceRecordKinds.add({
  kind: EvidenceRecordType.SUB_ORDER,
  ledgerSource: LedgerSource.ORDER_LINE,
  uploaders: [...RECORD_UPLOADERS, Role.BUYER],
  idsInScope: (ctx) => cond`(SELECT es.id FROM sub_order es WHERE ${subOrderScope(ctx, "es")})`,
});

export const SubOrderEvidenceResolver = evidenceFieldResolver(
  SubOrder,
  EvidenceRecordType.SUB_ORDER,
  "佐证材料 (验票 / 验货: invoice and inspection scans) the caller may read, oldest first; batched per request.",
);
