import { randomUUID } from "node:crypto";
import { graphql } from "./gql";
import type { BuyerGroup } from "./gql/graphql";
import type { TestServer } from "./harness";
import { today as serverToday } from "../../server/src/shared/dates";
import { INVARIANTS } from "../../server/src/tools/data-checks";

/** GraphQL documents and small helpers shared by the consumption-assistance tests. */

export const PLACE = graphql(`
  mutation ConsumptionPlaceOrder($i: PlaceOrderInput!) {
    placeOrder(input: $i) {
      __typename
      ... on Order {
        id
        total
        orderedOn
        channel
        subOrders {
          id
          status
          total
          countable
          pairingId
          county {
            code
          }
          lines {
            quantity
            unitPrice
            amount
            countsTowardQuota
            product {
              name
            }
          }
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on OutOfStockError {
        productId
        requested
        available
      }
      ... on ProductUnavailableError {
        productId
      }
    }
  }
`);

// What every sub-order step answers: the sub-order after the step, or why it could not be taken.
graphql(`
  fragment ConsumptionStep on SubOrderResult {
    __typename
    ... on SubOrder {
      id
      status
      allowedActions
      paymentReference
      invoiceNumber
      inspectionNote
      rating
      reason
    }
    ... on InvalidStateError {
      code
      message
      state
      entityId
      action
    }
  }
`);
export const CONFIRM = graphql(`
  mutation ConsumptionConfirmSubOrder($i: ChangeSubOrderInput!) {
    confirmSubOrder(input: $i) {
      ...ConsumptionStep
    }
  }
`);
export const CANCEL = graphql(`
  mutation ConsumptionCancelSubOrder($i: ChangeSubOrderInput!) {
    cancelSubOrder(input: $i) {
      ...ConsumptionStep
    }
  }
`);
export const SHIP = graphql(`
  mutation ConsumptionShipSubOrder($i: ShipSubOrderInput!) {
    shipSubOrder(input: $i) {
      ...ConsumptionStep
    }
  }
`);
export const REFUND = graphql(`
  mutation ConsumptionRefundSubOrder($i: ChangeSubOrderInput!) {
    refundSubOrder(input: $i) {
      ...ConsumptionStep
    }
  }
`);
export const PAY = graphql(`
  mutation ConsumptionRecordPayment($i: RecordPaymentInput!) {
    recordPayment(input: $i) {
      ...ConsumptionStep
    }
  }
`);
export const RECEIVE = graphql(`
  mutation ConsumptionReceiveSubOrder($i: ReceiveSubOrderInput!) {
    receiveSubOrder(input: $i) {
      ...ConsumptionStep
    }
  }
`);

// A quota as the tests read it, set or listed.
graphql(`
  fragment ConsumptionQuota on Quota {
    amount
    basis
    baseAmount
    rateBasisPoints
    headcount
    perHead
    countySplits {
      county {
        code
      }
      amount
    }
  }
`);
export const SET_QUOTA = graphql(`
  mutation ConsumptionSetQuota($i: SetQuotaInput!) {
    setQuota(input: $i) {
      ...ConsumptionQuota
    }
  }
`);

/**
 * Narrows a union result to the member the test expects (`narrow(r.data!.placeOrder, "Order")`),
 * failing with the answer when it is another: the typed way to read an Order's fields.
 */
export function narrow<T extends { __typename?: string }, N extends NonNullable<T["__typename"]>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  if (value?.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename?: N }>;
}

export const key = () => `k-${randomUUID()}`;
/** The server's today: the day in China (UTC+8), not UTC's — from 16:00 UTC they differ (CI failed at 16:05). */
export const today = () => serverToday();
/** The date `n` days before the server's today (the day in China, against which it refuses future dates). */
export const daysAgo = (n: number) => new Date(Date.parse(serverToday()) - n * 86_400_000).toISOString().slice(0, 10);
export const year = () => Number(serverToday().slice(0, 4));

/** Product id by name (demo data). */
export async function productId(s: TestServer, name: string): Promise<string> {
  const rows = await s.sql(`SELECT id FROM product WHERE name = $1`, [name]);
  if (!rows.length) throw new Error(`no product ${name}`);
  return rows[0].id;
}

export async function buyerId(s: TestServer, name: string): Promise<string> {
  return (await s.sql(`SELECT id FROM buyer WHERE name = $1`, [name]))[0].id;
}

/** Creates a buyer organisation (as a coordinator) and a user acting for it; returns its token. */
export async function newBuyer(
  s: TestServer,
  adminToken: string,
  coordinatorToken: string,
  name: string,
  group: BuyerGroup = "HEALTHCARE",
): Promise<{ id: string; token: string }> {
  const b = await s.gql(
    graphql(`
      mutation ConsumptionNewBuyer($i: CreateBuyerInput!) {
        createBuyer(input: $i) {
          id
        }
      }
    `),
    { i: { name, group } },
    coordinatorToken,
  );
  if (b.errors) throw new Error(JSON.stringify(b.errors));
  const username = `b${randomUUID().slice(0, 8)}`;
  const buyer = b.data!.createBuyer.id;
  const u = await s.gql(
    graphql(`
      mutation ConsumptionNewBuyerUser($i: CreateUserInput!) {
        createUser(input: $i) {
          id
        }
      }
    `),
    { i: { username, password: "xiezuo2026", displayName: name, role: "BUYER", buyerId: buyer } },
    adminToken,
  );
  if (u.errors) throw new Error(JSON.stringify(u.errors));
  return { id: buyer, token: await s.login(username) };
}

/**
 * The reconciliation every test can run: each quota counter equals the sum of its counted lines
 * (certified on the order date, sub-order in a counted state) to the fen; the ledger's ORDER_LINE
 * entries per pairing equal the counted lines of sub-orders that belong to that pairing; no stock
 * is negative; the quota board's summaries (migration 38) equal the counters, quotas and buyers they
 * summarise, so a writer that bypassed them shows here. Returns the differences (empty when all is well).
 */
export async function reconcile(
  s: TestServer,
): Promise<{ counters: unknown[]; ledger: unknown[]; negativeStock: unknown[]; summaries: unknown[] }> {
  // The same recount `npm run check-data` runs (server/src/tools/data-checks.ts): counters (counted
  // from each year's counting point, and confirmed) and each sub-order's ledger entries, to the fen.
  const counters = await s.sql(INVARIANTS.quotaCounters);
  const ledger = await s.sql(INVARIANTS.ledgerOrderEntries);
  const negativeStock = await s.sql(INVARIANTS.negativeStock);
  const summaries = await s.sql(INVARIANTS.quotaStanding);
  return { counters, ledger, negativeStock, summaries };
}

/** Row counts of everything an order touches, to prove a refusal wrote nothing. */
export async function orderRowCounts(s: TestServer) {
  return (
    await s.sql(`SELECT (SELECT count(*) FROM purchase_order)::int AS orders, (SELECT count(*) FROM sub_order)::int AS subs,
    (SELECT count(*) FROM order_line)::int AS lines, (SELECT count(*) FROM audit_entry)::int AS audit,
    (SELECT count(*) FROM ledger_entry)::int AS ledger, (SELECT COALESCE(SUM(counted), 0)::bigint AS counted FROM quota_counter),
    (SELECT SUM(stock)::bigint FROM product) AS stock, (SELECT count(*) FROM supplier)::int AS suppliers, (SELECT count(*) FROM product)::int AS products`)
  )[0];
}
