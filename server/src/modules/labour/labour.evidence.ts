import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../shared/context";
import { cond } from "../../shared/scoped";
import { EvidenceFile, EvidenceRecordType } from "../evidence/evidence.entity";
import { recordEvidence } from "../evidence/evidence.service";
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

@Resolver(() => Placement)
export class PlacementEvidenceResolver {
  @FieldResolver(() => [EvidenceFile], {
    description: "佐证材料 (the labour contract …) the caller may read, oldest first; batched per request.",
  })
  evidence(@Root() p: Placement, @Ctx() ctx: RequestContext) {
    return recordEvidence(ctx, EvidenceRecordType.PLACEMENT, p.id);
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionEvidenceResolver {
  @FieldResolver(() => [EvidenceFile], {
    description: "佐证材料 (the sign-in sheet …) the caller may read, oldest first; batched per request.",
  })
  evidence(@Root() t: TrainingSession, @Ctx() ctx: RequestContext) {
    return recordEvidence(ctx, EvidenceRecordType.TRAINING, t.id);
  }
}
