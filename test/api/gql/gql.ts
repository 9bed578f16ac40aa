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
    "\n  fragment LabourWorkerFields on Worker {\n    id\n    name\n    sex\n    birthYear\n    idNumberMasked\n    phoneMasked\n    registeredPoor\n    skills\n    consented\n    consentGivenOn\n    consentWithdrawnOn\n    county {\n      code\n    }\n  }\n": typeof types.LabourWorkerFieldsFragmentDoc,
    "\n  mutation LabourPutForwardWorker($i: PutForwardWorkerInput!) {\n    putForwardWorker(input: $i) {\n      ...LabourWorkerFields\n    }\n  }\n": typeof types.LabourPutForwardWorkerDocument,
    "\n  mutation LabourRevealWorkerIdentity($id: ID!) {\n    revealWorkerIdentity(workerId: $id) {\n      workerId\n      idNumber\n      phone\n    }\n  }\n": typeof types.LabourRevealWorkerIdentityDocument,
    "\n  query LabourWorker($id: ID!) {\n    worker(id: $id) {\n      ...LabourWorkerFields\n    }\n  }\n": typeof types.LabourWorkerDocument,
    "\n  query LabourWorkers($f: WorkerFilter, $n: Int) {\n    workers(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...LabourWorkerFields\n      }\n    }\n  }\n": typeof types.LabourWorkersDocument,
    "\n        query LabourWorkerTypeFields {\n          __type(name: \"Worker\") {\n            fields {\n              name\n            }\n          }\n        }\n      ": typeof types.LabourWorkerTypeFieldsDocument,
    "\n      mutation LabourRecordWorkerConsent($i: RecordWorkerConsentInput!) {\n        recordWorkerConsent(input: $i) {\n          consented\n          consentGivenOn\n          consentWithdrawnOn\n        }\n      }\n    ": typeof types.LabourRecordWorkerConsentDocument,
    "\n    mutation LabourRecordTraining($i: RecordTrainingInput!) {\n      recordTraining(input: $i) {\n        id\n        pairingId\n        peopleTrained\n        headcount\n        attendees {\n          id\n        }\n        county {\n          code\n        }\n        eastRegion {\n          code\n        }\n      }\n    }\n  ": typeof types.LabourRecordTrainingDocument,
    "\n    mutation LabourRegisterWorkshop($i: RegisterWorkshopInput!) {\n      registerWorkshop(input: $i) {\n        id\n        pairingId\n        employed\n        poorEmployed\n        reportedOn\n        reports {\n          reportedOn\n          employed\n          poorEmployed\n        }\n      }\n    }\n  ": typeof types.LabourRegisterWorkshopDocument,
    "\n    mutation LabourReportWorkshopEmployment($i: ReportWorkshopEmploymentInput!) {\n      reportWorkshopEmployment(input: $i) {\n        employed\n        poorEmployed\n        reportedOn\n        reports {\n          reportedOn\n          employed\n        }\n      }\n    }\n  ": typeof types.LabourReportWorkshopEmploymentDocument,
    "\n        query LabourWorkshops {\n          workshops(first: 50) {\n            totalCount\n            nodes {\n              name\n              county {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.LabourWorkshopsDocument,
    "\n    mutation LabourCreateJobPosting($i: CreateJobPostingInput!) {\n      createJobPosting(input: $i) {\n        id\n        position\n        places\n        filled\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        enterprise {\n          name\n        }\n        location {\n          code\n        }\n      }\n    }\n  ": typeof types.LabourCreateJobPostingDocument,
    "\n    fragment LabourPlacementOutcome on PlacementResult {\n      __typename\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidStateError {\n        state\n        entityId\n        action\n      }\n      ... on PostingFullError {\n        postingId\n        places\n      }\n    }\n  ": typeof types.LabourPlacementOutcomeFragmentDoc,
    "\n    mutation LabourPlaceWorker($i: PlaceWorkerInput!) {\n      placeWorker(input: $i) {\n        ...LabourPlacementOutcome\n        ... on Placement {\n          id\n          status\n          pairingId\n          placedOn\n          stages {\n            status\n            occurredOn\n          }\n        }\n      }\n    }\n  ": typeof types.LabourPlaceWorkerDocument,
    "\n    fragment LabourPlacementStep on PlacementResult {\n      ...LabourPlacementOutcome\n      ... on Placement {\n        id\n        status\n        allowedActions\n        employedOn\n        stableOn\n        leftOn\n        leftReason\n        poorCounted\n        stages {\n          status\n          occurredOn\n          note\n        }\n      }\n    }\n  ": typeof types.LabourPlacementStepFragmentDoc,
    "\n    mutation LabourRecordEmployment($i: ChangePlacementInput!) {\n      recordEmployment(input: $i) {\n        ...LabourPlacementStep\n      }\n    }\n  ": typeof types.LabourRecordEmploymentDocument,
    "\n    mutation LabourRecordStable($i: ChangePlacementInput!) {\n      recordStable(input: $i) {\n        ...LabourPlacementStep\n      }\n    }\n  ": typeof types.LabourRecordStableDocument,
    "\n    mutation LabourRecordLeft($i: ChangePlacementInput!) {\n      recordLeft(input: $i) {\n        ...LabourPlacementStep\n      }\n    }\n  ": typeof types.LabourRecordLeftDocument,
    "\n        mutation LabourCreateEmployerUser($i: CreateUserInput!) {\n          createUser(input: $i) {\n            id\n          }\n        }\n      ": typeof types.LabourCreateEmployerUserDocument,
    "\n        mutation LabourEmployerLogin {\n          login(input: { username: \"hongxing-hr\", password: \"xiezuo2026-hr\" }) {\n            token\n          }\n        }\n      ": typeof types.LabourEmployerLoginDocument,
    "\n      query LabourJobPostings($f: JobPostingFilter) {\n        jobPostings(first: 50, filter: $f) {\n          totalCount\n          nodes {\n            id\n            position\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.LabourJobPostingsDocument,
    "\n      query LabourJobPosting($id: ID!) {\n        jobPosting(id: $id) {\n          id\n        }\n      }\n    ": typeof types.LabourJobPostingDocument,
    "\n      query LabourEmployerPlacements {\n        placements(first: 100) {\n          nodes {\n            id\n            worker {\n              id\n              name\n              idNumberMasked\n            }\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.LabourEmployerPlacementsDocument,
    "\n            query LabourEmployerEverything {\n              workers(first: 100) {\n                nodes {\n                  idNumberMasked\n                  phoneMasked\n                }\n              }\n              placements(first: 100) {\n                nodes {\n                  worker {\n                    idNumberMasked\n                  }\n                }\n              }\n            }\n          ": typeof types.LabourEmployerEverythingDocument,
    "\n      query LabourRetention($y: Int!) {\n        labourRetention(year: $y) {\n          county {\n            code\n          }\n          placed\n          employed\n          stable\n          left\n          eligible\n          retained\n          retentionRate\n        }\n      }\n    ": typeof types.LabourRetentionDocument,
    "\n          query LabourPlacementsLoaded($n: Int!) {\n            placements(first: $n) {\n              nodes {\n                status\n                worker {\n                  name\n                  county {\n                    name\n                  }\n                }\n                posting {\n                  position\n                  location {\n                    code\n                  }\n                }\n                enterprise {\n                  name\n                }\n                county {\n                  code\n                }\n                stages {\n                  status\n                }\n              }\n            }\n          }\n        ": typeof types.LabourPlacementsLoadedDocument,
    "\n      mutation LabourRecordJobFair($i: RecordJobFairInput!) {\n        recordJobFair(input: $i) {\n          id\n          name\n          attendance\n          offers\n          employers {\n            name\n          }\n          county {\n            code\n          }\n        }\n      }\n    ": typeof types.LabourRecordJobFairDocument,
    "\n      query LabourJobFairs {\n        jobFairs(first: 20) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.LabourJobFairsDocument,
    "\n          query LabourRetentionExported($y: Int!) {\n            labourRetention(year: $y) {\n              county {\n                code\n              }\n              placed\n              employed\n              stable\n              left\n            }\n          }\n        ": typeof types.LabourRetentionExportedDocument,
    "\n        mutation LabourFailedLogin {\n          login(input: { username: \"nobody\", password: \"wrong-password\" }) {\n            token\n          }\n        }\n      ": typeof types.LabourFailedLoginDocument,
    "\n  query PairingNames {\n    pairings(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PairingNamesDocument,
    "\n      query PairingName($id: ID!) {\n        pairing(id: $id) {\n          name\n        }\n      }\n    ": typeof types.PairingNameDocument,
    "\n      query PairingFamily($id: ID!) {\n        pairing(id: $id) {\n          parent {\n            name\n          }\n          children {\n            name\n          }\n        }\n      }\n    ": typeof types.PairingFamilyDocument,
    "\n      query PairingProgress($id: ID!) {\n        pairing(id: $id) {\n          progress(year: 2020) {\n            indicator\n            target\n            delivered\n            reported\n            recorded\n            ratio\n            entryCount\n          }\n        }\n      }\n    ": typeof types.PairingProgressDocument,
};
const documents: Documents = {
    "\n  fragment LabourWorkerFields on Worker {\n    id\n    name\n    sex\n    birthYear\n    idNumberMasked\n    phoneMasked\n    registeredPoor\n    skills\n    consented\n    consentGivenOn\n    consentWithdrawnOn\n    county {\n      code\n    }\n  }\n": types.LabourWorkerFieldsFragmentDoc,
    "\n  mutation LabourPutForwardWorker($i: PutForwardWorkerInput!) {\n    putForwardWorker(input: $i) {\n      ...LabourWorkerFields\n    }\n  }\n": types.LabourPutForwardWorkerDocument,
    "\n  mutation LabourRevealWorkerIdentity($id: ID!) {\n    revealWorkerIdentity(workerId: $id) {\n      workerId\n      idNumber\n      phone\n    }\n  }\n": types.LabourRevealWorkerIdentityDocument,
    "\n  query LabourWorker($id: ID!) {\n    worker(id: $id) {\n      ...LabourWorkerFields\n    }\n  }\n": types.LabourWorkerDocument,
    "\n  query LabourWorkers($f: WorkerFilter, $n: Int) {\n    workers(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...LabourWorkerFields\n      }\n    }\n  }\n": types.LabourWorkersDocument,
    "\n        query LabourWorkerTypeFields {\n          __type(name: \"Worker\") {\n            fields {\n              name\n            }\n          }\n        }\n      ": types.LabourWorkerTypeFieldsDocument,
    "\n      mutation LabourRecordWorkerConsent($i: RecordWorkerConsentInput!) {\n        recordWorkerConsent(input: $i) {\n          consented\n          consentGivenOn\n          consentWithdrawnOn\n        }\n      }\n    ": types.LabourRecordWorkerConsentDocument,
    "\n    mutation LabourRecordTraining($i: RecordTrainingInput!) {\n      recordTraining(input: $i) {\n        id\n        pairingId\n        peopleTrained\n        headcount\n        attendees {\n          id\n        }\n        county {\n          code\n        }\n        eastRegion {\n          code\n        }\n      }\n    }\n  ": types.LabourRecordTrainingDocument,
    "\n    mutation LabourRegisterWorkshop($i: RegisterWorkshopInput!) {\n      registerWorkshop(input: $i) {\n        id\n        pairingId\n        employed\n        poorEmployed\n        reportedOn\n        reports {\n          reportedOn\n          employed\n          poorEmployed\n        }\n      }\n    }\n  ": types.LabourRegisterWorkshopDocument,
    "\n    mutation LabourReportWorkshopEmployment($i: ReportWorkshopEmploymentInput!) {\n      reportWorkshopEmployment(input: $i) {\n        employed\n        poorEmployed\n        reportedOn\n        reports {\n          reportedOn\n          employed\n        }\n      }\n    }\n  ": types.LabourReportWorkshopEmploymentDocument,
    "\n        query LabourWorkshops {\n          workshops(first: 50) {\n            totalCount\n            nodes {\n              name\n              county {\n                code\n              }\n            }\n          }\n        }\n      ": types.LabourWorkshopsDocument,
    "\n    mutation LabourCreateJobPosting($i: CreateJobPostingInput!) {\n      createJobPosting(input: $i) {\n        id\n        position\n        places\n        filled\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        enterprise {\n          name\n        }\n        location {\n          code\n        }\n      }\n    }\n  ": types.LabourCreateJobPostingDocument,
    "\n    fragment LabourPlacementOutcome on PlacementResult {\n      __typename\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidStateError {\n        state\n        entityId\n        action\n      }\n      ... on PostingFullError {\n        postingId\n        places\n      }\n    }\n  ": types.LabourPlacementOutcomeFragmentDoc,
    "\n    mutation LabourPlaceWorker($i: PlaceWorkerInput!) {\n      placeWorker(input: $i) {\n        ...LabourPlacementOutcome\n        ... on Placement {\n          id\n          status\n          pairingId\n          placedOn\n          stages {\n            status\n            occurredOn\n          }\n        }\n      }\n    }\n  ": types.LabourPlaceWorkerDocument,
    "\n    fragment LabourPlacementStep on PlacementResult {\n      ...LabourPlacementOutcome\n      ... on Placement {\n        id\n        status\n        allowedActions\n        employedOn\n        stableOn\n        leftOn\n        leftReason\n        poorCounted\n        stages {\n          status\n          occurredOn\n          note\n        }\n      }\n    }\n  ": types.LabourPlacementStepFragmentDoc,
    "\n    mutation LabourRecordEmployment($i: ChangePlacementInput!) {\n      recordEmployment(input: $i) {\n        ...LabourPlacementStep\n      }\n    }\n  ": types.LabourRecordEmploymentDocument,
    "\n    mutation LabourRecordStable($i: ChangePlacementInput!) {\n      recordStable(input: $i) {\n        ...LabourPlacementStep\n      }\n    }\n  ": types.LabourRecordStableDocument,
    "\n    mutation LabourRecordLeft($i: ChangePlacementInput!) {\n      recordLeft(input: $i) {\n        ...LabourPlacementStep\n      }\n    }\n  ": types.LabourRecordLeftDocument,
    "\n        mutation LabourCreateEmployerUser($i: CreateUserInput!) {\n          createUser(input: $i) {\n            id\n          }\n        }\n      ": types.LabourCreateEmployerUserDocument,
    "\n        mutation LabourEmployerLogin {\n          login(input: { username: \"hongxing-hr\", password: \"xiezuo2026-hr\" }) {\n            token\n          }\n        }\n      ": types.LabourEmployerLoginDocument,
    "\n      query LabourJobPostings($f: JobPostingFilter) {\n        jobPostings(first: 50, filter: $f) {\n          totalCount\n          nodes {\n            id\n            position\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    ": types.LabourJobPostingsDocument,
    "\n      query LabourJobPosting($id: ID!) {\n        jobPosting(id: $id) {\n          id\n        }\n      }\n    ": types.LabourJobPostingDocument,
    "\n      query LabourEmployerPlacements {\n        placements(first: 100) {\n          nodes {\n            id\n            worker {\n              id\n              name\n              idNumberMasked\n            }\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    ": types.LabourEmployerPlacementsDocument,
    "\n            query LabourEmployerEverything {\n              workers(first: 100) {\n                nodes {\n                  idNumberMasked\n                  phoneMasked\n                }\n              }\n              placements(first: 100) {\n                nodes {\n                  worker {\n                    idNumberMasked\n                  }\n                }\n              }\n            }\n          ": types.LabourEmployerEverythingDocument,
    "\n      query LabourRetention($y: Int!) {\n        labourRetention(year: $y) {\n          county {\n            code\n          }\n          placed\n          employed\n          stable\n          left\n          eligible\n          retained\n          retentionRate\n        }\n      }\n    ": types.LabourRetentionDocument,
    "\n          query LabourPlacementsLoaded($n: Int!) {\n            placements(first: $n) {\n              nodes {\n                status\n                worker {\n                  name\n                  county {\n                    name\n                  }\n                }\n                posting {\n                  position\n                  location {\n                    code\n                  }\n                }\n                enterprise {\n                  name\n                }\n                county {\n                  code\n                }\n                stages {\n                  status\n                }\n              }\n            }\n          }\n        ": types.LabourPlacementsLoadedDocument,
    "\n      mutation LabourRecordJobFair($i: RecordJobFairInput!) {\n        recordJobFair(input: $i) {\n          id\n          name\n          attendance\n          offers\n          employers {\n            name\n          }\n          county {\n            code\n          }\n        }\n      }\n    ": types.LabourRecordJobFairDocument,
    "\n      query LabourJobFairs {\n        jobFairs(first: 20) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.LabourJobFairsDocument,
    "\n          query LabourRetentionExported($y: Int!) {\n            labourRetention(year: $y) {\n              county {\n                code\n              }\n              placed\n              employed\n              stable\n              left\n            }\n          }\n        ": types.LabourRetentionExportedDocument,
    "\n        mutation LabourFailedLogin {\n          login(input: { username: \"nobody\", password: \"wrong-password\" }) {\n            token\n          }\n        }\n      ": types.LabourFailedLoginDocument,
    "\n  query PairingNames {\n    pairings(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.PairingNamesDocument,
    "\n      query PairingName($id: ID!) {\n        pairing(id: $id) {\n          name\n        }\n      }\n    ": types.PairingNameDocument,
    "\n      query PairingFamily($id: ID!) {\n        pairing(id: $id) {\n          parent {\n            name\n          }\n          children {\n            name\n          }\n        }\n      }\n    ": types.PairingFamilyDocument,
    "\n      query PairingProgress($id: ID!) {\n        pairing(id: $id) {\n          progress(year: 2020) {\n            indicator\n            target\n            delivered\n            reported\n            recorded\n            ratio\n            entryCount\n          }\n        }\n      }\n    ": types.PairingProgressDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LabourWorkerFields on Worker {\n    id\n    name\n    sex\n    birthYear\n    idNumberMasked\n    phoneMasked\n    registeredPoor\n    skills\n    consented\n    consentGivenOn\n    consentWithdrawnOn\n    county {\n      code\n    }\n  }\n"): typeof import('./graphql').LabourWorkerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabourPutForwardWorker($i: PutForwardWorkerInput!) {\n    putForwardWorker(input: $i) {\n      ...LabourWorkerFields\n    }\n  }\n"): typeof import('./graphql').LabourPutForwardWorkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabourRevealWorkerIdentity($id: ID!) {\n    revealWorkerIdentity(workerId: $id) {\n      workerId\n      idNumber\n      phone\n    }\n  }\n"): typeof import('./graphql').LabourRevealWorkerIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabourWorker($id: ID!) {\n    worker(id: $id) {\n      ...LabourWorkerFields\n    }\n  }\n"): typeof import('./graphql').LabourWorkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabourWorkers($f: WorkerFilter, $n: Int) {\n    workers(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...LabourWorkerFields\n      }\n    }\n  }\n"): typeof import('./graphql').LabourWorkersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LabourWorkerTypeFields {\n          __type(name: \"Worker\") {\n            fields {\n              name\n            }\n          }\n        }\n      "): typeof import('./graphql').LabourWorkerTypeFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LabourRecordWorkerConsent($i: RecordWorkerConsentInput!) {\n        recordWorkerConsent(input: $i) {\n          consented\n          consentGivenOn\n          consentWithdrawnOn\n        }\n      }\n    "): typeof import('./graphql').LabourRecordWorkerConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LabourRecordTraining($i: RecordTrainingInput!) {\n      recordTraining(input: $i) {\n        id\n        pairingId\n        peopleTrained\n        headcount\n        attendees {\n          id\n        }\n        county {\n          code\n        }\n        eastRegion {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').LabourRecordTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LabourRegisterWorkshop($i: RegisterWorkshopInput!) {\n      registerWorkshop(input: $i) {\n        id\n        pairingId\n        employed\n        poorEmployed\n        reportedOn\n        reports {\n          reportedOn\n          employed\n          poorEmployed\n        }\n      }\n    }\n  "): typeof import('./graphql').LabourRegisterWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LabourReportWorkshopEmployment($i: ReportWorkshopEmploymentInput!) {\n      reportWorkshopEmployment(input: $i) {\n        employed\n        poorEmployed\n        reportedOn\n        reports {\n          reportedOn\n          employed\n        }\n      }\n    }\n  "): typeof import('./graphql').LabourReportWorkshopEmploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LabourWorkshops {\n          workshops(first: 50) {\n            totalCount\n            nodes {\n              name\n              county {\n                code\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LabourWorkshopsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LabourCreateJobPosting($i: CreateJobPostingInput!) {\n      createJobPosting(input: $i) {\n        id\n        position\n        places\n        filled\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        enterprise {\n          name\n        }\n        location {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').LabourCreateJobPostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment LabourPlacementOutcome on PlacementResult {\n      __typename\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on InvalidStateError {\n        state\n        entityId\n        action\n      }\n      ... on PostingFullError {\n        postingId\n        places\n      }\n    }\n  "): typeof import('./graphql').LabourPlacementOutcomeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LabourPlaceWorker($i: PlaceWorkerInput!) {\n      placeWorker(input: $i) {\n        ...LabourPlacementOutcome\n        ... on Placement {\n          id\n          status\n          pairingId\n          placedOn\n          stages {\n            status\n            occurredOn\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').LabourPlaceWorkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment LabourPlacementStep on PlacementResult {\n      ...LabourPlacementOutcome\n      ... on Placement {\n        id\n        status\n        allowedActions\n        employedOn\n        stableOn\n        leftOn\n        leftReason\n        poorCounted\n        stages {\n          status\n          occurredOn\n          note\n        }\n      }\n    }\n  "): typeof import('./graphql').LabourPlacementStepFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LabourRecordEmployment($i: ChangePlacementInput!) {\n      recordEmployment(input: $i) {\n        ...LabourPlacementStep\n      }\n    }\n  "): typeof import('./graphql').LabourRecordEmploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LabourRecordStable($i: ChangePlacementInput!) {\n      recordStable(input: $i) {\n        ...LabourPlacementStep\n      }\n    }\n  "): typeof import('./graphql').LabourRecordStableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LabourRecordLeft($i: ChangePlacementInput!) {\n      recordLeft(input: $i) {\n        ...LabourPlacementStep\n      }\n    }\n  "): typeof import('./graphql').LabourRecordLeftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LabourCreateEmployerUser($i: CreateUserInput!) {\n          createUser(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').LabourCreateEmployerUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LabourEmployerLogin {\n          login(input: { username: \"hongxing-hr\", password: \"xiezuo2026-hr\" }) {\n            token\n          }\n        }\n      "): typeof import('./graphql').LabourEmployerLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LabourJobPostings($f: JobPostingFilter) {\n        jobPostings(first: 50, filter: $f) {\n          totalCount\n          nodes {\n            id\n            position\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').LabourJobPostingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LabourJobPosting($id: ID!) {\n        jobPosting(id: $id) {\n          id\n        }\n      }\n    "): typeof import('./graphql').LabourJobPostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LabourEmployerPlacements {\n        placements(first: 100) {\n          nodes {\n            id\n            worker {\n              id\n              name\n              idNumberMasked\n            }\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').LabourEmployerPlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query LabourEmployerEverything {\n              workers(first: 100) {\n                nodes {\n                  idNumberMasked\n                  phoneMasked\n                }\n              }\n              placements(first: 100) {\n                nodes {\n                  worker {\n                    idNumberMasked\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').LabourEmployerEverythingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LabourRetention($y: Int!) {\n        labourRetention(year: $y) {\n          county {\n            code\n          }\n          placed\n          employed\n          stable\n          left\n          eligible\n          retained\n          retentionRate\n        }\n      }\n    "): typeof import('./graphql').LabourRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LabourPlacementsLoaded($n: Int!) {\n            placements(first: $n) {\n              nodes {\n                status\n                worker {\n                  name\n                  county {\n                    name\n                  }\n                }\n                posting {\n                  position\n                  location {\n                    code\n                  }\n                }\n                enterprise {\n                  name\n                }\n                county {\n                  code\n                }\n                stages {\n                  status\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').LabourPlacementsLoadedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LabourRecordJobFair($i: RecordJobFairInput!) {\n        recordJobFair(input: $i) {\n          id\n          name\n          attendance\n          offers\n          employers {\n            name\n          }\n          county {\n            code\n          }\n        }\n      }\n    "): typeof import('./graphql').LabourRecordJobFairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LabourJobFairs {\n        jobFairs(first: 20) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').LabourJobFairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LabourRetentionExported($y: Int!) {\n            labourRetention(year: $y) {\n              county {\n                code\n              }\n              placed\n              employed\n              stable\n              left\n            }\n          }\n        "): typeof import('./graphql').LabourRetentionExportedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LabourFailedLogin {\n          login(input: { username: \"nobody\", password: \"wrong-password\" }) {\n            token\n          }\n        }\n      "): typeof import('./graphql').LabourFailedLoginDocument;
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
