import { cond } from "../../shared/scoped";
import { EvidenceRecordType } from "../evidence/evidence.entity";
import { evidenceFieldResolver } from "../evidence/evidence.field";
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

export const FundTrancheEvidenceResolver = evidenceFieldResolver(
  FundTranche,
  EvidenceRecordType.FUND_TRANCHE,
  "佐证材料 (the bank slip of 到位资金) the caller may read, oldest first; batched per request.",
);

export const InvestmentProjectEvidenceResolver = evidenceFieldResolver(
  InvestmentProject,
  EvidenceRecordType.PROJECT_STAGE,
  "佐证材料 of the project's stage (the signed contract) the caller may read, oldest first; batched per request.",
);
