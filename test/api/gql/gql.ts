/* eslint-disable */
import * as types from './graphql';



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
    "\n  mutation EnterprisesCreate($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      id\n      name\n      creditCode\n      industry\n      homeRegion {\n        code\n      }\n    }\n  }\n": typeof types.EnterprisesCreateDocument,
    "\n  mutation EnterprisesUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      name\n      industry\n      creditCode\n      contactPhone\n    }\n  }\n": typeof types.EnterprisesUpdateDocument,
    "\n  query EnterprisesList($f: EnterpriseFilter, $n: Int) {\n    enterprises(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        name\n        homeRegion {\n          code\n        }\n      }\n    }\n  }\n": typeof types.EnterprisesListDocument,
    "\n        query EnterprisesMe {\n          me {\n            username\n            role\n            enterprise {\n              name\n              creditCode\n              industry\n              homeRegion {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.EnterprisesMeDocument,
    "\n      query EnterprisesMeEnterprise {\n        me {\n          enterprise {\n            id\n          }\n        }\n      }\n    ": typeof types.EnterprisesMeEnterpriseDocument,
    "\n      query EnterprisesOne($id: ID!) {\n        enterprise(id: $id) {\n          name\n        }\n      }\n    ": typeof types.EnterprisesOneDocument,
    "\n      query EnterprisesPage($n: Int) {\n        enterprises(first: $n) {\n          nodes {\n            name\n            homeRegion {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.EnterprisesPageDocument,
    "\n    mutation EnterprisesCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        username\n        enterprise {\n          name\n        }\n      }\n    }\n  ": typeof types.EnterprisesCreateUserDocument,
    "\n      mutation EnterprisesLinkUser($u: ID!, $e: ID!) {\n        linkEnterpriseUser(userId: $u, enterpriseId: $e) {\n          enterprise {\n            name\n          }\n        }\n      }\n    ": typeof types.EnterprisesLinkUserDocument,
    "\n  mutation LedgerRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      amount\n      unit\n      source\n      occurredOn\n      sourceDocument\n      recordedBy {\n        username\n      }\n    }\n  }\n": typeof types.LedgerRecordFigureDocument,
    "\n  mutation LedgerCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      amount\n      source\n      corrects {\n        id\n      }\n    }\n  }\n": typeof types.LedgerCorrectEntryDocument,
    "\n  query LedgerPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        target\n      }\n    }\n  }\n": typeof types.LedgerPairingProgressDocument,
    "\n        query LedgerAudit($id: String!) {\n          auditLog(filter: { entityId: $id }) {\n            nodes {\n              action\n              actor {\n                username\n              }\n              change\n            }\n          }\n        }\n      ": typeof types.LedgerAuditDocument,
    "\n        query LedgerHistory($id: ID!) {\n          ledgerEntries(filter: { pairingId: $id, year: 2020, indicator: CADRES_SENT }) {\n            totalCount\n            nodes {\n              amount\n              source\n              corrections {\n                amount\n                note\n              }\n            }\n          }\n        }\n      ": typeof types.LedgerHistoryDocument,
    "\n        query LedgerSummary {\n          progressSummary(year: 2020) {\n            indicator\n            delivered\n          }\n        }\n      ": typeof types.LedgerSummaryDocument,
    "\n      mutation LedgerSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          year\n          signedOn\n          targets {\n            indicator\n            target\n            unit\n          }\n        }\n      }\n    ": typeof types.LedgerSetTargetDocument,
    "\n        query LedgerAgreementYears {\n          agreementYears\n        }\n      ": typeof types.LedgerAgreementYearsDocument,
    "\n        query LedgerRegionTargets($r: ID!) {\n          progressSummary(year: 2020, regionId: $r) {\n            indicator\n            target\n          }\n        }\n      ": typeof types.LedgerRegionTargetsDocument,
    "\n  query PairingNames {\n    pairings(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PairingNamesDocument,
    "\n      query PairingName($id: ID!) {\n        pairing(id: $id) {\n          name\n        }\n      }\n    ": typeof types.PairingNameDocument,
    "\n      query PairingFamily($id: ID!) {\n        pairing(id: $id) {\n          parent {\n            name\n          }\n          children {\n            name\n          }\n        }\n      }\n    ": typeof types.PairingFamilyDocument,
    "\n      query PairingProgress($id: ID!) {\n        pairing(id: $id) {\n          progress(year: 2020) {\n            indicator\n            target\n            delivered\n            reported\n            recorded\n            ratio\n            entryCount\n          }\n        }\n      }\n    ": typeof types.PairingProgressDocument,
};
const documents: Documents = {
    "\n  mutation EnterprisesCreate($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      id\n      name\n      creditCode\n      industry\n      homeRegion {\n        code\n      }\n    }\n  }\n": types.EnterprisesCreateDocument,
    "\n  mutation EnterprisesUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      name\n      industry\n      creditCode\n      contactPhone\n    }\n  }\n": types.EnterprisesUpdateDocument,
    "\n  query EnterprisesList($f: EnterpriseFilter, $n: Int) {\n    enterprises(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        name\n        homeRegion {\n          code\n        }\n      }\n    }\n  }\n": types.EnterprisesListDocument,
    "\n        query EnterprisesMe {\n          me {\n            username\n            role\n            enterprise {\n              name\n              creditCode\n              industry\n              homeRegion {\n                code\n              }\n            }\n          }\n        }\n      ": types.EnterprisesMeDocument,
    "\n      query EnterprisesMeEnterprise {\n        me {\n          enterprise {\n            id\n          }\n        }\n      }\n    ": types.EnterprisesMeEnterpriseDocument,
    "\n      query EnterprisesOne($id: ID!) {\n        enterprise(id: $id) {\n          name\n        }\n      }\n    ": types.EnterprisesOneDocument,
    "\n      query EnterprisesPage($n: Int) {\n        enterprises(first: $n) {\n          nodes {\n            name\n            homeRegion {\n              name\n            }\n          }\n        }\n      }\n    ": types.EnterprisesPageDocument,
    "\n    mutation EnterprisesCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        username\n        enterprise {\n          name\n        }\n      }\n    }\n  ": types.EnterprisesCreateUserDocument,
    "\n      mutation EnterprisesLinkUser($u: ID!, $e: ID!) {\n        linkEnterpriseUser(userId: $u, enterpriseId: $e) {\n          enterprise {\n            name\n          }\n        }\n      }\n    ": types.EnterprisesLinkUserDocument,
    "\n  mutation LedgerRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      amount\n      unit\n      source\n      occurredOn\n      sourceDocument\n      recordedBy {\n        username\n      }\n    }\n  }\n": types.LedgerRecordFigureDocument,
    "\n  mutation LedgerCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      amount\n      source\n      corrects {\n        id\n      }\n    }\n  }\n": types.LedgerCorrectEntryDocument,
    "\n  query LedgerPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        target\n      }\n    }\n  }\n": types.LedgerPairingProgressDocument,
    "\n        query LedgerAudit($id: String!) {\n          auditLog(filter: { entityId: $id }) {\n            nodes {\n              action\n              actor {\n                username\n              }\n              change\n            }\n          }\n        }\n      ": types.LedgerAuditDocument,
    "\n        query LedgerHistory($id: ID!) {\n          ledgerEntries(filter: { pairingId: $id, year: 2020, indicator: CADRES_SENT }) {\n            totalCount\n            nodes {\n              amount\n              source\n              corrections {\n                amount\n                note\n              }\n            }\n          }\n        }\n      ": types.LedgerHistoryDocument,
    "\n        query LedgerSummary {\n          progressSummary(year: 2020) {\n            indicator\n            delivered\n          }\n        }\n      ": types.LedgerSummaryDocument,
    "\n      mutation LedgerSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          year\n          signedOn\n          targets {\n            indicator\n            target\n            unit\n          }\n        }\n      }\n    ": types.LedgerSetTargetDocument,
    "\n        query LedgerAgreementYears {\n          agreementYears\n        }\n      ": types.LedgerAgreementYearsDocument,
    "\n        query LedgerRegionTargets($r: ID!) {\n          progressSummary(year: 2020, regionId: $r) {\n            indicator\n            target\n          }\n        }\n      ": types.LedgerRegionTargetsDocument,
    "\n  query PairingNames {\n    pairings(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.PairingNamesDocument,
    "\n      query PairingName($id: ID!) {\n        pairing(id: $id) {\n          name\n        }\n      }\n    ": types.PairingNameDocument,
    "\n      query PairingFamily($id: ID!) {\n        pairing(id: $id) {\n          parent {\n            name\n          }\n          children {\n            name\n          }\n        }\n      }\n    ": types.PairingFamilyDocument,
    "\n      query PairingProgress($id: ID!) {\n        pairing(id: $id) {\n          progress(year: 2020) {\n            indicator\n            target\n            delivered\n            reported\n            recorded\n            ratio\n            entryCount\n          }\n        }\n      }\n    ": types.PairingProgressDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterprisesCreate($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      id\n      name\n      creditCode\n      industry\n      homeRegion {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').EnterprisesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterprisesUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      name\n      industry\n      creditCode\n      contactPhone\n    }\n  }\n"): typeof import('./graphql').EnterprisesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterprisesList($f: EnterpriseFilter, $n: Int) {\n    enterprises(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        name\n        homeRegion {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterprisesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EnterprisesMe {\n          me {\n            username\n            role\n            enterprise {\n              name\n              creditCode\n              industry\n              homeRegion {\n                code\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').EnterprisesMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EnterprisesMeEnterprise {\n        me {\n          enterprise {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').EnterprisesMeEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EnterprisesOne($id: ID!) {\n        enterprise(id: $id) {\n          name\n        }\n      }\n    "): typeof import('./graphql').EnterprisesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EnterprisesPage($n: Int) {\n        enterprises(first: $n) {\n          nodes {\n            name\n            homeRegion {\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').EnterprisesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnterprisesCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        username\n        enterprise {\n          name\n        }\n      }\n    }\n  "): typeof import('./graphql').EnterprisesCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EnterprisesLinkUser($u: ID!, $e: ID!) {\n        linkEnterpriseUser(userId: $u, enterpriseId: $e) {\n          enterprise {\n            name\n          }\n        }\n      }\n    "): typeof import('./graphql').EnterprisesLinkUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      amount\n      unit\n      source\n      occurredOn\n      sourceDocument\n      recordedBy {\n        username\n      }\n    }\n  }\n"): typeof import('./graphql').LedgerRecordFigureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      amount\n      source\n      corrects {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LedgerCorrectEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        target\n      }\n    }\n  }\n"): typeof import('./graphql').LedgerPairingProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LedgerAudit($id: String!) {\n          auditLog(filter: { entityId: $id }) {\n            nodes {\n              action\n              actor {\n                username\n              }\n              change\n            }\n          }\n        }\n      "): typeof import('./graphql').LedgerAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LedgerHistory($id: ID!) {\n          ledgerEntries(filter: { pairingId: $id, year: 2020, indicator: CADRES_SENT }) {\n            totalCount\n            nodes {\n              amount\n              source\n              corrections {\n                amount\n                note\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LedgerHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LedgerSummary {\n          progressSummary(year: 2020) {\n            indicator\n            delivered\n          }\n        }\n      "): typeof import('./graphql').LedgerSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LedgerSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          year\n          signedOn\n          targets {\n            indicator\n            target\n            unit\n          }\n        }\n      }\n    "): typeof import('./graphql').LedgerSetTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LedgerAgreementYears {\n          agreementYears\n        }\n      "): typeof import('./graphql').LedgerAgreementYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LedgerRegionTargets($r: ID!) {\n          progressSummary(year: 2020, regionId: $r) {\n            indicator\n            target\n          }\n        }\n      "): typeof import('./graphql').LedgerRegionTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairingNames {\n    pairings(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PairingNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PairingName($id: ID!) {\n        pairing(id: $id) {\n          name\n        }\n      }\n    "): typeof import('./graphql').PairingNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PairingFamily($id: ID!) {\n        pairing(id: $id) {\n          parent {\n            name\n          }\n          children {\n            name\n          }\n        }\n      }\n    "): typeof import('./graphql').PairingFamilyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PairingProgress($id: ID!) {\n        pairing(id: $id) {\n          progress(year: 2020) {\n            indicator\n            target\n            delivered\n            reported\n            recorded\n            ratio\n            entryCount\n          }\n        }\n      }\n    "): typeof import('./graphql').PairingProgressDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
