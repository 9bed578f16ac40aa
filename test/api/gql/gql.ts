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
    "\n  query InvestmentPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        recorded\n      }\n    }\n  }\n": typeof types.InvestmentPairingProgressDocument,
    "\n  fragment InvestmentProjectFields on InvestmentProject {\n    id\n    name\n    stage\n    stageSince\n    contractAmount\n    signedOn\n    fundsInPlace\n    droppedReason\n    allowedNextStages\n    pairing {\n      name\n    }\n    timeline {\n      fromStage\n      toStage\n      occurredOn\n      note\n      recordedBy {\n        username\n      }\n    }\n    tranches {\n      amount\n      reference\n      reversesId\n      reason\n      reversed\n      recordedBy {\n        username\n      }\n    }\n    outcomes {\n      reportedOn\n      peopleLifted\n      floorPricePerTonne\n    }\n  }\n": typeof types.InvestmentProjectFieldsFragmentDoc,
    "\n  query InvestmentProjectById($id: ID!) {\n    investmentProject(id: $id) {\n      ...InvestmentProjectFields\n    }\n  }\n": typeof types.InvestmentProjectByIdDocument,
    "\n  mutation InvestmentCreateLead($i: CreateLeadInput!) {\n    createInvestmentLead(input: $i) {\n      id\n      title\n      plannedInvestment\n      visibility\n      enterprise {\n        name\n      }\n      preferredCounties {\n        code\n      }\n    }\n  }\n": typeof types.InvestmentCreateLeadDocument,
    "\n  mutation InvestmentUpdateLead($i: UpdateLeadInput!) {\n    updateInvestmentLead(input: $i) {\n      id\n      title\n      plannedInvestment\n    }\n  }\n": typeof types.InvestmentUpdateLeadDocument,
    "\n  query InvestmentLeadList($f: LeadFilter, $n: Int) {\n    investmentLeads(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        plannedInvestment\n      }\n    }\n  }\n": typeof types.InvestmentLeadListDocument,
    "\n  query InvestmentLeadById($id: ID!) {\n    investmentLead(id: $id) {\n      id\n      title\n      interests {\n        county {\n          code\n        }\n        note\n      }\n      projects {\n        id\n      }\n    }\n  }\n": typeof types.InvestmentLeadByIdDocument,
    "\n  mutation InvestmentExpressInterest($i: ExpressInterestInput!) {\n    expressInterest(input: $i) {\n      id\n      interests {\n        county {\n          code\n        }\n      }\n    }\n  }\n": typeof types.InvestmentExpressInterestDocument,
    "\n  mutation InvestmentCreateProject($i: CreateProjectInput!) {\n    createInvestmentProject(input: $i) {\n      ...InvestmentProjectFields\n    }\n  }\n": typeof types.InvestmentCreateProjectDocument,
    "\n  mutation InvestmentMoveProjectStage($i: MoveProjectStageInput!) {\n    moveProjectStage(input: $i) {\n      __typename\n      ... on InvestmentProject {\n        ...InvestmentProjectFields\n      }\n      ... on InvalidStateError {\n        code\n        message\n        state\n        entityId\n        action\n      }\n    }\n  }\n": typeof types.InvestmentMoveProjectStageDocument,
    "\n  mutation InvestmentRecordFundTranche($i: RecordFundTrancheInput!) {\n    recordFundTranche(input: $i) {\n      id\n      amount\n      receivedOn\n      reference\n    }\n  }\n": typeof types.InvestmentRecordFundTrancheDocument,
    "\n  mutation InvestmentReverseFundTranche($i: ReverseFundTrancheInput!) {\n    reverseFundTranche(input: $i) {\n      id\n      amount\n      reversesId\n      reason\n      receivedOn\n    }\n  }\n": typeof types.InvestmentReverseFundTrancheDocument,
    "\n  mutation InvestmentRecordOutcome($i: RecordOutcomeInput!) {\n    recordProjectOutcome(input: $i) {\n      id\n      reportedOn\n      peopleLifted\n      guaranteedPurchaseTerms\n      floorPricePerTonne\n    }\n  }\n": typeof types.InvestmentRecordOutcomeDocument,
    "\n        query InvestmentSiteVisitTotals($f: SiteVisitFilter) {\n          siteVisitTotals(filter: $f) {\n            batches\n            enterprises\n          }\n        }\n      ": typeof types.InvestmentSiteVisitTotalsDocument,
    "\n      mutation InvestmentUpdateLeadTexts($i: UpdateLeadInput!) {\n        updateInvestmentLead(input: $i) {\n          title\n          contactName\n          contactPhone\n          needsNote\n        }\n      }\n    ": typeof types.InvestmentUpdateLeadTextsDocument,
    "\n    mutation InvestmentRecordSiteVisit($i: RecordSiteVisitInput!) {\n      recordSiteVisit(input: $i) {\n        id\n        delegation\n        batches\n        enterpriseCount\n        enterprises {\n          name\n        }\n        counties {\n          code\n        }\n        eastRegion {\n          code\n        }\n      }\n    }\n  ": typeof types.InvestmentRecordSiteVisitDocument,
    "\n        query InvestmentSiteVisitDelegations {\n          siteVisits(first: 50) {\n            nodes {\n              delegation\n            }\n          }\n        }\n      ": typeof types.InvestmentSiteVisitDelegationsDocument,
    "\n        query InvestmentSiteVisitCounties {\n          siteVisits(first: 50) {\n            nodes {\n              delegation\n              counties {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.InvestmentSiteVisitCountiesDocument,
    "\n    query InvestmentPipelineBoard($y: Int!) {\n      pipelineBoard(year: $y) {\n        year\n        stages {\n          stage\n          projects\n          planned\n          contracted\n          inPlace\n          inPlaceInYear\n        }\n      }\n    }\n  ": typeof types.InvestmentPipelineBoardDocument,
    "\n    query InvestmentFundsInPlaceSeries($y: Int!) {\n      fundsInPlaceSeries(year: $y) {\n        month\n        amount\n        cumulative\n      }\n    }\n  ": typeof types.InvestmentFundsInPlaceSeriesDocument,
    "\n      query InvestmentProjectCount {\n        investmentProjects {\n          totalCount\n        }\n      }\n    ": typeof types.InvestmentProjectCountDocument,
    "\n            query InvestmentProjectsLoaded($n: Int!) {\n              investmentProjects(first: $n) {\n                nodes {\n                  name\n                  lead {\n                    title\n                    enterprise {\n                      name\n                    }\n                  }\n                  enterprise {\n                    name\n                    homeRegion {\n                      name\n                    }\n                  }\n                  county {\n                    name\n                  }\n                  pairing {\n                    name\n                  }\n                  timeline {\n                    toStage\n                  }\n                  tranches {\n                    amount\n                    reversed\n                  }\n                  fundsInPlace\n                  outcomes {\n                    peopleLifted\n                  }\n                  latestOutcome {\n                    jobsCreated\n                  }\n                  siteVisits {\n                    delegation\n                  }\n                }\n              }\n            }\n          ": typeof types.InvestmentProjectsLoadedDocument,
    "\n            query InvestmentLeadsLoaded($n: Int!) {\n              investmentLeads(first: $n) {\n                nodes {\n                  title\n                  enterprise {\n                    name\n                  }\n                  preferredCounties {\n                    name\n                  }\n                  interests {\n                    county {\n                      name\n                    }\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          ": typeof types.InvestmentLeadsLoadedDocument,
    "\n            query InvestmentSiteVisitsLoaded($n: Int!) {\n              siteVisits(first: $n) {\n                nodes {\n                  delegation\n                  eastRegion {\n                    name\n                  }\n                  enterprises {\n                    name\n                  }\n                  counties {\n                    name\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          ": typeof types.InvestmentSiteVisitsLoadedDocument,
    "\n      query InvestmentProjectsFirst50 {\n        investmentProjects(first: 50) {\n          totalCount\n        }\n      }\n    ": typeof types.InvestmentProjectsFirst50Document,
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
    "\n  query InvestmentPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        recorded\n      }\n    }\n  }\n": types.InvestmentPairingProgressDocument,
    "\n  fragment InvestmentProjectFields on InvestmentProject {\n    id\n    name\n    stage\n    stageSince\n    contractAmount\n    signedOn\n    fundsInPlace\n    droppedReason\n    allowedNextStages\n    pairing {\n      name\n    }\n    timeline {\n      fromStage\n      toStage\n      occurredOn\n      note\n      recordedBy {\n        username\n      }\n    }\n    tranches {\n      amount\n      reference\n      reversesId\n      reason\n      reversed\n      recordedBy {\n        username\n      }\n    }\n    outcomes {\n      reportedOn\n      peopleLifted\n      floorPricePerTonne\n    }\n  }\n": types.InvestmentProjectFieldsFragmentDoc,
    "\n  query InvestmentProjectById($id: ID!) {\n    investmentProject(id: $id) {\n      ...InvestmentProjectFields\n    }\n  }\n": types.InvestmentProjectByIdDocument,
    "\n  mutation InvestmentCreateLead($i: CreateLeadInput!) {\n    createInvestmentLead(input: $i) {\n      id\n      title\n      plannedInvestment\n      visibility\n      enterprise {\n        name\n      }\n      preferredCounties {\n        code\n      }\n    }\n  }\n": types.InvestmentCreateLeadDocument,
    "\n  mutation InvestmentUpdateLead($i: UpdateLeadInput!) {\n    updateInvestmentLead(input: $i) {\n      id\n      title\n      plannedInvestment\n    }\n  }\n": types.InvestmentUpdateLeadDocument,
    "\n  query InvestmentLeadList($f: LeadFilter, $n: Int) {\n    investmentLeads(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        plannedInvestment\n      }\n    }\n  }\n": types.InvestmentLeadListDocument,
    "\n  query InvestmentLeadById($id: ID!) {\n    investmentLead(id: $id) {\n      id\n      title\n      interests {\n        county {\n          code\n        }\n        note\n      }\n      projects {\n        id\n      }\n    }\n  }\n": types.InvestmentLeadByIdDocument,
    "\n  mutation InvestmentExpressInterest($i: ExpressInterestInput!) {\n    expressInterest(input: $i) {\n      id\n      interests {\n        county {\n          code\n        }\n      }\n    }\n  }\n": types.InvestmentExpressInterestDocument,
    "\n  mutation InvestmentCreateProject($i: CreateProjectInput!) {\n    createInvestmentProject(input: $i) {\n      ...InvestmentProjectFields\n    }\n  }\n": types.InvestmentCreateProjectDocument,
    "\n  mutation InvestmentMoveProjectStage($i: MoveProjectStageInput!) {\n    moveProjectStage(input: $i) {\n      __typename\n      ... on InvestmentProject {\n        ...InvestmentProjectFields\n      }\n      ... on InvalidStateError {\n        code\n        message\n        state\n        entityId\n        action\n      }\n    }\n  }\n": types.InvestmentMoveProjectStageDocument,
    "\n  mutation InvestmentRecordFundTranche($i: RecordFundTrancheInput!) {\n    recordFundTranche(input: $i) {\n      id\n      amount\n      receivedOn\n      reference\n    }\n  }\n": types.InvestmentRecordFundTrancheDocument,
    "\n  mutation InvestmentReverseFundTranche($i: ReverseFundTrancheInput!) {\n    reverseFundTranche(input: $i) {\n      id\n      amount\n      reversesId\n      reason\n      receivedOn\n    }\n  }\n": types.InvestmentReverseFundTrancheDocument,
    "\n  mutation InvestmentRecordOutcome($i: RecordOutcomeInput!) {\n    recordProjectOutcome(input: $i) {\n      id\n      reportedOn\n      peopleLifted\n      guaranteedPurchaseTerms\n      floorPricePerTonne\n    }\n  }\n": types.InvestmentRecordOutcomeDocument,
    "\n        query InvestmentSiteVisitTotals($f: SiteVisitFilter) {\n          siteVisitTotals(filter: $f) {\n            batches\n            enterprises\n          }\n        }\n      ": types.InvestmentSiteVisitTotalsDocument,
    "\n      mutation InvestmentUpdateLeadTexts($i: UpdateLeadInput!) {\n        updateInvestmentLead(input: $i) {\n          title\n          contactName\n          contactPhone\n          needsNote\n        }\n      }\n    ": types.InvestmentUpdateLeadTextsDocument,
    "\n    mutation InvestmentRecordSiteVisit($i: RecordSiteVisitInput!) {\n      recordSiteVisit(input: $i) {\n        id\n        delegation\n        batches\n        enterpriseCount\n        enterprises {\n          name\n        }\n        counties {\n          code\n        }\n        eastRegion {\n          code\n        }\n      }\n    }\n  ": types.InvestmentRecordSiteVisitDocument,
    "\n        query InvestmentSiteVisitDelegations {\n          siteVisits(first: 50) {\n            nodes {\n              delegation\n            }\n          }\n        }\n      ": types.InvestmentSiteVisitDelegationsDocument,
    "\n        query InvestmentSiteVisitCounties {\n          siteVisits(first: 50) {\n            nodes {\n              delegation\n              counties {\n                code\n              }\n            }\n          }\n        }\n      ": types.InvestmentSiteVisitCountiesDocument,
    "\n    query InvestmentPipelineBoard($y: Int!) {\n      pipelineBoard(year: $y) {\n        year\n        stages {\n          stage\n          projects\n          planned\n          contracted\n          inPlace\n          inPlaceInYear\n        }\n      }\n    }\n  ": types.InvestmentPipelineBoardDocument,
    "\n    query InvestmentFundsInPlaceSeries($y: Int!) {\n      fundsInPlaceSeries(year: $y) {\n        month\n        amount\n        cumulative\n      }\n    }\n  ": types.InvestmentFundsInPlaceSeriesDocument,
    "\n      query InvestmentProjectCount {\n        investmentProjects {\n          totalCount\n        }\n      }\n    ": types.InvestmentProjectCountDocument,
    "\n            query InvestmentProjectsLoaded($n: Int!) {\n              investmentProjects(first: $n) {\n                nodes {\n                  name\n                  lead {\n                    title\n                    enterprise {\n                      name\n                    }\n                  }\n                  enterprise {\n                    name\n                    homeRegion {\n                      name\n                    }\n                  }\n                  county {\n                    name\n                  }\n                  pairing {\n                    name\n                  }\n                  timeline {\n                    toStage\n                  }\n                  tranches {\n                    amount\n                    reversed\n                  }\n                  fundsInPlace\n                  outcomes {\n                    peopleLifted\n                  }\n                  latestOutcome {\n                    jobsCreated\n                  }\n                  siteVisits {\n                    delegation\n                  }\n                }\n              }\n            }\n          ": types.InvestmentProjectsLoadedDocument,
    "\n            query InvestmentLeadsLoaded($n: Int!) {\n              investmentLeads(first: $n) {\n                nodes {\n                  title\n                  enterprise {\n                    name\n                  }\n                  preferredCounties {\n                    name\n                  }\n                  interests {\n                    county {\n                      name\n                    }\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          ": types.InvestmentLeadsLoadedDocument,
    "\n            query InvestmentSiteVisitsLoaded($n: Int!) {\n              siteVisits(first: $n) {\n                nodes {\n                  delegation\n                  eastRegion {\n                    name\n                  }\n                  enterprises {\n                    name\n                  }\n                  counties {\n                    name\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          ": types.InvestmentSiteVisitsLoadedDocument,
    "\n      query InvestmentProjectsFirst50 {\n        investmentProjects(first: 50) {\n          totalCount\n        }\n      }\n    ": types.InvestmentProjectsFirst50Document,
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
export function graphql(source: "\n  query InvestmentPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        recorded\n      }\n    }\n  }\n"): typeof import('./graphql').InvestmentPairingProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvestmentProjectFields on InvestmentProject {\n    id\n    name\n    stage\n    stageSince\n    contractAmount\n    signedOn\n    fundsInPlace\n    droppedReason\n    allowedNextStages\n    pairing {\n      name\n    }\n    timeline {\n      fromStage\n      toStage\n      occurredOn\n      note\n      recordedBy {\n        username\n      }\n    }\n    tranches {\n      amount\n      reference\n      reversesId\n      reason\n      reversed\n      recordedBy {\n        username\n      }\n    }\n    outcomes {\n      reportedOn\n      peopleLifted\n      floorPricePerTonne\n    }\n  }\n"): typeof import('./graphql').InvestmentProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentProjectById($id: ID!) {\n    investmentProject(id: $id) {\n      ...InvestmentProjectFields\n    }\n  }\n"): typeof import('./graphql').InvestmentProjectByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestmentCreateLead($i: CreateLeadInput!) {\n    createInvestmentLead(input: $i) {\n      id\n      title\n      plannedInvestment\n      visibility\n      enterprise {\n        name\n      }\n      preferredCounties {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').InvestmentCreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestmentUpdateLead($i: UpdateLeadInput!) {\n    updateInvestmentLead(input: $i) {\n      id\n      title\n      plannedInvestment\n    }\n  }\n"): typeof import('./graphql').InvestmentUpdateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentLeadList($f: LeadFilter, $n: Int) {\n    investmentLeads(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        plannedInvestment\n      }\n    }\n  }\n"): typeof import('./graphql').InvestmentLeadListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentLeadById($id: ID!) {\n    investmentLead(id: $id) {\n      id\n      title\n      interests {\n        county {\n          code\n        }\n        note\n      }\n      projects {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').InvestmentLeadByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestmentExpressInterest($i: ExpressInterestInput!) {\n    expressInterest(input: $i) {\n      id\n      interests {\n        county {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvestmentExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestmentCreateProject($i: CreateProjectInput!) {\n    createInvestmentProject(input: $i) {\n      ...InvestmentProjectFields\n    }\n  }\n"): typeof import('./graphql').InvestmentCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestmentMoveProjectStage($i: MoveProjectStageInput!) {\n    moveProjectStage(input: $i) {\n      __typename\n      ... on InvestmentProject {\n        ...InvestmentProjectFields\n      }\n      ... on InvalidStateError {\n        code\n        message\n        state\n        entityId\n        action\n      }\n    }\n  }\n"): typeof import('./graphql').InvestmentMoveProjectStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestmentRecordFundTranche($i: RecordFundTrancheInput!) {\n    recordFundTranche(input: $i) {\n      id\n      amount\n      receivedOn\n      reference\n    }\n  }\n"): typeof import('./graphql').InvestmentRecordFundTrancheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestmentReverseFundTranche($i: ReverseFundTrancheInput!) {\n    reverseFundTranche(input: $i) {\n      id\n      amount\n      reversesId\n      reason\n      receivedOn\n    }\n  }\n"): typeof import('./graphql').InvestmentReverseFundTrancheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestmentRecordOutcome($i: RecordOutcomeInput!) {\n    recordProjectOutcome(input: $i) {\n      id\n      reportedOn\n      peopleLifted\n      guaranteedPurchaseTerms\n      floorPricePerTonne\n    }\n  }\n"): typeof import('./graphql').InvestmentRecordOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InvestmentSiteVisitTotals($f: SiteVisitFilter) {\n          siteVisitTotals(filter: $f) {\n            batches\n            enterprises\n          }\n        }\n      "): typeof import('./graphql').InvestmentSiteVisitTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InvestmentUpdateLeadTexts($i: UpdateLeadInput!) {\n        updateInvestmentLead(input: $i) {\n          title\n          contactName\n          contactPhone\n          needsNote\n        }\n      }\n    "): typeof import('./graphql').InvestmentUpdateLeadTextsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InvestmentRecordSiteVisit($i: RecordSiteVisitInput!) {\n      recordSiteVisit(input: $i) {\n        id\n        delegation\n        batches\n        enterpriseCount\n        enterprises {\n          name\n        }\n        counties {\n          code\n        }\n        eastRegion {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').InvestmentRecordSiteVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InvestmentSiteVisitDelegations {\n          siteVisits(first: 50) {\n            nodes {\n              delegation\n            }\n          }\n        }\n      "): typeof import('./graphql').InvestmentSiteVisitDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InvestmentSiteVisitCounties {\n          siteVisits(first: 50) {\n            nodes {\n              delegation\n              counties {\n                code\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').InvestmentSiteVisitCountiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query InvestmentPipelineBoard($y: Int!) {\n      pipelineBoard(year: $y) {\n        year\n        stages {\n          stage\n          projects\n          planned\n          contracted\n          inPlace\n          inPlaceInYear\n        }\n      }\n    }\n  "): typeof import('./graphql').InvestmentPipelineBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query InvestmentFundsInPlaceSeries($y: Int!) {\n      fundsInPlaceSeries(year: $y) {\n        month\n        amount\n        cumulative\n      }\n    }\n  "): typeof import('./graphql').InvestmentFundsInPlaceSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InvestmentProjectCount {\n        investmentProjects {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').InvestmentProjectCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InvestmentProjectsLoaded($n: Int!) {\n              investmentProjects(first: $n) {\n                nodes {\n                  name\n                  lead {\n                    title\n                    enterprise {\n                      name\n                    }\n                  }\n                  enterprise {\n                    name\n                    homeRegion {\n                      name\n                    }\n                  }\n                  county {\n                    name\n                  }\n                  pairing {\n                    name\n                  }\n                  timeline {\n                    toStage\n                  }\n                  tranches {\n                    amount\n                    reversed\n                  }\n                  fundsInPlace\n                  outcomes {\n                    peopleLifted\n                  }\n                  latestOutcome {\n                    jobsCreated\n                  }\n                  siteVisits {\n                    delegation\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').InvestmentProjectsLoadedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InvestmentLeadsLoaded($n: Int!) {\n              investmentLeads(first: $n) {\n                nodes {\n                  title\n                  enterprise {\n                    name\n                  }\n                  preferredCounties {\n                    name\n                  }\n                  interests {\n                    county {\n                      name\n                    }\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').InvestmentLeadsLoadedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InvestmentSiteVisitsLoaded($n: Int!) {\n              siteVisits(first: $n) {\n                nodes {\n                  delegation\n                  eastRegion {\n                    name\n                  }\n                  enterprises {\n                    name\n                  }\n                  counties {\n                    name\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').InvestmentSiteVisitsLoadedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InvestmentProjectsFirst50 {\n        investmentProjects(first: 50) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').InvestmentProjectsFirst50Document;
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
