import { cond } from "../../shared/scoped";
import { EvidenceRecordType } from "../evidence/evidence.entity";
import { evidenceRecordKinds, RECORD_UPLOADERS } from "../evidence/evidence.records";
import { LedgerSource } from "../ledger/ledger.entity";
import { countyRecordScope } from "./labour.scope";

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
