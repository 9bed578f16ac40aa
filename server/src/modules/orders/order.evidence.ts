import { Role } from "../../shared/auth";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../shared/context";
import { cond } from "../../shared/scoped";
import { EvidenceFile, EvidenceRecordType } from "../evidence/evidence.entity";
import { recordEvidence } from "../evidence/evidence.service";
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

@Resolver(() => SubOrder)
export class SubOrderEvidenceResolver {
  @FieldResolver(() => [EvidenceFile], {
    description:
      "佐证材料 (验票 / 验货: invoice and inspection scans) the caller may read, oldest first; batched per request.",
  })
  evidence(@Root() s: SubOrder, @Ctx() ctx: RequestContext) {
    return recordEvidence(ctx, EvidenceRecordType.SUB_ORDER, s.id);
  }
}
