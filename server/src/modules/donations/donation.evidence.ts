import { cond } from "../../shared/scoped";
import { EvidenceRecordType } from "../evidence/evidence.entity";
import { evidenceFieldResolver } from "../evidence/evidence.field";
import { evidenceRecordKinds, RECORD_UPLOADERS } from "../evidence/evidence.records";
import { LedgerSource } from "../ledger/ledger.entity";
import { Donation } from "./donation.entity";
import { donationScope } from "./donation.scope";

// A donation's transfer slip or goods list.
evidenceRecordKinds.add({
  kind: EvidenceRecordType.DONATION,
  ledgerSource: LedgerSource.DONATION,
  uploaders: RECORD_UPLOADERS,
  idsInScope: (ctx) => cond`(SELECT edn.id FROM donation edn WHERE ${donationScope(ctx, "edn")})`,
});

export const DonationEvidenceResolver = evidenceFieldResolver(
  Donation,
  EvidenceRecordType.DONATION,
  "佐证材料 (transfer slip, goods list) the caller may read, oldest first; batched per request.",
);
