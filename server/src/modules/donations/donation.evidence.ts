import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../shared/context";
import { cond } from "../../shared/scoped";
import { EvidenceFile, EvidenceRecordType } from "../evidence/evidence.entity";
import { recordEvidence } from "../evidence/evidence.service";
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

@Resolver(() => Donation)
export class DonationEvidenceResolver {
  @FieldResolver(() => [EvidenceFile], {
    description: "佐证材料 (transfer slip, goods list) the caller may read, oldest first; batched per request.",
  })
  evidence(@Root() d: Donation, @Ctx() ctx: RequestContext) {
    return recordEvidence(ctx, EvidenceRecordType.DONATION, d.id);
  }
}
