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
    "\n  mutation AuthLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n      expiresAt\n      user {\n        username\n        role\n        region {\n          code\n        }\n      }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      username\n      role\n      active\n      mustChangePassword\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthPairingsCount {\n    pairings {\n      totalCount\n    }\n  }\n": typeof types.AuthPairingsCountDocument,
    "\n  mutation AuthChangePassword($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      token\n      mustChangePassword\n      user {\n        username\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.AuthChangePasswordDocument,
    "\n        query AuthMeName {\n          me {\n            username\n            displayName\n          }\n        }\n      ": typeof types.AuthMeNameDocument,
    "\n      mutation AuthLogout {\n        logout\n      }\n    ": typeof types.AuthLogoutDocument,
    "\n      query AuthMeId {\n        me {\n          id\n        }\n      }\n    ": typeof types.AuthMeIdDocument,
    "\n      query AuthRegionsCount {\n        regions {\n          totalCount\n        }\n      }\n    ": typeof types.AuthRegionsCountDocument,
    "\n      query AuthAgreementYears {\n        agreementYears\n      }\n    ": typeof types.AuthAgreementYearsDocument,
    "\n      query AuthAuditCount {\n        auditLog {\n          totalCount\n        }\n      }\n    ": typeof types.AuthAuditCountDocument,
    "\n      mutation AuthCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          username\n          role\n          region {\n            code\n          }\n        }\n      }\n    ": typeof types.AuthCreateUserDocument,
    "\n      mutation AuthCreateUserName($i: CreateUserInput!) {\n        createUser(input: $i) {\n          username\n        }\n      }\n    ": typeof types.AuthCreateUserNameDocument,
    "\n    mutation AuthDisableUser($u: ID!) {\n      disableUser(userId: $u) {\n        username\n        active\n      }\n    }\n  ": typeof types.AuthDisableUserDocument,
    "\n    mutation AuthEnableUser($u: ID!) {\n      enableUser(userId: $u) {\n        username\n        active\n      }\n    }\n  ": typeof types.AuthEnableUserDocument,
    "\n    mutation AuthResetPassword($u: ID!) {\n      resetUserPassword(userId: $u) {\n        oneTimePassword\n        user {\n          username\n          mustChangePassword\n        }\n      }\n    }\n  ": typeof types.AuthResetPasswordDocument,
    "\n    mutation AuthUpdateAccess($i: UpdateUserAccessInput!) {\n      updateUserAccess(input: $i) {\n        username\n        role\n        region {\n          code\n        }\n      }\n    }\n  ": typeof types.AuthUpdateAccessDocument,
    "\n        mutation AuthLoginOneTime($u: String!, $p: String!) {\n          login(input: { username: $u, password: $p }) {\n            token\n            mustChangePassword\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      ": typeof types.AuthLoginOneTimeDocument,
    "\n        query AuthAuditActors {\n          auditLog(first: 50) {\n            nodes {\n              actor {\n                username\n                active\n                mustChangePassword\n              }\n            }\n          }\n        }\n      ": typeof types.AuthAuditActorsDocument,
    "\n      query AuthMeWithPairingsSpread {\n        me {\n          username\n        }\n        ...AuthPairingsOnQuery\n      }\n      fragment AuthPairingsOnQuery on Query {\n        pairings {\n          totalCount\n        }\n      }\n    ": typeof types.AuthMeWithPairingsSpreadDocument,
    "\n      query AuthSessionIds {\n        mySessions {\n          id\n        }\n      }\n    ": typeof types.AuthSessionIdsDocument,
    "\n      query AuthSessions {\n        mySessions {\n          id\n          current\n          expiresAt\n        }\n      }\n    ": typeof types.AuthSessionsDocument,
    "\n      mutation AuthSignOutOthers {\n        signOutOtherSessions\n      }\n    ": typeof types.AuthSignOutOthersDocument,
    "\n      query AuthSessionsCurrent {\n        mySessions {\n          current\n        }\n      }\n    ": typeof types.AuthSessionsCurrentDocument,
    "\n      mutation CountyReachEnterprise($i: CreateEnterpriseInput!) {\n        createEnterprise(input: $i) {\n          id\n        }\n      }\n    ": typeof types.CountyReachEnterpriseDocument,
    "\n      mutation CountyReachLead($i: CreateLeadInput!) {\n        createInvestmentLead(input: $i) {\n          id\n        }\n      }\n    ": typeof types.CountyReachLeadDocument,
    "\n  mutation CountyReachVisit($i: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $i) {\n      id\n    }\n  }\n": typeof types.CountyReachVisitDocument,
    "\n  mutation CountyReachProject($i: CreateProjectInput!) {\n    createInvestmentProject(input: $i) {\n      id\n    }\n  }\n": typeof types.CountyReachProjectDocument,
    "\n            mutation CountyReachQuota($i: SetQuotaInput!) {\n              setQuota(input: $i) {\n                id\n              }\n            }\n          ": typeof types.CountyReachQuotaDocument,
    "\n            mutation CountyReachJobFair($i: RecordJobFairInput!) {\n              recordJobFair(input: $i) {\n                id\n              }\n            }\n          ": typeof types.CountyReachJobFairDocument,
    "\n            mutation CountyReachWorkshop($i: RegisterWorkshopInput!) {\n              registerWorkshop(input: $i) {\n                id\n              }\n            }\n          ": typeof types.CountyReachWorkshopDocument,
    "\n            mutation CountyReachTraining($i: RecordTrainingInput!) {\n              recordTraining(input: $i) {\n                id\n              }\n            }\n          ": typeof types.CountyReachTrainingDocument,
    "\n            mutation CountyReachSupplier($i: RecommendSupplierInput!) {\n              recommendSupplier(input: $i) {\n                id\n              }\n            }\n          ": typeof types.CountyReachSupplierDocument,
    "\n  mutation ValidatorsBuyer($i: CreateBuyerInput!) {\n    createBuyer(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsBuyerDocument,
    "\n  mutation ValidatorsEnterprise($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsEnterpriseDocument,
    "\n  mutation ValidatorsFair($i: CreateFairInput!) {\n    createFair(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsFairDocument,
    "\n  mutation ValidatorsSalesCentre($i: CreateSalesCentreInput!) {\n    createSalesCentre(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsSalesCentreDocument,
    "\n  mutation ValidatorsGroupTarget($i: SetGroupTargetInput!) {\n    setGroupTarget(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsGroupTargetDocument,
    "\n  mutation ValidatorsSiteVisit($i: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsSiteVisitDocument,
    "\n  mutation ValidatorsJobFair($i: RecordJobFairInput!) {\n    recordJobFair(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsJobFairDocument,
    "\n  mutation ValidatorsWorkshop($i: RegisterWorkshopInput!) {\n    registerWorkshop(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsWorkshopDocument,
    "\n  mutation ValidatorsTraining($i: RecordTrainingInput!) {\n    recordTraining(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsTrainingDocument,
    "\n  mutation ValidatorsPairing($i: CreatePairingInput!) {\n    createPairing(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsPairingDocument,
    "\n  mutation ValidatorsJobPosting($i: CreateJobPostingInput!) {\n    createJobPosting(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsJobPostingDocument,
    "\n  mutation ValidatorsSupplier($i: RecommendSupplierInput!) {\n    recommendSupplier(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsSupplierDocument,
    "\n  mutation ValidatorsQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsQuotaDocument,
    "\n  mutation ValidatorsProject($i: CreateProjectInput!) {\n    createInvestmentProject(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsProjectDocument,
    "\n  mutation ValidatorsLead($i: CreateLeadInput!) {\n    createInvestmentLead(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsLeadDocument,
    "\n  mutation ValidatorsUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsUserDocument,
    "\n  mutation ValidatorsOrder($i: PlaceOrderInput!) {\n    placeOrder(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsOrderDocument,
    "\n  mutation ValidatorsFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ValidatorsFigureDocument,
    "\n  mutation EnterprisesCreate($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      id\n      name\n      creditCode\n      industry\n      homeRegion {\n        code\n      }\n    }\n  }\n": typeof types.EnterprisesCreateDocument,
    "\n  mutation EnterprisesUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      name\n      industry\n      creditCode\n      contactPhone\n    }\n  }\n": typeof types.EnterprisesUpdateDocument,
    "\n  query EnterprisesList($f: EnterpriseFilter, $n: Int) {\n    enterprises(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        name\n        homeRegion {\n          code\n        }\n      }\n    }\n  }\n": typeof types.EnterprisesListDocument,
    "\n        query EnterprisesMe {\n          me {\n            username\n            role\n            enterprise {\n              name\n              creditCode\n              industry\n              homeRegion {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.EnterprisesMeDocument,
    "\n      query EnterprisesMeEnterprise {\n        me {\n          enterprise {\n            id\n          }\n        }\n      }\n    ": typeof types.EnterprisesMeEnterpriseDocument,
    "\n      query EnterprisesOne($id: ID!) {\n        enterprise(id: $id) {\n          name\n        }\n      }\n    ": typeof types.EnterprisesOneDocument,
    "\n      query EnterprisesPage($n: Int) {\n        enterprises(first: $n) {\n          nodes {\n            name\n            homeRegion {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.EnterprisesPageDocument,
    "\n    mutation EnterprisesCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        username\n        enterprise {\n          name\n        }\n      }\n    }\n  ": typeof types.EnterprisesCreateUserDocument,
    "\n      mutation EnterprisesLinkUser($u: ID!, $e: ID!) {\n        linkEnterpriseUser(userId: $u, enterpriseId: $e) {\n          enterprise {\n            name\n          }\n        }\n      }\n    ": typeof types.EnterprisesLinkUserDocument,
    "\n  query ImageAccessImages($id: ID!) {\n    product(id: $id) {\n      images {\n        id\n        kind\n        url\n      }\n    }\n  }\n": typeof types.ImageAccessImagesDocument,
    "\n  mutation ImageAccessUpdateProduct($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      active\n    }\n  }\n": typeof types.ImageAccessUpdateProductDocument,
    "\n      mutation ImageAccessRemove($id: ID!) {\n        removeProductImage(imageId: $id)\n      }\n    ": typeof types.ImageAccessRemoveDocument,
    "\n  mutation LedgerRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      amount\n      unit\n      source\n      occurredOn\n      sourceDocument\n      recordedBy {\n        username\n      }\n    }\n  }\n": typeof types.LedgerRecordFigureDocument,
    "\n  mutation LedgerCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      amount\n      source\n      corrects {\n        id\n      }\n    }\n  }\n": typeof types.LedgerCorrectEntryDocument,
    "\n  query LedgerPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        target\n      }\n    }\n  }\n": typeof types.LedgerPairingProgressDocument,
    "\n        query LedgerAudit($id: String!) {\n          auditLog(filter: { entityId: $id }) {\n            nodes {\n              action\n              actor {\n                username\n              }\n              change\n            }\n          }\n        }\n      ": typeof types.LedgerAuditDocument,
    "\n        query LedgerHistory($id: ID!) {\n          ledgerEntries(filter: { pairingId: $id, year: 2020, indicator: CADRES_SENT }) {\n            totalCount\n            nodes {\n              amount\n              source\n              corrections {\n                amount\n                note\n              }\n            }\n          }\n        }\n      ": typeof types.LedgerHistoryDocument,
    "\n        query LedgerSummary {\n          progressSummary(year: 2020) {\n            indicator\n            delivered\n          }\n        }\n      ": typeof types.LedgerSummaryDocument,
    "\n      mutation LedgerSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          year\n          signedOn\n          targets {\n            indicator\n            target\n            unit\n          }\n        }\n      }\n    ": typeof types.LedgerSetTargetDocument,
    "\n        query LedgerAgreementYears {\n          agreementYears\n        }\n      ": typeof types.LedgerAgreementYearsDocument,
    "\n        query LedgerRegionTargets($r: ID!) {\n          progressSummary(year: 2020, regionId: $r) {\n            indicator\n            target\n          }\n        }\n      ": typeof types.LedgerRegionTargetsDocument,
    "\n      mutation NestedScopeEnterprise($i: CreateEnterpriseInput!) {\n        createEnterprise(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NestedScopeEnterpriseDocument,
    "\n      mutation NestedScopeVisit($i: RecordSiteVisitInput!) {\n        recordSiteVisit(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NestedScopeVisitDocument,
    "\n      mutation NestedScopeWithdrawProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          active\n        }\n      }\n    ": typeof types.NestedScopeWithdrawProductDocument,
    "\n      mutation NestedScopeSuspendSupplier($i: ReviewSupplierInput!) {\n        reviewSupplier(input: $i) {\n          status\n        }\n      }\n    ": typeof types.NestedScopeSuspendSupplierDocument,
    "\n  query PairingNames {\n    pairings(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PairingNamesDocument,
    "\n      query PairingName($id: ID!) {\n        pairing(id: $id) {\n          name\n        }\n      }\n    ": typeof types.PairingNameDocument,
    "\n      query PairingFamily($id: ID!) {\n        pairing(id: $id) {\n          parent {\n            name\n          }\n          children {\n            name\n          }\n        }\n      }\n    ": typeof types.PairingFamilyDocument,
    "\n      query PairingProgress($id: ID!) {\n        pairing(id: $id) {\n          progress(year: 2020) {\n            indicator\n            target\n            delivered\n            reported\n            recorded\n            ratio\n            entryCount\n          }\n        }\n      }\n    ": typeof types.PairingProgressDocument,
    "\n      query PairingPages($after: String) {\n        pairings(first: 4, after: $after, orderBy: { field: NAME, direction: ASC }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.PairingPagesDocument,
    "\n        query PairingSearch {\n          pairings(filter: { search: \"镇宁\" }) {\n            nodes {\n              name\n            }\n          }\n        }\n      ": typeof types.PairingSearchDocument,
    "\n        query PairingTopLevel {\n          pairings(filter: { topLevelOnly: true }) {\n            totalCount\n          }\n        }\n      ": typeof types.PairingTopLevelDocument,
    "\n      query PairingCount($first: Int, $after: String) {\n        pairings(first: $first, after: $after) {\n          totalCount\n        }\n      }\n    ": typeof types.PairingCountDocument,
    "\n      query PairingPageRelations($n: Int!) {\n        pairings(first: $n) {\n          nodes {\n            name\n            kind\n            eastRegion {\n              name\n              parent {\n                name\n              }\n            }\n            westRegion {\n              code\n            }\n            parent {\n              name\n            }\n            children {\n              name\n            }\n            agreement(year: 2020) {\n              year\n              targets {\n                indicator\n                target\n              }\n            }\n            progress(year: 2020) {\n              indicator\n              delivered\n              target\n            }\n          }\n        }\n      }\n    ": typeof types.PairingPageRelationsDocument,
    "\n        query PairingWestCounties {\n          regions(first: 50, filter: { level: COUNTY, side: WEST }, orderBy: { field: CODE }) {\n            totalCount\n            nodes {\n              code\n              shortName\n              parent {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.PairingWestCountiesDocument,
    "\n        query PairingRegionsWithin($id: ID!) {\n          regions(filter: { withinId: $id }) {\n            totalCount\n          }\n        }\n      ": typeof types.PairingRegionsWithinDocument,
    "\n  mutation SharedLimitsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": typeof types.SharedLimitsLoginDocument,
    "\n          mutation SharedLimitsCreateUser($i: CreateUserInput!) {\n            createUser(input: $i) {\n              id\n            }\n          }\n        ": typeof types.SharedLimitsCreateUserDocument,
    "\n  fragment TransitionsRefusal on InvalidStateError {\n    code\n    state\n    action\n  }\n": typeof types.TransitionsRefusalFragmentDoc,
    "\n  mutation TransitionsConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsConfirmSubOrderDocument,
    "\n  mutation TransitionsRecordPayment($i: RecordPaymentInput!) {\n    recordPayment(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsRecordPaymentDocument,
    "\n  mutation TransitionsShipSubOrder($i: ChangeSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsShipSubOrderDocument,
    "\n  mutation TransitionsReceiveSubOrder($i: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsReceiveSubOrderDocument,
    "\n  mutation TransitionsCancelSubOrder($i: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsCancelSubOrderDocument,
    "\n  mutation TransitionsRefundSubOrder($i: ChangeSubOrderInput!) {\n    refundSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsRefundSubOrderDocument,
    "\n  mutation TransitionsRecordEmployment($i: ChangePlacementInput!) {\n    recordEmployment(input: $i) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsRecordEmploymentDocument,
    "\n  mutation TransitionsRecordStable($i: ChangePlacementInput!) {\n    recordStable(input: $i) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsRecordStableDocument,
    "\n  mutation TransitionsRecordLeft($i: ChangePlacementInput!) {\n    recordLeft(input: $i) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsRecordLeftDocument,
    "\n  mutation TransitionsMoveProjectStage($i: MoveProjectStageInput!) {\n    moveProjectStage(input: $i) {\n      __typename\n      ... on InvestmentProject {\n        id\n        stage\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsMoveProjectStageDocument,
    "\n        mutation TransitionsPlaceOrder($i: PlaceOrderInput!) {\n          placeOrder(input: $i) {\n            __typename\n            ... on Order {\n              subOrders {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.TransitionsPlaceOrderDocument,
    "\n              query TransitionsSubOrderActions($id: ID!) {\n                order(id: $id) {\n                  subOrders {\n                    id\n                    allowedActions\n                  }\n                }\n              }\n            ": typeof types.TransitionsSubOrderActionsDocument,
    "\n              query TransitionsPlacementActions($w: ID!) {\n                placements(first: 5, filter: { workerId: $w }) {\n                  nodes {\n                    id\n                    allowedActions\n                  }\n                }\n              }\n            ": typeof types.TransitionsPlacementActionsDocument,
    "\n              query TransitionsProjectActions($id: ID!) {\n                investmentProject(id: $id) {\n                  allowedActions\n                  allowedNextStages\n                }\n              }\n            ": typeof types.TransitionsProjectActionsDocument,
};
const documents: Documents = {
    "\n  mutation AuthLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n      expiresAt\n      user {\n        username\n        role\n        region {\n          code\n        }\n      }\n    }\n  }\n": types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      username\n      role\n      active\n      mustChangePassword\n    }\n  }\n": types.AuthMeDocument,
    "\n  query AuthPairingsCount {\n    pairings {\n      totalCount\n    }\n  }\n": types.AuthPairingsCountDocument,
    "\n  mutation AuthChangePassword($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      token\n      mustChangePassword\n      user {\n        username\n        mustChangePassword\n      }\n    }\n  }\n": types.AuthChangePasswordDocument,
    "\n        query AuthMeName {\n          me {\n            username\n            displayName\n          }\n        }\n      ": types.AuthMeNameDocument,
    "\n      mutation AuthLogout {\n        logout\n      }\n    ": types.AuthLogoutDocument,
    "\n      query AuthMeId {\n        me {\n          id\n        }\n      }\n    ": types.AuthMeIdDocument,
    "\n      query AuthRegionsCount {\n        regions {\n          totalCount\n        }\n      }\n    ": types.AuthRegionsCountDocument,
    "\n      query AuthAgreementYears {\n        agreementYears\n      }\n    ": types.AuthAgreementYearsDocument,
    "\n      query AuthAuditCount {\n        auditLog {\n          totalCount\n        }\n      }\n    ": types.AuthAuditCountDocument,
    "\n      mutation AuthCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          username\n          role\n          region {\n            code\n          }\n        }\n      }\n    ": types.AuthCreateUserDocument,
    "\n      mutation AuthCreateUserName($i: CreateUserInput!) {\n        createUser(input: $i) {\n          username\n        }\n      }\n    ": types.AuthCreateUserNameDocument,
    "\n    mutation AuthDisableUser($u: ID!) {\n      disableUser(userId: $u) {\n        username\n        active\n      }\n    }\n  ": types.AuthDisableUserDocument,
    "\n    mutation AuthEnableUser($u: ID!) {\n      enableUser(userId: $u) {\n        username\n        active\n      }\n    }\n  ": types.AuthEnableUserDocument,
    "\n    mutation AuthResetPassword($u: ID!) {\n      resetUserPassword(userId: $u) {\n        oneTimePassword\n        user {\n          username\n          mustChangePassword\n        }\n      }\n    }\n  ": types.AuthResetPasswordDocument,
    "\n    mutation AuthUpdateAccess($i: UpdateUserAccessInput!) {\n      updateUserAccess(input: $i) {\n        username\n        role\n        region {\n          code\n        }\n      }\n    }\n  ": types.AuthUpdateAccessDocument,
    "\n        mutation AuthLoginOneTime($u: String!, $p: String!) {\n          login(input: { username: $u, password: $p }) {\n            token\n            mustChangePassword\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      ": types.AuthLoginOneTimeDocument,
    "\n        query AuthAuditActors {\n          auditLog(first: 50) {\n            nodes {\n              actor {\n                username\n                active\n                mustChangePassword\n              }\n            }\n          }\n        }\n      ": types.AuthAuditActorsDocument,
    "\n      query AuthMeWithPairingsSpread {\n        me {\n          username\n        }\n        ...AuthPairingsOnQuery\n      }\n      fragment AuthPairingsOnQuery on Query {\n        pairings {\n          totalCount\n        }\n      }\n    ": types.AuthMeWithPairingsSpreadDocument,
    "\n      query AuthSessionIds {\n        mySessions {\n          id\n        }\n      }\n    ": types.AuthSessionIdsDocument,
    "\n      query AuthSessions {\n        mySessions {\n          id\n          current\n          expiresAt\n        }\n      }\n    ": types.AuthSessionsDocument,
    "\n      mutation AuthSignOutOthers {\n        signOutOtherSessions\n      }\n    ": types.AuthSignOutOthersDocument,
    "\n      query AuthSessionsCurrent {\n        mySessions {\n          current\n        }\n      }\n    ": types.AuthSessionsCurrentDocument,
    "\n      mutation CountyReachEnterprise($i: CreateEnterpriseInput!) {\n        createEnterprise(input: $i) {\n          id\n        }\n      }\n    ": types.CountyReachEnterpriseDocument,
    "\n      mutation CountyReachLead($i: CreateLeadInput!) {\n        createInvestmentLead(input: $i) {\n          id\n        }\n      }\n    ": types.CountyReachLeadDocument,
    "\n  mutation CountyReachVisit($i: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $i) {\n      id\n    }\n  }\n": types.CountyReachVisitDocument,
    "\n  mutation CountyReachProject($i: CreateProjectInput!) {\n    createInvestmentProject(input: $i) {\n      id\n    }\n  }\n": types.CountyReachProjectDocument,
    "\n            mutation CountyReachQuota($i: SetQuotaInput!) {\n              setQuota(input: $i) {\n                id\n              }\n            }\n          ": types.CountyReachQuotaDocument,
    "\n            mutation CountyReachJobFair($i: RecordJobFairInput!) {\n              recordJobFair(input: $i) {\n                id\n              }\n            }\n          ": types.CountyReachJobFairDocument,
    "\n            mutation CountyReachWorkshop($i: RegisterWorkshopInput!) {\n              registerWorkshop(input: $i) {\n                id\n              }\n            }\n          ": types.CountyReachWorkshopDocument,
    "\n            mutation CountyReachTraining($i: RecordTrainingInput!) {\n              recordTraining(input: $i) {\n                id\n              }\n            }\n          ": types.CountyReachTrainingDocument,
    "\n            mutation CountyReachSupplier($i: RecommendSupplierInput!) {\n              recommendSupplier(input: $i) {\n                id\n              }\n            }\n          ": types.CountyReachSupplierDocument,
    "\n  mutation ValidatorsBuyer($i: CreateBuyerInput!) {\n    createBuyer(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsBuyerDocument,
    "\n  mutation ValidatorsEnterprise($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsEnterpriseDocument,
    "\n  mutation ValidatorsFair($i: CreateFairInput!) {\n    createFair(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsFairDocument,
    "\n  mutation ValidatorsSalesCentre($i: CreateSalesCentreInput!) {\n    createSalesCentre(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsSalesCentreDocument,
    "\n  mutation ValidatorsGroupTarget($i: SetGroupTargetInput!) {\n    setGroupTarget(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsGroupTargetDocument,
    "\n  mutation ValidatorsSiteVisit($i: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsSiteVisitDocument,
    "\n  mutation ValidatorsJobFair($i: RecordJobFairInput!) {\n    recordJobFair(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsJobFairDocument,
    "\n  mutation ValidatorsWorkshop($i: RegisterWorkshopInput!) {\n    registerWorkshop(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsWorkshopDocument,
    "\n  mutation ValidatorsTraining($i: RecordTrainingInput!) {\n    recordTraining(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsTrainingDocument,
    "\n  mutation ValidatorsPairing($i: CreatePairingInput!) {\n    createPairing(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsPairingDocument,
    "\n  mutation ValidatorsJobPosting($i: CreateJobPostingInput!) {\n    createJobPosting(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsJobPostingDocument,
    "\n  mutation ValidatorsSupplier($i: RecommendSupplierInput!) {\n    recommendSupplier(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsSupplierDocument,
    "\n  mutation ValidatorsQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsQuotaDocument,
    "\n  mutation ValidatorsProject($i: CreateProjectInput!) {\n    createInvestmentProject(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsProjectDocument,
    "\n  mutation ValidatorsLead($i: CreateLeadInput!) {\n    createInvestmentLead(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsLeadDocument,
    "\n  mutation ValidatorsUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsUserDocument,
    "\n  mutation ValidatorsOrder($i: PlaceOrderInput!) {\n    placeOrder(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsOrderDocument,
    "\n  mutation ValidatorsFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      __typename\n    }\n  }\n": types.ValidatorsFigureDocument,
    "\n  mutation EnterprisesCreate($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      id\n      name\n      creditCode\n      industry\n      homeRegion {\n        code\n      }\n    }\n  }\n": types.EnterprisesCreateDocument,
    "\n  mutation EnterprisesUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      name\n      industry\n      creditCode\n      contactPhone\n    }\n  }\n": types.EnterprisesUpdateDocument,
    "\n  query EnterprisesList($f: EnterpriseFilter, $n: Int) {\n    enterprises(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        name\n        homeRegion {\n          code\n        }\n      }\n    }\n  }\n": types.EnterprisesListDocument,
    "\n        query EnterprisesMe {\n          me {\n            username\n            role\n            enterprise {\n              name\n              creditCode\n              industry\n              homeRegion {\n                code\n              }\n            }\n          }\n        }\n      ": types.EnterprisesMeDocument,
    "\n      query EnterprisesMeEnterprise {\n        me {\n          enterprise {\n            id\n          }\n        }\n      }\n    ": types.EnterprisesMeEnterpriseDocument,
    "\n      query EnterprisesOne($id: ID!) {\n        enterprise(id: $id) {\n          name\n        }\n      }\n    ": types.EnterprisesOneDocument,
    "\n      query EnterprisesPage($n: Int) {\n        enterprises(first: $n) {\n          nodes {\n            name\n            homeRegion {\n              name\n            }\n          }\n        }\n      }\n    ": types.EnterprisesPageDocument,
    "\n    mutation EnterprisesCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        username\n        enterprise {\n          name\n        }\n      }\n    }\n  ": types.EnterprisesCreateUserDocument,
    "\n      mutation EnterprisesLinkUser($u: ID!, $e: ID!) {\n        linkEnterpriseUser(userId: $u, enterpriseId: $e) {\n          enterprise {\n            name\n          }\n        }\n      }\n    ": types.EnterprisesLinkUserDocument,
    "\n  query ImageAccessImages($id: ID!) {\n    product(id: $id) {\n      images {\n        id\n        kind\n        url\n      }\n    }\n  }\n": types.ImageAccessImagesDocument,
    "\n  mutation ImageAccessUpdateProduct($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      active\n    }\n  }\n": types.ImageAccessUpdateProductDocument,
    "\n      mutation ImageAccessRemove($id: ID!) {\n        removeProductImage(imageId: $id)\n      }\n    ": types.ImageAccessRemoveDocument,
    "\n  mutation LedgerRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      amount\n      unit\n      source\n      occurredOn\n      sourceDocument\n      recordedBy {\n        username\n      }\n    }\n  }\n": types.LedgerRecordFigureDocument,
    "\n  mutation LedgerCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      amount\n      source\n      corrects {\n        id\n      }\n    }\n  }\n": types.LedgerCorrectEntryDocument,
    "\n  query LedgerPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        target\n      }\n    }\n  }\n": types.LedgerPairingProgressDocument,
    "\n        query LedgerAudit($id: String!) {\n          auditLog(filter: { entityId: $id }) {\n            nodes {\n              action\n              actor {\n                username\n              }\n              change\n            }\n          }\n        }\n      ": types.LedgerAuditDocument,
    "\n        query LedgerHistory($id: ID!) {\n          ledgerEntries(filter: { pairingId: $id, year: 2020, indicator: CADRES_SENT }) {\n            totalCount\n            nodes {\n              amount\n              source\n              corrections {\n                amount\n                note\n              }\n            }\n          }\n        }\n      ": types.LedgerHistoryDocument,
    "\n        query LedgerSummary {\n          progressSummary(year: 2020) {\n            indicator\n            delivered\n          }\n        }\n      ": types.LedgerSummaryDocument,
    "\n      mutation LedgerSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          year\n          signedOn\n          targets {\n            indicator\n            target\n            unit\n          }\n        }\n      }\n    ": types.LedgerSetTargetDocument,
    "\n        query LedgerAgreementYears {\n          agreementYears\n        }\n      ": types.LedgerAgreementYearsDocument,
    "\n        query LedgerRegionTargets($r: ID!) {\n          progressSummary(year: 2020, regionId: $r) {\n            indicator\n            target\n          }\n        }\n      ": types.LedgerRegionTargetsDocument,
    "\n      mutation NestedScopeEnterprise($i: CreateEnterpriseInput!) {\n        createEnterprise(input: $i) {\n          id\n        }\n      }\n    ": types.NestedScopeEnterpriseDocument,
    "\n      mutation NestedScopeVisit($i: RecordSiteVisitInput!) {\n        recordSiteVisit(input: $i) {\n          id\n        }\n      }\n    ": types.NestedScopeVisitDocument,
    "\n      mutation NestedScopeWithdrawProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          active\n        }\n      }\n    ": types.NestedScopeWithdrawProductDocument,
    "\n      mutation NestedScopeSuspendSupplier($i: ReviewSupplierInput!) {\n        reviewSupplier(input: $i) {\n          status\n        }\n      }\n    ": types.NestedScopeSuspendSupplierDocument,
    "\n  query PairingNames {\n    pairings(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.PairingNamesDocument,
    "\n      query PairingName($id: ID!) {\n        pairing(id: $id) {\n          name\n        }\n      }\n    ": types.PairingNameDocument,
    "\n      query PairingFamily($id: ID!) {\n        pairing(id: $id) {\n          parent {\n            name\n          }\n          children {\n            name\n          }\n        }\n      }\n    ": types.PairingFamilyDocument,
    "\n      query PairingProgress($id: ID!) {\n        pairing(id: $id) {\n          progress(year: 2020) {\n            indicator\n            target\n            delivered\n            reported\n            recorded\n            ratio\n            entryCount\n          }\n        }\n      }\n    ": types.PairingProgressDocument,
    "\n      query PairingPages($after: String) {\n        pairings(first: 4, after: $after, orderBy: { field: NAME, direction: ASC }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n        }\n      }\n    ": types.PairingPagesDocument,
    "\n        query PairingSearch {\n          pairings(filter: { search: \"镇宁\" }) {\n            nodes {\n              name\n            }\n          }\n        }\n      ": types.PairingSearchDocument,
    "\n        query PairingTopLevel {\n          pairings(filter: { topLevelOnly: true }) {\n            totalCount\n          }\n        }\n      ": types.PairingTopLevelDocument,
    "\n      query PairingCount($first: Int, $after: String) {\n        pairings(first: $first, after: $after) {\n          totalCount\n        }\n      }\n    ": types.PairingCountDocument,
    "\n      query PairingPageRelations($n: Int!) {\n        pairings(first: $n) {\n          nodes {\n            name\n            kind\n            eastRegion {\n              name\n              parent {\n                name\n              }\n            }\n            westRegion {\n              code\n            }\n            parent {\n              name\n            }\n            children {\n              name\n            }\n            agreement(year: 2020) {\n              year\n              targets {\n                indicator\n                target\n              }\n            }\n            progress(year: 2020) {\n              indicator\n              delivered\n              target\n            }\n          }\n        }\n      }\n    ": types.PairingPageRelationsDocument,
    "\n        query PairingWestCounties {\n          regions(first: 50, filter: { level: COUNTY, side: WEST }, orderBy: { field: CODE }) {\n            totalCount\n            nodes {\n              code\n              shortName\n              parent {\n                name\n              }\n            }\n          }\n        }\n      ": types.PairingWestCountiesDocument,
    "\n        query PairingRegionsWithin($id: ID!) {\n          regions(filter: { withinId: $id }) {\n            totalCount\n          }\n        }\n      ": types.PairingRegionsWithinDocument,
    "\n  mutation SharedLimitsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": types.SharedLimitsLoginDocument,
    "\n          mutation SharedLimitsCreateUser($i: CreateUserInput!) {\n            createUser(input: $i) {\n              id\n            }\n          }\n        ": types.SharedLimitsCreateUserDocument,
    "\n  fragment TransitionsRefusal on InvalidStateError {\n    code\n    state\n    action\n  }\n": types.TransitionsRefusalFragmentDoc,
    "\n  mutation TransitionsConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsConfirmSubOrderDocument,
    "\n  mutation TransitionsRecordPayment($i: RecordPaymentInput!) {\n    recordPayment(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsRecordPaymentDocument,
    "\n  mutation TransitionsShipSubOrder($i: ChangeSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsShipSubOrderDocument,
    "\n  mutation TransitionsReceiveSubOrder($i: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsReceiveSubOrderDocument,
    "\n  mutation TransitionsCancelSubOrder($i: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsCancelSubOrderDocument,
    "\n  mutation TransitionsRefundSubOrder($i: ChangeSubOrderInput!) {\n    refundSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsRefundSubOrderDocument,
    "\n  mutation TransitionsRecordEmployment($i: ChangePlacementInput!) {\n    recordEmployment(input: $i) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsRecordEmploymentDocument,
    "\n  mutation TransitionsRecordStable($i: ChangePlacementInput!) {\n    recordStable(input: $i) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsRecordStableDocument,
    "\n  mutation TransitionsRecordLeft($i: ChangePlacementInput!) {\n    recordLeft(input: $i) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsRecordLeftDocument,
    "\n  mutation TransitionsMoveProjectStage($i: MoveProjectStageInput!) {\n    moveProjectStage(input: $i) {\n      __typename\n      ... on InvestmentProject {\n        id\n        stage\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsMoveProjectStageDocument,
    "\n        mutation TransitionsPlaceOrder($i: PlaceOrderInput!) {\n          placeOrder(input: $i) {\n            __typename\n            ... on Order {\n              subOrders {\n                id\n              }\n            }\n          }\n        }\n      ": types.TransitionsPlaceOrderDocument,
    "\n              query TransitionsSubOrderActions($id: ID!) {\n                order(id: $id) {\n                  subOrders {\n                    id\n                    allowedActions\n                  }\n                }\n              }\n            ": types.TransitionsSubOrderActionsDocument,
    "\n              query TransitionsPlacementActions($w: ID!) {\n                placements(first: 5, filter: { workerId: $w }) {\n                  nodes {\n                    id\n                    allowedActions\n                  }\n                }\n              }\n            ": types.TransitionsPlacementActionsDocument,
    "\n              query TransitionsProjectActions($id: ID!) {\n                investmentProject(id: $id) {\n                  allowedActions\n                  allowedNextStages\n                }\n              }\n            ": types.TransitionsProjectActionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n      expiresAt\n      user {\n        username\n        role\n        region {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuthLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      username\n      role\n      active\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').AuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthPairingsCount {\n    pairings {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AuthPairingsCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthChangePassword($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      token\n      mustChangePassword\n      user {\n        username\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').AuthChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthMeName {\n          me {\n            username\n            displayName\n          }\n        }\n      "): typeof import('./graphql').AuthMeNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthLogout {\n        logout\n      }\n    "): typeof import('./graphql').AuthLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthMeId {\n        me {\n          id\n        }\n      }\n    "): typeof import('./graphql').AuthMeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthRegionsCount {\n        regions {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').AuthRegionsCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthAgreementYears {\n        agreementYears\n      }\n    "): typeof import('./graphql').AuthAgreementYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthAuditCount {\n        auditLog {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').AuthAuditCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          username\n          role\n          region {\n            code\n          }\n        }\n      }\n    "): typeof import('./graphql').AuthCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthCreateUserName($i: CreateUserInput!) {\n        createUser(input: $i) {\n          username\n        }\n      }\n    "): typeof import('./graphql').AuthCreateUserNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthDisableUser($u: ID!) {\n      disableUser(userId: $u) {\n        username\n        active\n      }\n    }\n  "): typeof import('./graphql').AuthDisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthEnableUser($u: ID!) {\n      enableUser(userId: $u) {\n        username\n        active\n      }\n    }\n  "): typeof import('./graphql').AuthEnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthResetPassword($u: ID!) {\n      resetUserPassword(userId: $u) {\n        oneTimePassword\n        user {\n          username\n          mustChangePassword\n        }\n      }\n    }\n  "): typeof import('./graphql').AuthResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthUpdateAccess($i: UpdateUserAccessInput!) {\n      updateUserAccess(input: $i) {\n        username\n        role\n        region {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').AuthUpdateAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLoginOneTime($u: String!, $p: String!) {\n          login(input: { username: $u, password: $p }) {\n            token\n            mustChangePassword\n            user {\n              mustChangePassword\n            }\n          }\n        }\n      "): typeof import('./graphql').AuthLoginOneTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthAuditActors {\n          auditLog(first: 50) {\n            nodes {\n              actor {\n                username\n                active\n                mustChangePassword\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AuthAuditActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthMeWithPairingsSpread {\n        me {\n          username\n        }\n        ...AuthPairingsOnQuery\n      }\n      fragment AuthPairingsOnQuery on Query {\n        pairings {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').AuthMeWithPairingsSpreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthSessionIds {\n        mySessions {\n          id\n        }\n      }\n    "): typeof import('./graphql').AuthSessionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthSessions {\n        mySessions {\n          id\n          current\n          expiresAt\n        }\n      }\n    "): typeof import('./graphql').AuthSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthSignOutOthers {\n        signOutOtherSessions\n      }\n    "): typeof import('./graphql').AuthSignOutOthersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthSessionsCurrent {\n        mySessions {\n          current\n        }\n      }\n    "): typeof import('./graphql').AuthSessionsCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CountyReachEnterprise($i: CreateEnterpriseInput!) {\n        createEnterprise(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').CountyReachEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CountyReachLead($i: CreateLeadInput!) {\n        createInvestmentLead(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').CountyReachLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountyReachVisit($i: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').CountyReachVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountyReachProject($i: CreateProjectInput!) {\n    createInvestmentProject(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').CountyReachProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CountyReachQuota($i: SetQuotaInput!) {\n              setQuota(input: $i) {\n                id\n              }\n            }\n          "): typeof import('./graphql').CountyReachQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CountyReachJobFair($i: RecordJobFairInput!) {\n              recordJobFair(input: $i) {\n                id\n              }\n            }\n          "): typeof import('./graphql').CountyReachJobFairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CountyReachWorkshop($i: RegisterWorkshopInput!) {\n              registerWorkshop(input: $i) {\n                id\n              }\n            }\n          "): typeof import('./graphql').CountyReachWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CountyReachTraining($i: RecordTrainingInput!) {\n              recordTraining(input: $i) {\n                id\n              }\n            }\n          "): typeof import('./graphql').CountyReachTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CountyReachSupplier($i: RecommendSupplierInput!) {\n              recommendSupplier(input: $i) {\n                id\n              }\n            }\n          "): typeof import('./graphql').CountyReachSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsBuyer($i: CreateBuyerInput!) {\n    createBuyer(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsBuyerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsEnterprise($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsFair($i: CreateFairInput!) {\n    createFair(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsFairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsSalesCentre($i: CreateSalesCentreInput!) {\n    createSalesCentre(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsSalesCentreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsGroupTarget($i: SetGroupTargetInput!) {\n    setGroupTarget(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsGroupTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsSiteVisit($i: RecordSiteVisitInput!) {\n    recordSiteVisit(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsSiteVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsJobFair($i: RecordJobFairInput!) {\n    recordJobFair(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsJobFairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsWorkshop($i: RegisterWorkshopInput!) {\n    registerWorkshop(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsTraining($i: RecordTrainingInput!) {\n    recordTraining(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsPairing($i: CreatePairingInput!) {\n    createPairing(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsPairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsJobPosting($i: CreateJobPostingInput!) {\n    createJobPosting(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsJobPostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsSupplier($i: RecommendSupplierInput!) {\n    recommendSupplier(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsProject($i: CreateProjectInput!) {\n    createInvestmentProject(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsLead($i: CreateLeadInput!) {\n    createInvestmentLead(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsOrder($i: PlaceOrderInput!) {\n    placeOrder(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidatorsFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ValidatorsFigureDocument;
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
export function graphql(source: "\n  query ImageAccessImages($id: ID!) {\n    product(id: $id) {\n      images {\n        id\n        kind\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').ImageAccessImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImageAccessUpdateProduct($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      active\n    }\n  }\n"): typeof import('./graphql').ImageAccessUpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ImageAccessRemove($id: ID!) {\n        removeProductImage(imageId: $id)\n      }\n    "): typeof import('./graphql').ImageAccessRemoveDocument;
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
export function graphql(source: "\n      mutation NestedScopeEnterprise($i: CreateEnterpriseInput!) {\n        createEnterprise(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').NestedScopeEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NestedScopeVisit($i: RecordSiteVisitInput!) {\n        recordSiteVisit(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').NestedScopeVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NestedScopeWithdrawProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          active\n        }\n      }\n    "): typeof import('./graphql').NestedScopeWithdrawProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NestedScopeSuspendSupplier($i: ReviewSupplierInput!) {\n        reviewSupplier(input: $i) {\n          status\n        }\n      }\n    "): typeof import('./graphql').NestedScopeSuspendSupplierDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PairingPages($after: String) {\n        pairings(first: 4, after: $after, orderBy: { field: NAME, direction: ASC }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PairingPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PairingSearch {\n          pairings(filter: { search: \"镇宁\" }) {\n            nodes {\n              name\n            }\n          }\n        }\n      "): typeof import('./graphql').PairingSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PairingTopLevel {\n          pairings(filter: { topLevelOnly: true }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').PairingTopLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PairingCount($first: Int, $after: String) {\n        pairings(first: $first, after: $after) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').PairingCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PairingPageRelations($n: Int!) {\n        pairings(first: $n) {\n          nodes {\n            name\n            kind\n            eastRegion {\n              name\n              parent {\n                name\n              }\n            }\n            westRegion {\n              code\n            }\n            parent {\n              name\n            }\n            children {\n              name\n            }\n            agreement(year: 2020) {\n              year\n              targets {\n                indicator\n                target\n              }\n            }\n            progress(year: 2020) {\n              indicator\n              delivered\n              target\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PairingPageRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PairingWestCounties {\n          regions(first: 50, filter: { level: COUNTY, side: WEST }, orderBy: { field: CODE }) {\n            totalCount\n            nodes {\n              code\n              shortName\n              parent {\n                name\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PairingWestCountiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PairingRegionsWithin($id: ID!) {\n          regions(filter: { withinId: $id }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').PairingRegionsWithinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedLimitsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n"): typeof import('./graphql').SharedLimitsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SharedLimitsCreateUser($i: CreateUserInput!) {\n            createUser(input: $i) {\n              id\n            }\n          }\n        "): typeof import('./graphql').SharedLimitsCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransitionsRefusal on InvalidStateError {\n    code\n    state\n    action\n  }\n"): typeof import('./graphql').TransitionsRefusalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsConfirmSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsRecordPayment($i: RecordPaymentInput!) {\n    recordPayment(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsRecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsShipSubOrder($i: ChangeSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsShipSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsReceiveSubOrder($i: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsReceiveSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsCancelSubOrder($i: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsCancelSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsRefundSubOrder($i: ChangeSubOrderInput!) {\n    refundSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsRefundSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsRecordEmployment($i: ChangePlacementInput!) {\n    recordEmployment(input: $i) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsRecordEmploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsRecordStable($i: ChangePlacementInput!) {\n    recordStable(input: $i) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsRecordStableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsRecordLeft($i: ChangePlacementInput!) {\n    recordLeft(input: $i) {\n      __typename\n      ... on Placement {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsRecordLeftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionsMoveProjectStage($i: MoveProjectStageInput!) {\n    moveProjectStage(input: $i) {\n      __typename\n      ... on InvestmentProject {\n        id\n        stage\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsMoveProjectStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransitionsPlaceOrder($i: PlaceOrderInput!) {\n          placeOrder(input: $i) {\n            __typename\n            ... on Order {\n              subOrders {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').TransitionsPlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query TransitionsSubOrderActions($id: ID!) {\n                order(id: $id) {\n                  subOrders {\n                    id\n                    allowedActions\n                  }\n                }\n              }\n            "): typeof import('./graphql').TransitionsSubOrderActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query TransitionsPlacementActions($w: ID!) {\n                placements(first: 5, filter: { workerId: $w }) {\n                  nodes {\n                    id\n                    allowedActions\n                  }\n                }\n              }\n            "): typeof import('./graphql').TransitionsPlacementActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query TransitionsProjectActions($id: ID!) {\n                investmentProject(id: $id) {\n                  allowedActions\n                  allowedNextStages\n                }\n              }\n            "): typeof import('./graphql').TransitionsProjectActionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
