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

export type SetAgreementTargetInput = {
  indicator: Indicator;
  pairingId: string | number;
  /** When the agreement was signed. */
  signedOn?: string | null | undefined;
  /** The yearly target in the indicator's unit. */
  target: string;
  year: number;
};

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