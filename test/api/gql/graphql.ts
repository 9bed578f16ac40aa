/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CorrectLedgerEntryInput = {
  /** The signed adjustment; the negated original reverses it. */
  amount: string;
  entryId: string | number;
  /** Why the correction is made. */
  reason: string;
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

/** What a user may do; row scope comes from its region or organisation. */
export type Role =
  | 'ADMIN'
  | 'BUYER'
  | 'COORDINATOR'
  | 'COUNTY_OFFICIAL'
  | 'ENTERPRISE';

export type SetAgreementTargetInput = {
  indicator: Indicator;
  pairingId: string | number;
  /** When the agreement was signed. */
  signedOn?: string | null | undefined;
  /** The yearly target in the indicator's unit. */
  target: string;
  year: number;
};

export type UpdateEnterpriseInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  creditCode?: string | null | undefined;
  homeRegionId?: string | number | null | undefined;
  id: string | number;
  industry?: string | null | undefined;
  name?: string | null | undefined;
};

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