import { cond } from "../../shared/scoped";
import { EvidenceRecordType } from "../evidence/evidence.entity";
import { evidenceFieldResolver } from "../evidence/evidence.field";
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

export const UnitPairEvidenceResolver = evidenceFieldResolver(
  UnitPair,
  EvidenceRecordType.UNIT_PAIR,
  "佐证材料 (the signed 结对协议) the caller may read, oldest first; batched per request.",
);
