/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

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
  "\n  query RecordHistory($filter: AuditFilter) {\n    auditLog(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n": typeof types.RecordHistoryDocument;
  "\n  query AgreementYears {\n    agreementYears\n  }\n": typeof types.AgreementYearsDocument;
  "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument;
  "\n  query RegionSubOrders($first: Int!, $after: String, $filter: SubOrderFilter) {\n    subOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SubOrderRowFields\n        ...SubOrderPartiesFields\n      }\n    }\n  }\n": typeof types.RegionSubOrdersDocument;
  "\n  query OrderBuyers($search: String) {\n    buyers(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrderBuyersDocument;
  "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n": typeof types.AuditLogDocument;
  "\n  query CatalogueProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        category\n        spec\n        unit\n        price\n        stock\n        certificateNo\n        certificateValidTo\n        certificateStatus\n        countsTowardQuota\n        county {\n          id\n          name\n        }\n        supplier {\n          id\n          name\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n": typeof types.CatalogueProductsDocument;
  "\n  query CatalogueCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CatalogueCountiesDocument;
  "\n  query ChannelFairs($year: Int, $regionId: ID) {\n    fairs(year: $year, regionId: $regionId) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n      eastRegion {\n        id\n        name\n      }\n      suppliers {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ChannelFairsDocument;
  "\n  query ChannelCentres($regionId: ID) {\n    salesCentres(includeClosed: true, regionId: $regionId) {\n      id\n      name\n      address\n      openedOn\n      active\n      eastRegion {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ChannelCentresDocument;
  "\n  mutation DeleteFair($fairId: ID!) {\n    deleteFair(fairId: $fairId)\n  }\n": typeof types.DeleteFairDocument;
  "\n  query QuotaBoard($year: Int!) {\n    quotaBoard(year: $year) {\n      year\n      counted\n      daysLeft\n      groups {\n        group\n        buyers\n        target\n        counted\n        completion\n      }\n      buyers {\n        quota\n        counted\n        remaining\n        completion\n        buyer {\n          id\n          name\n          group\n        }\n      }\n      byCounty {\n        counted\n        county {\n          id\n          name\n        }\n      }\n      byChannel {\n        channel\n        counted\n      }\n    }\n  }\n": typeof types.QuotaBoardDocument;
  "\n  mutation CommitImport($batchId: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $batchId, mode: $mode) {\n      id\n      status\n      mode\n      rows\n      written\n      unchanged\n      skipped\n      committedAt\n    }\n  }\n": typeof types.CommitImportDocument;
  "\n  query ImportBatches($first: Int!, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        fileName\n        status\n        mode\n        rows\n        valid\n        written\n        unchanged\n        skipped\n        problemCount\n        createdAt\n      }\n    }\n  }\n": typeof types.ImportBatchesDocument;
  "\n  query IncomingSubOrders($first: Int!, $after: String, $filter: SubOrderFilter) {\n    subOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SubOrderRowFields\n        ...SubOrderPartiesFields\n        updatedAt\n      }\n    }\n  }\n": typeof types.IncomingSubOrdersDocument;
  "\n  query InvestmentBoard($year: Int!) {\n    pipelineBoard(year: $year) {\n      year\n      stages {\n        stage\n        projects\n        planned\n        contracted\n        inPlace\n        inPlaceInYear\n      }\n    }\n    fundsInPlaceSeries(year: $year) {\n      month\n      amount\n      cumulative\n    }\n    siteVisitTotals {\n      batches\n      enterprises\n    }\n  }\n": typeof types.InvestmentBoardDocument;
  "\n  query InvestSiteVisits($first: Int!, $after: String) {\n    siteVisits(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        delegation\n        visitedOn\n        batches\n        enterpriseCount\n        note\n        counties {\n          id\n          name\n        }\n        enterprises {\n          id\n          name\n        }\n        projects {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InvestSiteVisitsDocument;
  "\n  query CountyInvestmentLeads($first: Int!, $after: String, $filter: LeadFilter) {\n    investmentLeads(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LeadCardFields\n      }\n    }\n  }\n": typeof types.CountyInvestmentLeadsDocument;
  "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      interests {\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExpressInterestDocument;
  "\n  mutation StartInvestmentProject($input: CreateProjectInput!) {\n    createInvestmentProject(input: $input) {\n      id\n    }\n  }\n": typeof types.StartInvestmentProjectDocument;
  "\n  query LabourJobFairs($first: Int!, $after: String, $filter: JobFairFilter) {\n    jobFairs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        heldOn\n        venue\n        attendance\n        offers\n        county {\n          id\n          shortName\n        }\n        eastRegion {\n          id\n          shortName\n        }\n        employers {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LabourJobFairsDocument;
  "\n  query MyInvestmentLeads($first: Int!, $after: String) {\n    investmentLeads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LeadCardFields\n      }\n    }\n  }\n": typeof types.MyInvestmentLeadsDocument;
  "\n  query LoginLog($first: Int!, $after: String, $filter: LoginLogFilter) {\n    loginLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        username\n        ip\n        outcome\n        userAgent\n        user {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.LoginLogDocument;
  "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      mustChangePassword\n      user {\n        id\n        username\n        displayName\n        role\n        region {\n          id\n          name\n        }\n        buyer {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument;
  "\n  query MyOrders($first: Int!, $after: String, $year: Int) {\n    orders(first: $first, after: $after, year: $year) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        orderedOn\n        channel\n        total\n        fair {\n          id\n          name\n        }\n        subOrders {\n          ...SubOrderRowFields\n        }\n      }\n    }\n  }\n": typeof types.MyOrdersDocument;
  "\n  query PairingDetail($id: ID!, $year: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      kind\n      since\n      eastRegion {\n        id\n        name\n        level\n      }\n      westRegion {\n        id\n        name\n        level\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n      }\n      progress(year: $year) {\n        ...IndicatorProgressFields\n      }\n    }\n  }\n": typeof types.PairingDetailDocument;
  "\n  query LabourMyEnterprise {\n    me {\n      id\n      enterprise {\n        id\n        name\n        homeRegionId\n      }\n    }\n  }\n": typeof types.LabourMyEnterpriseDocument;
  "\n  query LabourMyPostings($first: Int!, $after: String, $filter: JobPostingFilter) {\n    jobPostings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        position\n        places\n        filled\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        opensOn\n        closesOn\n        location {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LabourMyPostingsDocument;
  "\n  query LabourPostingPlacements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        placedOn\n        employedOn\n        leftOn\n        county {\n          id\n          shortName\n        }\n        worker {\n          id\n          name\n          sex\n          birthYear\n          idNumberMasked\n          skills\n        }\n      }\n    }\n  }\n": typeof types.LabourPostingPlacementsDocument;
  "\n  query ProgressOverview($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        since\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n        }\n        agreement(year: $year) {\n          id\n          signedOn\n        }\n        progress(year: $year) {\n          ...IndicatorProgressFields\n        }\n      }\n    }\n  }\n": typeof types.ProgressOverviewDocument;
  "\n  query MyBuyer {\n    me {\n      id\n      buyerId\n      buyer {\n        id\n        name\n        group\n      }\n    }\n  }\n": typeof types.MyBuyerDocument;
  "\n  query QuotaCompletion($buyerId: ID!, $year: Int!) {\n    quotaCompletion(buyerId: $buyerId, year: $year) {\n      year\n      quota\n      counted\n      remaining\n      completion\n      daysLeft\n      buyer {\n        id\n        name\n        group\n      }\n      byCounty {\n        counted\n        quota\n        county {\n          id\n          name\n        }\n      }\n      byChannel {\n        channel\n        counted\n      }\n    }\n  }\n": typeof types.QuotaCompletionDocument;
  "\n  query ManagedBuyers($first: Int!, $after: String, $filter: BuyerFilter, $year: Int!) {\n    buyers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        group\n        quota(year: $year) {\n          id\n          amount\n          basis\n          baseAmount\n          rateBasisPoints\n          headcount\n          perHead\n          countySplits {\n            amount\n            county {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ManagedBuyersDocument;
  "\n  mutation RemoveQuota($buyerId: ID!, $year: Int!) {\n    removeQuota(buyerId: $buyerId, year: $year)\n  }\n": typeof types.RemoveQuotaDocument;
  "\n  query ReviewSuppliers($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        contact\n        status\n        statusNote\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReviewSuppliersDocument;
  "\n  mutation ReviewSupplier($input: ReviewSupplierInput!) {\n    reviewSupplier(input: $input) {\n      id\n      status\n      statusNote\n    }\n  }\n": typeof types.ReviewSupplierDocument;
  "\n  query SupplySuppliers($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        contact\n        status\n        statusNote\n      }\n    }\n  }\n": typeof types.SupplySuppliersDocument;
  "\n  query SupplyProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        supplierId\n        name\n        category\n        spec\n        unit\n        price\n        stock\n        active\n        certificateNo\n        certificateAuthority\n        certificateValidFrom\n        certificateValidTo\n        certificateStatus\n        supplier {\n          id\n          name\n          status\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n": typeof types.SupplyProductsDocument;
  "\n  query LabourWorkers($first: Int!, $after: String, $filter: WorkerFilter) {\n    workers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        sex\n        birthYear\n        idNumberMasked\n        phoneMasked\n        registeredPoor\n        skills\n        consented\n        consentGivenOn\n        consentWithdrawnOn\n      }\n    }\n  }\n": typeof types.LabourWorkersDocument;
  "\n  query LabourPlacements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        allowedActions\n        placedOn\n        employedOn\n        stableFrom\n        stableOn\n        leftOn\n        leftReason\n        worker {\n          id\n          name\n          idNumberMasked\n          registeredPoor\n        }\n        posting {\n          id\n          position\n          location {\n            id\n            shortName\n          }\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LabourPlacementsDocument;
  "\n  mutation RevealWorkerIdentity($workerId: ID!) {\n    revealWorkerIdentity(workerId: $workerId) {\n      workerId\n      idNumber\n      phone\n    }\n  }\n": typeof types.RevealWorkerIdentityDocument;
  "\n  mutation RecordWorkerConsent($input: RecordWorkerConsentInput!) {\n    recordWorkerConsent(input: $input) {\n      id\n      consented\n      consentGivenOn\n      consentWithdrawnOn\n    }\n  }\n": typeof types.RecordWorkerConsentDocument;
  "\n  mutation RecordEmployment($input: ChangePlacementInput!) {\n    recordEmployment(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        employedOn\n        stableFrom\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RecordEmploymentDocument;
  "\n  mutation RecordStable($input: ChangePlacementInput!) {\n    recordStable(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        stableOn\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RecordStableDocument;
  "\n  mutation RecordLeft($input: ChangePlacementInput!) {\n    recordLeft(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        leftOn\n        leftReason\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RecordLeftDocument;
  "\n  query LabourWorkshops($first: Int!, $after: String) {\n    workshops(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        registeredOn\n        reportedOn\n        employed\n        poorEmployed\n        eastRegion {\n          id\n          shortName\n        }\n        reports {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LabourWorkshopsDocument;
  "\n  query LabourTrainings($first: Int!, $after: String, $filter: TrainingFilter) {\n    trainingSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        startsOn\n        endsOn\n        headcount\n        peopleTrained\n        eastRegion {\n          id\n          shortName\n        }\n        attendees {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LabourTrainingsDocument;
  "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument;
  "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": typeof types.SignOutOtherSessionsDocument;
  "\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      expiresAt\n      mustChangePassword\n    }\n  }\n": typeof types.ChangeOwnPasswordDocument;
  "\n  mutation ForcedLogout {\n    logout\n  }\n": typeof types.ForcedLogoutDocument;
  "\n  query SetupPairingChoices {\n    pairings(first: 100) {\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.SetupPairingChoicesDocument;
  "\n  query SetupAgreement($id: ID!, $year: Int!, $prev: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      status\n      endedOn\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n        targets {\n          indicator\n          unit\n          target\n        }\n        targetHistory {\n          id\n          at\n          indicator\n          unit\n          before\n          after\n          reason\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      previous: agreement(year: $prev) {\n        id\n      }\n    }\n  }\n": typeof types.SetupAgreementDocument;
  "\n  mutation SaveAgreement($input: SaveAgreementInput!) {\n    saveAgreement(input: $input) {\n      id\n      signedOn\n    }\n  }\n": typeof types.SaveAgreementDocument;
  "\n  mutation CopyAgreement($input: CopyAgreementInput!) {\n    copyAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.CopyAgreementDocument;
  "\n  mutation ChangeAgreementTarget($input: ChangeAgreementTargetInput!) {\n    changeAgreementTarget(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeAgreementTargetDocument;
  "\n  mutation AdminCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AdminCreateEnterpriseDocument;
  "\n  mutation AdminCreateEnterpriseWithAccount($input: CreateEnterpriseInput!, $firstAccount: FirstAccountInput!) {\n    createEnterpriseWithAccount(input: $input, firstAccount: $firstAccount) {\n      oneTimePassword\n      enterprise {\n        id\n        name\n      }\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.AdminCreateEnterpriseWithAccountDocument;
  "\n  mutation AdminUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      name\n      creditCode\n      industry\n      contactName\n      contactPhone\n      homeRegion {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminUpdateEnterpriseDocument;
  "\n  query AdminEnterprises($first: Int!, $after: String, $filter: EnterpriseFilter) {\n    enterprises(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        industry\n        contactName\n        contactPhone\n        homeRegion {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminEnterprisesDocument;
  "\n  query SetupRegionChoices($side: RegionSide!) {\n    regions(first: 100, filter: { side: $side }) {\n      nodes {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.SetupRegionChoicesDocument;
  "\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePairingDocument;
  "\n  mutation EndPairing($input: EndPairingInput!) {\n    endPairing(input: $input) {\n      id\n      status\n      endedOn\n    }\n  }\n": typeof types.EndPairingDocument;
  "\n  query SetupPairings($first: Int!, $after: String, $filter: PairingFilter) {\n    pairings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        since\n        status\n        endedOn\n        endReason\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SetupPairingsDocument;
  "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRegionDocument;
  "\n  mutation UpdateRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.UpdateRegionDocument;
  "\n  query SetupRegions($first: Int!, $after: String, $filter: RegionFilter) {\n    regions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        shortName\n        side\n        level\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SetupRegionsDocument;
  "\n  query SetupOwnRegions($id: ID!) {\n    regions(first: 100, filter: { withinId: $id }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.SetupOwnRegionsDocument;
  "\n  mutation CreateAccount($input: NewUserInput!) {\n    createUserWithOneTimePassword(input: $input) {\n      oneTimePassword\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.CreateAccountDocument;
  "\n  mutation RenameAccount($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.RenameAccountDocument;
  "\n  mutation ChangeAccountAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeAccountAccessDocument;
  "\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lockedUntil\n        lastLoginAt\n        region {\n          id\n          name\n        }\n        buyer {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument;
  "\n  mutation AdminDisableUser($id: ID!) {\n    disableUser(userId: $id) {\n      id\n      active\n    }\n  }\n": typeof types.AdminDisableUserDocument;
  "\n  mutation AdminEnableUser($id: ID!) {\n    enableUser(userId: $id) {\n      id\n      active\n    }\n  }\n": typeof types.AdminEnableUserDocument;
  "\n  mutation AdminResetUserPassword($id: ID!) {\n    resetUserPassword(userId: $id) {\n      oneTimePassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.AdminResetUserPasswordDocument;
  "\n  mutation AdminUnlockUser($id: ID!) {\n    unlockUser(userId: $id) {\n      id\n      lockedUntil\n    }\n  }\n": typeof types.AdminUnlockUserDocument;
  "\n  query AccountOptions($buyers: Boolean!, $enterprises: Boolean!) {\n    regions(first: 100, orderBy: { field: CODE, direction: ASC }) {\n      nodes {\n        id\n        name\n        side\n        level\n      }\n    }\n    buyers(first: 100) @include(if: $buyers) {\n      nodes {\n        id\n        name\n      }\n    }\n    enterprises(first: 100) @include(if: $enterprises) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountOptionsDocument;
  "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    at\n    actor {\n      id\n      username\n      displayName\n    }\n    record {\n      type\n      id\n      name\n    }\n    fields {\n      field\n      changed\n      before {\n        kind\n        text\n        refType\n        refId\n      }\n      after {\n        kind\n        text\n        refType\n        refId\n      }\n    }\n  }\n": typeof types.AuditEntryFieldsFragmentDoc;
  "\n  query FairApprovedSuppliers {\n    suppliers(first: 100, filter: { status: APPROVED }) {\n      nodes {\n        id\n        name\n        county {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.FairApprovedSuppliersDocument;
  "\n  mutation CreateFair($input: CreateFairInput!) {\n    createFair(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFairDocument;
  "\n  mutation UpdateFair($input: UpdateFairInput!) {\n    updateFair(input: $input) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n      suppliers {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateFairDocument;
  "\n  mutation CreateSalesCentre($input: CreateSalesCentreInput!) {\n    createSalesCentre(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSalesCentreDocument;
  "\n  mutation UpdateSalesCentre($input: UpdateSalesCentreInput!) {\n    updateSalesCentre(input: $input) {\n      id\n      name\n      address\n      openedOn\n      active\n    }\n  }\n": typeof types.UpdateSalesCentreDocument;
  "\n  mutation CreateBuyer($input: CreateBuyerInput!) {\n    createBuyer(input: $input) {\n      id\n      name\n      group\n    }\n  }\n": typeof types.CreateBuyerDocument;
  "\n  mutation CreateBuyerWithAccount($input: CreateBuyerInput!, $firstAccount: FirstAccountInput!) {\n    createBuyerWithAccount(input: $input, firstAccount: $firstAccount) {\n      oneTimePassword\n      buyer {\n        id\n        name\n        group\n      }\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.CreateBuyerWithAccountDocument;
  "\n  query CartFairs($year: Int) {\n    fairs(year: $year) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.CartFairsDocument;
  "\n  query CartSalesCentres {\n    salesCentres {\n      id\n      name\n      address\n    }\n  }\n": typeof types.CartSalesCentresDocument;
  "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on Order {\n        id\n        total\n        subOrders {\n          id\n          status\n        }\n      }\n      ... on OutOfStockError {\n        code\n        message\n        productId\n        available\n        requested\n      }\n      ... on ProductUnavailableError {\n        code\n        message\n        productId\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument;
  "\n  query GroupTargets($year: Int!) {\n    groupTargets(year: $year) {\n      group\n      year\n      amount\n      eastRegion {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GroupTargetsDocument;
  "\n  mutation SetGroupTarget($input: SetGroupTargetInput!) {\n    setGroupTarget(input: $input) {\n      group\n      year\n      amount\n    }\n  }\n": typeof types.SetGroupTargetDocument;
  "\n  mutation SetQuota($input: SetQuotaInput!) {\n    setQuota(input: $input) {\n      id\n      amount\n      basis\n      baseAmount\n      rateBasisPoints\n      headcount\n      perHead\n      countySplits {\n        amount\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SetQuotaDocument;
  "\n  fragment SubOrderRowFields on SubOrder {\n    id\n    status\n    allowedActions\n    total\n    countable\n    reason\n    paymentReference\n    invoiceNumber\n    rating\n    supplier {\n      id\n      name\n    }\n    county {\n      id\n      name\n    }\n    lines {\n      id\n      quantity\n      amount\n      countsTowardQuota\n      product {\n        id\n        name\n        unit\n      }\n    }\n  }\n": typeof types.SubOrderRowFieldsFragmentDoc;
  "\n  fragment SubOrderPartiesFields on SubOrder {\n    buyer {\n      id\n      name\n      group\n    }\n    order {\n      id\n      orderedOn\n      channel\n    }\n  }\n": typeof types.SubOrderPartiesFieldsFragmentDoc;
  "\n  fragment SubOrderStepFields on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      reason\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      updatedAt\n    }\n    ... on InvalidStateError {\n      code\n      message\n      state\n      entityId\n    }\n  }\n": typeof types.SubOrderStepFieldsFragmentDoc;
  "\n  mutation ConfirmSubOrder($input: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n": typeof types.ConfirmSubOrderDocument;
  "\n  mutation ShipSubOrder($input: ChangeSubOrderInput!) {\n    shipSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n": typeof types.ShipSubOrderDocument;
  "\n  mutation CancelSubOrder($input: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n": typeof types.CancelSubOrderDocument;
  "\n  mutation RefundSubOrder($input: ChangeSubOrderInput!) {\n    refundSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n": typeof types.RefundSubOrderDocument;
  "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n": typeof types.RecordPaymentDocument;
  "\n  mutation ReceiveSubOrder($input: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n": typeof types.ReceiveSubOrderDocument;
  "\n  query WestCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WestCountiesDocument;
  "\n  mutation CreateInvestmentLead($input: CreateLeadInput!) {\n    createInvestmentLead(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInvestmentLeadDocument;
  "\n  mutation UpdateInvestmentLead($input: UpdateLeadInput!) {\n    updateInvestmentLead(input: $input) {\n      id\n      title\n      industry\n      plannedInvestment\n      needsLand\n      needsLabour\n      needsRawMaterial\n      needsNote\n      contactName\n      contactPhone\n      visibility\n      preferredCounties {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateInvestmentLeadDocument;
  "\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      __typename\n      ... on InvestmentProject {\n        id\n        stage\n        stageSince\n        contractAmount\n        signedOn\n        droppedReason\n        allowedNextStages\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.MoveProjectStageDocument;
  "\n  mutation RecordProjectOutcome($input: RecordOutcomeInput!) {\n    recordProjectOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordProjectOutcomeDocument;
  "\n  query InvestProject($id: ID!) {\n    investmentProject(id: $id) {\n      id\n      name\n      stage\n      stageSince\n      plannedInvestment\n      contractAmount\n      signedOn\n      droppedReason\n      fundsInPlace\n      allowedNextStages\n      county {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n      pairingId\n      pairing {\n        id\n        name\n      }\n      timeline {\n        id\n        fromStage\n        toStage\n        occurredOn\n        note\n        recordedBy {\n          id\n          displayName\n        }\n      }\n      tranches {\n        id\n        amount\n        receivedOn\n        reference\n        reason\n        reversed\n        reversesId\n      }\n      outcomes {\n        id\n        reportedOn\n        jobsCreated\n        poorEmployed\n        peopleLifted\n        floorPricePerTonne\n        guaranteedPurchaseTerms\n        note\n      }\n    }\n  }\n": typeof types.InvestProjectDocument;
  "\n  query InvestProjects($first: Int!, $after: String, $filter: ProjectFilter) {\n    investmentProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        stage\n        stageSince\n        plannedInvestment\n        contractAmount\n        fundsInPlace\n        county {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InvestProjectsDocument;
  "\n  query SiteVisitChoices {\n    enterprises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    investmentProjects(first: 100) {\n      nodes {\n        id\n        name\n        countyId\n      }\n    }\n  }\n": typeof types.SiteVisitChoicesDocument;
  "\n  mutation RecordSiteVisit($input: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordSiteVisitDocument;
  "\n  mutation RecordFundTranche($input: RecordFundTrancheInput!) {\n    recordFundTranche(input: $input) {\n      id\n      amount\n    }\n  }\n": typeof types.RecordFundTrancheDocument;
  "\n  mutation ReverseFundTranche($input: ReverseFundTrancheInput!) {\n    reverseFundTranche(input: $input) {\n      id\n      amount\n    }\n  }\n": typeof types.ReverseFundTrancheDocument;
  "\n  query InvestWestCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InvestWestCountiesDocument;
  "\n  fragment LeadCardFields on InvestmentLead {\n    id\n    title\n    industry\n    plannedInvestment\n    visibility\n    needsLand\n    needsLabour\n    needsRawMaterial\n    needsNote\n    contactName\n    contactPhone\n    enterprise {\n      id\n      name\n    }\n    preferredCounties {\n      id\n      name\n    }\n    interests {\n      county {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      name\n      stage\n      county {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LeadCardFieldsFragmentDoc;
  "\n  query JobFairEmployers {\n    enterprises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.JobFairEmployersDocument;
  "\n  mutation RecordJobFair($input: RecordJobFairInput!) {\n    recordJobFair(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RecordJobFairDocument;
  "\n  query LabourPostingChoices($first: Int!, $after: String, $filter: JobPostingFilter) {\n    jobPostings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        position\n        places\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        opensOn\n        closesOn\n        location {\n          id\n          shortName\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LabourPostingChoicesDocument;
  "\n  mutation PlaceWorker($input: PlaceWorkerInput!) {\n    placeWorker(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PlaceWorkerDocument;
  "\n  mutation CreateJobPosting($input: CreateJobPostingInput!) {\n    createJobPosting(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.CreateJobPostingDocument;
  "\n  query LabourRetention($year: Int!) {\n    labourRetention(year: $year) {\n      county {\n        id\n        name\n        shortName\n      }\n      placed\n      employed\n      stable\n      left\n      eligible\n      retained\n      retentionRate\n    }\n  }\n": typeof types.LabourRetentionDocument;
  "\n  query LabourTrainingWorkers($filter: WorkerFilter) {\n    workers(first: 50, filter: $filter) {\n      nodes {\n        id\n        name\n        birthYear\n      }\n    }\n  }\n": typeof types.LabourTrainingWorkersDocument;
  "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      peopleTrained\n    }\n  }\n": typeof types.RecordTrainingDocument;
  "\n  mutation PutForwardWorker($input: PutForwardWorkerInput!) {\n    putForwardWorker(input: $input) {\n      id\n      name\n      idNumberMasked\n    }\n  }\n": typeof types.PutForwardWorkerDocument;
  "\n  mutation RegisterWorkshop($input: RegisterWorkshopInput!) {\n    registerWorkshop(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterWorkshopDocument;
  "\n  mutation ReportWorkshopEmployment($input: ReportWorkshopEmploymentInput!) {\n    reportWorkshopEmployment(input: $input) {\n      id\n      employed\n      poorEmployed\n      reportedOn\n    }\n  }\n": typeof types.ReportWorkshopEmploymentDocument;
  "\n  query LabourEastRegions {\n    regions(first: 100, filter: { side: EAST }) {\n      nodes {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.LabourEastRegionsDocument;
  "\n  mutation CorrectLedgerEntry($input: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $input) {\n      id\n      amount\n      unit\n    }\n  }\n": typeof types.CorrectLedgerEntryDocument;
  "\n  fragment IndicatorProgressFields on IndicatorProgress {\n    indicator\n    unit\n    target\n    delivered\n    reported\n    recorded\n    ratio\n    entryCount\n  }\n": typeof types.IndicatorProgressFieldsFragmentDoc;
  "\n  query PairingLedger($filter: LedgerEntryFilter!, $first: Int!, $after: String) {\n    ledgerEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pairing {\n          id\n          name\n        }\n        indicator\n        unit\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceLabel\n        sourceDocument\n        note\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        corrects {\n          id\n          amount\n          unit\n          occurredOn\n          sourceDocument\n          recordedAt\n        }\n        corrections {\n          id\n          amount\n          unit\n          occurredOn\n          note\n          recordedAt\n          recordedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.PairingLedgerDocument;
  "\n  mutation RecordReportedFigure($input: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $input) {\n      id\n      indicator\n      unit\n      amount\n      occurredOn\n    }\n  }\n": typeof types.RecordReportedFigureDocument;
  "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProductDocument;
  "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      name\n      price\n      stock\n      active\n      certificateStatus\n    }\n  }\n": typeof types.UpdateProductDocument;
  "\n  mutation RemoveProductImage($imageId: ID!) {\n    removeProductImage(imageId: $imageId)\n  }\n": typeof types.RemoveProductImageDocument;
  "\n  mutation RecommendSupplier($input: RecommendSupplierInput!) {\n    recommendSupplier(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.RecommendSupplierDocument;
  "\n  mutation UpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n": typeof types.UpdateSupplierDocument;
};
const documents: Documents = {
  "\n  query RecordHistory($filter: AuditFilter) {\n    auditLog(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n":
    types.RecordHistoryDocument,
  "\n  query AgreementYears {\n    agreementYears\n  }\n": types.AgreementYearsDocument,
  "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
  "\n  query RegionSubOrders($first: Int!, $after: String, $filter: SubOrderFilter) {\n    subOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SubOrderRowFields\n        ...SubOrderPartiesFields\n      }\n    }\n  }\n":
    types.RegionSubOrdersDocument,
  "\n  query OrderBuyers($search: String) {\n    buyers(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n":
    types.OrderBuyersDocument,
  "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n":
    types.AuditLogDocument,
  "\n  query CatalogueProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        category\n        spec\n        unit\n        price\n        stock\n        certificateNo\n        certificateValidTo\n        certificateStatus\n        countsTowardQuota\n        county {\n          id\n          name\n        }\n        supplier {\n          id\n          name\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n":
    types.CatalogueProductsDocument,
  "\n  query CatalogueCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n":
    types.CatalogueCountiesDocument,
  "\n  query ChannelFairs($year: Int, $regionId: ID) {\n    fairs(year: $year, regionId: $regionId) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n      eastRegion {\n        id\n        name\n      }\n      suppliers {\n        id\n        name\n      }\n    }\n  }\n":
    types.ChannelFairsDocument,
  "\n  query ChannelCentres($regionId: ID) {\n    salesCentres(includeClosed: true, regionId: $regionId) {\n      id\n      name\n      address\n      openedOn\n      active\n      eastRegion {\n        id\n        name\n      }\n    }\n  }\n":
    types.ChannelCentresDocument,
  "\n  mutation DeleteFair($fairId: ID!) {\n    deleteFair(fairId: $fairId)\n  }\n": types.DeleteFairDocument,
  "\n  query QuotaBoard($year: Int!) {\n    quotaBoard(year: $year) {\n      year\n      counted\n      daysLeft\n      groups {\n        group\n        buyers\n        target\n        counted\n        completion\n      }\n      buyers {\n        quota\n        counted\n        remaining\n        completion\n        buyer {\n          id\n          name\n          group\n        }\n      }\n      byCounty {\n        counted\n        county {\n          id\n          name\n        }\n      }\n      byChannel {\n        channel\n        counted\n      }\n    }\n  }\n":
    types.QuotaBoardDocument,
  "\n  mutation CommitImport($batchId: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $batchId, mode: $mode) {\n      id\n      status\n      mode\n      rows\n      written\n      unchanged\n      skipped\n      committedAt\n    }\n  }\n":
    types.CommitImportDocument,
  "\n  query ImportBatches($first: Int!, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        fileName\n        status\n        mode\n        rows\n        valid\n        written\n        unchanged\n        skipped\n        problemCount\n        createdAt\n      }\n    }\n  }\n":
    types.ImportBatchesDocument,
  "\n  query IncomingSubOrders($first: Int!, $after: String, $filter: SubOrderFilter) {\n    subOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SubOrderRowFields\n        ...SubOrderPartiesFields\n        updatedAt\n      }\n    }\n  }\n":
    types.IncomingSubOrdersDocument,
  "\n  query InvestmentBoard($year: Int!) {\n    pipelineBoard(year: $year) {\n      year\n      stages {\n        stage\n        projects\n        planned\n        contracted\n        inPlace\n        inPlaceInYear\n      }\n    }\n    fundsInPlaceSeries(year: $year) {\n      month\n      amount\n      cumulative\n    }\n    siteVisitTotals {\n      batches\n      enterprises\n    }\n  }\n":
    types.InvestmentBoardDocument,
  "\n  query InvestSiteVisits($first: Int!, $after: String) {\n    siteVisits(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        delegation\n        visitedOn\n        batches\n        enterpriseCount\n        note\n        counties {\n          id\n          name\n        }\n        enterprises {\n          id\n          name\n        }\n        projects {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.InvestSiteVisitsDocument,
  "\n  query CountyInvestmentLeads($first: Int!, $after: String, $filter: LeadFilter) {\n    investmentLeads(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LeadCardFields\n      }\n    }\n  }\n":
    types.CountyInvestmentLeadsDocument,
  "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      interests {\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.ExpressInterestDocument,
  "\n  mutation StartInvestmentProject($input: CreateProjectInput!) {\n    createInvestmentProject(input: $input) {\n      id\n    }\n  }\n":
    types.StartInvestmentProjectDocument,
  "\n  query LabourJobFairs($first: Int!, $after: String, $filter: JobFairFilter) {\n    jobFairs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        heldOn\n        venue\n        attendance\n        offers\n        county {\n          id\n          shortName\n        }\n        eastRegion {\n          id\n          shortName\n        }\n        employers {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.LabourJobFairsDocument,
  "\n  query MyInvestmentLeads($first: Int!, $after: String) {\n    investmentLeads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LeadCardFields\n      }\n    }\n  }\n":
    types.MyInvestmentLeadsDocument,
  "\n  query LoginLog($first: Int!, $after: String, $filter: LoginLogFilter) {\n    loginLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        username\n        ip\n        outcome\n        userAgent\n        user {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n":
    types.LoginLogDocument,
  "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      mustChangePassword\n      user {\n        id\n        username\n        displayName\n        role\n        region {\n          id\n          name\n        }\n        buyer {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.LoginDocument,
  "\n  query MyOrders($first: Int!, $after: String, $year: Int) {\n    orders(first: $first, after: $after, year: $year) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        orderedOn\n        channel\n        total\n        fair {\n          id\n          name\n        }\n        subOrders {\n          ...SubOrderRowFields\n        }\n      }\n    }\n  }\n":
    types.MyOrdersDocument,
  "\n  query PairingDetail($id: ID!, $year: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      kind\n      since\n      eastRegion {\n        id\n        name\n        level\n      }\n      westRegion {\n        id\n        name\n        level\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n      }\n      progress(year: $year) {\n        ...IndicatorProgressFields\n      }\n    }\n  }\n":
    types.PairingDetailDocument,
  "\n  query LabourMyEnterprise {\n    me {\n      id\n      enterprise {\n        id\n        name\n        homeRegionId\n      }\n    }\n  }\n":
    types.LabourMyEnterpriseDocument,
  "\n  query LabourMyPostings($first: Int!, $after: String, $filter: JobPostingFilter) {\n    jobPostings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        position\n        places\n        filled\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        opensOn\n        closesOn\n        location {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.LabourMyPostingsDocument,
  "\n  query LabourPostingPlacements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        placedOn\n        employedOn\n        leftOn\n        county {\n          id\n          shortName\n        }\n        worker {\n          id\n          name\n          sex\n          birthYear\n          idNumberMasked\n          skills\n        }\n      }\n    }\n  }\n":
    types.LabourPostingPlacementsDocument,
  "\n  query ProgressOverview($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        since\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n        }\n        agreement(year: $year) {\n          id\n          signedOn\n        }\n        progress(year: $year) {\n          ...IndicatorProgressFields\n        }\n      }\n    }\n  }\n":
    types.ProgressOverviewDocument,
  "\n  query MyBuyer {\n    me {\n      id\n      buyerId\n      buyer {\n        id\n        name\n        group\n      }\n    }\n  }\n":
    types.MyBuyerDocument,
  "\n  query QuotaCompletion($buyerId: ID!, $year: Int!) {\n    quotaCompletion(buyerId: $buyerId, year: $year) {\n      year\n      quota\n      counted\n      remaining\n      completion\n      daysLeft\n      buyer {\n        id\n        name\n        group\n      }\n      byCounty {\n        counted\n        quota\n        county {\n          id\n          name\n        }\n      }\n      byChannel {\n        channel\n        counted\n      }\n    }\n  }\n":
    types.QuotaCompletionDocument,
  "\n  query ManagedBuyers($first: Int!, $after: String, $filter: BuyerFilter, $year: Int!) {\n    buyers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        group\n        quota(year: $year) {\n          id\n          amount\n          basis\n          baseAmount\n          rateBasisPoints\n          headcount\n          perHead\n          countySplits {\n            amount\n            county {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.ManagedBuyersDocument,
  "\n  mutation RemoveQuota($buyerId: ID!, $year: Int!) {\n    removeQuota(buyerId: $buyerId, year: $year)\n  }\n":
    types.RemoveQuotaDocument,
  "\n  query ReviewSuppliers($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        contact\n        status\n        statusNote\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.ReviewSuppliersDocument,
  "\n  mutation ReviewSupplier($input: ReviewSupplierInput!) {\n    reviewSupplier(input: $input) {\n      id\n      status\n      statusNote\n    }\n  }\n":
    types.ReviewSupplierDocument,
  "\n  query SupplySuppliers($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        contact\n        status\n        statusNote\n      }\n    }\n  }\n":
    types.SupplySuppliersDocument,
  "\n  query SupplyProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        supplierId\n        name\n        category\n        spec\n        unit\n        price\n        stock\n        active\n        certificateNo\n        certificateAuthority\n        certificateValidFrom\n        certificateValidTo\n        certificateStatus\n        supplier {\n          id\n          name\n          status\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n":
    types.SupplyProductsDocument,
  "\n  query LabourWorkers($first: Int!, $after: String, $filter: WorkerFilter) {\n    workers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        sex\n        birthYear\n        idNumberMasked\n        phoneMasked\n        registeredPoor\n        skills\n        consented\n        consentGivenOn\n        consentWithdrawnOn\n      }\n    }\n  }\n":
    types.LabourWorkersDocument,
  "\n  query LabourPlacements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        allowedActions\n        placedOn\n        employedOn\n        stableFrom\n        stableOn\n        leftOn\n        leftReason\n        worker {\n          id\n          name\n          idNumberMasked\n          registeredPoor\n        }\n        posting {\n          id\n          position\n          location {\n            id\n            shortName\n          }\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.LabourPlacementsDocument,
  "\n  mutation RevealWorkerIdentity($workerId: ID!) {\n    revealWorkerIdentity(workerId: $workerId) {\n      workerId\n      idNumber\n      phone\n    }\n  }\n":
    types.RevealWorkerIdentityDocument,
  "\n  mutation RecordWorkerConsent($input: RecordWorkerConsentInput!) {\n    recordWorkerConsent(input: $input) {\n      id\n      consented\n      consentGivenOn\n      consentWithdrawnOn\n    }\n  }\n":
    types.RecordWorkerConsentDocument,
  "\n  mutation RecordEmployment($input: ChangePlacementInput!) {\n    recordEmployment(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        employedOn\n        stableFrom\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n":
    types.RecordEmploymentDocument,
  "\n  mutation RecordStable($input: ChangePlacementInput!) {\n    recordStable(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        stableOn\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n":
    types.RecordStableDocument,
  "\n  mutation RecordLeft($input: ChangePlacementInput!) {\n    recordLeft(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        leftOn\n        leftReason\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n":
    types.RecordLeftDocument,
  "\n  query LabourWorkshops($first: Int!, $after: String) {\n    workshops(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        registeredOn\n        reportedOn\n        employed\n        poorEmployed\n        eastRegion {\n          id\n          shortName\n        }\n        reports {\n          id\n        }\n      }\n    }\n  }\n":
    types.LabourWorkshopsDocument,
  "\n  query LabourTrainings($first: Int!, $after: String, $filter: TrainingFilter) {\n    trainingSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        startsOn\n        endsOn\n        headcount\n        peopleTrained\n        eastRegion {\n          id\n          shortName\n        }\n        attendees {\n          id\n        }\n      }\n    }\n  }\n":
    types.LabourTrainingsDocument,
  "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n":
    types.MySessionsDocument,
  "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": types.SignOutOtherSessionsDocument,
  "\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      expiresAt\n      mustChangePassword\n    }\n  }\n":
    types.ChangeOwnPasswordDocument,
  "\n  mutation ForcedLogout {\n    logout\n  }\n": types.ForcedLogoutDocument,
  "\n  query SetupPairingChoices {\n    pairings(first: 100) {\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n":
    types.SetupPairingChoicesDocument,
  "\n  query SetupAgreement($id: ID!, $year: Int!, $prev: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      status\n      endedOn\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n        targets {\n          indicator\n          unit\n          target\n        }\n        targetHistory {\n          id\n          at\n          indicator\n          unit\n          before\n          after\n          reason\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      previous: agreement(year: $prev) {\n        id\n      }\n    }\n  }\n":
    types.SetupAgreementDocument,
  "\n  mutation SaveAgreement($input: SaveAgreementInput!) {\n    saveAgreement(input: $input) {\n      id\n      signedOn\n    }\n  }\n":
    types.SaveAgreementDocument,
  "\n  mutation CopyAgreement($input: CopyAgreementInput!) {\n    copyAgreement(input: $input) {\n      id\n    }\n  }\n":
    types.CopyAgreementDocument,
  "\n  mutation ChangeAgreementTarget($input: ChangeAgreementTargetInput!) {\n    changeAgreementTarget(input: $input) {\n      id\n    }\n  }\n":
    types.ChangeAgreementTargetDocument,
  "\n  mutation AdminCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n    }\n  }\n":
    types.AdminCreateEnterpriseDocument,
  "\n  mutation AdminCreateEnterpriseWithAccount($input: CreateEnterpriseInput!, $firstAccount: FirstAccountInput!) {\n    createEnterpriseWithAccount(input: $input, firstAccount: $firstAccount) {\n      oneTimePassword\n      enterprise {\n        id\n        name\n      }\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n":
    types.AdminCreateEnterpriseWithAccountDocument,
  "\n  mutation AdminUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      name\n      creditCode\n      industry\n      contactName\n      contactPhone\n      homeRegion {\n        id\n        name\n      }\n    }\n  }\n":
    types.AdminUpdateEnterpriseDocument,
  "\n  query AdminEnterprises($first: Int!, $after: String, $filter: EnterpriseFilter) {\n    enterprises(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        industry\n        contactName\n        contactPhone\n        homeRegion {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.AdminEnterprisesDocument,
  "\n  query SetupRegionChoices($side: RegionSide!) {\n    regions(first: 100, filter: { side: $side }) {\n      nodes {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n":
    types.SetupRegionChoicesDocument,
  "\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      name\n    }\n  }\n":
    types.CreatePairingDocument,
  "\n  mutation EndPairing($input: EndPairingInput!) {\n    endPairing(input: $input) {\n      id\n      status\n      endedOn\n    }\n  }\n":
    types.EndPairingDocument,
  "\n  query SetupPairings($first: Int!, $after: String, $filter: PairingFilter) {\n    pairings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        since\n        status\n        endedOn\n        endReason\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.SetupPairingsDocument,
  "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n":
    types.CreateRegionDocument,
  "\n  mutation UpdateRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n":
    types.UpdateRegionDocument,
  "\n  query SetupRegions($first: Int!, $after: String, $filter: RegionFilter) {\n    regions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        shortName\n        side\n        level\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.SetupRegionsDocument,
  "\n  query SetupOwnRegions($id: ID!) {\n    regions(first: 100, filter: { withinId: $id }) {\n      nodes {\n        id\n      }\n    }\n  }\n":
    types.SetupOwnRegionsDocument,
  "\n  mutation CreateAccount($input: NewUserInput!) {\n    createUserWithOneTimePassword(input: $input) {\n      oneTimePassword\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n":
    types.CreateAccountDocument,
  "\n  mutation RenameAccount($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n    }\n  }\n":
    types.RenameAccountDocument,
  "\n  mutation ChangeAccountAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      id\n      role\n    }\n  }\n":
    types.ChangeAccountAccessDocument,
  "\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lockedUntil\n        lastLoginAt\n        region {\n          id\n          name\n        }\n        buyer {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.AdminUsersDocument,
  "\n  mutation AdminDisableUser($id: ID!) {\n    disableUser(userId: $id) {\n      id\n      active\n    }\n  }\n":
    types.AdminDisableUserDocument,
  "\n  mutation AdminEnableUser($id: ID!) {\n    enableUser(userId: $id) {\n      id\n      active\n    }\n  }\n":
    types.AdminEnableUserDocument,
  "\n  mutation AdminResetUserPassword($id: ID!) {\n    resetUserPassword(userId: $id) {\n      oneTimePassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n":
    types.AdminResetUserPasswordDocument,
  "\n  mutation AdminUnlockUser($id: ID!) {\n    unlockUser(userId: $id) {\n      id\n      lockedUntil\n    }\n  }\n":
    types.AdminUnlockUserDocument,
  "\n  query AccountOptions($buyers: Boolean!, $enterprises: Boolean!) {\n    regions(first: 100, orderBy: { field: CODE, direction: ASC }) {\n      nodes {\n        id\n        name\n        side\n        level\n      }\n    }\n    buyers(first: 100) @include(if: $buyers) {\n      nodes {\n        id\n        name\n      }\n    }\n    enterprises(first: 100) @include(if: $enterprises) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n":
    types.AccountOptionsDocument,
  "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    at\n    actor {\n      id\n      username\n      displayName\n    }\n    record {\n      type\n      id\n      name\n    }\n    fields {\n      field\n      changed\n      before {\n        kind\n        text\n        refType\n        refId\n      }\n      after {\n        kind\n        text\n        refType\n        refId\n      }\n    }\n  }\n":
    types.AuditEntryFieldsFragmentDoc,
  "\n  query FairApprovedSuppliers {\n    suppliers(first: 100, filter: { status: APPROVED }) {\n      nodes {\n        id\n        name\n        county {\n          id\n          shortName\n        }\n      }\n    }\n  }\n":
    types.FairApprovedSuppliersDocument,
  "\n  mutation CreateFair($input: CreateFairInput!) {\n    createFair(input: $input) {\n      id\n    }\n  }\n":
    types.CreateFairDocument,
  "\n  mutation UpdateFair($input: UpdateFairInput!) {\n    updateFair(input: $input) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n      suppliers {\n        id\n        name\n      }\n    }\n  }\n":
    types.UpdateFairDocument,
  "\n  mutation CreateSalesCentre($input: CreateSalesCentreInput!) {\n    createSalesCentre(input: $input) {\n      id\n    }\n  }\n":
    types.CreateSalesCentreDocument,
  "\n  mutation UpdateSalesCentre($input: UpdateSalesCentreInput!) {\n    updateSalesCentre(input: $input) {\n      id\n      name\n      address\n      openedOn\n      active\n    }\n  }\n":
    types.UpdateSalesCentreDocument,
  "\n  mutation CreateBuyer($input: CreateBuyerInput!) {\n    createBuyer(input: $input) {\n      id\n      name\n      group\n    }\n  }\n":
    types.CreateBuyerDocument,
  "\n  mutation CreateBuyerWithAccount($input: CreateBuyerInput!, $firstAccount: FirstAccountInput!) {\n    createBuyerWithAccount(input: $input, firstAccount: $firstAccount) {\n      oneTimePassword\n      buyer {\n        id\n        name\n        group\n      }\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n":
    types.CreateBuyerWithAccountDocument,
  "\n  query CartFairs($year: Int) {\n    fairs(year: $year) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n    }\n  }\n":
    types.CartFairsDocument,
  "\n  query CartSalesCentres {\n    salesCentres {\n      id\n      name\n      address\n    }\n  }\n":
    types.CartSalesCentresDocument,
  "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on Order {\n        id\n        total\n        subOrders {\n          id\n          status\n        }\n      }\n      ... on OutOfStockError {\n        code\n        message\n        productId\n        available\n        requested\n      }\n      ... on ProductUnavailableError {\n        code\n        message\n        productId\n      }\n    }\n  }\n":
    types.PlaceOrderDocument,
  "\n  query GroupTargets($year: Int!) {\n    groupTargets(year: $year) {\n      group\n      year\n      amount\n      eastRegion {\n        id\n        name\n      }\n    }\n  }\n":
    types.GroupTargetsDocument,
  "\n  mutation SetGroupTarget($input: SetGroupTargetInput!) {\n    setGroupTarget(input: $input) {\n      group\n      year\n      amount\n    }\n  }\n":
    types.SetGroupTargetDocument,
  "\n  mutation SetQuota($input: SetQuotaInput!) {\n    setQuota(input: $input) {\n      id\n      amount\n      basis\n      baseAmount\n      rateBasisPoints\n      headcount\n      perHead\n      countySplits {\n        amount\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.SetQuotaDocument,
  "\n  fragment SubOrderRowFields on SubOrder {\n    id\n    status\n    allowedActions\n    total\n    countable\n    reason\n    paymentReference\n    invoiceNumber\n    rating\n    supplier {\n      id\n      name\n    }\n    county {\n      id\n      name\n    }\n    lines {\n      id\n      quantity\n      amount\n      countsTowardQuota\n      product {\n        id\n        name\n        unit\n      }\n    }\n  }\n":
    types.SubOrderRowFieldsFragmentDoc,
  "\n  fragment SubOrderPartiesFields on SubOrder {\n    buyer {\n      id\n      name\n      group\n    }\n    order {\n      id\n      orderedOn\n      channel\n    }\n  }\n":
    types.SubOrderPartiesFieldsFragmentDoc,
  "\n  fragment SubOrderStepFields on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      reason\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      updatedAt\n    }\n    ... on InvalidStateError {\n      code\n      message\n      state\n      entityId\n    }\n  }\n":
    types.SubOrderStepFieldsFragmentDoc,
  "\n  mutation ConfirmSubOrder($input: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n":
    types.ConfirmSubOrderDocument,
  "\n  mutation ShipSubOrder($input: ChangeSubOrderInput!) {\n    shipSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n":
    types.ShipSubOrderDocument,
  "\n  mutation CancelSubOrder($input: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n":
    types.CancelSubOrderDocument,
  "\n  mutation RefundSubOrder($input: ChangeSubOrderInput!) {\n    refundSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n":
    types.RefundSubOrderDocument,
  "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n":
    types.RecordPaymentDocument,
  "\n  mutation ReceiveSubOrder($input: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n":
    types.ReceiveSubOrderDocument,
  "\n  query WestCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n":
    types.WestCountiesDocument,
  "\n  mutation CreateInvestmentLead($input: CreateLeadInput!) {\n    createInvestmentLead(input: $input) {\n      id\n    }\n  }\n":
    types.CreateInvestmentLeadDocument,
  "\n  mutation UpdateInvestmentLead($input: UpdateLeadInput!) {\n    updateInvestmentLead(input: $input) {\n      id\n      title\n      industry\n      plannedInvestment\n      needsLand\n      needsLabour\n      needsRawMaterial\n      needsNote\n      contactName\n      contactPhone\n      visibility\n      preferredCounties {\n        id\n        name\n      }\n    }\n  }\n":
    types.UpdateInvestmentLeadDocument,
  "\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      __typename\n      ... on InvestmentProject {\n        id\n        stage\n        stageSince\n        contractAmount\n        signedOn\n        droppedReason\n        allowedNextStages\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n":
    types.MoveProjectStageDocument,
  "\n  mutation RecordProjectOutcome($input: RecordOutcomeInput!) {\n    recordProjectOutcome(input: $input) {\n      id\n    }\n  }\n":
    types.RecordProjectOutcomeDocument,
  "\n  query InvestProject($id: ID!) {\n    investmentProject(id: $id) {\n      id\n      name\n      stage\n      stageSince\n      plannedInvestment\n      contractAmount\n      signedOn\n      droppedReason\n      fundsInPlace\n      allowedNextStages\n      county {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n      pairingId\n      pairing {\n        id\n        name\n      }\n      timeline {\n        id\n        fromStage\n        toStage\n        occurredOn\n        note\n        recordedBy {\n          id\n          displayName\n        }\n      }\n      tranches {\n        id\n        amount\n        receivedOn\n        reference\n        reason\n        reversed\n        reversesId\n      }\n      outcomes {\n        id\n        reportedOn\n        jobsCreated\n        poorEmployed\n        peopleLifted\n        floorPricePerTonne\n        guaranteedPurchaseTerms\n        note\n      }\n    }\n  }\n":
    types.InvestProjectDocument,
  "\n  query InvestProjects($first: Int!, $after: String, $filter: ProjectFilter) {\n    investmentProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        stage\n        stageSince\n        plannedInvestment\n        contractAmount\n        fundsInPlace\n        county {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.InvestProjectsDocument,
  "\n  query SiteVisitChoices {\n    enterprises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    investmentProjects(first: 100) {\n      nodes {\n        id\n        name\n        countyId\n      }\n    }\n  }\n":
    types.SiteVisitChoicesDocument,
  "\n  mutation RecordSiteVisit($input: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $input) {\n      id\n    }\n  }\n":
    types.RecordSiteVisitDocument,
  "\n  mutation RecordFundTranche($input: RecordFundTrancheInput!) {\n    recordFundTranche(input: $input) {\n      id\n      amount\n    }\n  }\n":
    types.RecordFundTrancheDocument,
  "\n  mutation ReverseFundTranche($input: ReverseFundTrancheInput!) {\n    reverseFundTranche(input: $input) {\n      id\n      amount\n    }\n  }\n":
    types.ReverseFundTrancheDocument,
  "\n  query InvestWestCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n":
    types.InvestWestCountiesDocument,
  "\n  fragment LeadCardFields on InvestmentLead {\n    id\n    title\n    industry\n    plannedInvestment\n    visibility\n    needsLand\n    needsLabour\n    needsRawMaterial\n    needsNote\n    contactName\n    contactPhone\n    enterprise {\n      id\n      name\n    }\n    preferredCounties {\n      id\n      name\n    }\n    interests {\n      county {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      name\n      stage\n      county {\n        id\n        name\n      }\n    }\n  }\n":
    types.LeadCardFieldsFragmentDoc,
  "\n  query JobFairEmployers {\n    enterprises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n":
    types.JobFairEmployersDocument,
  "\n  mutation RecordJobFair($input: RecordJobFairInput!) {\n    recordJobFair(input: $input) {\n      id\n      name\n    }\n  }\n":
    types.RecordJobFairDocument,
  "\n  query LabourPostingChoices($first: Int!, $after: String, $filter: JobPostingFilter) {\n    jobPostings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        position\n        places\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        opensOn\n        closesOn\n        location {\n          id\n          shortName\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.LabourPostingChoicesDocument,
  "\n  mutation PlaceWorker($input: PlaceWorkerInput!) {\n    placeWorker(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n":
    types.PlaceWorkerDocument,
  "\n  mutation CreateJobPosting($input: CreateJobPostingInput!) {\n    createJobPosting(input: $input) {\n      id\n      position\n    }\n  }\n":
    types.CreateJobPostingDocument,
  "\n  query LabourRetention($year: Int!) {\n    labourRetention(year: $year) {\n      county {\n        id\n        name\n        shortName\n      }\n      placed\n      employed\n      stable\n      left\n      eligible\n      retained\n      retentionRate\n    }\n  }\n":
    types.LabourRetentionDocument,
  "\n  query LabourTrainingWorkers($filter: WorkerFilter) {\n    workers(first: 50, filter: $filter) {\n      nodes {\n        id\n        name\n        birthYear\n      }\n    }\n  }\n":
    types.LabourTrainingWorkersDocument,
  "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      peopleTrained\n    }\n  }\n":
    types.RecordTrainingDocument,
  "\n  mutation PutForwardWorker($input: PutForwardWorkerInput!) {\n    putForwardWorker(input: $input) {\n      id\n      name\n      idNumberMasked\n    }\n  }\n":
    types.PutForwardWorkerDocument,
  "\n  mutation RegisterWorkshop($input: RegisterWorkshopInput!) {\n    registerWorkshop(input: $input) {\n      id\n    }\n  }\n":
    types.RegisterWorkshopDocument,
  "\n  mutation ReportWorkshopEmployment($input: ReportWorkshopEmploymentInput!) {\n    reportWorkshopEmployment(input: $input) {\n      id\n      employed\n      poorEmployed\n      reportedOn\n    }\n  }\n":
    types.ReportWorkshopEmploymentDocument,
  "\n  query LabourEastRegions {\n    regions(first: 100, filter: { side: EAST }) {\n      nodes {\n        id\n        name\n        level\n      }\n    }\n  }\n":
    types.LabourEastRegionsDocument,
  "\n  mutation CorrectLedgerEntry($input: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $input) {\n      id\n      amount\n      unit\n    }\n  }\n":
    types.CorrectLedgerEntryDocument,
  "\n  fragment IndicatorProgressFields on IndicatorProgress {\n    indicator\n    unit\n    target\n    delivered\n    reported\n    recorded\n    ratio\n    entryCount\n  }\n":
    types.IndicatorProgressFieldsFragmentDoc,
  "\n  query PairingLedger($filter: LedgerEntryFilter!, $first: Int!, $after: String) {\n    ledgerEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pairing {\n          id\n          name\n        }\n        indicator\n        unit\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceLabel\n        sourceDocument\n        note\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        corrects {\n          id\n          amount\n          unit\n          occurredOn\n          sourceDocument\n          recordedAt\n        }\n        corrections {\n          id\n          amount\n          unit\n          occurredOn\n          note\n          recordedAt\n          recordedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n":
    types.PairingLedgerDocument,
  "\n  mutation RecordReportedFigure($input: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $input) {\n      id\n      indicator\n      unit\n      amount\n      occurredOn\n    }\n  }\n":
    types.RecordReportedFigureDocument,
  "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n":
    types.CreateProductDocument,
  "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      name\n      price\n      stock\n      active\n      certificateStatus\n    }\n  }\n":
    types.UpdateProductDocument,
  "\n  mutation RemoveProductImage($imageId: ID!) {\n    removeProductImage(imageId: $imageId)\n  }\n":
    types.RemoveProductImageDocument,
  "\n  mutation RecommendSupplier($input: RecommendSupplierInput!) {\n    recommendSupplier(input: $input) {\n      id\n      name\n      status\n    }\n  }\n":
    types.RecommendSupplierDocument,
  "\n  mutation UpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n":
    types.UpdateSupplierDocument,
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
export function graphql(
  source: "\n  query RecordHistory($filter: AuditFilter) {\n    auditLog(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  query RecordHistory($filter: AuditFilter) {\n    auditLog(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AgreementYears {\n    agreementYears\n  }\n",
): (typeof documents)["\n  query AgreementYears {\n    agreementYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Logout {\n    logout\n  }\n",
): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RegionSubOrders($first: Int!, $after: String, $filter: SubOrderFilter) {\n    subOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SubOrderRowFields\n        ...SubOrderPartiesFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  query RegionSubOrders($first: Int!, $after: String, $filter: SubOrderFilter) {\n    subOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SubOrderRowFields\n        ...SubOrderPartiesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OrderBuyers($search: String) {\n    buyers(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  query OrderBuyers($search: String) {\n    buyers(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CatalogueProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        category\n        spec\n        unit\n        price\n        stock\n        certificateNo\n        certificateValidTo\n        certificateStatus\n        countsTowardQuota\n        county {\n          id\n          name\n        }\n        supplier {\n          id\n          name\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query CatalogueProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        category\n        spec\n        unit\n        price\n        stock\n        certificateNo\n        certificateValidTo\n        certificateStatus\n        countsTowardQuota\n        county {\n          id\n          name\n        }\n        supplier {\n          id\n          name\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CatalogueCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  query CatalogueCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ChannelFairs($year: Int, $regionId: ID) {\n    fairs(year: $year, regionId: $regionId) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n      eastRegion {\n        id\n        name\n      }\n      suppliers {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ChannelFairs($year: Int, $regionId: ID) {\n    fairs(year: $year, regionId: $regionId) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n      eastRegion {\n        id\n        name\n      }\n      suppliers {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ChannelCentres($regionId: ID) {\n    salesCentres(includeClosed: true, regionId: $regionId) {\n      id\n      name\n      address\n      openedOn\n      active\n      eastRegion {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ChannelCentres($regionId: ID) {\n    salesCentres(includeClosed: true, regionId: $regionId) {\n      id\n      name\n      address\n      openedOn\n      active\n      eastRegion {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DeleteFair($fairId: ID!) {\n    deleteFair(fairId: $fairId)\n  }\n",
): (typeof documents)["\n  mutation DeleteFair($fairId: ID!) {\n    deleteFair(fairId: $fairId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query QuotaBoard($year: Int!) {\n    quotaBoard(year: $year) {\n      year\n      counted\n      daysLeft\n      groups {\n        group\n        buyers\n        target\n        counted\n        completion\n      }\n      buyers {\n        quota\n        counted\n        remaining\n        completion\n        buyer {\n          id\n          name\n          group\n        }\n      }\n      byCounty {\n        counted\n        county {\n          id\n          name\n        }\n      }\n      byChannel {\n        channel\n        counted\n      }\n    }\n  }\n",
): (typeof documents)["\n  query QuotaBoard($year: Int!) {\n    quotaBoard(year: $year) {\n      year\n      counted\n      daysLeft\n      groups {\n        group\n        buyers\n        target\n        counted\n        completion\n      }\n      buyers {\n        quota\n        counted\n        remaining\n        completion\n        buyer {\n          id\n          name\n          group\n        }\n      }\n      byCounty {\n        counted\n        county {\n          id\n          name\n        }\n      }\n      byChannel {\n        channel\n        counted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CommitImport($batchId: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $batchId, mode: $mode) {\n      id\n      status\n      mode\n      rows\n      written\n      unchanged\n      skipped\n      committedAt\n    }\n  }\n",
): (typeof documents)["\n  mutation CommitImport($batchId: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $batchId, mode: $mode) {\n      id\n      status\n      mode\n      rows\n      written\n      unchanged\n      skipped\n      committedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ImportBatches($first: Int!, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        fileName\n        status\n        mode\n        rows\n        valid\n        written\n        unchanged\n        skipped\n        problemCount\n        createdAt\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ImportBatches($first: Int!, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        fileName\n        status\n        mode\n        rows\n        valid\n        written\n        unchanged\n        skipped\n        problemCount\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query IncomingSubOrders($first: Int!, $after: String, $filter: SubOrderFilter) {\n    subOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SubOrderRowFields\n        ...SubOrderPartiesFields\n        updatedAt\n      }\n    }\n  }\n",
): (typeof documents)["\n  query IncomingSubOrders($first: Int!, $after: String, $filter: SubOrderFilter) {\n    subOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SubOrderRowFields\n        ...SubOrderPartiesFields\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query InvestmentBoard($year: Int!) {\n    pipelineBoard(year: $year) {\n      year\n      stages {\n        stage\n        projects\n        planned\n        contracted\n        inPlace\n        inPlaceInYear\n      }\n    }\n    fundsInPlaceSeries(year: $year) {\n      month\n      amount\n      cumulative\n    }\n    siteVisitTotals {\n      batches\n      enterprises\n    }\n  }\n",
): (typeof documents)["\n  query InvestmentBoard($year: Int!) {\n    pipelineBoard(year: $year) {\n      year\n      stages {\n        stage\n        projects\n        planned\n        contracted\n        inPlace\n        inPlaceInYear\n      }\n    }\n    fundsInPlaceSeries(year: $year) {\n      month\n      amount\n      cumulative\n    }\n    siteVisitTotals {\n      batches\n      enterprises\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query InvestSiteVisits($first: Int!, $after: String) {\n    siteVisits(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        delegation\n        visitedOn\n        batches\n        enterpriseCount\n        note\n        counties {\n          id\n          name\n        }\n        enterprises {\n          id\n          name\n        }\n        projects {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query InvestSiteVisits($first: Int!, $after: String) {\n    siteVisits(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        delegation\n        visitedOn\n        batches\n        enterpriseCount\n        note\n        counties {\n          id\n          name\n        }\n        enterprises {\n          id\n          name\n        }\n        projects {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CountyInvestmentLeads($first: Int!, $after: String, $filter: LeadFilter) {\n    investmentLeads(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LeadCardFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  query CountyInvestmentLeads($first: Int!, $after: String, $filter: LeadFilter) {\n    investmentLeads(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LeadCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      interests {\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      interests {\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StartInvestmentProject($input: CreateProjectInput!) {\n    createInvestmentProject(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation StartInvestmentProject($input: CreateProjectInput!) {\n    createInvestmentProject(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourJobFairs($first: Int!, $after: String, $filter: JobFairFilter) {\n    jobFairs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        heldOn\n        venue\n        attendance\n        offers\n        county {\n          id\n          shortName\n        }\n        eastRegion {\n          id\n          shortName\n        }\n        employers {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourJobFairs($first: Int!, $after: String, $filter: JobFairFilter) {\n    jobFairs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        heldOn\n        venue\n        attendance\n        offers\n        county {\n          id\n          shortName\n        }\n        eastRegion {\n          id\n          shortName\n        }\n        employers {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyInvestmentLeads($first: Int!, $after: String) {\n    investmentLeads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LeadCardFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  query MyInvestmentLeads($first: Int!, $after: String) {\n    investmentLeads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LeadCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LoginLog($first: Int!, $after: String, $filter: LoginLogFilter) {\n    loginLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        username\n        ip\n        outcome\n        userAgent\n        user {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LoginLog($first: Int!, $after: String, $filter: LoginLogFilter) {\n    loginLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        username\n        ip\n        outcome\n        userAgent\n        user {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      mustChangePassword\n      user {\n        id\n        username\n        displayName\n        role\n        region {\n          id\n          name\n        }\n        buyer {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      mustChangePassword\n      user {\n        id\n        username\n        displayName\n        role\n        region {\n          id\n          name\n        }\n        buyer {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyOrders($first: Int!, $after: String, $year: Int) {\n    orders(first: $first, after: $after, year: $year) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        orderedOn\n        channel\n        total\n        fair {\n          id\n          name\n        }\n        subOrders {\n          ...SubOrderRowFields\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query MyOrders($first: Int!, $after: String, $year: Int) {\n    orders(first: $first, after: $after, year: $year) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        orderedOn\n        channel\n        total\n        fair {\n          id\n          name\n        }\n        subOrders {\n          ...SubOrderRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PairingDetail($id: ID!, $year: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      kind\n      since\n      eastRegion {\n        id\n        name\n        level\n      }\n      westRegion {\n        id\n        name\n        level\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n      }\n      progress(year: $year) {\n        ...IndicatorProgressFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PairingDetail($id: ID!, $year: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      kind\n      since\n      eastRegion {\n        id\n        name\n        level\n      }\n      westRegion {\n        id\n        name\n        level\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n      }\n      progress(year: $year) {\n        ...IndicatorProgressFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourMyEnterprise {\n    me {\n      id\n      enterprise {\n        id\n        name\n        homeRegionId\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourMyEnterprise {\n    me {\n      id\n      enterprise {\n        id\n        name\n        homeRegionId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourMyPostings($first: Int!, $after: String, $filter: JobPostingFilter) {\n    jobPostings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        position\n        places\n        filled\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        opensOn\n        closesOn\n        location {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourMyPostings($first: Int!, $after: String, $filter: JobPostingFilter) {\n    jobPostings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        position\n        places\n        filled\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        opensOn\n        closesOn\n        location {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourPostingPlacements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        placedOn\n        employedOn\n        leftOn\n        county {\n          id\n          shortName\n        }\n        worker {\n          id\n          name\n          sex\n          birthYear\n          idNumberMasked\n          skills\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourPostingPlacements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        placedOn\n        employedOn\n        leftOn\n        county {\n          id\n          shortName\n        }\n        worker {\n          id\n          name\n          sex\n          birthYear\n          idNumberMasked\n          skills\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ProgressOverview($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        since\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n        }\n        agreement(year: $year) {\n          id\n          signedOn\n        }\n        progress(year: $year) {\n          ...IndicatorProgressFields\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ProgressOverview($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        since\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n        }\n        agreement(year: $year) {\n          id\n          signedOn\n        }\n        progress(year: $year) {\n          ...IndicatorProgressFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyBuyer {\n    me {\n      id\n      buyerId\n      buyer {\n        id\n        name\n        group\n      }\n    }\n  }\n",
): (typeof documents)["\n  query MyBuyer {\n    me {\n      id\n      buyerId\n      buyer {\n        id\n        name\n        group\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query QuotaCompletion($buyerId: ID!, $year: Int!) {\n    quotaCompletion(buyerId: $buyerId, year: $year) {\n      year\n      quota\n      counted\n      remaining\n      completion\n      daysLeft\n      buyer {\n        id\n        name\n        group\n      }\n      byCounty {\n        counted\n        quota\n        county {\n          id\n          name\n        }\n      }\n      byChannel {\n        channel\n        counted\n      }\n    }\n  }\n",
): (typeof documents)["\n  query QuotaCompletion($buyerId: ID!, $year: Int!) {\n    quotaCompletion(buyerId: $buyerId, year: $year) {\n      year\n      quota\n      counted\n      remaining\n      completion\n      daysLeft\n      buyer {\n        id\n        name\n        group\n      }\n      byCounty {\n        counted\n        quota\n        county {\n          id\n          name\n        }\n      }\n      byChannel {\n        channel\n        counted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ManagedBuyers($first: Int!, $after: String, $filter: BuyerFilter, $year: Int!) {\n    buyers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        group\n        quota(year: $year) {\n          id\n          amount\n          basis\n          baseAmount\n          rateBasisPoints\n          headcount\n          perHead\n          countySplits {\n            amount\n            county {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ManagedBuyers($first: Int!, $after: String, $filter: BuyerFilter, $year: Int!) {\n    buyers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        group\n        quota(year: $year) {\n          id\n          amount\n          basis\n          baseAmount\n          rateBasisPoints\n          headcount\n          perHead\n          countySplits {\n            amount\n            county {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RemoveQuota($buyerId: ID!, $year: Int!) {\n    removeQuota(buyerId: $buyerId, year: $year)\n  }\n",
): (typeof documents)["\n  mutation RemoveQuota($buyerId: ID!, $year: Int!) {\n    removeQuota(buyerId: $buyerId, year: $year)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ReviewSuppliers($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        contact\n        status\n        statusNote\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ReviewSuppliers($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        contact\n        status\n        statusNote\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ReviewSupplier($input: ReviewSupplierInput!) {\n    reviewSupplier(input: $input) {\n      id\n      status\n      statusNote\n    }\n  }\n",
): (typeof documents)["\n  mutation ReviewSupplier($input: ReviewSupplierInput!) {\n    reviewSupplier(input: $input) {\n      id\n      status\n      statusNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SupplySuppliers($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        contact\n        status\n        statusNote\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SupplySuppliers($first: Int!, $after: String, $filter: SupplierFilter) {\n    suppliers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        contact\n        status\n        statusNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SupplyProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        supplierId\n        name\n        category\n        spec\n        unit\n        price\n        stock\n        active\n        certificateNo\n        certificateAuthority\n        certificateValidFrom\n        certificateValidTo\n        certificateStatus\n        supplier {\n          id\n          name\n          status\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SupplyProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        supplierId\n        name\n        category\n        spec\n        unit\n        price\n        stock\n        active\n        certificateNo\n        certificateAuthority\n        certificateValidFrom\n        certificateValidTo\n        certificateStatus\n        supplier {\n          id\n          name\n          status\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourWorkers($first: Int!, $after: String, $filter: WorkerFilter) {\n    workers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        sex\n        birthYear\n        idNumberMasked\n        phoneMasked\n        registeredPoor\n        skills\n        consented\n        consentGivenOn\n        consentWithdrawnOn\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourWorkers($first: Int!, $after: String, $filter: WorkerFilter) {\n    workers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        sex\n        birthYear\n        idNumberMasked\n        phoneMasked\n        registeredPoor\n        skills\n        consented\n        consentGivenOn\n        consentWithdrawnOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourPlacements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        allowedActions\n        placedOn\n        employedOn\n        stableFrom\n        stableOn\n        leftOn\n        leftReason\n        worker {\n          id\n          name\n          idNumberMasked\n          registeredPoor\n        }\n        posting {\n          id\n          position\n          location {\n            id\n            shortName\n          }\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourPlacements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        allowedActions\n        placedOn\n        employedOn\n        stableFrom\n        stableOn\n        leftOn\n        leftReason\n        worker {\n          id\n          name\n          idNumberMasked\n          registeredPoor\n        }\n        posting {\n          id\n          position\n          location {\n            id\n            shortName\n          }\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RevealWorkerIdentity($workerId: ID!) {\n    revealWorkerIdentity(workerId: $workerId) {\n      workerId\n      idNumber\n      phone\n    }\n  }\n",
): (typeof documents)["\n  mutation RevealWorkerIdentity($workerId: ID!) {\n    revealWorkerIdentity(workerId: $workerId) {\n      workerId\n      idNumber\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordWorkerConsent($input: RecordWorkerConsentInput!) {\n    recordWorkerConsent(input: $input) {\n      id\n      consented\n      consentGivenOn\n      consentWithdrawnOn\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordWorkerConsent($input: RecordWorkerConsentInput!) {\n    recordWorkerConsent(input: $input) {\n      id\n      consented\n      consentGivenOn\n      consentWithdrawnOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordEmployment($input: ChangePlacementInput!) {\n    recordEmployment(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        employedOn\n        stableFrom\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordEmployment($input: ChangePlacementInput!) {\n    recordEmployment(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        employedOn\n        stableFrom\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordStable($input: ChangePlacementInput!) {\n    recordStable(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        stableOn\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordStable($input: ChangePlacementInput!) {\n    recordStable(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        stableOn\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordLeft($input: ChangePlacementInput!) {\n    recordLeft(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        leftOn\n        leftReason\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordLeft($input: ChangePlacementInput!) {\n    recordLeft(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n        allowedActions\n        leftOn\n        leftReason\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourWorkshops($first: Int!, $after: String) {\n    workshops(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        registeredOn\n        reportedOn\n        employed\n        poorEmployed\n        eastRegion {\n          id\n          shortName\n        }\n        reports {\n          id\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourWorkshops($first: Int!, $after: String) {\n    workshops(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        registeredOn\n        reportedOn\n        employed\n        poorEmployed\n        eastRegion {\n          id\n          shortName\n        }\n        reports {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourTrainings($first: Int!, $after: String, $filter: TrainingFilter) {\n    trainingSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        startsOn\n        endsOn\n        headcount\n        peopleTrained\n        eastRegion {\n          id\n          shortName\n        }\n        attendees {\n          id\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourTrainings($first: Int!, $after: String, $filter: TrainingFilter) {\n    trainingSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        startsOn\n        endsOn\n        headcount\n        peopleTrained\n        eastRegion {\n          id\n          shortName\n        }\n        attendees {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n",
): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n",
): (typeof documents)["\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      expiresAt\n      mustChangePassword\n    }\n  }\n",
): (typeof documents)["\n  mutation ChangeOwnPassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      expiresAt\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ForcedLogout {\n    logout\n  }\n",
): (typeof documents)["\n  mutation ForcedLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SetupPairingChoices {\n    pairings(first: 100) {\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SetupPairingChoices {\n    pairings(first: 100) {\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SetupAgreement($id: ID!, $year: Int!, $prev: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      status\n      endedOn\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n        targets {\n          indicator\n          unit\n          target\n        }\n        targetHistory {\n          id\n          at\n          indicator\n          unit\n          before\n          after\n          reason\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      previous: agreement(year: $prev) {\n        id\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SetupAgreement($id: ID!, $year: Int!, $prev: Int!) {\n    pairing(id: $id) {\n      id\n      name\n      status\n      endedOn\n      agreement(year: $year) {\n        id\n        year\n        signedOn\n        targets {\n          indicator\n          unit\n          target\n        }\n        targetHistory {\n          id\n          at\n          indicator\n          unit\n          before\n          after\n          reason\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      previous: agreement(year: $prev) {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SaveAgreement($input: SaveAgreementInput!) {\n    saveAgreement(input: $input) {\n      id\n      signedOn\n    }\n  }\n",
): (typeof documents)["\n  mutation SaveAgreement($input: SaveAgreementInput!) {\n    saveAgreement(input: $input) {\n      id\n      signedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CopyAgreement($input: CopyAgreementInput!) {\n    copyAgreement(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation CopyAgreement($input: CopyAgreementInput!) {\n    copyAgreement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChangeAgreementTarget($input: ChangeAgreementTargetInput!) {\n    changeAgreementTarget(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation ChangeAgreementTarget($input: ChangeAgreementTargetInput!) {\n    changeAgreementTarget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AdminCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  mutation AdminCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AdminCreateEnterpriseWithAccount($input: CreateEnterpriseInput!, $firstAccount: FirstAccountInput!) {\n    createEnterpriseWithAccount(input: $input, firstAccount: $firstAccount) {\n      oneTimePassword\n      enterprise {\n        id\n        name\n      }\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation AdminCreateEnterpriseWithAccount($input: CreateEnterpriseInput!, $firstAccount: FirstAccountInput!) {\n    createEnterpriseWithAccount(input: $input, firstAccount: $firstAccount) {\n      oneTimePassword\n      enterprise {\n        id\n        name\n      }\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AdminUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      name\n      creditCode\n      industry\n      contactName\n      contactPhone\n      homeRegion {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation AdminUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      name\n      creditCode\n      industry\n      contactName\n      contactPhone\n      homeRegion {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AdminEnterprises($first: Int!, $after: String, $filter: EnterpriseFilter) {\n    enterprises(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        industry\n        contactName\n        contactPhone\n        homeRegion {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query AdminEnterprises($first: Int!, $after: String, $filter: EnterpriseFilter) {\n    enterprises(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        creditCode\n        industry\n        contactName\n        contactPhone\n        homeRegion {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SetupRegionChoices($side: RegionSide!) {\n    regions(first: 100, filter: { side: $side }) {\n      nodes {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SetupRegionChoices($side: RegionSide!) {\n    regions(first: 100, filter: { side: $side }) {\n      nodes {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation EndPairing($input: EndPairingInput!) {\n    endPairing(input: $input) {\n      id\n      status\n      endedOn\n    }\n  }\n",
): (typeof documents)["\n  mutation EndPairing($input: EndPairingInput!) {\n    endPairing(input: $input) {\n      id\n      status\n      endedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SetupPairings($first: Int!, $after: String, $filter: PairingFilter) {\n    pairings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        since\n        status\n        endedOn\n        endReason\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SetupPairings($first: Int!, $after: String, $filter: PairingFilter) {\n    pairings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        since\n        status\n        endedOn\n        endReason\n        eastRegion {\n          id\n          name\n        }\n        westRegion {\n          id\n          name\n        }\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SetupRegions($first: Int!, $after: String, $filter: RegionFilter) {\n    regions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        shortName\n        side\n        level\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SetupRegions($first: Int!, $after: String, $filter: RegionFilter) {\n    regions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        shortName\n        side\n        level\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SetupOwnRegions($id: ID!) {\n    regions(first: 100, filter: { withinId: $id }) {\n      nodes {\n        id\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SetupOwnRegions($id: ID!) {\n    regions(first: 100, filter: { withinId: $id }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateAccount($input: NewUserInput!) {\n    createUserWithOneTimePassword(input: $input) {\n      oneTimePassword\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateAccount($input: NewUserInput!) {\n    createUserWithOneTimePassword(input: $input) {\n      oneTimePassword\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RenameAccount($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n    }\n  }\n",
): (typeof documents)["\n  mutation RenameAccount($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChangeAccountAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      id\n      role\n    }\n  }\n",
): (typeof documents)["\n  mutation ChangeAccountAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lockedUntil\n        lastLoginAt\n        region {\n          id\n          name\n        }\n        buyer {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lockedUntil\n        lastLoginAt\n        region {\n          id\n          name\n        }\n        buyer {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AdminDisableUser($id: ID!) {\n    disableUser(userId: $id) {\n      id\n      active\n    }\n  }\n",
): (typeof documents)["\n  mutation AdminDisableUser($id: ID!) {\n    disableUser(userId: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AdminEnableUser($id: ID!) {\n    enableUser(userId: $id) {\n      id\n      active\n    }\n  }\n",
): (typeof documents)["\n  mutation AdminEnableUser($id: ID!) {\n    enableUser(userId: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AdminResetUserPassword($id: ID!) {\n    resetUserPassword(userId: $id) {\n      oneTimePassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation AdminResetUserPassword($id: ID!) {\n    resetUserPassword(userId: $id) {\n      oneTimePassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AdminUnlockUser($id: ID!) {\n    unlockUser(userId: $id) {\n      id\n      lockedUntil\n    }\n  }\n",
): (typeof documents)["\n  mutation AdminUnlockUser($id: ID!) {\n    unlockUser(userId: $id) {\n      id\n      lockedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AccountOptions($buyers: Boolean!, $enterprises: Boolean!) {\n    regions(first: 100, orderBy: { field: CODE, direction: ASC }) {\n      nodes {\n        id\n        name\n        side\n        level\n      }\n    }\n    buyers(first: 100) @include(if: $buyers) {\n      nodes {\n        id\n        name\n      }\n    }\n    enterprises(first: 100) @include(if: $enterprises) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  query AccountOptions($buyers: Boolean!, $enterprises: Boolean!) {\n    regions(first: 100, orderBy: { field: CODE, direction: ASC }) {\n      nodes {\n        id\n        name\n        side\n        level\n      }\n    }\n    buyers(first: 100) @include(if: $buyers) {\n      nodes {\n        id\n        name\n      }\n    }\n    enterprises(first: 100) @include(if: $enterprises) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    at\n    actor {\n      id\n      username\n      displayName\n    }\n    record {\n      type\n      id\n      name\n    }\n    fields {\n      field\n      changed\n      before {\n        kind\n        text\n        refType\n        refId\n      }\n      after {\n        kind\n        text\n        refType\n        refId\n      }\n    }\n  }\n",
): (typeof documents)["\n  fragment AuditEntryFields on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    at\n    actor {\n      id\n      username\n      displayName\n    }\n    record {\n      type\n      id\n      name\n    }\n    fields {\n      field\n      changed\n      before {\n        kind\n        text\n        refType\n        refId\n      }\n      after {\n        kind\n        text\n        refType\n        refId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FairApprovedSuppliers {\n    suppliers(first: 100, filter: { status: APPROVED }) {\n      nodes {\n        id\n        name\n        county {\n          id\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query FairApprovedSuppliers {\n    suppliers(first: 100, filter: { status: APPROVED }) {\n      nodes {\n        id\n        name\n        county {\n          id\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateFair($input: CreateFairInput!) {\n    createFair(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateFair($input: CreateFairInput!) {\n    createFair(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateFair($input: UpdateFairInput!) {\n    updateFair(input: $input) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n      suppliers {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateFair($input: UpdateFairInput!) {\n    updateFair(input: $input) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n      suppliers {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateSalesCentre($input: CreateSalesCentreInput!) {\n    createSalesCentre(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateSalesCentre($input: CreateSalesCentreInput!) {\n    createSalesCentre(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateSalesCentre($input: UpdateSalesCentreInput!) {\n    updateSalesCentre(input: $input) {\n      id\n      name\n      address\n      openedOn\n      active\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateSalesCentre($input: UpdateSalesCentreInput!) {\n    updateSalesCentre(input: $input) {\n      id\n      name\n      address\n      openedOn\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateBuyer($input: CreateBuyerInput!) {\n    createBuyer(input: $input) {\n      id\n      name\n      group\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateBuyer($input: CreateBuyerInput!) {\n    createBuyer(input: $input) {\n      id\n      name\n      group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateBuyerWithAccount($input: CreateBuyerInput!, $firstAccount: FirstAccountInput!) {\n    createBuyerWithAccount(input: $input, firstAccount: $firstAccount) {\n      oneTimePassword\n      buyer {\n        id\n        name\n        group\n      }\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateBuyerWithAccount($input: CreateBuyerInput!, $firstAccount: FirstAccountInput!) {\n    createBuyerWithAccount(input: $input, firstAccount: $firstAccount) {\n      oneTimePassword\n      buyer {\n        id\n        name\n        group\n      }\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CartFairs($year: Int) {\n    fairs(year: $year) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n    }\n  }\n",
): (typeof documents)["\n  query CartFairs($year: Int) {\n    fairs(year: $year) {\n      id\n      name\n      venue\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CartSalesCentres {\n    salesCentres {\n      id\n      name\n      address\n    }\n  }\n",
): (typeof documents)["\n  query CartSalesCentres {\n    salesCentres {\n      id\n      name\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on Order {\n        id\n        total\n        subOrders {\n          id\n          status\n        }\n      }\n      ... on OutOfStockError {\n        code\n        message\n        productId\n        available\n        requested\n      }\n      ... on ProductUnavailableError {\n        code\n        message\n        productId\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on Order {\n        id\n        total\n        subOrders {\n          id\n          status\n        }\n      }\n      ... on OutOfStockError {\n        code\n        message\n        productId\n        available\n        requested\n      }\n      ... on ProductUnavailableError {\n        code\n        message\n        productId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query GroupTargets($year: Int!) {\n    groupTargets(year: $year) {\n      group\n      year\n      amount\n      eastRegion {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  query GroupTargets($year: Int!) {\n    groupTargets(year: $year) {\n      group\n      year\n      amount\n      eastRegion {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SetGroupTarget($input: SetGroupTargetInput!) {\n    setGroupTarget(input: $input) {\n      group\n      year\n      amount\n    }\n  }\n",
): (typeof documents)["\n  mutation SetGroupTarget($input: SetGroupTargetInput!) {\n    setGroupTarget(input: $input) {\n      group\n      year\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SetQuota($input: SetQuotaInput!) {\n    setQuota(input: $input) {\n      id\n      amount\n      basis\n      baseAmount\n      rateBasisPoints\n      headcount\n      perHead\n      countySplits {\n        amount\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation SetQuota($input: SetQuotaInput!) {\n    setQuota(input: $input) {\n      id\n      amount\n      basis\n      baseAmount\n      rateBasisPoints\n      headcount\n      perHead\n      countySplits {\n        amount\n        county {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment SubOrderRowFields on SubOrder {\n    id\n    status\n    allowedActions\n    total\n    countable\n    reason\n    paymentReference\n    invoiceNumber\n    rating\n    supplier {\n      id\n      name\n    }\n    county {\n      id\n      name\n    }\n    lines {\n      id\n      quantity\n      amount\n      countsTowardQuota\n      product {\n        id\n        name\n        unit\n      }\n    }\n  }\n",
): (typeof documents)["\n  fragment SubOrderRowFields on SubOrder {\n    id\n    status\n    allowedActions\n    total\n    countable\n    reason\n    paymentReference\n    invoiceNumber\n    rating\n    supplier {\n      id\n      name\n    }\n    county {\n      id\n      name\n    }\n    lines {\n      id\n      quantity\n      amount\n      countsTowardQuota\n      product {\n        id\n        name\n        unit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment SubOrderPartiesFields on SubOrder {\n    buyer {\n      id\n      name\n      group\n    }\n    order {\n      id\n      orderedOn\n      channel\n    }\n  }\n",
): (typeof documents)["\n  fragment SubOrderPartiesFields on SubOrder {\n    buyer {\n      id\n      name\n      group\n    }\n    order {\n      id\n      orderedOn\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment SubOrderStepFields on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      reason\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      updatedAt\n    }\n    ... on InvalidStateError {\n      code\n      message\n      state\n      entityId\n    }\n  }\n",
): (typeof documents)["\n  fragment SubOrderStepFields on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      reason\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      updatedAt\n    }\n    ... on InvalidStateError {\n      code\n      message\n      state\n      entityId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ConfirmSubOrder($input: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n",
): (typeof documents)["\n  mutation ConfirmSubOrder($input: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ShipSubOrder($input: ChangeSubOrderInput!) {\n    shipSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n",
): (typeof documents)["\n  mutation ShipSubOrder($input: ChangeSubOrderInput!) {\n    shipSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CancelSubOrder($input: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n",
): (typeof documents)["\n  mutation CancelSubOrder($input: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RefundSubOrder($input: ChangeSubOrderInput!) {\n    refundSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n",
): (typeof documents)["\n  mutation RefundSubOrder($input: ChangeSubOrderInput!) {\n    refundSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ReceiveSubOrder($input: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n",
): (typeof documents)["\n  mutation ReceiveSubOrder($input: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $input) {\n      ...SubOrderStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WestCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  query WestCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateInvestmentLead($input: CreateLeadInput!) {\n    createInvestmentLead(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateInvestmentLead($input: CreateLeadInput!) {\n    createInvestmentLead(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateInvestmentLead($input: UpdateLeadInput!) {\n    updateInvestmentLead(input: $input) {\n      id\n      title\n      industry\n      plannedInvestment\n      needsLand\n      needsLabour\n      needsRawMaterial\n      needsNote\n      contactName\n      contactPhone\n      visibility\n      preferredCounties {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateInvestmentLead($input: UpdateLeadInput!) {\n    updateInvestmentLead(input: $input) {\n      id\n      title\n      industry\n      plannedInvestment\n      needsLand\n      needsLabour\n      needsRawMaterial\n      needsNote\n      contactName\n      contactPhone\n      visibility\n      preferredCounties {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      __typename\n      ... on InvestmentProject {\n        id\n        stage\n        stageSince\n        contractAmount\n        signedOn\n        droppedReason\n        allowedNextStages\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      __typename\n      ... on InvestmentProject {\n        id\n        stage\n        stageSince\n        contractAmount\n        signedOn\n        droppedReason\n        allowedNextStages\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordProjectOutcome($input: RecordOutcomeInput!) {\n    recordProjectOutcome(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordProjectOutcome($input: RecordOutcomeInput!) {\n    recordProjectOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query InvestProject($id: ID!) {\n    investmentProject(id: $id) {\n      id\n      name\n      stage\n      stageSince\n      plannedInvestment\n      contractAmount\n      signedOn\n      droppedReason\n      fundsInPlace\n      allowedNextStages\n      county {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n      pairingId\n      pairing {\n        id\n        name\n      }\n      timeline {\n        id\n        fromStage\n        toStage\n        occurredOn\n        note\n        recordedBy {\n          id\n          displayName\n        }\n      }\n      tranches {\n        id\n        amount\n        receivedOn\n        reference\n        reason\n        reversed\n        reversesId\n      }\n      outcomes {\n        id\n        reportedOn\n        jobsCreated\n        poorEmployed\n        peopleLifted\n        floorPricePerTonne\n        guaranteedPurchaseTerms\n        note\n      }\n    }\n  }\n",
): (typeof documents)["\n  query InvestProject($id: ID!) {\n    investmentProject(id: $id) {\n      id\n      name\n      stage\n      stageSince\n      plannedInvestment\n      contractAmount\n      signedOn\n      droppedReason\n      fundsInPlace\n      allowedNextStages\n      county {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n      pairingId\n      pairing {\n        id\n        name\n      }\n      timeline {\n        id\n        fromStage\n        toStage\n        occurredOn\n        note\n        recordedBy {\n          id\n          displayName\n        }\n      }\n      tranches {\n        id\n        amount\n        receivedOn\n        reference\n        reason\n        reversed\n        reversesId\n      }\n      outcomes {\n        id\n        reportedOn\n        jobsCreated\n        poorEmployed\n        peopleLifted\n        floorPricePerTonne\n        guaranteedPurchaseTerms\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query InvestProjects($first: Int!, $after: String, $filter: ProjectFilter) {\n    investmentProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        stage\n        stageSince\n        plannedInvestment\n        contractAmount\n        fundsInPlace\n        county {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query InvestProjects($first: Int!, $after: String, $filter: ProjectFilter) {\n    investmentProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        stage\n        stageSince\n        plannedInvestment\n        contractAmount\n        fundsInPlace\n        county {\n          id\n          name\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SiteVisitChoices {\n    enterprises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    investmentProjects(first: 100) {\n      nodes {\n        id\n        name\n        countyId\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SiteVisitChoices {\n    enterprises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    investmentProjects(first: 100) {\n      nodes {\n        id\n        name\n        countyId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordSiteVisit($input: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordSiteVisit($input: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordFundTranche($input: RecordFundTrancheInput!) {\n    recordFundTranche(input: $input) {\n      id\n      amount\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordFundTranche($input: RecordFundTrancheInput!) {\n    recordFundTranche(input: $input) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ReverseFundTranche($input: ReverseFundTrancheInput!) {\n    reverseFundTranche(input: $input) {\n      id\n      amount\n    }\n  }\n",
): (typeof documents)["\n  mutation ReverseFundTranche($input: ReverseFundTrancheInput!) {\n    reverseFundTranche(input: $input) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query InvestWestCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  query InvestWestCounties {\n    regions(first: 100, filter: { level: COUNTY, side: WEST }, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment LeadCardFields on InvestmentLead {\n    id\n    title\n    industry\n    plannedInvestment\n    visibility\n    needsLand\n    needsLabour\n    needsRawMaterial\n    needsNote\n    contactName\n    contactPhone\n    enterprise {\n      id\n      name\n    }\n    preferredCounties {\n      id\n      name\n    }\n    interests {\n      county {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      name\n      stage\n      county {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  fragment LeadCardFields on InvestmentLead {\n    id\n    title\n    industry\n    plannedInvestment\n    visibility\n    needsLand\n    needsLabour\n    needsRawMaterial\n    needsNote\n    contactName\n    contactPhone\n    enterprise {\n      id\n      name\n    }\n    preferredCounties {\n      id\n      name\n    }\n    interests {\n      county {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      name\n      stage\n      county {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query JobFairEmployers {\n    enterprises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n",
): (typeof documents)["\n  query JobFairEmployers {\n    enterprises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordJobFair($input: RecordJobFairInput!) {\n    recordJobFair(input: $input) {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordJobFair($input: RecordJobFairInput!) {\n    recordJobFair(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourPostingChoices($first: Int!, $after: String, $filter: JobPostingFilter) {\n    jobPostings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        position\n        places\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        opensOn\n        closesOn\n        location {\n          id\n          shortName\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourPostingChoices($first: Int!, $after: String, $filter: JobPostingFilter) {\n    jobPostings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        position\n        places\n        placesLeft\n        wageMin\n        wageMax\n        housing\n        opensOn\n        closesOn\n        location {\n          id\n          shortName\n        }\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PlaceWorker($input: PlaceWorkerInput!) {\n    placeWorker(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PlaceWorker($input: PlaceWorkerInput!) {\n    placeWorker(input: $input) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateJobPosting($input: CreateJobPostingInput!) {\n    createJobPosting(input: $input) {\n      id\n      position\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateJobPosting($input: CreateJobPostingInput!) {\n    createJobPosting(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourRetention($year: Int!) {\n    labourRetention(year: $year) {\n      county {\n        id\n        name\n        shortName\n      }\n      placed\n      employed\n      stable\n      left\n      eligible\n      retained\n      retentionRate\n    }\n  }\n",
): (typeof documents)["\n  query LabourRetention($year: Int!) {\n    labourRetention(year: $year) {\n      county {\n        id\n        name\n        shortName\n      }\n      placed\n      employed\n      stable\n      left\n      eligible\n      retained\n      retentionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourTrainingWorkers($filter: WorkerFilter) {\n    workers(first: 50, filter: $filter) {\n      nodes {\n        id\n        name\n        birthYear\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourTrainingWorkers($filter: WorkerFilter) {\n    workers(first: 50, filter: $filter) {\n      nodes {\n        id\n        name\n        birthYear\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      peopleTrained\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      peopleTrained\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PutForwardWorker($input: PutForwardWorkerInput!) {\n    putForwardWorker(input: $input) {\n      id\n      name\n      idNumberMasked\n    }\n  }\n",
): (typeof documents)["\n  mutation PutForwardWorker($input: PutForwardWorkerInput!) {\n    putForwardWorker(input: $input) {\n      id\n      name\n      idNumberMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterWorkshop($input: RegisterWorkshopInput!) {\n    registerWorkshop(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation RegisterWorkshop($input: RegisterWorkshopInput!) {\n    registerWorkshop(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ReportWorkshopEmployment($input: ReportWorkshopEmploymentInput!) {\n    reportWorkshopEmployment(input: $input) {\n      id\n      employed\n      poorEmployed\n      reportedOn\n    }\n  }\n",
): (typeof documents)["\n  mutation ReportWorkshopEmployment($input: ReportWorkshopEmploymentInput!) {\n    reportWorkshopEmployment(input: $input) {\n      id\n      employed\n      poorEmployed\n      reportedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query LabourEastRegions {\n    regions(first: 100, filter: { side: EAST }) {\n      nodes {\n        id\n        name\n        level\n      }\n    }\n  }\n",
): (typeof documents)["\n  query LabourEastRegions {\n    regions(first: 100, filter: { side: EAST }) {\n      nodes {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CorrectLedgerEntry($input: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $input) {\n      id\n      amount\n      unit\n    }\n  }\n",
): (typeof documents)["\n  mutation CorrectLedgerEntry($input: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $input) {\n      id\n      amount\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment IndicatorProgressFields on IndicatorProgress {\n    indicator\n    unit\n    target\n    delivered\n    reported\n    recorded\n    ratio\n    entryCount\n  }\n",
): (typeof documents)["\n  fragment IndicatorProgressFields on IndicatorProgress {\n    indicator\n    unit\n    target\n    delivered\n    reported\n    recorded\n    ratio\n    entryCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PairingLedger($filter: LedgerEntryFilter!, $first: Int!, $after: String) {\n    ledgerEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pairing {\n          id\n          name\n        }\n        indicator\n        unit\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceLabel\n        sourceDocument\n        note\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        corrects {\n          id\n          amount\n          unit\n          occurredOn\n          sourceDocument\n          recordedAt\n        }\n        corrections {\n          id\n          amount\n          unit\n          occurredOn\n          note\n          recordedAt\n          recordedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PairingLedger($filter: LedgerEntryFilter!, $first: Int!, $after: String) {\n    ledgerEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pairing {\n          id\n          name\n        }\n        indicator\n        unit\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceLabel\n        sourceDocument\n        note\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        corrects {\n          id\n          amount\n          unit\n          occurredOn\n          sourceDocument\n          recordedAt\n        }\n        corrections {\n          id\n          amount\n          unit\n          occurredOn\n          note\n          recordedAt\n          recordedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordReportedFigure($input: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $input) {\n      id\n      indicator\n      unit\n      amount\n      occurredOn\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordReportedFigure($input: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $input) {\n      id\n      indicator\n      unit\n      amount\n      occurredOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      name\n      price\n      stock\n      active\n      certificateStatus\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      name\n      price\n      stock\n      active\n      certificateStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RemoveProductImage($imageId: ID!) {\n    removeProductImage(imageId: $imageId)\n  }\n",
): (typeof documents)["\n  mutation RemoveProductImage($imageId: ID!) {\n    removeProductImage(imageId: $imageId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecommendSupplier($input: RecommendSupplierInput!) {\n    recommendSupplier(input: $input) {\n      id\n      name\n      status\n    }\n  }\n",
): (typeof documents)["\n  mutation RecommendSupplier($input: RecommendSupplierInput!) {\n    recommendSupplier(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
