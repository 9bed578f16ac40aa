/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgreementTargetInput = {
  indicator: Indicator;
  /** In the indicator's unit. */
  target: string;
};

export type AuditFilter = {
  action?: string | null | undefined;
  /** Part of the acting user's username or name. */
  actor?: string | null | undefined;
  actorId?: string | number | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  /** First day (China time), inclusive. */
  from?: string | null | undefined;
  /** With entityType and entityId: also the entries whose change names that record (a pairing's targets). */
  related?: boolean | null | undefined;
  /** Last day (China time), inclusive. */
  to?: string | null | undefined;
};

export type AuditValueKind =
  | 'BOOLEAN'
  | 'CODE'
  | 'DATE'
  | 'DATETIME'
  | 'HIDDEN'
  | 'MONEY'
  | 'NUMBER'
  | 'REF'
  | 'TEXT';

export type BuyerFilter = {
  group?: BuyerGroup | null | undefined;
  search?: string | null | undefined;
};

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

/** 扶贫产品认定 status on a given day. */
export type CertificateStatus =
  | 'EXPIRED'
  | 'MISSING'
  | 'VALID';

/** Changes one target; a reason is required once the agreement is signed. */
export type ChangeAgreementTargetInput = {
  indicator: Indicator;
  pairingId: string | number;
  /** Why: required when the agreement is signed and the target was set. */
  reason?: string | null | undefined;
  /** The new yearly target in the indicator's unit. */
  target: string;
  year: number;
};

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

/** A person's own facts; fields left out keep their value, an empty phone removes it. */
export type ChangeTalentPersonInput = {
  institution?: string | null | undefined;
  name?: string | null | undefined;
  personId: string | number;
  /** Never echoed back; an empty text removes the number. */
  phone?: string | null | undefined;
};

/** Changes a posting's facts; fields left out keep their value. The count follows. */
export type ChangeTalentPostingInput = {
  category?: TalentCategory | null | undefined;
  kind?: PostingKind | null | undefined;
  plannedEndOn?: string | null | undefined;
  postingId: string | number;
  receivingUnit?: string | null | undefined;
  roleTitle?: string | null | undefined;
  sendingUnit?: string | null | undefined;
  startsOn?: string | null | undefined;
};

export type ChangeUnitPairFormedOnInput = {
  formedOn: string;
  reason: string;
  unitPairId: string | number;
};

/** Copies last year's (or any year's) targets as the starting point of another year. */
export type CopyAgreementInput = {
  fromYear: number;
  pairingId: string | number;
  toYear: number;
};

export type CorrectLedgerEntryInput = {
  /** The signed adjustment; the negated original reverses it. */
  amount: string;
  entryId: string | number;
  /** Why the correction is made. */
  reason: string;
};

/** 计入节点: from which sub-order state a purchase counts (CONFIRMED, PAID — the default — or RECEIVED). */
export type CountingPoint =
  | 'CONFIRMED'
  | 'PAID'
  | 'RECEIVED';

/** A county class (一类县 …): its name and its west counties, ranked on their own. */
export type CountyClassInput = {
  /** West counties (regions of level COUNTY); a county in at most one class. */
  countyIds: Array<string | number>;
  /** 1–40 characters, unique within the scheme. */
  name: string;
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

/** 立项: a fiscal aid project of one pairing's year, in a west county of the pairing. */
export type CreateFiscalProjectInput = {
  /** A west county within the pairing's west side. */
  countyId: string | number;
  /** 实施单位. */
  implementingUnit: string;
  name: string;
  pairingId: string | number;
  plannedBeneficiaries: number;
  /** Not before startsOn. */
  plannedEndOn: string;
  /** Registered-poor among the beneficiaries (≤ plannedBeneficiaries). */
  plannedPoorBeneficiaries: number;
  sector: FiscalSector;
  startsOn: string;
  /** 乡镇. */
  town?: string | null | undefined;
  year: number;
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
  /** The pairing this one nests in (胶州–镇宁 in 青岛–安顺): its east side must lie within the parent's east side and its west side within the parent's west side. Stored as the most specific enclosing pairing. */
  parentId?: string | number | null | undefined;
  since: string;
  westRegionId: string | number;
};

export type CreateProductInput = {
  category: string;
  certificateAuthority?: string | null | undefined;
  certificateNo?: string | null | undefined;
  certificateValidFrom?: string | null | undefined;
  certificateValidTo?: string | null | undefined;
  name: string;
  price: string;
  spec: string;
  stock: number;
  supplierId: string | number;
  unit: string;
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

/** A new administrative division (行政区划) below an existing one. */
export type CreateRegionInput = {
  /** GB/T 2260 code, six digits: province XX0000, prefecture XXYY00, county XXYYZZ. */
  code: string;
  /** Follows from the code; refused when it differs. */
  level?: RegionLevel | null | undefined;
  /** Full name, e.g. 平度市. */
  name: string;
  /** The region above; only a province has none (administrators). */
  parentId?: string | number | null | undefined;
  /** Name as people say it, e.g. 镇宁县. */
  shortName: string;
  /** Follows from the parent; required for a province. */
  side?: RegionSide | null | undefined;
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

/** 数据质量规则 (docs/reporting.md). */
export type DataQualityRule =
  | 'LARGE_WITHOUT_EVIDENCE'
  | 'MONTH_SPIKE'
  | 'POOR_ABOVE_PLACED'
  | 'SPENDING_ABOVE_ALLOCATION'
  | 'TRANCHE_ABOVE_CONTRACT';

export type DecideReportingPeriodInput = {
  /** YYYY-MM */
  month: string;
  pairingId: string | number;
  /** Required to return or unlock (at most 500 characters). */
  reason?: string | null | undefined;
};

export type DonationFilter = {
  /** This county (or below this region). */
  countyId?: string | number | null | undefined;
  donorKind?: DonorKind | null | undefined;
  /** NONE: ordinary only; EPIDEMIC/DISASTER: that aid. */
  emergency?: EmergencyAid | null | undefined;
  /** Emergency aid of either kind. */
  emergencyOnly?: boolean | null | undefined;
  /** Leave reversals and reversed donations out. */
  excludeReversed?: boolean | null | undefined;
  kind?: DonationKind | null | undefined;
  /** Part of the donor's name, the receipt number, the purpose or the goods. */
  search?: string | null | undefined;
  /** Received in this year. */
  year?: number | null | undefined;
};

/** 捐款 / 捐物折款 */
export type DonationKind =
  | 'GOODS'
  | 'MONEY';

/** 企业 / 社会组织 / 个人 */
export type DonorKind =
  | 'ENTERPRISE'
  | 'INDIVIDUAL'
  | 'ORGANISATION';

/** 应急援助: 无 / 疫情 / 灾情 */
export type EmergencyAid =
  | 'DISASTER'
  | 'EPIDEMIC'
  | 'NONE';

/** Ends a pairing (终止结对) and every pairing nested in it, on a date, with a reason. */
export type EndPairingInput = {
  /** Not before the pairing's start, not in the future. */
  endedOn: string;
  id: string | number;
  reason: string;
};

/** 提前结束: the last day in post and why. */
export type EndTalentPostingInput = {
  endedOn: string;
  postingId: string | number;
  reason: string;
};

export type EndUnitPairInput = {
  endedOn: string;
  reason: string;
  unitPairId: string | number;
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

export type EvidencePurpose =
  | 'INSPECTION'
  | 'INVOICE';

export type EvidenceRecordType =
  | 'DONATION'
  | 'FISCAL_TRANSACTION'
  | 'FUND_TRANCHE'
  | 'LEDGER_ENTRY'
  | 'PLACEMENT'
  | 'PROJECT_STAGE'
  | 'SUB_ORDER'
  | 'TRAINING'
  | 'UNIT_PAIR';

export type EvidenceStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

export type ExpressInterestInput = {
  leadId: string | number;
  note?: string | null | undefined;
};

export type FindingExplanationInput = {
  key: string;
  text: string;
};

export type FindingRecordType =
  | 'FISCAL_PROJECT'
  | 'INVESTMENT_PROJECT';

export type FindingSeverity =
  | 'ERROR'
  | 'WARNING';

/** The first account of a new buyer organisation or enterprise, created in the same step. */
export type FirstAccountInput = {
  displayName: string;
  username: string;
};

export type FiscalAction =
  | 'RECORD_ALLOCATION'
  | 'RECORD_DISBURSEMENT'
  | 'RECORD_SPENDING'
  | 'REPORT_PROGRESS';

export type FiscalProjectFilter = {
  /** A region: its subtree's projects. */
  countyId?: string | number | null | undefined;
  pairingId?: string | number | null | undefined;
  sector?: FiscalSector | null | undefined;
  status?: FiscalProjectStatus | null | undefined;
  /** In the name, implementing unit or town. */
  text?: string | null | undefined;
  year?: number | null | undefined;
};

export type FiscalProjectStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type FiscalSector =
  | 'EDUCATION'
  | 'HEALTH'
  | 'INDUSTRY'
  | 'INFRASTRUCTURE'
  | 'LABOUR'
  | 'LIVING'
  | 'OTHER';

export type FiscalTransactionKind =
  | 'ALLOCATED'
  | 'DISBURSED'
  | 'SPENT';

/** What the employer provides: 包吃 / 包住 / 包吃住. */
export type Housing =
  | 'LODGING'
  | 'MEALS'
  | 'MEALS_AND_LODGING'
  | 'NONE';

/** 劳动力 / 产品 / 采购单位与任务 / 往年填报数 / 社会帮扶资金 / 结对帮扶 */
export type ImportKind =
  | 'BUYERS'
  | 'DONATIONS'
  | 'FIGURES'
  | 'PRODUCTS'
  | 'UNIT_PAIRS'
  | 'WORKERS';

export type ImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS';

export type ImportStatus =
  | 'CHECKED'
  | 'COMMITTED'
  | 'FAILED';

/** An agreement indicator (协议任务指标). */
export type Indicator =
  /** 选派党政干部 cadres sent (people) */
  | 'CADRES_SENT'
  /** 消费帮扶 consumption assistance: certified products bought and sold (yuan) */
  | 'CONSUMPTION_ASSISTANCE'
  /** 互访调研人次 person-visits of meetings and leadership visits between the two sides (people) */
  | 'EXCHANGE_VISITS'
  /** 财政援助资金 fiscal aid (yuan) */
  | 'FISCAL_AID'
  /** 到位投资 investment in place (yuan) */
  | 'INVESTMENT_IN_PLACE'
  /** 召开联席会议 joint meetings of the two sides' leadership held (count) */
  | 'JOINT_MEETINGS'
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

export type IndicatorWeightInput = {
  indicator: Indicator;
  /** Whole points, ≥ 0. */
  weight: number;
};

export type JobPostingFilter = {
  enterpriseId?: string | number | null | undefined;
  /** Only postings with places left. */
  hasPlacesLeft?: boolean | null | undefined;
  housing?: Housing | null | undefined;
  /** Jobs located in this region or below it. */
  locationRegionId?: string | number | null | undefined;
  /** true: only open postings; false: only closed ones. */
  open?: boolean | null | undefined;
  /** Open for placements on this day. */
  openOn?: string | null | undefined;
  /** Part of the position's name. */
  search?: string | null | undefined;
};

export type JointWorkFilter = {
  /** Records of pairings whose west side lies in this region. */
  countyId?: string | number | null | undefined;
  /** Include withdrawn records (default true: they are shown, marked). */
  includeWithdrawn?: boolean | null | undefined;
  kind?: JointWorkKind | null | undefined;
  /** The pairing and those it encloses. */
  pairingId?: string | number | null | undefined;
  /** Title, place, leader or offices containing this text. */
  search?: string | null | undefined;
  year?: number | null | undefined;
};

export type JointWorkKind =
  /** 联席会议: +1 JOINT_MEETINGS and its person-visits EXCHANGE_VISITS */
  | 'MEETING'
  /** 领导互访 / 调研对接: its person-visits EXCHANGE_VISITS */
  | 'VISIT';

export type LeadFilter = {
  /** Leads that name this county (or one below this region) as preferred. */
  countyId?: string | number | null | undefined;
  enterpriseId?: string | number | null | undefined;
  industry?: string | null | undefined;
  /** County officials: only leads their county expressed interest in. */
  interestedOnly?: boolean | null | undefined;
  /** Planned investment at most this. */
  maxAmount?: string | null | undefined;
  /** Planned investment at least this. */
  minAmount?: string | null | undefined;
  /** Part of the title, industry or enterprise name. */
  search?: string | null | undefined;
};

export type LeadVisibility =
  | 'PREFERRED_COUNTIES'
  | 'PUBLIC';

export type LedgerEntryFilter = {
  /** Include entries of the pairings inside this one (the roll-up). */
  includeEnclosed?: boolean | null | undefined;
  indicator?: Indicator | null | undefined;
  pairingId: string | number;
  source?: LedgerSource | null | undefined;
  year?: number | null | undefined;
};

export type LedgerSource =
  | 'CORRECTION'
  | 'DONATION'
  | 'FISCAL_FUNDS'
  | 'FUND_TRANCHE'
  | 'JOINT_WORK'
  | 'ORDER_LINE'
  | 'PLACEMENT'
  | 'PROJECT_OUTCOME'
  | 'PROJECT_STAGE'
  | 'REPORTED'
  | 'TALENT_POSTING'
  | 'TRAINING'
  | 'UNIT_PAIR'
  | 'WORKSHOP';

export type LoginLogFilter = {
  /** First day (China time), inclusive. */
  from?: string | null | undefined;
  /** The address or its beginning. */
  ip?: string | null | undefined;
  outcomes?: Array<LoginOutcome> | null | undefined;
  /** Last day (China time), inclusive. */
  to?: string | null | undefined;
  userId?: string | number | null | undefined;
  /** Part of the username as typed at sign-in. */
  username?: string | null | undefined;
};

/** 成功 / 密码错误 / 账号不存在 / 已停用 / 已锁定(尝试次数过多) / 本次失败导致锁定. */
export type LoginOutcome =
  | 'DISABLED'
  | 'LOCKED'
  | 'LOCKED_OUT'
  | 'SUCCESS'
  | 'UNKNOWN_USER'
  | 'WRONG_PASSWORD';

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

export type NewTalentPersonInput = {
  /** 工作单位 */
  institution: string;
  name: string;
  /** 11-digit mainland mobile number; optional. Never echoed back. */
  phone?: string | null | undefined;
};

/** A new account with a one-time password (no password chosen by the creator). */
export type NewUserInput = {
  /** Buyers: their organisation. */
  buyerId?: string | number | null | undefined;
  displayName: string;
  /** Enterprise users: their enterprise. */
  enterpriseId?: string | number | null | undefined;
  /** Coordinators (an east region) and county officials (a west county). */
  regionId?: string | number | null | undefined;
  role: Role;
  username: string;
};

export type NotificationKind =
  /** 消费任务进度落后: the buyer's counted purchases are behind its quota's pace. */
  | 'BUYER_BEHIND_PACE'
  /** 佐证材料被驳回: a file the reader uploaded was rejected. */
  | 'EVIDENCE_REJECTED'
  /** 报送期未提交: a county's reporting period is not submitted. */
  | 'PERIOD_UNSUBMITTED';

export type OrderLineInput = {
  productId: string | number;
  quantity: number;
};

/** 考核等次 */
export type PairingGradeBand =
  /** 一般 */
  | 'AVERAGE'
  /** 较好 */
  | 'FAIR'
  /** 好 */
  | 'GOOD'
  /** 差 */
  | 'POOR';

export type PairingKind =
  | 'EAST_WEST'
  | 'WITHIN_PROVINCE';

export type PairingStatus =
  | 'ACTIVE'
  | 'ENDED';

export type PlaceOrderInput = {
  channel?: SalesChannel;
  /** 收货地址; with deliveryContact and deliveryPhone, all or none. */
  deliveryAddress?: string | null | undefined;
  /** 收货联系人 */
  deliveryContact?: string | null | undefined;
  /** 联系电话: an 11-digit mobile or a landline with its area code. */
  deliveryPhone?: string | null | undefined;
  /** Required for FAIR sales (and only for them). */
  fairId?: string | number | null | undefined;
  /** Generated by the client once per order; a retry with the same key returns the same order. */
  idempotencyKey: string;
  /** 发票抬头 */
  invoiceTitle?: string | null | undefined;
  lines: Array<OrderLineInput>;
  /** The buyer's note to the suppliers. */
  note?: string | null | undefined;
  /** Defaults to today; sales recorded at a fair or the sales centre may be dated earlier this year. */
  orderedOn?: string | null | undefined;
  /** Required for SALES_CENTRE sales (and only for them). */
  salesCentreId?: string | number | null | undefined;
  /** 纳税人识别号 (needs invoiceTitle). */
  taxNumber?: string | null | undefined;
};

export type PlaceWorkerInput = {
  /** Defaults to today; within the posting's open dates. */
  placedOn?: string | null | undefined;
  postingId: string | number;
  workerId: string | number;
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

/** 派驻方式 */
export type PostingKind =
  | 'GUAZHI'
  | 'MEDICAL'
  | 'OTHER'
  | 'TEACHING'
  | 'TECHNICAL';

export type PostingStatus =
  | 'ENDED'
  | 'IN_POST'
  | 'NOT_STARTED'
  | 'WITHDRAWN';

export type ProductFilter = {
  category?: string | null | undefined;
  /** Status today. */
  certificateStatus?: CertificateStatus | null | undefined;
  /** Products of this county (or of the counties below this region). */
  countyId?: string | number | null | undefined;
  maxPrice?: string | null | undefined;
  minPrice?: string | null | undefined;
  /** Matches the name, category or certificate number. */
  search?: string | null | undefined;
  supplierId?: string | number | null | undefined;
};

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

/** How a projection to 31 December was made. */
export type ProjectionMethod =
  /** The year is over: what was delivered. */
  | 'FINAL'
  /** Delivered × days in the year ÷ days elapsed. */
  | 'LINEAR'
  /** The year has not begun: nothing to project. */
  | 'NONE'
  /** Scaled by last year's share delivered by the same calendar day. */
  | 'SEASONAL';

export type PutForwardWorkerInput = {
  /** Must agree with the ID number. */
  birthYear: number;
  /** The worker agrees to share their data with employers. */
  consent: boolean;
  /** When consent was given; defaults to today. */
  consentOn?: string | null | undefined;
  /** Defaults to the county official's county; required for admins. */
  countyId?: string | number | null | undefined;
  /** 居民身份证号: 18 characters, check character validated (GB 11643). Never echoed back. */
  idNumber: string;
  name: string;
  /** 11-digit mainland mobile number. */
  phone: string;
  /** 建档立卡贫困劳动力. */
  registeredPoor: boolean;
  sex: Sex;
  skills?: Array<string>;
};

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

/** A donation received. The donor kind decides the donor fields: ENTERPRISE takes enterpriseId or donorName, ORGANISATION donorName, INDIVIDUAL neither (only donorCount: no personal data is stored). GOODS needs goodsDescription and valuationBasis, its amount is the goods' value. */
export type RecordDonationInput = {
  /** More than zero; goods at their value. */
  amount: string;
  /** The west county; defaults to a county official's own. */
  countyId?: string | number | null | undefined;
  /** INDIVIDUAL: how many people gave, when known. */
  donorCount?: number | null | undefined;
  donorKind: DonorKind;
  /** ENTERPRISE (not registered) or ORGANISATION: the donor's name. */
  donorName?: string | null | undefined;
  /** The donor side (east region); defaults to a linked enterprise's home, else a coordinator's own region. */
  eastRegionId?: string | number | null | undefined;
  /** Defaults to NONE. */
  emergency?: EmergencyAid | null | undefined;
  /** ENTERPRISE: a registered enterprise. */
  enterpriseId?: string | number | null | undefined;
  /** GOODS: what was given. */
  goodsDescription?: string | null | undefined;
  kind: DonationKind;
  /** The project or purpose (free text). */
  purpose?: string | null | undefined;
  /** 捐赠票据号. */
  receiptNo: string;
  receivedOn: string;
  /** GOODS: how the value was set (发票、市场价、评估…). */
  valuationBasis?: string | null | undefined;
};

/** A dated money movement. ALLOCATED by coordinators and admins; DISBURSED and SPENT also by the county's officials. */
export type RecordFiscalTransactionInput = {
  /** More than zero. */
  amount: string;
  kind: FiscalTransactionKind;
  /** Not in the future. */
  occurredOn: string;
  projectId: string | number;
  /** Document reference (文号/凭证号). */
  reference: string;
};

export type RecordFundTrancheInput = {
  /** More than zero. */
  amount: string;
  projectId: string | number;
  receivedOn: string;
  /** Bank or document reference (凭证号), once per project. */
  reference: string;
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

export type RecordJointWorkInput = {
  /** Required for a visit; none for a meeting. */
  direction?: VisitDirection | null | undefined;
  /** 会议纪要 / 文件编号. */
  documentRef?: string | null | undefined;
  /** 东部参会单位. */
  eastOffices?: Array<string>;
  heldOn: string;
  kind: JointWorkKind;
  /** 带队领导 by title and level, e.g. 市委书记. */
  leader: string;
  outcome?: string | null | undefined;
  pairingId: string | number;
  /** 人次, at least 1. */
  personVisits: number;
  place: string;
  title: string;
  /** 西部参会单位. */
  westOffices?: Array<string>;
};

export type RecordOutcomeInput = {
  /** 保底收购价, yuan per tonne. */
  floorPricePerTonne?: string | null | undefined;
  guaranteedPurchaseTerms?: string | null | undefined;
  jobsCreated: number;
  note?: string | null | undefined;
  /** 带贫: people lifted so far (cumulative); the ledger gets the change since the previous report. */
  peopleLifted: number;
  poorEmployed: number;
  projectId: string | number;
  /** Defaults to today; not before the previous report. */
  reportedOn?: string | null | undefined;
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

/** One posting: `personId` (a person already recorded) or `person` (a new one), not both. */
export type RecordTalentPostingInput = {
  category: TalentCategory;
  /** The west county; defaults to a county official's own. */
  countyId?: string | number | null | undefined;
  direction: TalentDirection;
  /** The east region; defaults to a coordinator's own. */
  eastRegionId?: string | number | null | undefined;
  kind: PostingKind;
  person?: NewTalentPersonInput | null | undefined;
  personId?: string | number | null | undefined;
  plannedEndOn: string;
  /** 接收单位 */
  receivingUnit: string;
  /** 担任职务 */
  roleTitle?: string | null | undefined;
  /** 派出单位 */
  sendingUnit: string;
  startsOn: string;
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

export type RecordUnitPairInput = {
  /** The west county of the west unit, in the pairing's west side; defaults to a county official's own. */
  countyId?: string | number | null | undefined;
  /** 东部单位; for 企村 defaults to the linked enterprise's name. */
  eastUnit?: string | null | undefined;
  /** 企村结对 only: the registered east enterprise. */
  enterpriseId?: string | number | null | undefined;
  formedOn: string;
  kind: UnitPairKind;
  /** The pairing (结对关系) the pair is formed under. */
  pairingId: string | number;
  /** 帮扶内容 */
  support?: string | null | undefined;
  /** 帮扶价值, for information; NOT counted in SOCIAL_DONATIONS. */
  value?: string | null | undefined;
  westUnit: string;
};

export type RecordWorkerConsentInput = {
  /** true: consent given; false: withdrawn. */
  given: boolean;
  /** Defaults to today. */
  on?: string | null | undefined;
  workerId: string | number;
};

export type RegionLevel =
  | 'COUNTY'
  | 'PREFECTURE'
  | 'PROVINCE';

export type RegionSide =
  | 'EAST'
  | 'WEST';

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

export type ReportFiscalProgressInput = {
  note?: string | null | undefined;
  /** Works complete, % (0–100). */
  percent: number;
  projectId: string | number;
  /** Not in the future, not before the project starts. */
  reportedOn: string;
};

export type ReportWorkshopEmploymentInput = {
  employed: number;
  poorEmployed: number;
  reportedOn: string;
  workshopId: string | number;
};

/** A step of a reporting period. */
export type ReportingAction =
  | 'APPROVE'
  | 'RETURN'
  | 'SUBMIT'
  | 'UNLOCK';

export type ReportingPeriodState =
  | 'APPROVED'
  | 'OPEN'
  | 'REOPENED'
  | 'RETURNED'
  | 'SUBMITTED';

export type ReverseDonationInput = {
  donationId: string | number;
  /** 冲正原因. */
  reason: string;
};

export type ReverseFiscalTransactionInput = {
  /** 冲正原因. */
  reason: string;
  transactionId: string | number;
};

export type ReverseFundTrancheInput = {
  /** 冲正原因. */
  reason: string;
  trancheId: string | number;
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

/** A pairing's whole agreement for a year: every target (indicators left out have none), and the signing date. */
export type SaveAgreementInput = {
  pairingId: string | number;
  /** Required when a target of a signed agreement changes. */
  reason?: string | null | undefined;
  /** When it was signed; left as it was when not given. */
  signedOn?: string | null | undefined;
  targets: Array<AgreementTargetInput>;
  year: number;
};

/** Buyers' quota scorecard: A+ … F */
export type ScorecardBand =
  | 'A'
  | 'A_PLUS'
  | 'B'
  | 'C'
  | 'D'
  | 'F';

export type SetAgreementTargetInput = {
  indicator: Indicator;
  pairingId: string | number;
  /** Why the target changes: required to revise a target of a signed agreement. */
  reason?: string | null | undefined;
  /** When the agreement was signed. */
  signedOn?: string | null | undefined;
  /** The yearly target in the indicator's unit. */
  target: string;
  year: number;
};

export type SetGradingSchemeInput = {
  aFrom: number;
  aPlusFrom: number;
  averageFrom: number;
  bFrom: number;
  cFrom: number;
  capAt100: boolean;
  /** County classes ranked separately; omitted or [] = none (the scheme is replaced whole). */
  countyClasses?: Array<CountyClassInput> | null | undefined;
  dFrom: number;
  fairFrom: number;
  /** 好 from, basis points (9000 = 90.00%). */
  goodFrom: number;
  weights: Array<IndicatorWeightInput>;
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

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type ShipSubOrderInput = {
  /** 承运商, e.g. 顺丰速运 or the supplier's own truck (自送). */
  carrier: string;
  subOrderId: string | number;
  /** 运单号: 4–40 letters, digits or hyphens (spaces are dropped). */
  waybillNumber: string;
};

export type SiteVisitFilter = {
  countyId?: string | number | null | undefined;
  enterpriseId?: string | number | null | undefined;
  year?: number | null | undefined;
};

/** A step of the sub-order state machine (one mutation each). */
export type SubOrderAction =
  | 'CANCEL'
  | 'CONFIRM'
  | 'PAY'
  | 'RECEIVE'
  | 'REFUND'
  | 'SHIP';

export type SubOrderFilter = {
  buyerId?: string | number | null | undefined;
  /** The supplier's (west) county. */
  countyId?: string | number | null | undefined;
  /** Orders dated on or after this day. */
  from?: string | null | undefined;
  /** 订单号, whole or its beginning (XZ20261129, XZ20261129-000123); a sub-order's number finds that sub-order. */
  orderNumber?: string | null | undefined;
  status?: SubOrderStatus | null | undefined;
  /** Any of these states (the 待处理 tabs). */
  statuses?: Array<SubOrderStatus> | null | undefined;
  supplierId?: string | number | null | undefined;
  /** Orders dated on or before this day. */
  to?: string | null | undefined;
  /** Orders dated in this year. */
  year?: number | null | undefined;
};

export type SubOrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'PAID'
  | 'PLACED'
  | 'RECEIVED'
  | 'REFUNDED'
  | 'SHIPPED';

export type SubmitReportingPeriodInput = {
  /** One explanation per data-quality finding (by its key): every finding needs one to submit. */
  explanations?: Array<FindingExplanationInput>;
  /** YYYY-MM, a month that has ended. */
  month: string;
  pairingId: string | number;
};

export type SupplierFilter = {
  countyId?: string | number | null | undefined;
  /** Matches the name or the credit code. */
  search?: string | null | undefined;
  status?: SupplierStatus | null | undefined;
};

export type SupplierStatus =
  | 'APPROVED'
  | 'RECOMMENDED'
  | 'SUSPENDED';

/** 人才类别 */
export type TalentCategory =
  | 'AGRI_TECH'
  | 'CADRE'
  | 'DOCTOR'
  | 'OTHER'
  | 'TEACHER';

/** 选派 / 接收 */
export type TalentDirection =
  | 'RECEIVED'
  | 'SENT';

export type TalentPostingFilter = {
  category?: TalentCategory | null | undefined;
  countyId?: string | number | null | undefined;
  direction?: TalentDirection | null | undefined;
  /** Only those in post today whose last day is within 30 days. */
  endingSoon?: boolean | null | undefined;
  /** In post on this day. */
  inPostOn?: string | null | undefined;
  /** Include withdrawn records (default false). */
  includeWithdrawn?: boolean | null | undefined;
  /** Name, institution, units or role. */
  search?: string | null | undefined;
  /** Postings in post at some time in the year. */
  year?: number | null | undefined;
};

export type UnitPairFilter = {
  /** A west region: pairs in its subtree. */
  countyId?: string | number | null | undefined;
  kind?: UnitPairKind | null | undefined;
  pairingId?: string | number | null | undefined;
  /** Either unit's name contains this. */
  search?: string | null | undefined;
  status?: UnitPairStatus | null | undefined;
  /** Formed in this year. */
  year?: number | null | undefined;
};

/** 结对类型 */
export type UnitPairKind =
  /** 县县结对 */
  | 'COUNTY_COUNTY'
  /** 企村结对: an east enterprise and a west village */
  | 'ENTERPRISE_VILLAGE'
  /** 院院结对 */
  | 'HOSPITAL_HOSPITAL'
  /** 社会组织结对村 */
  | 'ORGANISATION_VILLAGE'
  /** 校校结对 */
  | 'SCHOOL_SCHOOL'
  /** 镇镇结对 (街道–乡镇) */
  | 'TOWN_TOWN'
  /** 村村结对 (社区–村) */
  | 'VILLAGE_VILLAGE';

/** 结对状态: 进行中 / 已结束 / 已撤销 */
export type UnitPairStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'WITHDRAWN';

export type UpdateEnterpriseInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  creditCode?: string | null | undefined;
  homeRegionId?: string | number | null | undefined;
  id: string | number;
  industry?: string | null | undefined;
  name?: string | null | undefined;
};

/** Fields left out stay as they are. */
export type UpdateFairInput = {
  endsOn?: string | null | undefined;
  fairId: string | number;
  name?: string | null | undefined;
  startsOn?: string | null | undefined;
  /** The whole new list of participating suppliers. */
  supplierIds?: Array<string | number> | null | undefined;
  venue?: string | null | undefined;
};

export type UpdateJobPostingInput = {
  /** null: open until filled. */
  closesOn?: string | null | undefined;
  description?: string | null | undefined;
  housing?: Housing | null | undefined;
  id: string | number;
  /** An east region (where the job is). */
  locationRegionId?: string | number | null | undefined;
  opensOn?: string | null | undefined;
  /** Not below the places already filled. */
  places?: number | null | undefined;
  position?: string | null | undefined;
  wageMax?: string | null | undefined;
  wageMin?: string | null | undefined;
};

export type UpdateLeadInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  id: string | number;
  industry?: string | null | undefined;
  needsLabour?: boolean | null | undefined;
  needsLand?: boolean | null | undefined;
  needsNote?: string | null | undefined;
  needsRawMaterial?: boolean | null | undefined;
  plannedInvestment?: string | null | undefined;
  preferredCountyIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
  visibility?: LeadVisibility | null | undefined;
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

export type UpdateRegionInput = {
  name?: string | null | undefined;
  shortName?: string | null | undefined;
};

/** Fields left out stay as they are. */
export type UpdateSalesCentreInput = {
  /** false closes the centre to new sales. */
  active?: boolean | null | undefined;
  address?: string | null | undefined;
  name?: string | null | undefined;
  openedOn?: string | null | undefined;
  salesCentreId: string | number;
};

/** Fields left out stay as they are. The credit code and county never change. */
export type UpdateSupplierInput = {
  contact?: string | null | undefined;
  name?: string | null | undefined;
  supplierId: string | number;
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

export type UpdateUserInput = {
  displayName: string;
  userId: string | number;
};

/** 用户管理's filters; every one optional. */
export type UserFilter = {
  /** True: enabled accounts; false: disabled ones. */
  active?: boolean | null | undefined;
  /** True: accounts failed logins lock now; false: the others. Looks at the first 2,000 accounts matching. */
  locked?: boolean | null | undefined;
  /** Accounts of this region's subtree: by their region, their buyer's or their enterprise's. */
  regionId?: string | number | null | undefined;
  role?: Role | null | undefined;
  /** Part of the username or the display name. */
  search?: string | null | undefined;
};

export type VisitDirection =
  | 'EAST_TO_WEST'
  | 'WEST_TO_EAST';

export type WithdrawJointWorkInput = {
  id: string | number;
  /** 撤销原因. */
  reason: string;
};

/** 撤回: a wrong record leaves the lists and the count; the row and its history stay. */
export type WithdrawTalentPostingInput = {
  postingId: string | number;
  reason: string;
};

export type WithdrawUnitPairInput = {
  reason: string;
  unitPairId: string | number;
};

export type WorkerFilter = {
  /** Only workers whose consent stands (true) or does not (false). */
  consented?: boolean | null | undefined;
  countyId?: string | number | null | undefined;
  registeredPoor?: boolean | null | undefined;
  /** Part of the name. */
  search?: string | null | undefined;
  /** Workers with this skill. */
  skill?: string | null | undefined;
};

export type AccountsUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountsUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, username: string, displayName: string, role: Role, active: boolean | null, mustChangePassword: boolean | null, lastLoginAt: string | null, lockedUntil: string | null, region: { code: string } | null, buyer: { name: string } | null, enterprise: { name: string } | null }> } };

export type AccountsCreateMutationVariables = Exact<{
  i: NewUserInput;
}>;


export type AccountsCreateMutation = { createUserWithOneTimePassword: { oneTimePassword: string, user: { id: string, username: string, mustChangePassword: boolean | null } } };

export type AccountsUpdateMutationVariables = Exact<{
  i: UpdateUserInput;
}>;


export type AccountsUpdateMutation = { updateUser: { displayName: string } };

export type AccountsAccessMutationVariables = Exact<{
  i: UpdateUserAccessInput;
}>;


export type AccountsAccessMutation = { updateUserAccess: { role: Role } };

export type AccountsDisableMutationVariables = Exact<{
  u: string | number;
}>;


export type AccountsDisableMutation = { disableUser: { active: boolean | null } };

export type AccountsResetMutationVariables = Exact<{
  u: string | number;
}>;


export type AccountsResetMutation = { resetUserPassword: { oneTimePassword: string } };

export type AccountsUnlockMutationVariables = Exact<{
  u: string | number;
}>;


export type AccountsUnlockMutation = { unlockUser: { username: string, lockedUntil: string | null } };

export type AccountsLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type AccountsLoginMutation = { login: { token: string, mustChangePassword: boolean } };

export type AccountsChangeMutationVariables = Exact<{
  c: string;
  n: string;
}>;


export type AccountsChangeMutation = { changePassword: { token: string, mustChangePassword: boolean } };

export type AccountsPairingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsPairingsQuery = { pairings: { totalCount: number } };

export type AccountsBuyerWithAccountMutationVariables = Exact<{
  i: CreateBuyerInput;
  a: FirstAccountInput;
}>;


export type AccountsBuyerWithAccountMutation = { createBuyerWithAccount: { oneTimePassword: string, buyer: { id: string, name: string }, user: { id: string, username: string, role: Role, mustChangePassword: boolean | null, buyer: { name: string } | null } } };

export type AccountsNestedReachQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsNestedReachQuery = { buyers: { nodes: Array<{ id: string }> }, enterprises: { nodes: Array<{ id: string }> } };

export type AccountsNestedIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsNestedIdsQuery = { users: { nodes: Array<{ buyer: { id: string } | null, enterprise: { id: string } | null }> } };

export type AccountsEnterpriseWithAccountMutationVariables = Exact<{
  i: CreateEnterpriseInput;
  a: FirstAccountInput;
}>;


export type AccountsEnterpriseWithAccountMutation = { createEnterpriseWithAccount: { oneTimePassword: string, enterprise: { name: string }, user: { username: string, role: Role, mustChangePassword: boolean | null, enterprise: { name: string } | null } } };

export type AssessmentFiguresQueryVariables = Exact<{
  p: string | number;
  y: number;
}>;


export type AssessmentFiguresQuery = { pairing: { name: string, progress: Array<{ indicator: Indicator, target: string | null, delivered: string, reported: string, recorded: string }>, evidenceCoverage: Array<{ indicator: Indicator, covered: string, ratio: string | null, missingCount: number }> }, pairingGrades: { pairings: Array<{ score: string | null, pairing: { id: string }, breakdown: Array<{ indicator: Indicator, completion: string, pointsEarned: string }> }> } | null };

export type AssessmentRecordMutationVariables = Exact<{
  i: RecordReportedFigureInput;
}>;


export type AssessmentRecordMutation = { recordReportedFigure: { id: string } };

export type AssessmentVerifyMutationVariables = Exact<{
  id: string | number;
}>;


export type AssessmentVerifyMutation = { verifyEvidence: { status: EvidenceStatus } };

export type AssessmentSchemeMutationVariables = Exact<{
  i: SetGradingSchemeInput;
}>;


export type AssessmentSchemeMutation = { setGradingScheme: { id: string } };

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

export type CataloguePageAtScaleQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type CataloguePageAtScaleQuery = { products: { totalCount: number, totalCountExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, price: string, certificateStatus: CertificateStatus, countsTowardQuota: boolean, county: { id: string, name: string }, supplier: { id: string, name: string }, images: Array<{ id: string, kind: ProductImageKind, url: string }> }> } };

export type CatalogueMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueMeIdQuery = { me: { id: string, role: Role } | null };

export type CatalogueMeLastLoginQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueMeLastLoginQuery = { me: { id: string, lastLoginAt: string | null } | null };

export type ConsumptionChannelsFairFragment = { id: string, name: string, venue: string, startsOn: string, endsOn: string, eastRegion: { code: string }, suppliers: Array<{ id: string, name: string }> };

export type ConsumptionChannelsCreateFairMutationVariables = Exact<{
  i: CreateFairInput;
}>;


export type ConsumptionChannelsCreateFairMutation = { createFair: { id: string, name: string, venue: string, startsOn: string, endsOn: string, eastRegion: { code: string }, suppliers: Array<{ id: string, name: string }> } };

export type ConsumptionChannelsUpdateFairMutationVariables = Exact<{
  i: UpdateFairInput;
}>;


export type ConsumptionChannelsUpdateFairMutation = { updateFair: { id: string, name: string, venue: string, startsOn: string, endsOn: string, eastRegion: { code: string }, suppliers: Array<{ id: string, name: string }> } };

export type ConsumptionChannelsDeleteFairMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsumptionChannelsDeleteFairMutation = { deleteFair: string };

export type ConsumptionChannelsCentreFragment = { id: string, name: string, address: string, active: boolean, openedOn: string | null, eastRegion: { code: string } };

export type ConsumptionChannelsCreateCentreMutationVariables = Exact<{
  i: CreateSalesCentreInput;
}>;


export type ConsumptionChannelsCreateCentreMutation = { createSalesCentre: { id: string, name: string, address: string, active: boolean, openedOn: string | null, eastRegion: { code: string } } };

export type ConsumptionChannelsCentresQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionChannelsCentresQuery = { salesCentres: Array<{ id: string, name: string }> };

export type ConsumptionChannelsByRegionQueryVariables = Exact<{
  r?: string | number | null | undefined;
}>;


export type ConsumptionChannelsByRegionQuery = { salesCentres: Array<{ eastRegion: { code: string } }>, fairs: Array<{ eastRegion: { code: string } }> };

export type ConsumptionChannelsCreateCentreIdMutationVariables = Exact<{
  i: CreateSalesCentreInput;
}>;


export type ConsumptionChannelsCreateCentreIdMutation = { createSalesCentre: { id: string } };

export type ConsumptionChannelsUpdateCentreMutationVariables = Exact<{
  i: UpdateSalesCentreInput;
}>;


export type ConsumptionChannelsUpdateCentreMutation = { updateSalesCentre: { id: string, name: string, address: string, active: boolean, openedOn: string | null, eastRegion: { code: string } } };

export type ConsumptionChannelsOpenCentresQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionChannelsOpenCentresQuery = { salesCentres: Array<{ id: string }>, all: Array<{ id: string }> };

export type ConsumptionChannelsUpdateSupplierMutationVariables = Exact<{
  i: UpdateSupplierInput;
}>;


export type ConsumptionChannelsUpdateSupplierMutation = { updateSupplier: { id: string, name: string, contact: string | null } };

export type ConsumptionChannelsSupplierSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionChannelsSupplierSearchQuery = { suppliers: { nodes: Array<{ id: string }> } };

export type ConsumptionChannelsUpdateProductMutationVariables = Exact<{
  i: UpdateProductInput;
}>;


export type ConsumptionChannelsUpdateProductMutation = { updateProduct: { name: string, spec: string, unit: string, category: string } };

export type ConsumptionChannelsUpdateProductNameMutationVariables = Exact<{
  i: UpdateProductInput;
}>;


export type ConsumptionChannelsUpdateProductNameMutation = { updateProduct: { name: string } };

export type ConsumptionChannelsProductsBySupplierQueryVariables = Exact<{
  f?: ProductFilter | null | undefined;
}>;


export type ConsumptionChannelsProductsBySupplierQuery = { products: { nodes: Array<{ name: string }> } };

export type ConsumptionChannelsProductImagesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsumptionChannelsProductImagesQuery = { product: { images: Array<{ id: string, kind: ProductImageKind, contentType: string, url: string }> } };

export type ConsumptionChannelsRemoveImageMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsumptionChannelsRemoveImageMutation = { removeProductImage: string };

export type ConsumptionExportBoardQueryVariables = Exact<{
  y: number;
}>;


export type ConsumptionExportBoardQuery = { quotaBoard: { buyers: { totalCount: number, nodes: Array<{ quota: string | null, counted: string, confirmed: string, completion: number | null, buyer: { name: string } }> }, groups: Array<{ group: BuyerGroup, counted: string, confirmed: string }> } };

export type ConsumptionPlaceOrderMutationVariables = Exact<{
  i: PlaceOrderInput;
}>;


export type ConsumptionPlaceOrderMutation = { placeOrder:
    | { __typename: 'Order', id: string, total: string, orderedOn: string, channel: SalesChannel, subOrders: Array<{ id: string, status: SubOrderStatus, total: string, countable: string, pairingId: string | null, county: { code: string }, lines: Array<{ quantity: number, unitPrice: string, amount: string, countsTowardQuota: boolean, product: { name: string } }> }> }
    | { __typename: 'OutOfStockError', code: ErrorCode, message: string, productId: string, requested: number, available: number }
    | { __typename: 'ProductUnavailableError', code: ErrorCode, message: string, productId: string }
   };

type ConsumptionStep_InvalidStateError_Fragment = { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string };

type ConsumptionStep_SubOrder_Fragment = { __typename: 'SubOrder', id: string, status: SubOrderStatus, allowedActions: Array<SubOrderAction>, paymentReference: string | null, invoiceNumber: string | null, inspectionNote: string | null, rating: number | null, reason: string | null };

export type ConsumptionStepFragment =
  | ConsumptionStep_InvalidStateError_Fragment
  | ConsumptionStep_SubOrder_Fragment
;

export type ConsumptionConfirmSubOrderMutationVariables = Exact<{
  i: ChangeSubOrderInput;
}>;


export type ConsumptionConfirmSubOrderMutation = { confirmSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus, allowedActions: Array<SubOrderAction>, paymentReference: string | null, invoiceNumber: string | null, inspectionNote: string | null, rating: number | null, reason: string | null }
   };

export type ConsumptionCancelSubOrderMutationVariables = Exact<{
  i: ChangeSubOrderInput;
}>;


export type ConsumptionCancelSubOrderMutation = { cancelSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus, allowedActions: Array<SubOrderAction>, paymentReference: string | null, invoiceNumber: string | null, inspectionNote: string | null, rating: number | null, reason: string | null }
   };

export type ConsumptionShipSubOrderMutationVariables = Exact<{
  i: ShipSubOrderInput;
}>;


export type ConsumptionShipSubOrderMutation = { shipSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus, allowedActions: Array<SubOrderAction>, paymentReference: string | null, invoiceNumber: string | null, inspectionNote: string | null, rating: number | null, reason: string | null }
   };

export type ConsumptionRefundSubOrderMutationVariables = Exact<{
  i: ChangeSubOrderInput;
}>;


export type ConsumptionRefundSubOrderMutation = { refundSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus, allowedActions: Array<SubOrderAction>, paymentReference: string | null, invoiceNumber: string | null, inspectionNote: string | null, rating: number | null, reason: string | null }
   };

export type ConsumptionRecordPaymentMutationVariables = Exact<{
  i: RecordPaymentInput;
}>;


export type ConsumptionRecordPaymentMutation = { recordPayment:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus, allowedActions: Array<SubOrderAction>, paymentReference: string | null, invoiceNumber: string | null, inspectionNote: string | null, rating: number | null, reason: string | null }
   };

export type ConsumptionReceiveSubOrderMutationVariables = Exact<{
  i: ReceiveSubOrderInput;
}>;


export type ConsumptionReceiveSubOrderMutation = { receiveSubOrder:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus, allowedActions: Array<SubOrderAction>, paymentReference: string | null, invoiceNumber: string | null, inspectionNote: string | null, rating: number | null, reason: string | null }
   };

export type ConsumptionQuotaFragment = { amount: string, basis: QuotaBasis, baseAmount: string | null, rateBasisPoints: number | null, headcount: number | null, perHead: string | null, countySplits: Array<{ amount: string, county: { code: string } }> };

export type ConsumptionSetQuotaMutationVariables = Exact<{
  i: SetQuotaInput;
}>;


export type ConsumptionSetQuotaMutation = { setQuota: { amount: string, basis: QuotaBasis, baseAmount: string | null, rateBasisPoints: number | null, headcount: number | null, perHead: string | null, countySplits: Array<{ amount: string, county: { code: string } }> } };

export type ConsumptionNewBuyerMutationVariables = Exact<{
  i: CreateBuyerInput;
}>;


export type ConsumptionNewBuyerMutation = { createBuyer: { id: string } };

export type ConsumptionNewBuyerUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type ConsumptionNewBuyerUserMutation = { createUser: { id: string } };

export type ConsumptionManageRemoveQuotaMutationVariables = Exact<{
  b: string | number;
  y: number;
}>;


export type ConsumptionManageRemoveQuotaMutation = { removeQuota: boolean };

export type ConsumptionManageCreateBuyerMutationVariables = Exact<{
  i: CreateBuyerInput;
}>;


export type ConsumptionManageCreateBuyerMutation = { createBuyer: { id: string, name: string, group: BuyerGroup, eastRegion: { code: string } } };

export type ConsumptionManageBuyersQueryVariables = Exact<{
  y: number;
  f?: BuyerFilter | null | undefined;
  n?: number | null | undefined;
}>;


export type ConsumptionManageBuyersQuery = { buyers: { totalCount: number, nodes: Array<{ id: string, name: string, group: BuyerGroup, quota: { amount: string, basis: QuotaBasis, baseAmount: string | null, rateBasisPoints: number | null, headcount: number | null, perHead: string | null, countySplits: Array<{ amount: string, county: { code: string } }> } | null }> } };

export type ConsumptionManageSuppliersQueryVariables = Exact<{
  f?: SupplierFilter | null | undefined;
}>;


export type ConsumptionManageSuppliersQuery = { suppliers: { totalCount: number, nodes: Array<{ id: string, name: string, status: SupplierStatus, statusNote: string | null, county: { code: string } }> } };

export type ConsumptionManageReviewSupplierMutationVariables = Exact<{
  i: ReviewSupplierInput;
}>;


export type ConsumptionManageReviewSupplierMutation = { reviewSupplier: { id: string, status: SupplierStatus, statusNote: string | null } };

export type ConsumptionManageOfficialBuyerQuotasQueryVariables = Exact<{
  y: number;
}>;


export type ConsumptionManageOfficialBuyerQuotasQuery = { subOrders: { nodes: Array<{ buyer: { name: string, quota: { amount: string } | null } }> } };

export type ConsumptionManageBuyerQuotaQueryVariables = Exact<{
  id: string | number;
  y: number;
}>;


export type ConsumptionManageBuyerQuotaQuery = { buyer: { quota: { amount: string } | null } };

export type ConsumptionManageBuyerQuota1900QueryVariables = Exact<{
  id: string | number;
}>;


export type ConsumptionManageBuyerQuota1900Query = { buyer: { quota: { amount: string } | null } };

export type ConsumptionManageBuyerQuotaPageQueryVariables = Exact<{
  y: number;
  n?: number | null | undefined;
}>;


export type ConsumptionManageBuyerQuotaPageQuery = { buyers: { nodes: Array<{ name: string, eastRegion: { code: string }, quota: { amount: string, countySplits: Array<{ amount: string, county: { name: string } }> } | null }> } };

export type ConsumptionManageGroupTargetsQueryVariables = Exact<{
  y: number;
}>;


export type ConsumptionManageGroupTargetsQuery = { groupTargets: Array<{ group: BuyerGroup, year: number, amount: string, eastRegion: { code: string } }> };

export type ConsumptionManageSetGroupTargetMutationVariables = Exact<{
  i: SetGroupTargetInput;
}>;


export type ConsumptionManageSetGroupTargetMutation = { setGroupTarget: { group: BuyerGroup, amount: string } };

export type ConsumptionCompletionQueryVariables = Exact<{
  b: string | number;
  y: number;
}>;


export type ConsumptionCompletionQuery = { quotaCompletion: { quota: string | null, counted: string, confirmed: string, countsFrom: CountingPoint, remaining: string, completion: number | null, daysLeft: number, byChannel: Array<{ channel: SalesChannel, counted: string }>, byCounty: Array<{ counted: string, quota: string | null, county: { code: string } }> } };

export type ConsumptionUpdateProductPriceMutationVariables = Exact<{
  i: UpdateProductInput;
}>;


export type ConsumptionUpdateProductPriceMutation = { updateProduct: { price: string } };

export type ConsumptionProductsQueryVariables = Exact<{
  f?: ProductFilter | null | undefined;
  n?: number | null | undefined;
}>;


export type ConsumptionProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ name: string, price: string, certificateStatus: CertificateStatus, countsTowardQuota: boolean, county: { shortName: string }, supplier: { name: string, status: SupplierStatus } }> } };

export type ConsumptionProductCountsQueryVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type ConsumptionProductCountsQuery = { product: { certificateValidTo: string | null, lastYear: boolean, now: boolean } };

export type ConsumptionProductPageQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type ConsumptionProductPageQuery = { products: { nodes: Array<{ name: string, supplier: { name: string, county: { name: string } }, county: { code: string } }> } };

export type ConsumptionRecommendSupplierMutationVariables = Exact<{
  i: RecommendSupplierInput;
}>;


export type ConsumptionRecommendSupplierMutation = { recommendSupplier: { id: string, status: SupplierStatus, creditCode: string, county: { code: string } } };

export type ConsumptionCreateProductMutationVariables = Exact<{
  i: CreateProductInput;
}>;


export type ConsumptionCreateProductMutation = { createProduct: { id: string, price: string, countsTowardQuota: boolean } };

export type ConsumptionReviewSupplierMutationVariables = Exact<{
  i: ReviewSupplierInput;
}>;


export type ConsumptionReviewSupplierMutation = { reviewSupplier: { status: SupplierStatus } };

export type ConsumptionUpdateProductMutationVariables = Exact<{
  i: UpdateProductInput;
}>;


export type ConsumptionUpdateProductMutation = { updateProduct: { price: string, stock: number } };

export type ConsumptionOrderLinesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsumptionOrderLinesQuery = { order: { subOrders: Array<{ lines: Array<{ unitPrice: string, product: { price: string } }> }> } };

export type ConsumptionOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionOrdersQuery = { orders: { totalCount: number, nodes: Array<{ id: string, buyer: { name: string } }> } };

export type ConsumptionOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsumptionOrderQuery = { order: { id: string } };

export type ConsumptionSubOrderBuyersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionSubOrderBuyersQuery = { subOrders: { nodes: Array<{ buyer: { name: string } }> } };

export type ConsumptionMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionMeQuery = { me: { role: Role, buyerId: string | null, buyer: { name: string, group: BuyerGroup, eastRegion: { code: string } } | null } | null };

export type ConsumptionSubOrderCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionSubOrderCountiesQuery = { subOrders: { totalCount: number, nodes: Array<{ county: { code: string }, supplier: { county: { code: string } } }> } };

export type ConsumptionOrderCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionOrderCountQuery = { orders: { totalCount: number } };

export type ConsumptionSubOrderOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionSubOrderOrdersQuery = { subOrders: { nodes: Array<{ order: { id: string, subOrders: Array<{ county: { code: string } }> } }> } };

export type ConsumptionSubOrderPageQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type ConsumptionSubOrderPageQuery = { subOrders: { nodes: Array<{ status: SubOrderStatus, buyer: { name: string }, supplier: { name: string }, county: { code: string }, order: { channel: SalesChannel }, lines: Array<{ quantity: number, product: { name: string, supplier: { name: string } } }> }> } };

export type ConsumptionSubOrderRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionSubOrderRegionsQuery = { subOrders: { totalCount: number, nodes: Array<{ buyer: { eastRegion: { code: string } } }> } };

export type ConsumptionSubOrderCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionSubOrderCountQuery = { subOrders: { totalCount: number } };

export type ConsumptionSetGroupTargetMutationVariables = Exact<{
  i: SetGroupTargetInput;
}>;


export type ConsumptionSetGroupTargetMutation = { setGroupTarget: { amount: string } };

export type ConsumptionQuotaBoardQueryVariables = Exact<{
  y: number;
}>;


export type ConsumptionQuotaBoardQuery = { quotaBoard: { daysLeft: number, counted: string, groups: Array<{ group: BuyerGroup, target: string | null, counted: string, completion: number | null, buyers: number }>, buyers: { totalCount: number, nodes: Array<{ quota: string | null, counted: string, completion: number | null, buyer: { name: string, group: BuyerGroup } }> }, byChannel: Array<{ channel: SalesChannel, counted: string }>, byCounty: Array<{ counted: string, county: { code: string } }> } };

export type ConsumptionQuotaBoard2026QueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumptionQuotaBoard2026Query = { quotaBoard: { counted: string } };

export type CountyHistoryQueryVariables = Exact<{
  f?: AuditFilter | null | undefined;
}>;


export type CountyHistoryQuery = { auditLog: { totalCount: number, nodes: Array<{ action: string, entityType: string, entityId: string, actor: { username: string } | null, record: { id: string, name: string | null } }> } };

export type CountyHistoryRevealMutationVariables = Exact<{
  id: string | number;
}>;


export type CountyHistoryRevealMutation = { revealWorkerIdentity: { workerId: string } };

export type CountyHistoryProductMutationVariables = Exact<{
  i: UpdateProductInput;
}>;


export type CountyHistoryProductMutation = { updateProduct: { id: string } };

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

export type DonationTestFieldsFragment = { id: string, kind: DonationKind, donorKind: DonorKind, donor: string, donorName: string | null, donorCount: number | null, goodsDescription: string | null, valuationBasis: string | null, purpose: string | null, emergency: EmergencyAid, receivedOn: string, receiptNo: string, amount: string, reversesId: string | null, reason: string | null, reversed: boolean, county: { code: string }, eastRegion: { code: string }, pairing: { name: string } | null, enterprise: { name: string } | null };

export type DonationRecordMutationVariables = Exact<{
  i: RecordDonationInput;
}>;


export type DonationRecordMutation = { recordDonation: { id: string, kind: DonationKind, donorKind: DonorKind, donor: string, donorName: string | null, donorCount: number | null, goodsDescription: string | null, valuationBasis: string | null, purpose: string | null, emergency: EmergencyAid, receivedOn: string, receiptNo: string, amount: string, reversesId: string | null, reason: string | null, reversed: boolean, county: { code: string }, eastRegion: { code: string }, pairing: { name: string } | null, enterprise: { name: string } | null } };

export type DonationReverseMutationVariables = Exact<{
  i: ReverseDonationInput;
}>;


export type DonationReverseMutation = { reverseDonation: { id: string, kind: DonationKind, donorKind: DonorKind, donor: string, donorName: string | null, donorCount: number | null, goodsDescription: string | null, valuationBasis: string | null, purpose: string | null, emergency: EmergencyAid, receivedOn: string, receiptNo: string, amount: string, reversesId: string | null, reason: string | null, reversed: boolean, county: { code: string }, eastRegion: { code: string }, pairing: { name: string } | null, enterprise: { name: string } | null } };

export type DonationListQueryVariables = Exact<{
  f?: DonationFilter | null | undefined;
  n?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DonationListQuery = { donations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: DonationKind, donorKind: DonorKind, donor: string, donorName: string | null, donorCount: number | null, goodsDescription: string | null, valuationBasis: string | null, purpose: string | null, emergency: EmergencyAid, receivedOn: string, receiptNo: string, amount: string, reversesId: string | null, reason: string | null, reversed: boolean, reversal: { id: string } | null, county: { code: string }, eastRegion: { code: string }, pairing: { name: string } | null, enterprise: { name: string } | null }> } };

export type DonationOneQueryVariables = Exact<{
  id: string | number;
}>;


export type DonationOneQuery = { donation: { id: string, amount: string } };

export type DonationSummaryQQueryVariables = Exact<{
  f?: DonationFilter | null | undefined;
}>;


export type DonationSummaryQQuery = { donationSummary: { total: string, count: number, goods: string, emergency: string, byDonorKind: Array<{ key: string, label: string, amount: string, count: number }>, byCounty: Array<{ key: string, label: string, amount: string, count: number }> } };

export type DonationProgressQueryVariables = Exact<{
  id: string | number;
  y: number;
}>;


export type DonationProgressQuery = { pairing: { progress: Array<{ indicator: Indicator, recorded: string }> } };

export type DonationLedgerQueryVariables = Exact<{
  id: string | number;
  y: number;
}>;


export type DonationLedgerQuery = { ledgerEntries: { nodes: Array<{ source: LedgerSource, sourceLabel: string | null, amount: string }> } };

export type DonationsImportCommitMutationVariables = Exact<{
  id: string | number;
  mode: ImportMode;
}>;


export type DonationsImportCommitMutation = { commitImport: { status: ImportStatus, written: number, unchanged: number, skipped: number } };

export type EnterprisePhoneOneQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterprisePhoneOneQuery = { enterprise: { id: string, contactPhone: string | null } };

export type EnterprisePhoneListQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterprisePhoneListQuery = { enterprises: { nodes: Array<{ id: string, contactPhone: string | null }> } };

export type EnterprisePhoneUpdateMutationVariables = Exact<{
  i: UpdateEnterpriseInput;
}>;


export type EnterprisePhoneUpdateMutation = { updateEnterprise: { id: string, contactPhone: string | null } };

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

export type EvidenceBatchedFilesQueryVariables = Exact<{
  k: EvidenceRecordType;
  id: string | number;
}>;


export type EvidenceBatchedFilesQuery = { evidenceFiles: Array<{ id: string }> };

export type EvidenceBatchedOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceBatchedOrderQuery = { order: { id: string, subOrders: Array<{ __typename: 'SubOrder', id: string, evidence: Array<{ id: string, status: EvidenceStatus, purpose: EvidencePurpose | null }> }> } };

export type EvidenceBatchedOrderPlainQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceBatchedOrderPlainQuery = { order: { id: string, subOrders: Array<{ id: string }> } };

export type EvidenceBatchedOrdersQueryVariables = Exact<{
  n: number;
}>;


export type EvidenceBatchedOrdersQuery = { orders: { nodes: Array<{ id: string, subOrders: Array<{ __typename: 'SubOrder', id: string, evidence: Array<{ id: string }> }> }> } };

export type EvidenceBatchedFiscalQueryVariables = Exact<{
  n: number;
}>;


export type EvidenceBatchedFiscalQuery = { fiscalProjects: { nodes: Array<{ id: string, transactions: Array<{ __typename: 'FiscalTransaction', id: string, evidence: Array<{ id: string }> }> }> } };

export type EvidenceBatchedProjectsQueryVariables = Exact<{
  n: number;
}>;


export type EvidenceBatchedProjectsQuery = { investmentProjects: { nodes: Array<{ __typename: 'InvestmentProject', id: string, evidence: Array<{ id: string }>, tranches: Array<{ __typename: 'FundTranche', id: string, evidence: Array<{ id: string }> }> }> } };

export type EvidenceBatchedTrainingsQueryVariables = Exact<{
  n: number;
}>;


export type EvidenceBatchedTrainingsQuery = { trainingSessions: { nodes: Array<{ __typename: 'TrainingSession', id: string, evidence: Array<{ id: string }> }> } };

export type EvidenceBatchedUnitPairsQueryVariables = Exact<{
  n: number;
}>;


export type EvidenceBatchedUnitPairsQuery = { unitPairs: { nodes: Array<{ __typename: 'UnitPair', id: string, evidence: Array<{ id: string }> }> } };

export type EvidenceBatchedDonationsQueryVariables = Exact<{
  n: number;
}>;


export type EvidenceBatchedDonationsQuery = { donations: { nodes: Array<{ __typename: 'Donation', id: string, evidence: Array<{ id: string }> }> } };

export type EvidenceRecordFilesQueryVariables = Exact<{
  k: EvidenceRecordType;
  id: string | number;
}>;


export type EvidenceRecordFilesQuery = { evidenceFiles: Array<{ id: string, recordType: EvidenceRecordType, recordId: string, purpose: EvidencePurpose | null, fileName: string, status: EvidenceStatus }> };

export type EvidenceRecordVerifyMutationVariables = Exact<{
  id: string | number;
}>;


export type EvidenceRecordVerifyMutation = { verifyEvidence: { id: string, status: EvidenceStatus } };

export type EvidenceRecordRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type EvidenceRecordRejectMutation = { rejectEvidence: { id: string, status: EvidenceStatus } };

export type EvidenceRecordReopenMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type EvidenceRecordReopenMutation = { reopenEvidence: { id: string, status: EvidenceStatus, reviewedAt: string | null, rejectReason: string | null } };

export type EvidenceRecordCoverageQueryVariables = Exact<{
  p: string | number;
  y: number;
}>;


export type EvidenceRecordCoverageQuery = { evidenceCoverage: Array<{ indicator: Indicator, covered: string, missing: Array<{ amount: string, entry: { id: string } }> }> };

export type EvidenceRecordFigureMutationVariables = Exact<{
  i: RecordReportedFigureInput;
}>;


export type EvidenceRecordFigureMutation = { recordReportedFigure: { id: string } };

export type EvidenceCorrectEntryMutationVariables = Exact<{
  i: CorrectLedgerEntryInput;
}>;


export type EvidenceCorrectEntryMutation = { correctLedgerEntry: { id: string } };

export type EvidenceVerifyMutationVariables = Exact<{
  id: string | number;
}>;


export type EvidenceVerifyMutation = { verifyEvidence: { id: string, status: EvidenceStatus, reviewedAt: string | null, reviewedBy: { username: string } | null } };

export type EvidenceRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type EvidenceRejectMutation = { rejectEvidence: { id: string, status: EvidenceStatus, rejectReason: string | null } };

export type EvidenceEntriesQueryVariables = Exact<{
  f: LedgerEntryFilter;
}>;


export type EvidenceEntriesQuery = { ledgerEntries: { nodes: Array<{ id: string, evidence: Array<{ id: string, fileName: string, mime: string, size: number, sha256: string, status: EvidenceStatus, url: string, uploadedBy: { username: string } | null }> }> } };

export type EvidenceCoverageQueryVariables = Exact<{
  p: string | number;
  y: number;
  first?: number | null | undefined;
}>;


export type EvidenceCoverageQuery = { evidenceCoverage: Array<{ indicator: Indicator, unit: IndicatorUnit, delivered: string, covered: string, ratio: string | null, missingCount: number, missing: Array<{ amount: string, entry: { id: string, amount: string } }> }> };

export type EvidencePairingCoverageQueryVariables = Exact<{
  p: string | number;
  y: number;
}>;


export type EvidencePairingCoverageQuery = { pairing: { evidenceCoverage: Array<{ indicator: Indicator, delivered: string, covered: string, ratio: string | null }> } };

export type EvidenceProgressQueryVariables = Exact<{
  p: string | number;
  y: number;
}>;


export type EvidenceProgressQuery = { pairing: { progress: Array<{ indicator: Indicator, delivered: string }>, evidenceCoverage: Array<{ indicator: Indicator, delivered: string, missing: Array<{ amount: string }> }> } };

export type FiscalTestProjectFragment = { id: string, name: string, year: number, sector: FiscalSector, town: string | null, implementingUnit: string, plannedBeneficiaries: number, plannedPoorBeneficiaries: number, startsOn: string, plannedEndOn: string, allocated: string, disbursed: string, spent: string, useRate: string | null, worksPercent: number | null, status: FiscalProjectStatus, allowedActions: Array<FiscalAction>, pairingId: string, pairing: { id: string }, county: { id: string, code: string }, transactions: Array<{ id: string, kind: FiscalTransactionKind, amount: string, occurredOn: string, reference: string, reversesId: string | null, reason: string | null, reversed: boolean }>, progressReports: Array<{ id: string, reportedOn: string, percent: number, note: string | null }> };

export type FiscalTestCreateMutationVariables = Exact<{
  i: CreateFiscalProjectInput;
}>;


export type FiscalTestCreateMutation = { createFiscalProject: { id: string, name: string, year: number, sector: FiscalSector, town: string | null, implementingUnit: string, plannedBeneficiaries: number, plannedPoorBeneficiaries: number, startsOn: string, plannedEndOn: string, allocated: string, disbursed: string, spent: string, useRate: string | null, worksPercent: number | null, status: FiscalProjectStatus, allowedActions: Array<FiscalAction>, pairingId: string, pairing: { id: string }, county: { id: string, code: string }, transactions: Array<{ id: string, kind: FiscalTransactionKind, amount: string, occurredOn: string, reference: string, reversesId: string | null, reason: string | null, reversed: boolean }>, progressReports: Array<{ id: string, reportedOn: string, percent: number, note: string | null }> } };

export type FiscalTestRecordMutationVariables = Exact<{
  i: RecordFiscalTransactionInput;
}>;


export type FiscalTestRecordMutation = { recordFiscalTransaction: { id: string, kind: FiscalTransactionKind, amount: string, occurredOn: string, reversesId: string | null } };

export type FiscalTestReverseMutationVariables = Exact<{
  i: ReverseFiscalTransactionInput;
}>;


export type FiscalTestReverseMutation = { reverseFiscalTransaction: { id: string, kind: FiscalTransactionKind, amount: string, occurredOn: string, reversesId: string | null, reason: string | null } };

export type FiscalTestProgressMutationVariables = Exact<{
  i: ReportFiscalProgressInput;
}>;


export type FiscalTestProgressMutation = { reportFiscalProgress: { id: string, percent: number, reportedOn: string } };

export type FiscalTestProjectByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type FiscalTestProjectByIdQuery = { fiscalProject: { id: string, name: string, year: number, sector: FiscalSector, town: string | null, implementingUnit: string, plannedBeneficiaries: number, plannedPoorBeneficiaries: number, startsOn: string, plannedEndOn: string, allocated: string, disbursed: string, spent: string, useRate: string | null, worksPercent: number | null, status: FiscalProjectStatus, allowedActions: Array<FiscalAction>, pairingId: string, pairing: { id: string }, county: { id: string, code: string }, transactions: Array<{ id: string, kind: FiscalTransactionKind, amount: string, occurredOn: string, reference: string, reversesId: string | null, reason: string | null, reversed: boolean }>, progressReports: Array<{ id: string, reportedOn: string, percent: number, note: string | null }> } };

export type FiscalTestListQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: FiscalProjectFilter | null | undefined;
}>;


export type FiscalTestListQuery = { fiscalProjects: { totalCount: number, nodes: Array<{ id: string, name: string, year: number, sector: FiscalSector, town: string | null, implementingUnit: string, plannedBeneficiaries: number, plannedPoorBeneficiaries: number, startsOn: string, plannedEndOn: string, allocated: string, disbursed: string, spent: string, useRate: string | null, worksPercent: number | null, status: FiscalProjectStatus, allowedActions: Array<FiscalAction>, pairingId: string, pairing: { id: string }, county: { id: string, code: string }, transactions: Array<{ id: string, kind: FiscalTransactionKind, amount: string, occurredOn: string, reference: string, reversesId: string | null, reason: string | null, reversed: boolean }>, progressReports: Array<{ id: string, reportedOn: string, percent: number, note: string | null }> }> } };

export type FiscalTestBoardQueryVariables = Exact<{
  y: number;
}>;


export type FiscalTestBoardQuery = { fiscalAidBoard: { year: number, projects: number, allocated: string, disbursed: string, spent: string, useRate: string | null, byStatus: Array<{ status: FiscalProjectStatus, projects: number, allocated: string }>, byCounty: Array<{ projects: number, allocated: string, disbursed: string, spent: string, disbursementRate: string | null, useRate: string | null, county: { code: string } }>, slowest: Array<{ id: string, name: string, useRate: string | null }> } };

export type FiscalTestPairingQueryVariables = Exact<{
  id: string | number;
}>;


export type FiscalTestPairingQuery = { pairing: { id: string } };

export type GradingSetMutationVariables = Exact<{
  i: SetGradingSchemeInput;
}>;


export type GradingSetMutation = { setGradingScheme: { id: string, year: number, goodFrom: number, fairFrom: number, averageFrom: number, capAt100: boolean, aPlusFrom: number, weights: Array<{ indicator: Indicator, weight: number }> } };

export type GradingSchemeOfQueryVariables = Exact<{
  y: number;
}>;


export type GradingSchemeOfQuery = { gradingScheme: { year: number, capAt100: boolean, weights: Array<{ indicator: Indicator, weight: number }> } | null };

export type GradingGradesQueryVariables = Exact<{
  y: number;
}>;


export type GradingGradesQuery = { pairingGrades: { year: number, countyClasses: Array<string>, pairings: Array<{ score: string | null, grade: PairingGradeBand | null, rank: number | null, countyClass: string | null, classRank: number | null, pairing: { id: string }, breakdown: Array<{ indicator: Indicator, weight: number, completion: string, capped: boolean, pointsEarned: string, pointsLost: string }> }>, counties: Array<{ pairings: number, score: string | null, grade: PairingGradeBand | null, rank: number | null, countyClass: string | null, classRank: number | null, county: { code: string } }> } | null };

export type GradingSchemeClassesQueryVariables = Exact<{
  y: number;
}>;


export type GradingSchemeClassesQuery = { gradingScheme: { countyClasses: Array<{ name: string, counties: Array<{ code: string }> }> } | null };

export type GradingScorecardQueryVariables = Exact<{
  y: number;
}>;


export type GradingScorecardQuery = { buyerScorecard: { year: number, buyers: Array<{ quota: string | null, counted: string, completion: string | null, band: ScorecardBand | null, rank: number | null, buyer: { id: string, name: string } }>, groups: Array<{ group: BuyerGroup, target: string | null, counted: string, completion: string | null, band: ScorecardBand | null, rank: number | null }> } | null };

export type GradingSaveAgreementMutationVariables = Exact<{
  i: SaveAgreementInput;
}>;


export type GradingSaveAgreementMutation = { saveAgreement: { id: string } };

export type GradingReportMutationVariables = Exact<{
  i: RecordReportedFigureInput;
}>;


export type GradingReportMutation = { recordReportedFigure: { id: string } };

export type GradingSetQuotaMutationVariables = Exact<{
  i: SetQuotaInput;
}>;


export type GradingSetQuotaMutation = { setQuota: { id: string } };

export type GradingExportNamesQueryVariables = Exact<{
  y: number;
}>;


export type GradingExportNamesQuery = { pairingGrades: { pairings: Array<{ pairing: { id: string, name: string } }> } | null };

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

export type ImageLinksImagesQueryVariables = Exact<{
  id: string | number;
}>;


export type ImageLinksImagesQuery = { product: { images: Array<{ id: string, kind: ProductImageKind, url: string }> } };

export type ImageLinksLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ImageLinksLogoutMutation = { logout: boolean };

export type ImportsBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportsBatchQuery = { importBatch: { id: string, kind: ImportKind, status: ImportStatus, rows: number, valid: number, unchanged: number, written: number, skipped: number, sha256: string, problemCount: number, problems: { totalCount: number, nodes: Array<{ row: number, column: string, reason: string }> } } };

export type ImportsAuditedQueryVariables = Exact<{
  id: string;
}>;


export type ImportsAuditedQuery = { auditLog: { nodes: Array<{ action: string, record: { name: string | null } }> } };

export type ImportsCommitMutationVariables = Exact<{
  id: string | number;
  mode: ImportMode;
}>;


export type ImportsCommitMutation = { commitImport: { id: string, status: ImportStatus, mode: ImportMode | null, written: number, unchanged: number, skipped: number } };

export type ImportsBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsBatchesQuery = { importBatches: { totalCount: number, nodes: Array<{ id: string, status: ImportStatus, fileName: string }> } };

export type IntegrityRecordFigureMutationVariables = Exact<{
  i: RecordReportedFigureInput;
}>;


export type IntegrityRecordFigureMutation = { recordReportedFigure: { id: string } };

export type IntegrityVerifyMutationVariables = Exact<{ [key: string]: never; }>;


export type IntegrityVerifyMutation = { verifyIntegrity: Array<{ chain: string, table: string, ok: boolean, checked: number, headPos: number, headHash: string | null, broken: { problem: string, table: string, chainPos: number | null, rowId: string | null, rowSeq: number | null, day: string | null } | null }> };

export type IntegrityStatusTestQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrityStatusTestQuery = { integrityStatus: Array<{ chain: string, rows: number, sealed: number, headPos: number, headHash: string | null, day: string | null, dayHash: string | null }>, chainDayHeads: Array<{ chain: string, day: string, chainPos: number, hash: string }> };

export type InvestmentPairingProgressQueryVariables = Exact<{
  id: string | number;
  y: number;
}>;


export type InvestmentPairingProgressQuery = { pairing: { progress: Array<{ indicator: Indicator, delivered: string, reported: string, recorded: string }> } };

export type InvestmentProjectFieldsFragment = { id: string, name: string, stage: ProjectStage, stageSince: string, contractAmount: string | null, signedOn: string | null, fundsInPlace: string, droppedReason: string | null, allowedNextStages: Array<ProjectStage>, pairing: { name: string } | null, timeline: Array<{ fromStage: ProjectStage | null, toStage: ProjectStage, occurredOn: string, note: string | null, recordedBy: { username: string } | null }>, tranches: Array<{ amount: string, reference: string, reversesId: string | null, reason: string | null, reversed: boolean, recordedBy: { username: string } | null }>, outcomes: Array<{ reportedOn: string, peopleLifted: number, floorPricePerTonne: string | null }> };

export type InvestmentProjectByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InvestmentProjectByIdQuery = { investmentProject: { id: string, name: string, stage: ProjectStage, stageSince: string, contractAmount: string | null, signedOn: string | null, fundsInPlace: string, droppedReason: string | null, allowedNextStages: Array<ProjectStage>, pairing: { name: string } | null, timeline: Array<{ fromStage: ProjectStage | null, toStage: ProjectStage, occurredOn: string, note: string | null, recordedBy: { username: string } | null }>, tranches: Array<{ amount: string, reference: string, reversesId: string | null, reason: string | null, reversed: boolean, recordedBy: { username: string } | null }>, outcomes: Array<{ reportedOn: string, peopleLifted: number, floorPricePerTonne: string | null }> } };

export type InvestmentCreateLeadMutationVariables = Exact<{
  i: CreateLeadInput;
}>;


export type InvestmentCreateLeadMutation = { createInvestmentLead: { id: string, title: string, plannedInvestment: string, visibility: LeadVisibility, enterprise: { name: string }, preferredCounties: Array<{ code: string }> } };

export type InvestmentUpdateLeadMutationVariables = Exact<{
  i: UpdateLeadInput;
}>;


export type InvestmentUpdateLeadMutation = { updateInvestmentLead: { id: string, title: string, plannedInvestment: string } };

export type InvestmentLeadListQueryVariables = Exact<{
  f?: LeadFilter | null | undefined;
  n?: number | null | undefined;
}>;


export type InvestmentLeadListQuery = { investmentLeads: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, title: string, plannedInvestment: string }> } };

export type InvestmentLeadByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InvestmentLeadByIdQuery = { investmentLead: { id: string, title: string, interests: Array<{ note: string | null, county: { code: string } }>, projects: Array<{ id: string }> } };

export type InvestmentExpressInterestMutationVariables = Exact<{
  i: ExpressInterestInput;
}>;


export type InvestmentExpressInterestMutation = { expressInterest: { id: string, interests: Array<{ county: { code: string } }> } };

export type InvestmentCreateProjectMutationVariables = Exact<{
  i: CreateProjectInput;
}>;


export type InvestmentCreateProjectMutation = { createInvestmentProject: { id: string, name: string, stage: ProjectStage, stageSince: string, contractAmount: string | null, signedOn: string | null, fundsInPlace: string, droppedReason: string | null, allowedNextStages: Array<ProjectStage>, pairing: { name: string } | null, timeline: Array<{ fromStage: ProjectStage | null, toStage: ProjectStage, occurredOn: string, note: string | null, recordedBy: { username: string } | null }>, tranches: Array<{ amount: string, reference: string, reversesId: string | null, reason: string | null, reversed: boolean, recordedBy: { username: string } | null }>, outcomes: Array<{ reportedOn: string, peopleLifted: number, floorPricePerTonne: string | null }> } };

export type InvestmentMoveProjectStageMutationVariables = Exact<{
  i: MoveProjectStageInput;
}>;


export type InvestmentMoveProjectStageMutation = { moveProjectStage:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'InvestmentProject', id: string, name: string, stage: ProjectStage, stageSince: string, contractAmount: string | null, signedOn: string | null, fundsInPlace: string, droppedReason: string | null, allowedNextStages: Array<ProjectStage>, pairing: { name: string } | null, timeline: Array<{ fromStage: ProjectStage | null, toStage: ProjectStage, occurredOn: string, note: string | null, recordedBy: { username: string } | null }>, tranches: Array<{ amount: string, reference: string, reversesId: string | null, reason: string | null, reversed: boolean, recordedBy: { username: string } | null }>, outcomes: Array<{ reportedOn: string, peopleLifted: number, floorPricePerTonne: string | null }> }
   };

export type InvestmentRecordFundTrancheMutationVariables = Exact<{
  i: RecordFundTrancheInput;
}>;


export type InvestmentRecordFundTrancheMutation = { recordFundTranche: { id: string, amount: string, receivedOn: string, reference: string } };

export type InvestmentReverseFundTrancheMutationVariables = Exact<{
  i: ReverseFundTrancheInput;
}>;


export type InvestmentReverseFundTrancheMutation = { reverseFundTranche: { id: string, amount: string, reversesId: string | null, reason: string | null, receivedOn: string } };

export type InvestmentRecordOutcomeMutationVariables = Exact<{
  i: RecordOutcomeInput;
}>;


export type InvestmentRecordOutcomeMutation = { recordProjectOutcome: { id: string, reportedOn: string, peopleLifted: number, guaranteedPurchaseTerms: string | null, floorPricePerTonne: string | null } };

export type InvestmentSiteVisitTotalsQueryVariables = Exact<{
  f?: SiteVisitFilter | null | undefined;
}>;


export type InvestmentSiteVisitTotalsQuery = { siteVisitTotals: { batches: number, enterprises: number } };

export type InvestmentUpdateLeadTextsMutationVariables = Exact<{
  i: UpdateLeadInput;
}>;


export type InvestmentUpdateLeadTextsMutation = { updateInvestmentLead: { title: string, contactName: string | null, contactPhone: string | null, needsNote: string | null } };

export type InvestmentRecordSiteVisitMutationVariables = Exact<{
  i: RecordSiteVisitInput;
}>;


export type InvestmentRecordSiteVisitMutation = { recordSiteVisit: { id: string, delegation: string, batches: number, enterpriseCount: number, enterprises: Array<{ name: string }>, counties: Array<{ code: string }>, eastRegion: { code: string } } };

export type InvestmentSiteVisitDelegationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvestmentSiteVisitDelegationsQuery = { siteVisits: { nodes: Array<{ delegation: string }> } };

export type InvestmentSiteVisitCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type InvestmentSiteVisitCountiesQuery = { siteVisits: { nodes: Array<{ delegation: string, counties: Array<{ code: string }> }> } };

export type InvestmentPipelineBoardQueryVariables = Exact<{
  y: number;
}>;


export type InvestmentPipelineBoardQuery = { pipelineBoard: { year: number, stages: Array<{ stage: ProjectStage, projects: number, planned: string, contracted: string, inPlace: string, inPlaceInYear: string }> } };

export type InvestmentFundsInPlaceSeriesQueryVariables = Exact<{
  y: number;
}>;


export type InvestmentFundsInPlaceSeriesQuery = { fundsInPlaceSeries: Array<{ month: number, amount: string, cumulative: string }> };

export type InvestmentProjectCountQueryVariables = Exact<{ [key: string]: never; }>;


export type InvestmentProjectCountQuery = { investmentProjects: { totalCount: number } };

export type InvestmentProjectsLoadedQueryVariables = Exact<{
  n: number;
}>;


export type InvestmentProjectsLoadedQuery = { investmentProjects: { nodes: Array<{ name: string, fundsInPlace: string, lead: { title: string, enterprise: { name: string } }, enterprise: { name: string, homeRegion: { name: string } }, county: { name: string }, pairing: { name: string } | null, timeline: Array<{ toStage: ProjectStage }>, tranches: Array<{ amount: string, reversed: boolean }>, outcomes: Array<{ peopleLifted: number }>, latestOutcome: { jobsCreated: number } | null, siteVisits: Array<{ delegation: string }> }> } };

export type InvestmentLeadsLoadedQueryVariables = Exact<{
  n: number;
}>;


export type InvestmentLeadsLoadedQuery = { investmentLeads: { nodes: Array<{ title: string, enterprise: { name: string }, preferredCounties: Array<{ name: string }>, interests: Array<{ county: { name: string } }>, projects: Array<{ name: string }> }> } };

export type InvestmentSiteVisitsLoadedQueryVariables = Exact<{
  n: number;
}>;


export type InvestmentSiteVisitsLoadedQuery = { siteVisits: { nodes: Array<{ delegation: string, eastRegion: { name: string }, enterprises: Array<{ name: string }>, counties: Array<{ name: string }>, projects: Array<{ name: string }> }> } };

export type InvestmentProjectsFirst50QueryVariables = Exact<{ [key: string]: never; }>;


export type InvestmentProjectsFirst50Query = { investmentProjects: { totalCount: number } };

export type JointWorkFieldsFragment = { id: string, kind: JointWorkKind, heldOn: string, title: string, place: string, direction: VisitDirection | null, eastOffices: Array<string>, westOffices: Array<string>, leader: string, personVisits: number, documentRef: string | null, outcome: string | null, withdrawn: boolean, withdrawnAt: string | null, withdrawnReason: string | null, canWithdraw: boolean, pairingId: string, pairing: { id: string, name: string } | null };

export type JointWorkRecordMutationVariables = Exact<{
  i: RecordJointWorkInput;
}>;


export type JointWorkRecordMutation = { recordJointWork: { id: string, kind: JointWorkKind, heldOn: string, title: string, place: string, direction: VisitDirection | null, eastOffices: Array<string>, westOffices: Array<string>, leader: string, personVisits: number, documentRef: string | null, outcome: string | null, withdrawn: boolean, withdrawnAt: string | null, withdrawnReason: string | null, canWithdraw: boolean, pairingId: string, pairing: { id: string, name: string } | null } };

export type JointWorkWithdrawMutationVariables = Exact<{
  i: WithdrawJointWorkInput;
}>;


export type JointWorkWithdrawMutation = { withdrawJointWork: { id: string, kind: JointWorkKind, heldOn: string, title: string, place: string, direction: VisitDirection | null, eastOffices: Array<string>, westOffices: Array<string>, leader: string, personVisits: number, documentRef: string | null, outcome: string | null, withdrawn: boolean, withdrawnAt: string | null, withdrawnReason: string | null, canWithdraw: boolean, pairingId: string, pairing: { id: string, name: string } | null } };

export type JointWorkListQueryVariables = Exact<{
  f?: JointWorkFilter | null | undefined;
  first: number;
}>;


export type JointWorkListQuery = { jointWork: { totalCount: number, nodes: Array<{ id: string, kind: JointWorkKind, heldOn: string, title: string, place: string, direction: VisitDirection | null, eastOffices: Array<string>, westOffices: Array<string>, leader: string, personVisits: number, documentRef: string | null, outcome: string | null, withdrawn: boolean, withdrawnAt: string | null, withdrawnReason: string | null, canWithdraw: boolean, pairingId: string, pairing: { id: string, name: string } | null }> } };

export type JointWorkOneQueryVariables = Exact<{
  id: string | number;
}>;


export type JointWorkOneQuery = { jointWorkRecord: { id: string, title: string } };

export type JointWorkSummaryQueryVariables = Exact<{
  f?: JointWorkFilter | null | undefined;
}>;


export type JointWorkSummaryQuery = { jointWorkSummary: { meetings: number, visits: number, personVisits: number, rows: Array<{ year: number, pairingId: string, meetings: number, visits: number, personVisits: number, pairing: { name: string } | null }> } };

export type JointWorkNestedQueryVariables = Exact<{
  id: string | number;
}>;


export type JointWorkNestedQuery = { pairing: { id: string, jointWork: Array<{ id: string }> } };

export type JointWorkProgressQueryVariables = Exact<{
  id: string | number;
  y: number;
}>;


export type JointWorkProgressQuery = { pairing: { progress: Array<{ indicator: Indicator, target: string | null, delivered: string, recorded: string, reported: string, unit: IndicatorUnit }> } };

export type JointWorkSetTargetMutationVariables = Exact<{
  i: SetAgreementTargetInput;
}>;


export type JointWorkSetTargetMutation = { setAgreementTarget: { targets: Array<{ indicator: Indicator, target: string }> } };

export type JointWorkLedgerQueryVariables = Exact<{
  f: LedgerEntryFilter;
}>;


export type JointWorkLedgerQuery = { ledgerEntries: { nodes: Array<{ indicator: Indicator, amount: string, occurredOn: string, source: LedgerSource, sourceId: string | null, sourceLabel: string | null, note: string | null }> } };

export type LabourWorkerFieldsFragment = { id: string, name: string, sex: Sex, birthYear: number, idNumberMasked: string, phoneMasked: string, registeredPoor: boolean, skills: Array<string>, consented: boolean, consentGivenOn: string | null, consentWithdrawnOn: string | null, county: { code: string } };

export type LabourPutForwardWorkerMutationVariables = Exact<{
  i: PutForwardWorkerInput;
}>;


export type LabourPutForwardWorkerMutation = { putForwardWorker: { id: string, name: string, sex: Sex, birthYear: number, idNumberMasked: string, phoneMasked: string, registeredPoor: boolean, skills: Array<string>, consented: boolean, consentGivenOn: string | null, consentWithdrawnOn: string | null, county: { code: string } } };

export type LabourRevealWorkerIdentityMutationVariables = Exact<{
  id: string | number;
}>;


export type LabourRevealWorkerIdentityMutation = { revealWorkerIdentity: { workerId: string, idNumber: string, phone: string } };

export type LabourWorkerQueryVariables = Exact<{
  id: string | number;
}>;


export type LabourWorkerQuery = { worker: { id: string, name: string, sex: Sex, birthYear: number, idNumberMasked: string, phoneMasked: string, registeredPoor: boolean, skills: Array<string>, consented: boolean, consentGivenOn: string | null, consentWithdrawnOn: string | null, county: { code: string } } };

export type LabourWorkersQueryVariables = Exact<{
  f?: WorkerFilter | null | undefined;
  n?: number | null | undefined;
}>;


export type LabourWorkersQuery = { workers: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, name: string, sex: Sex, birthYear: number, idNumberMasked: string, phoneMasked: string, registeredPoor: boolean, skills: Array<string>, consented: boolean, consentGivenOn: string | null, consentWithdrawnOn: string | null, county: { code: string } }> } };

export type LabourRetentionQueryVariables = Exact<{
  y: number;
}>;


export type LabourRetentionQuery = { labourRetention: Array<{ placed: number, employed: number, stable: number, left: number, eligible: number, retained: number, retentionRate: number | null, county: { code: string } }> };

export type LabourWorkerTypeFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type LabourWorkerTypeFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type LabourRecordWorkerConsentMutationVariables = Exact<{
  i: RecordWorkerConsentInput;
}>;


export type LabourRecordWorkerConsentMutation = { recordWorkerConsent: { consented: boolean, consentGivenOn: string | null, consentWithdrawnOn: string | null } };

export type LabourRecordTrainingMutationVariables = Exact<{
  i: RecordTrainingInput;
}>;


export type LabourRecordTrainingMutation = { recordTraining: { id: string, pairingId: string | null, peopleTrained: number, headcount: number, attendees: Array<{ id: string }>, county: { code: string }, eastRegion: { code: string } } };

export type LabourRegisterWorkshopMutationVariables = Exact<{
  i: RegisterWorkshopInput;
}>;


export type LabourRegisterWorkshopMutation = { registerWorkshop: { id: string, pairingId: string | null, employed: number, poorEmployed: number, reportedOn: string, reports: Array<{ reportedOn: string, employed: number, poorEmployed: number }> } };

export type LabourReportWorkshopEmploymentMutationVariables = Exact<{
  i: ReportWorkshopEmploymentInput;
}>;


export type LabourReportWorkshopEmploymentMutation = { reportWorkshopEmployment: { employed: number, poorEmployed: number, reportedOn: string, reports: Array<{ reportedOn: string, employed: number }> } };

export type LabourWorkshopsQueryVariables = Exact<{ [key: string]: never; }>;


export type LabourWorkshopsQuery = { workshops: { totalCount: number, nodes: Array<{ name: string, county: { code: string } }> } };

export type LabourCreateJobPostingMutationVariables = Exact<{
  i: CreateJobPostingInput;
}>;


export type LabourCreateJobPostingMutation = { createJobPosting: { id: string, position: string, places: number, filled: number, placesLeft: number, wageMin: string, wageMax: string, housing: Housing, enterprise: { name: string }, location: { code: string } } };

type LabourPlacementOutcome_InvalidStateError_Fragment = { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string };

type LabourPlacementOutcome_Placement_Fragment = { __typename: 'Placement' };

type LabourPlacementOutcome_PostingFullError_Fragment = { __typename: 'PostingFullError', code: ErrorCode, message: string, postingId: string, places: number };

export type LabourPlacementOutcomeFragment =
  | LabourPlacementOutcome_InvalidStateError_Fragment
  | LabourPlacementOutcome_Placement_Fragment
  | LabourPlacementOutcome_PostingFullError_Fragment
;

export type LabourPlaceWorkerMutationVariables = Exact<{
  i: PlaceWorkerInput;
}>;


export type LabourPlaceWorkerMutation = { placeWorker:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'Placement', id: string, status: PlacementStatus, pairingId: string | null, placedOn: string, stages: Array<{ status: PlacementStatus, occurredOn: string }> }
    | { __typename: 'PostingFullError', code: ErrorCode, message: string, postingId: string, places: number }
   };

type LabourPlacementStep_InvalidStateError_Fragment = { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string };

type LabourPlacementStep_Placement_Fragment = { __typename: 'Placement', id: string, status: PlacementStatus, allowedActions: Array<PlacementAction>, employedOn: string | null, stableOn: string | null, leftOn: string | null, leftReason: string | null, poorCounted: boolean, stages: Array<{ status: PlacementStatus, occurredOn: string, note: string | null }> };

type LabourPlacementStep_PostingFullError_Fragment = { __typename: 'PostingFullError', code: ErrorCode, message: string, postingId: string, places: number };

export type LabourPlacementStepFragment =
  | LabourPlacementStep_InvalidStateError_Fragment
  | LabourPlacementStep_Placement_Fragment
  | LabourPlacementStep_PostingFullError_Fragment
;

export type LabourRecordEmploymentMutationVariables = Exact<{
  i: ChangePlacementInput;
}>;


export type LabourRecordEmploymentMutation = { recordEmployment:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'Placement', id: string, status: PlacementStatus, allowedActions: Array<PlacementAction>, employedOn: string | null, stableOn: string | null, leftOn: string | null, leftReason: string | null, poorCounted: boolean, stages: Array<{ status: PlacementStatus, occurredOn: string, note: string | null }> }
    | { __typename: 'PostingFullError', code: ErrorCode, message: string, postingId: string, places: number }
   };

export type LabourRecordStableMutationVariables = Exact<{
  i: ChangePlacementInput;
}>;


export type LabourRecordStableMutation = { recordStable:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'Placement', id: string, status: PlacementStatus, allowedActions: Array<PlacementAction>, employedOn: string | null, stableOn: string | null, leftOn: string | null, leftReason: string | null, poorCounted: boolean, stages: Array<{ status: PlacementStatus, occurredOn: string, note: string | null }> }
    | { __typename: 'PostingFullError', code: ErrorCode, message: string, postingId: string, places: number }
   };

export type LabourRecordLeftMutationVariables = Exact<{
  i: ChangePlacementInput;
}>;


export type LabourRecordLeftMutation = { recordLeft:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, state: string, entityId: string, action: string }
    | { __typename: 'Placement', id: string, status: PlacementStatus, allowedActions: Array<PlacementAction>, employedOn: string | null, stableOn: string | null, leftOn: string | null, leftReason: string | null, poorCounted: boolean, stages: Array<{ status: PlacementStatus, occurredOn: string, note: string | null }> }
    | { __typename: 'PostingFullError', code: ErrorCode, message: string, postingId: string, places: number }
   };

export type LabourCreateEmployerUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type LabourCreateEmployerUserMutation = { createUser: { id: string } };

export type LabourEmployerLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type LabourEmployerLoginMutation = { login: { token: string } };

export type LabourJobPostingsQueryVariables = Exact<{
  f?: JobPostingFilter | null | undefined;
}>;


export type LabourJobPostingsQuery = { jobPostings: { totalCount: number, nodes: Array<{ id: string, position: string, enterprise: { name: string } }> } };

export type LabourJobPostingQueryVariables = Exact<{
  id: string | number;
}>;


export type LabourJobPostingQuery = { jobPosting: { id: string } };

export type LabourEmployerPlacementsQueryVariables = Exact<{ [key: string]: never; }>;


export type LabourEmployerPlacementsQuery = { placements: { nodes: Array<{ id: string, worker: { id: string, name: string, idNumberMasked: string }, enterprise: { name: string } }> } };

export type LabourEmployerEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type LabourEmployerEverythingQuery = { workers: { nodes: Array<{ idNumberMasked: string, phoneMasked: string }> }, placements: { nodes: Array<{ worker: { idNumberMasked: string } }> } };

export type LabourPlacementsLoadedQueryVariables = Exact<{
  n: number;
}>;


export type LabourPlacementsLoadedQuery = { placements: { nodes: Array<{ status: PlacementStatus, worker: { name: string, county: { name: string } }, posting: { position: string, location: { code: string } }, enterprise: { name: string }, county: { code: string }, stages: Array<{ status: PlacementStatus }> }> } };

export type LabourRecordJobFairMutationVariables = Exact<{
  i: RecordJobFairInput;
}>;


export type LabourRecordJobFairMutation = { recordJobFair: { id: string, name: string, attendance: number, offers: number, employers: Array<{ name: string }>, county: { code: string } } };

export type LabourJobFairsQueryVariables = Exact<{ [key: string]: never; }>;


export type LabourJobFairsQuery = { jobFairs: { totalCount: number, nodes: Array<{ id: string }> } };

export type LabourFailedLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type LabourFailedLoginMutation = { login: { token: string } };

export type LeadPhoneCreateMutationVariables = Exact<{
  i: CreateLeadInput;
}>;


export type LeadPhoneCreateMutation = { createInvestmentLead: { id: string, contactPhone: string | null } };

export type LeadPhoneOneQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadPhoneOneQuery = { investmentLead: { id: string, contactPhone: string | null } };

export type LeadPhoneListQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadPhoneListQuery = { investmentLeads: { nodes: Array<{ id: string, contactPhone: string | null }> } };

export type LeadPhoneUpdateMutationVariables = Exact<{
  i: UpdateLeadInput;
}>;


export type LeadPhoneUpdateMutation = { updateInvestmentLead: { id: string, contactPhone: string | null } };

export type LeadPhoneInterestMutationVariables = Exact<{
  i: ExpressInterestInput;
}>;


export type LeadPhoneInterestMutation = { expressInterest: { id: string, contactPhone: string | null } };

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

export type LedgerProgressAsOfQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type LedgerProgressAsOfQuery = { pairing: { progress: Array<{ indicator: Indicator, delivered: string, reported: string, entryCount: number, projected: string | null, projectionMethod: ProjectionMethod }> } };

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

export type LoginBurstLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginBurstLoginMutation = { login: { token: string } };

export type LogsLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LogsLoginMutation = { login: { token: string } };

export type LogsLoginLogQueryVariables = Exact<{
  f?: LoginLogFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type LogsLoginLogQuery = { loginLog: { totalCount: number, nodes: Array<{ username: string, outcome: LoginOutcome, ip: string, user: { username: string } | null }> } };

export type LogsAuditQueryVariables = Exact<{
  f?: AuditFilter | null | undefined;
}>;


export type LogsAuditQuery = { auditLog: { totalCount: number, nodes: Array<{ action: string, entityType: string, record: { type: string, id: string, name: string | null }, fields: Array<{ field: string, changed: boolean, before: { kind: AuditValueKind, text: string | null, refType: string | null, refId: string | null } | null, after: { kind: AuditValueKind, text: string | null, refType: string | null, refId: string | null } | null }> }> } };

export type LogsDisableMutationVariables = Exact<{
  id: string | number;
}>;


export type LogsDisableMutation = { disableUser: { id: string } };

export type LogsSetTargetMutationVariables = Exact<{
  i: SetAgreementTargetInput;
}>;


export type LogsSetTargetMutation = { setAgreementTarget: { id: string } };

export type LogsAccessMutationVariables = Exact<{
  i: UpdateUserAccessInput;
}>;


export type LogsAccessMutation = { updateUserAccess: { id: string } };

export type LogsCreateRegionMutationVariables = Exact<{
  i: CreateRegionInput;
}>;


export type LogsCreateRegionMutation = { createRegion: { id: string } };

export type LogsCreatePairingMutationVariables = Exact<{
  i: CreatePairingInput;
}>;


export type LogsCreatePairingMutation = { createPairing: { id: string } };

export type LogsSaveAgreementMutationVariables = Exact<{
  i: SaveAgreementInput;
}>;


export type LogsSaveAgreementMutation = { saveAgreement: { id: string } };

export type LogsCreateAccountMutationVariables = Exact<{
  i: NewUserInput;
}>;


export type LogsCreateAccountMutation = { createUserWithOneTimePassword: { user: { id: string } } };

export type LogsSupplierMutationVariables = Exact<{
  i: UpdateSupplierInput;
}>;


export type LogsSupplierMutation = { updateSupplier: { id: string } };

export type LogsAuditPageQueryVariables = Exact<{
  first: number;
}>;


export type LogsAuditPageQuery = { auditLog: { nodes: Array<{ actor: { displayName: string } | null, record: { name: string | null }, fields: Array<{ field: string, after: { text: string | null } | null, before: { text: string | null } | null }> }> } };

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

export type OrderCountyScopeOrderQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type OrderCountyScopeOrderQuery = { order: { id: string, total: string, subOrders: Array<{ id: string, total: string, countable: string, county: { code: string }, order: { total: string, subOrders: Array<{ id: string }> } }>, buyer: { quota: { year: number } | null, reservedShare: { year: number } | null } } };

export type OrderCountyScopeSubOrdersQueryVariables = Exact<{
  n: string;
}>;


export type OrderCountyScopeSubOrdersQuery = { subOrders: { nodes: Array<{ id: string, total: string, county: { code: string }, order: { id: string, total: string, subOrders: Array<{ id: string, total: string }> } }> } };

export type OrdersOpsOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrdersOpsOrderQuery = { order: { id: string, orderNumber: string, orderedOn: string, total: string, subOrders: Array<{ id: string, number: string, status: SubOrderStatus, total: string, carrier: string | null, waybillNumber: string | null, county: { name: string }, history: Array<{ action: SubOrderAction, status: SubOrderStatus, at: string }> }> } };

export type OrdersOpsOrdersQueryVariables = Exact<{
  filter?: SubOrderFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type OrdersOpsOrdersQuery = { orders: { totalCount: number, nodes: Array<{ id: string, orderNumber: string, subOrders: Array<{ id: string, status: SubOrderStatus, carrier: string | null, waybillNumber: string | null }> }> } };

export type OrdersOpsSubOrdersQueryVariables = Exact<{
  filter?: SubOrderFilter | null | undefined;
}>;


export type OrdersOpsSubOrdersQuery = { subOrders: { totalCount: number, nodes: Array<{ id: string, number: string, status: SubOrderStatus, county: { name: string } }> }, subOrderStatusCounts: Array<{ status: SubOrderStatus, count: number }> };

export type OrdersOpsShipMutationVariables = Exact<{
  i: ShipSubOrderInput;
}>;


export type OrdersOpsShipMutation = { shipSubOrder:
    | { __typename: 'InvalidStateError' }
    | { __typename: 'SubOrder', id: string, status: SubOrderStatus, carrier: string | null, waybillNumber: string | null }
   };

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

export type PeriodsPeriodQueryVariables = Exact<{
  p: string | number;
  m: string;
}>;


export type PeriodsPeriodQuery = { reportingPeriod: { pairingId: string, month: string, status: ReportingPeriodState, reason: string | null, allowedActions: Array<ReportingAction>, submittedBy: { username: string } | null, decidedBy: { username: string } | null, explanations: Array<{ key: string, text: string }>, findings: Array<{ key: string, rule: DataQualityRule, severity: FindingSeverity, indicator: Indicator | null, entryId: string | null, recordType: FindingRecordType | null, recordId: string | null, message: string, explanation: string | null }>, figures: Array<{ indicator: Indicator, amount: string }>, history: Array<{ action: ReportingAction, fromState: ReportingPeriodState, toState: ReportingPeriodState, reason: string | null, actor: { username: string } | null }> } };

export type PeriodsSubmitMutationVariables = Exact<{
  i: SubmitReportingPeriodInput;
}>;


export type PeriodsSubmitMutation = { submitReportingPeriod:
    | { __typename: 'InvalidStateError', state: string, action: string }
    | { __typename: 'ReportingPeriod', status: ReportingPeriodState, explanations: Array<{ key: string, text: string }> }
   };

export type PeriodsApproveMutationVariables = Exact<{
  i: DecideReportingPeriodInput;
}>;


export type PeriodsApproveMutation = { approveReportingPeriod:
    | { __typename: 'InvalidStateError', state: string, action: string }
    | { __typename: 'ReportingPeriod', status: ReportingPeriodState, allowedActions: Array<ReportingAction> }
   };

export type PeriodsReturnMutationVariables = Exact<{
  i: DecideReportingPeriodInput;
}>;


export type PeriodsReturnMutation = { returnReportingPeriod:
    | { __typename: 'InvalidStateError' }
    | { __typename: 'ReportingPeriod', status: ReportingPeriodState, reason: string | null }
   };

export type PeriodsUnlockMutationVariables = Exact<{
  i: DecideReportingPeriodInput;
}>;


export type PeriodsUnlockMutation = { unlockReportingPeriod:
    | { __typename: 'InvalidStateError' }
    | { __typename: 'ReportingPeriod', status: ReportingPeriodState, reason: string | null }
   };

export type PeriodsBoardQueryVariables = Exact<{
  y: number;
}>;


export type PeriodsBoardQuery = { reportingBoard: { months: Array<string>, rows: Array<{ missing: number, pairing: { id: string, name: string }, cells: Array<{ month: string, status: ReportingPeriodState, due: boolean }> }>, totals: Array<{ month: string, due: number, submitted: number, approved: number, missing: number }> } };

export type PeriodsPairingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeriodsPairingsQuery = { pairings: { nodes: Array<{ id: string }> } };

export type PeriodsRecordFigureMutationVariables = Exact<{
  i: RecordReportedFigureInput;
}>;


export type PeriodsRecordFigureMutation = { recordReportedFigure: { id: string, occurredOn: string } };

export type PeriodsCorrectMutationVariables = Exact<{
  i: CorrectLedgerEntryInput;
}>;


export type PeriodsCorrectMutation = { correctLedgerEntry: { id: string, occurredOn: string, correctsId: string | null } };

export type PeriodsDonationMutationVariables = Exact<{
  i: RecordDonationInput;
}>;


export type PeriodsDonationMutation = { recordDonation: { id: string } };

export type PeriodsFiscalProjectMutationVariables = Exact<{
  i: CreateFiscalProjectInput;
}>;


export type PeriodsFiscalProjectMutation = { createFiscalProject: { id: string } };

export type PeriodsFiscalTxMutationVariables = Exact<{
  i: RecordFiscalTransactionInput;
}>;


export type PeriodsFiscalTxMutation = { recordFiscalTransaction: { id: string } };

export type PeriodsFiscalProgressMutationVariables = Exact<{
  i: ReportFiscalProgressInput;
}>;


export type PeriodsFiscalProgressMutation = { reportFiscalProgress: { id: string } };

export type PeriodsTrancheMutationVariables = Exact<{
  i: RecordFundTrancheInput;
}>;


export type PeriodsTrancheMutation = { recordFundTranche: { id: string } };

export type UikitCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type UikitCreateUserMutation = { createUser: { id: string } };

export type UikitLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type UikitLoginMutation = { login: { token: string } };

export type UikitExpressInterestMutationVariables = Exact<{
  i: ExpressInterestInput;
}>;


export type UikitExpressInterestMutation = { expressInterest: { id: string, interests: Array<{ mine: boolean, county: { code: string } }> } };

export type UikitWithdrawInterestMutationVariables = Exact<{
  leadId: string | number;
}>;


export type UikitWithdrawInterestMutation = { withdrawInterest: { id: string, interests: Array<{ mine: boolean, county: { code: string } }> } };

export type UikitPostingFragment = { id: string, position: string, places: number, filled: number, wageMin: string, wageMax: string, housing: Housing, opensOn: string, closesOn: string | null, description: string | null, open: boolean, closedAt: string | null, location: { code: string } };

export type UikitCreatePostingMutationVariables = Exact<{
  i: CreateJobPostingInput;
}>;


export type UikitCreatePostingMutation = { createJobPosting: { id: string, position: string, places: number, filled: number, wageMin: string, wageMax: string, housing: Housing, opensOn: string, closesOn: string | null, description: string | null, open: boolean, closedAt: string | null, location: { code: string } } };

export type UikitUpdatePostingMutationVariables = Exact<{
  i: UpdateJobPostingInput;
}>;


export type UikitUpdatePostingMutation = { updateJobPosting: { id: string, position: string, places: number, filled: number, wageMin: string, wageMax: string, housing: Housing, opensOn: string, closesOn: string | null, description: string | null, open: boolean, closedAt: string | null, location: { code: string } } };

export type UikitClosePostingMutationVariables = Exact<{
  id: string | number;
}>;


export type UikitClosePostingMutation = { closeJobPosting: { id: string, position: string, places: number, filled: number, wageMin: string, wageMax: string, housing: Housing, opensOn: string, closesOn: string | null, description: string | null, open: boolean, closedAt: string | null, location: { code: string } } };

export type UikitReopenPostingMutationVariables = Exact<{
  id: string | number;
}>;


export type UikitReopenPostingMutation = { reopenJobPosting: { id: string, position: string, places: number, filled: number, wageMin: string, wageMax: string, housing: Housing, opensOn: string, closesOn: string | null, description: string | null, open: boolean, closedAt: string | null, location: { code: string } } };

export type UikitPostingsQueryVariables = Exact<{
  f?: JobPostingFilter | null | undefined;
}>;


export type UikitPostingsQuery = { jobPostings: { nodes: Array<{ id: string, open: boolean }> } };

export type UikitPlaceWorkerMutationVariables = Exact<{
  i: PlaceWorkerInput;
}>;


export type UikitPlaceWorkerMutation = { placeWorker:
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string, entityId: string, state: string, action: string }
    | { __typename: 'Placement', id: string }
    | { __typename: 'PostingFullError', code: ErrorCode, message: string }
   };

export type UikitPutForwardMutationVariables = Exact<{
  i: PutForwardWorkerInput;
}>;


export type UikitPutForwardMutation = { putForwardWorker: { id: string } };

export type ProgressExportBoardQueryVariables = Exact<{
  year: number;
}>;


export type ProgressExportBoardQuery = { pairings: { totalCount: number, nodes: Array<{ id: string, name: string, progress: Array<{ indicator: Indicator, delivered: string, reported: string, target: string | null }> }> } };

export type PurchaseOrderCheckoutQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchaseOrderCheckoutQuery = { order: { id: string, deliveryAddress: string | null, deliveryContact: string | null, deliveryPhone: string | null, invoiceTitle: string | null, taxNumber: string | null, note: string | null } };

export type PurchaseRememberedQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchaseRememberedQuery = { rememberedDelivery: { deliveryAddress: string, deliveryContact: string, deliveryPhone: string, invoiceTitle: string | null, taxNumber: string | null } | null };

export type PurchaseIncomingPhonesQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchaseIncomingPhonesQuery = { subOrders: { nodes: Array<{ order: { id: string, deliveryPhone: string | null, deliveryAddress: string | null } }> } };

export type PurchaseProductPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchaseProductPageQuery = { product: { id: string, name: string, spec: string, unit: string, price: string, stock: number, certificateNo: string | null, certificateAuthority: string | null, certificateValidFrom: string | null, certificateValidTo: string | null, certificateStatus: CertificateStatus, county: { name: string }, supplier: { name: string, county: { name: string }, rating: { average: number, count: number } | null }, images: Array<{ kind: ProductImageKind, url: string }> } };

export type PurchaseNewProductMutationVariables = Exact<{
  i: CreateProductInput;
}>;


export type PurchaseNewProductMutation = { createProduct: { id: string } };

export type PurchaseWithdrawMutationVariables = Exact<{
  i: UpdateProductInput;
}>;


export type PurchaseWithdrawMutation = { updateProduct: { active: boolean } };

export type QuotaBoardCreateBuyerMutationVariables = Exact<{
  i: CreateBuyerInput;
}>;


export type QuotaBoardCreateBuyerMutation = { createBuyer: { id: string } };

export type QuotaBoardPageQueryVariables = Exact<{
  y: number;
  n: number;
  after?: string | null | undefined;
}>;


export type QuotaBoardPageQuery = { quotaBoard: { counted: string, groups: Array<{ group: BuyerGroup, buyers: number, counted: string, target: string | null }>, buyers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quota: string | null, counted: string, completion: number | null, buyer: { id: string, name: string, group: BuyerGroup, eastRegionId: string } }> } } };

export type RemindersSetQuotaMutationVariables = Exact<{
  i: SetQuotaInput;
}>;


export type RemindersSetQuotaMutation = { setQuota: { id: string } };

export type RemindersCompletionQueryVariables = Exact<{
  b: string | number;
  y: number;
}>;


export type RemindersCompletionQuery = { quotaCompletion: { quota: string | null, counted: string, expected: string | null, projected: string | null, atRisk: boolean } };

export type RemindersMineQueryVariables = Exact<{
  unread: boolean;
}>;


export type RemindersMineQuery = { unreadNotificationCount: number, myNotifications: { totalCount: number, nodes: Array<{ id: string, kind: NotificationKind, day: string, link: string | null, message: string, readAt: string | null }> } };

export type RemindersMarkMutationVariables = Exact<{
  id: string | number;
}>;


export type RemindersMarkMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type RemindersMarkAllMutationVariables = Exact<{ [key: string]: never; }>;


export type RemindersMarkAllMutation = { markAllNotificationsRead: number };

export type RemindersRecordMutationVariables = Exact<{
  i: RecordReportedFigureInput;
}>;


export type RemindersRecordMutation = { recordReportedFigure: { id: string } };

export type RemindersTargetMutationVariables = Exact<{
  i: SetAgreementTargetInput;
}>;


export type RemindersTargetMutation = { setAgreementTarget: { id: string } };

export type RemindersProgressQueryVariables = Exact<{
  id: string | number;
  y: number;
  asOf?: string | null | undefined;
}>;


export type RemindersProgressQuery = { pairing: { progress: Array<{ indicator: Indicator, target: string | null, delivered: string, projected: string | null, projectionMethod: ProjectionMethod, atRisk: boolean }> } };

export type RemindersReviewMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RemindersReviewMutation = { rejectEvidence: { id: string, status: EvidenceStatus } };

export type ScaleoutLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type ScaleoutLoginMutation = { login: { token: string } };

export type ScaleoutMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ScaleoutMeQuery = { me: { id: string } | null };

export type SetupCreateRegionMutationVariables = Exact<{
  i: CreateRegionInput;
}>;


export type SetupCreateRegionMutation = { createRegion: { id: string, code: string, level: RegionLevel, side: RegionSide, parent: { code: string } | null } };

export type SetupUpdateRegionMutationVariables = Exact<{
  id: string | number;
  i: UpdateRegionInput;
}>;


export type SetupUpdateRegionMutation = { updateRegion: { name: string, shortName: string } };

export type SetupRegionsWithinQueryVariables = Exact<{
  id: string | number;
}>;


export type SetupRegionsWithinQuery = { regions: { nodes: Array<{ code: string }> } };

export type SetupCreatePairingMutationVariables = Exact<{
  i: CreatePairingInput;
}>;


export type SetupCreatePairingMutation = { createPairing: { id: string, name: string, status: PairingStatus, parent: { name: string } | null } };

export type SetupEndPairingMutationVariables = Exact<{
  i: EndPairingInput;
}>;


export type SetupEndPairingMutation = { endPairing: { status: PairingStatus, endedOn: string | null, endReason: string | null, children: Array<{ name: string, status: PairingStatus, endedOn: string | null }> } };

export type SetupSaveAgreementMutationVariables = Exact<{
  i: SaveAgreementInput;
}>;


export type SetupSaveAgreementMutation = { saveAgreement: { id: string, year: number, signedOn: string | null, targets: Array<{ indicator: Indicator, target: string }> } };

export type SetupChangeTargetMutationVariables = Exact<{
  i: ChangeAgreementTargetInput;
}>;


export type SetupChangeTargetMutation = { changeAgreementTarget: { targets: Array<{ indicator: Indicator, target: string }>, targetHistory: Array<{ indicator: Indicator, before: string | null, after: string | null, reason: string | null, actor: { username: string } | null }> } };

export type SetupCopyAgreementMutationVariables = Exact<{
  i: CopyAgreementInput;
}>;


export type SetupCopyAgreementMutation = { copyAgreement: { year: number, signedOn: string | null, targets: Array<{ indicator: Indicator, target: string }>, targetHistory: Array<{ indicator: Indicator, reason: string | null }> } };

export type SharedLimitsLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type SharedLimitsLoginMutation = { login: { token: string } };

export type SharedLimitsCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type SharedLimitsCreateUserMutation = { createUser: { id: string } };

export type TalentPostingFieldsFragment = { id: string, direction: TalentDirection, category: TalentCategory, kind: PostingKind, startsOn: string, plannedEndOn: string, endedOn: string | null, endReason: string | null, endsOn: string, status: PostingStatus, endingSoon: boolean, withdrawnAt: string | null, pairingId: string, county: { code: string }, eastRegion: { code: string }, person: { id: string, name: string, institution: string, phoneMasked: string | null } | null };

export type TalentRecordMutationVariables = Exact<{
  i: RecordTalentPostingInput;
}>;


export type TalentRecordMutation = { recordTalentPosting: { id: string, direction: TalentDirection, category: TalentCategory, kind: PostingKind, startsOn: string, plannedEndOn: string, endedOn: string | null, endReason: string | null, endsOn: string, status: PostingStatus, endingSoon: boolean, withdrawnAt: string | null, pairingId: string, county: { code: string }, eastRegion: { code: string }, person: { id: string, name: string, institution: string, phoneMasked: string | null } | null } };

export type TalentChangeMutationVariables = Exact<{
  i: ChangeTalentPostingInput;
}>;


export type TalentChangeMutation = { changeTalentPosting: { id: string, direction: TalentDirection, category: TalentCategory, kind: PostingKind, startsOn: string, plannedEndOn: string, endedOn: string | null, endReason: string | null, endsOn: string, status: PostingStatus, endingSoon: boolean, withdrawnAt: string | null, pairingId: string, county: { code: string }, eastRegion: { code: string }, person: { id: string, name: string, institution: string, phoneMasked: string | null } | null } };

export type TalentEndMutationVariables = Exact<{
  i: EndTalentPostingInput;
}>;


export type TalentEndMutation = { endTalentPosting: { id: string, direction: TalentDirection, category: TalentCategory, kind: PostingKind, startsOn: string, plannedEndOn: string, endedOn: string | null, endReason: string | null, endsOn: string, status: PostingStatus, endingSoon: boolean, withdrawnAt: string | null, pairingId: string, county: { code: string }, eastRegion: { code: string }, person: { id: string, name: string, institution: string, phoneMasked: string | null } | null } };

export type TalentWithdrawMutationVariables = Exact<{
  i: WithdrawTalentPostingInput;
}>;


export type TalentWithdrawMutation = { withdrawTalentPosting: { id: string, direction: TalentDirection, category: TalentCategory, kind: PostingKind, startsOn: string, plannedEndOn: string, endedOn: string | null, endReason: string | null, endsOn: string, status: PostingStatus, endingSoon: boolean, withdrawnAt: string | null, pairingId: string, county: { code: string }, eastRegion: { code: string }, person: { id: string, name: string, institution: string, phoneMasked: string | null } | null } };

export type TalentListQueryVariables = Exact<{
  f?: TalentPostingFilter | null | undefined;
  n?: number | null | undefined;
}>;


export type TalentListQuery = { talentPostings: { totalCount: number, nodes: Array<{ id: string, direction: TalentDirection, category: TalentCategory, kind: PostingKind, startsOn: string, plannedEndOn: string, endedOn: string | null, endReason: string | null, endsOn: string, status: PostingStatus, endingSoon: boolean, withdrawnAt: string | null, pairingId: string, county: { code: string }, eastRegion: { code: string }, person: { id: string, name: string, institution: string, phoneMasked: string | null } | null }> } };

export type TalentOneQueryVariables = Exact<{
  id: string | number;
}>;


export type TalentOneQuery = { talentPosting: { id: string } };

export type TalentPeopleQueryVariables = Exact<{
  s?: string | null | undefined;
  n?: number | null | undefined;
}>;


export type TalentPeopleQuery = { talentPeople: { totalCount: number, nodes: Array<{ id: string, name: string, phoneMasked: string | null, postings: Array<{ id: string }> }> } };

export type TalentSummaryQueryVariables = Exact<{
  y: number;
}>;


export type TalentSummaryQuery = { talentSummary: { year: number, cadresSent: number, professionalsSent: number, teachersSent: number, doctorsSent: number, agriTechSent: number, otherSent: number, cadresReceived: number, professionalsReceived: number } };

export type TalentRevealMutationVariables = Exact<{
  id: string | number;
}>;


export type TalentRevealMutation = { revealTalentPersonPhone: { personId: string, phone: string | null } };

export type TalentChangePersonMutationVariables = Exact<{
  i: ChangeTalentPersonInput;
}>;


export type TalentChangePersonMutation = { changeTalentPerson: { id: string, name: string, phoneMasked: string | null } };

export type TalentLedgerQueryVariables = Exact<{
  p: string | number;
  src?: LedgerSource | null | undefined;
}>;


export type TalentLedgerQuery = { ledgerEntries: { nodes: Array<{ sourceId: string | null, sourceLabel: string | null }> } };

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
  i: ShipSubOrderInput;
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

export type UnitPairTestFieldsFragment = { id: string, kind: UnitPairKind, eastUnit: string, westUnit: string, formedOn: string, endedOn: string | null, endReason: string | null, withdrawnAt: string | null, withdrawReason: string | null, status: UnitPairStatus, support: string | null, value: string | null, pairingId: string, enterpriseId: string | null, county: { code: string } };

export type UnitPairRecordMutationVariables = Exact<{
  i: RecordUnitPairInput;
}>;


export type UnitPairRecordMutation = { recordUnitPair: { id: string, kind: UnitPairKind, eastUnit: string, westUnit: string, formedOn: string, endedOn: string | null, endReason: string | null, withdrawnAt: string | null, withdrawReason: string | null, status: UnitPairStatus, support: string | null, value: string | null, pairingId: string, enterpriseId: string | null, county: { code: string } } };

export type UnitPairWithdrawMutationVariables = Exact<{
  i: WithdrawUnitPairInput;
}>;


export type UnitPairWithdrawMutation = { withdrawUnitPair: { id: string, kind: UnitPairKind, eastUnit: string, westUnit: string, formedOn: string, endedOn: string | null, endReason: string | null, withdrawnAt: string | null, withdrawReason: string | null, status: UnitPairStatus, support: string | null, value: string | null, pairingId: string, enterpriseId: string | null, county: { code: string } } };

export type UnitPairEndMutationVariables = Exact<{
  i: EndUnitPairInput;
}>;


export type UnitPairEndMutation = { endUnitPair: { id: string, kind: UnitPairKind, eastUnit: string, westUnit: string, formedOn: string, endedOn: string | null, endReason: string | null, withdrawnAt: string | null, withdrawReason: string | null, status: UnitPairStatus, support: string | null, value: string | null, pairingId: string, enterpriseId: string | null, county: { code: string } } };

export type UnitPairRedateMutationVariables = Exact<{
  i: ChangeUnitPairFormedOnInput;
}>;


export type UnitPairRedateMutation = { changeUnitPairFormedOn: { id: string, kind: UnitPairKind, eastUnit: string, westUnit: string, formedOn: string, endedOn: string | null, endReason: string | null, withdrawnAt: string | null, withdrawReason: string | null, status: UnitPairStatus, support: string | null, value: string | null, pairingId: string, enterpriseId: string | null, county: { code: string } } };

export type UnitPairListQueryVariables = Exact<{
  f?: UnitPairFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type UnitPairListQuery = { unitPairs: { totalCount: number, nodes: Array<{ id: string, kind: UnitPairKind, eastUnit: string, westUnit: string, formedOn: string, endedOn: string | null, endReason: string | null, withdrawnAt: string | null, withdrawReason: string | null, status: UnitPairStatus, support: string | null, value: string | null, pairingId: string, enterpriseId: string | null, pairing: { id: string } | null, county: { code: string } }> } };

export type UnitPairOneQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitPairOneQuery = { unitPair: { id: string, kind: UnitPairKind, eastUnit: string, westUnit: string, formedOn: string, endedOn: string | null, endReason: string | null, withdrawnAt: string | null, withdrawReason: string | null, status: UnitPairStatus, support: string | null, value: string | null, pairingId: string, enterpriseId: string | null, county: { code: string } } };

export type UnitPairSummaryOfQueryVariables = Exact<{
  y: number;
  c?: string | number | null | undefined;
}>;


export type UnitPairSummaryOfQuery = { unitPairSummary: { year: number, formed: number, activeAtYearEnd: number, byKind: Array<{ kind: UnitPairKind, formed: number, activeAtYearEnd: number }> } };

export type UnitPairPairingQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitPairPairingQuery = { pairing: { id: string } };

export type UnitPairLedgerQueryVariables = Exact<{
  f: LedgerEntryFilter;
}>;


export type UnitPairLedgerQuery = { ledgerEntries: { totalCount: number, nodes: Array<{ amount: string, source: LedgerSource, sourceLabel: string | null, note: string | null }> } };

export type UnitPairImportCommitMutationVariables = Exact<{
  id: string | number;
  mode: ImportMode;
}>;


export type UnitPairImportCommitMutation = { commitImport: { status: ImportStatus, written: number, unchanged: number, skipped: number } };

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
export const ConsumptionChannelsFairFragmentDoc = new TypedDocumentString(`
    fragment ConsumptionChannelsFair on Fair {
  id
  name
  venue
  startsOn
  endsOn
  eastRegion {
    code
  }
  suppliers {
    id
    name
  }
}
    `, {"fragmentName":"ConsumptionChannelsFair"}) as unknown as TypedDocumentString<ConsumptionChannelsFairFragment, unknown>;
export const ConsumptionChannelsCentreFragmentDoc = new TypedDocumentString(`
    fragment ConsumptionChannelsCentre on SalesCentre {
  id
  name
  address
  active
  openedOn
  eastRegion {
    code
  }
}
    `, {"fragmentName":"ConsumptionChannelsCentre"}) as unknown as TypedDocumentString<ConsumptionChannelsCentreFragment, unknown>;
export const ConsumptionStepFragmentDoc = new TypedDocumentString(`
    fragment ConsumptionStep on SubOrderResult {
  __typename
  ... on SubOrder {
    id
    status
    allowedActions
    paymentReference
    invoiceNumber
    inspectionNote
    rating
    reason
  }
  ... on InvalidStateError {
    code
    message
    state
    entityId
    action
  }
}
    `, {"fragmentName":"ConsumptionStep"}) as unknown as TypedDocumentString<ConsumptionStepFragment, unknown>;
export const ConsumptionQuotaFragmentDoc = new TypedDocumentString(`
    fragment ConsumptionQuota on Quota {
  amount
  basis
  baseAmount
  rateBasisPoints
  headcount
  perHead
  countySplits {
    county {
      code
    }
    amount
  }
}
    `, {"fragmentName":"ConsumptionQuota"}) as unknown as TypedDocumentString<ConsumptionQuotaFragment, unknown>;
export const DonationTestFieldsFragmentDoc = new TypedDocumentString(`
    fragment DonationTestFields on Donation {
  id
  kind
  donorKind
  donor
  donorName
  donorCount
  goodsDescription
  valuationBasis
  purpose
  emergency
  receivedOn
  receiptNo
  amount
  reversesId
  reason
  reversed
  county {
    code
  }
  eastRegion {
    code
  }
  pairing {
    name
  }
  enterprise {
    name
  }
}
    `, {"fragmentName":"DonationTestFields"}) as unknown as TypedDocumentString<DonationTestFieldsFragment, unknown>;
export const FiscalTestProjectFragmentDoc = new TypedDocumentString(`
    fragment FiscalTestProject on FiscalProject {
  id
  name
  year
  sector
  town
  implementingUnit
  plannedBeneficiaries
  plannedPoorBeneficiaries
  startsOn
  plannedEndOn
  allocated
  disbursed
  spent
  useRate
  worksPercent
  status
  allowedActions
  pairingId
  pairing {
    id
  }
  county {
    id
    code
  }
  transactions {
    id
    kind
    amount
    occurredOn
    reference
    reversesId
    reason
    reversed
  }
  progressReports {
    id
    reportedOn
    percent
    note
  }
}
    `, {"fragmentName":"FiscalTestProject"}) as unknown as TypedDocumentString<FiscalTestProjectFragment, unknown>;
export const InvestmentProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvestmentProjectFields on InvestmentProject {
  id
  name
  stage
  stageSince
  contractAmount
  signedOn
  fundsInPlace
  droppedReason
  allowedNextStages
  pairing {
    name
  }
  timeline {
    fromStage
    toStage
    occurredOn
    note
    recordedBy {
      username
    }
  }
  tranches {
    amount
    reference
    reversesId
    reason
    reversed
    recordedBy {
      username
    }
  }
  outcomes {
    reportedOn
    peopleLifted
    floorPricePerTonne
  }
}
    `, {"fragmentName":"InvestmentProjectFields"}) as unknown as TypedDocumentString<InvestmentProjectFieldsFragment, unknown>;
export const JointWorkFieldsFragmentDoc = new TypedDocumentString(`
    fragment JointWorkFields on JointWork {
  id
  kind
  heldOn
  title
  place
  direction
  eastOffices
  westOffices
  leader
  personVisits
  documentRef
  outcome
  withdrawn
  withdrawnAt
  withdrawnReason
  canWithdraw
  pairingId
  pairing {
    id
    name
  }
}
    `, {"fragmentName":"JointWorkFields"}) as unknown as TypedDocumentString<JointWorkFieldsFragment, unknown>;
export const LabourWorkerFieldsFragmentDoc = new TypedDocumentString(`
    fragment LabourWorkerFields on Worker {
  id
  name
  sex
  birthYear
  idNumberMasked
  phoneMasked
  registeredPoor
  skills
  consented
  consentGivenOn
  consentWithdrawnOn
  county {
    code
  }
}
    `, {"fragmentName":"LabourWorkerFields"}) as unknown as TypedDocumentString<LabourWorkerFieldsFragment, unknown>;
export const LabourPlacementOutcomeFragmentDoc = new TypedDocumentString(`
    fragment LabourPlacementOutcome on PlacementResult {
  __typename
  ... on ErrorResult {
    code
    message
  }
  ... on InvalidStateError {
    state
    entityId
    action
  }
  ... on PostingFullError {
    postingId
    places
  }
}
    `, {"fragmentName":"LabourPlacementOutcome"}) as unknown as TypedDocumentString<LabourPlacementOutcomeFragment, unknown>;
export const LabourPlacementStepFragmentDoc = new TypedDocumentString(`
    fragment LabourPlacementStep on PlacementResult {
  ...LabourPlacementOutcome
  ... on Placement {
    id
    status
    allowedActions
    employedOn
    stableOn
    leftOn
    leftReason
    poorCounted
    stages {
      status
      occurredOn
      note
    }
  }
}
    fragment LabourPlacementOutcome on PlacementResult {
  __typename
  ... on ErrorResult {
    code
    message
  }
  ... on InvalidStateError {
    state
    entityId
    action
  }
  ... on PostingFullError {
    postingId
    places
  }
}`, {"fragmentName":"LabourPlacementStep"}) as unknown as TypedDocumentString<LabourPlacementStepFragment, unknown>;
export const UikitPostingFragmentDoc = new TypedDocumentString(`
    fragment UikitPosting on JobPosting {
  id
  position
  places
  filled
  wageMin
  wageMax
  housing
  opensOn
  closesOn
  description
  open
  closedAt
  location {
    code
  }
}
    `, {"fragmentName":"UikitPosting"}) as unknown as TypedDocumentString<UikitPostingFragment, unknown>;
export const TalentPostingFieldsFragmentDoc = new TypedDocumentString(`
    fragment TalentPostingFields on TalentPosting {
  id
  direction
  category
  kind
  startsOn
  plannedEndOn
  endedOn
  endReason
  endsOn
  status
  endingSoon
  withdrawnAt
  pairingId
  county {
    code
  }
  eastRegion {
    code
  }
  person {
    id
    name
    institution
    phoneMasked
  }
}
    `, {"fragmentName":"TalentPostingFields"}) as unknown as TypedDocumentString<TalentPostingFieldsFragment, unknown>;
export const TransitionsRefusalFragmentDoc = new TypedDocumentString(`
    fragment TransitionsRefusal on InvalidStateError {
  code
  state
  action
}
    `, {"fragmentName":"TransitionsRefusal"}) as unknown as TypedDocumentString<TransitionsRefusalFragment, unknown>;
export const UnitPairTestFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitPairTestFields on UnitPair {
  id
  kind
  eastUnit
  westUnit
  formedOn
  endedOn
  endReason
  withdrawnAt
  withdrawReason
  status
  support
  value
  pairingId
  enterpriseId
  county {
    code
  }
}
    `, {"fragmentName":"UnitPairTestFields"}) as unknown as TypedDocumentString<UnitPairTestFieldsFragment, unknown>;
export const AccountsUsersDocument = new TypedDocumentString(`
    query AccountsUsers($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      username
      displayName
      role
      active
      mustChangePassword
      lastLoginAt
      lockedUntil
      region {
        code
      }
      buyer {
        name
      }
      enterprise {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsUsersQuery, AccountsUsersQueryVariables>;
export const AccountsCreateDocument = new TypedDocumentString(`
    mutation AccountsCreate($i: NewUserInput!) {
  createUserWithOneTimePassword(input: $i) {
    oneTimePassword
    user {
      id
      username
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsCreateMutation, AccountsCreateMutationVariables>;
export const AccountsUpdateDocument = new TypedDocumentString(`
    mutation AccountsUpdate($i: UpdateUserInput!) {
  updateUser(input: $i) {
    displayName
  }
}
    `) as unknown as TypedDocumentString<AccountsUpdateMutation, AccountsUpdateMutationVariables>;
export const AccountsAccessDocument = new TypedDocumentString(`
    mutation AccountsAccess($i: UpdateUserAccessInput!) {
  updateUserAccess(input: $i) {
    role
  }
}
    `) as unknown as TypedDocumentString<AccountsAccessMutation, AccountsAccessMutationVariables>;
export const AccountsDisableDocument = new TypedDocumentString(`
    mutation AccountsDisable($u: ID!) {
  disableUser(userId: $u) {
    active
  }
}
    `) as unknown as TypedDocumentString<AccountsDisableMutation, AccountsDisableMutationVariables>;
export const AccountsResetDocument = new TypedDocumentString(`
    mutation AccountsReset($u: ID!) {
  resetUserPassword(userId: $u) {
    oneTimePassword
  }
}
    `) as unknown as TypedDocumentString<AccountsResetMutation, AccountsResetMutationVariables>;
export const AccountsUnlockDocument = new TypedDocumentString(`
    mutation AccountsUnlock($u: ID!) {
  unlockUser(userId: $u) {
    username
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<AccountsUnlockMutation, AccountsUnlockMutationVariables>;
export const AccountsLoginDocument = new TypedDocumentString(`
    mutation AccountsLogin($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) {
    token
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<AccountsLoginMutation, AccountsLoginMutationVariables>;
export const AccountsChangeDocument = new TypedDocumentString(`
    mutation AccountsChange($c: String!, $n: String!) {
  changePassword(input: {currentPassword: $c, newPassword: $n}) {
    token
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<AccountsChangeMutation, AccountsChangeMutationVariables>;
export const AccountsPairingsDocument = new TypedDocumentString(`
    query AccountsPairings {
  pairings {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccountsPairingsQuery, AccountsPairingsQueryVariables>;
export const AccountsBuyerWithAccountDocument = new TypedDocumentString(`
    mutation AccountsBuyerWithAccount($i: CreateBuyerInput!, $a: FirstAccountInput!) {
  createBuyerWithAccount(input: $i, firstAccount: $a) {
    oneTimePassword
    buyer {
      id
      name
    }
    user {
      id
      username
      role
      mustChangePassword
      buyer {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsBuyerWithAccountMutation, AccountsBuyerWithAccountMutationVariables>;
export const AccountsNestedReachDocument = new TypedDocumentString(`
    query AccountsNestedReach {
  buyers(first: 100) {
    nodes {
      id
    }
  }
  enterprises(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsNestedReachQuery, AccountsNestedReachQueryVariables>;
export const AccountsNestedIdsDocument = new TypedDocumentString(`
    query AccountsNestedIds {
  users(first: 100) {
    nodes {
      buyer {
        id
      }
      enterprise {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsNestedIdsQuery, AccountsNestedIdsQueryVariables>;
export const AccountsEnterpriseWithAccountDocument = new TypedDocumentString(`
    mutation AccountsEnterpriseWithAccount($i: CreateEnterpriseInput!, $a: FirstAccountInput!) {
  createEnterpriseWithAccount(input: $i, firstAccount: $a) {
    oneTimePassword
    enterprise {
      name
    }
    user {
      username
      role
      mustChangePassword
      enterprise {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsEnterpriseWithAccountMutation, AccountsEnterpriseWithAccountMutationVariables>;
export const AssessmentFiguresDocument = new TypedDocumentString(`
    query AssessmentFigures($p: ID!, $y: Int!) {
  pairing(id: $p) {
    name
    progress(year: $y) {
      indicator
      target
      delivered
      reported
      recorded
    }
    evidenceCoverage(year: $y) {
      indicator
      covered
      ratio
      missingCount
    }
  }
  pairingGrades(year: $y) {
    pairings {
      pairing {
        id
      }
      score
      breakdown {
        indicator
        completion
        pointsEarned
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentFiguresQuery, AssessmentFiguresQueryVariables>;
export const AssessmentRecordDocument = new TypedDocumentString(`
    mutation AssessmentRecord($i: RecordReportedFigureInput!) {
  recordReportedFigure(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssessmentRecordMutation, AssessmentRecordMutationVariables>;
export const AssessmentVerifyDocument = new TypedDocumentString(`
    mutation AssessmentVerify($id: ID!) {
  verifyEvidence(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<AssessmentVerifyMutation, AssessmentVerifyMutationVariables>;
export const AssessmentSchemeDocument = new TypedDocumentString(`
    mutation AssessmentScheme($i: SetGradingSchemeInput!) {
  setGradingScheme(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssessmentSchemeMutation, AssessmentSchemeMutationVariables>;
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
export const CataloguePageAtScaleDocument = new TypedDocumentString(`
    query CataloguePageAtScale($first: Int!, $after: String, $filter: ProductFilter) {
  products(first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountExact
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      price
      certificateStatus
      countsTowardQuota
      county {
        id
        name
      }
      supplier {
        id
        name
      }
      images {
        id
        kind
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CataloguePageAtScaleQuery, CataloguePageAtScaleQueryVariables>;
export const CatalogueMeIdDocument = new TypedDocumentString(`
    query CatalogueMeId {
  me {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<CatalogueMeIdQuery, CatalogueMeIdQueryVariables>;
export const CatalogueMeLastLoginDocument = new TypedDocumentString(`
    query CatalogueMeLastLogin {
  me {
    id
    lastLoginAt
  }
}
    `) as unknown as TypedDocumentString<CatalogueMeLastLoginQuery, CatalogueMeLastLoginQueryVariables>;
export const ConsumptionChannelsCreateFairDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsCreateFair($i: CreateFairInput!) {
  createFair(input: $i) {
    ...ConsumptionChannelsFair
  }
}
    fragment ConsumptionChannelsFair on Fair {
  id
  name
  venue
  startsOn
  endsOn
  eastRegion {
    code
  }
  suppliers {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConsumptionChannelsCreateFairMutation, ConsumptionChannelsCreateFairMutationVariables>;
export const ConsumptionChannelsUpdateFairDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsUpdateFair($i: UpdateFairInput!) {
  updateFair(input: $i) {
    ...ConsumptionChannelsFair
  }
}
    fragment ConsumptionChannelsFair on Fair {
  id
  name
  venue
  startsOn
  endsOn
  eastRegion {
    code
  }
  suppliers {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConsumptionChannelsUpdateFairMutation, ConsumptionChannelsUpdateFairMutationVariables>;
export const ConsumptionChannelsDeleteFairDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsDeleteFair($id: ID!) {
  deleteFair(fairId: $id)
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsDeleteFairMutation, ConsumptionChannelsDeleteFairMutationVariables>;
export const ConsumptionChannelsCreateCentreDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsCreateCentre($i: CreateSalesCentreInput!) {
  createSalesCentre(input: $i) {
    ...ConsumptionChannelsCentre
  }
}
    fragment ConsumptionChannelsCentre on SalesCentre {
  id
  name
  address
  active
  openedOn
  eastRegion {
    code
  }
}`) as unknown as TypedDocumentString<ConsumptionChannelsCreateCentreMutation, ConsumptionChannelsCreateCentreMutationVariables>;
export const ConsumptionChannelsCentresDocument = new TypedDocumentString(`
    query ConsumptionChannelsCentres {
  salesCentres {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsCentresQuery, ConsumptionChannelsCentresQueryVariables>;
export const ConsumptionChannelsByRegionDocument = new TypedDocumentString(`
    query ConsumptionChannelsByRegion($r: ID) {
  salesCentres(regionId: $r) {
    eastRegion {
      code
    }
  }
  fairs(regionId: $r) {
    eastRegion {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsByRegionQuery, ConsumptionChannelsByRegionQueryVariables>;
export const ConsumptionChannelsCreateCentreIdDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsCreateCentreId($i: CreateSalesCentreInput!) {
  createSalesCentre(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsCreateCentreIdMutation, ConsumptionChannelsCreateCentreIdMutationVariables>;
export const ConsumptionChannelsUpdateCentreDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsUpdateCentre($i: UpdateSalesCentreInput!) {
  updateSalesCentre(input: $i) {
    ...ConsumptionChannelsCentre
  }
}
    fragment ConsumptionChannelsCentre on SalesCentre {
  id
  name
  address
  active
  openedOn
  eastRegion {
    code
  }
}`) as unknown as TypedDocumentString<ConsumptionChannelsUpdateCentreMutation, ConsumptionChannelsUpdateCentreMutationVariables>;
export const ConsumptionChannelsOpenCentresDocument = new TypedDocumentString(`
    query ConsumptionChannelsOpenCentres {
  salesCentres {
    id
  }
  all: salesCentres(includeClosed: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsOpenCentresQuery, ConsumptionChannelsOpenCentresQueryVariables>;
export const ConsumptionChannelsUpdateSupplierDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsUpdateSupplier($i: UpdateSupplierInput!) {
  updateSupplier(input: $i) {
    id
    name
    contact
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsUpdateSupplierMutation, ConsumptionChannelsUpdateSupplierMutationVariables>;
export const ConsumptionChannelsSupplierSearchDocument = new TypedDocumentString(`
    query ConsumptionChannelsSupplierSearch {
  suppliers(filter: {search: "蜂之源"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsSupplierSearchQuery, ConsumptionChannelsSupplierSearchQueryVariables>;
export const ConsumptionChannelsUpdateProductDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsUpdateProduct($i: UpdateProductInput!) {
  updateProduct(input: $i) {
    name
    spec
    unit
    category
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsUpdateProductMutation, ConsumptionChannelsUpdateProductMutationVariables>;
export const ConsumptionChannelsUpdateProductNameDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsUpdateProductName($i: UpdateProductInput!) {
  updateProduct(input: $i) {
    name
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsUpdateProductNameMutation, ConsumptionChannelsUpdateProductNameMutationVariables>;
export const ConsumptionChannelsProductsBySupplierDocument = new TypedDocumentString(`
    query ConsumptionChannelsProductsBySupplier($f: ProductFilter) {
  products(filter: $f) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsProductsBySupplierQuery, ConsumptionChannelsProductsBySupplierQueryVariables>;
export const ConsumptionChannelsProductImagesDocument = new TypedDocumentString(`
    query ConsumptionChannelsProductImages($id: ID!) {
  product(id: $id) {
    images {
      id
      kind
      contentType
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsProductImagesQuery, ConsumptionChannelsProductImagesQueryVariables>;
export const ConsumptionChannelsRemoveImageDocument = new TypedDocumentString(`
    mutation ConsumptionChannelsRemoveImage($id: ID!) {
  removeProductImage(imageId: $id)
}
    `) as unknown as TypedDocumentString<ConsumptionChannelsRemoveImageMutation, ConsumptionChannelsRemoveImageMutationVariables>;
export const ConsumptionExportBoardDocument = new TypedDocumentString(`
    query ConsumptionExportBoard($y: Int!) {
  quotaBoard(year: $y) {
    buyers(first: 100) {
      totalCount
      nodes {
        buyer {
          name
        }
        quota
        counted
        confirmed
        completion
      }
    }
    groups {
      group
      counted
      confirmed
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionExportBoardQuery, ConsumptionExportBoardQueryVariables>;
export const ConsumptionPlaceOrderDocument = new TypedDocumentString(`
    mutation ConsumptionPlaceOrder($i: PlaceOrderInput!) {
  placeOrder(input: $i) {
    __typename
    ... on Order {
      id
      total
      orderedOn
      channel
      subOrders {
        id
        status
        total
        countable
        pairingId
        county {
          code
        }
        lines {
          quantity
          unitPrice
          amount
          countsTowardQuota
          product {
            name
          }
        }
      }
    }
    ... on ErrorResult {
      code
      message
    }
    ... on OutOfStockError {
      productId
      requested
      available
    }
    ... on ProductUnavailableError {
      productId
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionPlaceOrderMutation, ConsumptionPlaceOrderMutationVariables>;
export const ConsumptionConfirmSubOrderDocument = new TypedDocumentString(`
    mutation ConsumptionConfirmSubOrder($i: ChangeSubOrderInput!) {
  confirmSubOrder(input: $i) {
    ...ConsumptionStep
  }
}
    fragment ConsumptionStep on SubOrderResult {
  __typename
  ... on SubOrder {
    id
    status
    allowedActions
    paymentReference
    invoiceNumber
    inspectionNote
    rating
    reason
  }
  ... on InvalidStateError {
    code
    message
    state
    entityId
    action
  }
}`) as unknown as TypedDocumentString<ConsumptionConfirmSubOrderMutation, ConsumptionConfirmSubOrderMutationVariables>;
export const ConsumptionCancelSubOrderDocument = new TypedDocumentString(`
    mutation ConsumptionCancelSubOrder($i: ChangeSubOrderInput!) {
  cancelSubOrder(input: $i) {
    ...ConsumptionStep
  }
}
    fragment ConsumptionStep on SubOrderResult {
  __typename
  ... on SubOrder {
    id
    status
    allowedActions
    paymentReference
    invoiceNumber
    inspectionNote
    rating
    reason
  }
  ... on InvalidStateError {
    code
    message
    state
    entityId
    action
  }
}`) as unknown as TypedDocumentString<ConsumptionCancelSubOrderMutation, ConsumptionCancelSubOrderMutationVariables>;
export const ConsumptionShipSubOrderDocument = new TypedDocumentString(`
    mutation ConsumptionShipSubOrder($i: ShipSubOrderInput!) {
  shipSubOrder(input: $i) {
    ...ConsumptionStep
  }
}
    fragment ConsumptionStep on SubOrderResult {
  __typename
  ... on SubOrder {
    id
    status
    allowedActions
    paymentReference
    invoiceNumber
    inspectionNote
    rating
    reason
  }
  ... on InvalidStateError {
    code
    message
    state
    entityId
    action
  }
}`) as unknown as TypedDocumentString<ConsumptionShipSubOrderMutation, ConsumptionShipSubOrderMutationVariables>;
export const ConsumptionRefundSubOrderDocument = new TypedDocumentString(`
    mutation ConsumptionRefundSubOrder($i: ChangeSubOrderInput!) {
  refundSubOrder(input: $i) {
    ...ConsumptionStep
  }
}
    fragment ConsumptionStep on SubOrderResult {
  __typename
  ... on SubOrder {
    id
    status
    allowedActions
    paymentReference
    invoiceNumber
    inspectionNote
    rating
    reason
  }
  ... on InvalidStateError {
    code
    message
    state
    entityId
    action
  }
}`) as unknown as TypedDocumentString<ConsumptionRefundSubOrderMutation, ConsumptionRefundSubOrderMutationVariables>;
export const ConsumptionRecordPaymentDocument = new TypedDocumentString(`
    mutation ConsumptionRecordPayment($i: RecordPaymentInput!) {
  recordPayment(input: $i) {
    ...ConsumptionStep
  }
}
    fragment ConsumptionStep on SubOrderResult {
  __typename
  ... on SubOrder {
    id
    status
    allowedActions
    paymentReference
    invoiceNumber
    inspectionNote
    rating
    reason
  }
  ... on InvalidStateError {
    code
    message
    state
    entityId
    action
  }
}`) as unknown as TypedDocumentString<ConsumptionRecordPaymentMutation, ConsumptionRecordPaymentMutationVariables>;
export const ConsumptionReceiveSubOrderDocument = new TypedDocumentString(`
    mutation ConsumptionReceiveSubOrder($i: ReceiveSubOrderInput!) {
  receiveSubOrder(input: $i) {
    ...ConsumptionStep
  }
}
    fragment ConsumptionStep on SubOrderResult {
  __typename
  ... on SubOrder {
    id
    status
    allowedActions
    paymentReference
    invoiceNumber
    inspectionNote
    rating
    reason
  }
  ... on InvalidStateError {
    code
    message
    state
    entityId
    action
  }
}`) as unknown as TypedDocumentString<ConsumptionReceiveSubOrderMutation, ConsumptionReceiveSubOrderMutationVariables>;
export const ConsumptionSetQuotaDocument = new TypedDocumentString(`
    mutation ConsumptionSetQuota($i: SetQuotaInput!) {
  setQuota(input: $i) {
    ...ConsumptionQuota
  }
}
    fragment ConsumptionQuota on Quota {
  amount
  basis
  baseAmount
  rateBasisPoints
  headcount
  perHead
  countySplits {
    county {
      code
    }
    amount
  }
}`) as unknown as TypedDocumentString<ConsumptionSetQuotaMutation, ConsumptionSetQuotaMutationVariables>;
export const ConsumptionNewBuyerDocument = new TypedDocumentString(`
    mutation ConsumptionNewBuyer($i: CreateBuyerInput!) {
  createBuyer(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsumptionNewBuyerMutation, ConsumptionNewBuyerMutationVariables>;
export const ConsumptionNewBuyerUserDocument = new TypedDocumentString(`
    mutation ConsumptionNewBuyerUser($i: CreateUserInput!) {
  createUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsumptionNewBuyerUserMutation, ConsumptionNewBuyerUserMutationVariables>;
export const ConsumptionManageRemoveQuotaDocument = new TypedDocumentString(`
    mutation ConsumptionManageRemoveQuota($b: ID!, $y: Int!) {
  removeQuota(buyerId: $b, year: $y)
}
    `) as unknown as TypedDocumentString<ConsumptionManageRemoveQuotaMutation, ConsumptionManageRemoveQuotaMutationVariables>;
export const ConsumptionManageCreateBuyerDocument = new TypedDocumentString(`
    mutation ConsumptionManageCreateBuyer($i: CreateBuyerInput!) {
  createBuyer(input: $i) {
    id
    name
    group
    eastRegion {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionManageCreateBuyerMutation, ConsumptionManageCreateBuyerMutationVariables>;
export const ConsumptionManageBuyersDocument = new TypedDocumentString(`
    query ConsumptionManageBuyers($y: Int!, $f: BuyerFilter, $n: Int) {
  buyers(first: $n, filter: $f) {
    totalCount
    nodes {
      id
      name
      group
      quota(year: $y) {
        ...ConsumptionQuota
      }
    }
  }
}
    fragment ConsumptionQuota on Quota {
  amount
  basis
  baseAmount
  rateBasisPoints
  headcount
  perHead
  countySplits {
    county {
      code
    }
    amount
  }
}`) as unknown as TypedDocumentString<ConsumptionManageBuyersQuery, ConsumptionManageBuyersQueryVariables>;
export const ConsumptionManageSuppliersDocument = new TypedDocumentString(`
    query ConsumptionManageSuppliers($f: SupplierFilter) {
  suppliers(first: 50, filter: $f) {
    totalCount
    nodes {
      id
      name
      status
      statusNote
      county {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionManageSuppliersQuery, ConsumptionManageSuppliersQueryVariables>;
export const ConsumptionManageReviewSupplierDocument = new TypedDocumentString(`
    mutation ConsumptionManageReviewSupplier($i: ReviewSupplierInput!) {
  reviewSupplier(input: $i) {
    id
    status
    statusNote
  }
}
    `) as unknown as TypedDocumentString<ConsumptionManageReviewSupplierMutation, ConsumptionManageReviewSupplierMutationVariables>;
export const ConsumptionManageOfficialBuyerQuotasDocument = new TypedDocumentString(`
    query ConsumptionManageOfficialBuyerQuotas($y: Int!) {
  subOrders(first: 20) {
    nodes {
      buyer {
        name
        quota(year: $y) {
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionManageOfficialBuyerQuotasQuery, ConsumptionManageOfficialBuyerQuotasQueryVariables>;
export const ConsumptionManageBuyerQuotaDocument = new TypedDocumentString(`
    query ConsumptionManageBuyerQuota($id: ID!, $y: Int!) {
  buyer(id: $id) {
    quota(year: $y) {
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionManageBuyerQuotaQuery, ConsumptionManageBuyerQuotaQueryVariables>;
export const ConsumptionManageBuyerQuota1900Document = new TypedDocumentString(`
    query ConsumptionManageBuyerQuota1900($id: ID!) {
  buyer(id: $id) {
    quota(year: 1900) {
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionManageBuyerQuota1900Query, ConsumptionManageBuyerQuota1900QueryVariables>;
export const ConsumptionManageBuyerQuotaPageDocument = new TypedDocumentString(`
    query ConsumptionManageBuyerQuotaPage($y: Int!, $n: Int) {
  buyers(first: $n, filter: {search: "胶州"}) {
    nodes {
      name
      eastRegion {
        code
      }
      quota(year: $y) {
        amount
        countySplits {
          county {
            name
          }
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionManageBuyerQuotaPageQuery, ConsumptionManageBuyerQuotaPageQueryVariables>;
export const ConsumptionManageGroupTargetsDocument = new TypedDocumentString(`
    query ConsumptionManageGroupTargets($y: Int!) {
  groupTargets(year: $y) {
    group
    year
    amount
    eastRegion {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionManageGroupTargetsQuery, ConsumptionManageGroupTargetsQueryVariables>;
export const ConsumptionManageSetGroupTargetDocument = new TypedDocumentString(`
    mutation ConsumptionManageSetGroupTarget($i: SetGroupTargetInput!) {
  setGroupTarget(input: $i) {
    group
    amount
  }
}
    `) as unknown as TypedDocumentString<ConsumptionManageSetGroupTargetMutation, ConsumptionManageSetGroupTargetMutationVariables>;
export const ConsumptionCompletionDocument = new TypedDocumentString(`
    query ConsumptionCompletion($b: ID!, $y: Int!) {
  quotaCompletion(buyerId: $b, year: $y) {
    quota
    counted
    confirmed
    countsFrom
    remaining
    completion
    daysLeft
    byChannel {
      channel
      counted
    }
    byCounty {
      county {
        code
      }
      counted
      quota
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionCompletionQuery, ConsumptionCompletionQueryVariables>;
export const ConsumptionUpdateProductPriceDocument = new TypedDocumentString(`
    mutation ConsumptionUpdateProductPrice($i: UpdateProductInput!) {
  updateProduct(input: $i) {
    price
  }
}
    `) as unknown as TypedDocumentString<ConsumptionUpdateProductPriceMutation, ConsumptionUpdateProductPriceMutationVariables>;
export const ConsumptionProductsDocument = new TypedDocumentString(`
    query ConsumptionProducts($f: ProductFilter, $n: Int) {
  products(first: $n, filter: $f) {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      name
      price
      county {
        shortName
      }
      supplier {
        name
        status
      }
      certificateStatus
      countsTowardQuota
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionProductsQuery, ConsumptionProductsQueryVariables>;
export const ConsumptionProductCountsDocument = new TypedDocumentString(`
    query ConsumptionProductCounts($id: ID!, $on: Date!) {
  product(id: $id) {
    lastYear: countsTowardQuota(on: $on)
    now: countsTowardQuota
    certificateValidTo
  }
}
    `) as unknown as TypedDocumentString<ConsumptionProductCountsQuery, ConsumptionProductCountsQueryVariables>;
export const ConsumptionProductPageDocument = new TypedDocumentString(`
    query ConsumptionProductPage($n: Int) {
  products(first: $n) {
    nodes {
      name
      supplier {
        name
        county {
          name
        }
      }
      county {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionProductPageQuery, ConsumptionProductPageQueryVariables>;
export const ConsumptionRecommendSupplierDocument = new TypedDocumentString(`
    mutation ConsumptionRecommendSupplier($i: RecommendSupplierInput!) {
  recommendSupplier(input: $i) {
    id
    status
    creditCode
    county {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionRecommendSupplierMutation, ConsumptionRecommendSupplierMutationVariables>;
export const ConsumptionCreateProductDocument = new TypedDocumentString(`
    mutation ConsumptionCreateProduct($i: CreateProductInput!) {
  createProduct(input: $i) {
    id
    price
    countsTowardQuota
  }
}
    `) as unknown as TypedDocumentString<ConsumptionCreateProductMutation, ConsumptionCreateProductMutationVariables>;
export const ConsumptionReviewSupplierDocument = new TypedDocumentString(`
    mutation ConsumptionReviewSupplier($i: ReviewSupplierInput!) {
  reviewSupplier(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<ConsumptionReviewSupplierMutation, ConsumptionReviewSupplierMutationVariables>;
export const ConsumptionUpdateProductDocument = new TypedDocumentString(`
    mutation ConsumptionUpdateProduct($i: UpdateProductInput!) {
  updateProduct(input: $i) {
    price
    stock
  }
}
    `) as unknown as TypedDocumentString<ConsumptionUpdateProductMutation, ConsumptionUpdateProductMutationVariables>;
export const ConsumptionOrderLinesDocument = new TypedDocumentString(`
    query ConsumptionOrderLines($id: ID!) {
  order(id: $id) {
    subOrders {
      lines {
        unitPrice
        product {
          price
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionOrderLinesQuery, ConsumptionOrderLinesQueryVariables>;
export const ConsumptionOrdersDocument = new TypedDocumentString(`
    query ConsumptionOrders {
  orders(first: 100) {
    totalCount
    nodes {
      id
      buyer {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionOrdersQuery, ConsumptionOrdersQueryVariables>;
export const ConsumptionOrderDocument = new TypedDocumentString(`
    query ConsumptionOrder($id: ID!) {
  order(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsumptionOrderQuery, ConsumptionOrderQueryVariables>;
export const ConsumptionSubOrderBuyersDocument = new TypedDocumentString(`
    query ConsumptionSubOrderBuyers {
  subOrders(first: 100) {
    nodes {
      buyer {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionSubOrderBuyersQuery, ConsumptionSubOrderBuyersQueryVariables>;
export const ConsumptionMeDocument = new TypedDocumentString(`
    query ConsumptionMe {
  me {
    role
    buyerId
    buyer {
      name
      group
      eastRegion {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionMeQuery, ConsumptionMeQueryVariables>;
export const ConsumptionSubOrderCountiesDocument = new TypedDocumentString(`
    query ConsumptionSubOrderCounties {
  subOrders(first: 100) {
    totalCount
    nodes {
      county {
        code
      }
      supplier {
        county {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionSubOrderCountiesQuery, ConsumptionSubOrderCountiesQueryVariables>;
export const ConsumptionOrderCountDocument = new TypedDocumentString(`
    query ConsumptionOrderCount {
  orders {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ConsumptionOrderCountQuery, ConsumptionOrderCountQueryVariables>;
export const ConsumptionSubOrderOrdersDocument = new TypedDocumentString(`
    query ConsumptionSubOrderOrders {
  subOrders(first: 100) {
    nodes {
      order {
        id
        subOrders {
          county {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionSubOrderOrdersQuery, ConsumptionSubOrderOrdersQueryVariables>;
export const ConsumptionSubOrderPageDocument = new TypedDocumentString(`
    query ConsumptionSubOrderPage($n: Int) {
  subOrders(first: $n) {
    nodes {
      status
      buyer {
        name
      }
      supplier {
        name
      }
      county {
        code
      }
      order {
        channel
      }
      lines {
        quantity
        product {
          name
          supplier {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionSubOrderPageQuery, ConsumptionSubOrderPageQueryVariables>;
export const ConsumptionSubOrderRegionsDocument = new TypedDocumentString(`
    query ConsumptionSubOrderRegions {
  subOrders(first: 100) {
    totalCount
    nodes {
      buyer {
        eastRegion {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionSubOrderRegionsQuery, ConsumptionSubOrderRegionsQueryVariables>;
export const ConsumptionSubOrderCountDocument = new TypedDocumentString(`
    query ConsumptionSubOrderCount {
  subOrders(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ConsumptionSubOrderCountQuery, ConsumptionSubOrderCountQueryVariables>;
export const ConsumptionSetGroupTargetDocument = new TypedDocumentString(`
    mutation ConsumptionSetGroupTarget($i: SetGroupTargetInput!) {
  setGroupTarget(input: $i) {
    amount
  }
}
    `) as unknown as TypedDocumentString<ConsumptionSetGroupTargetMutation, ConsumptionSetGroupTargetMutationVariables>;
export const ConsumptionQuotaBoardDocument = new TypedDocumentString(`
    query ConsumptionQuotaBoard($y: Int!) {
  quotaBoard(year: $y) {
    daysLeft
    counted
    groups {
      group
      target
      counted
      completion
      buyers
    }
    buyers(first: 100) {
      totalCount
      nodes {
        buyer {
          name
          group
        }
        quota
        counted
        completion
      }
    }
    byChannel {
      channel
      counted
    }
    byCounty {
      county {
        code
      }
      counted
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionQuotaBoardQuery, ConsumptionQuotaBoardQueryVariables>;
export const ConsumptionQuotaBoard2026Document = new TypedDocumentString(`
    query ConsumptionQuotaBoard2026 {
  quotaBoard(year: 2026) {
    counted
  }
}
    `) as unknown as TypedDocumentString<ConsumptionQuotaBoard2026Query, ConsumptionQuotaBoard2026QueryVariables>;
export const CountyHistoryDocument = new TypedDocumentString(`
    query CountyHistory($f: AuditFilter) {
  auditLog(filter: $f, first: 100) {
    totalCount
    nodes {
      action
      entityType
      entityId
      actor {
        username
      }
      record {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CountyHistoryQuery, CountyHistoryQueryVariables>;
export const CountyHistoryRevealDocument = new TypedDocumentString(`
    mutation CountyHistoryReveal($id: ID!) {
  revealWorkerIdentity(workerId: $id) {
    workerId
  }
}
    `) as unknown as TypedDocumentString<CountyHistoryRevealMutation, CountyHistoryRevealMutationVariables>;
export const CountyHistoryProductDocument = new TypedDocumentString(`
    mutation CountyHistoryProduct($i: UpdateProductInput!) {
  updateProduct(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountyHistoryProductMutation, CountyHistoryProductMutationVariables>;
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
export const DonationRecordDocument = new TypedDocumentString(`
    mutation DonationRecord($i: RecordDonationInput!) {
  recordDonation(input: $i) {
    ...DonationTestFields
  }
}
    fragment DonationTestFields on Donation {
  id
  kind
  donorKind
  donor
  donorName
  donorCount
  goodsDescription
  valuationBasis
  purpose
  emergency
  receivedOn
  receiptNo
  amount
  reversesId
  reason
  reversed
  county {
    code
  }
  eastRegion {
    code
  }
  pairing {
    name
  }
  enterprise {
    name
  }
}`) as unknown as TypedDocumentString<DonationRecordMutation, DonationRecordMutationVariables>;
export const DonationReverseDocument = new TypedDocumentString(`
    mutation DonationReverse($i: ReverseDonationInput!) {
  reverseDonation(input: $i) {
    ...DonationTestFields
  }
}
    fragment DonationTestFields on Donation {
  id
  kind
  donorKind
  donor
  donorName
  donorCount
  goodsDescription
  valuationBasis
  purpose
  emergency
  receivedOn
  receiptNo
  amount
  reversesId
  reason
  reversed
  county {
    code
  }
  eastRegion {
    code
  }
  pairing {
    name
  }
  enterprise {
    name
  }
}`) as unknown as TypedDocumentString<DonationReverseMutation, DonationReverseMutationVariables>;
export const DonationListDocument = new TypedDocumentString(`
    query DonationList($f: DonationFilter, $n: Int, $after: String) {
  donations(filter: $f, first: $n, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...DonationTestFields
      reversal {
        id
      }
    }
  }
}
    fragment DonationTestFields on Donation {
  id
  kind
  donorKind
  donor
  donorName
  donorCount
  goodsDescription
  valuationBasis
  purpose
  emergency
  receivedOn
  receiptNo
  amount
  reversesId
  reason
  reversed
  county {
    code
  }
  eastRegion {
    code
  }
  pairing {
    name
  }
  enterprise {
    name
  }
}`) as unknown as TypedDocumentString<DonationListQuery, DonationListQueryVariables>;
export const DonationOneDocument = new TypedDocumentString(`
    query DonationOne($id: ID!) {
  donation(id: $id) {
    id
    amount
  }
}
    `) as unknown as TypedDocumentString<DonationOneQuery, DonationOneQueryVariables>;
export const DonationSummaryQDocument = new TypedDocumentString(`
    query DonationSummaryQ($f: DonationFilter) {
  donationSummary(filter: $f) {
    total
    count
    goods
    emergency
    byDonorKind {
      key
      label
      amount
      count
    }
    byCounty {
      key
      label
      amount
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DonationSummaryQQuery, DonationSummaryQQueryVariables>;
export const DonationProgressDocument = new TypedDocumentString(`
    query DonationProgress($id: ID!, $y: Int!) {
  pairing(id: $id) {
    progress(year: $y) {
      indicator
      recorded
    }
  }
}
    `) as unknown as TypedDocumentString<DonationProgressQuery, DonationProgressQueryVariables>;
export const DonationLedgerDocument = new TypedDocumentString(`
    query DonationLedger($id: ID!, $y: Int!) {
  ledgerEntries(
    filter: {pairingId: $id, year: $y, indicator: SOCIAL_DONATIONS}
    first: 100
  ) {
    nodes {
      source
      sourceLabel
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<DonationLedgerQuery, DonationLedgerQueryVariables>;
export const DonationsImportCommitDocument = new TypedDocumentString(`
    mutation DonationsImportCommit($id: ID!, $mode: ImportMode!) {
  commitImport(batchId: $id, mode: $mode) {
    status
    written
    unchanged
    skipped
  }
}
    `) as unknown as TypedDocumentString<DonationsImportCommitMutation, DonationsImportCommitMutationVariables>;
export const EnterprisePhoneOneDocument = new TypedDocumentString(`
    query EnterprisePhoneOne($id: ID!) {
  enterprise(id: $id) {
    id
    contactPhone
  }
}
    `) as unknown as TypedDocumentString<EnterprisePhoneOneQuery, EnterprisePhoneOneQueryVariables>;
export const EnterprisePhoneListDocument = new TypedDocumentString(`
    query EnterprisePhoneList {
  enterprises(first: 100) {
    nodes {
      id
      contactPhone
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisePhoneListQuery, EnterprisePhoneListQueryVariables>;
export const EnterprisePhoneUpdateDocument = new TypedDocumentString(`
    mutation EnterprisePhoneUpdate($i: UpdateEnterpriseInput!) {
  updateEnterprise(input: $i) {
    id
    contactPhone
  }
}
    `) as unknown as TypedDocumentString<EnterprisePhoneUpdateMutation, EnterprisePhoneUpdateMutationVariables>;
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
export const EvidenceBatchedFilesDocument = new TypedDocumentString(`
    query EvidenceBatchedFiles($k: EvidenceRecordType!, $id: ID!) {
  evidenceFiles(recordType: $k, recordId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvidenceBatchedFilesQuery, EvidenceBatchedFilesQueryVariables>;
export const EvidenceBatchedOrderDocument = new TypedDocumentString(`
    query EvidenceBatchedOrder($id: ID!) {
  order(id: $id) {
    id
    subOrders {
      id
      __typename
      evidence {
        id
        status
        purpose
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceBatchedOrderQuery, EvidenceBatchedOrderQueryVariables>;
export const EvidenceBatchedOrderPlainDocument = new TypedDocumentString(`
    query EvidenceBatchedOrderPlain($id: ID!) {
  order(id: $id) {
    id
    subOrders {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceBatchedOrderPlainQuery, EvidenceBatchedOrderPlainQueryVariables>;
export const EvidenceBatchedOrdersDocument = new TypedDocumentString(`
    query EvidenceBatchedOrders($n: Int!) {
  orders(first: $n) {
    nodes {
      id
      subOrders {
        id
        __typename
        evidence {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceBatchedOrdersQuery, EvidenceBatchedOrdersQueryVariables>;
export const EvidenceBatchedFiscalDocument = new TypedDocumentString(`
    query EvidenceBatchedFiscal($n: Int!) {
  fiscalProjects(first: $n) {
    nodes {
      id
      transactions {
        id
        __typename
        evidence {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceBatchedFiscalQuery, EvidenceBatchedFiscalQueryVariables>;
export const EvidenceBatchedProjectsDocument = new TypedDocumentString(`
    query EvidenceBatchedProjects($n: Int!) {
  investmentProjects(first: $n) {
    nodes {
      id
      __typename
      evidence {
        id
      }
      tranches {
        id
        __typename
        evidence {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceBatchedProjectsQuery, EvidenceBatchedProjectsQueryVariables>;
export const EvidenceBatchedTrainingsDocument = new TypedDocumentString(`
    query EvidenceBatchedTrainings($n: Int!) {
  trainingSessions(first: $n) {
    nodes {
      id
      __typename
      evidence {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceBatchedTrainingsQuery, EvidenceBatchedTrainingsQueryVariables>;
export const EvidenceBatchedUnitPairsDocument = new TypedDocumentString(`
    query EvidenceBatchedUnitPairs($n: Int!) {
  unitPairs(first: $n) {
    nodes {
      id
      __typename
      evidence {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceBatchedUnitPairsQuery, EvidenceBatchedUnitPairsQueryVariables>;
export const EvidenceBatchedDonationsDocument = new TypedDocumentString(`
    query EvidenceBatchedDonations($n: Int!) {
  donations(first: $n) {
    nodes {
      id
      __typename
      evidence {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceBatchedDonationsQuery, EvidenceBatchedDonationsQueryVariables>;
export const EvidenceRecordFilesDocument = new TypedDocumentString(`
    query EvidenceRecordFiles($k: EvidenceRecordType!, $id: ID!) {
  evidenceFiles(recordType: $k, recordId: $id) {
    id
    recordType
    recordId
    purpose
    fileName
    status
  }
}
    `) as unknown as TypedDocumentString<EvidenceRecordFilesQuery, EvidenceRecordFilesQueryVariables>;
export const EvidenceRecordVerifyDocument = new TypedDocumentString(`
    mutation EvidenceRecordVerify($id: ID!) {
  verifyEvidence(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EvidenceRecordVerifyMutation, EvidenceRecordVerifyMutationVariables>;
export const EvidenceRecordRejectDocument = new TypedDocumentString(`
    mutation EvidenceRecordReject($id: ID!, $reason: String!) {
  rejectEvidence(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EvidenceRecordRejectMutation, EvidenceRecordRejectMutationVariables>;
export const EvidenceRecordReopenDocument = new TypedDocumentString(`
    mutation EvidenceRecordReopen($id: ID!, $reason: String!) {
  reopenEvidence(id: $id, reason: $reason) {
    id
    status
    reviewedAt
    rejectReason
  }
}
    `) as unknown as TypedDocumentString<EvidenceRecordReopenMutation, EvidenceRecordReopenMutationVariables>;
export const EvidenceRecordCoverageDocument = new TypedDocumentString(`
    query EvidenceRecordCoverage($p: ID!, $y: Int!) {
  evidenceCoverage(pairingId: $p, year: $y, first: 100) {
    indicator
    covered
    missing {
      amount
      entry {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceRecordCoverageQuery, EvidenceRecordCoverageQueryVariables>;
export const EvidenceRecordFigureDocument = new TypedDocumentString(`
    mutation EvidenceRecordFigure($i: RecordReportedFigureInput!) {
  recordReportedFigure(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvidenceRecordFigureMutation, EvidenceRecordFigureMutationVariables>;
export const EvidenceCorrectEntryDocument = new TypedDocumentString(`
    mutation EvidenceCorrectEntry($i: CorrectLedgerEntryInput!) {
  correctLedgerEntry(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvidenceCorrectEntryMutation, EvidenceCorrectEntryMutationVariables>;
export const EvidenceVerifyDocument = new TypedDocumentString(`
    mutation EvidenceVerify($id: ID!) {
  verifyEvidence(id: $id) {
    id
    status
    reviewedAt
    reviewedBy {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceVerifyMutation, EvidenceVerifyMutationVariables>;
export const EvidenceRejectDocument = new TypedDocumentString(`
    mutation EvidenceReject($id: ID!, $reason: String!) {
  rejectEvidence(id: $id, reason: $reason) {
    id
    status
    rejectReason
  }
}
    `) as unknown as TypedDocumentString<EvidenceRejectMutation, EvidenceRejectMutationVariables>;
export const EvidenceEntriesDocument = new TypedDocumentString(`
    query EvidenceEntries($f: LedgerEntryFilter!) {
  ledgerEntries(filter: $f, first: 50) {
    nodes {
      id
      evidence {
        id
        fileName
        mime
        size
        sha256
        status
        url
        uploadedBy {
          username
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceEntriesQuery, EvidenceEntriesQueryVariables>;
export const EvidenceCoverageDocument = new TypedDocumentString(`
    query EvidenceCoverage($p: ID!, $y: Int!, $first: Int) {
  evidenceCoverage(pairingId: $p, year: $y, first: $first) {
    indicator
    unit
    delivered
    covered
    ratio
    missingCount
    missing {
      amount
      entry {
        id
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceCoverageQuery, EvidenceCoverageQueryVariables>;
export const EvidencePairingCoverageDocument = new TypedDocumentString(`
    query EvidencePairingCoverage($p: ID!, $y: Int!) {
  pairing(id: $p) {
    evidenceCoverage(year: $y) {
      indicator
      delivered
      covered
      ratio
    }
  }
}
    `) as unknown as TypedDocumentString<EvidencePairingCoverageQuery, EvidencePairingCoverageQueryVariables>;
export const EvidenceProgressDocument = new TypedDocumentString(`
    query EvidenceProgress($p: ID!, $y: Int!) {
  pairing(id: $p) {
    progress(year: $y) {
      indicator
      delivered
    }
    evidenceCoverage(year: $y, first: 0) {
      indicator
      delivered
      missing {
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceProgressQuery, EvidenceProgressQueryVariables>;
export const FiscalTestCreateDocument = new TypedDocumentString(`
    mutation FiscalTestCreate($i: CreateFiscalProjectInput!) {
  createFiscalProject(input: $i) {
    ...FiscalTestProject
  }
}
    fragment FiscalTestProject on FiscalProject {
  id
  name
  year
  sector
  town
  implementingUnit
  plannedBeneficiaries
  plannedPoorBeneficiaries
  startsOn
  plannedEndOn
  allocated
  disbursed
  spent
  useRate
  worksPercent
  status
  allowedActions
  pairingId
  pairing {
    id
  }
  county {
    id
    code
  }
  transactions {
    id
    kind
    amount
    occurredOn
    reference
    reversesId
    reason
    reversed
  }
  progressReports {
    id
    reportedOn
    percent
    note
  }
}`) as unknown as TypedDocumentString<FiscalTestCreateMutation, FiscalTestCreateMutationVariables>;
export const FiscalTestRecordDocument = new TypedDocumentString(`
    mutation FiscalTestRecord($i: RecordFiscalTransactionInput!) {
  recordFiscalTransaction(input: $i) {
    id
    kind
    amount
    occurredOn
    reversesId
  }
}
    `) as unknown as TypedDocumentString<FiscalTestRecordMutation, FiscalTestRecordMutationVariables>;
export const FiscalTestReverseDocument = new TypedDocumentString(`
    mutation FiscalTestReverse($i: ReverseFiscalTransactionInput!) {
  reverseFiscalTransaction(input: $i) {
    id
    kind
    amount
    occurredOn
    reversesId
    reason
  }
}
    `) as unknown as TypedDocumentString<FiscalTestReverseMutation, FiscalTestReverseMutationVariables>;
export const FiscalTestProgressDocument = new TypedDocumentString(`
    mutation FiscalTestProgress($i: ReportFiscalProgressInput!) {
  reportFiscalProgress(input: $i) {
    id
    percent
    reportedOn
  }
}
    `) as unknown as TypedDocumentString<FiscalTestProgressMutation, FiscalTestProgressMutationVariables>;
export const FiscalTestProjectByIdDocument = new TypedDocumentString(`
    query FiscalTestProjectById($id: ID!) {
  fiscalProject(id: $id) {
    ...FiscalTestProject
  }
}
    fragment FiscalTestProject on FiscalProject {
  id
  name
  year
  sector
  town
  implementingUnit
  plannedBeneficiaries
  plannedPoorBeneficiaries
  startsOn
  plannedEndOn
  allocated
  disbursed
  spent
  useRate
  worksPercent
  status
  allowedActions
  pairingId
  pairing {
    id
  }
  county {
    id
    code
  }
  transactions {
    id
    kind
    amount
    occurredOn
    reference
    reversesId
    reason
    reversed
  }
  progressReports {
    id
    reportedOn
    percent
    note
  }
}`) as unknown as TypedDocumentString<FiscalTestProjectByIdQuery, FiscalTestProjectByIdQueryVariables>;
export const FiscalTestListDocument = new TypedDocumentString(`
    query FiscalTestList($first: Int, $filter: FiscalProjectFilter) {
  fiscalProjects(first: $first, filter: $filter) {
    totalCount
    nodes {
      ...FiscalTestProject
    }
  }
}
    fragment FiscalTestProject on FiscalProject {
  id
  name
  year
  sector
  town
  implementingUnit
  plannedBeneficiaries
  plannedPoorBeneficiaries
  startsOn
  plannedEndOn
  allocated
  disbursed
  spent
  useRate
  worksPercent
  status
  allowedActions
  pairingId
  pairing {
    id
  }
  county {
    id
    code
  }
  transactions {
    id
    kind
    amount
    occurredOn
    reference
    reversesId
    reason
    reversed
  }
  progressReports {
    id
    reportedOn
    percent
    note
  }
}`) as unknown as TypedDocumentString<FiscalTestListQuery, FiscalTestListQueryVariables>;
export const FiscalTestBoardDocument = new TypedDocumentString(`
    query FiscalTestBoard($y: Int!) {
  fiscalAidBoard(year: $y) {
    year
    projects
    allocated
    disbursed
    spent
    useRate
    byStatus {
      status
      projects
      allocated
    }
    byCounty {
      county {
        code
      }
      projects
      allocated
      disbursed
      spent
      disbursementRate
      useRate
    }
    slowest {
      id
      name
      useRate
    }
  }
}
    `) as unknown as TypedDocumentString<FiscalTestBoardQuery, FiscalTestBoardQueryVariables>;
export const FiscalTestPairingDocument = new TypedDocumentString(`
    query FiscalTestPairing($id: ID!) {
  pairing(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FiscalTestPairingQuery, FiscalTestPairingQueryVariables>;
export const GradingSetDocument = new TypedDocumentString(`
    mutation GradingSet($i: SetGradingSchemeInput!) {
  setGradingScheme(input: $i) {
    id
    year
    goodFrom
    fairFrom
    averageFrom
    capAt100
    aPlusFrom
    weights {
      indicator
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<GradingSetMutation, GradingSetMutationVariables>;
export const GradingSchemeOfDocument = new TypedDocumentString(`
    query GradingSchemeOf($y: Int!) {
  gradingScheme(year: $y) {
    year
    capAt100
    weights {
      indicator
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<GradingSchemeOfQuery, GradingSchemeOfQueryVariables>;
export const GradingGradesDocument = new TypedDocumentString(`
    query GradingGrades($y: Int!) {
  pairingGrades(year: $y) {
    year
    pairings {
      pairing {
        id
      }
      score
      grade
      rank
      countyClass
      classRank
      breakdown {
        indicator
        weight
        completion
        capped
        pointsEarned
        pointsLost
      }
    }
    counties {
      county {
        code
      }
      pairings
      score
      grade
      rank
      countyClass
      classRank
    }
    countyClasses
  }
}
    `) as unknown as TypedDocumentString<GradingGradesQuery, GradingGradesQueryVariables>;
export const GradingSchemeClassesDocument = new TypedDocumentString(`
    query GradingSchemeClasses($y: Int!) {
  gradingScheme(year: $y) {
    countyClasses {
      name
      counties {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradingSchemeClassesQuery, GradingSchemeClassesQueryVariables>;
export const GradingScorecardDocument = new TypedDocumentString(`
    query GradingScorecard($y: Int!) {
  buyerScorecard(year: $y) {
    year
    buyers {
      buyer {
        id
        name
      }
      quota
      counted
      completion
      band
      rank
    }
    groups {
      group
      target
      counted
      completion
      band
      rank
    }
  }
}
    `) as unknown as TypedDocumentString<GradingScorecardQuery, GradingScorecardQueryVariables>;
export const GradingSaveAgreementDocument = new TypedDocumentString(`
    mutation GradingSaveAgreement($i: SaveAgreementInput!) {
  saveAgreement(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<GradingSaveAgreementMutation, GradingSaveAgreementMutationVariables>;
export const GradingReportDocument = new TypedDocumentString(`
    mutation GradingReport($i: RecordReportedFigureInput!) {
  recordReportedFigure(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<GradingReportMutation, GradingReportMutationVariables>;
export const GradingSetQuotaDocument = new TypedDocumentString(`
    mutation GradingSetQuota($i: SetQuotaInput!) {
  setQuota(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<GradingSetQuotaMutation, GradingSetQuotaMutationVariables>;
export const GradingExportNamesDocument = new TypedDocumentString(`
    query GradingExportNames($y: Int!) {
  pairingGrades(year: $y) {
    pairings {
      pairing {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradingExportNamesQuery, GradingExportNamesQueryVariables>;
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
export const ImageLinksImagesDocument = new TypedDocumentString(`
    query ImageLinksImages($id: ID!) {
  product(id: $id) {
    images {
      id
      kind
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ImageLinksImagesQuery, ImageLinksImagesQueryVariables>;
export const ImageLinksLogoutDocument = new TypedDocumentString(`
    mutation ImageLinksLogout {
  logout
}
    `) as unknown as TypedDocumentString<ImageLinksLogoutMutation, ImageLinksLogoutMutationVariables>;
export const ImportsBatchDocument = new TypedDocumentString(`
    query ImportsBatch($id: ID!) {
  importBatch(id: $id) {
    id
    kind
    status
    rows
    valid
    unchanged
    written
    skipped
    sha256
    problemCount
    problems(first: 10) {
      totalCount
      nodes {
        row
        column
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportsBatchQuery, ImportsBatchQueryVariables>;
export const ImportsAuditedDocument = new TypedDocumentString(`
    query ImportsAudited($id: String!) {
  auditLog(first: 5, filter: {entityType: "ImportBatch", entityId: $id}) {
    nodes {
      action
      record {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportsAuditedQuery, ImportsAuditedQueryVariables>;
export const ImportsCommitDocument = new TypedDocumentString(`
    mutation ImportsCommit($id: ID!, $mode: ImportMode!) {
  commitImport(batchId: $id, mode: $mode) {
    id
    status
    mode
    written
    unchanged
    skipped
  }
}
    `) as unknown as TypedDocumentString<ImportsCommitMutation, ImportsCommitMutationVariables>;
export const ImportsBatchesDocument = new TypedDocumentString(`
    query ImportsBatches {
  importBatches(first: 50) {
    totalCount
    nodes {
      id
      status
      fileName
    }
  }
}
    `) as unknown as TypedDocumentString<ImportsBatchesQuery, ImportsBatchesQueryVariables>;
export const IntegrityRecordFigureDocument = new TypedDocumentString(`
    mutation IntegrityRecordFigure($i: RecordReportedFigureInput!) {
  recordReportedFigure(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<IntegrityRecordFigureMutation, IntegrityRecordFigureMutationVariables>;
export const IntegrityVerifyDocument = new TypedDocumentString(`
    mutation IntegrityVerify {
  verifyIntegrity {
    chain
    table
    ok
    checked
    headPos
    headHash
    broken {
      problem
      table
      chainPos
      rowId
      rowSeq
      day
    }
  }
}
    `) as unknown as TypedDocumentString<IntegrityVerifyMutation, IntegrityVerifyMutationVariables>;
export const IntegrityStatusTestDocument = new TypedDocumentString(`
    query IntegrityStatusTest {
  integrityStatus {
    chain
    rows
    sealed
    headPos
    headHash
    day
    dayHash
  }
  chainDayHeads {
    chain
    day
    chainPos
    hash
  }
}
    `) as unknown as TypedDocumentString<IntegrityStatusTestQuery, IntegrityStatusTestQueryVariables>;
export const InvestmentPairingProgressDocument = new TypedDocumentString(`
    query InvestmentPairingProgress($id: ID!, $y: Int!) {
  pairing(id: $id) {
    progress(year: $y) {
      indicator
      delivered
      reported
      recorded
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentPairingProgressQuery, InvestmentPairingProgressQueryVariables>;
export const InvestmentProjectByIdDocument = new TypedDocumentString(`
    query InvestmentProjectById($id: ID!) {
  investmentProject(id: $id) {
    ...InvestmentProjectFields
  }
}
    fragment InvestmentProjectFields on InvestmentProject {
  id
  name
  stage
  stageSince
  contractAmount
  signedOn
  fundsInPlace
  droppedReason
  allowedNextStages
  pairing {
    name
  }
  timeline {
    fromStage
    toStage
    occurredOn
    note
    recordedBy {
      username
    }
  }
  tranches {
    amount
    reference
    reversesId
    reason
    reversed
    recordedBy {
      username
    }
  }
  outcomes {
    reportedOn
    peopleLifted
    floorPricePerTonne
  }
}`) as unknown as TypedDocumentString<InvestmentProjectByIdQuery, InvestmentProjectByIdQueryVariables>;
export const InvestmentCreateLeadDocument = new TypedDocumentString(`
    mutation InvestmentCreateLead($i: CreateLeadInput!) {
  createInvestmentLead(input: $i) {
    id
    title
    plannedInvestment
    visibility
    enterprise {
      name
    }
    preferredCounties {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentCreateLeadMutation, InvestmentCreateLeadMutationVariables>;
export const InvestmentUpdateLeadDocument = new TypedDocumentString(`
    mutation InvestmentUpdateLead($i: UpdateLeadInput!) {
  updateInvestmentLead(input: $i) {
    id
    title
    plannedInvestment
  }
}
    `) as unknown as TypedDocumentString<InvestmentUpdateLeadMutation, InvestmentUpdateLeadMutationVariables>;
export const InvestmentLeadListDocument = new TypedDocumentString(`
    query InvestmentLeadList($f: LeadFilter, $n: Int) {
  investmentLeads(first: $n, filter: $f) {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      id
      title
      plannedInvestment
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentLeadListQuery, InvestmentLeadListQueryVariables>;
export const InvestmentLeadByIdDocument = new TypedDocumentString(`
    query InvestmentLeadById($id: ID!) {
  investmentLead(id: $id) {
    id
    title
    interests {
      county {
        code
      }
      note
    }
    projects {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentLeadByIdQuery, InvestmentLeadByIdQueryVariables>;
export const InvestmentExpressInterestDocument = new TypedDocumentString(`
    mutation InvestmentExpressInterest($i: ExpressInterestInput!) {
  expressInterest(input: $i) {
    id
    interests {
      county {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentExpressInterestMutation, InvestmentExpressInterestMutationVariables>;
export const InvestmentCreateProjectDocument = new TypedDocumentString(`
    mutation InvestmentCreateProject($i: CreateProjectInput!) {
  createInvestmentProject(input: $i) {
    ...InvestmentProjectFields
  }
}
    fragment InvestmentProjectFields on InvestmentProject {
  id
  name
  stage
  stageSince
  contractAmount
  signedOn
  fundsInPlace
  droppedReason
  allowedNextStages
  pairing {
    name
  }
  timeline {
    fromStage
    toStage
    occurredOn
    note
    recordedBy {
      username
    }
  }
  tranches {
    amount
    reference
    reversesId
    reason
    reversed
    recordedBy {
      username
    }
  }
  outcomes {
    reportedOn
    peopleLifted
    floorPricePerTonne
  }
}`) as unknown as TypedDocumentString<InvestmentCreateProjectMutation, InvestmentCreateProjectMutationVariables>;
export const InvestmentMoveProjectStageDocument = new TypedDocumentString(`
    mutation InvestmentMoveProjectStage($i: MoveProjectStageInput!) {
  moveProjectStage(input: $i) {
    __typename
    ... on InvestmentProject {
      ...InvestmentProjectFields
    }
    ... on InvalidStateError {
      code
      message
      state
      entityId
      action
    }
  }
}
    fragment InvestmentProjectFields on InvestmentProject {
  id
  name
  stage
  stageSince
  contractAmount
  signedOn
  fundsInPlace
  droppedReason
  allowedNextStages
  pairing {
    name
  }
  timeline {
    fromStage
    toStage
    occurredOn
    note
    recordedBy {
      username
    }
  }
  tranches {
    amount
    reference
    reversesId
    reason
    reversed
    recordedBy {
      username
    }
  }
  outcomes {
    reportedOn
    peopleLifted
    floorPricePerTonne
  }
}`) as unknown as TypedDocumentString<InvestmentMoveProjectStageMutation, InvestmentMoveProjectStageMutationVariables>;
export const InvestmentRecordFundTrancheDocument = new TypedDocumentString(`
    mutation InvestmentRecordFundTranche($i: RecordFundTrancheInput!) {
  recordFundTranche(input: $i) {
    id
    amount
    receivedOn
    reference
  }
}
    `) as unknown as TypedDocumentString<InvestmentRecordFundTrancheMutation, InvestmentRecordFundTrancheMutationVariables>;
export const InvestmentReverseFundTrancheDocument = new TypedDocumentString(`
    mutation InvestmentReverseFundTranche($i: ReverseFundTrancheInput!) {
  reverseFundTranche(input: $i) {
    id
    amount
    reversesId
    reason
    receivedOn
  }
}
    `) as unknown as TypedDocumentString<InvestmentReverseFundTrancheMutation, InvestmentReverseFundTrancheMutationVariables>;
export const InvestmentRecordOutcomeDocument = new TypedDocumentString(`
    mutation InvestmentRecordOutcome($i: RecordOutcomeInput!) {
  recordProjectOutcome(input: $i) {
    id
    reportedOn
    peopleLifted
    guaranteedPurchaseTerms
    floorPricePerTonne
  }
}
    `) as unknown as TypedDocumentString<InvestmentRecordOutcomeMutation, InvestmentRecordOutcomeMutationVariables>;
export const InvestmentSiteVisitTotalsDocument = new TypedDocumentString(`
    query InvestmentSiteVisitTotals($f: SiteVisitFilter) {
  siteVisitTotals(filter: $f) {
    batches
    enterprises
  }
}
    `) as unknown as TypedDocumentString<InvestmentSiteVisitTotalsQuery, InvestmentSiteVisitTotalsQueryVariables>;
export const InvestmentUpdateLeadTextsDocument = new TypedDocumentString(`
    mutation InvestmentUpdateLeadTexts($i: UpdateLeadInput!) {
  updateInvestmentLead(input: $i) {
    title
    contactName
    contactPhone
    needsNote
  }
}
    `) as unknown as TypedDocumentString<InvestmentUpdateLeadTextsMutation, InvestmentUpdateLeadTextsMutationVariables>;
export const InvestmentRecordSiteVisitDocument = new TypedDocumentString(`
    mutation InvestmentRecordSiteVisit($i: RecordSiteVisitInput!) {
  recordSiteVisit(input: $i) {
    id
    delegation
    batches
    enterpriseCount
    enterprises {
      name
    }
    counties {
      code
    }
    eastRegion {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentRecordSiteVisitMutation, InvestmentRecordSiteVisitMutationVariables>;
export const InvestmentSiteVisitDelegationsDocument = new TypedDocumentString(`
    query InvestmentSiteVisitDelegations {
  siteVisits(first: 50) {
    nodes {
      delegation
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentSiteVisitDelegationsQuery, InvestmentSiteVisitDelegationsQueryVariables>;
export const InvestmentSiteVisitCountiesDocument = new TypedDocumentString(`
    query InvestmentSiteVisitCounties {
  siteVisits(first: 50) {
    nodes {
      delegation
      counties {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentSiteVisitCountiesQuery, InvestmentSiteVisitCountiesQueryVariables>;
export const InvestmentPipelineBoardDocument = new TypedDocumentString(`
    query InvestmentPipelineBoard($y: Int!) {
  pipelineBoard(year: $y) {
    year
    stages {
      stage
      projects
      planned
      contracted
      inPlace
      inPlaceInYear
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentPipelineBoardQuery, InvestmentPipelineBoardQueryVariables>;
export const InvestmentFundsInPlaceSeriesDocument = new TypedDocumentString(`
    query InvestmentFundsInPlaceSeries($y: Int!) {
  fundsInPlaceSeries(year: $y) {
    month
    amount
    cumulative
  }
}
    `) as unknown as TypedDocumentString<InvestmentFundsInPlaceSeriesQuery, InvestmentFundsInPlaceSeriesQueryVariables>;
export const InvestmentProjectCountDocument = new TypedDocumentString(`
    query InvestmentProjectCount {
  investmentProjects {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InvestmentProjectCountQuery, InvestmentProjectCountQueryVariables>;
export const InvestmentProjectsLoadedDocument = new TypedDocumentString(`
    query InvestmentProjectsLoaded($n: Int!) {
  investmentProjects(first: $n) {
    nodes {
      name
      lead {
        title
        enterprise {
          name
        }
      }
      enterprise {
        name
        homeRegion {
          name
        }
      }
      county {
        name
      }
      pairing {
        name
      }
      timeline {
        toStage
      }
      tranches {
        amount
        reversed
      }
      fundsInPlace
      outcomes {
        peopleLifted
      }
      latestOutcome {
        jobsCreated
      }
      siteVisits {
        delegation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentProjectsLoadedQuery, InvestmentProjectsLoadedQueryVariables>;
export const InvestmentLeadsLoadedDocument = new TypedDocumentString(`
    query InvestmentLeadsLoaded($n: Int!) {
  investmentLeads(first: $n) {
    nodes {
      title
      enterprise {
        name
      }
      preferredCounties {
        name
      }
      interests {
        county {
          name
        }
      }
      projects {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentLeadsLoadedQuery, InvestmentLeadsLoadedQueryVariables>;
export const InvestmentSiteVisitsLoadedDocument = new TypedDocumentString(`
    query InvestmentSiteVisitsLoaded($n: Int!) {
  siteVisits(first: $n) {
    nodes {
      delegation
      eastRegion {
        name
      }
      enterprises {
        name
      }
      counties {
        name
      }
      projects {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentSiteVisitsLoadedQuery, InvestmentSiteVisitsLoadedQueryVariables>;
export const InvestmentProjectsFirst50Document = new TypedDocumentString(`
    query InvestmentProjectsFirst50 {
  investmentProjects(first: 50) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InvestmentProjectsFirst50Query, InvestmentProjectsFirst50QueryVariables>;
export const JointWorkRecordDocument = new TypedDocumentString(`
    mutation JointWorkRecord($i: RecordJointWorkInput!) {
  recordJointWork(input: $i) {
    ...JointWorkFields
  }
}
    fragment JointWorkFields on JointWork {
  id
  kind
  heldOn
  title
  place
  direction
  eastOffices
  westOffices
  leader
  personVisits
  documentRef
  outcome
  withdrawn
  withdrawnAt
  withdrawnReason
  canWithdraw
  pairingId
  pairing {
    id
    name
  }
}`) as unknown as TypedDocumentString<JointWorkRecordMutation, JointWorkRecordMutationVariables>;
export const JointWorkWithdrawDocument = new TypedDocumentString(`
    mutation JointWorkWithdraw($i: WithdrawJointWorkInput!) {
  withdrawJointWork(input: $i) {
    ...JointWorkFields
  }
}
    fragment JointWorkFields on JointWork {
  id
  kind
  heldOn
  title
  place
  direction
  eastOffices
  westOffices
  leader
  personVisits
  documentRef
  outcome
  withdrawn
  withdrawnAt
  withdrawnReason
  canWithdraw
  pairingId
  pairing {
    id
    name
  }
}`) as unknown as TypedDocumentString<JointWorkWithdrawMutation, JointWorkWithdrawMutationVariables>;
export const JointWorkListDocument = new TypedDocumentString(`
    query JointWorkList($f: JointWorkFilter, $first: Int!) {
  jointWork(filter: $f, first: $first) {
    totalCount
    nodes {
      ...JointWorkFields
    }
  }
}
    fragment JointWorkFields on JointWork {
  id
  kind
  heldOn
  title
  place
  direction
  eastOffices
  westOffices
  leader
  personVisits
  documentRef
  outcome
  withdrawn
  withdrawnAt
  withdrawnReason
  canWithdraw
  pairingId
  pairing {
    id
    name
  }
}`) as unknown as TypedDocumentString<JointWorkListQuery, JointWorkListQueryVariables>;
export const JointWorkOneDocument = new TypedDocumentString(`
    query JointWorkOne($id: ID!) {
  jointWorkRecord(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<JointWorkOneQuery, JointWorkOneQueryVariables>;
export const JointWorkSummaryDocument = new TypedDocumentString(`
    query JointWorkSummary($f: JointWorkFilter) {
  jointWorkSummary(filter: $f) {
    meetings
    visits
    personVisits
    rows {
      year
      pairingId
      meetings
      visits
      personVisits
      pairing {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkSummaryQuery, JointWorkSummaryQueryVariables>;
export const JointWorkNestedDocument = new TypedDocumentString(`
    query JointWorkNested($id: ID!) {
  pairing(id: $id) {
    id
    jointWork {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkNestedQuery, JointWorkNestedQueryVariables>;
export const JointWorkProgressDocument = new TypedDocumentString(`
    query JointWorkProgress($id: ID!, $y: Int!) {
  pairing(id: $id) {
    progress(year: $y) {
      indicator
      target
      delivered
      recorded
      reported
      unit
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkProgressQuery, JointWorkProgressQueryVariables>;
export const JointWorkSetTargetDocument = new TypedDocumentString(`
    mutation JointWorkSetTarget($i: SetAgreementTargetInput!) {
  setAgreementTarget(input: $i) {
    targets {
      indicator
      target
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkSetTargetMutation, JointWorkSetTargetMutationVariables>;
export const JointWorkLedgerDocument = new TypedDocumentString(`
    query JointWorkLedger($f: LedgerEntryFilter!) {
  ledgerEntries(filter: $f, first: 100) {
    nodes {
      indicator
      amount
      occurredOn
      source
      sourceId
      sourceLabel
      note
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkLedgerQuery, JointWorkLedgerQueryVariables>;
export const LabourPutForwardWorkerDocument = new TypedDocumentString(`
    mutation LabourPutForwardWorker($i: PutForwardWorkerInput!) {
  putForwardWorker(input: $i) {
    ...LabourWorkerFields
  }
}
    fragment LabourWorkerFields on Worker {
  id
  name
  sex
  birthYear
  idNumberMasked
  phoneMasked
  registeredPoor
  skills
  consented
  consentGivenOn
  consentWithdrawnOn
  county {
    code
  }
}`) as unknown as TypedDocumentString<LabourPutForwardWorkerMutation, LabourPutForwardWorkerMutationVariables>;
export const LabourRevealWorkerIdentityDocument = new TypedDocumentString(`
    mutation LabourRevealWorkerIdentity($id: ID!) {
  revealWorkerIdentity(workerId: $id) {
    workerId
    idNumber
    phone
  }
}
    `) as unknown as TypedDocumentString<LabourRevealWorkerIdentityMutation, LabourRevealWorkerIdentityMutationVariables>;
export const LabourWorkerDocument = new TypedDocumentString(`
    query LabourWorker($id: ID!) {
  worker(id: $id) {
    ...LabourWorkerFields
  }
}
    fragment LabourWorkerFields on Worker {
  id
  name
  sex
  birthYear
  idNumberMasked
  phoneMasked
  registeredPoor
  skills
  consented
  consentGivenOn
  consentWithdrawnOn
  county {
    code
  }
}`) as unknown as TypedDocumentString<LabourWorkerQuery, LabourWorkerQueryVariables>;
export const LabourWorkersDocument = new TypedDocumentString(`
    query LabourWorkers($f: WorkerFilter, $n: Int) {
  workers(first: $n, filter: $f) {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      ...LabourWorkerFields
    }
  }
}
    fragment LabourWorkerFields on Worker {
  id
  name
  sex
  birthYear
  idNumberMasked
  phoneMasked
  registeredPoor
  skills
  consented
  consentGivenOn
  consentWithdrawnOn
  county {
    code
  }
}`) as unknown as TypedDocumentString<LabourWorkersQuery, LabourWorkersQueryVariables>;
export const LabourRetentionDocument = new TypedDocumentString(`
    query LabourRetention($y: Int!) {
  labourRetention(year: $y) {
    county {
      code
    }
    placed
    employed
    stable
    left
    eligible
    retained
    retentionRate
  }
}
    `) as unknown as TypedDocumentString<LabourRetentionQuery, LabourRetentionQueryVariables>;
export const LabourWorkerTypeFieldsDocument = new TypedDocumentString(`
    query LabourWorkerTypeFields {
  __type(name: "Worker") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LabourWorkerTypeFieldsQuery, LabourWorkerTypeFieldsQueryVariables>;
export const LabourRecordWorkerConsentDocument = new TypedDocumentString(`
    mutation LabourRecordWorkerConsent($i: RecordWorkerConsentInput!) {
  recordWorkerConsent(input: $i) {
    consented
    consentGivenOn
    consentWithdrawnOn
  }
}
    `) as unknown as TypedDocumentString<LabourRecordWorkerConsentMutation, LabourRecordWorkerConsentMutationVariables>;
export const LabourRecordTrainingDocument = new TypedDocumentString(`
    mutation LabourRecordTraining($i: RecordTrainingInput!) {
  recordTraining(input: $i) {
    id
    pairingId
    peopleTrained
    headcount
    attendees {
      id
    }
    county {
      code
    }
    eastRegion {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LabourRecordTrainingMutation, LabourRecordTrainingMutationVariables>;
export const LabourRegisterWorkshopDocument = new TypedDocumentString(`
    mutation LabourRegisterWorkshop($i: RegisterWorkshopInput!) {
  registerWorkshop(input: $i) {
    id
    pairingId
    employed
    poorEmployed
    reportedOn
    reports {
      reportedOn
      employed
      poorEmployed
    }
  }
}
    `) as unknown as TypedDocumentString<LabourRegisterWorkshopMutation, LabourRegisterWorkshopMutationVariables>;
export const LabourReportWorkshopEmploymentDocument = new TypedDocumentString(`
    mutation LabourReportWorkshopEmployment($i: ReportWorkshopEmploymentInput!) {
  reportWorkshopEmployment(input: $i) {
    employed
    poorEmployed
    reportedOn
    reports {
      reportedOn
      employed
    }
  }
}
    `) as unknown as TypedDocumentString<LabourReportWorkshopEmploymentMutation, LabourReportWorkshopEmploymentMutationVariables>;
export const LabourWorkshopsDocument = new TypedDocumentString(`
    query LabourWorkshops {
  workshops(first: 50) {
    totalCount
    nodes {
      name
      county {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LabourWorkshopsQuery, LabourWorkshopsQueryVariables>;
export const LabourCreateJobPostingDocument = new TypedDocumentString(`
    mutation LabourCreateJobPosting($i: CreateJobPostingInput!) {
  createJobPosting(input: $i) {
    id
    position
    places
    filled
    placesLeft
    wageMin
    wageMax
    housing
    enterprise {
      name
    }
    location {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LabourCreateJobPostingMutation, LabourCreateJobPostingMutationVariables>;
export const LabourPlaceWorkerDocument = new TypedDocumentString(`
    mutation LabourPlaceWorker($i: PlaceWorkerInput!) {
  placeWorker(input: $i) {
    ...LabourPlacementOutcome
    ... on Placement {
      id
      status
      pairingId
      placedOn
      stages {
        status
        occurredOn
      }
    }
  }
}
    fragment LabourPlacementOutcome on PlacementResult {
  __typename
  ... on ErrorResult {
    code
    message
  }
  ... on InvalidStateError {
    state
    entityId
    action
  }
  ... on PostingFullError {
    postingId
    places
  }
}`) as unknown as TypedDocumentString<LabourPlaceWorkerMutation, LabourPlaceWorkerMutationVariables>;
export const LabourRecordEmploymentDocument = new TypedDocumentString(`
    mutation LabourRecordEmployment($i: ChangePlacementInput!) {
  recordEmployment(input: $i) {
    ...LabourPlacementStep
  }
}
    fragment LabourPlacementOutcome on PlacementResult {
  __typename
  ... on ErrorResult {
    code
    message
  }
  ... on InvalidStateError {
    state
    entityId
    action
  }
  ... on PostingFullError {
    postingId
    places
  }
}
fragment LabourPlacementStep on PlacementResult {
  ...LabourPlacementOutcome
  ... on Placement {
    id
    status
    allowedActions
    employedOn
    stableOn
    leftOn
    leftReason
    poorCounted
    stages {
      status
      occurredOn
      note
    }
  }
}`) as unknown as TypedDocumentString<LabourRecordEmploymentMutation, LabourRecordEmploymentMutationVariables>;
export const LabourRecordStableDocument = new TypedDocumentString(`
    mutation LabourRecordStable($i: ChangePlacementInput!) {
  recordStable(input: $i) {
    ...LabourPlacementStep
  }
}
    fragment LabourPlacementOutcome on PlacementResult {
  __typename
  ... on ErrorResult {
    code
    message
  }
  ... on InvalidStateError {
    state
    entityId
    action
  }
  ... on PostingFullError {
    postingId
    places
  }
}
fragment LabourPlacementStep on PlacementResult {
  ...LabourPlacementOutcome
  ... on Placement {
    id
    status
    allowedActions
    employedOn
    stableOn
    leftOn
    leftReason
    poorCounted
    stages {
      status
      occurredOn
      note
    }
  }
}`) as unknown as TypedDocumentString<LabourRecordStableMutation, LabourRecordStableMutationVariables>;
export const LabourRecordLeftDocument = new TypedDocumentString(`
    mutation LabourRecordLeft($i: ChangePlacementInput!) {
  recordLeft(input: $i) {
    ...LabourPlacementStep
  }
}
    fragment LabourPlacementOutcome on PlacementResult {
  __typename
  ... on ErrorResult {
    code
    message
  }
  ... on InvalidStateError {
    state
    entityId
    action
  }
  ... on PostingFullError {
    postingId
    places
  }
}
fragment LabourPlacementStep on PlacementResult {
  ...LabourPlacementOutcome
  ... on Placement {
    id
    status
    allowedActions
    employedOn
    stableOn
    leftOn
    leftReason
    poorCounted
    stages {
      status
      occurredOn
      note
    }
  }
}`) as unknown as TypedDocumentString<LabourRecordLeftMutation, LabourRecordLeftMutationVariables>;
export const LabourCreateEmployerUserDocument = new TypedDocumentString(`
    mutation LabourCreateEmployerUser($i: CreateUserInput!) {
  createUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LabourCreateEmployerUserMutation, LabourCreateEmployerUserMutationVariables>;
export const LabourEmployerLoginDocument = new TypedDocumentString(`
    mutation LabourEmployerLogin {
  login(input: {username: "hongxing-hr", password: "xiezuo2026-hr"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<LabourEmployerLoginMutation, LabourEmployerLoginMutationVariables>;
export const LabourJobPostingsDocument = new TypedDocumentString(`
    query LabourJobPostings($f: JobPostingFilter) {
  jobPostings(first: 50, filter: $f) {
    totalCount
    nodes {
      id
      position
      enterprise {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LabourJobPostingsQuery, LabourJobPostingsQueryVariables>;
export const LabourJobPostingDocument = new TypedDocumentString(`
    query LabourJobPosting($id: ID!) {
  jobPosting(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LabourJobPostingQuery, LabourJobPostingQueryVariables>;
export const LabourEmployerPlacementsDocument = new TypedDocumentString(`
    query LabourEmployerPlacements {
  placements(first: 100) {
    nodes {
      id
      worker {
        id
        name
        idNumberMasked
      }
      enterprise {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LabourEmployerPlacementsQuery, LabourEmployerPlacementsQueryVariables>;
export const LabourEmployerEverythingDocument = new TypedDocumentString(`
    query LabourEmployerEverything {
  workers(first: 100) {
    nodes {
      idNumberMasked
      phoneMasked
    }
  }
  placements(first: 100) {
    nodes {
      worker {
        idNumberMasked
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LabourEmployerEverythingQuery, LabourEmployerEverythingQueryVariables>;
export const LabourPlacementsLoadedDocument = new TypedDocumentString(`
    query LabourPlacementsLoaded($n: Int!) {
  placements(first: $n) {
    nodes {
      status
      worker {
        name
        county {
          name
        }
      }
      posting {
        position
        location {
          code
        }
      }
      enterprise {
        name
      }
      county {
        code
      }
      stages {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LabourPlacementsLoadedQuery, LabourPlacementsLoadedQueryVariables>;
export const LabourRecordJobFairDocument = new TypedDocumentString(`
    mutation LabourRecordJobFair($i: RecordJobFairInput!) {
  recordJobFair(input: $i) {
    id
    name
    attendance
    offers
    employers {
      name
    }
    county {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LabourRecordJobFairMutation, LabourRecordJobFairMutationVariables>;
export const LabourJobFairsDocument = new TypedDocumentString(`
    query LabourJobFairs {
  jobFairs(first: 20) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LabourJobFairsQuery, LabourJobFairsQueryVariables>;
export const LabourFailedLoginDocument = new TypedDocumentString(`
    mutation LabourFailedLogin {
  login(input: {username: "nobody", password: "wrong-password"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<LabourFailedLoginMutation, LabourFailedLoginMutationVariables>;
export const LeadPhoneCreateDocument = new TypedDocumentString(`
    mutation LeadPhoneCreate($i: CreateLeadInput!) {
  createInvestmentLead(input: $i) {
    id
    contactPhone
  }
}
    `) as unknown as TypedDocumentString<LeadPhoneCreateMutation, LeadPhoneCreateMutationVariables>;
export const LeadPhoneOneDocument = new TypedDocumentString(`
    query LeadPhoneOne($id: ID!) {
  investmentLead(id: $id) {
    id
    contactPhone
  }
}
    `) as unknown as TypedDocumentString<LeadPhoneOneQuery, LeadPhoneOneQueryVariables>;
export const LeadPhoneListDocument = new TypedDocumentString(`
    query LeadPhoneList {
  investmentLeads(first: 100) {
    nodes {
      id
      contactPhone
    }
  }
}
    `) as unknown as TypedDocumentString<LeadPhoneListQuery, LeadPhoneListQueryVariables>;
export const LeadPhoneUpdateDocument = new TypedDocumentString(`
    mutation LeadPhoneUpdate($i: UpdateLeadInput!) {
  updateInvestmentLead(input: $i) {
    id
    contactPhone
  }
}
    `) as unknown as TypedDocumentString<LeadPhoneUpdateMutation, LeadPhoneUpdateMutationVariables>;
export const LeadPhoneInterestDocument = new TypedDocumentString(`
    mutation LeadPhoneInterest($i: ExpressInterestInput!) {
  expressInterest(input: $i) {
    id
    contactPhone
  }
}
    `) as unknown as TypedDocumentString<LeadPhoneInterestMutation, LeadPhoneInterestMutationVariables>;
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
export const LedgerProgressAsOfDocument = new TypedDocumentString(`
    query LedgerProgressAsOf($id: ID!, $asOf: Date) {
  pairing(id: $id) {
    progress(year: 2020, asOf: $asOf) {
      indicator
      delivered
      reported
      entryCount
      projected
      projectionMethod
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerProgressAsOfQuery, LedgerProgressAsOfQueryVariables>;
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
export const LoginBurstLoginDocument = new TypedDocumentString(`
    mutation LoginBurstLogin($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) {
    token
  }
}
    `) as unknown as TypedDocumentString<LoginBurstLoginMutation, LoginBurstLoginMutationVariables>;
export const LogsLoginDocument = new TypedDocumentString(`
    mutation LogsLogin($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) {
    token
  }
}
    `) as unknown as TypedDocumentString<LogsLoginMutation, LogsLoginMutationVariables>;
export const LogsLoginLogDocument = new TypedDocumentString(`
    query LogsLoginLog($f: LoginLogFilter, $first: Int) {
  loginLog(filter: $f, first: $first) {
    totalCount
    nodes {
      username
      outcome
      ip
      user {
        username
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogsLoginLogQuery, LogsLoginLogQueryVariables>;
export const LogsAuditDocument = new TypedDocumentString(`
    query LogsAudit($f: AuditFilter) {
  auditLog(filter: $f, first: 20) {
    totalCount
    nodes {
      action
      entityType
      record {
        type
        id
        name
      }
      fields {
        field
        changed
        before {
          kind
          text
          refType
          refId
        }
        after {
          kind
          text
          refType
          refId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogsAuditQuery, LogsAuditQueryVariables>;
export const LogsDisableDocument = new TypedDocumentString(`
    mutation LogsDisable($id: ID!) {
  disableUser(userId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsDisableMutation, LogsDisableMutationVariables>;
export const LogsSetTargetDocument = new TypedDocumentString(`
    mutation LogsSetTarget($i: SetAgreementTargetInput!) {
  setAgreementTarget(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsSetTargetMutation, LogsSetTargetMutationVariables>;
export const LogsAccessDocument = new TypedDocumentString(`
    mutation LogsAccess($i: UpdateUserAccessInput!) {
  updateUserAccess(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsAccessMutation, LogsAccessMutationVariables>;
export const LogsCreateRegionDocument = new TypedDocumentString(`
    mutation LogsCreateRegion($i: CreateRegionInput!) {
  createRegion(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsCreateRegionMutation, LogsCreateRegionMutationVariables>;
export const LogsCreatePairingDocument = new TypedDocumentString(`
    mutation LogsCreatePairing($i: CreatePairingInput!) {
  createPairing(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsCreatePairingMutation, LogsCreatePairingMutationVariables>;
export const LogsSaveAgreementDocument = new TypedDocumentString(`
    mutation LogsSaveAgreement($i: SaveAgreementInput!) {
  saveAgreement(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsSaveAgreementMutation, LogsSaveAgreementMutationVariables>;
export const LogsCreateAccountDocument = new TypedDocumentString(`
    mutation LogsCreateAccount($i: NewUserInput!) {
  createUserWithOneTimePassword(input: $i) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LogsCreateAccountMutation, LogsCreateAccountMutationVariables>;
export const LogsSupplierDocument = new TypedDocumentString(`
    mutation LogsSupplier($i: UpdateSupplierInput!) {
  updateSupplier(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogsSupplierMutation, LogsSupplierMutationVariables>;
export const LogsAuditPageDocument = new TypedDocumentString(`
    query LogsAuditPage($first: Int!) {
  auditLog(first: $first) {
    nodes {
      actor {
        displayName
      }
      record {
        name
      }
      fields {
        field
        after {
          text
        }
        before {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogsAuditPageQuery, LogsAuditPageQueryVariables>;
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
export const OrderCountyScopeOrderDocument = new TypedDocumentString(`
    query OrderCountyScopeOrder($id: ID!, $year: Int!) {
  order(id: $id) {
    id
    total
    subOrders {
      id
      total
      countable
      county {
        code
      }
      order {
        total
        subOrders {
          id
        }
      }
    }
    buyer {
      quota(year: $year) {
        year
      }
      reservedShare(year: $year) {
        year
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderCountyScopeOrderQuery, OrderCountyScopeOrderQueryVariables>;
export const OrderCountyScopeSubOrdersDocument = new TypedDocumentString(`
    query OrderCountyScopeSubOrders($n: String!) {
  subOrders(first: 100, filter: {orderNumber: $n}) {
    nodes {
      id
      total
      county {
        code
      }
      order {
        id
        total
        subOrders {
          id
          total
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderCountyScopeSubOrdersQuery, OrderCountyScopeSubOrdersQueryVariables>;
export const OrdersOpsOrderDocument = new TypedDocumentString(`
    query OrdersOpsOrder($id: ID!) {
  order(id: $id) {
    id
    orderNumber
    orderedOn
    total
    subOrders {
      id
      number
      status
      total
      carrier
      waybillNumber
      county {
        name
      }
      history {
        action
        status
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrdersOpsOrderQuery, OrdersOpsOrderQueryVariables>;
export const OrdersOpsOrdersDocument = new TypedDocumentString(`
    query OrdersOpsOrders($filter: SubOrderFilter, $first: Int) {
  orders(first: $first, filter: $filter) {
    totalCount
    nodes {
      id
      orderNumber
      subOrders {
        id
        status
        carrier
        waybillNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrdersOpsOrdersQuery, OrdersOpsOrdersQueryVariables>;
export const OrdersOpsSubOrdersDocument = new TypedDocumentString(`
    query OrdersOpsSubOrders($filter: SubOrderFilter) {
  subOrders(first: 100, filter: $filter) {
    totalCount
    nodes {
      id
      number
      status
      county {
        name
      }
    }
  }
  subOrderStatusCounts(filter: $filter) {
    status
    count
  }
}
    `) as unknown as TypedDocumentString<OrdersOpsSubOrdersQuery, OrdersOpsSubOrdersQueryVariables>;
export const OrdersOpsShipDocument = new TypedDocumentString(`
    mutation OrdersOpsShip($i: ShipSubOrderInput!) {
  shipSubOrder(input: $i) {
    __typename
    ... on SubOrder {
      id
      status
      carrier
      waybillNumber
    }
  }
}
    `) as unknown as TypedDocumentString<OrdersOpsShipMutation, OrdersOpsShipMutationVariables>;
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
export const PeriodsPeriodDocument = new TypedDocumentString(`
    query PeriodsPeriod($p: ID!, $m: String!) {
  reportingPeriod(pairingId: $p, month: $m) {
    pairingId
    month
    status
    reason
    allowedActions
    submittedBy {
      username
    }
    decidedBy {
      username
    }
    explanations {
      key
      text
    }
    findings {
      key
      rule
      severity
      indicator
      entryId
      recordType
      recordId
      message
      explanation
    }
    figures {
      indicator
      amount
    }
    history {
      action
      fromState
      toState
      reason
      actor {
        username
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeriodsPeriodQuery, PeriodsPeriodQueryVariables>;
export const PeriodsSubmitDocument = new TypedDocumentString(`
    mutation PeriodsSubmit($i: SubmitReportingPeriodInput!) {
  submitReportingPeriod(input: $i) {
    __typename
    ... on ReportingPeriod {
      status
      explanations {
        key
        text
      }
    }
    ... on InvalidStateError {
      state
      action
    }
  }
}
    `) as unknown as TypedDocumentString<PeriodsSubmitMutation, PeriodsSubmitMutationVariables>;
export const PeriodsApproveDocument = new TypedDocumentString(`
    mutation PeriodsApprove($i: DecideReportingPeriodInput!) {
  approveReportingPeriod(input: $i) {
    __typename
    ... on ReportingPeriod {
      status
      allowedActions
    }
    ... on InvalidStateError {
      state
      action
    }
  }
}
    `) as unknown as TypedDocumentString<PeriodsApproveMutation, PeriodsApproveMutationVariables>;
export const PeriodsReturnDocument = new TypedDocumentString(`
    mutation PeriodsReturn($i: DecideReportingPeriodInput!) {
  returnReportingPeriod(input: $i) {
    __typename
    ... on ReportingPeriod {
      status
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<PeriodsReturnMutation, PeriodsReturnMutationVariables>;
export const PeriodsUnlockDocument = new TypedDocumentString(`
    mutation PeriodsUnlock($i: DecideReportingPeriodInput!) {
  unlockReportingPeriod(input: $i) {
    __typename
    ... on ReportingPeriod {
      status
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<PeriodsUnlockMutation, PeriodsUnlockMutationVariables>;
export const PeriodsBoardDocument = new TypedDocumentString(`
    query PeriodsBoard($y: Int!) {
  reportingBoard(year: $y) {
    months
    rows {
      pairing {
        id
        name
      }
      missing
      cells {
        month
        status
        due
      }
    }
    totals {
      month
      due
      submitted
      approved
      missing
    }
  }
}
    `) as unknown as TypedDocumentString<PeriodsBoardQuery, PeriodsBoardQueryVariables>;
export const PeriodsPairingsDocument = new TypedDocumentString(`
    query PeriodsPairings {
  pairings(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PeriodsPairingsQuery, PeriodsPairingsQueryVariables>;
export const PeriodsRecordFigureDocument = new TypedDocumentString(`
    mutation PeriodsRecordFigure($i: RecordReportedFigureInput!) {
  recordReportedFigure(input: $i) {
    id
    occurredOn
  }
}
    `) as unknown as TypedDocumentString<PeriodsRecordFigureMutation, PeriodsRecordFigureMutationVariables>;
export const PeriodsCorrectDocument = new TypedDocumentString(`
    mutation PeriodsCorrect($i: CorrectLedgerEntryInput!) {
  correctLedgerEntry(input: $i) {
    id
    occurredOn
    correctsId
  }
}
    `) as unknown as TypedDocumentString<PeriodsCorrectMutation, PeriodsCorrectMutationVariables>;
export const PeriodsDonationDocument = new TypedDocumentString(`
    mutation PeriodsDonation($i: RecordDonationInput!) {
  recordDonation(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PeriodsDonationMutation, PeriodsDonationMutationVariables>;
export const PeriodsFiscalProjectDocument = new TypedDocumentString(`
    mutation PeriodsFiscalProject($i: CreateFiscalProjectInput!) {
  createFiscalProject(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PeriodsFiscalProjectMutation, PeriodsFiscalProjectMutationVariables>;
export const PeriodsFiscalTxDocument = new TypedDocumentString(`
    mutation PeriodsFiscalTx($i: RecordFiscalTransactionInput!) {
  recordFiscalTransaction(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PeriodsFiscalTxMutation, PeriodsFiscalTxMutationVariables>;
export const PeriodsFiscalProgressDocument = new TypedDocumentString(`
    mutation PeriodsFiscalProgress($i: ReportFiscalProgressInput!) {
  reportFiscalProgress(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PeriodsFiscalProgressMutation, PeriodsFiscalProgressMutationVariables>;
export const PeriodsTrancheDocument = new TypedDocumentString(`
    mutation PeriodsTranche($i: RecordFundTrancheInput!) {
  recordFundTranche(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PeriodsTrancheMutation, PeriodsTrancheMutationVariables>;
export const UikitCreateUserDocument = new TypedDocumentString(`
    mutation UikitCreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<UikitCreateUserMutation, UikitCreateUserMutationVariables>;
export const UikitLoginDocument = new TypedDocumentString(`
    mutation UikitLogin($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) {
    token
  }
}
    `) as unknown as TypedDocumentString<UikitLoginMutation, UikitLoginMutationVariables>;
export const UikitExpressInterestDocument = new TypedDocumentString(`
    mutation UikitExpressInterest($i: ExpressInterestInput!) {
  expressInterest(input: $i) {
    id
    interests {
      mine
      county {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UikitExpressInterestMutation, UikitExpressInterestMutationVariables>;
export const UikitWithdrawInterestDocument = new TypedDocumentString(`
    mutation UikitWithdrawInterest($leadId: ID!) {
  withdrawInterest(leadId: $leadId) {
    id
    interests {
      mine
      county {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UikitWithdrawInterestMutation, UikitWithdrawInterestMutationVariables>;
export const UikitCreatePostingDocument = new TypedDocumentString(`
    mutation UikitCreatePosting($i: CreateJobPostingInput!) {
  createJobPosting(input: $i) {
    ...UikitPosting
  }
}
    fragment UikitPosting on JobPosting {
  id
  position
  places
  filled
  wageMin
  wageMax
  housing
  opensOn
  closesOn
  description
  open
  closedAt
  location {
    code
  }
}`) as unknown as TypedDocumentString<UikitCreatePostingMutation, UikitCreatePostingMutationVariables>;
export const UikitUpdatePostingDocument = new TypedDocumentString(`
    mutation UikitUpdatePosting($i: UpdateJobPostingInput!) {
  updateJobPosting(input: $i) {
    ...UikitPosting
  }
}
    fragment UikitPosting on JobPosting {
  id
  position
  places
  filled
  wageMin
  wageMax
  housing
  opensOn
  closesOn
  description
  open
  closedAt
  location {
    code
  }
}`) as unknown as TypedDocumentString<UikitUpdatePostingMutation, UikitUpdatePostingMutationVariables>;
export const UikitClosePostingDocument = new TypedDocumentString(`
    mutation UikitClosePosting($id: ID!) {
  closeJobPosting(id: $id) {
    ...UikitPosting
  }
}
    fragment UikitPosting on JobPosting {
  id
  position
  places
  filled
  wageMin
  wageMax
  housing
  opensOn
  closesOn
  description
  open
  closedAt
  location {
    code
  }
}`) as unknown as TypedDocumentString<UikitClosePostingMutation, UikitClosePostingMutationVariables>;
export const UikitReopenPostingDocument = new TypedDocumentString(`
    mutation UikitReopenPosting($id: ID!) {
  reopenJobPosting(id: $id) {
    ...UikitPosting
  }
}
    fragment UikitPosting on JobPosting {
  id
  position
  places
  filled
  wageMin
  wageMax
  housing
  opensOn
  closesOn
  description
  open
  closedAt
  location {
    code
  }
}`) as unknown as TypedDocumentString<UikitReopenPostingMutation, UikitReopenPostingMutationVariables>;
export const UikitPostingsDocument = new TypedDocumentString(`
    query UikitPostings($f: JobPostingFilter) {
  jobPostings(first: 100, filter: $f) {
    nodes {
      id
      open
    }
  }
}
    `) as unknown as TypedDocumentString<UikitPostingsQuery, UikitPostingsQueryVariables>;
export const UikitPlaceWorkerDocument = new TypedDocumentString(`
    mutation UikitPlaceWorker($i: PlaceWorkerInput!) {
  placeWorker(input: $i) {
    __typename
    ... on ErrorResult {
      code
      message
    }
    ... on InvalidStateError {
      entityId
      state
      action
    }
    ... on Placement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UikitPlaceWorkerMutation, UikitPlaceWorkerMutationVariables>;
export const UikitPutForwardDocument = new TypedDocumentString(`
    mutation UikitPutForward($i: PutForwardWorkerInput!) {
  putForwardWorker(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<UikitPutForwardMutation, UikitPutForwardMutationVariables>;
export const ProgressExportBoardDocument = new TypedDocumentString(`
    query ProgressExportBoard($year: Int!) {
  pairings(first: 100, filter: {}) {
    totalCount
    nodes {
      id
      name
      progress(year: $year) {
        indicator
        delivered
        reported
        target
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressExportBoardQuery, ProgressExportBoardQueryVariables>;
export const PurchaseOrderCheckoutDocument = new TypedDocumentString(`
    query PurchaseOrderCheckout($id: ID!) {
  order(id: $id) {
    id
    deliveryAddress
    deliveryContact
    deliveryPhone
    invoiceTitle
    taxNumber
    note
  }
}
    `) as unknown as TypedDocumentString<PurchaseOrderCheckoutQuery, PurchaseOrderCheckoutQueryVariables>;
export const PurchaseRememberedDocument = new TypedDocumentString(`
    query PurchaseRemembered {
  rememberedDelivery {
    deliveryAddress
    deliveryContact
    deliveryPhone
    invoiceTitle
    taxNumber
  }
}
    `) as unknown as TypedDocumentString<PurchaseRememberedQuery, PurchaseRememberedQueryVariables>;
export const PurchaseIncomingPhonesDocument = new TypedDocumentString(`
    query PurchaseIncomingPhones {
  subOrders(first: 50) {
    nodes {
      order {
        id
        deliveryPhone
        deliveryAddress
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseIncomingPhonesQuery, PurchaseIncomingPhonesQueryVariables>;
export const PurchaseProductPageDocument = new TypedDocumentString(`
    query PurchaseProductPage($id: ID!) {
  product(id: $id) {
    id
    name
    spec
    unit
    price
    stock
    certificateNo
    certificateAuthority
    certificateValidFrom
    certificateValidTo
    certificateStatus
    county {
      name
    }
    supplier {
      name
      county {
        name
      }
      rating {
        average
        count
      }
    }
    images {
      kind
      url
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseProductPageQuery, PurchaseProductPageQueryVariables>;
export const PurchaseNewProductDocument = new TypedDocumentString(`
    mutation PurchaseNewProduct($i: CreateProductInput!) {
  createProduct(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PurchaseNewProductMutation, PurchaseNewProductMutationVariables>;
export const PurchaseWithdrawDocument = new TypedDocumentString(`
    mutation PurchaseWithdraw($i: UpdateProductInput!) {
  updateProduct(input: $i) {
    active
  }
}
    `) as unknown as TypedDocumentString<PurchaseWithdrawMutation, PurchaseWithdrawMutationVariables>;
export const QuotaBoardCreateBuyerDocument = new TypedDocumentString(`
    mutation QuotaBoardCreateBuyer($i: CreateBuyerInput!) {
  createBuyer(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<QuotaBoardCreateBuyerMutation, QuotaBoardCreateBuyerMutationVariables>;
export const QuotaBoardPageDocument = new TypedDocumentString(`
    query QuotaBoardPage($y: Int!, $n: Int!, $after: String) {
  quotaBoard(year: $y) {
    counted
    groups {
      group
      buyers
      counted
      target
    }
    buyers(first: $n, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        buyer {
          id
          name
          group
          eastRegionId
        }
        quota
        counted
        completion
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuotaBoardPageQuery, QuotaBoardPageQueryVariables>;
export const RemindersSetQuotaDocument = new TypedDocumentString(`
    mutation RemindersSetQuota($i: SetQuotaInput!) {
  setQuota(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemindersSetQuotaMutation, RemindersSetQuotaMutationVariables>;
export const RemindersCompletionDocument = new TypedDocumentString(`
    query RemindersCompletion($b: ID!, $y: Int!) {
  quotaCompletion(buyerId: $b, year: $y) {
    quota
    counted
    expected
    projected
    atRisk
  }
}
    `) as unknown as TypedDocumentString<RemindersCompletionQuery, RemindersCompletionQueryVariables>;
export const RemindersMineDocument = new TypedDocumentString(`
    query RemindersMine($unread: Boolean!) {
  unreadNotificationCount
  myNotifications(unreadOnly: $unread, first: 100) {
    totalCount
    nodes {
      id
      kind
      day
      link
      message
      readAt
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersMineQuery, RemindersMineQueryVariables>;
export const RemindersMarkDocument = new TypedDocumentString(`
    mutation RemindersMark($id: ID!) {
  markNotificationRead(id: $id) {
    id
    readAt
  }
}
    `) as unknown as TypedDocumentString<RemindersMarkMutation, RemindersMarkMutationVariables>;
export const RemindersMarkAllDocument = new TypedDocumentString(`
    mutation RemindersMarkAll {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<RemindersMarkAllMutation, RemindersMarkAllMutationVariables>;
export const RemindersRecordDocument = new TypedDocumentString(`
    mutation RemindersRecord($i: RecordReportedFigureInput!) {
  recordReportedFigure(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemindersRecordMutation, RemindersRecordMutationVariables>;
export const RemindersTargetDocument = new TypedDocumentString(`
    mutation RemindersTarget($i: SetAgreementTargetInput!) {
  setAgreementTarget(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemindersTargetMutation, RemindersTargetMutationVariables>;
export const RemindersProgressDocument = new TypedDocumentString(`
    query RemindersProgress($id: ID!, $y: Int!, $asOf: Date) {
  pairing(id: $id) {
    progress(year: $y, asOf: $asOf) {
      indicator
      target
      delivered
      projected
      projectionMethod
      atRisk
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersProgressQuery, RemindersProgressQueryVariables>;
export const RemindersReviewDocument = new TypedDocumentString(`
    mutation RemindersReview($id: ID!, $reason: String!) {
  rejectEvidence(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RemindersReviewMutation, RemindersReviewMutationVariables>;
export const ScaleoutLoginDocument = new TypedDocumentString(`
    mutation ScaleoutLogin($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) {
    token
  }
}
    `) as unknown as TypedDocumentString<ScaleoutLoginMutation, ScaleoutLoginMutationVariables>;
export const ScaleoutMeDocument = new TypedDocumentString(`
    query ScaleoutMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleoutMeQuery, ScaleoutMeQueryVariables>;
export const SetupCreateRegionDocument = new TypedDocumentString(`
    mutation SetupCreateRegion($i: CreateRegionInput!) {
  createRegion(input: $i) {
    id
    code
    level
    side
    parent {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SetupCreateRegionMutation, SetupCreateRegionMutationVariables>;
export const SetupUpdateRegionDocument = new TypedDocumentString(`
    mutation SetupUpdateRegion($id: ID!, $i: UpdateRegionInput!) {
  updateRegion(id: $id, input: $i) {
    name
    shortName
  }
}
    `) as unknown as TypedDocumentString<SetupUpdateRegionMutation, SetupUpdateRegionMutationVariables>;
export const SetupRegionsWithinDocument = new TypedDocumentString(`
    query SetupRegionsWithin($id: ID!) {
  regions(first: 100, filter: {withinId: $id}) {
    nodes {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SetupRegionsWithinQuery, SetupRegionsWithinQueryVariables>;
export const SetupCreatePairingDocument = new TypedDocumentString(`
    mutation SetupCreatePairing($i: CreatePairingInput!) {
  createPairing(input: $i) {
    id
    name
    status
    parent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SetupCreatePairingMutation, SetupCreatePairingMutationVariables>;
export const SetupEndPairingDocument = new TypedDocumentString(`
    mutation SetupEndPairing($i: EndPairingInput!) {
  endPairing(input: $i) {
    status
    endedOn
    endReason
    children {
      name
      status
      endedOn
    }
  }
}
    `) as unknown as TypedDocumentString<SetupEndPairingMutation, SetupEndPairingMutationVariables>;
export const SetupSaveAgreementDocument = new TypedDocumentString(`
    mutation SetupSaveAgreement($i: SaveAgreementInput!) {
  saveAgreement(input: $i) {
    id
    year
    signedOn
    targets {
      indicator
      target
    }
  }
}
    `) as unknown as TypedDocumentString<SetupSaveAgreementMutation, SetupSaveAgreementMutationVariables>;
export const SetupChangeTargetDocument = new TypedDocumentString(`
    mutation SetupChangeTarget($i: ChangeAgreementTargetInput!) {
  changeAgreementTarget(input: $i) {
    targets {
      indicator
      target
    }
    targetHistory {
      indicator
      before
      after
      reason
      actor {
        username
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SetupChangeTargetMutation, SetupChangeTargetMutationVariables>;
export const SetupCopyAgreementDocument = new TypedDocumentString(`
    mutation SetupCopyAgreement($i: CopyAgreementInput!) {
  copyAgreement(input: $i) {
    year
    signedOn
    targets {
      indicator
      target
    }
    targetHistory {
      indicator
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<SetupCopyAgreementMutation, SetupCopyAgreementMutationVariables>;
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
export const TalentRecordDocument = new TypedDocumentString(`
    mutation TalentRecord($i: RecordTalentPostingInput!) {
  recordTalentPosting(input: $i) {
    ...TalentPostingFields
  }
}
    fragment TalentPostingFields on TalentPosting {
  id
  direction
  category
  kind
  startsOn
  plannedEndOn
  endedOn
  endReason
  endsOn
  status
  endingSoon
  withdrawnAt
  pairingId
  county {
    code
  }
  eastRegion {
    code
  }
  person {
    id
    name
    institution
    phoneMasked
  }
}`) as unknown as TypedDocumentString<TalentRecordMutation, TalentRecordMutationVariables>;
export const TalentChangeDocument = new TypedDocumentString(`
    mutation TalentChange($i: ChangeTalentPostingInput!) {
  changeTalentPosting(input: $i) {
    ...TalentPostingFields
  }
}
    fragment TalentPostingFields on TalentPosting {
  id
  direction
  category
  kind
  startsOn
  plannedEndOn
  endedOn
  endReason
  endsOn
  status
  endingSoon
  withdrawnAt
  pairingId
  county {
    code
  }
  eastRegion {
    code
  }
  person {
    id
    name
    institution
    phoneMasked
  }
}`) as unknown as TypedDocumentString<TalentChangeMutation, TalentChangeMutationVariables>;
export const TalentEndDocument = new TypedDocumentString(`
    mutation TalentEnd($i: EndTalentPostingInput!) {
  endTalentPosting(input: $i) {
    ...TalentPostingFields
  }
}
    fragment TalentPostingFields on TalentPosting {
  id
  direction
  category
  kind
  startsOn
  plannedEndOn
  endedOn
  endReason
  endsOn
  status
  endingSoon
  withdrawnAt
  pairingId
  county {
    code
  }
  eastRegion {
    code
  }
  person {
    id
    name
    institution
    phoneMasked
  }
}`) as unknown as TypedDocumentString<TalentEndMutation, TalentEndMutationVariables>;
export const TalentWithdrawDocument = new TypedDocumentString(`
    mutation TalentWithdraw($i: WithdrawTalentPostingInput!) {
  withdrawTalentPosting(input: $i) {
    ...TalentPostingFields
  }
}
    fragment TalentPostingFields on TalentPosting {
  id
  direction
  category
  kind
  startsOn
  plannedEndOn
  endedOn
  endReason
  endsOn
  status
  endingSoon
  withdrawnAt
  pairingId
  county {
    code
  }
  eastRegion {
    code
  }
  person {
    id
    name
    institution
    phoneMasked
  }
}`) as unknown as TypedDocumentString<TalentWithdrawMutation, TalentWithdrawMutationVariables>;
export const TalentListDocument = new TypedDocumentString(`
    query TalentList($f: TalentPostingFilter, $n: Int) {
  talentPostings(first: $n, filter: $f) {
    totalCount
    nodes {
      ...TalentPostingFields
    }
  }
}
    fragment TalentPostingFields on TalentPosting {
  id
  direction
  category
  kind
  startsOn
  plannedEndOn
  endedOn
  endReason
  endsOn
  status
  endingSoon
  withdrawnAt
  pairingId
  county {
    code
  }
  eastRegion {
    code
  }
  person {
    id
    name
    institution
    phoneMasked
  }
}`) as unknown as TypedDocumentString<TalentListQuery, TalentListQueryVariables>;
export const TalentOneDocument = new TypedDocumentString(`
    query TalentOne($id: ID!) {
  talentPosting(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TalentOneQuery, TalentOneQueryVariables>;
export const TalentPeopleDocument = new TypedDocumentString(`
    query TalentPeople($s: String, $n: Int) {
  talentPeople(search: $s, first: $n) {
    totalCount
    nodes {
      id
      name
      phoneMasked
      postings {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TalentPeopleQuery, TalentPeopleQueryVariables>;
export const TalentSummaryDocument = new TypedDocumentString(`
    query TalentSummary($y: Int!) {
  talentSummary(year: $y) {
    year
    cadresSent
    professionalsSent
    teachersSent
    doctorsSent
    agriTechSent
    otherSent
    cadresReceived
    professionalsReceived
  }
}
    `) as unknown as TypedDocumentString<TalentSummaryQuery, TalentSummaryQueryVariables>;
export const TalentRevealDocument = new TypedDocumentString(`
    mutation TalentReveal($id: ID!) {
  revealTalentPersonPhone(personId: $id) {
    personId
    phone
  }
}
    `) as unknown as TypedDocumentString<TalentRevealMutation, TalentRevealMutationVariables>;
export const TalentChangePersonDocument = new TypedDocumentString(`
    mutation TalentChangePerson($i: ChangeTalentPersonInput!) {
  changeTalentPerson(input: $i) {
    id
    name
    phoneMasked
  }
}
    `) as unknown as TypedDocumentString<TalentChangePersonMutation, TalentChangePersonMutationVariables>;
export const TalentLedgerDocument = new TypedDocumentString(`
    query TalentLedger($p: ID!, $src: LedgerSource) {
  ledgerEntries(filter: {pairingId: $p, source: $src}, first: 100) {
    nodes {
      sourceId
      sourceLabel
    }
  }
}
    `) as unknown as TypedDocumentString<TalentLedgerQuery, TalentLedgerQueryVariables>;
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
    mutation TransitionsShipSubOrder($i: ShipSubOrderInput!) {
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
export const UnitPairRecordDocument = new TypedDocumentString(`
    mutation UnitPairRecord($i: RecordUnitPairInput!) {
  recordUnitPair(input: $i) {
    ...UnitPairTestFields
  }
}
    fragment UnitPairTestFields on UnitPair {
  id
  kind
  eastUnit
  westUnit
  formedOn
  endedOn
  endReason
  withdrawnAt
  withdrawReason
  status
  support
  value
  pairingId
  enterpriseId
  county {
    code
  }
}`) as unknown as TypedDocumentString<UnitPairRecordMutation, UnitPairRecordMutationVariables>;
export const UnitPairWithdrawDocument = new TypedDocumentString(`
    mutation UnitPairWithdraw($i: WithdrawUnitPairInput!) {
  withdrawUnitPair(input: $i) {
    ...UnitPairTestFields
  }
}
    fragment UnitPairTestFields on UnitPair {
  id
  kind
  eastUnit
  westUnit
  formedOn
  endedOn
  endReason
  withdrawnAt
  withdrawReason
  status
  support
  value
  pairingId
  enterpriseId
  county {
    code
  }
}`) as unknown as TypedDocumentString<UnitPairWithdrawMutation, UnitPairWithdrawMutationVariables>;
export const UnitPairEndDocument = new TypedDocumentString(`
    mutation UnitPairEnd($i: EndUnitPairInput!) {
  endUnitPair(input: $i) {
    ...UnitPairTestFields
  }
}
    fragment UnitPairTestFields on UnitPair {
  id
  kind
  eastUnit
  westUnit
  formedOn
  endedOn
  endReason
  withdrawnAt
  withdrawReason
  status
  support
  value
  pairingId
  enterpriseId
  county {
    code
  }
}`) as unknown as TypedDocumentString<UnitPairEndMutation, UnitPairEndMutationVariables>;
export const UnitPairRedateDocument = new TypedDocumentString(`
    mutation UnitPairRedate($i: ChangeUnitPairFormedOnInput!) {
  changeUnitPairFormedOn(input: $i) {
    ...UnitPairTestFields
  }
}
    fragment UnitPairTestFields on UnitPair {
  id
  kind
  eastUnit
  westUnit
  formedOn
  endedOn
  endReason
  withdrawnAt
  withdrawReason
  status
  support
  value
  pairingId
  enterpriseId
  county {
    code
  }
}`) as unknown as TypedDocumentString<UnitPairRedateMutation, UnitPairRedateMutationVariables>;
export const UnitPairListDocument = new TypedDocumentString(`
    query UnitPairList($f: UnitPairFilter, $first: Int) {
  unitPairs(filter: $f, first: $first) {
    totalCount
    nodes {
      ...UnitPairTestFields
      pairing {
        id
      }
    }
  }
}
    fragment UnitPairTestFields on UnitPair {
  id
  kind
  eastUnit
  westUnit
  formedOn
  endedOn
  endReason
  withdrawnAt
  withdrawReason
  status
  support
  value
  pairingId
  enterpriseId
  county {
    code
  }
}`) as unknown as TypedDocumentString<UnitPairListQuery, UnitPairListQueryVariables>;
export const UnitPairOneDocument = new TypedDocumentString(`
    query UnitPairOne($id: ID!) {
  unitPair(id: $id) {
    ...UnitPairTestFields
  }
}
    fragment UnitPairTestFields on UnitPair {
  id
  kind
  eastUnit
  westUnit
  formedOn
  endedOn
  endReason
  withdrawnAt
  withdrawReason
  status
  support
  value
  pairingId
  enterpriseId
  county {
    code
  }
}`) as unknown as TypedDocumentString<UnitPairOneQuery, UnitPairOneQueryVariables>;
export const UnitPairSummaryOfDocument = new TypedDocumentString(`
    query UnitPairSummaryOf($y: Int!, $c: ID) {
  unitPairSummary(year: $y, countyId: $c) {
    year
    formed
    activeAtYearEnd
    byKind {
      kind
      formed
      activeAtYearEnd
    }
  }
}
    `) as unknown as TypedDocumentString<UnitPairSummaryOfQuery, UnitPairSummaryOfQueryVariables>;
export const UnitPairPairingDocument = new TypedDocumentString(`
    query UnitPairPairing($id: ID!) {
  pairing(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnitPairPairingQuery, UnitPairPairingQueryVariables>;
export const UnitPairLedgerDocument = new TypedDocumentString(`
    query UnitPairLedger($f: LedgerEntryFilter!) {
  ledgerEntries(filter: $f, first: 5) {
    totalCount
    nodes {
      amount
      source
      sourceLabel
      note
    }
  }
}
    `) as unknown as TypedDocumentString<UnitPairLedgerQuery, UnitPairLedgerQueryVariables>;
export const UnitPairImportCommitDocument = new TypedDocumentString(`
    mutation UnitPairImportCommit($id: ID!, $mode: ImportMode!) {
  commitImport(batchId: $id, mode: $mode) {
    status
    written
    unchanged
    skipped
  }
}
    `) as unknown as TypedDocumentString<UnitPairImportCommitMutation, UnitPairImportCommitMutationVariables>;