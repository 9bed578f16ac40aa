import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../shared/context";
import { cond } from "../../shared/scoped";
import { EvidenceFile, EvidenceRecordType } from "../evidence/evidence.entity";
import { recordEvidence } from "../evidence/evidence.service";
import { evidenceRecordKinds, RECORD_UPLOADERS } from "../evidence/evidence.records";
import { LedgerSource } from "../ledger/ledger.entity";
import { UnitPair } from "./unit-pair.entity";
import { unitPairScope } from "./unit-pair.scope";

// A unit pair's signed agreement (结对协议).
evidenceRecordKinds.add({
  kind: EvidenceRecordType.UNIT_PAIR,
  ledgerSource: LedgerSource.UNIT_PAIR,
  uploaders: RECORD_UPLOADERS,
  idsInScope: (ctx) => cond`(SELECT eup.id FROM unit_pair eup WHERE ${unitPairScope(ctx, "eup")})`,
});

@Resolver(() => UnitPair)
export class UnitPairEvidenceResolver {
  @FieldResolver(() => [EvidenceFile], {
    description: "佐证材料 (the signed 结对协议) the caller may read, oldest first; batched per request.",
  })
  evidence(@Root() u: UnitPair, @Ctx() ctx: RequestContext) {
    return recordEvidence(ctx, EvidenceRecordType.UNIT_PAIR, u.id);
  }
}
