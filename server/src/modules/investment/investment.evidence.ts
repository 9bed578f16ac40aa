import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../shared/context";
import { cond } from "../../shared/scoped";
import { EvidenceFile, EvidenceRecordType } from "../evidence/evidence.entity";
import { recordEvidence } from "../evidence/evidence.service";
import { evidenceRecordKinds, RECORD_UPLOADERS } from "../evidence/evidence.records";
import { LedgerSource } from "../ledger/ledger.entity";
import { FundTranche, InvestmentProject } from "./project.entity";
import { projectScope } from "./investment.scope";

// A tranche's bank slip (到位资金) and a project's signed contract (its stage), read through the
// project; enterprises see their projects but attach nothing here.
evidenceRecordKinds.add({
  kind: EvidenceRecordType.FUND_TRANCHE,
  ledgerSource: LedgerSource.FUND_TRANCHE,
  uploaders: RECORD_UPLOADERS,
  idsInScope: (ctx) =>
    cond`(SELECT eft.id FROM fund_tranche eft JOIN investment_project eip ON eip.id = eft.project_id WHERE ${projectScope(ctx, "eip")})`,
});

evidenceRecordKinds.add({
  kind: EvidenceRecordType.PROJECT_STAGE,
  ledgerSource: LedgerSource.PROJECT_STAGE,
  uploaders: RECORD_UPLOADERS,
  idsInScope: (ctx) => cond`(SELECT epr.id FROM investment_project epr WHERE ${projectScope(ctx, "epr")})`,
});

@Resolver(() => FundTranche)
export class FundTrancheEvidenceResolver {
  @FieldResolver(() => [EvidenceFile], {
    description: "佐证材料 (the bank slip of 到位资金) the caller may read, oldest first; batched per request.",
  })
  evidence(@Root() t: FundTranche, @Ctx() ctx: RequestContext) {
    return recordEvidence(ctx, EvidenceRecordType.FUND_TRANCHE, t.id);
  }
}

@Resolver(() => InvestmentProject)
export class InvestmentProjectEvidenceResolver {
  @FieldResolver(() => [EvidenceFile], {
    description:
      "佐证材料 of the project's stage (the signed contract) the caller may read, oldest first; batched per request.",
  })
  evidence(@Root() p: InvestmentProject, @Ctx() ctx: RequestContext) {
    return recordEvidence(ctx, EvidenceRecordType.PROJECT_STAGE, p.id);
  }
}
