import type { NonEmptyArray } from "type-graphql";
import { unansweredPorts } from "../shared/port";
import { AgreementResolver, PairingAgreementResolver } from "./agreements/agreement.resolver";
import { AuditResolver } from "./audit/audit.resolver";
import { LedgerResolver, PairingProgressResolver } from "./ledger/ledger.resolver";
import { PairingResolver } from "./pairings/pairing.resolver";
import { RegionResolver } from "./regions/region.resolver";
import { AuditEntryActorResolver, UserResolver } from "./users/user.resolver";
import { AgreementTargetChangeActorResolver } from "./users/agreement-actor.resolver";
import { BuyerResolver } from "./buyers/buyer.resolver";
import { OrderLineResolver, OrderResolver, SubOrderResolver, SupplierRatingResolver } from "./orders/order.resolver";
import { ProductResolver } from "./products/product.resolver";
import {
  BuyerQuotaResolver,
  GroupTargetResolver,
  QuotaBoardResolver,
  QuotaCountySplitResolver,
  QuotaResolver,
} from "./quotas/quota.resolver";
import { SupplierResolver } from "./suppliers/supplier.resolver";
import { FairResolver, SalesCentreResolver } from "./channels/channel.resolver";
import { EnterpriseResolver } from "./enterprises/enterprise.resolver";
import { LABOUR_RESOLVERS } from "./labour/labour.resolvers";
import { InvestmentLeadResolver, LeadInterestResolver } from "./investment/lead.resolver";
import {
  FundTrancheResolver,
  InvestmentProjectResolver,
  ProjectStageEventResolver,
} from "./investment/project.resolver";
import { SiteVisitResolver } from "./investment/visit.resolver";
import { ImportBatchResolver } from "./imports/import.resolver";
import { CountingRuleResolver } from "./counting/counting.resolver";
import { BuyerReservedShareResolver, ReservedShareResolver } from "./quotas/declaration.resolver";

import { UnitPairResolver } from "./unit-pairs/unit-pair.resolver";
import { LoginLogResolver } from "./logins/login-log.resolver";
import {
  JointWorkResolver,
  JointWorkSummaryRowResolver,
  PairingJointWorkResolver,
} from "./joint-work/joint-work.resolver";
import { DonationResolver } from "./donations/donation.resolver";
import { FISCAL_RESOLVERS } from "./fiscal/fiscal.resolver";
// Each module names its own records on the ledger (ledger/ledger.sources.ts).
import "./orders/order.ledger-sources";
import "./labour/labour.ledger-sources";
import "./investment/investment.ledger-sources";
import "./joint-work/joint-work.ledger-sources";
import "./donations/donation.ledger-sources";
import "./fiscal/fiscal.ledger-sources";
import "./talent/talent.ledger-sources";
import { TALENT_RESOLVERS } from "./talent/talent.resolver";
import "./unit-pairs/unit-pair.ledger-sources";
// Each module says who may see and attach evidence to its records (evidence/evidence.records.ts).
import { SubOrderEvidenceResolver } from "./orders/order.evidence";
import { FiscalTransactionEvidenceResolver } from "./fiscal/fiscal.evidence";
import { PlacementEvidenceResolver, TrainingSessionEvidenceResolver } from "./labour/labour.evidence";
import { FundTrancheEvidenceResolver, InvestmentProjectEvidenceResolver } from "./investment/investment.evidence";
import { DonationEvidenceResolver } from "./donations/donation.evidence";
import { UnitPairEvidenceResolver } from "./unit-pairs/unit-pair.evidence";
import {
  EvidenceFileResolver,
  LedgerEntryEvidenceResolver,
  PairingEvidenceResolver,
} from "./evidence/evidence.resolver";
import { LoginEventUserResolver } from "./users/login-event-user.resolver";
import { GradingSchemeResolver } from "./grading/grading.resolver";
import { IntegrityResolver } from "./integrity/integrity.resolver";
import { NotificationResolver } from "./notifications/notification.resolver";
import { ReportingPeriodResolver, ReportingPeriodStepResolver } from "./periods/period.resolver";

/** Every module's resolvers; the one list the schema is built from. */
export const resolvers: NonEmptyArray<Function> = [
  // Evidence of each kind of record, batched through one DataLoader (evidence.service's evidenceOfRecord).
  PlacementEvidenceResolver,
  TrainingSessionEvidenceResolver,
  SubOrderEvidenceResolver,
  FiscalTransactionEvidenceResolver,
  FundTrancheEvidenceResolver,
  InvestmentProjectEvidenceResolver,
  DonationEvidenceResolver,
  UnitPairEvidenceResolver,
  IntegrityResolver,
  UserResolver,
  RegionResolver,
  PairingResolver,
  AgreementResolver,
  PairingAgreementResolver,
  LedgerResolver,
  PairingProgressResolver,
  AuditResolver,
  AuditEntryActorResolver,
  AgreementTargetChangeActorResolver,
  SupplierResolver,
  ProductResolver,
  BuyerResolver,
  BuyerQuotaResolver,
  QuotaResolver,
  QuotaBoardResolver,
  QuotaCountySplitResolver,
  FairResolver,
  OrderResolver,
  SubOrderResolver,
  OrderLineResolver,
  SupplierRatingResolver,
  SalesCentreResolver,
  EnterpriseResolver,
  ...LABOUR_RESOLVERS,
  InvestmentLeadResolver,
  LeadInterestResolver,
  InvestmentProjectResolver,
  FundTrancheResolver,
  ProjectStageEventResolver,
  SiteVisitResolver,
  GroupTargetResolver,
  ImportBatchResolver,
  CountingRuleResolver,
  ReservedShareResolver,
  BuyerReservedShareResolver,
  DonationResolver,

  LoginLogResolver,
  LoginEventUserResolver,
  JointWorkResolver,
  JointWorkSummaryRowResolver,
  PairingJointWorkResolver,
  ...FISCAL_RESOLVERS,
  ...TALENT_RESOLVERS,
  UnitPairResolver,
  GradingSchemeResolver,
  EvidenceFileResolver,
  LedgerEntryEvidenceResolver,
  PairingEvidenceResolver,
  NotificationResolver,
  ReportingPeriodResolver,
  ReportingPeriodStepResolver,
];

// Every module is loaded by now, and with it every answer to a port (shared/port.ts): a port left
// without one is a wiring mistake, refused at start rather than at the first call.
const unanswered = unansweredPorts();
if (unanswered.length) throw new Error(`ports without an answer: ${unanswered.join(", ")}`);
