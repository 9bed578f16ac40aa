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
    "\n        query ConsumptionExportBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            buyers {\n              buyer {\n                name\n              }\n              quota\n              counted\n              completion\n            }\n            groups {\n              group\n              counted\n            }\n          }\n        }\n      ": typeof types.ConsumptionExportBoardDocument,
    "\n  mutation ConsumptionPlaceOrder($i: PlaceOrderInput!) {\n    placeOrder(input: $i) {\n      __typename\n      ... on Order {\n        id\n        total\n        orderedOn\n        channel\n        subOrders {\n          id\n          status\n          total\n          countable\n          pairingId\n          county {\n            code\n          }\n          lines {\n            quantity\n            unitPrice\n            amount\n            countsTowardQuota\n            product {\n              name\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on OutOfStockError {\n        errorCode\n        productId\n        requested\n        available\n      }\n      ... on ProductUnavailableError {\n        errorCode\n        productId\n      }\n    }\n  }\n": typeof types.ConsumptionPlaceOrderDocument,
    "\n  fragment ConsumptionStep on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      reason\n    }\n    ... on InvalidStateError {\n      code\n      errorCode\n      message\n      state\n      entityId\n      action\n    }\n  }\n": typeof types.ConsumptionStepFragmentDoc,
    "\n  mutation ConsumptionConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": typeof types.ConsumptionConfirmSubOrderDocument,
    "\n  mutation ConsumptionCancelSubOrder($i: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": typeof types.ConsumptionCancelSubOrderDocument,
    "\n  mutation ConsumptionShipSubOrder($i: ChangeSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": typeof types.ConsumptionShipSubOrderDocument,
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
    "\n      query ConsumptionCompletion($b: ID!, $y: Int!) {\n        quotaCompletion(buyerId: $b, year: $y) {\n          quota\n          counted\n          remaining\n          completion\n          daysLeft\n          byChannel {\n            channel\n            counted\n          }\n          byCounty {\n            county {\n              code\n            }\n            counted\n            quota\n          }\n        }\n      }\n    ": typeof types.ConsumptionCompletionDocument,
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
    "\n        query ConsumptionQuotaBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            daysLeft\n            counted\n            groups {\n              group\n              target\n              counted\n              completion\n              buyers\n            }\n            buyers {\n              buyer {\n                name\n                group\n              }\n              quota\n              counted\n              completion\n            }\n            byChannel {\n              channel\n              counted\n            }\n            byCounty {\n              county {\n                code\n              }\n              counted\n            }\n          }\n        }\n      ": typeof types.ConsumptionQuotaBoardDocument,
    "\n      query ConsumptionQuotaBoard2026 {\n        quotaBoard(year: 2026) {\n          counted\n        }\n      }\n    ": typeof types.ConsumptionQuotaBoard2026Document,
    "\n  query PairingNames {\n    pairings(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PairingNamesDocument,
    "\n      query PairingName($id: ID!) {\n        pairing(id: $id) {\n          name\n        }\n      }\n    ": typeof types.PairingNameDocument,
    "\n      query PairingFamily($id: ID!) {\n        pairing(id: $id) {\n          parent {\n            name\n          }\n          children {\n            name\n          }\n        }\n      }\n    ": typeof types.PairingFamilyDocument,
    "\n      query PairingProgress($id: ID!) {\n        pairing(id: $id) {\n          progress(year: 2020) {\n            indicator\n            target\n            delivered\n            reported\n            recorded\n            ratio\n            entryCount\n          }\n        }\n      }\n    ": typeof types.PairingProgressDocument,
};
const documents: Documents = {
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
    "\n        query ConsumptionExportBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            buyers {\n              buyer {\n                name\n              }\n              quota\n              counted\n              completion\n            }\n            groups {\n              group\n              counted\n            }\n          }\n        }\n      ": types.ConsumptionExportBoardDocument,
    "\n  mutation ConsumptionPlaceOrder($i: PlaceOrderInput!) {\n    placeOrder(input: $i) {\n      __typename\n      ... on Order {\n        id\n        total\n        orderedOn\n        channel\n        subOrders {\n          id\n          status\n          total\n          countable\n          pairingId\n          county {\n            code\n          }\n          lines {\n            quantity\n            unitPrice\n            amount\n            countsTowardQuota\n            product {\n              name\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on OutOfStockError {\n        errorCode\n        productId\n        requested\n        available\n      }\n      ... on ProductUnavailableError {\n        errorCode\n        productId\n      }\n    }\n  }\n": types.ConsumptionPlaceOrderDocument,
    "\n  fragment ConsumptionStep on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      reason\n    }\n    ... on InvalidStateError {\n      code\n      errorCode\n      message\n      state\n      entityId\n      action\n    }\n  }\n": types.ConsumptionStepFragmentDoc,
    "\n  mutation ConsumptionConfirmSubOrder($i: ChangeSubOrderInput!) {\n    confirmSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": types.ConsumptionConfirmSubOrderDocument,
    "\n  mutation ConsumptionCancelSubOrder($i: ChangeSubOrderInput!) {\n    cancelSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": types.ConsumptionCancelSubOrderDocument,
    "\n  mutation ConsumptionShipSubOrder($i: ChangeSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n": types.ConsumptionShipSubOrderDocument,
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
    "\n      query ConsumptionCompletion($b: ID!, $y: Int!) {\n        quotaCompletion(buyerId: $b, year: $y) {\n          quota\n          counted\n          remaining\n          completion\n          daysLeft\n          byChannel {\n            channel\n            counted\n          }\n          byCounty {\n            county {\n              code\n            }\n            counted\n            quota\n          }\n        }\n      }\n    ": types.ConsumptionCompletionDocument,
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
    "\n        query ConsumptionQuotaBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            daysLeft\n            counted\n            groups {\n              group\n              target\n              counted\n              completion\n              buyers\n            }\n            buyers {\n              buyer {\n                name\n                group\n              }\n              quota\n              counted\n              completion\n            }\n            byChannel {\n              channel\n              counted\n            }\n            byCounty {\n              county {\n                code\n              }\n              counted\n            }\n          }\n        }\n      ": types.ConsumptionQuotaBoardDocument,
    "\n      query ConsumptionQuotaBoard2026 {\n        quotaBoard(year: 2026) {\n          counted\n        }\n      }\n    ": types.ConsumptionQuotaBoard2026Document,
    "\n  query PairingNames {\n    pairings(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.PairingNamesDocument,
    "\n      query PairingName($id: ID!) {\n        pairing(id: $id) {\n          name\n        }\n      }\n    ": types.PairingNameDocument,
    "\n      query PairingFamily($id: ID!) {\n        pairing(id: $id) {\n          parent {\n            name\n          }\n          children {\n            name\n          }\n        }\n      }\n    ": types.PairingFamilyDocument,
    "\n      query PairingProgress($id: ID!) {\n        pairing(id: $id) {\n          progress(year: 2020) {\n            indicator\n            target\n            delivered\n            reported\n            recorded\n            ratio\n            entryCount\n          }\n        }\n      }\n    ": types.PairingProgressDocument,
};

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
export function graphql(source: "\n        query ConsumptionExportBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            buyers {\n              buyer {\n                name\n              }\n              quota\n              counted\n              completion\n            }\n            groups {\n              group\n              counted\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionExportBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumptionPlaceOrder($i: PlaceOrderInput!) {\n    placeOrder(input: $i) {\n      __typename\n      ... on Order {\n        id\n        total\n        orderedOn\n        channel\n        subOrders {\n          id\n          status\n          total\n          countable\n          pairingId\n          county {\n            code\n          }\n          lines {\n            quantity\n            unitPrice\n            amount\n            countsTowardQuota\n            product {\n              name\n            }\n          }\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on OutOfStockError {\n        errorCode\n        productId\n        requested\n        available\n      }\n      ... on ProductUnavailableError {\n        errorCode\n        productId\n      }\n    }\n  }\n"): typeof import('./graphql').ConsumptionPlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsumptionStep on SubOrderResult {\n    __typename\n    ... on SubOrder {\n      id\n      status\n      allowedActions\n      paymentReference\n      invoiceNumber\n      inspectionNote\n      rating\n      reason\n    }\n    ... on InvalidStateError {\n      code\n      errorCode\n      message\n      state\n      entityId\n      action\n    }\n  }\n"): typeof import('./graphql').ConsumptionStepFragmentDoc;
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
export function graphql(source: "\n  mutation ConsumptionShipSubOrder($i: ChangeSubOrderInput!) {\n    shipSubOrder(input: $i) {\n      ...ConsumptionStep\n    }\n  }\n"): typeof import('./graphql').ConsumptionShipSubOrderDocument;
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
export function graphql(source: "\n      query ConsumptionCompletion($b: ID!, $y: Int!) {\n        quotaCompletion(buyerId: $b, year: $y) {\n          quota\n          counted\n          remaining\n          completion\n          daysLeft\n          byChannel {\n            channel\n            counted\n          }\n          byCounty {\n            county {\n              code\n            }\n            counted\n            quota\n          }\n        }\n      }\n    "): typeof import('./graphql').ConsumptionCompletionDocument;
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
export function graphql(source: "\n        query ConsumptionQuotaBoard($y: Int!) {\n          quotaBoard(year: $y) {\n            daysLeft\n            counted\n            groups {\n              group\n              target\n              counted\n              completion\n              buyers\n            }\n            buyers {\n              buyer {\n                name\n                group\n              }\n              quota\n              counted\n              completion\n            }\n            byChannel {\n              channel\n              counted\n            }\n            byCounty {\n              county {\n                code\n              }\n              counted\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsumptionQuotaBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsumptionQuotaBoard2026 {\n        quotaBoard(year: 2026) {\n          counted\n        }\n      }\n    "): typeof import('./graphql').ConsumptionQuotaBoard2026Document;
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
