import { cond } from "../../shared/scoped";
import { EvidenceRecordType } from "../evidence/evidence.entity";
import { evidenceRecordKinds, RECORD_UPLOADERS } from "../evidence/evidence.records";
import { LedgerSource } from "../ledger/ledger.entity";
import { donationScope } from "./donation.scope";

// A donation's transfer slip or goods list.
evidenceRecordKinds.add({
  kind: EvidenceRecordType.DONATION,
  ledgerSource: LedgerSource.DONATION,
  uploaders: RECORD_UPLOADERS,
  idsInScope: (ctx) => cond`(SELECT edn.id FROM donation edn WHERE ${donationScope(ctx, "edn")})`,
});
