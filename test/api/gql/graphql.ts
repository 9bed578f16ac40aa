/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BuyerGroup =
  /** 学校食堂 schools' canteens */
  | 'EDUCATION'
  /** 企业 enterprises */
  | 'ENTERPRISE'
  /** 机关 government agencies */
  | 'GOVERNMENT'
  /** 医院 hospitals */
  | 'HEALTHCARE'
  /** 社会组织、个人等 everyone else (the N): no quota */
  | 'OTHER'
  /** 商超 supermarkets */
  | 'RETAIL';

export type ChangePlacementInput = {
  /** When it happened (employment start, stable, left); defaults to today. */
  on?: string | null | undefined;
  placementId: string | number;
  /** Required when the worker left (离职原因). */
  reason?: string | null | undefined;
};

export type ChangeSubOrderInput = {
  /** Required for refunds. */
  reason?: string | null | undefined;
  subOrderId: string | number;
};

export type CorrectLedgerEntryInput = {
  /** The signed adjustment; the negated original reverses it. */
  amount: string;
  entryId: string | number;
  /** Why the correction is made. */
  reason: string;
};

export type CountySplitInput = {
  amount: string;
  countyId: string | number;
};

export type CreateBuyerInput = {
  /** Defaults to the coordinator's region. */
  eastRegionId?: string | number | null | undefined;
  group: BuyerGroup;
  name: string;
};

export type CreateEnterpriseInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** 统一社会信用代码; validated with its check character. */
  creditCode: string;
  /** An east region; defaults to the coordinator's region, required for admins. */
  homeRegionId?: string | number | null | undefined;
  industry: string;
  name: string;
};

export type CreateFairInput = {
  /** Defaults to the coordinator's region. */
  eastRegionId?: string | number | null | undefined;
  endsOn: string;
  name: string;
  startsOn: string;
  /** 参展供应商: approved suppliers in the caller's scope. A fair sale is only from these. */
  supplierIds?: Array<string | number> | null | undefined;
  venue: string;
};

export type CreateJobPostingInput = {
  closesOn?: string | null | undefined;
  description?: string | null | undefined;
  /** Enterprise users: their own (the default); coordinators and admins name it. */
  enterpriseId?: string | number | null | undefined;
  housing: Housing;
  /** An east region (where the job is). */
  locationRegionId: string | number;
  opensOn: string;
  places: number;
  position: string;
  wageMax: string;
  wageMin: string;
};

export type CreateLeadInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** Admins only: the enterprise; an enterprise user lists for its own. */
  enterpriseId?: string | number | null | undefined;
  industry: string;
  needsLabour?: boolean;
  needsLand?: boolean;
  needsNote?: string | null | undefined;
  needsRawMaterial?: boolean;
  /** 计划投资, more than zero. */
  plannedInvestment: string;
  /** Preferred partner counties (west counties). */
  preferredCountyIds?: Array<string | number>;
  title: string;
  visibility?: LeadVisibility;
};

export type CreatePairingInput = {
  eastRegionId: string | number;
  kind: PairingKind;
  since: string;
  westRegionId: string | number;
};

export type CreateProjectInput = {
  /** The west county; defaults to a county official's own. */
  countyId?: string | number | null | undefined;
  leadId: string | number;
  /** Defaults to the lead's title. */
  name?: string | null | undefined;
  /** Defaults to the lead's planned investment. */
  plannedInvestment?: string | null | undefined;
  /** Defaults to today. */
  startedOn?: string | null | undefined;
};

export type CreateSalesCentreInput = {
  address: string;
  /** Defaults to the coordinator's region. */
  eastRegionId?: string | number | null | undefined;
  name: string;
  openedOn?: string | null | undefined;
};

export type CreateUserInput = {
  /** Required for buyers: the buyer organisation the user acts for. */
  buyerId?: string | number | null | undefined;
  displayName: string;
  /** Required for enterprise users: the enterprise the user acts for. */
  enterpriseId?: string | number | null | undefined;
  /** At least 10 characters, not containing the username, not a common password, at least two kinds of characters. */
  password: string;
  /** Required for coordinators (an east region) and county officials (a west county). */
  regionId?: string | number | null | undefined;
  role: Role;
  username: string;
};

export type EnterpriseFilter = {
  /** Enterprises registered in this region or below it. */
  homeRegionId?: string | number | null | undefined;
  industry?: string | null | undefined;
  /** Part of the name or the credit code. */
  search?: string | null | undefined;
};

/** The stable code of a typed business outcome (ErrorResult); clients translate it. */
export type ErrorCode =
  /** The record's state does not allow this step (a transitions table says which steps it does) */
  | 'INVALID_STATE'
  /** Not enough stock for an order line */
  | 'OUT_OF_STOCK'
  /** No place left on the job posting */
  | 'POSTING_FULL'
  /** The product is withdrawn or its supplier is not approved */
  | 'PRODUCT_UNAVAILABLE';

/** What the employer provides: 包吃 / 包住 / 包吃住. */
export type Housing =
  | 'LODGING'
  | 'MEALS'
  | 'MEALS_AND_LODGING'
  | 'NONE';

/** An agreement indicator (协议任务指标). */
export type Indicator =
  /** 选派党政干部 cadres sent (people) */
  | 'CADRES_SENT'
  /** 消费帮扶 consumption assistance: certified products bought and sold (yuan) */
  | 'CONSUMPTION_ASSISTANCE'
  /** 财政援助资金 fiscal aid (yuan) */
  | 'FISCAL_AID'
  /** 到位投资 investment in place (yuan) */
  | 'INVESTMENT_IN_PLACE'
  /** 劳务协作就业 labourers placed in jobs (people) */
  | 'LABOURERS_PLACED'
  /** 结对帮扶 town–town, village–firm, school and hospital pairs formed (count) */
  | 'PAIRS_FORMED'
  /** 培训人次 people trained (person-times) */
  | 'PEOPLE_TRAINED'
  /** 帮助建档立卡贫困劳动力就业 registered-poor labourers placed in jobs, a subset of LABOURERS_PLACED (people) */
  | 'POOR_LABOURERS_PLACED'
  /** 带动脱贫人口 registered-poor people lifted (people) */
  | 'POOR_PEOPLE_LIFTED'
  /** 选派专业技术人才 teachers, doctors and other professionals sent (people) */
  | 'PROFESSIONALS_SENT'
  /** 落地项目 investment projects landed (count) */
  | 'PROJECTS_LANDED'
  /** 社会帮扶资金 social donations, money and goods at value (yuan) */
  | 'SOCIAL_DONATIONS'
  /** 帮扶车间 poverty-relief workshops (count) */
  | 'WORKSHOPS';

export type IndicatorUnit =
  | 'COUNT'
  | 'PEOPLE'
  | 'YUAN';

export type LeadVisibility =
  | 'PREFERRED_COUNTIES'
  | 'PUBLIC';

export type LedgerSource =
  | 'CORRECTION'
  | 'FUND_TRANCHE'
  | 'ORDER_LINE'
  | 'PLACEMENT'
  | 'PROJECT_OUTCOME'
  | 'PROJECT_STAGE'
  | 'REPORTED'
  | 'TRAINING'
  | 'WORKSHOP';

/** One move along the pipeline (see ALLOWED_MOVES): SIGNED needs contractAmount and signedOn, DROPPED a reason. */
export type MoveProjectStageInput = {
  /** SIGNED: the contract amount (签约金额). */
  contractAmount?: string | null | undefined;
  note?: string | null | undefined;
  /** When it happened; defaults to today (for SIGNED: signedOn). */
  occurredOn?: string | null | undefined;
  projectId: string | number;
  /** DROPPED: why. */
  reason?: string | null | undefined;
  /** SIGNED: the contract date (签约日期). */
  signedOn?: string | null | undefined;
  stage: ProjectStage;
};

export type OrderLineInput = {
  productId: string | number;
  quantity: number;
};

export type PairingKind =
  | 'EAST_WEST'
  | 'WITHIN_PROVINCE';

export type PlaceOrderInput = {
  channel?: SalesChannel;
  /** Required for FAIR sales (and only for them). */
  fairId?: string | number | null | undefined;
  /** Generated by the client once per order; a retry with the same key returns the same order. */
  idempotencyKey: string;
  lines: Array<OrderLineInput>;
  /** Defaults to today; sales recorded at a fair or the sales centre may be dated earlier this year. */
  orderedOn?: string | null | undefined;
  /** Required for SALES_CENTRE sales (and only for them). */
  salesCentreId?: string | number | null | undefined;
};

/** A step of a placement: EMPLOY (recordEmployment), STABILISE (recordStable), LEAVE (recordLeft). */
export type PlacementAction =
  | 'EMPLOY'
  | 'LEAVE'
  | 'STABILISE';

export type PlacementStatus =
  | 'EMPLOYED'
  | 'LEFT'
  | 'PLACED'
  | 'STABLE';

export type ProductImageKind =
  | 'CERTIFICATE'
  | 'PHOTO';

/** A move along the investment pipeline (moveProjectStage with the step's target stage). */
export type ProjectAction =
  | 'DROP'
  | 'NEGOTIATE'
  | 'RECEIVE_FUNDS'
  | 'SIGN'
  | 'START_PRODUCTION'
  | 'VISIT';

export type ProjectStage =
  /** 终止: dropped, with a reason (final) */
  | 'DROPPED'
  /** 资金到位中: tranches arriving (entered automatically with the first tranche) */
  | 'FUNDS_ARRIVING'
  /** 投产: in production (final) */
  | 'IN_PRODUCTION'
  /** 线索: matched with a county, nothing arranged yet */
  | 'LEAD'
  /** 洽谈: terms under negotiation */
  | 'NEGOTIATION'
  /** 签约: contract signed (amount and date recorded); counts as a project landed */
  | 'SIGNED'
  /** 考察对接: the enterprise visits the county */
  | 'SITE_VISIT';

/** How a quota amount was arrived at. */
export type QuotaBasis =
  | 'CANTEEN_BUDGET'
  | 'FIXED'
  | 'HEADCOUNT';

export type ReceiveSubOrderInput = {
  /** 验货/验票 note. */
  inspectionNote: string;
  invoiceNumber: string;
  rating?: number | null | undefined;
  subOrderId: string | number;
};

export type RecommendSupplierInput = {
  contact?: string | null | undefined;
  /** Defaults to the county official's county; required for admins. */
  countyId?: string | number | null | undefined;
  /** 统一社会信用代码; validated with its check character. */
  creditCode: string;
  name: string;
};

export type RecordJobFairInput = {
  attendance: number;
  /** Defaults to the county official's county. */
  countyId?: string | number | null | undefined;
  /** The eastern partner region that organised it. */
  eastRegionId: string | number;
  /** Enterprises that attended. */
  enterpriseIds: Array<string | number>;
  /** Not after today: a fair is recorded once held. */
  heldOn: string;
  name: string;
  offers: number;
  venue: string;
};

export type RecordPaymentInput = {
  /** 银行转账流水号 */
  paymentReference: string;
  subOrderId: string | number;
};

export type RecordReportedFigureInput = {
  /** Positive, in the indicator's unit: yuan to the fen, or a whole number. */
  amount: string;
  indicator: Indicator;
  note?: string | null | undefined;
  /** When it was delivered; not in the future. */
  occurredOn: string;
  pairingId: string | number;
  /** 文件依据: the document reference, e.g. 胶协办〔2020〕12号. */
  sourceDocument: string;
};

export type RecordSiteVisitInput = {
  /** 批次: more than one only for a row carrying a reported total. */
  batches?: number;
  /** West counties visited (at least one). */
  countyIds: Array<string | number>;
  /** 考察团, e.g. 胶州市企业家镇宁考察团. */
  delegation: string;
  /** The organising east region; defaults to the coordinator's. */
  eastRegionId?: string | number | null | undefined;
  /** How many enterprises took part, at least those listed; defaults to the number listed. */
  enterpriseCount?: number | null | undefined;
  /** Enterprises taking part (in the coordinator's scope). */
  enterpriseIds: Array<string | number>;
  note?: string | null | undefined;
  /** Projects the visit was about (optional). */
  projectIds?: Array<string | number>;
  visitedOn: string;
};

export type RecordTrainingInput = {
  /** Defaults to the county official's county. */
  countyId?: string | number | null | undefined;
  /** The eastern partner region that supports the session. */
  eastRegionId: string | number;
  /** The session counts on this day; not after today. */
  endsOn: string;
  /** Further attendees not registered as workers. */
  headcount?: number;
  startsOn: string;
  title: string;
  /** Registered workers of the county who attended. */
  workerIds?: Array<string | number>;
};

export type RegisterWorkshopInput = {
  /** Defaults to the county official's county. */
  countyId?: string | number | null | undefined;
  /** The eastern partner region. */
  eastRegionId: string | number;
  employed: number;
  name: string;
  /** Registered-poor among the employed. */
  poorEmployed: number;
  registeredOn: string;
};

export type ReviewSupplierInput = {
  note?: string | null | undefined;
  /** APPROVED or SUSPENDED. */
  status: SupplierStatus;
  supplierId: string | number;
};

/** What a user may do; row scope comes from its region or organisation. */
export type Role =
  | 'ADMIN'
  | 'BUYER'
  | 'COORDINATOR'
  | 'COUNTY_OFFICIAL'
  | 'ENTERPRISE';

export type SalesChannel =
  | 'FAIR'
  | 'ONLINE'
  | 'SALES_CENTRE';

export type SetAgreementTargetInput = {
  indicator: Indicator;
  pairingId: string | number;
  /** When the agreement was signed. */
  signedOn?: string | null | undefined;
  /** The yearly target in the indicator's unit. */
  target: string;
  year: number;
};

export type SetGroupTargetInput = {
  amount: string;
  /** Defaults to the coordinator's region. */
  eastRegionId?: string | number | null | undefined;
  group: BuyerGroup;
  year: number;
};

export type SetQuotaInput = {
  /** FIXED: the amount. */
  amount?: string | null | undefined;
  /** CANTEEN_BUDGET: the year's canteen food budget. */
  baseAmount?: string | null | undefined;
  basis?: QuotaBasis;
  buyerId: string | number;
  /** Optional split by partner county; may not exceed the quota. */
  countySplits?: Array<CountySplitInput> | null | undefined;
  /** HEADCOUNT: staff. */
  headcount?: number | null | undefined;
  /** HEADCOUNT: yuan per head. */
  perHead?: string | null | undefined;
  /** CANTEEN_BUDGET: basis points; default 1000 (10%, 财库〔2021〕20号). */
  rateBasisPoints?: number | null | undefined;
  year: number;
};

/** A step of the sub-order state machine (one mutation each). */
export type SubOrderAction =
  | 'CANCEL'
  | 'CONFIRM'
  | 'PAY'
  | 'RECEIVE'
  | 'REFUND'
  | 'SHIP';

export type SubOrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'PAID'
  | 'PLACED'
  | 'RECEIVED'
  | 'REFUNDED'
  | 'SHIPPED';

export type SupplierStatus =
  | 'APPROVED'
  | 'RECOMMENDED'
  | 'SUSPENDED';

export type UpdateEnterpriseInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  creditCode?: string | null | undefined;
  homeRegionId?: string | number | null | undefined;
  id: string | number;
  industry?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateProductInput = {
  active?: boolean | null | undefined;
  category?: string | null | undefined;
  certificateAuthority?: string | null | undefined;
  certificateNo?: string | null | undefined;
  certificateValidFrom?: string | null | undefined;
  certificateValidTo?: string | null | undefined;
  name?: string | null | undefined;
  price?: string | null | undefined;
  productId: string | number;
  spec?: string | null | undefined;
  /** Adds to (or, negative, removes from) the stock atomically. */
  stockChange?: number | null | undefined;
  unit?: string | null | undefined;
};

/** An administrator changes what an account may do: its role and the scope that role needs. */
export type UpdateUserAccessInput = {
  /** Required for buyers. */
  buyerId?: string | number | null | undefined;
  /** Required for enterprise users. */
  enterpriseId?: string | number | null | undefined;
  /** Required for coordinators (an east region) and county officials (a west county). */
  regionId?: string | number | null | undefined;
  role: Role;
  userId: string | number;
};

export type AuthLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type AuthLoginMutation = { login: { token: string, expiresAt: string, user: { username: string, role: Role, region: { code: string } | null } } };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { username: string, role: Role, active: boolean | null, mustChangePassword: boolean | null } | null };

export type AuthPairingsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthPairingsCountQuery = { pairings: { totalCount: number } };

export type AuthChangePasswordMutationVariables = Exact<{
  c: string;
  n: string;
}>;


export type AuthChangePasswordMutation = { changePassword: { token: string, mustChangePassword: boolean, user: { username: string, mustChangePassword: boolean | null } } };

export type AuthMeNameQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeNameQuery = { me: { username: string, displayName: string } | null };

export type AuthLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogoutMutation = { logout: boolean };

export type AuthMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeIdQuery = { me: { id: string } | null };

export type AuthRegionsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthRegionsCountQuery = { regions: { totalCount: number } };

export type AuthAgreementYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthAgreementYearsQuery = { agreementYears: Array<number> };

export type AuthAuditCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthAuditCountQuery = { auditLog: { totalCount: number } };

export type AuthCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type AuthCreateUserMutation = { createUser: { username: string, role: Role, region: { code: string } | null } };

export type AuthCreateUserNameMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type AuthCreateUserNameMutation = { createUser: { username: string } };

export type AuthDisableUserMutationVariables = Exact<{
  u: string | number;
}>;


export type AuthDisableUserMutation = { disableUser: { username: string, active: boolean | null } };

export type AuthEnableUserMutationVariables = Exact<{
  u: string | number;
}>;


export type AuthEnableUserMutation = { enableUser: { username: string, active: boolean | null } };

export type AuthResetPasswordMutationVariables = Exact<{
  u: string | number;
}>;


export type AuthResetPasswordMutation = { resetUserPassword: { oneTimePassword: string, user: { username: string, mustChangePassword: boolean | null } } };

export type AuthUpdateAccessMutationVariables = Exact<{
  i: UpdateUserAccessInput;
}>;


export type AuthUpdateAccessMutation = { updateUserAccess: { username: string, role: Role, region: { code: string } | null } };

export type AuthLoginOneTimeMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type AuthLoginOneTimeMutation = { login: { token: string, mustChangePassword: boolean, user: { mustChangePassword: boolean | null } } };

export type AuthAuditActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthAuditActorsQuery = { auditLog: { nodes: Array<{ actor: { username: string, active: boolean | null, mustChangePassword: boolean | null } | null }> } };

export type AuthMeWithPairingsSpreadQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeWithPairingsSpreadQuery = { me: { username: string } | null, pairings: { totalCount: number } };

export type AuthPairingsOnQueryFragment = { pairings: { totalCount: number } };

export type AuthSessionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSessionIdsQuery = { mySessions: Array<{ id: string }> };

export type AuthSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSessionsQuery = { mySessions: Array<{ id: string, current: boolean, expiresAt: string }> };

export type AuthSignOutOthersMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthSignOutOthersMutation = { signOutOtherSessions: number };

export type AuthSessionsCurrentQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSessionsCurrentQuery = { mySessions: Array<{ current: boolean }> };

export type CountyReachEnterpriseMutationVariables = Exact<{
  i: CreateEnterpriseInput;
}>;


export type CountyReachEnterpriseMutation = { createEnterprise: { id: string } };

export type CountyReachLeadMutationVariables = Exact<{
  i: CreateLeadInput;
}>;


export type CountyReachLeadMutation = { createInvestmentLead: { id: string } };

export type CountyReachVisitMutationVariables = Exact<{
  i: RecordSiteVisitInput;
}>;


export type CountyReachVisitMutation = { recordSiteVisit: { id: string } };

export type CountyReachProjectMutationVariables = Exact<{
  i: CreateProjectInput;
}>;


export type CountyReachProjectMutation = { createInvestmentProject: { id: string } };

export type CountyReachQuotaMutationVariables = Exact<{
  i: SetQuotaInput;
}>;


export type CountyReachQuotaMutation = { setQuota: { id: string } };

export type CountyReachJobFairMutationVariables = Exact<{
  i: RecordJobFairInput;
}>;


export type CountyReachJobFairMutation = { recordJobFair: { id: string } };

export type CountyReachWorkshopMutationVariables = Exact<{
  i: RegisterWorkshopInput;
}>;


export type CountyReachWorkshopMutation = { registerWorkshop: { id: string } };

export type CountyReachTrainingMutationVariables = Exact<{
  i: RecordTrainingInput;
}>;


export type CountyReachTrainingMutation = { recordTraining: { id: string } };

export type CountyReachSupplierMutationVariables = Exact<{
  i: RecommendSupplierInput;
}>;


export type CountyReachSupplierMutation = { recommendSupplier: { id: string } };

export type ValidatorsBuyerMutationVariables = Exact<{
  i: CreateBuyerInput;
}>;


export type ValidatorsBuyerMutation = { createBuyer: { __typename: 'Buyer' } };

export type ValidatorsEnterpriseMutationVariables = Exact<{
  i: CreateEnterpriseInput;
}>;


export type ValidatorsEnterpriseMutation = { createEnterprise: { __typename: 'Enterprise' } };

export type ValidatorsFairMutationVariables = Exact<{
  i: CreateFairInput;
}>;


export type ValidatorsFairMutation = { createFair: { __typename: 'Fair' } };

export type ValidatorsSalesCentreMutationVariables = Exact<{
  i: CreateSalesCentreInput;
}>;


export type ValidatorsSalesCentreMutation = { createSalesCentre: { __typename: 'SalesCentre' } };

export type ValidatorsGroupTargetMutationVariables = Exact<{
  i: SetGroupTargetInput;
}>;


export type ValidatorsGroupTargetMutation = { setGroupTarget: { __typename: 'GroupTarget' } };

export type ValidatorsSiteVisitMutationVariables = Exact<{
  i: RecordSiteVisitInput;
}>;


export type ValidatorsSiteVisitMutation = { recordSiteVisit: { __typename: 'SiteVisit' } };

export type ValidatorsJobFairMutationVariables = Exact<{
  i: RecordJobFairInput;
}>;


export type ValidatorsJobFairMutation = { recordJobFair: { __typename: 'JobFair' } };

export type ValidatorsWorkshopMutationVariables = Exact<{
  i: RegisterWorkshopInput;
}>;


export type ValidatorsWorkshopMutation = { registerWorkshop: { __typename: 'Workshop' } };

export type ValidatorsTrainingMutationVariables = Exact<{
  i: RecordTrainingInput;
}>;


export type ValidatorsTrainingMutation = { recordTraining: { __typename: 'TrainingSession' } };

export type ValidatorsPairingMutationVariables = Exact<{
  i: CreatePairingInput;
}>;


export type ValidatorsPairingMutation = { createPairing: { __typename: 'Pairing' } };

export type ValidatorsJobPostingMutationVariables = Exact<{
  i: CreateJobPostingInput;
}>;


export type ValidatorsJobPostingMutation = { createJobPosting: { __typename: 'JobPosting' } };

export type ValidatorsSupplierMutationVariables = Exact<{
  i: RecommendSupplierInput;
}>;


export type ValidatorsSupplierMutation = { recommendSupplier: { __typename: 'Supplier' } };

export type ValidatorsQuotaMutationVariables = Exact<{
  i: SetQuotaInput;
}>;


export type ValidatorsQuotaMutation = { setQuota: { __typename: 'Quota' } };

export type ValidatorsProjectMutationVariables = Exact<{
  i: CreateProjectInput;
}>;


export type ValidatorsProjectMutation = { createInvestmentProject: { __typename: 'InvestmentProject' } };

export type ValidatorsLeadMutationVariables = Exact<{
  i: CreateLeadInput;
}>;


export type ValidatorsLeadMutation = { createInvestmentLead: { __typename: 'InvestmentLead' } };

export type ValidatorsUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type ValidatorsUserMutation = { createUser: { __typename: 'User' } };

export type ValidatorsOrderMutationVariables = Exact<{
  i: PlaceOrderInput;
}>;


export type ValidatorsOrderMutation = { placeOrder:
    | { __typename: 'Order' }
    | { __typename: 'OutOfStockError' }
    | { __typename: 'ProductUnavailableError' }
   };

export type ValidatorsFigureMutationVariables = Exact<{
  i: RecordReportedFigureInput;
}>;


export type ValidatorsFigureMutation = { recordReportedFigure: { __typename: 'LedgerEntry' } };

export type EnterprisesCreateMutationVariables = Exact<{
  i: CreateEnterpriseInput;
}>;


export type EnterprisesCreateMutation = { createEnterprise: { id: string, name: string, creditCode: string, industry: string, homeRegion: { code: string } } };

export type EnterprisesUpdateMutationVariables = Exact<{
  i: UpdateEnterpriseInput;
}>;


export type EnterprisesUpdateMutation = { updateEnterprise: { id: string, name: string, industry: string, creditCode: string, contactPhone: string | null } };

export type EnterprisesListQueryVariables = Exact<{
  f?: EnterpriseFilter | null | undefined;
  n?: number | null | undefined;
}>;


export type EnterprisesListQuery = { enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ name: string, homeRegion: { code: string } }> } };

export type EnterprisesMeQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterprisesMeQuery = { me: { username: string, role: Role, enterprise: { name: string, creditCode: string, industry: string, homeRegion: { code: string } } | null } | null };

export type EnterprisesMeEnterpriseQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterprisesMeEnterpriseQuery = { me: { enterprise: { id: string } | null } | null };

export type EnterprisesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterprisesOneQuery = { enterprise: { name: string } };

export type EnterprisesPageQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type EnterprisesPageQuery = { enterprises: { nodes: Array<{ name: string, homeRegion: { name: string } }> } };

export type EnterprisesCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type EnterprisesCreateUserMutation = { createUser: { username: string, enterprise: { name: string } | null } };

export type EnterprisesLinkUserMutationVariables = Exact<{
  u: string | number;
  e: string | number;
}>;


export type EnterprisesLinkUserMutation = { linkEnterpriseUser: { enterprise: { name: string } | null } };

export type ImageAccessImagesQueryVariables = Exact<{
  id: string | number;
}>;


export type ImageAccessImagesQuery = { product: { images: Array<{ id: string, kind: ProductImageKind, url: string }> } };

export type ImageAccessUpdateProductMutationVariables = Exact<{
  i: UpdateProductInput;
}>;


export type ImageAccessUpdateProductMutation = { updateProduct: { active: boolean } };

export type ImageAccessRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type ImageAccessRemoveMutation = { removeProductImage: string };

export type LedgerRecordFigureMutationVariables = Exact<{
  i: RecordReportedFigureInput;
}>;


export type LedgerRecordFigureMutation = { recordReportedFigure: { id: string, amount: string, unit: IndicatorUnit, source: LedgerSource, occurredOn: string, sourceDocument: string | null, recordedBy: { username: string } | null } };

export type LedgerCorrectEntryMutationVariables = Exact<{
  i: CorrectLedgerEntryInput;
}>;


export type LedgerCorrectEntryMutation = { correctLedgerEntry: { id: string, amount: string, source: LedgerSource, corrects: { id: string } | null } };

export type LedgerPairingProgressQueryVariables = Exact<{
  id: string | number;
  y: number;
}>;


export type LedgerPairingProgressQuery = { pairing: { progress: Array<{ indicator: Indicator, delivered: string, reported: string, target: string | null }> } };

export type LedgerAuditQueryVariables = Exact<{
  id: string;
}>;


export type LedgerAuditQuery = { auditLog: { nodes: Array<{ action: string, change: Record<string, unknown>, actor: { username: string } | null }> } };

export type LedgerHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type LedgerHistoryQuery = { ledgerEntries: { totalCount: number, nodes: Array<{ amount: string, source: LedgerSource, corrections: Array<{ amount: string, note: string | null }> }> } };

export type LedgerSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerSummaryQuery = { progressSummary: Array<{ indicator: Indicator, delivered: string }> };

export type LedgerSetTargetMutationVariables = Exact<{
  i: SetAgreementTargetInput;
}>;


export type LedgerSetTargetMutation = { setAgreementTarget: { year: number, signedOn: string | null, targets: Array<{ indicator: Indicator, target: string, unit: IndicatorUnit }> } };

export type LedgerAgreementYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerAgreementYearsQuery = { agreementYears: Array<number> };

export type LedgerRegionTargetsQueryVariables = Exact<{
  r: string | number;
}>;


export type LedgerRegionTargetsQuery = { progressSummary: Array<{ indicator: Indicator, target: string | null }> };

export type NestedScopeEnterpriseMutationVariables = Exact<{
  i: CreateEnterpriseInput;
}>;


export type NestedScopeEnterpriseMutation = { createEnterprise: { id: string } };

export type NestedScopeVisitMutationVariables = Exact<{
  i: RecordSiteVisitInput;
}>;


export type NestedScopeVisitMutation = { recordSiteVisit: { id: string } };

export type NestedScopeWithdrawProductMutationVariables = Exact<{
  i: UpdateProductInput;
}>;


export type NestedScopeWithdrawProductMutation = { updateProduct: { active: boolean } };

export type NestedScopeSuspendSupplierMutationVariables = Exact<{
  i: ReviewSupplierInput;
}>;


export type NestedScopeSuspendSupplierMutation = { reviewSupplier: { status: SupplierStatus } };

export type PairingNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type PairingNamesQuery = { pairings: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type PairingNameQueryVariables = Exact<{
  id: string | number;
}>;


export type PairingNameQuery = { pairing: { name: string } };

export type PairingFamilyQueryVariables = Exact<{
  id: string | number;
}>;


export type PairingFamilyQuery = { pairing: { parent: { name: string } | null, children: Array<{ name: string }> } };

export type PairingProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type PairingProgressQuery = { pairing: { progress: Array<{ indicator: Indicator, target: string | null, delivered: string, reported: string, recorded: string, ratio: number | null, entryCount: number }> } };

export type PairingPagesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PairingPagesQuery = { pairings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { name: string } }> } };

export type PairingSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type PairingSearchQuery = { pairings: { nodes: Array<{ name: string }> } };

export type PairingTopLevelQueryVariables = Exact<{ [key: string]: never; }>;


export type PairingTopLevelQuery = { pairings: { totalCount: number } };

export type PairingCountQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PairingCountQuery = { pairings: { totalCount: number } };

export type PairingPageRelationsQueryVariables = Exact<{
  n: number;
}>;


export type PairingPageRelationsQuery = { pairings: { nodes: Array<{ name: string, kind: PairingKind, eastRegion: { name: string, parent: { name: string } | null }, westRegion: { code: string }, parent: { name: string } | null, children: Array<{ name: string }>, agreement: { year: number, targets: Array<{ indicator: Indicator, target: string }> } | null, progress: Array<{ indicator: Indicator, delivered: string, target: string | null }> }> } };

export type PairingWestCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PairingWestCountiesQuery = { regions: { totalCount: number, nodes: Array<{ code: string, shortName: string, parent: { name: string } | null }> } };

export type PairingRegionsWithinQueryVariables = Exact<{
  id: string | number;
}>;


export type PairingRegionsWithinQuery = { regions: { totalCount: number } };

export type SharedLimitsLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type SharedLimitsLoginMutation = { login: { token: string } };

export type SharedLimitsCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type SharedLimitsCreateUserMutation = { createUser: { id: string } };

export type TransitionsRefusalFragment = { code: ErrorCode, state: string, action: string };

export type TransitionsConfirmSubOrderMutationVariables = Exact<{
  i: ChangeSubOrderInput;
}>;


export type TransitionsConfirmSubOrderMutation = { confirmSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus }
   };

export type TransitionsRecordPaymentMutationVariables = Exact<{
  i: RecordPaymentInput;
}>;


export type TransitionsRecordPaymentMutation = { recordPayment:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus }
   };

export type TransitionsShipSubOrderMutationVariables = Exact<{
  i: ChangeSubOrderInput;
}>;


export type TransitionsShipSubOrderMutation = { shipSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus }
   };

export type TransitionsReceiveSubOrderMutationVariables = Exact<{
  i: ReceiveSubOrderInput;
}>;


export type TransitionsReceiveSubOrderMutation = { receiveSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus }
   };

export type TransitionsCancelSubOrderMutationVariables = Exact<{
  i: ChangeSubOrderInput;
}>;


export type TransitionsCancelSubOrderMutation = { cancelSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus }
   };

export type TransitionsRefundSubOrderMutationVariables = Exact<{
  i: ChangeSubOrderInput;
}>;


export type TransitionsRefundSubOrderMutation = { refundSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus }
   };

export type TransitionsRecordEmploymentMutationVariables = Exact<{
  i: ChangePlacementInput;
}>;


export type TransitionsRecordEmploymentMutation = { recordEmployment:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'Placement', id: string, status: PlacementStatus }
    | { __typename: 'PostingFullError' }
   };

export type TransitionsRecordStableMutationVariables = Exact<{
  i: ChangePlacementInput;
}>;


export type TransitionsRecordStableMutation = { recordStable:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'Placement', id: string, status: PlacementStatus }
    | { __typename: 'PostingFullError' }
   };

export type TransitionsRecordLeftMutationVariables = Exact<{
  i: ChangePlacementInput;
}>;


export type TransitionsRecordLeftMutation = { recordLeft:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'Placement', id: string, status: PlacementStatus }
    | { __typename: 'PostingFullError' }
   };

export type TransitionsMoveProjectStageMutationVariables = Exact<{
  i: MoveProjectStageInput;
}>;


export type TransitionsMoveProjectStageMutation = { moveProjectStage:
    | { __typename: 'InvalidStateError', code: ErrorCode, state: string, action: string }
    | { __typename: 'InvestmentProject', id: string, stage: ProjectStage }
   };

export type TransitionsPlaceOrderMutationVariables = Exact<{
  i: PlaceOrderInput;
}>;


export type TransitionsPlaceOrderMutation = { placeOrder:
    | { __typename: 'Order', subOrders: Array<{ id: string }> }
    | { __typename: 'OutOfStockError' }
    | { __typename: 'ProductUnavailableError' }
   };

export type TransitionsSubOrderActionsQueryVariables = Exact<{
  id: string | number;
}>;


export type TransitionsSubOrderActionsQuery = { order: { subOrders: Array<{ id: string, allowedActions: Array<SubOrderAction> }> } };

export type TransitionsPlacementActionsQueryVariables = Exact<{
  w: string | number;
}>;


export type TransitionsPlacementActionsQuery = { placements: { nodes: Array<{ id: string, allowedActions: Array<PlacementAction> }> } };

export type TransitionsProjectActionsQueryVariables = Exact<{
  id: string | number;
}>;


export type TransitionsProjectActionsQuery = { investmentProject: { allowedActions: Array<ProjectAction>, allowedNextStages: Array<ProjectStage> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AuthPairingsOnQueryFragmentDoc = new TypedDocumentString(`
    fragment AuthPairingsOnQuery on Query {
  pairings {
    totalCount
  }
}
    `, {"fragmentName":"AuthPairingsOnQuery"}) as unknown as TypedDocumentString<AuthPairingsOnQueryFragment, unknown>;
export const TransitionsRefusalFragmentDoc = new TypedDocumentString(`
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}
    `, {"fragmentName":"TransitionsRefusal"}) as unknown as TypedDocumentString<TransitionsRefusalFragment, unknown>;
export const AuthLoginDocument = new TypedDocumentString(`
    mutation AuthLogin($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) {
    token
    expiresAt
    user {
      username
      role
      region {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthLoginMutation, AuthLoginMutationVariables>;
export const AuthMeDocument = new TypedDocumentString(`
    query AuthMe {
  me {
    username
    role
    active
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<AuthMeQuery, AuthMeQueryVariables>;
export const AuthPairingsCountDocument = new TypedDocumentString(`
    query AuthPairingsCount {
  pairings {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthPairingsCountQuery, AuthPairingsCountQueryVariables>;
export const AuthChangePasswordDocument = new TypedDocumentString(`
    mutation AuthChangePassword($c: String!, $n: String!) {
  changePassword(input: {currentPassword: $c, newPassword: $n}) {
    token
    mustChangePassword
    user {
      username
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<AuthChangePasswordMutation, AuthChangePasswordMutationVariables>;
export const AuthMeNameDocument = new TypedDocumentString(`
    query AuthMeName {
  me {
    username
    displayName
  }
}
    `) as unknown as TypedDocumentString<AuthMeNameQuery, AuthMeNameQueryVariables>;
export const AuthLogoutDocument = new TypedDocumentString(`
    mutation AuthLogout {
  logout
}
    `) as unknown as TypedDocumentString<AuthLogoutMutation, AuthLogoutMutationVariables>;
export const AuthMeIdDocument = new TypedDocumentString(`
    query AuthMeId {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthMeIdQuery, AuthMeIdQueryVariables>;
export const AuthRegionsCountDocument = new TypedDocumentString(`
    query AuthRegionsCount {
  regions {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthRegionsCountQuery, AuthRegionsCountQueryVariables>;
export const AuthAgreementYearsDocument = new TypedDocumentString(`
    query AuthAgreementYears {
  agreementYears
}
    `) as unknown as TypedDocumentString<AuthAgreementYearsQuery, AuthAgreementYearsQueryVariables>;
export const AuthAuditCountDocument = new TypedDocumentString(`
    query AuthAuditCount {
  auditLog {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthAuditCountQuery, AuthAuditCountQueryVariables>;
export const AuthCreateUserDocument = new TypedDocumentString(`
    mutation AuthCreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    username
    role
    region {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCreateUserMutation, AuthCreateUserMutationVariables>;
export const AuthCreateUserNameDocument = new TypedDocumentString(`
    mutation AuthCreateUserName($i: CreateUserInput!) {
  createUser(input: $i) {
    username
  }
}
    `) as unknown as TypedDocumentString<AuthCreateUserNameMutation, AuthCreateUserNameMutationVariables>;
export const AuthDisableUserDocument = new TypedDocumentString(`
    mutation AuthDisableUser($u: ID!) {
  disableUser(userId: $u) {
    username
    active
  }
}
    `) as unknown as TypedDocumentString<AuthDisableUserMutation, AuthDisableUserMutationVariables>;
export const AuthEnableUserDocument = new TypedDocumentString(`
    mutation AuthEnableUser($u: ID!) {
  enableUser(userId: $u) {
    username
    active
  }
}
    `) as unknown as TypedDocumentString<AuthEnableUserMutation, AuthEnableUserMutationVariables>;
export const AuthResetPasswordDocument = new TypedDocumentString(`
    mutation AuthResetPassword($u: ID!) {
  resetUserPassword(userId: $u) {
    oneTimePassword
    user {
      username
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<AuthResetPasswordMutation, AuthResetPasswordMutationVariables>;
export const AuthUpdateAccessDocument = new TypedDocumentString(`
    mutation AuthUpdateAccess($i: UpdateUserAccessInput!) {
  updateUserAccess(input: $i) {
    username
    role
    region {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthUpdateAccessMutation, AuthUpdateAccessMutationVariables>;
export const AuthLoginOneTimeDocument = new TypedDocumentString(`
    mutation AuthLoginOneTime($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) {
    token
    mustChangePassword
    user {
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<AuthLoginOneTimeMutation, AuthLoginOneTimeMutationVariables>;
export const AuthAuditActorsDocument = new TypedDocumentString(`
    query AuthAuditActors {
  auditLog(first: 50) {
    nodes {
      actor {
        username
        active
        mustChangePassword
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthAuditActorsQuery, AuthAuditActorsQueryVariables>;
export const AuthMeWithPairingsSpreadDocument = new TypedDocumentString(`
    query AuthMeWithPairingsSpread {
  me {
    username
  }
  ...AuthPairingsOnQuery
}
    fragment AuthPairingsOnQuery on Query {
  pairings {
    totalCount
  }
}`) as unknown as TypedDocumentString<AuthMeWithPairingsSpreadQuery, AuthMeWithPairingsSpreadQueryVariables>;
export const AuthSessionIdsDocument = new TypedDocumentString(`
    query AuthSessionIds {
  mySessions {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthSessionIdsQuery, AuthSessionIdsQueryVariables>;
export const AuthSessionsDocument = new TypedDocumentString(`
    query AuthSessions {
  mySessions {
    id
    current
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AuthSessionsQuery, AuthSessionsQueryVariables>;
export const AuthSignOutOthersDocument = new TypedDocumentString(`
    mutation AuthSignOutOthers {
  signOutOtherSessions
}
    `) as unknown as TypedDocumentString<AuthSignOutOthersMutation, AuthSignOutOthersMutationVariables>;
export const AuthSessionsCurrentDocument = new TypedDocumentString(`
    query AuthSessionsCurrent {
  mySessions {
    current
  }
}
    `) as unknown as TypedDocumentString<AuthSessionsCurrentQuery, AuthSessionsCurrentQueryVariables>;
export const CountyReachEnterpriseDocument = new TypedDocumentString(`
    mutation CountyReachEnterprise($i: CreateEnterpriseInput!) {
  createEnterprise(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyReachEnterpriseMutation, CountyReachEnterpriseMutationVariables>;
export const CountyReachLeadDocument = new TypedDocumentString(`
    mutation CountyReachLead($i: CreateLeadInput!) {
  createInvestmentLead(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyReachLeadMutation, CountyReachLeadMutationVariables>;
export const CountyReachVisitDocument = new TypedDocumentString(`
    mutation CountyReachVisit($i: RecordSiteVisitInput!) {
  recordSiteVisit(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyReachVisitMutation, CountyReachVisitMutationVariables>;
export const CountyReachProjectDocument = new TypedDocumentString(`
    mutation CountyReachProject($i: CreateProjectInput!) {
  createInvestmentProject(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyReachProjectMutation, CountyReachProjectMutationVariables>;
export const CountyReachQuotaDocument = new TypedDocumentString(`
    mutation CountyReachQuota($i: SetQuotaInput!) {
  setQuota(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyReachQuotaMutation, CountyReachQuotaMutationVariables>;
export const CountyReachJobFairDocument = new TypedDocumentString(`
    mutation CountyReachJobFair($i: RecordJobFairInput!) {
  recordJobFair(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyReachJobFairMutation, CountyReachJobFairMutationVariables>;
export const CountyReachWorkshopDocument = new TypedDocumentString(`
    mutation CountyReachWorkshop($i: RegisterWorkshopInput!) {
  registerWorkshop(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyReachWorkshopMutation, CountyReachWorkshopMutationVariables>;
export const CountyReachTrainingDocument = new TypedDocumentString(`
    mutation CountyReachTraining($i: RecordTrainingInput!) {
  recordTraining(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyReachTrainingMutation, CountyReachTrainingMutationVariables>;
export const CountyReachSupplierDocument = new TypedDocumentString(`
    mutation CountyReachSupplier($i: RecommendSupplierInput!) {
  recommendSupplier(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyReachSupplierMutation, CountyReachSupplierMutationVariables>;
export const ValidatorsBuyerDocument = new TypedDocumentString(`
    mutation ValidatorsBuyer($i: CreateBuyerInput!) {
  createBuyer(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsBuyerMutation, ValidatorsBuyerMutationVariables>;
export const ValidatorsEnterpriseDocument = new TypedDocumentString(`
    mutation ValidatorsEnterprise($i: CreateEnterpriseInput!) {
  createEnterprise(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsEnterpriseMutation, ValidatorsEnterpriseMutationVariables>;
export const ValidatorsFairDocument = new TypedDocumentString(`
    mutation ValidatorsFair($i: CreateFairInput!) {
  createFair(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsFairMutation, ValidatorsFairMutationVariables>;
export const ValidatorsSalesCentreDocument = new TypedDocumentString(`
    mutation ValidatorsSalesCentre($i: CreateSalesCentreInput!) {
  createSalesCentre(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsSalesCentreMutation, ValidatorsSalesCentreMutationVariables>;
export const ValidatorsGroupTargetDocument = new TypedDocumentString(`
    mutation ValidatorsGroupTarget($i: SetGroupTargetInput!) {
  setGroupTarget(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsGroupTargetMutation, ValidatorsGroupTargetMutationVariables>;
export const ValidatorsSiteVisitDocument = new TypedDocumentString(`
    mutation ValidatorsSiteVisit($i: RecordSiteVisitInput!) {
  recordSiteVisit(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsSiteVisitMutation, ValidatorsSiteVisitMutationVariables>;
export const ValidatorsJobFairDocument = new TypedDocumentString(`
    mutation ValidatorsJobFair($i: RecordJobFairInput!) {
  recordJobFair(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsJobFairMutation, ValidatorsJobFairMutationVariables>;
export const ValidatorsWorkshopDocument = new TypedDocumentString(`
    mutation ValidatorsWorkshop($i: RegisterWorkshopInput!) {
  registerWorkshop(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsWorkshopMutation, ValidatorsWorkshopMutationVariables>;
export const ValidatorsTrainingDocument = new TypedDocumentString(`
    mutation ValidatorsTraining($i: RecordTrainingInput!) {
  recordTraining(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsTrainingMutation, ValidatorsTrainingMutationVariables>;
export const ValidatorsPairingDocument = new TypedDocumentString(`
    mutation ValidatorsPairing($i: CreatePairingInput!) {
  createPairing(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsPairingMutation, ValidatorsPairingMutationVariables>;
export const ValidatorsJobPostingDocument = new TypedDocumentString(`
    mutation ValidatorsJobPosting($i: CreateJobPostingInput!) {
  createJobPosting(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsJobPostingMutation, ValidatorsJobPostingMutationVariables>;
export const ValidatorsSupplierDocument = new TypedDocumentString(`
    mutation ValidatorsSupplier($i: RecommendSupplierInput!) {
  recommendSupplier(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsSupplierMutation, ValidatorsSupplierMutationVariables>;
export const ValidatorsQuotaDocument = new TypedDocumentString(`
    mutation ValidatorsQuota($i: SetQuotaInput!) {
  setQuota(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsQuotaMutation, ValidatorsQuotaMutationVariables>;
export const ValidatorsProjectDocument = new TypedDocumentString(`
    mutation ValidatorsProject($i: CreateProjectInput!) {
  createInvestmentProject(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsProjectMutation, ValidatorsProjectMutationVariables>;
export const ValidatorsLeadDocument = new TypedDocumentString(`
    mutation ValidatorsLead($i: CreateLeadInput!) {
  createInvestmentLead(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsLeadMutation, ValidatorsLeadMutationVariables>;
export const ValidatorsUserDocument = new TypedDocumentString(`
    mutation ValidatorsUser($i: CreateUserInput!) {
  createUser(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsUserMutation, ValidatorsUserMutationVariables>;
export const ValidatorsOrderDocument = new TypedDocumentString(`
    mutation ValidatorsOrder($i: PlaceOrderInput!) {
  placeOrder(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsOrderMutation, ValidatorsOrderMutationVariables>;
export const ValidatorsFigureDocument = new TypedDocumentString(`
    mutation ValidatorsFigure($i: RecordReportedFigureInput!) {
  recordReportedFigure(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ValidatorsFigureMutation, ValidatorsFigureMutationVariables>;
export const EnterprisesCreateDocument = new TypedDocumentString(`
    mutation EnterprisesCreate($i: CreateEnterpriseInput!) {
  createEnterprise(input: $i) {
    id
    name
    creditCode
    industry
    homeRegion {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisesCreateMutation, EnterprisesCreateMutationVariables>;
export const EnterprisesUpdateDocument = new TypedDocumentString(`
    mutation EnterprisesUpdate($i: UpdateEnterpriseInput!) {
  updateEnterprise(input: $i) {
    id
    name
    industry
    creditCode
    contactPhone
  }
}
    `) as unknown as TypedDocumentString<EnterprisesUpdateMutation, EnterprisesUpdateMutationVariables>;
export const EnterprisesListDocument = new TypedDocumentString(`
    query EnterprisesList($f: EnterpriseFilter, $n: Int) {
  enterprises(first: $n, filter: $f) {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      name
      homeRegion {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisesListQuery, EnterprisesListQueryVariables>;
export const EnterprisesMeDocument = new TypedDocumentString(`
    query EnterprisesMe {
  me {
    username
    role
    enterprise {
      name
      creditCode
      industry
      homeRegion {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisesMeQuery, EnterprisesMeQueryVariables>;
export const EnterprisesMeEnterpriseDocument = new TypedDocumentString(`
    query EnterprisesMeEnterprise {
  me {
    enterprise {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisesMeEnterpriseQuery, EnterprisesMeEnterpriseQueryVariables>;
export const EnterprisesOneDocument = new TypedDocumentString(`
    query EnterprisesOne($id: ID!) {
  enterprise(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<EnterprisesOneQuery, EnterprisesOneQueryVariables>;
export const EnterprisesPageDocument = new TypedDocumentString(`
    query EnterprisesPage($n: Int) {
  enterprises(first: $n) {
    nodes {
      name
      homeRegion {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisesPageQuery, EnterprisesPageQueryVariables>;
export const EnterprisesCreateUserDocument = new TypedDocumentString(`
    mutation EnterprisesCreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    username
    enterprise {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisesCreateUserMutation, EnterprisesCreateUserMutationVariables>;
export const EnterprisesLinkUserDocument = new TypedDocumentString(`
    mutation EnterprisesLinkUser($u: ID!, $e: ID!) {
  linkEnterpriseUser(userId: $u, enterpriseId: $e) {
    enterprise {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisesLinkUserMutation, EnterprisesLinkUserMutationVariables>;
export const ImageAccessImagesDocument = new TypedDocumentString(`
    query ImageAccessImages($id: ID!) {
  product(id: $id) {
    images {
      id
      kind
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ImageAccessImagesQuery, ImageAccessImagesQueryVariables>;
export const ImageAccessUpdateProductDocument = new TypedDocumentString(`
    mutation ImageAccessUpdateProduct($i: UpdateProductInput!) {
  updateProduct(input: $i) {
    active
  }
}
    `) as unknown as TypedDocumentString<ImageAccessUpdateProductMutation, ImageAccessUpdateProductMutationVariables>;
export const ImageAccessRemoveDocument = new TypedDocumentString(`
    mutation ImageAccessRemove($id: ID!) {
  removeProductImage(imageId: $id)
}
    `) as unknown as TypedDocumentString<ImageAccessRemoveMutation, ImageAccessRemoveMutationVariables>;
export const LedgerRecordFigureDocument = new TypedDocumentString(`
    mutation LedgerRecordFigure($i: RecordReportedFigureInput!) {
  recordReportedFigure(input: $i) {
    id
    amount
    unit
    source
    occurredOn
    sourceDocument
    recordedBy {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerRecordFigureMutation, LedgerRecordFigureMutationVariables>;
export const LedgerCorrectEntryDocument = new TypedDocumentString(`
    mutation LedgerCorrectEntry($i: CorrectLedgerEntryInput!) {
  correctLedgerEntry(input: $i) {
    id
    amount
    source
    corrects {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerCorrectEntryMutation, LedgerCorrectEntryMutationVariables>;
export const LedgerPairingProgressDocument = new TypedDocumentString(`
    query LedgerPairingProgress($id: ID!, $y: Int!) {
  pairing(id: $id) {
    progress(year: $y) {
      indicator
      delivered
      reported
      target
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerPairingProgressQuery, LedgerPairingProgressQueryVariables>;
export const LedgerAuditDocument = new TypedDocumentString(`
    query LedgerAudit($id: String!) {
  auditLog(filter: {entityId: $id}) {
    nodes {
      action
      actor {
        username
      }
      change
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerAuditQuery, LedgerAuditQueryVariables>;
export const LedgerHistoryDocument = new TypedDocumentString(`
    query LedgerHistory($id: ID!) {
  ledgerEntries(filter: {pairingId: $id, year: 2020, indicator: CADRES_SENT}) {
    totalCount
    nodes {
      amount
      source
      corrections {
        amount
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerHistoryQuery, LedgerHistoryQueryVariables>;
export const LedgerSummaryDocument = new TypedDocumentString(`
    query LedgerSummary {
  progressSummary(year: 2020) {
    indicator
    delivered
  }
}
    `) as unknown as TypedDocumentString<LedgerSummaryQuery, LedgerSummaryQueryVariables>;
export const LedgerSetTargetDocument = new TypedDocumentString(`
    mutation LedgerSetTarget($i: SetAgreementTargetInput!) {
  setAgreementTarget(input: $i) {
    year
    signedOn
    targets {
      indicator
      target
      unit
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerSetTargetMutation, LedgerSetTargetMutationVariables>;
export const LedgerAgreementYearsDocument = new TypedDocumentString(`
    query LedgerAgreementYears {
  agreementYears
}
    `) as unknown as TypedDocumentString<LedgerAgreementYearsQuery, LedgerAgreementYearsQueryVariables>;
export const LedgerRegionTargetsDocument = new TypedDocumentString(`
    query LedgerRegionTargets($r: ID!) {
  progressSummary(year: 2020, regionId: $r) {
    indicator
    target
  }
}
    `) as unknown as TypedDocumentString<LedgerRegionTargetsQuery, LedgerRegionTargetsQueryVariables>;
export const NestedScopeEnterpriseDocument = new TypedDocumentString(`
    mutation NestedScopeEnterprise($i: CreateEnterpriseInput!) {
  createEnterprise(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<NestedScopeEnterpriseMutation, NestedScopeEnterpriseMutationVariables>;
export const NestedScopeVisitDocument = new TypedDocumentString(`
    mutation NestedScopeVisit($i: RecordSiteVisitInput!) {
  recordSiteVisit(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<NestedScopeVisitMutation, NestedScopeVisitMutationVariables>;
export const NestedScopeWithdrawProductDocument = new TypedDocumentString(`
    mutation NestedScopeWithdrawProduct($i: UpdateProductInput!) {
  updateProduct(input: $i) {
    active
  }
}
    `) as unknown as TypedDocumentString<NestedScopeWithdrawProductMutation, NestedScopeWithdrawProductMutationVariables>;
export const NestedScopeSuspendSupplierDocument = new TypedDocumentString(`
    mutation NestedScopeSuspendSupplier($i: ReviewSupplierInput!) {
  reviewSupplier(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<NestedScopeSuspendSupplierMutation, NestedScopeSuspendSupplierMutationVariables>;
export const PairingNamesDocument = new TypedDocumentString(`
    query PairingNames {
  pairings(first: 100) {
    totalCount
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PairingNamesQuery, PairingNamesQueryVariables>;
export const PairingNameDocument = new TypedDocumentString(`
    query PairingName($id: ID!) {
  pairing(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<PairingNameQuery, PairingNameQueryVariables>;
export const PairingFamilyDocument = new TypedDocumentString(`
    query PairingFamily($id: ID!) {
  pairing(id: $id) {
    parent {
      name
    }
    children {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PairingFamilyQuery, PairingFamilyQueryVariables>;
export const PairingProgressDocument = new TypedDocumentString(`
    query PairingProgress($id: ID!) {
  pairing(id: $id) {
    progress(year: 2020) {
      indicator
      target
      delivered
      reported
      recorded
      ratio
      entryCount
    }
  }
}
    `) as unknown as TypedDocumentString<PairingProgressQuery, PairingProgressQueryVariables>;
export const PairingPagesDocument = new TypedDocumentString(`
    query PairingPages($after: String) {
  pairings(first: 4, after: $after, orderBy: {field: NAME, direction: ASC}) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PairingPagesQuery, PairingPagesQueryVariables>;
export const PairingSearchDocument = new TypedDocumentString(`
    query PairingSearch {
  pairings(filter: {search: "镇宁"}) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PairingSearchQuery, PairingSearchQueryVariables>;
export const PairingTopLevelDocument = new TypedDocumentString(`
    query PairingTopLevel {
  pairings(filter: {topLevelOnly: true}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PairingTopLevelQuery, PairingTopLevelQueryVariables>;
export const PairingCountDocument = new TypedDocumentString(`
    query PairingCount($first: Int, $after: String) {
  pairings(first: $first, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PairingCountQuery, PairingCountQueryVariables>;
export const PairingPageRelationsDocument = new TypedDocumentString(`
    query PairingPageRelations($n: Int!) {
  pairings(first: $n) {
    nodes {
      name
      kind
      eastRegion {
        name
        parent {
          name
        }
      }
      westRegion {
        code
      }
      parent {
        name
      }
      children {
        name
      }
      agreement(year: 2020) {
        year
        targets {
          indicator
          target
        }
      }
      progress(year: 2020) {
        indicator
        delivered
        target
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PairingPageRelationsQuery, PairingPageRelationsQueryVariables>;
export const PairingWestCountiesDocument = new TypedDocumentString(`
    query PairingWestCounties {
  regions(first: 50, filter: {level: COUNTY, side: WEST}, orderBy: {field: CODE}) {
    totalCount
    nodes {
      code
      shortName
      parent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PairingWestCountiesQuery, PairingWestCountiesQueryVariables>;
export const PairingRegionsWithinDocument = new TypedDocumentString(`
    query PairingRegionsWithin($id: ID!) {
  regions(filter: {withinId: $id}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PairingRegionsWithinQuery, PairingRegionsWithinQueryVariables>;
export const SharedLimitsLoginDocument = new TypedDocumentString(`
    mutation SharedLimitsLogin($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) {
    token
  }
}
    `) as unknown as TypedDocumentString<SharedLimitsLoginMutation, SharedLimitsLoginMutationVariables>;
export const SharedLimitsCreateUserDocument = new TypedDocumentString(`
    mutation SharedLimitsCreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<SharedLimitsCreateUserMutation, SharedLimitsCreateUserMutationVariables>;
export const TransitionsConfirmSubOrderDocument = new TypedDocumentString(`
    mutation TransitionsConfirmSubOrder($i: ChangeSubOrderInput!) {
  confirmSubOrder(input: $i) {
    __typename
    ... on SubOrder {
      id
      status
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsConfirmSubOrderMutation, TransitionsConfirmSubOrderMutationVariables>;
export const TransitionsRecordPaymentDocument = new TypedDocumentString(`
    mutation TransitionsRecordPayment($i: RecordPaymentInput!) {
  recordPayment(input: $i) {
    __typename
    ... on SubOrder {
      id
      status
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsRecordPaymentMutation, TransitionsRecordPaymentMutationVariables>;
export const TransitionsShipSubOrderDocument = new TypedDocumentString(`
    mutation TransitionsShipSubOrder($i: ChangeSubOrderInput!) {
  shipSubOrder(input: $i) {
    __typename
    ... on SubOrder {
      id
      status
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsShipSubOrderMutation, TransitionsShipSubOrderMutationVariables>;
export const TransitionsReceiveSubOrderDocument = new TypedDocumentString(`
    mutation TransitionsReceiveSubOrder($i: ReceiveSubOrderInput!) {
  receiveSubOrder(input: $i) {
    __typename
    ... on SubOrder {
      id
      status
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsReceiveSubOrderMutation, TransitionsReceiveSubOrderMutationVariables>;
export const TransitionsCancelSubOrderDocument = new TypedDocumentString(`
    mutation TransitionsCancelSubOrder($i: ChangeSubOrderInput!) {
  cancelSubOrder(input: $i) {
    __typename
    ... on SubOrder {
      id
      status
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsCancelSubOrderMutation, TransitionsCancelSubOrderMutationVariables>;
export const TransitionsRefundSubOrderDocument = new TypedDocumentString(`
    mutation TransitionsRefundSubOrder($i: ChangeSubOrderInput!) {
  refundSubOrder(input: $i) {
    __typename
    ... on SubOrder {
      id
      status
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsRefundSubOrderMutation, TransitionsRefundSubOrderMutationVariables>;
export const TransitionsRecordEmploymentDocument = new TypedDocumentString(`
    mutation TransitionsRecordEmployment($i: ChangePlacementInput!) {
  recordEmployment(input: $i) {
    __typename
    ... on Placement {
      id
      status
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsRecordEmploymentMutation, TransitionsRecordEmploymentMutationVariables>;
export const TransitionsRecordStableDocument = new TypedDocumentString(`
    mutation TransitionsRecordStable($i: ChangePlacementInput!) {
  recordStable(input: $i) {
    __typename
    ... on Placement {
      id
      status
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsRecordStableMutation, TransitionsRecordStableMutationVariables>;
export const TransitionsRecordLeftDocument = new TypedDocumentString(`
    mutation TransitionsRecordLeft($i: ChangePlacementInput!) {
  recordLeft(input: $i) {
    __typename
    ... on Placement {
      id
      status
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsRecordLeftMutation, TransitionsRecordLeftMutationVariables>;
export const TransitionsMoveProjectStageDocument = new TypedDocumentString(`
    mutation TransitionsMoveProjectStage($i: MoveProjectStageInput!) {
  moveProjectStage(input: $i) {
    __typename
    ... on InvestmentProject {
      id
      stage
    }
    ...TransitionsRefusal
  }
}
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}`) as unknown as TypedDocumentString<TransitionsMoveProjectStageMutation, TransitionsMoveProjectStageMutationVariables>;
export const TransitionsPlaceOrderDocument = new TypedDocumentString(`
    mutation TransitionsPlaceOrder($i: PlaceOrderInput!) {
  placeOrder(input: $i) {
    __typename
    ... on Order {
      subOrders {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TransitionsPlaceOrderMutation, TransitionsPlaceOrderMutationVariables>;
export const TransitionsSubOrderActionsDocument = new TypedDocumentString(`
    query TransitionsSubOrderActions($id: ID!) {
  order(id: $id) {
    subOrders {
      id
      allowedActions
    }
  }
}
    `) as unknown as TypedDocumentString<TransitionsSubOrderActionsQuery, TransitionsSubOrderActionsQueryVariables>;
export const TransitionsPlacementActionsDocument = new TypedDocumentString(`
    query TransitionsPlacementActions($w: ID!) {
  placements(first: 5, filter: {workerId: $w}) {
    nodes {
      id
      allowedActions
    }
  }
}
    `) as unknown as TypedDocumentString<TransitionsPlacementActionsQuery, TransitionsPlacementActionsQueryVariables>;
export const TransitionsProjectActionsDocument = new TypedDocumentString(`
    query TransitionsProjectActions($id: ID!) {
  investmentProject(id: $id) {
    allowedActions
    allowedNextStages
  }
}
    `) as unknown as TypedDocumentString<TransitionsProjectActionsQuery, TransitionsProjectActionsQueryVariables>;