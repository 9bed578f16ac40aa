/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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