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
    "\n  query AccountsUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lastLoginAt\n        lockedUntil\n        region {\n          code\n        }\n        buyer {\n          name\n        }\n        enterprise {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountsUsersDocument,
    "\n  mutation AccountsCreate($i: NewUserInput!) {\n    createUserWithOneTimePassword(input: $i) {\n      oneTimePassword\n      user {\n        id\n        username\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.AccountsCreateDocument,
    "\n  mutation AccountsUpdate($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      displayName\n    }\n  }\n": typeof types.AccountsUpdateDocument,
    "\n  mutation AccountsAccess($i: UpdateUserAccessInput!) {\n    updateUserAccess(input: $i) {\n      role\n    }\n  }\n": typeof types.AccountsAccessDocument,
    "\n  mutation AccountsDisable($u: ID!) {\n    disableUser(userId: $u) {\n      active\n    }\n  }\n": typeof types.AccountsDisableDocument,
    "\n  mutation AccountsReset($u: ID!) {\n    resetUserPassword(userId: $u) {\n      oneTimePassword\n    }\n  }\n": typeof types.AccountsResetDocument,
    "\n  mutation AccountsUnlock($u: ID!) {\n    unlockUser(userId: $u) {\n      username\n      lockedUntil\n    }\n  }\n": typeof types.AccountsUnlockDocument,
    "\n  mutation AccountsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n      mustChangePassword\n    }\n  }\n": typeof types.AccountsLoginDocument,
    "\n  mutation AccountsChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      token\n      mustChangePassword\n    }\n  }\n": typeof types.AccountsChangeDocument,
    "\n  query AccountsPairings {\n    pairings {\n      totalCount\n    }\n  }\n": typeof types.AccountsPairingsDocument,
    "\n  mutation AccountsBuyerWithAccount($i: CreateBuyerInput!, $a: FirstAccountInput!) {\n    createBuyerWithAccount(input: $i, firstAccount: $a) {\n      oneTimePassword\n      buyer {\n        id\n        name\n      }\n      user {\n        id\n        username\n        role\n        mustChangePassword\n        buyer {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountsBuyerWithAccountDocument,
    "\n      query AccountsNestedReach {\n        buyers(first: 100) {\n          nodes {\n            id\n          }\n        }\n        enterprises(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.AccountsNestedReachDocument,
    "\n        query AccountsNestedIds {\n          users(first: 100) {\n            nodes {\n              buyer {\n                id\n              }\n              enterprise {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.AccountsNestedIdsDocument,
    "\n        mutation AccountsEnterpriseWithAccount($i: CreateEnterpriseInput!, $a: FirstAccountInput!) {\n          createEnterpriseWithAccount(input: $i, firstAccount: $a) {\n            oneTimePassword\n            enterprise {\n              name\n            }\n            user {\n              username\n              role\n              mustChangePassword\n              enterprise {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.AccountsEnterpriseWithAccountDocument,
    "\n  query AssessmentFigures($p: ID!, $y: Int!) {\n    pairing(id: $p) {\n      name\n      progress(year: $y) {\n        indicator\n        target\n        delivered\n        reported\n        recorded\n      }\n      evidenceCoverage(year: $y) {\n        indicator\n        covered\n        ratio\n        missingCount\n      }\n    }\n    pairingGrades(year: $y) {\n      pairings {\n        pairing {\n          id\n        }\n        score\n        breakdown {\n          indicator\n          completion\n          pointsEarned\n        }\n      }\n    }\n  }\n": typeof types.AssessmentFiguresDocument,
    "\n  mutation AssessmentRecord($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": typeof types.AssessmentRecordDocument,
    "\n  mutation AssessmentVerify($id: ID!) {\n    verifyEvidence(id: $id) {\n      status\n    }\n  }\n": typeof types.AssessmentVerifyDocument,
    "\n  mutation AssessmentScheme($i: SetGradingSchemeInput!) {\n    setGradingScheme(input: $i) {\n      id\n    }\n  }\n": typeof types.AssessmentSchemeDocument,
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
    "\n  query CataloguePageAtScale($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        price\n        certificateStatus\n        countsTowardQuota\n        county {\n          id\n          name\n        }\n        supplier {\n          id\n          name\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n": typeof types.CataloguePageAtScaleDocument,
    "\n    query CatalogueMeId {\n      me {\n        id\n        role\n      }\n    }\n  ": typeof types.CatalogueMeIdDocument,
    "\n    query CatalogueMeLastLogin {\n      me {\n        id\n        lastLoginAt\n      }\n    }\n  ": typeof types.CatalogueMeLastLoginDocument,
    "\n  fragment ConsumptionChannelsFair on Fair {\n    id\n    name\n    venue\n    startsOn\n    endsOn\n    eastRegion {\n      code\n    }\n    suppliers {\n      id\n      name\n    }\n  }\n": typeof types.ConsumptionChannelsFairFragmentDoc,
    "\n  mutation ConsumptionChannelsCreateFair($i: CreateFairInput!) {\n    createFair(input: $i) {\n      ...ConsumptionChannelsFair\n    }\n  }\n": typeof types.ConsumptionChannelsCreateFairDocument,
    "\n  mutation ConsumptionChannelsUpdateFair($i: UpdateFairInput!) {\n    updateFair(input: $i) {\n      ...ConsumptionChannelsFair\n    }\n  }\n": typeof types.ConsumptionChannelsUpdateFairDocument,
    "\n  mutation ConsumptionChannelsDeleteFair($id: ID!) {\n    deleteFair(fairId: $id)\n  }\n": typeof types.ConsumptionChannelsDeleteFairDocument,
    "\n    fragment ConsumptionChannelsCentre on SalesCentre {\n      id\n      name\n      address\n      active\n      openedOn\n      eastRegion {\n        code\n      }\n    }\n  ": typeof types.ConsumptionChannelsCentreFragmentDoc,
    "\n        mutation ConsumptionChannelsCreateCentre($i: CreateSalesCentreInput!) {\n          createSalesCentre(input: $i) {\n            ...ConsumptionChannelsCentre\n          }\n        }\n      ": typeof types.ConsumptionChannelsCreateCentreDocument,
    "\n        query ConsumptionChannelsCentres {\n          salesCentres {\n            id\n            name\n          }\n        }\n      ": typeof types.ConsumptionChannelsCentresDocument,
    "\n      query ConsumptionChannelsByRegion($r: ID) {\n        salesCentres(regionId: $r) {\n          eastRegion {\n            code\n          }\n        }\n        fairs(regionId: $r) {\n          eastRegion {\n            code\n          }\n        }\n      }\n    ": typeof types.ConsumptionChannelsByRegionDocument,
    "\n        mutation ConsumptionChannelsCreateCentreId($i: CreateSalesCentreInput!) {\n          createSalesCentre(input: $i) {\n            id\n          }\n        }\n      ": typeof types.ConsumptionChannelsCreateCentreIdDocument,
    "\n      mutation ConsumptionChannelsUpdateCentre($i: UpdateSalesCentreInput!) {\n        updateSalesCentre(input: $i) {\n          ...ConsumptionChannelsCentre\n        }\n      }\n    ": typeof types.ConsumptionChannelsUpdateCentreDocument,
    "\n        query ConsumptionChannelsOpenCentres {\n          salesCentres {\n            id\n          }\n          all: salesCentres(includeClosed: true) {\n            id\n          }\n        }\n      ": typeof types.ConsumptionChannelsOpenCentresDocument,
    "\n      mutation ConsumptionChannelsUpdateSupplier($i: UpdateSupplierInput!) {\n        updateSupplier(input: $i) {\n          id\n          name\n          contact\n        }\n      }\n    ": typeof types.ConsumptionChannelsUpdateSupplierDocument,
    "\n        query ConsumptionChannelsSupplierSearch {\n          suppliers(filter: { search: \"蜂之源\" }) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.ConsumptionChannelsSupplierSearchDocument,
    "\n        mutation ConsumptionChannelsUpdateProduct($i: UpdateProductInput!) {\n          updateProduct(input: $i) {\n            name\n            spec\n            unit\n            category\n          }\n        }\n      ": typeof types.ConsumptionChannelsUpdateProductDocument,
    "\n        mutation ConsumptionChannelsUpdateProductName($i: UpdateProductInput!) {\n          updateProduct(input: $i) {\n            name\n          }\n        }\n      ": typeof types.ConsumptionChannelsUpdateProductNameDocument,
    "\n        query ConsumptionChannelsProductsBySupplier($f: ProductFilter) {\n          products(filter: $f) {\n            nodes {\n              name\n            }\n          }\n        }\n      ": typeof types.ConsumptionChannelsProductsBySupplierDocument,
    "\n        query ConsumptionChannelsProductImages($id: ID!) {\n          product(id: $id) {\n            images {\n              id\n              kind\n              contentType\n              url\n            }\n          }\n        }\n      ": typeof types.ConsumptionChannelsProductImagesDocument,
    "\n      mutation ConsumptionChannelsRemoveImage($id: ID!) {\n        removeProductImage(imageId: $id)\n      }\n    ": typeof types.ConsumptionChannelsRemoveImageDocument,
    "\n        query ConsumptionExportBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            buyers(first: 100) {\n              totalCount\n              nodes {\n                buyer {\n                  name\n                }\n                quota\n                counted\n                confirmed\n                completion\n              }\n            }\n            groups {\n              group\n              counted\n              confirmed\n            }\n          }\n        }\n      ": typeof types.ConsumptionExportBoardDocument,
    "\n  mutation ConsumptionPlaceOrder($i: PlaceOrderInput!) {\n    placeOrder(input: $i) {\n      __typename\n      ... on Order {\n        id\n        total\n        orderedOn\n        channel\n        subOrders {\n          id\n          status\n          total\n          countable\n          pairingId\n          county {\n            code\n          }\n          lines {\n            quantity\n            unitPrice\n            amount\n            countsTowardQuota\n            product {\n              name\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on OutOfStockError {\n        productId\n        requested\n        available\n      }\n      ... on ProductUnavailableError {\n        productId\n      }\n    }\n  }\n": typeof types.ConsumptionPlaceOrderDocument,
    "\n  fragment ConsumptionStep on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      reason\n    }\n    ... on InvalidStateError {\n      code\n      message\n      state\n      entityId\n      action\n    }\n  }\n": typeof types.ConsumptionStepFragmentDoc,
    "\n  mutation ConsumptionConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": typeof types.ConsumptionConfirmSubOrderDocument,
    "\n  mutation ConsumptionCancelSubOrder($i: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": typeof types.ConsumptionCancelSubOrderDocument,
    "\n  mutation ConsumptionShipSubOrder($i: ShipSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": typeof types.ConsumptionShipSubOrderDocument,
    "\n  mutation ConsumptionRefundSubOrder($i: ChangeSubOrderInput!) {\n    refundSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": typeof types.ConsumptionRefundSubOrderDocument,
    "\n  mutation ConsumptionRecordPayment($i: RecordPaymentInput!) {\n    recordPayment(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": typeof types.ConsumptionRecordPaymentDocument,
    "\n  mutation ConsumptionReceiveSubOrder($i: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": typeof types.ConsumptionReceiveSubOrderDocument,
    "\n  fragment ConsumptionQuota on Quota {\n    amount\n    basis\n    baseAmount\n    rateBasisPoints\n    headcount\n    perHead\n    countySplits {\n      county {\n        code\n      }\n      amount\n    }\n  }\n": typeof types.ConsumptionQuotaFragmentDoc,
    "\n  mutation ConsumptionSetQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      ...ConsumptionQuota\n    }\n  }\n": typeof types.ConsumptionSetQuotaDocument,
    "\n      mutation ConsumptionNewBuyer($i: CreateBuyerInput!) {\n        createBuyer(input: $i) {\n          id\n        }\n      }\n    ": typeof types.ConsumptionNewBuyerDocument,
    "\n      mutation ConsumptionNewBuyerUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          id\n        }\n      }\n    ": typeof types.ConsumptionNewBuyerUserDocument,
    "\n  mutation ConsumptionManageRemoveQuota($b: ID!, $y: Int!) {\n    removeQuota(buyerId: $b, year: $y)\n  }\n": typeof types.ConsumptionManageRemoveQuotaDocument,
    "\n  mutation ConsumptionManageCreateBuyer($i: CreateBuyerInput!) {\n    createBuyer(input: $i) {\n      id\n      name\n      group\n      eastRegion {\n        code\n      }\n    }\n  }\n": typeof types.ConsumptionManageCreateBuyerDocument,
    "\n  query ConsumptionManageBuyers($y: Int!, $f: BuyerFilter, $n: Int) {\n    buyers(first: $n, filter: $f) {\n      totalCount\n      nodes {\n        id\n        name\n        group\n        quota(year: $y) {\n          ...ConsumptionQuota\n        }\n      }\n    }\n  }\n": typeof types.ConsumptionManageBuyersDocument,
    "\n    query ConsumptionManageSuppliers($f: SupplierFilter) {\n      suppliers(first: 50, filter: $f) {\n        totalCount\n        nodes {\n          id\n          name\n          status\n          statusNote\n          county {\n            code\n          }\n        }\n      }\n    }\n  ": typeof types.ConsumptionManageSuppliersDocument,
    "\n    mutation ConsumptionManageReviewSupplier($i: ReviewSupplierInput!) {\n      reviewSupplier(input: $i) {\n        id\n        status\n        statusNote\n      }\n    }\n  ": typeof types.ConsumptionManageReviewSupplierDocument,
    "\n        query ConsumptionManageOfficialBuyerQuotas($y: Int!) {\n          subOrders(first: 20) {\n            nodes {\n              buyer {\n                name\n                quota(year: $y) {\n                  amount\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ConsumptionManageOfficialBuyerQuotasDocument,
    "\n            query ConsumptionManageBuyerQuota($id: ID!, $y: Int!) {\n              buyer(id: $id) {\n                quota(year: $y) {\n                  amount\n                }\n              }\n            }\n          ": typeof types.ConsumptionManageBuyerQuotaDocument,
    "\n        query ConsumptionManageBuyerQuota1900($id: ID!) {\n          buyer(id: $id) {\n            quota(year: 1900) {\n              amount\n            }\n          }\n        }\n      ": typeof types.ConsumptionManageBuyerQuota1900Document,
    "\n          query ConsumptionManageBuyerQuotaPage($y: Int!, $n: Int) {\n            buyers(first: $n, filter: { search: \"胶州\" }) {\n              nodes {\n                name\n                eastRegion {\n                  code\n                }\n                quota(year: $y) {\n                  amount\n                  countySplits {\n                    county {\n                      name\n                    }\n                    amount\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ConsumptionManageBuyerQuotaPageDocument,
    "\n    query ConsumptionManageGroupTargets($y: Int!) {\n      groupTargets(year: $y) {\n        group\n        year\n        amount\n        eastRegion {\n          code\n        }\n      }\n    }\n  ": typeof types.ConsumptionManageGroupTargetsDocument,
    "\n    mutation ConsumptionManageSetGroupTarget($i: SetGroupTargetInput!) {\n      setGroupTarget(input: $i) {\n        group\n        amount\n      }\n    }\n  ": typeof types.ConsumptionManageSetGroupTargetDocument,
    "\n      query ConsumptionCompletion($b: ID!, $y: Int!) {\n        quotaCompletion(buyerId: $b, year: $y) {\n          quota\n          counted\n          confirmed\n          countsFrom\n          remaining\n          completion\n          daysLeft\n          byChannel {\n            channel\n            counted\n          }\n          byCounty {\n            county {\n              code\n            }\n            counted\n            quota\n          }\n        }\n      }\n    ": typeof types.ConsumptionCompletionDocument,
    "\n  mutation ConsumptionUpdateProductPrice($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      price\n    }\n  }\n": typeof types.ConsumptionUpdateProductPriceDocument,
    "\n      query ConsumptionProducts($f: ProductFilter, $n: Int) {\n        products(first: $n, filter: $f) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          nodes {\n            name\n            price\n            county {\n              shortName\n            }\n            supplier {\n              name\n              status\n            }\n            certificateStatus\n            countsTowardQuota\n          }\n        }\n      }\n    ": typeof types.ConsumptionProductsDocument,
    "\n      query ConsumptionProductCounts($id: ID!, $on: Date!) {\n        product(id: $id) {\n          lastYear: countsTowardQuota(on: $on)\n          now: countsTowardQuota\n          certificateValidTo\n        }\n      }\n    ": typeof types.ConsumptionProductCountsDocument,
    "\n          query ConsumptionProductPage($n: Int) {\n            products(first: $n) {\n              nodes {\n                name\n                supplier {\n                  name\n                  county {\n                    name\n                  }\n                }\n                county {\n                  code\n                }\n              }\n            }\n          }\n        ": typeof types.ConsumptionProductPageDocument,
    "\n    mutation ConsumptionRecommendSupplier($i: RecommendSupplierInput!) {\n      recommendSupplier(input: $i) {\n        id\n        status\n        creditCode\n        county {\n          code\n        }\n      }\n    }\n  ": typeof types.ConsumptionRecommendSupplierDocument,
    "\n        mutation ConsumptionCreateProduct($i: CreateProductInput!) {\n          createProduct(input: $i) {\n            id\n            price\n            countsTowardQuota\n          }\n        }\n      ": typeof types.ConsumptionCreateProductDocument,
    "\n      mutation ConsumptionReviewSupplier($i: ReviewSupplierInput!) {\n        reviewSupplier(input: $i) {\n          status\n        }\n      }\n    ": typeof types.ConsumptionReviewSupplierDocument,
    "\n      mutation ConsumptionUpdateProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          price\n          stock\n        }\n      }\n    ": typeof types.ConsumptionUpdateProductDocument,
    "\n        query ConsumptionOrderLines($id: ID!) {\n          order(id: $id) {\n            subOrders {\n              lines {\n                unitPrice\n                product {\n                  price\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ConsumptionOrderLinesDocument,
    "\n        query ConsumptionOrders {\n          orders(first: 100) {\n            totalCount\n            nodes {\n              id\n              buyer {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ConsumptionOrdersDocument,
    "\n      query ConsumptionOrder($id: ID!) {\n        order(id: $id) {\n          id\n        }\n      }\n    ": typeof types.ConsumptionOrderDocument,
    "\n        query ConsumptionSubOrderBuyers {\n          subOrders(first: 100) {\n            nodes {\n              buyer {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ConsumptionSubOrderBuyersDocument,
    "\n        query ConsumptionMe {\n          me {\n            role\n            buyerId\n            buyer {\n              name\n              group\n              eastRegion {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.ConsumptionMeDocument,
    "\n        query ConsumptionSubOrderCounties {\n          subOrders(first: 100) {\n            totalCount\n            nodes {\n              county {\n                code\n              }\n              supplier {\n                county {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ConsumptionSubOrderCountiesDocument,
    "\n      query ConsumptionOrderCount {\n        orders {\n          totalCount\n        }\n      }\n    ": typeof types.ConsumptionOrderCountDocument,
    "\n        query ConsumptionSubOrderOrders {\n          subOrders(first: 100) {\n            nodes {\n              order {\n                id\n                subOrders {\n                  county {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ConsumptionSubOrderOrdersDocument,
    "\n          query ConsumptionSubOrderPage($n: Int) {\n            subOrders(first: $n) {\n              nodes {\n                status\n                buyer {\n                  name\n                }\n                supplier {\n                  name\n                }\n                county {\n                  code\n                }\n                order {\n                  channel\n                }\n                lines {\n                  quantity\n                  product {\n                    name\n                    supplier {\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ConsumptionSubOrderPageDocument,
    "\n      query ConsumptionSubOrderRegions {\n        subOrders(first: 100) {\n          totalCount\n          nodes {\n            buyer {\n              eastRegion {\n                code\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ConsumptionSubOrderRegionsDocument,
    "\n      query ConsumptionSubOrderCount {\n        subOrders(first: 1) {\n          totalCount\n        }\n      }\n    ": typeof types.ConsumptionSubOrderCountDocument,
    "\n        mutation ConsumptionSetGroupTarget($i: SetGroupTargetInput!) {\n          setGroupTarget(input: $i) {\n            amount\n          }\n        }\n      ": typeof types.ConsumptionSetGroupTargetDocument,
    "\n        query ConsumptionQuotaBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            daysLeft\n            counted\n            groups {\n              group\n              target\n              counted\n              completion\n              buyers\n            }\n            buyers(first: 100) {\n              totalCount\n              nodes {\n                buyer {\n                  name\n                  group\n                }\n                quota\n                counted\n                completion\n              }\n            }\n            byChannel {\n              channel\n              counted\n            }\n            byCounty {\n              county {\n                code\n              }\n              counted\n            }\n          }\n        }\n      ": typeof types.ConsumptionQuotaBoardDocument,
    "\n      query ConsumptionQuotaBoard2026 {\n        quotaBoard(year: 2026) {\n          counted\n        }\n      }\n    ": typeof types.ConsumptionQuotaBoard2026Document,
    "\n  query CountyHistory($f: AuditFilter) {\n    auditLog(filter: $f, first: 100) {\n      totalCount\n      nodes {\n        action\n        entityType\n        entityId\n        actor {\n          username\n        }\n        record {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CountyHistoryDocument,
    "\n  mutation CountyHistoryReveal($id: ID!) {\n    revealWorkerIdentity(workerId: $id) {\n      workerId\n    }\n  }\n": typeof types.CountyHistoryRevealDocument,
    "\n  mutation CountyHistoryProduct($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      id\n    }\n  }\n": typeof types.CountyHistoryProductDocument,
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
    "\n  fragment DonationTestFields on Donation {\n    id\n    kind\n    donorKind\n    donor\n    donorName\n    donorCount\n    goodsDescription\n    valuationBasis\n    purpose\n    emergency\n    receivedOn\n    receiptNo\n    amount\n    reversesId\n    reason\n    reversed\n    county {\n      code\n    }\n    eastRegion {\n      code\n    }\n    pairing {\n      name\n    }\n    enterprise {\n      name\n    }\n  }\n": typeof types.DonationTestFieldsFragmentDoc,
    "\n  mutation DonationRecord($i: RecordDonationInput!) {\n    recordDonation(input: $i) {\n      ...DonationTestFields\n    }\n  }\n": typeof types.DonationRecordDocument,
    "\n  mutation DonationReverse($i: ReverseDonationInput!) {\n    reverseDonation(input: $i) {\n      ...DonationTestFields\n    }\n  }\n": typeof types.DonationReverseDocument,
    "\n  query DonationList($f: DonationFilter, $n: Int, $after: String) {\n    donations(filter: $f, first: $n, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DonationTestFields\n        reversal {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DonationListDocument,
    "\n  query DonationOne($id: ID!) {\n    donation(id: $id) {\n      id\n      amount\n    }\n  }\n": typeof types.DonationOneDocument,
    "\n  query DonationSummaryQ($f: DonationFilter) {\n    donationSummary(filter: $f) {\n      total\n      count\n      goods\n      emergency\n      byDonorKind {\n        key\n        label\n        amount\n        count\n      }\n      byCounty {\n        key\n        label\n        amount\n        count\n      }\n    }\n  }\n": typeof types.DonationSummaryQDocument,
    "\n  query DonationProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        recorded\n      }\n    }\n  }\n": typeof types.DonationProgressDocument,
    "\n  query DonationLedger($id: ID!, $y: Int!) {\n    ledgerEntries(filter: { pairingId: $id, year: $y, indicator: SOCIAL_DONATIONS }, first: 100) {\n      nodes {\n        source\n        sourceLabel\n        amount\n      }\n    }\n  }\n": typeof types.DonationLedgerDocument,
    "\n    mutation DonationsImportCommit($id: ID!, $mode: ImportMode!) {\n      commitImport(batchId: $id, mode: $mode) {\n        status\n        written\n        unchanged\n        skipped\n      }\n    }\n  ": typeof types.DonationsImportCommitDocument,
    "\n  query EnterprisePhoneOne($id: ID!) {\n    enterprise(id: $id) {\n      id\n      contactPhone\n    }\n  }\n": typeof types.EnterprisePhoneOneDocument,
    "\n  query EnterprisePhoneList {\n    enterprises(first: 100) {\n      nodes {\n        id\n        contactPhone\n      }\n    }\n  }\n": typeof types.EnterprisePhoneListDocument,
    "\n  mutation EnterprisePhoneUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      contactPhone\n    }\n  }\n": typeof types.EnterprisePhoneUpdateDocument,
    "\n  mutation EnterprisesCreate($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      id\n      name\n      creditCode\n      industry\n      homeRegion {\n        code\n      }\n    }\n  }\n": typeof types.EnterprisesCreateDocument,
    "\n  mutation EnterprisesUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      name\n      industry\n      creditCode\n      contactPhone\n    }\n  }\n": typeof types.EnterprisesUpdateDocument,
    "\n  query EnterprisesList($f: EnterpriseFilter, $n: Int) {\n    enterprises(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        name\n        homeRegion {\n          code\n        }\n      }\n    }\n  }\n": typeof types.EnterprisesListDocument,
    "\n        query EnterprisesMe {\n          me {\n            username\n            role\n            enterprise {\n              name\n              creditCode\n              industry\n              homeRegion {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.EnterprisesMeDocument,
    "\n      query EnterprisesMeEnterprise {\n        me {\n          enterprise {\n            id\n          }\n        }\n      }\n    ": typeof types.EnterprisesMeEnterpriseDocument,
    "\n      query EnterprisesOne($id: ID!) {\n        enterprise(id: $id) {\n          name\n        }\n      }\n    ": typeof types.EnterprisesOneDocument,
    "\n      query EnterprisesPage($n: Int) {\n        enterprises(first: $n) {\n          nodes {\n            name\n            homeRegion {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.EnterprisesPageDocument,
    "\n    mutation EnterprisesCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        username\n        enterprise {\n          name\n        }\n      }\n    }\n  ": typeof types.EnterprisesCreateUserDocument,
    "\n      mutation EnterprisesLinkUser($u: ID!, $e: ID!) {\n        linkEnterpriseUser(userId: $u, enterpriseId: $e) {\n          enterprise {\n            name\n          }\n        }\n      }\n    ": typeof types.EnterprisesLinkUserDocument,
    "\n  query EvidenceBatchedFiles($k: EvidenceRecordType!, $id: ID!) {\n    evidenceFiles(recordType: $k, recordId: $id) {\n      id\n    }\n  }\n": typeof types.EvidenceBatchedFilesDocument,
    "\n  query EvidenceBatchedOrder($id: ID!) {\n    order(id: $id) {\n      id\n      subOrders {\n        id\n        __typename\n        evidence {\n          id\n          status\n          purpose\n        }\n      }\n    }\n  }\n": typeof types.EvidenceBatchedOrderDocument,
    "\n  query EvidenceBatchedOrderPlain($id: ID!) {\n    order(id: $id) {\n      id\n      subOrders {\n        id\n      }\n    }\n  }\n": typeof types.EvidenceBatchedOrderPlainDocument,
    "\n  query EvidenceBatchedOrders($n: Int!) {\n    orders(first: $n) {\n      nodes {\n        id\n        subOrders {\n          id\n          __typename\n          evidence {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceBatchedOrdersDocument,
    "\n  query EvidenceBatchedFiscal($n: Int!) {\n    fiscalProjects(first: $n) {\n      nodes {\n        id\n        transactions {\n          id\n          __typename\n          evidence {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceBatchedFiscalDocument,
    "\n  query EvidenceBatchedProjects($n: Int!) {\n    investmentProjects(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n        tranches {\n          id\n          __typename\n          evidence {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceBatchedProjectsDocument,
    "\n  query EvidenceBatchedTrainings($n: Int!) {\n    trainingSessions(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvidenceBatchedTrainingsDocument,
    "\n  query EvidenceBatchedUnitPairs($n: Int!) {\n    unitPairs(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvidenceBatchedUnitPairsDocument,
    "\n  query EvidenceBatchedDonations($n: Int!) {\n    donations(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvidenceBatchedDonationsDocument,
    "\n  query EvidenceRecordFiles($k: EvidenceRecordType!, $id: ID!) {\n    evidenceFiles(recordType: $k, recordId: $id) {\n      id\n      recordType\n      recordId\n      purpose\n      fileName\n      status\n    }\n  }\n": typeof types.EvidenceRecordFilesDocument,
    "\n  mutation EvidenceRecordVerify($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.EvidenceRecordVerifyDocument,
    "\n  mutation EvidenceRecordReject($id: ID!, $reason: String!) {\n    rejectEvidence(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.EvidenceRecordRejectDocument,
    "\n  mutation EvidenceRecordReopen($id: ID!, $reason: String!) {\n    reopenEvidence(id: $id, reason: $reason) {\n      id\n      status\n      reviewedAt\n      rejectReason\n    }\n  }\n": typeof types.EvidenceRecordReopenDocument,
    "\n  query EvidenceRecordCoverage($p: ID!, $y: Int!) {\n    evidenceCoverage(pairingId: $p, year: $y, first: 100) {\n      indicator\n      covered\n      missing {\n        amount\n        entry {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvidenceRecordCoverageDocument,
    "\n  mutation EvidenceRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": typeof types.EvidenceRecordFigureDocument,
    "\n  mutation EvidenceCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n    }\n  }\n": typeof types.EvidenceCorrectEntryDocument,
    "\n  mutation EvidenceVerify($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      status\n      reviewedAt\n      reviewedBy {\n        username\n      }\n    }\n  }\n": typeof types.EvidenceVerifyDocument,
    "\n  mutation EvidenceReject($id: ID!, $reason: String!) {\n    rejectEvidence(id: $id, reason: $reason) {\n      id\n      status\n      rejectReason\n    }\n  }\n": typeof types.EvidenceRejectDocument,
    "\n  query EvidenceEntries($f: LedgerEntryFilter!) {\n    ledgerEntries(filter: $f, first: 50) {\n      nodes {\n        id\n        evidence {\n          id\n          fileName\n          mime\n          size\n          sha256\n          status\n          url\n          uploadedBy {\n            username\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceEntriesDocument,
    "\n  query EvidenceCoverage($p: ID!, $y: Int!, $first: Int) {\n    evidenceCoverage(pairingId: $p, year: $y, first: $first) {\n      indicator\n      unit\n      delivered\n      covered\n      ratio\n      missingCount\n      missing {\n        amount\n        entry {\n          id\n          amount\n        }\n      }\n    }\n  }\n": typeof types.EvidenceCoverageDocument,
    "\n  query EvidencePairingCoverage($p: ID!, $y: Int!) {\n    pairing(id: $p) {\n      evidenceCoverage(year: $y) {\n        indicator\n        delivered\n        covered\n        ratio\n      }\n    }\n  }\n": typeof types.EvidencePairingCoverageDocument,
    "\n  query EvidenceProgress($p: ID!, $y: Int!) {\n    pairing(id: $p) {\n      progress(year: $y) {\n        indicator\n        delivered\n      }\n      evidenceCoverage(year: $y, first: 0) {\n        indicator\n        delivered\n        missing {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.EvidenceProgressDocument,
    "\n  fragment FiscalTestProject on FiscalProject {\n    id\n    name\n    year\n    sector\n    town\n    implementingUnit\n    plannedBeneficiaries\n    plannedPoorBeneficiaries\n    startsOn\n    plannedEndOn\n    allocated\n    disbursed\n    spent\n    useRate\n    worksPercent\n    status\n    allowedActions\n    pairingId\n    pairing {\n      id\n    }\n    county {\n      id\n      code\n    }\n    transactions {\n      id\n      kind\n      amount\n      occurredOn\n      reference\n      reversesId\n      reason\n      reversed\n    }\n    progressReports {\n      id\n      reportedOn\n      percent\n      note\n    }\n  }\n": typeof types.FiscalTestProjectFragmentDoc,
    "\n  mutation FiscalTestCreate($i: CreateFiscalProjectInput!) {\n    createFiscalProject(input: $i) {\n      ...FiscalTestProject\n    }\n  }\n": typeof types.FiscalTestCreateDocument,
    "\n  mutation FiscalTestRecord($i: RecordFiscalTransactionInput!) {\n    recordFiscalTransaction(input: $i) {\n      id\n      kind\n      amount\n      occurredOn\n      reversesId\n    }\n  }\n": typeof types.FiscalTestRecordDocument,
    "\n  mutation FiscalTestReverse($i: ReverseFiscalTransactionInput!) {\n    reverseFiscalTransaction(input: $i) {\n      id\n      kind\n      amount\n      occurredOn\n      reversesId\n      reason\n    }\n  }\n": typeof types.FiscalTestReverseDocument,
    "\n  mutation FiscalTestProgress($i: ReportFiscalProgressInput!) {\n    reportFiscalProgress(input: $i) {\n      id\n      percent\n      reportedOn\n    }\n  }\n": typeof types.FiscalTestProgressDocument,
    "\n  query FiscalTestProjectById($id: ID!) {\n    fiscalProject(id: $id) {\n      ...FiscalTestProject\n    }\n  }\n": typeof types.FiscalTestProjectByIdDocument,
    "\n  query FiscalTestList($first: Int, $filter: FiscalProjectFilter) {\n    fiscalProjects(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        ...FiscalTestProject\n      }\n    }\n  }\n": typeof types.FiscalTestListDocument,
    "\n  query FiscalTestBoard($y: Int!) {\n    fiscalAidBoard(year: $y) {\n      year\n      projects\n      allocated\n      disbursed\n      spent\n      useRate\n      byStatus {\n        status\n        projects\n        allocated\n      }\n      byCounty {\n        county {\n          code\n        }\n        projects\n        allocated\n        disbursed\n        spent\n        disbursementRate\n        useRate\n      }\n      slowest {\n        id\n        name\n        useRate\n      }\n    }\n  }\n": typeof types.FiscalTestBoardDocument,
    "\n  query FiscalTestPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n    }\n  }\n": typeof types.FiscalTestPairingDocument,
    "\n  mutation GradingSet($i: SetGradingSchemeInput!) {\n    setGradingScheme(input: $i) {\n      id\n      year\n      goodFrom\n      fairFrom\n      averageFrom\n      capAt100\n      aPlusFrom\n      weights {\n        indicator\n        weight\n      }\n    }\n  }\n": typeof types.GradingSetDocument,
    "\n  query GradingSchemeOf($y: Int!) {\n    gradingScheme(year: $y) {\n      year\n      capAt100\n      weights {\n        indicator\n        weight\n      }\n    }\n  }\n": typeof types.GradingSchemeOfDocument,
    "\n  query GradingGrades($y: Int!) {\n    pairingGrades(year: $y) {\n      year\n      pairings {\n        pairing {\n          id\n        }\n        score\n        grade\n        rank\n        countyClass\n        classRank\n        breakdown {\n          indicator\n          weight\n          completion\n          capped\n          pointsEarned\n          pointsLost\n        }\n      }\n      counties {\n        county {\n          code\n        }\n        pairings\n        score\n        grade\n        rank\n        countyClass\n        classRank\n      }\n      countyClasses\n    }\n  }\n": typeof types.GradingGradesDocument,
    "\n  query GradingSchemeClasses($y: Int!) {\n    gradingScheme(year: $y) {\n      countyClasses {\n        name\n        counties {\n          code\n        }\n      }\n    }\n  }\n": typeof types.GradingSchemeClassesDocument,
    "\n  query GradingScorecard($y: Int!) {\n    buyerScorecard(year: $y) {\n      year\n      buyers {\n        buyer {\n          id\n          name\n        }\n        quota\n        counted\n        completion\n        band\n        rank\n      }\n      groups {\n        group\n        target\n        counted\n        completion\n        band\n        rank\n      }\n    }\n  }\n": typeof types.GradingScorecardDocument,
    "\n  mutation GradingSaveAgreement($i: SaveAgreementInput!) {\n    saveAgreement(input: $i) {\n      id\n    }\n  }\n": typeof types.GradingSaveAgreementDocument,
    "\n  mutation GradingReport($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": typeof types.GradingReportDocument,
    "\n  mutation GradingSetQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      id\n    }\n  }\n": typeof types.GradingSetQuotaDocument,
    "\n    query GradingExportNames($y: Int!) {\n      pairingGrades(year: $y) {\n        pairings {\n          pairing {\n            id\n            name\n          }\n        }\n      }\n    }\n  ": typeof types.GradingExportNamesDocument,
    "\n  query ImageAccessImages($id: ID!) {\n    product(id: $id) {\n      images {\n        id\n        kind\n        url\n      }\n    }\n  }\n": typeof types.ImageAccessImagesDocument,
    "\n  mutation ImageAccessUpdateProduct($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      active\n    }\n  }\n": typeof types.ImageAccessUpdateProductDocument,
    "\n      mutation ImageAccessRemove($id: ID!) {\n        removeProductImage(imageId: $id)\n      }\n    ": typeof types.ImageAccessRemoveDocument,
    "\n  query ImageLinksImages($id: ID!) {\n    product(id: $id) {\n      images {\n        id\n        kind\n        url\n      }\n    }\n  }\n": typeof types.ImageLinksImagesDocument,
    "\n      mutation ImageLinksLogout {\n        logout\n      }\n    ": typeof types.ImageLinksLogoutDocument,
    "\n  query ImportsBatch($id: ID!) {\n    importBatch(id: $id) {\n      id\n      kind\n      status\n      rows\n      valid\n      unchanged\n      written\n      skipped\n      sha256\n      problemCount\n      problems(first: 10) {\n        totalCount\n        nodes {\n          row\n          column\n          reason\n        }\n      }\n    }\n  }\n": typeof types.ImportsBatchDocument,
    "\n  query ImportsAudited($id: String!) {\n    auditLog(first: 5, filter: { entityType: \"ImportBatch\", entityId: $id }) {\n      nodes {\n        action\n        record {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ImportsAuditedDocument,
    "\n  mutation ImportsCommit($id: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $id, mode: $mode) {\n      id\n      status\n      mode\n      written\n      unchanged\n      skipped\n    }\n  }\n": typeof types.ImportsCommitDocument,
    "\n  query ImportsBatches {\n    importBatches(first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        fileName\n      }\n    }\n  }\n": typeof types.ImportsBatchesDocument,
    "\n  mutation IntegrityRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": typeof types.IntegrityRecordFigureDocument,
    "\n  mutation IntegrityVerify {\n    verifyIntegrity {\n      chain\n      table\n      ok\n      checked\n      headPos\n      headHash\n      broken {\n        problem\n        table\n        chainPos\n        rowId\n        rowSeq\n        day\n      }\n    }\n  }\n": typeof types.IntegrityVerifyDocument,
    "\n  query IntegrityStatusTest {\n    integrityStatus {\n      chain\n      rows\n      sealed\n      headPos\n      headHash\n      day\n      dayHash\n    }\n    chainDayHeads {\n      chain\n      day\n      chainPos\n      hash\n    }\n  }\n": typeof types.IntegrityStatusTestDocument,
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
    "\n  query InvestmentPipelineBoard($y: Int!) {\n    pipelineBoard(year: $y) {\n      year\n      stages {\n        stage\n        projects\n        planned\n        contracted\n        inPlace\n        inPlaceInYear\n      }\n    }\n  }\n": typeof types.InvestmentPipelineBoardDocument,
    "\n  query InvestmentFundsInPlaceSeries($y: Int!) {\n    fundsInPlaceSeries(year: $y) {\n      month\n      amount\n      cumulative\n    }\n  }\n": typeof types.InvestmentFundsInPlaceSeriesDocument,
    "\n      query InvestmentProjectCount {\n        investmentProjects {\n          totalCount\n        }\n      }\n    ": typeof types.InvestmentProjectCountDocument,
    "\n            query InvestmentProjectsLoaded($n: Int!) {\n              investmentProjects(first: $n) {\n                nodes {\n                  name\n                  lead {\n                    title\n                    enterprise {\n                      name\n                    }\n                  }\n                  enterprise {\n                    name\n                    homeRegion {\n                      name\n                    }\n                  }\n                  county {\n                    name\n                  }\n                  pairing {\n                    name\n                  }\n                  timeline {\n                    toStage\n                  }\n                  tranches {\n                    amount\n                    reversed\n                  }\n                  fundsInPlace\n                  outcomes {\n                    peopleLifted\n                  }\n                  latestOutcome {\n                    jobsCreated\n                  }\n                  siteVisits {\n                    delegation\n                  }\n                }\n              }\n            }\n          ": typeof types.InvestmentProjectsLoadedDocument,
    "\n            query InvestmentLeadsLoaded($n: Int!) {\n              investmentLeads(first: $n) {\n                nodes {\n                  title\n                  enterprise {\n                    name\n                  }\n                  preferredCounties {\n                    name\n                  }\n                  interests {\n                    county {\n                      name\n                    }\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          ": typeof types.InvestmentLeadsLoadedDocument,
    "\n            query InvestmentSiteVisitsLoaded($n: Int!) {\n              siteVisits(first: $n) {\n                nodes {\n                  delegation\n                  eastRegion {\n                    name\n                  }\n                  enterprises {\n                    name\n                  }\n                  counties {\n                    name\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          ": typeof types.InvestmentSiteVisitsLoadedDocument,
    "\n      query InvestmentProjectsFirst50 {\n        investmentProjects(first: 50) {\n          totalCount\n        }\n      }\n    ": typeof types.InvestmentProjectsFirst50Document,
    "\n  fragment JointWorkFields on JointWork {\n    id\n    kind\n    heldOn\n    title\n    place\n    direction\n    eastOffices\n    westOffices\n    leader\n    personVisits\n    documentRef\n    outcome\n    withdrawn\n    withdrawnAt\n    withdrawnReason\n    canWithdraw\n    pairingId\n    pairing {\n      id\n      name\n    }\n  }\n": typeof types.JointWorkFieldsFragmentDoc,
    "\n  mutation JointWorkRecord($i: RecordJointWorkInput!) {\n    recordJointWork(input: $i) {\n      ...JointWorkFields\n    }\n  }\n": typeof types.JointWorkRecordDocument,
    "\n  mutation JointWorkWithdraw($i: WithdrawJointWorkInput!) {\n    withdrawJointWork(input: $i) {\n      ...JointWorkFields\n    }\n  }\n": typeof types.JointWorkWithdrawDocument,
    "\n  query JointWorkList($f: JointWorkFilter, $first: Int!) {\n    jointWork(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        ...JointWorkFields\n      }\n    }\n  }\n": typeof types.JointWorkListDocument,
    "\n  query JointWorkOne($id: ID!) {\n    jointWorkRecord(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.JointWorkOneDocument,
    "\n  query JointWorkSummary($f: JointWorkFilter) {\n    jointWorkSummary(filter: $f) {\n      meetings\n      visits\n      personVisits\n      rows {\n        year\n        pairingId\n        meetings\n        visits\n        personVisits\n        pairing {\n          name\n        }\n      }\n    }\n  }\n": typeof types.JointWorkSummaryDocument,
    "\n  query JointWorkNested($id: ID!) {\n    pairing(id: $id) {\n      id\n      jointWork {\n        id\n      }\n    }\n  }\n": typeof types.JointWorkNestedDocument,
    "\n  query JointWorkProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        target\n        delivered\n        recorded\n        reported\n        unit\n      }\n    }\n  }\n": typeof types.JointWorkProgressDocument,
    "\n  mutation JointWorkSetTarget($i: SetAgreementTargetInput!) {\n    setAgreementTarget(input: $i) {\n      targets {\n        indicator\n        target\n      }\n    }\n  }\n": typeof types.JointWorkSetTargetDocument,
    "\n  query JointWorkLedger($f: LedgerEntryFilter!) {\n    ledgerEntries(filter: $f, first: 100) {\n      nodes {\n        indicator\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceLabel\n        note\n      }\n    }\n  }\n": typeof types.JointWorkLedgerDocument,
    "\n  fragment LabourWorkerFields on Worker {\n    id\n    name\n    sex\n    birthYear\n    idNumberMasked\n    phoneMasked\n    registeredPoor\n    skills\n    consented\n    consentGivenOn\n    consentWithdrawnOn\n    county {\n      code\n    }\n  }\n": typeof types.LabourWorkerFieldsFragmentDoc,
    "\n  mutation LabourPutForwardWorker($i: PutForwardWorkerInput!) {\n    putForwardWorker(input: $i) {\n      ...LabourWorkerFields\n    }\n  }\n": typeof types.LabourPutForwardWorkerDocument,
    "\n  mutation LabourRevealWorkerIdentity($id: ID!) {\n    revealWorkerIdentity(workerId: $id) {\n      workerId\n      idNumber\n      phone\n    }\n  }\n": typeof types.LabourRevealWorkerIdentityDocument,
    "\n  query LabourWorker($id: ID!) {\n    worker(id: $id) {\n      ...LabourWorkerFields\n    }\n  }\n": typeof types.LabourWorkerDocument,
    "\n  query LabourWorkers($f: WorkerFilter, $n: Int) {\n    workers(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...LabourWorkerFields\n      }\n    }\n  }\n": typeof types.LabourWorkersDocument,
    "\n  query LabourRetention($y: Int!) {\n    labourRetention(year: $y) {\n      county {\n        code\n      }\n      placed\n      employed\n      stable\n      left\n      eligible\n      retained\n      retentionRate\n    }\n  }\n": typeof types.LabourRetentionDocument,
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
    "\n          query LabourPlacementsLoaded($n: Int!) {\n            placements(first: $n) {\n              nodes {\n                status\n                worker {\n                  name\n                  county {\n                    name\n                  }\n                }\n                posting {\n                  position\n                  location {\n                    code\n                  }\n                }\n                enterprise {\n                  name\n                }\n                county {\n                  code\n                }\n                stages {\n                  status\n                }\n              }\n            }\n          }\n        ": typeof types.LabourPlacementsLoadedDocument,
    "\n      mutation LabourRecordJobFair($i: RecordJobFairInput!) {\n        recordJobFair(input: $i) {\n          id\n          name\n          attendance\n          offers\n          employers {\n            name\n          }\n          county {\n            code\n          }\n        }\n      }\n    ": typeof types.LabourRecordJobFairDocument,
    "\n      query LabourJobFairs {\n        jobFairs(first: 20) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.LabourJobFairsDocument,
    "\n        mutation LabourFailedLogin {\n          login(input: { username: \"nobody\", password: \"wrong-password\" }) {\n            token\n          }\n        }\n      ": typeof types.LabourFailedLoginDocument,
    "\n  mutation LeadPhoneCreate($i: CreateLeadInput!) {\n    createInvestmentLead(input: $i) {\n      id\n      contactPhone\n    }\n  }\n": typeof types.LeadPhoneCreateDocument,
    "\n  query LeadPhoneOne($id: ID!) {\n    investmentLead(id: $id) {\n      id\n      contactPhone\n    }\n  }\n": typeof types.LeadPhoneOneDocument,
    "\n  query LeadPhoneList {\n    investmentLeads(first: 100) {\n      nodes {\n        id\n        contactPhone\n      }\n    }\n  }\n": typeof types.LeadPhoneListDocument,
    "\n  mutation LeadPhoneUpdate($i: UpdateLeadInput!) {\n    updateInvestmentLead(input: $i) {\n      id\n      contactPhone\n    }\n  }\n": typeof types.LeadPhoneUpdateDocument,
    "\n  mutation LeadPhoneInterest($i: ExpressInterestInput!) {\n    expressInterest(input: $i) {\n      id\n      contactPhone\n    }\n  }\n": typeof types.LeadPhoneInterestDocument,
    "\n  mutation LedgerRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      amount\n      unit\n      source\n      occurredOn\n      sourceDocument\n      recordedBy {\n        username\n      }\n    }\n  }\n": typeof types.LedgerRecordFigureDocument,
    "\n  mutation LedgerCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      amount\n      source\n      corrects {\n        id\n      }\n    }\n  }\n": typeof types.LedgerCorrectEntryDocument,
    "\n  query LedgerPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        target\n      }\n    }\n  }\n": typeof types.LedgerPairingProgressDocument,
    "\n        query LedgerAudit($id: String!) {\n          auditLog(filter: { entityId: $id }) {\n            nodes {\n              action\n              actor {\n                username\n              }\n              change\n            }\n          }\n        }\n      ": typeof types.LedgerAuditDocument,
    "\n        query LedgerHistory($id: ID!) {\n          ledgerEntries(filter: { pairingId: $id, year: 2020, indicator: CADRES_SENT }) {\n            totalCount\n            nodes {\n              amount\n              source\n              corrections {\n                amount\n                note\n              }\n            }\n          }\n        }\n      ": typeof types.LedgerHistoryDocument,
    "\n      query LedgerProgressAsOf($id: ID!, $asOf: Date) {\n        pairing(id: $id) {\n          progress(year: 2020, asOf: $asOf) {\n            indicator\n            delivered\n            reported\n            entryCount\n            projected\n            projectionMethod\n          }\n        }\n      }\n    ": typeof types.LedgerProgressAsOfDocument,
    "\n        query LedgerSummary {\n          progressSummary(year: 2020) {\n            indicator\n            delivered\n          }\n        }\n      ": typeof types.LedgerSummaryDocument,
    "\n      mutation LedgerSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          year\n          signedOn\n          targets {\n            indicator\n            target\n            unit\n          }\n        }\n      }\n    ": typeof types.LedgerSetTargetDocument,
    "\n        query LedgerAgreementYears {\n          agreementYears\n        }\n      ": typeof types.LedgerAgreementYearsDocument,
    "\n        query LedgerRegionTargets($r: ID!) {\n          progressSummary(year: 2020, regionId: $r) {\n            indicator\n            target\n          }\n        }\n      ": typeof types.LedgerRegionTargetsDocument,
    "\n  mutation LoginBurstLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": typeof types.LoginBurstLoginDocument,
    "\n  mutation LogsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": typeof types.LogsLoginDocument,
    "\n  query LogsLoginLog($f: LoginLogFilter, $first: Int) {\n    loginLog(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        username\n        outcome\n        ip\n        user {\n          username\n        }\n      }\n    }\n  }\n": typeof types.LogsLoginLogDocument,
    "\n  query LogsAudit($f: AuditFilter) {\n    auditLog(filter: $f, first: 20) {\n      totalCount\n      nodes {\n        action\n        entityType\n        record {\n          type\n          id\n          name\n        }\n        fields {\n          field\n          changed\n          before {\n            kind\n            text\n            refType\n            refId\n          }\n          after {\n            kind\n            text\n            refType\n            refId\n          }\n        }\n      }\n    }\n  }\n": typeof types.LogsAuditDocument,
    "\n      mutation LogsDisable($id: ID!) {\n        disableUser(userId: $id) {\n          id\n        }\n      }\n    ": typeof types.LogsDisableDocument,
    "\n      mutation LogsSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          id\n        }\n      }\n    ": typeof types.LogsSetTargetDocument,
    "\n      mutation LogsAccess($i: UpdateUserAccessInput!) {\n        updateUserAccess(input: $i) {\n          id\n        }\n      }\n    ": typeof types.LogsAccessDocument,
    "\n      mutation LogsCreateRegion($i: CreateRegionInput!) {\n        createRegion(input: $i) {\n          id\n        }\n      }\n    ": typeof types.LogsCreateRegionDocument,
    "\n      mutation LogsCreatePairing($i: CreatePairingInput!) {\n        createPairing(input: $i) {\n          id\n        }\n      }\n    ": typeof types.LogsCreatePairingDocument,
    "\n      mutation LogsSaveAgreement($i: SaveAgreementInput!) {\n        saveAgreement(input: $i) {\n          id\n        }\n      }\n    ": typeof types.LogsSaveAgreementDocument,
    "\n      mutation LogsCreateAccount($i: NewUserInput!) {\n        createUserWithOneTimePassword(input: $i) {\n          user {\n            id\n          }\n        }\n      }\n    ": typeof types.LogsCreateAccountDocument,
    "\n      mutation LogsSupplier($i: UpdateSupplierInput!) {\n        updateSupplier(input: $i) {\n          id\n        }\n      }\n    ": typeof types.LogsSupplierDocument,
    "\n      query LogsAuditPage($first: Int!) {\n        auditLog(first: $first) {\n          nodes {\n            actor {\n              displayName\n            }\n            record {\n              name\n            }\n            fields {\n              field\n              after {\n                text\n              }\n              before {\n                text\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.LogsAuditPageDocument,
    "\n      mutation NestedScopeEnterprise($i: CreateEnterpriseInput!) {\n        createEnterprise(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NestedScopeEnterpriseDocument,
    "\n      mutation NestedScopeVisit($i: RecordSiteVisitInput!) {\n        recordSiteVisit(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NestedScopeVisitDocument,
    "\n      mutation NestedScopeWithdrawProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          active\n        }\n      }\n    ": typeof types.NestedScopeWithdrawProductDocument,
    "\n      mutation NestedScopeSuspendSupplier($i: ReviewSupplierInput!) {\n        reviewSupplier(input: $i) {\n          status\n        }\n      }\n    ": typeof types.NestedScopeSuspendSupplierDocument,
    "\n  query OrderCountyScopeOrder($id: ID!, $year: Int!) {\n    order(id: $id) {\n      id\n      total\n      subOrders {\n        id\n        total\n        countable\n        county {\n          code\n        }\n        order {\n          total\n          subOrders {\n            id\n          }\n        }\n      }\n      buyer {\n        quota(year: $year) {\n          year\n        }\n        reservedShare(year: $year) {\n          year\n        }\n      }\n    }\n  }\n": typeof types.OrderCountyScopeOrderDocument,
    "\n  query OrderCountyScopeSubOrders($n: String!) {\n    subOrders(first: 100, filter: { orderNumber: $n }) {\n      nodes {\n        id\n        total\n        county {\n          code\n        }\n        order {\n          id\n          total\n          subOrders {\n            id\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderCountyScopeSubOrdersDocument,
    "\n  query OrdersOpsOrder($id: ID!) {\n    order(id: $id) {\n      id\n      orderNumber\n      orderedOn\n      total\n      subOrders {\n        id\n        number\n        status\n        total\n        carrier\n        waybillNumber\n        county {\n          name\n        }\n        history {\n          action\n          status\n          at\n        }\n      }\n    }\n  }\n": typeof types.OrdersOpsOrderDocument,
    "\n  query OrdersOpsOrders($filter: SubOrderFilter, $first: Int) {\n    orders(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        orderNumber\n        subOrders {\n          id\n          status\n          carrier\n          waybillNumber\n        }\n      }\n    }\n  }\n": typeof types.OrdersOpsOrdersDocument,
    "\n  query OrdersOpsSubOrders($filter: SubOrderFilter) {\n    subOrders(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        number\n        status\n        county {\n          name\n        }\n      }\n    }\n    subOrderStatusCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": typeof types.OrdersOpsSubOrdersDocument,
    "\n  mutation OrdersOpsShip($i: ShipSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n        carrier\n        waybillNumber\n      }\n    }\n  }\n": typeof types.OrdersOpsShipDocument,
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
    "\n  query PeriodsPeriod($p: ID!, $m: String!) {\n    reportingPeriod(pairingId: $p, month: $m) {\n      pairingId\n      month\n      status\n      reason\n      allowedActions\n      submittedBy {\n        username\n      }\n      decidedBy {\n        username\n      }\n      explanations {\n        key\n        text\n      }\n      findings {\n        key\n        rule\n        severity\n        indicator\n        entryId\n        recordType\n        recordId\n        message\n        explanation\n      }\n      figures {\n        indicator\n        amount\n      }\n      history {\n        action\n        fromState\n        toState\n        reason\n        actor {\n          username\n        }\n      }\n    }\n  }\n": typeof types.PeriodsPeriodDocument,
    "\n  mutation PeriodsSubmit($i: SubmitReportingPeriodInput!) {\n    submitReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        explanations {\n          key\n          text\n        }\n      }\n      ... on InvalidStateError {\n        state\n        action\n      }\n    }\n  }\n": typeof types.PeriodsSubmitDocument,
    "\n  mutation PeriodsApprove($i: DecideReportingPeriodInput!) {\n    approveReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        allowedActions\n      }\n      ... on InvalidStateError {\n        state\n        action\n      }\n    }\n  }\n": typeof types.PeriodsApproveDocument,
    "\n  mutation PeriodsReturn($i: DecideReportingPeriodInput!) {\n    returnReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        reason\n      }\n    }\n  }\n": typeof types.PeriodsReturnDocument,
    "\n  mutation PeriodsUnlock($i: DecideReportingPeriodInput!) {\n    unlockReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        reason\n      }\n    }\n  }\n": typeof types.PeriodsUnlockDocument,
    "\n  query PeriodsBoard($y: Int!) {\n    reportingBoard(year: $y) {\n      months\n      rows {\n        pairing {\n          id\n          name\n        }\n        missing\n        cells {\n          month\n          status\n          due\n        }\n      }\n      totals {\n        month\n        due\n        submitted\n        approved\n        missing\n      }\n    }\n  }\n": typeof types.PeriodsBoardDocument,
    "\n  query PeriodsPairings {\n    pairings(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PeriodsPairingsDocument,
    "\n  mutation PeriodsRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      occurredOn\n    }\n  }\n": typeof types.PeriodsRecordFigureDocument,
    "\n  mutation PeriodsCorrect($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      occurredOn\n      correctsId\n    }\n  }\n": typeof types.PeriodsCorrectDocument,
    "\n  mutation PeriodsDonation($i: RecordDonationInput!) {\n    recordDonation(input: $i) {\n      id\n    }\n  }\n": typeof types.PeriodsDonationDocument,
    "\n  mutation PeriodsFiscalProject($i: CreateFiscalProjectInput!) {\n    createFiscalProject(input: $i) {\n      id\n    }\n  }\n": typeof types.PeriodsFiscalProjectDocument,
    "\n  mutation PeriodsFiscalTx($i: RecordFiscalTransactionInput!) {\n    recordFiscalTransaction(input: $i) {\n      id\n    }\n  }\n": typeof types.PeriodsFiscalTxDocument,
    "\n  mutation PeriodsFiscalProgress($i: ReportFiscalProgressInput!) {\n    reportFiscalProgress(input: $i) {\n      id\n    }\n  }\n": typeof types.PeriodsFiscalProgressDocument,
    "\n  mutation PeriodsTranche($i: RecordFundTrancheInput!) {\n    recordFundTranche(input: $i) {\n      id\n    }\n  }\n": typeof types.PeriodsTrancheDocument,
    "\n      mutation UikitCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          id\n        }\n      }\n    ": typeof types.UikitCreateUserDocument,
    "\n      mutation UikitLogin($u: String!, $p: String!) {\n        login(input: { username: $u, password: $p }) {\n          token\n        }\n      }\n    ": typeof types.UikitLoginDocument,
    "\n    mutation UikitExpressInterest($i: ExpressInterestInput!) {\n      expressInterest(input: $i) {\n        id\n        interests {\n          mine\n          county {\n            code\n          }\n        }\n      }\n    }\n  ": typeof types.UikitExpressInterestDocument,
    "\n    mutation UikitWithdrawInterest($leadId: ID!) {\n      withdrawInterest(leadId: $leadId) {\n        id\n        interests {\n          mine\n          county {\n            code\n          }\n        }\n      }\n    }\n  ": typeof types.UikitWithdrawInterestDocument,
    "\n    fragment UikitPosting on JobPosting {\n      id\n      position\n      places\n      filled\n      wageMin\n      wageMax\n      housing\n      opensOn\n      closesOn\n      description\n      open\n      closedAt\n      location {\n        code\n      }\n    }\n  ": typeof types.UikitPostingFragmentDoc,
    "\n    mutation UikitCreatePosting($i: CreateJobPostingInput!) {\n      createJobPosting(input: $i) {\n        ...UikitPosting\n      }\n    }\n  ": typeof types.UikitCreatePostingDocument,
    "\n    mutation UikitUpdatePosting($i: UpdateJobPostingInput!) {\n      updateJobPosting(input: $i) {\n        ...UikitPosting\n      }\n    }\n  ": typeof types.UikitUpdatePostingDocument,
    "\n    mutation UikitClosePosting($id: ID!) {\n      closeJobPosting(id: $id) {\n        ...UikitPosting\n      }\n    }\n  ": typeof types.UikitClosePostingDocument,
    "\n    mutation UikitReopenPosting($id: ID!) {\n      reopenJobPosting(id: $id) {\n        ...UikitPosting\n      }\n    }\n  ": typeof types.UikitReopenPostingDocument,
    "\n    query UikitPostings($f: JobPostingFilter) {\n      jobPostings(first: 100, filter: $f) {\n        nodes {\n          id\n          open\n        }\n      }\n    }\n  ": typeof types.UikitPostingsDocument,
    "\n    mutation UikitPlaceWorker($i: PlaceWorkerInput!) {\n      placeWorker(input: $i) {\n        __typename\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on InvalidStateError {\n          entityId\n          state\n          action\n        }\n        ... on Placement {\n          id\n        }\n      }\n    }\n  ": typeof types.UikitPlaceWorkerDocument,
    "\n    mutation UikitPutForward($i: PutForwardWorkerInput!) {\n      putForwardWorker(input: $i) {\n        id\n      }\n    }\n  ": typeof types.UikitPutForwardDocument,
    "\n  query ProgressExportBoard($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        progress(year: $year) {\n          indicator\n          delivered\n          reported\n          target\n        }\n      }\n    }\n  }\n": typeof types.ProgressExportBoardDocument,
    "\n  query PurchaseOrderCheckout($id: ID!) {\n    order(id: $id) {\n      id\n      deliveryAddress\n      deliveryContact\n      deliveryPhone\n      invoiceTitle\n      taxNumber\n      note\n    }\n  }\n": typeof types.PurchaseOrderCheckoutDocument,
    "\n  query PurchaseRemembered {\n    rememberedDelivery {\n      deliveryAddress\n      deliveryContact\n      deliveryPhone\n      invoiceTitle\n      taxNumber\n    }\n  }\n": typeof types.PurchaseRememberedDocument,
    "\n        query PurchaseIncomingPhones {\n          subOrders(first: 50) {\n            nodes {\n              order {\n                id\n                deliveryPhone\n                deliveryAddress\n              }\n            }\n          }\n        }\n      ": typeof types.PurchaseIncomingPhonesDocument,
    "\n  query PurchaseProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      spec\n      unit\n      price\n      stock\n      certificateNo\n      certificateAuthority\n      certificateValidFrom\n      certificateValidTo\n      certificateStatus\n      county {\n        name\n      }\n      supplier {\n        name\n        county {\n          name\n        }\n        rating {\n          average\n          count\n        }\n      }\n      images {\n        kind\n        url\n      }\n    }\n  }\n": typeof types.PurchaseProductPageDocument,
    "\n        mutation PurchaseNewProduct($i: CreateProductInput!) {\n          createProduct(input: $i) {\n            id\n          }\n        }\n      ": typeof types.PurchaseNewProductDocument,
    "\n        mutation PurchaseWithdraw($i: UpdateProductInput!) {\n          updateProduct(input: $i) {\n            active\n          }\n        }\n      ": typeof types.PurchaseWithdrawDocument,
    "\n  mutation QuotaBoardCreateBuyer($i: CreateBuyerInput!) {\n    createBuyer(input: $i) {\n      id\n    }\n  }\n": typeof types.QuotaBoardCreateBuyerDocument,
    "\n  query QuotaBoardPage($y: Int!, $n: Int!, $after: String) {\n    quotaBoard(year: $y) {\n      counted\n      groups {\n        group\n        buyers\n        counted\n        target\n      }\n      buyers(first: $n, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          buyer {\n            id\n            name\n            group\n            eastRegionId\n          }\n          quota\n          counted\n          completion\n        }\n      }\n    }\n  }\n": typeof types.QuotaBoardPageDocument,
    "\n  mutation RemindersSetQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      id\n    }\n  }\n": typeof types.RemindersSetQuotaDocument,
    "\n  query RemindersCompletion($b: ID!, $y: Int!) {\n    quotaCompletion(buyerId: $b, year: $y) {\n      quota\n      counted\n      expected\n      projected\n      atRisk\n    }\n  }\n": typeof types.RemindersCompletionDocument,
    "\n  query RemindersMine($unread: Boolean!) {\n    unreadNotificationCount\n    myNotifications(unreadOnly: $unread, first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        day\n        link\n        message\n        readAt\n      }\n    }\n  }\n": typeof types.RemindersMineDocument,
    "\n  mutation RemindersMark($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.RemindersMarkDocument,
    "\n  mutation RemindersMarkAll {\n    markAllNotificationsRead\n  }\n": typeof types.RemindersMarkAllDocument,
    "\n  mutation RemindersRecord($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": typeof types.RemindersRecordDocument,
    "\n  mutation RemindersTarget($i: SetAgreementTargetInput!) {\n    setAgreementTarget(input: $i) {\n      id\n    }\n  }\n": typeof types.RemindersTargetDocument,
    "\n  query RemindersProgress($id: ID!, $y: Int!, $asOf: Date) {\n    pairing(id: $id) {\n      progress(year: $y, asOf: $asOf) {\n        indicator\n        target\n        delivered\n        projected\n        projectionMethod\n        atRisk\n      }\n    }\n  }\n": typeof types.RemindersProgressDocument,
    "\n  mutation RemindersReview($id: ID!, $reason: String!) {\n    rejectEvidence(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RemindersReviewDocument,
    "\n  mutation ScaleoutLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": typeof types.ScaleoutLoginDocument,
    "\n  query ScaleoutMe {\n    me {\n      id\n    }\n  }\n": typeof types.ScaleoutMeDocument,
    "\n  mutation SetupCreateRegion($i: CreateRegionInput!) {\n    createRegion(input: $i) {\n      id\n      code\n      level\n      side\n      parent {\n        code\n      }\n    }\n  }\n": typeof types.SetupCreateRegionDocument,
    "\n  mutation SetupUpdateRegion($id: ID!, $i: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $i) {\n      name\n      shortName\n    }\n  }\n": typeof types.SetupUpdateRegionDocument,
    "\n  query SetupRegionsWithin($id: ID!) {\n    regions(first: 100, filter: { withinId: $id }) {\n      nodes {\n        code\n      }\n    }\n  }\n": typeof types.SetupRegionsWithinDocument,
    "\n  mutation SetupCreatePairing($i: CreatePairingInput!) {\n    createPairing(input: $i) {\n      id\n      name\n      status\n      parent {\n        name\n      }\n    }\n  }\n": typeof types.SetupCreatePairingDocument,
    "\n  mutation SetupEndPairing($i: EndPairingInput!) {\n    endPairing(input: $i) {\n      status\n      endedOn\n      endReason\n      children {\n        name\n        status\n        endedOn\n      }\n    }\n  }\n": typeof types.SetupEndPairingDocument,
    "\n  mutation SetupSaveAgreement($i: SaveAgreementInput!) {\n    saveAgreement(input: $i) {\n      id\n      year\n      signedOn\n      targets {\n        indicator\n        target\n      }\n    }\n  }\n": typeof types.SetupSaveAgreementDocument,
    "\n  mutation SetupChangeTarget($i: ChangeAgreementTargetInput!) {\n    changeAgreementTarget(input: $i) {\n      targets {\n        indicator\n        target\n      }\n      targetHistory {\n        indicator\n        before\n        after\n        reason\n        actor {\n          username\n        }\n      }\n    }\n  }\n": typeof types.SetupChangeTargetDocument,
    "\n  mutation SetupCopyAgreement($i: CopyAgreementInput!) {\n    copyAgreement(input: $i) {\n      year\n      signedOn\n      targets {\n        indicator\n        target\n      }\n      targetHistory {\n        indicator\n        reason\n      }\n    }\n  }\n": typeof types.SetupCopyAgreementDocument,
    "\n  mutation SharedLimitsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": typeof types.SharedLimitsLoginDocument,
    "\n          mutation SharedLimitsCreateUser($i: CreateUserInput!) {\n            createUser(input: $i) {\n              id\n            }\n          }\n        ": typeof types.SharedLimitsCreateUserDocument,
    "\n  fragment TalentPostingFields on TalentPosting {\n    id\n    direction\n    category\n    kind\n    startsOn\n    plannedEndOn\n    endedOn\n    endReason\n    endsOn\n    status\n    endingSoon\n    withdrawnAt\n    pairingId\n    county {\n      code\n    }\n    eastRegion {\n      code\n    }\n    person {\n      id\n      name\n      institution\n      phoneMasked\n    }\n  }\n": typeof types.TalentPostingFieldsFragmentDoc,
    "\n  mutation TalentRecord($i: RecordTalentPostingInput!) {\n    recordTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n": typeof types.TalentRecordDocument,
    "\n  mutation TalentChange($i: ChangeTalentPostingInput!) {\n    changeTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n": typeof types.TalentChangeDocument,
    "\n  mutation TalentEnd($i: EndTalentPostingInput!) {\n    endTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n": typeof types.TalentEndDocument,
    "\n  mutation TalentWithdraw($i: WithdrawTalentPostingInput!) {\n    withdrawTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n": typeof types.TalentWithdrawDocument,
    "\n  query TalentList($f: TalentPostingFilter, $n: Int) {\n    talentPostings(first: $n, filter: $f) {\n      totalCount\n      nodes {\n        ...TalentPostingFields\n      }\n    }\n  }\n": typeof types.TalentListDocument,
    "\n  query TalentOne($id: ID!) {\n    talentPosting(id: $id) {\n      id\n    }\n  }\n": typeof types.TalentOneDocument,
    "\n  query TalentPeople($s: String, $n: Int) {\n    talentPeople(search: $s, first: $n) {\n      totalCount\n      nodes {\n        id\n        name\n        phoneMasked\n        postings {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TalentPeopleDocument,
    "\n  query TalentSummary($y: Int!) {\n    talentSummary(year: $y) {\n      year\n      cadresSent\n      professionalsSent\n      teachersSent\n      doctorsSent\n      agriTechSent\n      otherSent\n      cadresReceived\n      professionalsReceived\n    }\n  }\n": typeof types.TalentSummaryDocument,
    "\n  mutation TalentReveal($id: ID!) {\n    revealTalentPersonPhone(personId: $id) {\n      personId\n      phone\n    }\n  }\n": typeof types.TalentRevealDocument,
    "\n  mutation TalentChangePerson($i: ChangeTalentPersonInput!) {\n    changeTalentPerson(input: $i) {\n      id\n      name\n      phoneMasked\n    }\n  }\n": typeof types.TalentChangePersonDocument,
    "\n  query TalentLedger($p: ID!, $src: LedgerSource) {\n    ledgerEntries(filter: { pairingId: $p, source: $src }, first: 100) {\n      nodes {\n        sourceId\n        sourceLabel\n      }\n    }\n  }\n": typeof types.TalentLedgerDocument,
    "\n  fragment TransitionsRefusal on InvalidStateError {\n    code\n    state\n    action\n  }\n": typeof types.TransitionsRefusalFragmentDoc,
    "\n  mutation TransitionsConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsConfirmSubOrderDocument,
    "\n  mutation TransitionsRecordPayment($i: RecordPaymentInput!) {\n    recordPayment(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsRecordPaymentDocument,
    "\n  mutation TransitionsShipSubOrder($i: ShipSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": typeof types.TransitionsShipSubOrderDocument,
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
    "\n  fragment UnitPairTestFields on UnitPair {\n    id\n    kind\n    eastUnit\n    westUnit\n    formedOn\n    endedOn\n    endReason\n    withdrawnAt\n    withdrawReason\n    status\n    support\n    value\n    pairingId\n    enterpriseId\n    county {\n      code\n    }\n  }\n": typeof types.UnitPairTestFieldsFragmentDoc,
    "\n  mutation UnitPairRecord($i: RecordUnitPairInput!) {\n    recordUnitPair(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n": typeof types.UnitPairRecordDocument,
    "\n  mutation UnitPairWithdraw($i: WithdrawUnitPairInput!) {\n    withdrawUnitPair(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n": typeof types.UnitPairWithdrawDocument,
    "\n  mutation UnitPairEnd($i: EndUnitPairInput!) {\n    endUnitPair(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n": typeof types.UnitPairEndDocument,
    "\n  mutation UnitPairRedate($i: ChangeUnitPairFormedOnInput!) {\n    changeUnitPairFormedOn(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n": typeof types.UnitPairRedateDocument,
    "\n  query UnitPairList($f: UnitPairFilter, $first: Int) {\n    unitPairs(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        ...UnitPairTestFields\n        pairing {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UnitPairListDocument,
    "\n  query UnitPairOne($id: ID!) {\n    unitPair(id: $id) {\n      ...UnitPairTestFields\n    }\n  }\n": typeof types.UnitPairOneDocument,
    "\n  query UnitPairSummaryOf($y: Int!, $c: ID) {\n    unitPairSummary(year: $y, countyId: $c) {\n      year\n      formed\n      activeAtYearEnd\n      byKind {\n        kind\n        formed\n        activeAtYearEnd\n      }\n    }\n  }\n": typeof types.UnitPairSummaryOfDocument,
    "\n  query UnitPairPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n    }\n  }\n": typeof types.UnitPairPairingDocument,
    "\n  query UnitPairLedger($f: LedgerEntryFilter!) {\n    ledgerEntries(filter: $f, first: 5) {\n      totalCount\n      nodes {\n        amount\n        source\n        sourceLabel\n        note\n      }\n    }\n  }\n": typeof types.UnitPairLedgerDocument,
    "\n  mutation UnitPairImportCommit($id: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $id, mode: $mode) {\n      status\n      written\n      unchanged\n      skipped\n    }\n  }\n": typeof types.UnitPairImportCommitDocument,
};
const documents: Documents = {
    "\n  query AccountsUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lastLoginAt\n        lockedUntil\n        region {\n          code\n        }\n        buyer {\n          name\n        }\n        enterprise {\n          name\n        }\n      }\n    }\n  }\n": types.AccountsUsersDocument,
    "\n  mutation AccountsCreate($i: NewUserInput!) {\n    createUserWithOneTimePassword(input: $i) {\n      oneTimePassword\n      user {\n        id\n        username\n        mustChangePassword\n      }\n    }\n  }\n": types.AccountsCreateDocument,
    "\n  mutation AccountsUpdate($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      displayName\n    }\n  }\n": types.AccountsUpdateDocument,
    "\n  mutation AccountsAccess($i: UpdateUserAccessInput!) {\n    updateUserAccess(input: $i) {\n      role\n    }\n  }\n": types.AccountsAccessDocument,
    "\n  mutation AccountsDisable($u: ID!) {\n    disableUser(userId: $u) {\n      active\n    }\n  }\n": types.AccountsDisableDocument,
    "\n  mutation AccountsReset($u: ID!) {\n    resetUserPassword(userId: $u) {\n      oneTimePassword\n    }\n  }\n": types.AccountsResetDocument,
    "\n  mutation AccountsUnlock($u: ID!) {\n    unlockUser(userId: $u) {\n      username\n      lockedUntil\n    }\n  }\n": types.AccountsUnlockDocument,
    "\n  mutation AccountsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n      mustChangePassword\n    }\n  }\n": types.AccountsLoginDocument,
    "\n  mutation AccountsChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      token\n      mustChangePassword\n    }\n  }\n": types.AccountsChangeDocument,
    "\n  query AccountsPairings {\n    pairings {\n      totalCount\n    }\n  }\n": types.AccountsPairingsDocument,
    "\n  mutation AccountsBuyerWithAccount($i: CreateBuyerInput!, $a: FirstAccountInput!) {\n    createBuyerWithAccount(input: $i, firstAccount: $a) {\n      oneTimePassword\n      buyer {\n        id\n        name\n      }\n      user {\n        id\n        username\n        role\n        mustChangePassword\n        buyer {\n          name\n        }\n      }\n    }\n  }\n": types.AccountsBuyerWithAccountDocument,
    "\n      query AccountsNestedReach {\n        buyers(first: 100) {\n          nodes {\n            id\n          }\n        }\n        enterprises(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.AccountsNestedReachDocument,
    "\n        query AccountsNestedIds {\n          users(first: 100) {\n            nodes {\n              buyer {\n                id\n              }\n              enterprise {\n                id\n              }\n            }\n          }\n        }\n      ": types.AccountsNestedIdsDocument,
    "\n        mutation AccountsEnterpriseWithAccount($i: CreateEnterpriseInput!, $a: FirstAccountInput!) {\n          createEnterpriseWithAccount(input: $i, firstAccount: $a) {\n            oneTimePassword\n            enterprise {\n              name\n            }\n            user {\n              username\n              role\n              mustChangePassword\n              enterprise {\n                name\n              }\n            }\n          }\n        }\n      ": types.AccountsEnterpriseWithAccountDocument,
    "\n  query AssessmentFigures($p: ID!, $y: Int!) {\n    pairing(id: $p) {\n      name\n      progress(year: $y) {\n        indicator\n        target\n        delivered\n        reported\n        recorded\n      }\n      evidenceCoverage(year: $y) {\n        indicator\n        covered\n        ratio\n        missingCount\n      }\n    }\n    pairingGrades(year: $y) {\n      pairings {\n        pairing {\n          id\n        }\n        score\n        breakdown {\n          indicator\n          completion\n          pointsEarned\n        }\n      }\n    }\n  }\n": types.AssessmentFiguresDocument,
    "\n  mutation AssessmentRecord($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": types.AssessmentRecordDocument,
    "\n  mutation AssessmentVerify($id: ID!) {\n    verifyEvidence(id: $id) {\n      status\n    }\n  }\n": types.AssessmentVerifyDocument,
    "\n  mutation AssessmentScheme($i: SetGradingSchemeInput!) {\n    setGradingScheme(input: $i) {\n      id\n    }\n  }\n": types.AssessmentSchemeDocument,
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
    "\n  query CataloguePageAtScale($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        price\n        certificateStatus\n        countsTowardQuota\n        county {\n          id\n          name\n        }\n        supplier {\n          id\n          name\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n": types.CataloguePageAtScaleDocument,
    "\n    query CatalogueMeId {\n      me {\n        id\n        role\n      }\n    }\n  ": types.CatalogueMeIdDocument,
    "\n    query CatalogueMeLastLogin {\n      me {\n        id\n        lastLoginAt\n      }\n    }\n  ": types.CatalogueMeLastLoginDocument,
    "\n  fragment ConsumptionChannelsFair on Fair {\n    id\n    name\n    venue\n    startsOn\n    endsOn\n    eastRegion {\n      code\n    }\n    suppliers {\n      id\n      name\n    }\n  }\n": types.ConsumptionChannelsFairFragmentDoc,
    "\n  mutation ConsumptionChannelsCreateFair($i: CreateFairInput!) {\n    createFair(input: $i) {\n      ...ConsumptionChannelsFair\n    }\n  }\n": types.ConsumptionChannelsCreateFairDocument,
    "\n  mutation ConsumptionChannelsUpdateFair($i: UpdateFairInput!) {\n    updateFair(input: $i) {\n      ...ConsumptionChannelsFair\n    }\n  }\n": types.ConsumptionChannelsUpdateFairDocument,
    "\n  mutation ConsumptionChannelsDeleteFair($id: ID!) {\n    deleteFair(fairId: $id)\n  }\n": types.ConsumptionChannelsDeleteFairDocument,
    "\n    fragment ConsumptionChannelsCentre on SalesCentre {\n      id\n      name\n      address\n      active\n      openedOn\n      eastRegion {\n        code\n      }\n    }\n  ": types.ConsumptionChannelsCentreFragmentDoc,
    "\n        mutation ConsumptionChannelsCreateCentre($i: CreateSalesCentreInput!) {\n          createSalesCentre(input: $i) {\n            ...ConsumptionChannelsCentre\n          }\n        }\n      ": types.ConsumptionChannelsCreateCentreDocument,
    "\n        query ConsumptionChannelsCentres {\n          salesCentres {\n            id\n            name\n          }\n        }\n      ": types.ConsumptionChannelsCentresDocument,
    "\n      query ConsumptionChannelsByRegion($r: ID) {\n        salesCentres(regionId: $r) {\n          eastRegion {\n            code\n          }\n        }\n        fairs(regionId: $r) {\n          eastRegion {\n            code\n          }\n        }\n      }\n    ": types.ConsumptionChannelsByRegionDocument,
    "\n        mutation ConsumptionChannelsCreateCentreId($i: CreateSalesCentreInput!) {\n          createSalesCentre(input: $i) {\n            id\n          }\n        }\n      ": types.ConsumptionChannelsCreateCentreIdDocument,
    "\n      mutation ConsumptionChannelsUpdateCentre($i: UpdateSalesCentreInput!) {\n        updateSalesCentre(input: $i) {\n          ...ConsumptionChannelsCentre\n        }\n      }\n    ": types.ConsumptionChannelsUpdateCentreDocument,
    "\n        query ConsumptionChannelsOpenCentres {\n          salesCentres {\n            id\n          }\n          all: salesCentres(includeClosed: true) {\n            id\n          }\n        }\n      ": types.ConsumptionChannelsOpenCentresDocument,
    "\n      mutation ConsumptionChannelsUpdateSupplier($i: UpdateSupplierInput!) {\n        updateSupplier(input: $i) {\n          id\n          name\n          contact\n        }\n      }\n    ": types.ConsumptionChannelsUpdateSupplierDocument,
    "\n        query ConsumptionChannelsSupplierSearch {\n          suppliers(filter: { search: \"蜂之源\" }) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.ConsumptionChannelsSupplierSearchDocument,
    "\n        mutation ConsumptionChannelsUpdateProduct($i: UpdateProductInput!) {\n          updateProduct(input: $i) {\n            name\n            spec\n            unit\n            category\n          }\n        }\n      ": types.ConsumptionChannelsUpdateProductDocument,
    "\n        mutation ConsumptionChannelsUpdateProductName($i: UpdateProductInput!) {\n          updateProduct(input: $i) {\n            name\n          }\n        }\n      ": types.ConsumptionChannelsUpdateProductNameDocument,
    "\n        query ConsumptionChannelsProductsBySupplier($f: ProductFilter) {\n          products(filter: $f) {\n            nodes {\n              name\n            }\n          }\n        }\n      ": types.ConsumptionChannelsProductsBySupplierDocument,
    "\n        query ConsumptionChannelsProductImages($id: ID!) {\n          product(id: $id) {\n            images {\n              id\n              kind\n              contentType\n              url\n            }\n          }\n        }\n      ": types.ConsumptionChannelsProductImagesDocument,
    "\n      mutation ConsumptionChannelsRemoveImage($id: ID!) {\n        removeProductImage(imageId: $id)\n      }\n    ": types.ConsumptionChannelsRemoveImageDocument,
    "\n        query ConsumptionExportBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            buyers(first: 100) {\n              totalCount\n              nodes {\n                buyer {\n                  name\n                }\n                quota\n                counted\n                confirmed\n                completion\n              }\n            }\n            groups {\n              group\n              counted\n              confirmed\n            }\n          }\n        }\n      ": types.ConsumptionExportBoardDocument,
    "\n  mutation ConsumptionPlaceOrder($i: PlaceOrderInput!) {\n    placeOrder(input: $i) {\n      __typename\n      ... on Order {\n        id\n        total\n        orderedOn\n        channel\n        subOrders {\n          id\n          status\n          total\n          countable\n          pairingId\n          county {\n            code\n          }\n          lines {\n            quantity\n            unitPrice\n            amount\n            countsTowardQuota\n            product {\n              name\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on OutOfStockError {\n        productId\n        requested\n        available\n      }\n      ... on ProductUnavailableError {\n        productId\n      }\n    }\n  }\n": types.ConsumptionPlaceOrderDocument,
    "\n  fragment ConsumptionStep on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      reason\n    }\n    ... on InvalidStateError {\n      code\n      message\n      state\n      entityId\n      action\n    }\n  }\n": types.ConsumptionStepFragmentDoc,
    "\n  mutation ConsumptionConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": types.ConsumptionConfirmSubOrderDocument,
    "\n  mutation ConsumptionCancelSubOrder($i: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": types.ConsumptionCancelSubOrderDocument,
    "\n  mutation ConsumptionShipSubOrder($i: ShipSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": types.ConsumptionShipSubOrderDocument,
    "\n  mutation ConsumptionRefundSubOrder($i: ChangeSubOrderInput!) {\n    refundSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": types.ConsumptionRefundSubOrderDocument,
    "\n  mutation ConsumptionRecordPayment($i: RecordPaymentInput!) {\n    recordPayment(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": types.ConsumptionRecordPaymentDocument,
    "\n  mutation ConsumptionReceiveSubOrder($i: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": types.ConsumptionReceiveSubOrderDocument,
    "\n  fragment ConsumptionQuota on Quota {\n    amount\n    basis\n    baseAmount\n    rateBasisPoints\n    headcount\n    perHead\n    countySplits {\n      county {\n        code\n      }\n      amount\n    }\n  }\n": types.ConsumptionQuotaFragmentDoc,
    "\n  mutation ConsumptionSetQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      ...ConsumptionQuota\n    }\n  }\n": types.ConsumptionSetQuotaDocument,
    "\n      mutation ConsumptionNewBuyer($i: CreateBuyerInput!) {\n        createBuyer(input: $i) {\n          id\n        }\n      }\n    ": types.ConsumptionNewBuyerDocument,
    "\n      mutation ConsumptionNewBuyerUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          id\n        }\n      }\n    ": types.ConsumptionNewBuyerUserDocument,
    "\n  mutation ConsumptionManageRemoveQuota($b: ID!, $y: Int!) {\n    removeQuota(buyerId: $b, year: $y)\n  }\n": types.ConsumptionManageRemoveQuotaDocument,
    "\n  mutation ConsumptionManageCreateBuyer($i: CreateBuyerInput!) {\n    createBuyer(input: $i) {\n      id\n      name\n      group\n      eastRegion {\n        code\n      }\n    }\n  }\n": types.ConsumptionManageCreateBuyerDocument,
    "\n  query ConsumptionManageBuyers($y: Int!, $f: BuyerFilter, $n: Int) {\n    buyers(first: $n, filter: $f) {\n      totalCount\n      nodes {\n        id\n        name\n        group\n        quota(year: $y) {\n          ...ConsumptionQuota\n        }\n      }\n    }\n  }\n": types.ConsumptionManageBuyersDocument,
    "\n    query ConsumptionManageSuppliers($f: SupplierFilter) {\n      suppliers(first: 50, filter: $f) {\n        totalCount\n        nodes {\n          id\n          name\n          status\n          statusNote\n          county {\n            code\n          }\n        }\n      }\n    }\n  ": types.ConsumptionManageSuppliersDocument,
    "\n    mutation ConsumptionManageReviewSupplier($i: ReviewSupplierInput!) {\n      reviewSupplier(input: $i) {\n        id\n        status\n        statusNote\n      }\n    }\n  ": types.ConsumptionManageReviewSupplierDocument,
    "\n        query ConsumptionManageOfficialBuyerQuotas($y: Int!) {\n          subOrders(first: 20) {\n            nodes {\n              buyer {\n                name\n                quota(year: $y) {\n                  amount\n                }\n              }\n            }\n          }\n        }\n      ": types.ConsumptionManageOfficialBuyerQuotasDocument,
    "\n            query ConsumptionManageBuyerQuota($id: ID!, $y: Int!) {\n              buyer(id: $id) {\n                quota(year: $y) {\n                  amount\n                }\n              }\n            }\n          ": types.ConsumptionManageBuyerQuotaDocument,
    "\n        query ConsumptionManageBuyerQuota1900($id: ID!) {\n          buyer(id: $id) {\n            quota(year: 1900) {\n              amount\n            }\n          }\n        }\n      ": types.ConsumptionManageBuyerQuota1900Document,
    "\n          query ConsumptionManageBuyerQuotaPage($y: Int!, $n: Int) {\n            buyers(first: $n, filter: { search: \"胶州\" }) {\n              nodes {\n                name\n                eastRegion {\n                  code\n                }\n                quota(year: $y) {\n                  amount\n                  countySplits {\n                    county {\n                      name\n                    }\n                    amount\n                  }\n                }\n              }\n            }\n          }\n        ": types.ConsumptionManageBuyerQuotaPageDocument,
    "\n    query ConsumptionManageGroupTargets($y: Int!) {\n      groupTargets(year: $y) {\n        group\n        year\n        amount\n        eastRegion {\n          code\n        }\n      }\n    }\n  ": types.ConsumptionManageGroupTargetsDocument,
    "\n    mutation ConsumptionManageSetGroupTarget($i: SetGroupTargetInput!) {\n      setGroupTarget(input: $i) {\n        group\n        amount\n      }\n    }\n  ": types.ConsumptionManageSetGroupTargetDocument,
    "\n      query ConsumptionCompletion($b: ID!, $y: Int!) {\n        quotaCompletion(buyerId: $b, year: $y) {\n          quota\n          counted\n          confirmed\n          countsFrom\n          remaining\n          completion\n          daysLeft\n          byChannel {\n            channel\n            counted\n          }\n          byCounty {\n            county {\n              code\n            }\n            counted\n            quota\n          }\n        }\n      }\n    ": types.ConsumptionCompletionDocument,
    "\n  mutation ConsumptionUpdateProductPrice($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      price\n    }\n  }\n": types.ConsumptionUpdateProductPriceDocument,
    "\n      query ConsumptionProducts($f: ProductFilter, $n: Int) {\n        products(first: $n, filter: $f) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          nodes {\n            name\n            price\n            county {\n              shortName\n            }\n            supplier {\n              name\n              status\n            }\n            certificateStatus\n            countsTowardQuota\n          }\n        }\n      }\n    ": types.ConsumptionProductsDocument,
    "\n      query ConsumptionProductCounts($id: ID!, $on: Date!) {\n        product(id: $id) {\n          lastYear: countsTowardQuota(on: $on)\n          now: countsTowardQuota\n          certificateValidTo\n        }\n      }\n    ": types.ConsumptionProductCountsDocument,
    "\n          query ConsumptionProductPage($n: Int) {\n            products(first: $n) {\n              nodes {\n                name\n                supplier {\n                  name\n                  county {\n                    name\n                  }\n                }\n                county {\n                  code\n                }\n              }\n            }\n          }\n        ": types.ConsumptionProductPageDocument,
    "\n    mutation ConsumptionRecommendSupplier($i: RecommendSupplierInput!) {\n      recommendSupplier(input: $i) {\n        id\n        status\n        creditCode\n        county {\n          code\n        }\n      }\n    }\n  ": types.ConsumptionRecommendSupplierDocument,
    "\n        mutation ConsumptionCreateProduct($i: CreateProductInput!) {\n          createProduct(input: $i) {\n            id\n            price\n            countsTowardQuota\n          }\n        }\n      ": types.ConsumptionCreateProductDocument,
    "\n      mutation ConsumptionReviewSupplier($i: ReviewSupplierInput!) {\n        reviewSupplier(input: $i) {\n          status\n        }\n      }\n    ": types.ConsumptionReviewSupplierDocument,
    "\n      mutation ConsumptionUpdateProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          price\n          stock\n        }\n      }\n    ": types.ConsumptionUpdateProductDocument,
    "\n        query ConsumptionOrderLines($id: ID!) {\n          order(id: $id) {\n            subOrders {\n              lines {\n                unitPrice\n                product {\n                  price\n                }\n              }\n            }\n          }\n        }\n      ": types.ConsumptionOrderLinesDocument,
    "\n        query ConsumptionOrders {\n          orders(first: 100) {\n            totalCount\n            nodes {\n              id\n              buyer {\n                name\n              }\n            }\n          }\n        }\n      ": types.ConsumptionOrdersDocument,
    "\n      query ConsumptionOrder($id: ID!) {\n        order(id: $id) {\n          id\n        }\n      }\n    ": types.ConsumptionOrderDocument,
    "\n        query ConsumptionSubOrderBuyers {\n          subOrders(first: 100) {\n            nodes {\n              buyer {\n                name\n              }\n            }\n          }\n        }\n      ": types.ConsumptionSubOrderBuyersDocument,
    "\n        query ConsumptionMe {\n          me {\n            role\n            buyerId\n            buyer {\n              name\n              group\n              eastRegion {\n                code\n              }\n            }\n          }\n        }\n      ": types.ConsumptionMeDocument,
    "\n        query ConsumptionSubOrderCounties {\n          subOrders(first: 100) {\n            totalCount\n            nodes {\n              county {\n                code\n              }\n              supplier {\n                county {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": types.ConsumptionSubOrderCountiesDocument,
    "\n      query ConsumptionOrderCount {\n        orders {\n          totalCount\n        }\n      }\n    ": types.ConsumptionOrderCountDocument,
    "\n        query ConsumptionSubOrderOrders {\n          subOrders(first: 100) {\n            nodes {\n              order {\n                id\n                subOrders {\n                  county {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ConsumptionSubOrderOrdersDocument,
    "\n          query ConsumptionSubOrderPage($n: Int) {\n            subOrders(first: $n) {\n              nodes {\n                status\n                buyer {\n                  name\n                }\n                supplier {\n                  name\n                }\n                county {\n                  code\n                }\n                order {\n                  channel\n                }\n                lines {\n                  quantity\n                  product {\n                    name\n                    supplier {\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": types.ConsumptionSubOrderPageDocument,
    "\n      query ConsumptionSubOrderRegions {\n        subOrders(first: 100) {\n          totalCount\n          nodes {\n            buyer {\n              eastRegion {\n                code\n              }\n            }\n          }\n        }\n      }\n    ": types.ConsumptionSubOrderRegionsDocument,
    "\n      query ConsumptionSubOrderCount {\n        subOrders(first: 1) {\n          totalCount\n        }\n      }\n    ": types.ConsumptionSubOrderCountDocument,
    "\n        mutation ConsumptionSetGroupTarget($i: SetGroupTargetInput!) {\n          setGroupTarget(input: $i) {\n            amount\n          }\n        }\n      ": types.ConsumptionSetGroupTargetDocument,
    "\n        query ConsumptionQuotaBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            daysLeft\n            counted\n            groups {\n              group\n              target\n              counted\n              completion\n              buyers\n            }\n            buyers(first: 100) {\n              totalCount\n              nodes {\n                buyer {\n                  name\n                  group\n                }\n                quota\n                counted\n                completion\n              }\n            }\n            byChannel {\n              channel\n              counted\n            }\n            byCounty {\n              county {\n                code\n              }\n              counted\n            }\n          }\n        }\n      ": types.ConsumptionQuotaBoardDocument,
    "\n      query ConsumptionQuotaBoard2026 {\n        quotaBoard(year: 2026) {\n          counted\n        }\n      }\n    ": types.ConsumptionQuotaBoard2026Document,
    "\n  query CountyHistory($f: AuditFilter) {\n    auditLog(filter: $f, first: 100) {\n      totalCount\n      nodes {\n        action\n        entityType\n        entityId\n        actor {\n          username\n        }\n        record {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CountyHistoryDocument,
    "\n  mutation CountyHistoryReveal($id: ID!) {\n    revealWorkerIdentity(workerId: $id) {\n      workerId\n    }\n  }\n": types.CountyHistoryRevealDocument,
    "\n  mutation CountyHistoryProduct($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      id\n    }\n  }\n": types.CountyHistoryProductDocument,
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
    "\n  fragment DonationTestFields on Donation {\n    id\n    kind\n    donorKind\n    donor\n    donorName\n    donorCount\n    goodsDescription\n    valuationBasis\n    purpose\n    emergency\n    receivedOn\n    receiptNo\n    amount\n    reversesId\n    reason\n    reversed\n    county {\n      code\n    }\n    eastRegion {\n      code\n    }\n    pairing {\n      name\n    }\n    enterprise {\n      name\n    }\n  }\n": types.DonationTestFieldsFragmentDoc,
    "\n  mutation DonationRecord($i: RecordDonationInput!) {\n    recordDonation(input: $i) {\n      ...DonationTestFields\n    }\n  }\n": types.DonationRecordDocument,
    "\n  mutation DonationReverse($i: ReverseDonationInput!) {\n    reverseDonation(input: $i) {\n      ...DonationTestFields\n    }\n  }\n": types.DonationReverseDocument,
    "\n  query DonationList($f: DonationFilter, $n: Int, $after: String) {\n    donations(filter: $f, first: $n, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DonationTestFields\n        reversal {\n          id\n        }\n      }\n    }\n  }\n": types.DonationListDocument,
    "\n  query DonationOne($id: ID!) {\n    donation(id: $id) {\n      id\n      amount\n    }\n  }\n": types.DonationOneDocument,
    "\n  query DonationSummaryQ($f: DonationFilter) {\n    donationSummary(filter: $f) {\n      total\n      count\n      goods\n      emergency\n      byDonorKind {\n        key\n        label\n        amount\n        count\n      }\n      byCounty {\n        key\n        label\n        amount\n        count\n      }\n    }\n  }\n": types.DonationSummaryQDocument,
    "\n  query DonationProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        recorded\n      }\n    }\n  }\n": types.DonationProgressDocument,
    "\n  query DonationLedger($id: ID!, $y: Int!) {\n    ledgerEntries(filter: { pairingId: $id, year: $y, indicator: SOCIAL_DONATIONS }, first: 100) {\n      nodes {\n        source\n        sourceLabel\n        amount\n      }\n    }\n  }\n": types.DonationLedgerDocument,
    "\n    mutation DonationsImportCommit($id: ID!, $mode: ImportMode!) {\n      commitImport(batchId: $id, mode: $mode) {\n        status\n        written\n        unchanged\n        skipped\n      }\n    }\n  ": types.DonationsImportCommitDocument,
    "\n  query EnterprisePhoneOne($id: ID!) {\n    enterprise(id: $id) {\n      id\n      contactPhone\n    }\n  }\n": types.EnterprisePhoneOneDocument,
    "\n  query EnterprisePhoneList {\n    enterprises(first: 100) {\n      nodes {\n        id\n        contactPhone\n      }\n    }\n  }\n": types.EnterprisePhoneListDocument,
    "\n  mutation EnterprisePhoneUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      contactPhone\n    }\n  }\n": types.EnterprisePhoneUpdateDocument,
    "\n  mutation EnterprisesCreate($i: CreateEnterpriseInput!) {\n    createEnterprise(input: $i) {\n      id\n      name\n      creditCode\n      industry\n      homeRegion {\n        code\n      }\n    }\n  }\n": types.EnterprisesCreateDocument,
    "\n  mutation EnterprisesUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      name\n      industry\n      creditCode\n      contactPhone\n    }\n  }\n": types.EnterprisesUpdateDocument,
    "\n  query EnterprisesList($f: EnterpriseFilter, $n: Int) {\n    enterprises(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        name\n        homeRegion {\n          code\n        }\n      }\n    }\n  }\n": types.EnterprisesListDocument,
    "\n        query EnterprisesMe {\n          me {\n            username\n            role\n            enterprise {\n              name\n              creditCode\n              industry\n              homeRegion {\n                code\n              }\n            }\n          }\n        }\n      ": types.EnterprisesMeDocument,
    "\n      query EnterprisesMeEnterprise {\n        me {\n          enterprise {\n            id\n          }\n        }\n      }\n    ": types.EnterprisesMeEnterpriseDocument,
    "\n      query EnterprisesOne($id: ID!) {\n        enterprise(id: $id) {\n          name\n        }\n      }\n    ": types.EnterprisesOneDocument,
    "\n      query EnterprisesPage($n: Int) {\n        enterprises(first: $n) {\n          nodes {\n            name\n            homeRegion {\n              name\n            }\n          }\n        }\n      }\n    ": types.EnterprisesPageDocument,
    "\n    mutation EnterprisesCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        username\n        enterprise {\n          name\n        }\n      }\n    }\n  ": types.EnterprisesCreateUserDocument,
    "\n      mutation EnterprisesLinkUser($u: ID!, $e: ID!) {\n        linkEnterpriseUser(userId: $u, enterpriseId: $e) {\n          enterprise {\n            name\n          }\n        }\n      }\n    ": types.EnterprisesLinkUserDocument,
    "\n  query EvidenceBatchedFiles($k: EvidenceRecordType!, $id: ID!) {\n    evidenceFiles(recordType: $k, recordId: $id) {\n      id\n    }\n  }\n": types.EvidenceBatchedFilesDocument,
    "\n  query EvidenceBatchedOrder($id: ID!) {\n    order(id: $id) {\n      id\n      subOrders {\n        id\n        __typename\n        evidence {\n          id\n          status\n          purpose\n        }\n      }\n    }\n  }\n": types.EvidenceBatchedOrderDocument,
    "\n  query EvidenceBatchedOrderPlain($id: ID!) {\n    order(id: $id) {\n      id\n      subOrders {\n        id\n      }\n    }\n  }\n": types.EvidenceBatchedOrderPlainDocument,
    "\n  query EvidenceBatchedOrders($n: Int!) {\n    orders(first: $n) {\n      nodes {\n        id\n        subOrders {\n          id\n          __typename\n          evidence {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EvidenceBatchedOrdersDocument,
    "\n  query EvidenceBatchedFiscal($n: Int!) {\n    fiscalProjects(first: $n) {\n      nodes {\n        id\n        transactions {\n          id\n          __typename\n          evidence {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EvidenceBatchedFiscalDocument,
    "\n  query EvidenceBatchedProjects($n: Int!) {\n    investmentProjects(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n        tranches {\n          id\n          __typename\n          evidence {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EvidenceBatchedProjectsDocument,
    "\n  query EvidenceBatchedTrainings($n: Int!) {\n    trainingSessions(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n      }\n    }\n  }\n": types.EvidenceBatchedTrainingsDocument,
    "\n  query EvidenceBatchedUnitPairs($n: Int!) {\n    unitPairs(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n      }\n    }\n  }\n": types.EvidenceBatchedUnitPairsDocument,
    "\n  query EvidenceBatchedDonations($n: Int!) {\n    donations(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n      }\n    }\n  }\n": types.EvidenceBatchedDonationsDocument,
    "\n  query EvidenceRecordFiles($k: EvidenceRecordType!, $id: ID!) {\n    evidenceFiles(recordType: $k, recordId: $id) {\n      id\n      recordType\n      recordId\n      purpose\n      fileName\n      status\n    }\n  }\n": types.EvidenceRecordFilesDocument,
    "\n  mutation EvidenceRecordVerify($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      status\n    }\n  }\n": types.EvidenceRecordVerifyDocument,
    "\n  mutation EvidenceRecordReject($id: ID!, $reason: String!) {\n    rejectEvidence(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.EvidenceRecordRejectDocument,
    "\n  mutation EvidenceRecordReopen($id: ID!, $reason: String!) {\n    reopenEvidence(id: $id, reason: $reason) {\n      id\n      status\n      reviewedAt\n      rejectReason\n    }\n  }\n": types.EvidenceRecordReopenDocument,
    "\n  query EvidenceRecordCoverage($p: ID!, $y: Int!) {\n    evidenceCoverage(pairingId: $p, year: $y, first: 100) {\n      indicator\n      covered\n      missing {\n        amount\n        entry {\n          id\n        }\n      }\n    }\n  }\n": types.EvidenceRecordCoverageDocument,
    "\n  mutation EvidenceRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": types.EvidenceRecordFigureDocument,
    "\n  mutation EvidenceCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n    }\n  }\n": types.EvidenceCorrectEntryDocument,
    "\n  mutation EvidenceVerify($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      status\n      reviewedAt\n      reviewedBy {\n        username\n      }\n    }\n  }\n": types.EvidenceVerifyDocument,
    "\n  mutation EvidenceReject($id: ID!, $reason: String!) {\n    rejectEvidence(id: $id, reason: $reason) {\n      id\n      status\n      rejectReason\n    }\n  }\n": types.EvidenceRejectDocument,
    "\n  query EvidenceEntries($f: LedgerEntryFilter!) {\n    ledgerEntries(filter: $f, first: 50) {\n      nodes {\n        id\n        evidence {\n          id\n          fileName\n          mime\n          size\n          sha256\n          status\n          url\n          uploadedBy {\n            username\n          }\n        }\n      }\n    }\n  }\n": types.EvidenceEntriesDocument,
    "\n  query EvidenceCoverage($p: ID!, $y: Int!, $first: Int) {\n    evidenceCoverage(pairingId: $p, year: $y, first: $first) {\n      indicator\n      unit\n      delivered\n      covered\n      ratio\n      missingCount\n      missing {\n        amount\n        entry {\n          id\n          amount\n        }\n      }\n    }\n  }\n": types.EvidenceCoverageDocument,
    "\n  query EvidencePairingCoverage($p: ID!, $y: Int!) {\n    pairing(id: $p) {\n      evidenceCoverage(year: $y) {\n        indicator\n        delivered\n        covered\n        ratio\n      }\n    }\n  }\n": types.EvidencePairingCoverageDocument,
    "\n  query EvidenceProgress($p: ID!, $y: Int!) {\n    pairing(id: $p) {\n      progress(year: $y) {\n        indicator\n        delivered\n      }\n      evidenceCoverage(year: $y, first: 0) {\n        indicator\n        delivered\n        missing {\n          amount\n        }\n      }\n    }\n  }\n": types.EvidenceProgressDocument,
    "\n  fragment FiscalTestProject on FiscalProject {\n    id\n    name\n    year\n    sector\n    town\n    implementingUnit\n    plannedBeneficiaries\n    plannedPoorBeneficiaries\n    startsOn\n    plannedEndOn\n    allocated\n    disbursed\n    spent\n    useRate\n    worksPercent\n    status\n    allowedActions\n    pairingId\n    pairing {\n      id\n    }\n    county {\n      id\n      code\n    }\n    transactions {\n      id\n      kind\n      amount\n      occurredOn\n      reference\n      reversesId\n      reason\n      reversed\n    }\n    progressReports {\n      id\n      reportedOn\n      percent\n      note\n    }\n  }\n": types.FiscalTestProjectFragmentDoc,
    "\n  mutation FiscalTestCreate($i: CreateFiscalProjectInput!) {\n    createFiscalProject(input: $i) {\n      ...FiscalTestProject\n    }\n  }\n": types.FiscalTestCreateDocument,
    "\n  mutation FiscalTestRecord($i: RecordFiscalTransactionInput!) {\n    recordFiscalTransaction(input: $i) {\n      id\n      kind\n      amount\n      occurredOn\n      reversesId\n    }\n  }\n": types.FiscalTestRecordDocument,
    "\n  mutation FiscalTestReverse($i: ReverseFiscalTransactionInput!) {\n    reverseFiscalTransaction(input: $i) {\n      id\n      kind\n      amount\n      occurredOn\n      reversesId\n      reason\n    }\n  }\n": types.FiscalTestReverseDocument,
    "\n  mutation FiscalTestProgress($i: ReportFiscalProgressInput!) {\n    reportFiscalProgress(input: $i) {\n      id\n      percent\n      reportedOn\n    }\n  }\n": types.FiscalTestProgressDocument,
    "\n  query FiscalTestProjectById($id: ID!) {\n    fiscalProject(id: $id) {\n      ...FiscalTestProject\n    }\n  }\n": types.FiscalTestProjectByIdDocument,
    "\n  query FiscalTestList($first: Int, $filter: FiscalProjectFilter) {\n    fiscalProjects(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        ...FiscalTestProject\n      }\n    }\n  }\n": types.FiscalTestListDocument,
    "\n  query FiscalTestBoard($y: Int!) {\n    fiscalAidBoard(year: $y) {\n      year\n      projects\n      allocated\n      disbursed\n      spent\n      useRate\n      byStatus {\n        status\n        projects\n        allocated\n      }\n      byCounty {\n        county {\n          code\n        }\n        projects\n        allocated\n        disbursed\n        spent\n        disbursementRate\n        useRate\n      }\n      slowest {\n        id\n        name\n        useRate\n      }\n    }\n  }\n": types.FiscalTestBoardDocument,
    "\n  query FiscalTestPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n    }\n  }\n": types.FiscalTestPairingDocument,
    "\n  mutation GradingSet($i: SetGradingSchemeInput!) {\n    setGradingScheme(input: $i) {\n      id\n      year\n      goodFrom\n      fairFrom\n      averageFrom\n      capAt100\n      aPlusFrom\n      weights {\n        indicator\n        weight\n      }\n    }\n  }\n": types.GradingSetDocument,
    "\n  query GradingSchemeOf($y: Int!) {\n    gradingScheme(year: $y) {\n      year\n      capAt100\n      weights {\n        indicator\n        weight\n      }\n    }\n  }\n": types.GradingSchemeOfDocument,
    "\n  query GradingGrades($y: Int!) {\n    pairingGrades(year: $y) {\n      year\n      pairings {\n        pairing {\n          id\n        }\n        score\n        grade\n        rank\n        countyClass\n        classRank\n        breakdown {\n          indicator\n          weight\n          completion\n          capped\n          pointsEarned\n          pointsLost\n        }\n      }\n      counties {\n        county {\n          code\n        }\n        pairings\n        score\n        grade\n        rank\n        countyClass\n        classRank\n      }\n      countyClasses\n    }\n  }\n": types.GradingGradesDocument,
    "\n  query GradingSchemeClasses($y: Int!) {\n    gradingScheme(year: $y) {\n      countyClasses {\n        name\n        counties {\n          code\n        }\n      }\n    }\n  }\n": types.GradingSchemeClassesDocument,
    "\n  query GradingScorecard($y: Int!) {\n    buyerScorecard(year: $y) {\n      year\n      buyers {\n        buyer {\n          id\n          name\n        }\n        quota\n        counted\n        completion\n        band\n        rank\n      }\n      groups {\n        group\n        target\n        counted\n        completion\n        band\n        rank\n      }\n    }\n  }\n": types.GradingScorecardDocument,
    "\n  mutation GradingSaveAgreement($i: SaveAgreementInput!) {\n    saveAgreement(input: $i) {\n      id\n    }\n  }\n": types.GradingSaveAgreementDocument,
    "\n  mutation GradingReport($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": types.GradingReportDocument,
    "\n  mutation GradingSetQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      id\n    }\n  }\n": types.GradingSetQuotaDocument,
    "\n    query GradingExportNames($y: Int!) {\n      pairingGrades(year: $y) {\n        pairings {\n          pairing {\n            id\n            name\n          }\n        }\n      }\n    }\n  ": types.GradingExportNamesDocument,
    "\n  query ImageAccessImages($id: ID!) {\n    product(id: $id) {\n      images {\n        id\n        kind\n        url\n      }\n    }\n  }\n": types.ImageAccessImagesDocument,
    "\n  mutation ImageAccessUpdateProduct($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      active\n    }\n  }\n": types.ImageAccessUpdateProductDocument,
    "\n      mutation ImageAccessRemove($id: ID!) {\n        removeProductImage(imageId: $id)\n      }\n    ": types.ImageAccessRemoveDocument,
    "\n  query ImageLinksImages($id: ID!) {\n    product(id: $id) {\n      images {\n        id\n        kind\n        url\n      }\n    }\n  }\n": types.ImageLinksImagesDocument,
    "\n      mutation ImageLinksLogout {\n        logout\n      }\n    ": types.ImageLinksLogoutDocument,
    "\n  query ImportsBatch($id: ID!) {\n    importBatch(id: $id) {\n      id\n      kind\n      status\n      rows\n      valid\n      unchanged\n      written\n      skipped\n      sha256\n      problemCount\n      problems(first: 10) {\n        totalCount\n        nodes {\n          row\n          column\n          reason\n        }\n      }\n    }\n  }\n": types.ImportsBatchDocument,
    "\n  query ImportsAudited($id: String!) {\n    auditLog(first: 5, filter: { entityType: \"ImportBatch\", entityId: $id }) {\n      nodes {\n        action\n        record {\n          name\n        }\n      }\n    }\n  }\n": types.ImportsAuditedDocument,
    "\n  mutation ImportsCommit($id: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $id, mode: $mode) {\n      id\n      status\n      mode\n      written\n      unchanged\n      skipped\n    }\n  }\n": types.ImportsCommitDocument,
    "\n  query ImportsBatches {\n    importBatches(first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        fileName\n      }\n    }\n  }\n": types.ImportsBatchesDocument,
    "\n  mutation IntegrityRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": types.IntegrityRecordFigureDocument,
    "\n  mutation IntegrityVerify {\n    verifyIntegrity {\n      chain\n      table\n      ok\n      checked\n      headPos\n      headHash\n      broken {\n        problem\n        table\n        chainPos\n        rowId\n        rowSeq\n        day\n      }\n    }\n  }\n": types.IntegrityVerifyDocument,
    "\n  query IntegrityStatusTest {\n    integrityStatus {\n      chain\n      rows\n      sealed\n      headPos\n      headHash\n      day\n      dayHash\n    }\n    chainDayHeads {\n      chain\n      day\n      chainPos\n      hash\n    }\n  }\n": types.IntegrityStatusTestDocument,
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
    "\n  query InvestmentPipelineBoard($y: Int!) {\n    pipelineBoard(year: $y) {\n      year\n      stages {\n        stage\n        projects\n        planned\n        contracted\n        inPlace\n        inPlaceInYear\n      }\n    }\n  }\n": types.InvestmentPipelineBoardDocument,
    "\n  query InvestmentFundsInPlaceSeries($y: Int!) {\n    fundsInPlaceSeries(year: $y) {\n      month\n      amount\n      cumulative\n    }\n  }\n": types.InvestmentFundsInPlaceSeriesDocument,
    "\n      query InvestmentProjectCount {\n        investmentProjects {\n          totalCount\n        }\n      }\n    ": types.InvestmentProjectCountDocument,
    "\n            query InvestmentProjectsLoaded($n: Int!) {\n              investmentProjects(first: $n) {\n                nodes {\n                  name\n                  lead {\n                    title\n                    enterprise {\n                      name\n                    }\n                  }\n                  enterprise {\n                    name\n                    homeRegion {\n                      name\n                    }\n                  }\n                  county {\n                    name\n                  }\n                  pairing {\n                    name\n                  }\n                  timeline {\n                    toStage\n                  }\n                  tranches {\n                    amount\n                    reversed\n                  }\n                  fundsInPlace\n                  outcomes {\n                    peopleLifted\n                  }\n                  latestOutcome {\n                    jobsCreated\n                  }\n                  siteVisits {\n                    delegation\n                  }\n                }\n              }\n            }\n          ": types.InvestmentProjectsLoadedDocument,
    "\n            query InvestmentLeadsLoaded($n: Int!) {\n              investmentLeads(first: $n) {\n                nodes {\n                  title\n                  enterprise {\n                    name\n                  }\n                  preferredCounties {\n                    name\n                  }\n                  interests {\n                    county {\n                      name\n                    }\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          ": types.InvestmentLeadsLoadedDocument,
    "\n            query InvestmentSiteVisitsLoaded($n: Int!) {\n              siteVisits(first: $n) {\n                nodes {\n                  delegation\n                  eastRegion {\n                    name\n                  }\n                  enterprises {\n                    name\n                  }\n                  counties {\n                    name\n                  }\n                  projects {\n                    name\n                  }\n                }\n              }\n            }\n          ": types.InvestmentSiteVisitsLoadedDocument,
    "\n      query InvestmentProjectsFirst50 {\n        investmentProjects(first: 50) {\n          totalCount\n        }\n      }\n    ": types.InvestmentProjectsFirst50Document,
    "\n  fragment JointWorkFields on JointWork {\n    id\n    kind\n    heldOn\n    title\n    place\n    direction\n    eastOffices\n    westOffices\n    leader\n    personVisits\n    documentRef\n    outcome\n    withdrawn\n    withdrawnAt\n    withdrawnReason\n    canWithdraw\n    pairingId\n    pairing {\n      id\n      name\n    }\n  }\n": types.JointWorkFieldsFragmentDoc,
    "\n  mutation JointWorkRecord($i: RecordJointWorkInput!) {\n    recordJointWork(input: $i) {\n      ...JointWorkFields\n    }\n  }\n": types.JointWorkRecordDocument,
    "\n  mutation JointWorkWithdraw($i: WithdrawJointWorkInput!) {\n    withdrawJointWork(input: $i) {\n      ...JointWorkFields\n    }\n  }\n": types.JointWorkWithdrawDocument,
    "\n  query JointWorkList($f: JointWorkFilter, $first: Int!) {\n    jointWork(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        ...JointWorkFields\n      }\n    }\n  }\n": types.JointWorkListDocument,
    "\n  query JointWorkOne($id: ID!) {\n    jointWorkRecord(id: $id) {\n      id\n      title\n    }\n  }\n": types.JointWorkOneDocument,
    "\n  query JointWorkSummary($f: JointWorkFilter) {\n    jointWorkSummary(filter: $f) {\n      meetings\n      visits\n      personVisits\n      rows {\n        year\n        pairingId\n        meetings\n        visits\n        personVisits\n        pairing {\n          name\n        }\n      }\n    }\n  }\n": types.JointWorkSummaryDocument,
    "\n  query JointWorkNested($id: ID!) {\n    pairing(id: $id) {\n      id\n      jointWork {\n        id\n      }\n    }\n  }\n": types.JointWorkNestedDocument,
    "\n  query JointWorkProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        target\n        delivered\n        recorded\n        reported\n        unit\n      }\n    }\n  }\n": types.JointWorkProgressDocument,
    "\n  mutation JointWorkSetTarget($i: SetAgreementTargetInput!) {\n    setAgreementTarget(input: $i) {\n      targets {\n        indicator\n        target\n      }\n    }\n  }\n": types.JointWorkSetTargetDocument,
    "\n  query JointWorkLedger($f: LedgerEntryFilter!) {\n    ledgerEntries(filter: $f, first: 100) {\n      nodes {\n        indicator\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceLabel\n        note\n      }\n    }\n  }\n": types.JointWorkLedgerDocument,
    "\n  fragment LabourWorkerFields on Worker {\n    id\n    name\n    sex\n    birthYear\n    idNumberMasked\n    phoneMasked\n    registeredPoor\n    skills\n    consented\n    consentGivenOn\n    consentWithdrawnOn\n    county {\n      code\n    }\n  }\n": types.LabourWorkerFieldsFragmentDoc,
    "\n  mutation LabourPutForwardWorker($i: PutForwardWorkerInput!) {\n    putForwardWorker(input: $i) {\n      ...LabourWorkerFields\n    }\n  }\n": types.LabourPutForwardWorkerDocument,
    "\n  mutation LabourRevealWorkerIdentity($id: ID!) {\n    revealWorkerIdentity(workerId: $id) {\n      workerId\n      idNumber\n      phone\n    }\n  }\n": types.LabourRevealWorkerIdentityDocument,
    "\n  query LabourWorker($id: ID!) {\n    worker(id: $id) {\n      ...LabourWorkerFields\n    }\n  }\n": types.LabourWorkerDocument,
    "\n  query LabourWorkers($f: WorkerFilter, $n: Int) {\n    workers(first: $n, filter: $f) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...LabourWorkerFields\n      }\n    }\n  }\n": types.LabourWorkersDocument,
    "\n  query LabourRetention($y: Int!) {\n    labourRetention(year: $y) {\n      county {\n        code\n      }\n      placed\n      employed\n      stable\n      left\n      eligible\n      retained\n      retentionRate\n    }\n  }\n": types.LabourRetentionDocument,
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
    "\n          query LabourPlacementsLoaded($n: Int!) {\n            placements(first: $n) {\n              nodes {\n                status\n                worker {\n                  name\n                  county {\n                    name\n                  }\n                }\n                posting {\n                  position\n                  location {\n                    code\n                  }\n                }\n                enterprise {\n                  name\n                }\n                county {\n                  code\n                }\n                stages {\n                  status\n                }\n              }\n            }\n          }\n        ": types.LabourPlacementsLoadedDocument,
    "\n      mutation LabourRecordJobFair($i: RecordJobFairInput!) {\n        recordJobFair(input: $i) {\n          id\n          name\n          attendance\n          offers\n          employers {\n            name\n          }\n          county {\n            code\n          }\n        }\n      }\n    ": types.LabourRecordJobFairDocument,
    "\n      query LabourJobFairs {\n        jobFairs(first: 20) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.LabourJobFairsDocument,
    "\n        mutation LabourFailedLogin {\n          login(input: { username: \"nobody\", password: \"wrong-password\" }) {\n            token\n          }\n        }\n      ": types.LabourFailedLoginDocument,
    "\n  mutation LeadPhoneCreate($i: CreateLeadInput!) {\n    createInvestmentLead(input: $i) {\n      id\n      contactPhone\n    }\n  }\n": types.LeadPhoneCreateDocument,
    "\n  query LeadPhoneOne($id: ID!) {\n    investmentLead(id: $id) {\n      id\n      contactPhone\n    }\n  }\n": types.LeadPhoneOneDocument,
    "\n  query LeadPhoneList {\n    investmentLeads(first: 100) {\n      nodes {\n        id\n        contactPhone\n      }\n    }\n  }\n": types.LeadPhoneListDocument,
    "\n  mutation LeadPhoneUpdate($i: UpdateLeadInput!) {\n    updateInvestmentLead(input: $i) {\n      id\n      contactPhone\n    }\n  }\n": types.LeadPhoneUpdateDocument,
    "\n  mutation LeadPhoneInterest($i: ExpressInterestInput!) {\n    expressInterest(input: $i) {\n      id\n      contactPhone\n    }\n  }\n": types.LeadPhoneInterestDocument,
    "\n  mutation LedgerRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      amount\n      unit\n      source\n      occurredOn\n      sourceDocument\n      recordedBy {\n        username\n      }\n    }\n  }\n": types.LedgerRecordFigureDocument,
    "\n  mutation LedgerCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      amount\n      source\n      corrects {\n        id\n      }\n    }\n  }\n": types.LedgerCorrectEntryDocument,
    "\n  query LedgerPairingProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        delivered\n        reported\n        target\n      }\n    }\n  }\n": types.LedgerPairingProgressDocument,
    "\n        query LedgerAudit($id: String!) {\n          auditLog(filter: { entityId: $id }) {\n            nodes {\n              action\n              actor {\n                username\n              }\n              change\n            }\n          }\n        }\n      ": types.LedgerAuditDocument,
    "\n        query LedgerHistory($id: ID!) {\n          ledgerEntries(filter: { pairingId: $id, year: 2020, indicator: CADRES_SENT }) {\n            totalCount\n            nodes {\n              amount\n              source\n              corrections {\n                amount\n                note\n              }\n            }\n          }\n        }\n      ": types.LedgerHistoryDocument,
    "\n      query LedgerProgressAsOf($id: ID!, $asOf: Date) {\n        pairing(id: $id) {\n          progress(year: 2020, asOf: $asOf) {\n            indicator\n            delivered\n            reported\n            entryCount\n            projected\n            projectionMethod\n          }\n        }\n      }\n    ": types.LedgerProgressAsOfDocument,
    "\n        query LedgerSummary {\n          progressSummary(year: 2020) {\n            indicator\n            delivered\n          }\n        }\n      ": types.LedgerSummaryDocument,
    "\n      mutation LedgerSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          year\n          signedOn\n          targets {\n            indicator\n            target\n            unit\n          }\n        }\n      }\n    ": types.LedgerSetTargetDocument,
    "\n        query LedgerAgreementYears {\n          agreementYears\n        }\n      ": types.LedgerAgreementYearsDocument,
    "\n        query LedgerRegionTargets($r: ID!) {\n          progressSummary(year: 2020, regionId: $r) {\n            indicator\n            target\n          }\n        }\n      ": types.LedgerRegionTargetsDocument,
    "\n  mutation LoginBurstLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": types.LoginBurstLoginDocument,
    "\n  mutation LogsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": types.LogsLoginDocument,
    "\n  query LogsLoginLog($f: LoginLogFilter, $first: Int) {\n    loginLog(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        username\n        outcome\n        ip\n        user {\n          username\n        }\n      }\n    }\n  }\n": types.LogsLoginLogDocument,
    "\n  query LogsAudit($f: AuditFilter) {\n    auditLog(filter: $f, first: 20) {\n      totalCount\n      nodes {\n        action\n        entityType\n        record {\n          type\n          id\n          name\n        }\n        fields {\n          field\n          changed\n          before {\n            kind\n            text\n            refType\n            refId\n          }\n          after {\n            kind\n            text\n            refType\n            refId\n          }\n        }\n      }\n    }\n  }\n": types.LogsAuditDocument,
    "\n      mutation LogsDisable($id: ID!) {\n        disableUser(userId: $id) {\n          id\n        }\n      }\n    ": types.LogsDisableDocument,
    "\n      mutation LogsSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          id\n        }\n      }\n    ": types.LogsSetTargetDocument,
    "\n      mutation LogsAccess($i: UpdateUserAccessInput!) {\n        updateUserAccess(input: $i) {\n          id\n        }\n      }\n    ": types.LogsAccessDocument,
    "\n      mutation LogsCreateRegion($i: CreateRegionInput!) {\n        createRegion(input: $i) {\n          id\n        }\n      }\n    ": types.LogsCreateRegionDocument,
    "\n      mutation LogsCreatePairing($i: CreatePairingInput!) {\n        createPairing(input: $i) {\n          id\n        }\n      }\n    ": types.LogsCreatePairingDocument,
    "\n      mutation LogsSaveAgreement($i: SaveAgreementInput!) {\n        saveAgreement(input: $i) {\n          id\n        }\n      }\n    ": types.LogsSaveAgreementDocument,
    "\n      mutation LogsCreateAccount($i: NewUserInput!) {\n        createUserWithOneTimePassword(input: $i) {\n          user {\n            id\n          }\n        }\n      }\n    ": types.LogsCreateAccountDocument,
    "\n      mutation LogsSupplier($i: UpdateSupplierInput!) {\n        updateSupplier(input: $i) {\n          id\n        }\n      }\n    ": types.LogsSupplierDocument,
    "\n      query LogsAuditPage($first: Int!) {\n        auditLog(first: $first) {\n          nodes {\n            actor {\n              displayName\n            }\n            record {\n              name\n            }\n            fields {\n              field\n              after {\n                text\n              }\n              before {\n                text\n              }\n            }\n          }\n        }\n      }\n    ": types.LogsAuditPageDocument,
    "\n      mutation NestedScopeEnterprise($i: CreateEnterpriseInput!) {\n        createEnterprise(input: $i) {\n          id\n        }\n      }\n    ": types.NestedScopeEnterpriseDocument,
    "\n      mutation NestedScopeVisit($i: RecordSiteVisitInput!) {\n        recordSiteVisit(input: $i) {\n          id\n        }\n      }\n    ": types.NestedScopeVisitDocument,
    "\n      mutation NestedScopeWithdrawProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          active\n        }\n      }\n    ": types.NestedScopeWithdrawProductDocument,
    "\n      mutation NestedScopeSuspendSupplier($i: ReviewSupplierInput!) {\n        reviewSupplier(input: $i) {\n          status\n        }\n      }\n    ": types.NestedScopeSuspendSupplierDocument,
    "\n  query OrderCountyScopeOrder($id: ID!, $year: Int!) {\n    order(id: $id) {\n      id\n      total\n      subOrders {\n        id\n        total\n        countable\n        county {\n          code\n        }\n        order {\n          total\n          subOrders {\n            id\n          }\n        }\n      }\n      buyer {\n        quota(year: $year) {\n          year\n        }\n        reservedShare(year: $year) {\n          year\n        }\n      }\n    }\n  }\n": types.OrderCountyScopeOrderDocument,
    "\n  query OrderCountyScopeSubOrders($n: String!) {\n    subOrders(first: 100, filter: { orderNumber: $n }) {\n      nodes {\n        id\n        total\n        county {\n          code\n        }\n        order {\n          id\n          total\n          subOrders {\n            id\n            total\n          }\n        }\n      }\n    }\n  }\n": types.OrderCountyScopeSubOrdersDocument,
    "\n  query OrdersOpsOrder($id: ID!) {\n    order(id: $id) {\n      id\n      orderNumber\n      orderedOn\n      total\n      subOrders {\n        id\n        number\n        status\n        total\n        carrier\n        waybillNumber\n        county {\n          name\n        }\n        history {\n          action\n          status\n          at\n        }\n      }\n    }\n  }\n": types.OrdersOpsOrderDocument,
    "\n  query OrdersOpsOrders($filter: SubOrderFilter, $first: Int) {\n    orders(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        orderNumber\n        subOrders {\n          id\n          status\n          carrier\n          waybillNumber\n        }\n      }\n    }\n  }\n": types.OrdersOpsOrdersDocument,
    "\n  query OrdersOpsSubOrders($filter: SubOrderFilter) {\n    subOrders(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        number\n        status\n        county {\n          name\n        }\n      }\n    }\n    subOrderStatusCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n": types.OrdersOpsSubOrdersDocument,
    "\n  mutation OrdersOpsShip($i: ShipSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n        carrier\n        waybillNumber\n      }\n    }\n  }\n": types.OrdersOpsShipDocument,
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
    "\n  query PeriodsPeriod($p: ID!, $m: String!) {\n    reportingPeriod(pairingId: $p, month: $m) {\n      pairingId\n      month\n      status\n      reason\n      allowedActions\n      submittedBy {\n        username\n      }\n      decidedBy {\n        username\n      }\n      explanations {\n        key\n        text\n      }\n      findings {\n        key\n        rule\n        severity\n        indicator\n        entryId\n        recordType\n        recordId\n        message\n        explanation\n      }\n      figures {\n        indicator\n        amount\n      }\n      history {\n        action\n        fromState\n        toState\n        reason\n        actor {\n          username\n        }\n      }\n    }\n  }\n": types.PeriodsPeriodDocument,
    "\n  mutation PeriodsSubmit($i: SubmitReportingPeriodInput!) {\n    submitReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        explanations {\n          key\n          text\n        }\n      }\n      ... on InvalidStateError {\n        state\n        action\n      }\n    }\n  }\n": types.PeriodsSubmitDocument,
    "\n  mutation PeriodsApprove($i: DecideReportingPeriodInput!) {\n    approveReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        allowedActions\n      }\n      ... on InvalidStateError {\n        state\n        action\n      }\n    }\n  }\n": types.PeriodsApproveDocument,
    "\n  mutation PeriodsReturn($i: DecideReportingPeriodInput!) {\n    returnReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        reason\n      }\n    }\n  }\n": types.PeriodsReturnDocument,
    "\n  mutation PeriodsUnlock($i: DecideReportingPeriodInput!) {\n    unlockReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        reason\n      }\n    }\n  }\n": types.PeriodsUnlockDocument,
    "\n  query PeriodsBoard($y: Int!) {\n    reportingBoard(year: $y) {\n      months\n      rows {\n        pairing {\n          id\n          name\n        }\n        missing\n        cells {\n          month\n          status\n          due\n        }\n      }\n      totals {\n        month\n        due\n        submitted\n        approved\n        missing\n      }\n    }\n  }\n": types.PeriodsBoardDocument,
    "\n  query PeriodsPairings {\n    pairings(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PeriodsPairingsDocument,
    "\n  mutation PeriodsRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      occurredOn\n    }\n  }\n": types.PeriodsRecordFigureDocument,
    "\n  mutation PeriodsCorrect($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      occurredOn\n      correctsId\n    }\n  }\n": types.PeriodsCorrectDocument,
    "\n  mutation PeriodsDonation($i: RecordDonationInput!) {\n    recordDonation(input: $i) {\n      id\n    }\n  }\n": types.PeriodsDonationDocument,
    "\n  mutation PeriodsFiscalProject($i: CreateFiscalProjectInput!) {\n    createFiscalProject(input: $i) {\n      id\n    }\n  }\n": types.PeriodsFiscalProjectDocument,
    "\n  mutation PeriodsFiscalTx($i: RecordFiscalTransactionInput!) {\n    recordFiscalTransaction(input: $i) {\n      id\n    }\n  }\n": types.PeriodsFiscalTxDocument,
    "\n  mutation PeriodsFiscalProgress($i: ReportFiscalProgressInput!) {\n    reportFiscalProgress(input: $i) {\n      id\n    }\n  }\n": types.PeriodsFiscalProgressDocument,
    "\n  mutation PeriodsTranche($i: RecordFundTrancheInput!) {\n    recordFundTranche(input: $i) {\n      id\n    }\n  }\n": types.PeriodsTrancheDocument,
    "\n      mutation UikitCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          id\n        }\n      }\n    ": types.UikitCreateUserDocument,
    "\n      mutation UikitLogin($u: String!, $p: String!) {\n        login(input: { username: $u, password: $p }) {\n          token\n        }\n      }\n    ": types.UikitLoginDocument,
    "\n    mutation UikitExpressInterest($i: ExpressInterestInput!) {\n      expressInterest(input: $i) {\n        id\n        interests {\n          mine\n          county {\n            code\n          }\n        }\n      }\n    }\n  ": types.UikitExpressInterestDocument,
    "\n    mutation UikitWithdrawInterest($leadId: ID!) {\n      withdrawInterest(leadId: $leadId) {\n        id\n        interests {\n          mine\n          county {\n            code\n          }\n        }\n      }\n    }\n  ": types.UikitWithdrawInterestDocument,
    "\n    fragment UikitPosting on JobPosting {\n      id\n      position\n      places\n      filled\n      wageMin\n      wageMax\n      housing\n      opensOn\n      closesOn\n      description\n      open\n      closedAt\n      location {\n        code\n      }\n    }\n  ": types.UikitPostingFragmentDoc,
    "\n    mutation UikitCreatePosting($i: CreateJobPostingInput!) {\n      createJobPosting(input: $i) {\n        ...UikitPosting\n      }\n    }\n  ": types.UikitCreatePostingDocument,
    "\n    mutation UikitUpdatePosting($i: UpdateJobPostingInput!) {\n      updateJobPosting(input: $i) {\n        ...UikitPosting\n      }\n    }\n  ": types.UikitUpdatePostingDocument,
    "\n    mutation UikitClosePosting($id: ID!) {\n      closeJobPosting(id: $id) {\n        ...UikitPosting\n      }\n    }\n  ": types.UikitClosePostingDocument,
    "\n    mutation UikitReopenPosting($id: ID!) {\n      reopenJobPosting(id: $id) {\n        ...UikitPosting\n      }\n    }\n  ": types.UikitReopenPostingDocument,
    "\n    query UikitPostings($f: JobPostingFilter) {\n      jobPostings(first: 100, filter: $f) {\n        nodes {\n          id\n          open\n        }\n      }\n    }\n  ": types.UikitPostingsDocument,
    "\n    mutation UikitPlaceWorker($i: PlaceWorkerInput!) {\n      placeWorker(input: $i) {\n        __typename\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on InvalidStateError {\n          entityId\n          state\n          action\n        }\n        ... on Placement {\n          id\n        }\n      }\n    }\n  ": types.UikitPlaceWorkerDocument,
    "\n    mutation UikitPutForward($i: PutForwardWorkerInput!) {\n      putForwardWorker(input: $i) {\n        id\n      }\n    }\n  ": types.UikitPutForwardDocument,
    "\n  query ProgressExportBoard($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        progress(year: $year) {\n          indicator\n          delivered\n          reported\n          target\n        }\n      }\n    }\n  }\n": types.ProgressExportBoardDocument,
    "\n  query PurchaseOrderCheckout($id: ID!) {\n    order(id: $id) {\n      id\n      deliveryAddress\n      deliveryContact\n      deliveryPhone\n      invoiceTitle\n      taxNumber\n      note\n    }\n  }\n": types.PurchaseOrderCheckoutDocument,
    "\n  query PurchaseRemembered {\n    rememberedDelivery {\n      deliveryAddress\n      deliveryContact\n      deliveryPhone\n      invoiceTitle\n      taxNumber\n    }\n  }\n": types.PurchaseRememberedDocument,
    "\n        query PurchaseIncomingPhones {\n          subOrders(first: 50) {\n            nodes {\n              order {\n                id\n                deliveryPhone\n                deliveryAddress\n              }\n            }\n          }\n        }\n      ": types.PurchaseIncomingPhonesDocument,
    "\n  query PurchaseProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      spec\n      unit\n      price\n      stock\n      certificateNo\n      certificateAuthority\n      certificateValidFrom\n      certificateValidTo\n      certificateStatus\n      county {\n        name\n      }\n      supplier {\n        name\n        county {\n          name\n        }\n        rating {\n          average\n          count\n        }\n      }\n      images {\n        kind\n        url\n      }\n    }\n  }\n": types.PurchaseProductPageDocument,
    "\n        mutation PurchaseNewProduct($i: CreateProductInput!) {\n          createProduct(input: $i) {\n            id\n          }\n        }\n      ": types.PurchaseNewProductDocument,
    "\n        mutation PurchaseWithdraw($i: UpdateProductInput!) {\n          updateProduct(input: $i) {\n            active\n          }\n        }\n      ": types.PurchaseWithdrawDocument,
    "\n  mutation QuotaBoardCreateBuyer($i: CreateBuyerInput!) {\n    createBuyer(input: $i) {\n      id\n    }\n  }\n": types.QuotaBoardCreateBuyerDocument,
    "\n  query QuotaBoardPage($y: Int!, $n: Int!, $after: String) {\n    quotaBoard(year: $y) {\n      counted\n      groups {\n        group\n        buyers\n        counted\n        target\n      }\n      buyers(first: $n, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          buyer {\n            id\n            name\n            group\n            eastRegionId\n          }\n          quota\n          counted\n          completion\n        }\n      }\n    }\n  }\n": types.QuotaBoardPageDocument,
    "\n  mutation RemindersSetQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      id\n    }\n  }\n": types.RemindersSetQuotaDocument,
    "\n  query RemindersCompletion($b: ID!, $y: Int!) {\n    quotaCompletion(buyerId: $b, year: $y) {\n      quota\n      counted\n      expected\n      projected\n      atRisk\n    }\n  }\n": types.RemindersCompletionDocument,
    "\n  query RemindersMine($unread: Boolean!) {\n    unreadNotificationCount\n    myNotifications(unreadOnly: $unread, first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        day\n        link\n        message\n        readAt\n      }\n    }\n  }\n": types.RemindersMineDocument,
    "\n  mutation RemindersMark($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.RemindersMarkDocument,
    "\n  mutation RemindersMarkAll {\n    markAllNotificationsRead\n  }\n": types.RemindersMarkAllDocument,
    "\n  mutation RemindersRecord($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n": types.RemindersRecordDocument,
    "\n  mutation RemindersTarget($i: SetAgreementTargetInput!) {\n    setAgreementTarget(input: $i) {\n      id\n    }\n  }\n": types.RemindersTargetDocument,
    "\n  query RemindersProgress($id: ID!, $y: Int!, $asOf: Date) {\n    pairing(id: $id) {\n      progress(year: $y, asOf: $asOf) {\n        indicator\n        target\n        delivered\n        projected\n        projectionMethod\n        atRisk\n      }\n    }\n  }\n": types.RemindersProgressDocument,
    "\n  mutation RemindersReview($id: ID!, $reason: String!) {\n    rejectEvidence(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RemindersReviewDocument,
    "\n  mutation ScaleoutLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": types.ScaleoutLoginDocument,
    "\n  query ScaleoutMe {\n    me {\n      id\n    }\n  }\n": types.ScaleoutMeDocument,
    "\n  mutation SetupCreateRegion($i: CreateRegionInput!) {\n    createRegion(input: $i) {\n      id\n      code\n      level\n      side\n      parent {\n        code\n      }\n    }\n  }\n": types.SetupCreateRegionDocument,
    "\n  mutation SetupUpdateRegion($id: ID!, $i: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $i) {\n      name\n      shortName\n    }\n  }\n": types.SetupUpdateRegionDocument,
    "\n  query SetupRegionsWithin($id: ID!) {\n    regions(first: 100, filter: { withinId: $id }) {\n      nodes {\n        code\n      }\n    }\n  }\n": types.SetupRegionsWithinDocument,
    "\n  mutation SetupCreatePairing($i: CreatePairingInput!) {\n    createPairing(input: $i) {\n      id\n      name\n      status\n      parent {\n        name\n      }\n    }\n  }\n": types.SetupCreatePairingDocument,
    "\n  mutation SetupEndPairing($i: EndPairingInput!) {\n    endPairing(input: $i) {\n      status\n      endedOn\n      endReason\n      children {\n        name\n        status\n        endedOn\n      }\n    }\n  }\n": types.SetupEndPairingDocument,
    "\n  mutation SetupSaveAgreement($i: SaveAgreementInput!) {\n    saveAgreement(input: $i) {\n      id\n      year\n      signedOn\n      targets {\n        indicator\n        target\n      }\n    }\n  }\n": types.SetupSaveAgreementDocument,
    "\n  mutation SetupChangeTarget($i: ChangeAgreementTargetInput!) {\n    changeAgreementTarget(input: $i) {\n      targets {\n        indicator\n        target\n      }\n      targetHistory {\n        indicator\n        before\n        after\n        reason\n        actor {\n          username\n        }\n      }\n    }\n  }\n": types.SetupChangeTargetDocument,
    "\n  mutation SetupCopyAgreement($i: CopyAgreementInput!) {\n    copyAgreement(input: $i) {\n      year\n      signedOn\n      targets {\n        indicator\n        target\n      }\n      targetHistory {\n        indicator\n        reason\n      }\n    }\n  }\n": types.SetupCopyAgreementDocument,
    "\n  mutation SharedLimitsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n": types.SharedLimitsLoginDocument,
    "\n          mutation SharedLimitsCreateUser($i: CreateUserInput!) {\n            createUser(input: $i) {\n              id\n            }\n          }\n        ": types.SharedLimitsCreateUserDocument,
    "\n  fragment TalentPostingFields on TalentPosting {\n    id\n    direction\n    category\n    kind\n    startsOn\n    plannedEndOn\n    endedOn\n    endReason\n    endsOn\n    status\n    endingSoon\n    withdrawnAt\n    pairingId\n    county {\n      code\n    }\n    eastRegion {\n      code\n    }\n    person {\n      id\n      name\n      institution\n      phoneMasked\n    }\n  }\n": types.TalentPostingFieldsFragmentDoc,
    "\n  mutation TalentRecord($i: RecordTalentPostingInput!) {\n    recordTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n": types.TalentRecordDocument,
    "\n  mutation TalentChange($i: ChangeTalentPostingInput!) {\n    changeTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n": types.TalentChangeDocument,
    "\n  mutation TalentEnd($i: EndTalentPostingInput!) {\n    endTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n": types.TalentEndDocument,
    "\n  mutation TalentWithdraw($i: WithdrawTalentPostingInput!) {\n    withdrawTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n": types.TalentWithdrawDocument,
    "\n  query TalentList($f: TalentPostingFilter, $n: Int) {\n    talentPostings(first: $n, filter: $f) {\n      totalCount\n      nodes {\n        ...TalentPostingFields\n      }\n    }\n  }\n": types.TalentListDocument,
    "\n  query TalentOne($id: ID!) {\n    talentPosting(id: $id) {\n      id\n    }\n  }\n": types.TalentOneDocument,
    "\n  query TalentPeople($s: String, $n: Int) {\n    talentPeople(search: $s, first: $n) {\n      totalCount\n      nodes {\n        id\n        name\n        phoneMasked\n        postings {\n          id\n        }\n      }\n    }\n  }\n": types.TalentPeopleDocument,
    "\n  query TalentSummary($y: Int!) {\n    talentSummary(year: $y) {\n      year\n      cadresSent\n      professionalsSent\n      teachersSent\n      doctorsSent\n      agriTechSent\n      otherSent\n      cadresReceived\n      professionalsReceived\n    }\n  }\n": types.TalentSummaryDocument,
    "\n  mutation TalentReveal($id: ID!) {\n    revealTalentPersonPhone(personId: $id) {\n      personId\n      phone\n    }\n  }\n": types.TalentRevealDocument,
    "\n  mutation TalentChangePerson($i: ChangeTalentPersonInput!) {\n    changeTalentPerson(input: $i) {\n      id\n      name\n      phoneMasked\n    }\n  }\n": types.TalentChangePersonDocument,
    "\n  query TalentLedger($p: ID!, $src: LedgerSource) {\n    ledgerEntries(filter: { pairingId: $p, source: $src }, first: 100) {\n      nodes {\n        sourceId\n        sourceLabel\n      }\n    }\n  }\n": types.TalentLedgerDocument,
    "\n  fragment TransitionsRefusal on InvalidStateError {\n    code\n    state\n    action\n  }\n": types.TransitionsRefusalFragmentDoc,
    "\n  mutation TransitionsConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsConfirmSubOrderDocument,
    "\n  mutation TransitionsRecordPayment($i: RecordPaymentInput!) {\n    recordPayment(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsRecordPaymentDocument,
    "\n  mutation TransitionsShipSubOrder($i: ShipSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n": types.TransitionsShipSubOrderDocument,
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
    "\n  fragment UnitPairTestFields on UnitPair {\n    id\n    kind\n    eastUnit\n    westUnit\n    formedOn\n    endedOn\n    endReason\n    withdrawnAt\n    withdrawReason\n    status\n    support\n    value\n    pairingId\n    enterpriseId\n    county {\n      code\n    }\n  }\n": types.UnitPairTestFieldsFragmentDoc,
    "\n  mutation UnitPairRecord($i: RecordUnitPairInput!) {\n    recordUnitPair(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n": types.UnitPairRecordDocument,
    "\n  mutation UnitPairWithdraw($i: WithdrawUnitPairInput!) {\n    withdrawUnitPair(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n": types.UnitPairWithdrawDocument,
    "\n  mutation UnitPairEnd($i: EndUnitPairInput!) {\n    endUnitPair(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n": types.UnitPairEndDocument,
    "\n  mutation UnitPairRedate($i: ChangeUnitPairFormedOnInput!) {\n    changeUnitPairFormedOn(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n": types.UnitPairRedateDocument,
    "\n  query UnitPairList($f: UnitPairFilter, $first: Int) {\n    unitPairs(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        ...UnitPairTestFields\n        pairing {\n          id\n        }\n      }\n    }\n  }\n": types.UnitPairListDocument,
    "\n  query UnitPairOne($id: ID!) {\n    unitPair(id: $id) {\n      ...UnitPairTestFields\n    }\n  }\n": types.UnitPairOneDocument,
    "\n  query UnitPairSummaryOf($y: Int!, $c: ID) {\n    unitPairSummary(year: $y, countyId: $c) {\n      year\n      formed\n      activeAtYearEnd\n      byKind {\n        kind\n        formed\n        activeAtYearEnd\n      }\n    }\n  }\n": types.UnitPairSummaryOfDocument,
    "\n  query UnitPairPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n    }\n  }\n": types.UnitPairPairingDocument,
    "\n  query UnitPairLedger($f: LedgerEntryFilter!) {\n    ledgerEntries(filter: $f, first: 5) {\n      totalCount\n      nodes {\n        amount\n        source\n        sourceLabel\n        note\n      }\n    }\n  }\n": types.UnitPairLedgerDocument,
    "\n  mutation UnitPairImportCommit($id: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $id, mode: $mode) {\n      status\n      written\n      unchanged\n      skipped\n    }\n  }\n": types.UnitPairImportCommitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lastLoginAt\n        lockedUntil\n        region {\n          code\n        }\n        buyer {\n          name\n        }\n        enterprise {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsCreate($i: NewUserInput!) {\n    createUserWithOneTimePassword(input: $i) {\n      oneTimePassword\n      user {\n        id\n        username\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsUpdate($i: UpdateUserInput!) {\n    updateUser(input: $i) {\n      displayName\n    }\n  }\n"): typeof import('./graphql').AccountsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsAccess($i: UpdateUserAccessInput!) {\n    updateUserAccess(input: $i) {\n      role\n    }\n  }\n"): typeof import('./graphql').AccountsAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsDisable($u: ID!) {\n    disableUser(userId: $u) {\n      active\n    }\n  }\n"): typeof import('./graphql').AccountsDisableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsReset($u: ID!) {\n    resetUserPassword(userId: $u) {\n      oneTimePassword\n    }\n  }\n"): typeof import('./graphql').AccountsResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsUnlock($u: ID!) {\n    unlockUser(userId: $u) {\n      username\n      lockedUntil\n    }\n  }\n"): typeof import('./graphql').AccountsUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').AccountsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsChange($c: String!, $n: String!) {\n    changePassword(input: { currentPassword: $c, newPassword: $n }) {\n      token\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').AccountsChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsPairings {\n    pairings {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AccountsPairingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsBuyerWithAccount($i: CreateBuyerInput!, $a: FirstAccountInput!) {\n    createBuyerWithAccount(input: $i, firstAccount: $a) {\n      oneTimePassword\n      buyer {\n        id\n        name\n      }\n      user {\n        id\n        username\n        role\n        mustChangePassword\n        buyer {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsBuyerWithAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountsNestedReach {\n        buyers(first: 100) {\n          nodes {\n            id\n          }\n        }\n        enterprises(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').AccountsNestedReachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccountsNestedIds {\n          users(first: 100) {\n            nodes {\n              buyer {\n                id\n              }\n              enterprise {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AccountsNestedIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccountsEnterpriseWithAccount($i: CreateEnterpriseInput!, $a: FirstAccountInput!) {\n          createEnterpriseWithAccount(input: $i, firstAccount: $a) {\n            oneTimePassword\n            enterprise {\n              name\n            }\n            user {\n              username\n              role\n              mustChangePassword\n              enterprise {\n                name\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AccountsEnterpriseWithAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentFigures($p: ID!, $y: Int!) {\n    pairing(id: $p) {\n      name\n      progress(year: $y) {\n        indicator\n        target\n        delivered\n        reported\n        recorded\n      }\n      evidenceCoverage(year: $y) {\n        indicator\n        covered\n        ratio\n        missingCount\n      }\n    }\n    pairingGrades(year: $y) {\n      pairings {\n        pairing {\n          id\n        }\n        score\n        breakdown {\n          indicator\n          completion\n          pointsEarned\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentRecord($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssessmentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentVerify($id: ID!) {\n    verifyEvidence(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').AssessmentVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentScheme($i: SetGradingSchemeInput!) {\n    setGradingScheme(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssessmentSchemeDocument;
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
export function graphql(source: "\n  query CataloguePageAtScale($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        price\n        certificateStatus\n        countsTowardQuota\n        county {\n          id\n          name\n        }\n        supplier {\n          id\n          name\n        }\n        images {\n          id\n          kind\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CataloguePageAtScaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CatalogueMeId {\n      me {\n        id\n        role\n      }\n    }\n  "): typeof import('./graphql').CatalogueMeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CatalogueMeLastLogin {\n      me {\n        id\n        lastLoginAt\n      }\n    }\n  "): typeof import('./graphql').CatalogueMeLastLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsumptionChannelsFair on Fair {\n    id\n    name\n    venue\n    startsOn\n    endsOn\n    eastRegion {\n      code\n    }\n    suppliers {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ConsumptionChannelsFairFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionChannelsCreateFair($i: CreateFairInput!) {\n    createFair(input: $i) {\n      ...ConsumptionChannelsFair\n    }\n  }\n"): typeof import('./graphql').ConsumptionChannelsCreateFairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionChannelsUpdateFair($i: UpdateFairInput!) {\n    updateFair(input: $i) {\n      ...ConsumptionChannelsFair\n    }\n  }\n"): typeof import('./graphql').ConsumptionChannelsUpdateFairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionChannelsDeleteFair($id: ID!) {\n    deleteFair(fairId: $id)\n  }\n"): typeof import('./graphql').ConsumptionChannelsDeleteFairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment ConsumptionChannelsCentre on SalesCentre {\n      id\n      name\n      address\n      active\n      openedOn\n      eastRegion {\n        code\n      }\n    }\n  "): typeof import('./graphql').ConsumptionChannelsCentreFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConsumptionChannelsCreateCentre($i: CreateSalesCentreInput!) {\n          createSalesCentre(input: $i) {\n            ...ConsumptionChannelsCentre\n          }\n        }\n      "): typeof import('./graphql').ConsumptionChannelsCreateCentreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionChannelsCentres {\n          salesCentres {\n            id\n            name\n          }\n        }\n      "): typeof import('./graphql').ConsumptionChannelsCentresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionChannelsByRegion($r: ID) {\n        salesCentres(regionId: $r) {\n          eastRegion {\n            code\n          }\n        }\n        fairs(regionId: $r) {\n          eastRegion {\n            code\n          }\n        }\n      }\n    "): typeof import('./graphql').ConsumptionChannelsByRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConsumptionChannelsCreateCentreId($i: CreateSalesCentreInput!) {\n          createSalesCentre(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ConsumptionChannelsCreateCentreIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsumptionChannelsUpdateCentre($i: UpdateSalesCentreInput!) {\n        updateSalesCentre(input: $i) {\n          ...ConsumptionChannelsCentre\n        }\n      }\n    "): typeof import('./graphql').ConsumptionChannelsUpdateCentreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionChannelsOpenCentres {\n          salesCentres {\n            id\n          }\n          all: salesCentres(includeClosed: true) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ConsumptionChannelsOpenCentresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsumptionChannelsUpdateSupplier($i: UpdateSupplierInput!) {\n        updateSupplier(input: $i) {\n          id\n          name\n          contact\n        }\n      }\n    "): typeof import('./graphql').ConsumptionChannelsUpdateSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionChannelsSupplierSearch {\n          suppliers(filter: { search: \"蜂之源\" }) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionChannelsSupplierSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConsumptionChannelsUpdateProduct($i: UpdateProductInput!) {\n          updateProduct(input: $i) {\n            name\n            spec\n            unit\n            category\n          }\n        }\n      "): typeof import('./graphql').ConsumptionChannelsUpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConsumptionChannelsUpdateProductName($i: UpdateProductInput!) {\n          updateProduct(input: $i) {\n            name\n          }\n        }\n      "): typeof import('./graphql').ConsumptionChannelsUpdateProductNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionChannelsProductsBySupplier($f: ProductFilter) {\n          products(filter: $f) {\n            nodes {\n              name\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionChannelsProductsBySupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionChannelsProductImages($id: ID!) {\n          product(id: $id) {\n            images {\n              id\n              kind\n              contentType\n              url\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionChannelsProductImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsumptionChannelsRemoveImage($id: ID!) {\n        removeProductImage(imageId: $id)\n      }\n    "): typeof import('./graphql').ConsumptionChannelsRemoveImageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionExportBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            buyers(first: 100) {\n              totalCount\n              nodes {\n                buyer {\n                  name\n                }\n                quota\n                counted\n                confirmed\n                completion\n              }\n            }\n            groups {\n              group\n              counted\n              confirmed\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionExportBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionPlaceOrder($i: PlaceOrderInput!) {\n    placeOrder(input: $i) {\n      __typename\n      ... on Order {\n        id\n        total\n        orderedOn\n        channel\n        subOrders {\n          id\n          status\n          total\n          countable\n          pairingId\n          county {\n            code\n          }\n          lines {\n            quantity\n            unitPrice\n            amount\n            countsTowardQuota\n            product {\n              name\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on OutOfStockError {\n        productId\n        requested\n        available\n      }\n      ... on ProductUnavailableError {\n        productId\n      }\n    }\n  }\n"): typeof import('./graphql').ConsumptionPlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsumptionStep on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      reason\n    }\n    ... on InvalidStateError {\n      code\n      message\n      state\n      entityId\n      action\n    }\n  }\n"): typeof import('./graphql').ConsumptionStepFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n"): typeof import('./graphql').ConsumptionConfirmSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionCancelSubOrder($i: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n"): typeof import('./graphql').ConsumptionCancelSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionShipSubOrder($i: ShipSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n"): typeof import('./graphql').ConsumptionShipSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionRefundSubOrder($i: ChangeSubOrderInput!) {\n    refundSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n"): typeof import('./graphql').ConsumptionRefundSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionRecordPayment($i: RecordPaymentInput!) {\n    recordPayment(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n"): typeof import('./graphql').ConsumptionRecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionReceiveSubOrder($i: ReceiveSubOrderInput!) {\n    receiveSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n"): typeof import('./graphql').ConsumptionReceiveSubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsumptionQuota on Quota {\n    amount\n    basis\n    baseAmount\n    rateBasisPoints\n    headcount\n    perHead\n    countySplits {\n      county {\n        code\n      }\n      amount\n    }\n  }\n"): typeof import('./graphql').ConsumptionQuotaFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionSetQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      ...ConsumptionQuota\n    }\n  }\n"): typeof import('./graphql').ConsumptionSetQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsumptionNewBuyer($i: CreateBuyerInput!) {\n        createBuyer(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').ConsumptionNewBuyerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsumptionNewBuyerUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').ConsumptionNewBuyerUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionManageRemoveQuota($b: ID!, $y: Int!) {\n    removeQuota(buyerId: $b, year: $y)\n  }\n"): typeof import('./graphql').ConsumptionManageRemoveQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionManageCreateBuyer($i: CreateBuyerInput!) {\n    createBuyer(input: $i) {\n      id\n      name\n      group\n      eastRegion {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ConsumptionManageCreateBuyerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsumptionManageBuyers($y: Int!, $f: BuyerFilter, $n: Int) {\n    buyers(first: $n, filter: $f) {\n      totalCount\n      nodes {\n        id\n        name\n        group\n        quota(year: $y) {\n          ...ConsumptionQuota\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsumptionManageBuyersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsumptionManageSuppliers($f: SupplierFilter) {\n      suppliers(first: 50, filter: $f) {\n        totalCount\n        nodes {\n          id\n          name\n          status\n          statusNote\n          county {\n            code\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ConsumptionManageSuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsumptionManageReviewSupplier($i: ReviewSupplierInput!) {\n      reviewSupplier(input: $i) {\n        id\n        status\n        statusNote\n      }\n    }\n  "): typeof import('./graphql').ConsumptionManageReviewSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionManageOfficialBuyerQuotas($y: Int!) {\n          subOrders(first: 20) {\n            nodes {\n              buyer {\n                name\n                quota(year: $y) {\n                  amount\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionManageOfficialBuyerQuotasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ConsumptionManageBuyerQuota($id: ID!, $y: Int!) {\n              buyer(id: $id) {\n                quota(year: $y) {\n                  amount\n                }\n              }\n            }\n          "): typeof import('./graphql').ConsumptionManageBuyerQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionManageBuyerQuota1900($id: ID!) {\n          buyer(id: $id) {\n            quota(year: 1900) {\n              amount\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionManageBuyerQuota1900Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsumptionManageBuyerQuotaPage($y: Int!, $n: Int) {\n            buyers(first: $n, filter: { search: \"胶州\" }) {\n              nodes {\n                name\n                eastRegion {\n                  code\n                }\n                quota(year: $y) {\n                  amount\n                  countySplits {\n                    county {\n                      name\n                    }\n                    amount\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').ConsumptionManageBuyerQuotaPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsumptionManageGroupTargets($y: Int!) {\n      groupTargets(year: $y) {\n        group\n        year\n        amount\n        eastRegion {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').ConsumptionManageGroupTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsumptionManageSetGroupTarget($i: SetGroupTargetInput!) {\n      setGroupTarget(input: $i) {\n        group\n        amount\n      }\n    }\n  "): typeof import('./graphql').ConsumptionManageSetGroupTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionCompletion($b: ID!, $y: Int!) {\n        quotaCompletion(buyerId: $b, year: $y) {\n          quota\n          counted\n          confirmed\n          countsFrom\n          remaining\n          completion\n          daysLeft\n          byChannel {\n            channel\n            counted\n          }\n          byCounty {\n            county {\n              code\n            }\n            counted\n            quota\n          }\n        }\n      }\n    "): typeof import('./graphql').ConsumptionCompletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionUpdateProductPrice($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      price\n    }\n  }\n"): typeof import('./graphql').ConsumptionUpdateProductPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionProducts($f: ProductFilter, $n: Int) {\n        products(first: $n, filter: $f) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          nodes {\n            name\n            price\n            county {\n              shortName\n            }\n            supplier {\n              name\n              status\n            }\n            certificateStatus\n            countsTowardQuota\n          }\n        }\n      }\n    "): typeof import('./graphql').ConsumptionProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionProductCounts($id: ID!, $on: Date!) {\n        product(id: $id) {\n          lastYear: countsTowardQuota(on: $on)\n          now: countsTowardQuota\n          certificateValidTo\n        }\n      }\n    "): typeof import('./graphql').ConsumptionProductCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsumptionProductPage($n: Int) {\n            products(first: $n) {\n              nodes {\n                name\n                supplier {\n                  name\n                  county {\n                    name\n                  }\n                }\n                county {\n                  code\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').ConsumptionProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsumptionRecommendSupplier($i: RecommendSupplierInput!) {\n      recommendSupplier(input: $i) {\n        id\n        status\n        creditCode\n        county {\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').ConsumptionRecommendSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConsumptionCreateProduct($i: CreateProductInput!) {\n          createProduct(input: $i) {\n            id\n            price\n            countsTowardQuota\n          }\n        }\n      "): typeof import('./graphql').ConsumptionCreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsumptionReviewSupplier($i: ReviewSupplierInput!) {\n        reviewSupplier(input: $i) {\n          status\n        }\n      }\n    "): typeof import('./graphql').ConsumptionReviewSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsumptionUpdateProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          price\n          stock\n        }\n      }\n    "): typeof import('./graphql').ConsumptionUpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionOrderLines($id: ID!) {\n          order(id: $id) {\n            subOrders {\n              lines {\n                unitPrice\n                product {\n                  price\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionOrderLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionOrders {\n          orders(first: 100) {\n            totalCount\n            nodes {\n              id\n              buyer {\n                name\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionOrder($id: ID!) {\n        order(id: $id) {\n          id\n        }\n      }\n    "): typeof import('./graphql').ConsumptionOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionSubOrderBuyers {\n          subOrders(first: 100) {\n            nodes {\n              buyer {\n                name\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionSubOrderBuyersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionMe {\n          me {\n            role\n            buyerId\n            buyer {\n              name\n              group\n              eastRegion {\n                code\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionSubOrderCounties {\n          subOrders(first: 100) {\n            totalCount\n            nodes {\n              county {\n                code\n              }\n              supplier {\n                county {\n                  code\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionSubOrderCountiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionOrderCount {\n        orders {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').ConsumptionOrderCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionSubOrderOrders {\n          subOrders(first: 100) {\n            nodes {\n              order {\n                id\n                subOrders {\n                  county {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionSubOrderOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsumptionSubOrderPage($n: Int) {\n            subOrders(first: $n) {\n              nodes {\n                status\n                buyer {\n                  name\n                }\n                supplier {\n                  name\n                }\n                county {\n                  code\n                }\n                order {\n                  channel\n                }\n                lines {\n                  quantity\n                  product {\n                    name\n                    supplier {\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').ConsumptionSubOrderPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionSubOrderRegions {\n        subOrders(first: 100) {\n          totalCount\n          nodes {\n            buyer {\n              eastRegion {\n                code\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ConsumptionSubOrderRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionSubOrderCount {\n        subOrders(first: 1) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').ConsumptionSubOrderCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConsumptionSetGroupTarget($i: SetGroupTargetInput!) {\n          setGroupTarget(input: $i) {\n            amount\n          }\n        }\n      "): typeof import('./graphql').ConsumptionSetGroupTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsumptionQuotaBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            daysLeft\n            counted\n            groups {\n              group\n              target\n              counted\n              completion\n              buyers\n            }\n            buyers(first: 100) {\n              totalCount\n              nodes {\n                buyer {\n                  name\n                  group\n                }\n                quota\n                counted\n                completion\n              }\n            }\n            byChannel {\n              channel\n              counted\n            }\n            byCounty {\n              county {\n                code\n              }\n              counted\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionQuotaBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionQuotaBoard2026 {\n        quotaBoard(year: 2026) {\n          counted\n        }\n      }\n    "): typeof import('./graphql').ConsumptionQuotaBoard2026Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyHistory($f: AuditFilter) {\n    auditLog(filter: $f, first: 100) {\n      totalCount\n      nodes {\n        action\n        entityType\n        entityId\n        actor {\n          username\n        }\n        record {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CountyHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountyHistoryReveal($id: ID!) {\n    revealWorkerIdentity(workerId: $id) {\n      workerId\n    }\n  }\n"): typeof import('./graphql').CountyHistoryRevealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountyHistoryProduct($i: UpdateProductInput!) {\n    updateProduct(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').CountyHistoryProductDocument;
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
export function graphql(source: "\n  fragment DonationTestFields on Donation {\n    id\n    kind\n    donorKind\n    donor\n    donorName\n    donorCount\n    goodsDescription\n    valuationBasis\n    purpose\n    emergency\n    receivedOn\n    receiptNo\n    amount\n    reversesId\n    reason\n    reversed\n    county {\n      code\n    }\n    eastRegion {\n      code\n    }\n    pairing {\n      name\n    }\n    enterprise {\n      name\n    }\n  }\n"): typeof import('./graphql').DonationTestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DonationRecord($i: RecordDonationInput!) {\n    recordDonation(input: $i) {\n      ...DonationTestFields\n    }\n  }\n"): typeof import('./graphql').DonationRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DonationReverse($i: ReverseDonationInput!) {\n    reverseDonation(input: $i) {\n      ...DonationTestFields\n    }\n  }\n"): typeof import('./graphql').DonationReverseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DonationList($f: DonationFilter, $n: Int, $after: String) {\n    donations(filter: $f, first: $n, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DonationTestFields\n        reversal {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DonationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DonationOne($id: ID!) {\n    donation(id: $id) {\n      id\n      amount\n    }\n  }\n"): typeof import('./graphql').DonationOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DonationSummaryQ($f: DonationFilter) {\n    donationSummary(filter: $f) {\n      total\n      count\n      goods\n      emergency\n      byDonorKind {\n        key\n        label\n        amount\n        count\n      }\n      byCounty {\n        key\n        label\n        amount\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').DonationSummaryQDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DonationProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        recorded\n      }\n    }\n  }\n"): typeof import('./graphql').DonationProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DonationLedger($id: ID!, $y: Int!) {\n    ledgerEntries(filter: { pairingId: $id, year: $y, indicator: SOCIAL_DONATIONS }, first: 100) {\n      nodes {\n        source\n        sourceLabel\n        amount\n      }\n    }\n  }\n"): typeof import('./graphql').DonationLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DonationsImportCommit($id: ID!, $mode: ImportMode!) {\n      commitImport(batchId: $id, mode: $mode) {\n        status\n        written\n        unchanged\n        skipped\n      }\n    }\n  "): typeof import('./graphql').DonationsImportCommitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterprisePhoneOne($id: ID!) {\n    enterprise(id: $id) {\n      id\n      contactPhone\n    }\n  }\n"): typeof import('./graphql').EnterprisePhoneOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterprisePhoneList {\n    enterprises(first: 100) {\n      nodes {\n        id\n        contactPhone\n      }\n    }\n  }\n"): typeof import('./graphql').EnterprisePhoneListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterprisePhoneUpdate($i: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $i) {\n      id\n      contactPhone\n    }\n  }\n"): typeof import('./graphql').EnterprisePhoneUpdateDocument;
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
export function graphql(source: "\n  query EvidenceBatchedFiles($k: EvidenceRecordType!, $id: ID!) {\n    evidenceFiles(recordType: $k, recordId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvidenceBatchedFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceBatchedOrder($id: ID!) {\n    order(id: $id) {\n      id\n      subOrders {\n        id\n        __typename\n        evidence {\n          id\n          status\n          purpose\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceBatchedOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceBatchedOrderPlain($id: ID!) {\n    order(id: $id) {\n      id\n      subOrders {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceBatchedOrderPlainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceBatchedOrders($n: Int!) {\n    orders(first: $n) {\n      nodes {\n        id\n        subOrders {\n          id\n          __typename\n          evidence {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceBatchedOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceBatchedFiscal($n: Int!) {\n    fiscalProjects(first: $n) {\n      nodes {\n        id\n        transactions {\n          id\n          __typename\n          evidence {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceBatchedFiscalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceBatchedProjects($n: Int!) {\n    investmentProjects(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n        tranches {\n          id\n          __typename\n          evidence {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceBatchedProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceBatchedTrainings($n: Int!) {\n    trainingSessions(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceBatchedTrainingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceBatchedUnitPairs($n: Int!) {\n    unitPairs(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceBatchedUnitPairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceBatchedDonations($n: Int!) {\n    donations(first: $n) {\n      nodes {\n        id\n        __typename\n        evidence {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceBatchedDonationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceRecordFiles($k: EvidenceRecordType!, $id: ID!) {\n    evidenceFiles(recordType: $k, recordId: $id) {\n      id\n      recordType\n      recordId\n      purpose\n      fileName\n      status\n    }\n  }\n"): typeof import('./graphql').EvidenceRecordFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceRecordVerify($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EvidenceRecordVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceRecordReject($id: ID!, $reason: String!) {\n    rejectEvidence(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EvidenceRecordRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceRecordReopen($id: ID!, $reason: String!) {\n    reopenEvidence(id: $id, reason: $reason) {\n      id\n      status\n      reviewedAt\n      rejectReason\n    }\n  }\n"): typeof import('./graphql').EvidenceRecordReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceRecordCoverage($p: ID!, $y: Int!) {\n    evidenceCoverage(pairingId: $p, year: $y, first: 100) {\n      indicator\n      covered\n      missing {\n        amount\n        entry {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceRecordCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvidenceRecordFigureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceCorrectEntry($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvidenceCorrectEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceVerify($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      status\n      reviewedAt\n      reviewedBy {\n        username\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceReject($id: ID!, $reason: String!) {\n    rejectEvidence(id: $id, reason: $reason) {\n      id\n      status\n      rejectReason\n    }\n  }\n"): typeof import('./graphql').EvidenceRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceEntries($f: LedgerEntryFilter!) {\n    ledgerEntries(filter: $f, first: 50) {\n      nodes {\n        id\n        evidence {\n          id\n          fileName\n          mime\n          size\n          sha256\n          status\n          url\n          uploadedBy {\n            username\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceCoverage($p: ID!, $y: Int!, $first: Int) {\n    evidenceCoverage(pairingId: $p, year: $y, first: $first) {\n      indicator\n      unit\n      delivered\n      covered\n      ratio\n      missingCount\n      missing {\n        amount\n        entry {\n          id\n          amount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePairingCoverage($p: ID!, $y: Int!) {\n    pairing(id: $p) {\n      evidenceCoverage(year: $y) {\n        indicator\n        delivered\n        covered\n        ratio\n      }\n    }\n  }\n"): typeof import('./graphql').EvidencePairingCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceProgress($p: ID!, $y: Int!) {\n    pairing(id: $p) {\n      progress(year: $y) {\n        indicator\n        delivered\n      }\n      evidenceCoverage(year: $y, first: 0) {\n        indicator\n        delivered\n        missing {\n          amount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FiscalTestProject on FiscalProject {\n    id\n    name\n    year\n    sector\n    town\n    implementingUnit\n    plannedBeneficiaries\n    plannedPoorBeneficiaries\n    startsOn\n    plannedEndOn\n    allocated\n    disbursed\n    spent\n    useRate\n    worksPercent\n    status\n    allowedActions\n    pairingId\n    pairing {\n      id\n    }\n    county {\n      id\n      code\n    }\n    transactions {\n      id\n      kind\n      amount\n      occurredOn\n      reference\n      reversesId\n      reason\n      reversed\n    }\n    progressReports {\n      id\n      reportedOn\n      percent\n      note\n    }\n  }\n"): typeof import('./graphql').FiscalTestProjectFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiscalTestCreate($i: CreateFiscalProjectInput!) {\n    createFiscalProject(input: $i) {\n      ...FiscalTestProject\n    }\n  }\n"): typeof import('./graphql').FiscalTestCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiscalTestRecord($i: RecordFiscalTransactionInput!) {\n    recordFiscalTransaction(input: $i) {\n      id\n      kind\n      amount\n      occurredOn\n      reversesId\n    }\n  }\n"): typeof import('./graphql').FiscalTestRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiscalTestReverse($i: ReverseFiscalTransactionInput!) {\n    reverseFiscalTransaction(input: $i) {\n      id\n      kind\n      amount\n      occurredOn\n      reversesId\n      reason\n    }\n  }\n"): typeof import('./graphql').FiscalTestReverseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiscalTestProgress($i: ReportFiscalProgressInput!) {\n    reportFiscalProgress(input: $i) {\n      id\n      percent\n      reportedOn\n    }\n  }\n"): typeof import('./graphql').FiscalTestProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiscalTestProjectById($id: ID!) {\n    fiscalProject(id: $id) {\n      ...FiscalTestProject\n    }\n  }\n"): typeof import('./graphql').FiscalTestProjectByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiscalTestList($first: Int, $filter: FiscalProjectFilter) {\n    fiscalProjects(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        ...FiscalTestProject\n      }\n    }\n  }\n"): typeof import('./graphql').FiscalTestListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiscalTestBoard($y: Int!) {\n    fiscalAidBoard(year: $y) {\n      year\n      projects\n      allocated\n      disbursed\n      spent\n      useRate\n      byStatus {\n        status\n        projects\n        allocated\n      }\n      byCounty {\n        county {\n          code\n        }\n        projects\n        allocated\n        disbursed\n        spent\n        disbursementRate\n        useRate\n      }\n      slowest {\n        id\n        name\n        useRate\n      }\n    }\n  }\n"): typeof import('./graphql').FiscalTestBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiscalTestPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').FiscalTestPairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GradingSet($i: SetGradingSchemeInput!) {\n    setGradingScheme(input: $i) {\n      id\n      year\n      goodFrom\n      fairFrom\n      averageFrom\n      capAt100\n      aPlusFrom\n      weights {\n        indicator\n        weight\n      }\n    }\n  }\n"): typeof import('./graphql').GradingSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingSchemeOf($y: Int!) {\n    gradingScheme(year: $y) {\n      year\n      capAt100\n      weights {\n        indicator\n        weight\n      }\n    }\n  }\n"): typeof import('./graphql').GradingSchemeOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingGrades($y: Int!) {\n    pairingGrades(year: $y) {\n      year\n      pairings {\n        pairing {\n          id\n        }\n        score\n        grade\n        rank\n        countyClass\n        classRank\n        breakdown {\n          indicator\n          weight\n          completion\n          capped\n          pointsEarned\n          pointsLost\n        }\n      }\n      counties {\n        county {\n          code\n        }\n        pairings\n        score\n        grade\n        rank\n        countyClass\n        classRank\n      }\n      countyClasses\n    }\n  }\n"): typeof import('./graphql').GradingGradesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingSchemeClasses($y: Int!) {\n    gradingScheme(year: $y) {\n      countyClasses {\n        name\n        counties {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GradingSchemeClassesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingScorecard($y: Int!) {\n    buyerScorecard(year: $y) {\n      year\n      buyers {\n        buyer {\n          id\n          name\n        }\n        quota\n        counted\n        completion\n        band\n        rank\n      }\n      groups {\n        group\n        target\n        counted\n        completion\n        band\n        rank\n      }\n    }\n  }\n"): typeof import('./graphql').GradingScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GradingSaveAgreement($i: SaveAgreementInput!) {\n    saveAgreement(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').GradingSaveAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GradingReport($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').GradingReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GradingSetQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').GradingSetQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GradingExportNames($y: Int!) {\n      pairingGrades(year: $y) {\n        pairings {\n          pairing {\n            id\n            name\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').GradingExportNamesDocument;
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
export function graphql(source: "\n  query ImageLinksImages($id: ID!) {\n    product(id: $id) {\n      images {\n        id\n        kind\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').ImageLinksImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ImageLinksLogout {\n        logout\n      }\n    "): typeof import('./graphql').ImageLinksLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportsBatch($id: ID!) {\n    importBatch(id: $id) {\n      id\n      kind\n      status\n      rows\n      valid\n      unchanged\n      written\n      skipped\n      sha256\n      problemCount\n      problems(first: 10) {\n        totalCount\n        nodes {\n          row\n          column\n          reason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportsBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportsAudited($id: String!) {\n    auditLog(first: 5, filter: { entityType: \"ImportBatch\", entityId: $id }) {\n      nodes {\n        action\n        record {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportsAuditedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportsCommit($id: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $id, mode: $mode) {\n      id\n      status\n      mode\n      written\n      unchanged\n      skipped\n    }\n  }\n"): typeof import('./graphql').ImportsCommitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportsBatches {\n    importBatches(first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        fileName\n      }\n    }\n  }\n"): typeof import('./graphql').ImportsBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegrityRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').IntegrityRecordFigureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegrityVerify {\n    verifyIntegrity {\n      chain\n      table\n      ok\n      checked\n      headPos\n      headHash\n      broken {\n        problem\n        table\n        chainPos\n        rowId\n        rowSeq\n        day\n      }\n    }\n  }\n"): typeof import('./graphql').IntegrityVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrityStatusTest {\n    integrityStatus {\n      chain\n      rows\n      sealed\n      headPos\n      headHash\n      day\n      dayHash\n    }\n    chainDayHeads {\n      chain\n      day\n      chainPos\n      hash\n    }\n  }\n"): typeof import('./graphql').IntegrityStatusTestDocument;
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
export function graphql(source: "\n  query InvestmentPipelineBoard($y: Int!) {\n    pipelineBoard(year: $y) {\n      year\n      stages {\n        stage\n        projects\n        planned\n        contracted\n        inPlace\n        inPlaceInYear\n      }\n    }\n  }\n"): typeof import('./graphql').InvestmentPipelineBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentFundsInPlaceSeries($y: Int!) {\n    fundsInPlaceSeries(year: $y) {\n      month\n      amount\n      cumulative\n    }\n  }\n"): typeof import('./graphql').InvestmentFundsInPlaceSeriesDocument;
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
export function graphql(source: "\n  fragment JointWorkFields on JointWork {\n    id\n    kind\n    heldOn\n    title\n    place\n    direction\n    eastOffices\n    westOffices\n    leader\n    personVisits\n    documentRef\n    outcome\n    withdrawn\n    withdrawnAt\n    withdrawnReason\n    canWithdraw\n    pairingId\n    pairing {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').JointWorkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JointWorkRecord($i: RecordJointWorkInput!) {\n    recordJointWork(input: $i) {\n      ...JointWorkFields\n    }\n  }\n"): typeof import('./graphql').JointWorkRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JointWorkWithdraw($i: WithdrawJointWorkInput!) {\n    withdrawJointWork(input: $i) {\n      ...JointWorkFields\n    }\n  }\n"): typeof import('./graphql').JointWorkWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointWorkList($f: JointWorkFilter, $first: Int!) {\n    jointWork(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        ...JointWorkFields\n      }\n    }\n  }\n"): typeof import('./graphql').JointWorkListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointWorkOne($id: ID!) {\n    jointWorkRecord(id: $id) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').JointWorkOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointWorkSummary($f: JointWorkFilter) {\n    jointWorkSummary(filter: $f) {\n      meetings\n      visits\n      personVisits\n      rows {\n        year\n        pairingId\n        meetings\n        visits\n        personVisits\n        pairing {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JointWorkSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointWorkNested($id: ID!) {\n    pairing(id: $id) {\n      id\n      jointWork {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').JointWorkNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointWorkProgress($id: ID!, $y: Int!) {\n    pairing(id: $id) {\n      progress(year: $y) {\n        indicator\n        target\n        delivered\n        recorded\n        reported\n        unit\n      }\n    }\n  }\n"): typeof import('./graphql').JointWorkProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JointWorkSetTarget($i: SetAgreementTargetInput!) {\n    setAgreementTarget(input: $i) {\n      targets {\n        indicator\n        target\n      }\n    }\n  }\n"): typeof import('./graphql').JointWorkSetTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointWorkLedger($f: LedgerEntryFilter!) {\n    ledgerEntries(filter: $f, first: 100) {\n      nodes {\n        indicator\n        amount\n        occurredOn\n        source\n        sourceId\n        sourceLabel\n        note\n      }\n    }\n  }\n"): typeof import('./graphql').JointWorkLedgerDocument;
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
export function graphql(source: "\n  query LabourRetention($y: Int!) {\n    labourRetention(year: $y) {\n      county {\n        code\n      }\n      placed\n      employed\n      stable\n      left\n      eligible\n      retained\n      retentionRate\n    }\n  }\n"): typeof import('./graphql').LabourRetentionDocument;
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
export function graphql(source: "\n        mutation LabourFailedLogin {\n          login(input: { username: \"nobody\", password: \"wrong-password\" }) {\n            token\n          }\n        }\n      "): typeof import('./graphql').LabourFailedLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadPhoneCreate($i: CreateLeadInput!) {\n    createInvestmentLead(input: $i) {\n      id\n      contactPhone\n    }\n  }\n"): typeof import('./graphql').LeadPhoneCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadPhoneOne($id: ID!) {\n    investmentLead(id: $id) {\n      id\n      contactPhone\n    }\n  }\n"): typeof import('./graphql').LeadPhoneOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadPhoneList {\n    investmentLeads(first: 100) {\n      nodes {\n        id\n        contactPhone\n      }\n    }\n  }\n"): typeof import('./graphql').LeadPhoneListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadPhoneUpdate($i: UpdateLeadInput!) {\n    updateInvestmentLead(input: $i) {\n      id\n      contactPhone\n    }\n  }\n"): typeof import('./graphql').LeadPhoneUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadPhoneInterest($i: ExpressInterestInput!) {\n    expressInterest(input: $i) {\n      id\n      contactPhone\n    }\n  }\n"): typeof import('./graphql').LeadPhoneInterestDocument;
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
export function graphql(source: "\n      query LedgerProgressAsOf($id: ID!, $asOf: Date) {\n        pairing(id: $id) {\n          progress(year: 2020, asOf: $asOf) {\n            indicator\n            delivered\n            reported\n            entryCount\n            projected\n            projectionMethod\n          }\n        }\n      }\n    "): typeof import('./graphql').LedgerProgressAsOfDocument;
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
export function graphql(source: "\n  mutation LoginBurstLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n"): typeof import('./graphql').LoginBurstLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogsLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n"): typeof import('./graphql').LogsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogsLoginLog($f: LoginLogFilter, $first: Int) {\n    loginLog(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        username\n        outcome\n        ip\n        user {\n          username\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LogsLoginLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogsAudit($f: AuditFilter) {\n    auditLog(filter: $f, first: 20) {\n      totalCount\n      nodes {\n        action\n        entityType\n        record {\n          type\n          id\n          name\n        }\n        fields {\n          field\n          changed\n          before {\n            kind\n            text\n            refType\n            refId\n          }\n          after {\n            kind\n            text\n            refType\n            refId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LogsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LogsDisable($id: ID!) {\n        disableUser(userId: $id) {\n          id\n        }\n      }\n    "): typeof import('./graphql').LogsDisableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LogsSetTarget($i: SetAgreementTargetInput!) {\n        setAgreementTarget(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').LogsSetTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LogsAccess($i: UpdateUserAccessInput!) {\n        updateUserAccess(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').LogsAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LogsCreateRegion($i: CreateRegionInput!) {\n        createRegion(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').LogsCreateRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LogsCreatePairing($i: CreatePairingInput!) {\n        createPairing(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').LogsCreatePairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LogsSaveAgreement($i: SaveAgreementInput!) {\n        saveAgreement(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').LogsSaveAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LogsCreateAccount($i: NewUserInput!) {\n        createUserWithOneTimePassword(input: $i) {\n          user {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').LogsCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LogsSupplier($i: UpdateSupplierInput!) {\n        updateSupplier(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').LogsSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LogsAuditPage($first: Int!) {\n        auditLog(first: $first) {\n          nodes {\n            actor {\n              displayName\n            }\n            record {\n              name\n            }\n            fields {\n              field\n              after {\n                text\n              }\n              before {\n                text\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').LogsAuditPageDocument;
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
export function graphql(source: "\n  query OrderCountyScopeOrder($id: ID!, $year: Int!) {\n    order(id: $id) {\n      id\n      total\n      subOrders {\n        id\n        total\n        countable\n        county {\n          code\n        }\n        order {\n          total\n          subOrders {\n            id\n          }\n        }\n      }\n      buyer {\n        quota(year: $year) {\n          year\n        }\n        reservedShare(year: $year) {\n          year\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrderCountyScopeOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderCountyScopeSubOrders($n: String!) {\n    subOrders(first: 100, filter: { orderNumber: $n }) {\n      nodes {\n        id\n        total\n        county {\n          code\n        }\n        order {\n          id\n          total\n          subOrders {\n            id\n            total\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrderCountyScopeSubOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersOpsOrder($id: ID!) {\n    order(id: $id) {\n      id\n      orderNumber\n      orderedOn\n      total\n      subOrders {\n        id\n        number\n        status\n        total\n        carrier\n        waybillNumber\n        county {\n          name\n        }\n        history {\n          action\n          status\n          at\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrdersOpsOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersOpsOrders($filter: SubOrderFilter, $first: Int) {\n    orders(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        orderNumber\n        subOrders {\n          id\n          status\n          carrier\n          waybillNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrdersOpsOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersOpsSubOrders($filter: SubOrderFilter) {\n    subOrders(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        number\n        status\n        county {\n          name\n        }\n      }\n    }\n    subOrderStatusCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n"): typeof import('./graphql').OrdersOpsSubOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersOpsShip($i: ShipSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n        carrier\n        waybillNumber\n      }\n    }\n  }\n"): typeof import('./graphql').OrdersOpsShipDocument;
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
export function graphql(source: "\n  query PeriodsPeriod($p: ID!, $m: String!) {\n    reportingPeriod(pairingId: $p, month: $m) {\n      pairingId\n      month\n      status\n      reason\n      allowedActions\n      submittedBy {\n        username\n      }\n      decidedBy {\n        username\n      }\n      explanations {\n        key\n        text\n      }\n      findings {\n        key\n        rule\n        severity\n        indicator\n        entryId\n        recordType\n        recordId\n        message\n        explanation\n      }\n      figures {\n        indicator\n        amount\n      }\n      history {\n        action\n        fromState\n        toState\n        reason\n        actor {\n          username\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeriodsPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsSubmit($i: SubmitReportingPeriodInput!) {\n    submitReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        explanations {\n          key\n          text\n        }\n      }\n      ... on InvalidStateError {\n        state\n        action\n      }\n    }\n  }\n"): typeof import('./graphql').PeriodsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsApprove($i: DecideReportingPeriodInput!) {\n    approveReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        allowedActions\n      }\n      ... on InvalidStateError {\n        state\n        action\n      }\n    }\n  }\n"): typeof import('./graphql').PeriodsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsReturn($i: DecideReportingPeriodInput!) {\n    returnReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').PeriodsReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsUnlock($i: DecideReportingPeriodInput!) {\n    unlockReportingPeriod(input: $i) {\n      __typename\n      ... on ReportingPeriod {\n        status\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').PeriodsUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodsBoard($y: Int!) {\n    reportingBoard(year: $y) {\n      months\n      rows {\n        pairing {\n          id\n          name\n        }\n        missing\n        cells {\n          month\n          status\n          due\n        }\n      }\n      totals {\n        month\n        due\n        submitted\n        approved\n        missing\n      }\n    }\n  }\n"): typeof import('./graphql').PeriodsBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodsPairings {\n    pairings(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PeriodsPairingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsRecordFigure($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n      occurredOn\n    }\n  }\n"): typeof import('./graphql').PeriodsRecordFigureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsCorrect($i: CorrectLedgerEntryInput!) {\n    correctLedgerEntry(input: $i) {\n      id\n      occurredOn\n      correctsId\n    }\n  }\n"): typeof import('./graphql').PeriodsCorrectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsDonation($i: RecordDonationInput!) {\n    recordDonation(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PeriodsDonationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsFiscalProject($i: CreateFiscalProjectInput!) {\n    createFiscalProject(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PeriodsFiscalProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsFiscalTx($i: RecordFiscalTransactionInput!) {\n    recordFiscalTransaction(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PeriodsFiscalTxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsFiscalProgress($i: ReportFiscalProgressInput!) {\n    reportFiscalProgress(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PeriodsFiscalProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsTranche($i: RecordFundTrancheInput!) {\n    recordFundTranche(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PeriodsTrancheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UikitCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').UikitCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UikitLogin($u: String!, $p: String!) {\n        login(input: { username: $u, password: $p }) {\n          token\n        }\n      }\n    "): typeof import('./graphql').UikitLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UikitExpressInterest($i: ExpressInterestInput!) {\n      expressInterest(input: $i) {\n        id\n        interests {\n          mine\n          county {\n            code\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').UikitExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UikitWithdrawInterest($leadId: ID!) {\n      withdrawInterest(leadId: $leadId) {\n        id\n        interests {\n          mine\n          county {\n            code\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').UikitWithdrawInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment UikitPosting on JobPosting {\n      id\n      position\n      places\n      filled\n      wageMin\n      wageMax\n      housing\n      opensOn\n      closesOn\n      description\n      open\n      closedAt\n      location {\n        code\n      }\n    }\n  "): typeof import('./graphql').UikitPostingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UikitCreatePosting($i: CreateJobPostingInput!) {\n      createJobPosting(input: $i) {\n        ...UikitPosting\n      }\n    }\n  "): typeof import('./graphql').UikitCreatePostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UikitUpdatePosting($i: UpdateJobPostingInput!) {\n      updateJobPosting(input: $i) {\n        ...UikitPosting\n      }\n    }\n  "): typeof import('./graphql').UikitUpdatePostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UikitClosePosting($id: ID!) {\n      closeJobPosting(id: $id) {\n        ...UikitPosting\n      }\n    }\n  "): typeof import('./graphql').UikitClosePostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UikitReopenPosting($id: ID!) {\n      reopenJobPosting(id: $id) {\n        ...UikitPosting\n      }\n    }\n  "): typeof import('./graphql').UikitReopenPostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query UikitPostings($f: JobPostingFilter) {\n      jobPostings(first: 100, filter: $f) {\n        nodes {\n          id\n          open\n        }\n      }\n    }\n  "): typeof import('./graphql').UikitPostingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UikitPlaceWorker($i: PlaceWorkerInput!) {\n      placeWorker(input: $i) {\n        __typename\n        ... on ErrorResult {\n          code\n          message\n        }\n        ... on InvalidStateError {\n          entityId\n          state\n          action\n        }\n        ... on Placement {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').UikitPlaceWorkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UikitPutForward($i: PutForwardWorkerInput!) {\n      putForwardWorker(input: $i) {\n        id\n      }\n    }\n  "): typeof import('./graphql').UikitPutForwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressExportBoard($year: Int!) {\n    pairings(first: 100, filter: {}) {\n      totalCount\n      nodes {\n        id\n        name\n        progress(year: $year) {\n          indicator\n          delivered\n          reported\n          target\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressExportBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchaseOrderCheckout($id: ID!) {\n    order(id: $id) {\n      id\n      deliveryAddress\n      deliveryContact\n      deliveryPhone\n      invoiceTitle\n      taxNumber\n      note\n    }\n  }\n"): typeof import('./graphql').PurchaseOrderCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchaseRemembered {\n    rememberedDelivery {\n      deliveryAddress\n      deliveryContact\n      deliveryPhone\n      invoiceTitle\n      taxNumber\n    }\n  }\n"): typeof import('./graphql').PurchaseRememberedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PurchaseIncomingPhones {\n          subOrders(first: 50) {\n            nodes {\n              order {\n                id\n                deliveryPhone\n                deliveryAddress\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PurchaseIncomingPhonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchaseProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      spec\n      unit\n      price\n      stock\n      certificateNo\n      certificateAuthority\n      certificateValidFrom\n      certificateValidTo\n      certificateStatus\n      county {\n        name\n      }\n      supplier {\n        name\n        county {\n          name\n        }\n        rating {\n          average\n          count\n        }\n      }\n      images {\n        kind\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').PurchaseProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PurchaseNewProduct($i: CreateProductInput!) {\n          createProduct(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PurchaseNewProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PurchaseWithdraw($i: UpdateProductInput!) {\n          updateProduct(input: $i) {\n            active\n          }\n        }\n      "): typeof import('./graphql').PurchaseWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotaBoardCreateBuyer($i: CreateBuyerInput!) {\n    createBuyer(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').QuotaBoardCreateBuyerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaBoardPage($y: Int!, $n: Int!, $after: String) {\n    quotaBoard(year: $y) {\n      counted\n      groups {\n        group\n        buyers\n        counted\n        target\n      }\n      buyers(first: $n, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          buyer {\n            id\n            name\n            group\n            eastRegionId\n          }\n          quota\n          counted\n          completion\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QuotaBoardPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersSetQuota($i: SetQuotaInput!) {\n    setQuota(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemindersSetQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersCompletion($b: ID!, $y: Int!) {\n    quotaCompletion(buyerId: $b, year: $y) {\n      quota\n      counted\n      expected\n      projected\n      atRisk\n    }\n  }\n"): typeof import('./graphql').RemindersCompletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersMine($unread: Boolean!) {\n    unreadNotificationCount\n    myNotifications(unreadOnly: $unread, first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        day\n        link\n        message\n        readAt\n      }\n    }\n  }\n"): typeof import('./graphql').RemindersMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersMark($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): typeof import('./graphql').RemindersMarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersMarkAll {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').RemindersMarkAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersRecord($i: RecordReportedFigureInput!) {\n    recordReportedFigure(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemindersRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersTarget($i: SetAgreementTargetInput!) {\n    setAgreementTarget(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemindersTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersProgress($id: ID!, $y: Int!, $asOf: Date) {\n    pairing(id: $id) {\n      progress(year: $y, asOf: $asOf) {\n        indicator\n        target\n        delivered\n        projected\n        projectionMethod\n        atRisk\n      }\n    }\n  }\n"): typeof import('./graphql').RemindersProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersReview($id: ID!, $reason: String!) {\n    rejectEvidence(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RemindersReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleoutLogin($u: String!, $p: String!) {\n    login(input: { username: $u, password: $p }) {\n      token\n    }\n  }\n"): typeof import('./graphql').ScaleoutLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleoutMe {\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql').ScaleoutMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupCreateRegion($i: CreateRegionInput!) {\n    createRegion(input: $i) {\n      id\n      code\n      level\n      side\n      parent {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SetupCreateRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupUpdateRegion($id: ID!, $i: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $i) {\n      name\n      shortName\n    }\n  }\n"): typeof import('./graphql').SetupUpdateRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupRegionsWithin($id: ID!) {\n    regions(first: 100, filter: { withinId: $id }) {\n      nodes {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SetupRegionsWithinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupCreatePairing($i: CreatePairingInput!) {\n    createPairing(input: $i) {\n      id\n      name\n      status\n      parent {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SetupCreatePairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupEndPairing($i: EndPairingInput!) {\n    endPairing(input: $i) {\n      status\n      endedOn\n      endReason\n      children {\n        name\n        status\n        endedOn\n      }\n    }\n  }\n"): typeof import('./graphql').SetupEndPairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupSaveAgreement($i: SaveAgreementInput!) {\n    saveAgreement(input: $i) {\n      id\n      year\n      signedOn\n      targets {\n        indicator\n        target\n      }\n    }\n  }\n"): typeof import('./graphql').SetupSaveAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupChangeTarget($i: ChangeAgreementTargetInput!) {\n    changeAgreementTarget(input: $i) {\n      targets {\n        indicator\n        target\n      }\n      targetHistory {\n        indicator\n        before\n        after\n        reason\n        actor {\n          username\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SetupChangeTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupCopyAgreement($i: CopyAgreementInput!) {\n    copyAgreement(input: $i) {\n      year\n      signedOn\n      targets {\n        indicator\n        target\n      }\n      targetHistory {\n        indicator\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').SetupCopyAgreementDocument;
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
export function graphql(source: "\n  fragment TalentPostingFields on TalentPosting {\n    id\n    direction\n    category\n    kind\n    startsOn\n    plannedEndOn\n    endedOn\n    endReason\n    endsOn\n    status\n    endingSoon\n    withdrawnAt\n    pairingId\n    county {\n      code\n    }\n    eastRegion {\n      code\n    }\n    person {\n      id\n      name\n      institution\n      phoneMasked\n    }\n  }\n"): typeof import('./graphql').TalentPostingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TalentRecord($i: RecordTalentPostingInput!) {\n    recordTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n"): typeof import('./graphql').TalentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TalentChange($i: ChangeTalentPostingInput!) {\n    changeTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n"): typeof import('./graphql').TalentChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TalentEnd($i: EndTalentPostingInput!) {\n    endTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n"): typeof import('./graphql').TalentEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TalentWithdraw($i: WithdrawTalentPostingInput!) {\n    withdrawTalentPosting(input: $i) {\n      ...TalentPostingFields\n    }\n  }\n"): typeof import('./graphql').TalentWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalentList($f: TalentPostingFilter, $n: Int) {\n    talentPostings(first: $n, filter: $f) {\n      totalCount\n      nodes {\n        ...TalentPostingFields\n      }\n    }\n  }\n"): typeof import('./graphql').TalentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalentOne($id: ID!) {\n    talentPosting(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').TalentOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalentPeople($s: String, $n: Int) {\n    talentPeople(search: $s, first: $n) {\n      totalCount\n      nodes {\n        id\n        name\n        phoneMasked\n        postings {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TalentPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalentSummary($y: Int!) {\n    talentSummary(year: $y) {\n      year\n      cadresSent\n      professionalsSent\n      teachersSent\n      doctorsSent\n      agriTechSent\n      otherSent\n      cadresReceived\n      professionalsReceived\n    }\n  }\n"): typeof import('./graphql').TalentSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TalentReveal($id: ID!) {\n    revealTalentPersonPhone(personId: $id) {\n      personId\n      phone\n    }\n  }\n"): typeof import('./graphql').TalentRevealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TalentChangePerson($i: ChangeTalentPersonInput!) {\n    changeTalentPerson(input: $i) {\n      id\n      name\n      phoneMasked\n    }\n  }\n"): typeof import('./graphql').TalentChangePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalentLedger($p: ID!, $src: LedgerSource) {\n    ledgerEntries(filter: { pairingId: $p, source: $src }, first: 100) {\n      nodes {\n        sourceId\n        sourceLabel\n      }\n    }\n  }\n"): typeof import('./graphql').TalentLedgerDocument;
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
export function graphql(source: "\n  mutation TransitionsShipSubOrder($i: ShipSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      __typename\n      ... on SubOrder {\n        id\n        status\n      }\n      ...TransitionsRefusal\n    }\n  }\n"): typeof import('./graphql').TransitionsShipSubOrderDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitPairTestFields on UnitPair {\n    id\n    kind\n    eastUnit\n    westUnit\n    formedOn\n    endedOn\n    endReason\n    withdrawnAt\n    withdrawReason\n    status\n    support\n    value\n    pairingId\n    enterpriseId\n    county {\n      code\n    }\n  }\n"): typeof import('./graphql').UnitPairTestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitPairRecord($i: RecordUnitPairInput!) {\n    recordUnitPair(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n"): typeof import('./graphql').UnitPairRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitPairWithdraw($i: WithdrawUnitPairInput!) {\n    withdrawUnitPair(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n"): typeof import('./graphql').UnitPairWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitPairEnd($i: EndUnitPairInput!) {\n    endUnitPair(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n"): typeof import('./graphql').UnitPairEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitPairRedate($i: ChangeUnitPairFormedOnInput!) {\n    changeUnitPairFormedOn(input: $i) {\n      ...UnitPairTestFields\n    }\n  }\n"): typeof import('./graphql').UnitPairRedateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPairList($f: UnitPairFilter, $first: Int) {\n    unitPairs(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        ...UnitPairTestFields\n        pairing {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitPairListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPairOne($id: ID!) {\n    unitPair(id: $id) {\n      ...UnitPairTestFields\n    }\n  }\n"): typeof import('./graphql').UnitPairOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPairSummaryOf($y: Int!, $c: ID) {\n    unitPairSummary(year: $y, countyId: $c) {\n      year\n      formed\n      activeAtYearEnd\n      byKind {\n        kind\n        formed\n        activeAtYearEnd\n      }\n    }\n  }\n"): typeof import('./graphql').UnitPairSummaryOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPairPairing($id: ID!) {\n    pairing(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnitPairPairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPairLedger($f: LedgerEntryFilter!) {\n    ledgerEntries(filter: $f, first: 5) {\n      totalCount\n      nodes {\n        amount\n        source\n        sourceLabel\n        note\n      }\n    }\n  }\n"): typeof import('./graphql').UnitPairLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitPairImportCommit($id: ID!, $mode: ImportMode!) {\n    commitImport(batchId: $id, mode: $mode) {\n      status\n      written\n      unchanged\n      skipped\n    }\n  }\n"): typeof import('./graphql').UnitPairImportCommitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
