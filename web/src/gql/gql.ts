/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgreementYears {\n    agreementYears\n  }\n": typeof types.AgreementYearsDocument,
    "\n  fragment IndicatorProgressFields on IndicatorProgress {\n    indicator\n    unit\n    target\n    delivered\n    reported\n    recorded\n    ratio\n    entryCount\n  }\n": typeof types.IndicatorProgressFieldsFragmentDoc,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        entityType\n        entityId\n        change\n        at\n        actor {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query PairingDetail($id: ID!, $year: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      kind\n      since\n      eastRegion {\n        id\n        name\n        level\n      }\n      westRegion {\n        id\n        name\n        level\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n      }\n      progress(year: $year) {\n        ...IndicatorProgressFields\n      }\n    }\n  }\n": typeof types.PairingDetailDocument,
    "\n  query ProgressOverview($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        since\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n        }\n        agreement(year: $year) {\n          id\n          signedOn\n        }\n        progress(year: $year) {\n          ...IndicatorProgressFields\n        }\n      }\n    }\n  }\n": typeof types.ProgressOverviewDocument,
    "\n  mutation CorrectLedgerEntry($input: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $input) {\n      id\n      amount\n      unit\n    }\n  }\n": typeof types.CorrectLedgerEntryDocument,
    "\n  query PairingLedger($filter: LedgerEntryFilter!, $first: Int!, $after: String) {\n    ledgerEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pairing {\n          id\n          name\n        }\n        indicator\n        unit\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceDocument\n        note\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        corrects {\n          id\n          amount\n          unit\n          occurredOn\n          sourceDocument\n          recordedAt\n        }\n        corrections {\n          id\n          amount\n          unit\n          occurredOn\n          note\n          recordedAt\n          recordedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.PairingLedgerDocument,
    "\n  mutation RecordReportedFigure($input: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $input) {\n      id\n      indicator\n      unit\n      amount\n      occurredOn\n    }\n  }\n": typeof types.RecordReportedFigureDocument,
};
const documents: Documents = {
    "\n  query AgreementYears {\n    agreementYears\n  }\n": types.AgreementYearsDocument,
    "\n  fragment IndicatorProgressFields on IndicatorProgress {\n    indicator\n    unit\n    target\n    delivered\n    reported\n    recorded\n    ratio\n    entryCount\n  }\n": types.IndicatorProgressFieldsFragmentDoc,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        entityType\n        entityId\n        change\n        at\n        actor {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query PairingDetail($id: ID!, $year: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      kind\n      since\n      eastRegion {\n        id\n        name\n        level\n      }\n      westRegion {\n        id\n        name\n        level\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n      }\n      progress(year: $year) {\n        ...IndicatorProgressFields\n      }\n    }\n  }\n": types.PairingDetailDocument,
    "\n  query ProgressOverview($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        since\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n        }\n        agreement(year: $year) {\n          id\n          signedOn\n        }\n        progress(year: $year) {\n          ...IndicatorProgressFields\n        }\n      }\n    }\n  }\n": types.ProgressOverviewDocument,
    "\n  mutation CorrectLedgerEntry($input: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $input) {\n      id\n      amount\n      unit\n    }\n  }\n": types.CorrectLedgerEntryDocument,
    "\n  query PairingLedger($filter: LedgerEntryFilter!, $first: Int!, $after: String) {\n    ledgerEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pairing {\n          id\n          name\n        }\n        indicator\n        unit\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceDocument\n        note\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        corrects {\n          id\n          amount\n          unit\n          occurredOn\n          sourceDocument\n          recordedAt\n        }\n        corrections {\n          id\n          amount\n          unit\n          occurredOn\n          note\n          recordedAt\n          recordedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.PairingLedgerDocument,
    "\n  mutation RecordReportedFigure($input: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $input) {\n      id\n      indicator\n      unit\n      amount\n      occurredOn\n    }\n  }\n": types.RecordReportedFigureDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementYears {\n    agreementYears\n  }\n"): (typeof documents)["\n  query AgreementYears {\n    agreementYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorProgressFields on IndicatorProgress {\n    indicator\n    unit\n    target\n    delivered\n    reported\n    recorded\n    ratio\n    entryCount\n  }\n"): (typeof documents)["\n  fragment IndicatorProgressFields on IndicatorProgress {\n    indicator\n    unit\n    target\n    delivered\n    reported\n    recorded\n    ratio\n    entryCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        entityType\n        entityId\n        change\n        at\n        actor {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        entityType\n        entityId\n        change\n        at\n        actor {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairingDetail($id: ID!, $year: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      kind\n      since\n      eastRegion {\n        id\n        name\n        level\n      }\n      westRegion {\n        id\n        name\n        level\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n      }\n      progress(year: $year) {\n        ...IndicatorProgressFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PairingDetail($id: ID!, $year: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      kind\n      since\n      eastRegion {\n        id\n        name\n        level\n      }\n      westRegion {\n        id\n        name\n        level\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n      }\n      progress(year: $year) {\n        ...IndicatorProgressFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressOverview($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        since\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n        }\n        agreement(year: $year) {\n          id\n          signedOn\n        }\n        progress(year: $year) {\n          ...IndicatorProgressFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgressOverview($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        since\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n        }\n        agreement(year: $year) {\n          id\n          signedOn\n        }\n        progress(year: $year) {\n          ...IndicatorProgressFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectLedgerEntry($input: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $input) {\n      id\n      amount\n      unit\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectLedgerEntry($input: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $input) {\n      id\n      amount\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairingLedger($filter: LedgerEntryFilter!, $first: Int!, $after: String) {\n    ledgerEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pairing {\n          id\n          name\n        }\n        indicator\n        unit\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceDocument\n        note\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        corrects {\n          id\n          amount\n          unit\n          occurredOn\n          sourceDocument\n          recordedAt\n        }\n        corrections {\n          id\n          amount\n          unit\n          occurredOn\n          note\n          recordedAt\n          recordedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PairingLedger($filter: LedgerEntryFilter!, $first: Int!, $after: String) {\n    ledgerEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pairing {\n          id\n          name\n        }\n        indicator\n        unit\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceDocument\n        note\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        corrects {\n          id\n          amount\n          unit\n          occurredOn\n          sourceDocument\n          recordedAt\n        }\n        corrections {\n          id\n          amount\n          unit\n          occurredOn\n          note\n          recordedAt\n          recordedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReportedFigure($input: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $input) {\n      id\n      indicator\n      unit\n      amount\n      occurredOn\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReportedFigure($input: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $input) {\n      id\n      indicator\n      unit\n      amount\n      occurredOn\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;