import { cond } from "../../shared/scoped";
import { EvidenceRecordType } from "../evidence/evidence.entity";
import { evidenceFieldResolver } from "../evidence/evidence.field";
import { evidenceRecordKinds, RECORD_UPLOADERS } from "../evidence/evidence.records";
import { LedgerSource } from "../ledger/ledger.entity";
import { countyRecordScope } from "./labour.scope";
import { Placement } from "./placement.entity";
import { TrainingSession } from "./training.entity";

// A placement's labour contract, a training's sign-in sheet: the county's records (employers none).
evidenceRecordKinds.add({
  kind: EvidenceRecordType.PLACEMENT,
  ledgerSource: LedgerSource.PLACEMENT,
  uploaders: RECORD_UPLOADERS,
  idsInScope: (ctx) => cond`(SELECT ep.id FROM placement ep WHERE ${countyRecordScope(ctx, "ep")})`,
});

evidenceRecordKinds.add({
  kind: EvidenceRecordType.TRAINING,
  ledgerSource: LedgerSource.TRAINING,
  uploaders: RECORD_UPLOADERS,
  idsInScope: (ctx) => cond`(SELECT ets.id FROM training_session ets WHERE ${countyRecordScope(ctx, "ets")})`,
});

export const PlacementEvidenceResolver = evidenceFieldResolver(
  Placement,
  EvidenceRecordType.PLACEMENT,
  "佐证材料 (the labour contract …) the caller may read, oldest first; batched per request.",
);

export const TrainingSessionEvidenceResolver = evidenceFieldResolver(
  TrainingSession,
  EvidenceRecordType.TRAINING,
  "佐证材料 (the sign-in sheet …) the caller may read, oldest first; batched per request.",
);
