import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";
import { daysAgo, key, today } from "./consumption-fixtures";
import { graphql } from "./gql";
import type { ProjectStage } from "./gql/graphql";

/**
 * Walks each state machine's transitions table through the API: for every role that can see a
 * record, in every state, each step is in the record's `allowedActions` exactly when its mutation
 * succeeds; a refused step is InvalidStateError (a role the table lists) or FORBIDDEN (one it never
 * lists) and leaves the record as it was. The record is put into each state by SQL between tries
 * (this file's own database), so one record serves the whole walk.
 */
let s: TestServer;
const t: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
});
afterAll(() => s?.close());

// Each step's mutation, answering the record or InvalidStateError (a result union).
graphql(`
  fragment TransitionsRefusal on InvalidStateError {
    code
    state
    action
  }
`);
const CONFIRM_SUB_ORDER = graphql(`
  mutation TransitionsConfirmSubOrder($i: ChangeSubOrderInput!) {
    confirmSubOrder(input: $i) {
      __typename
      ... on SubOrder {
        id
        status
      }
      ...TransitionsRefusal
    }
  }
`);
const PAY_SUB_ORDER = graphql(`
  mutation TransitionsRecordPayment($i: RecordPaymentInput!) {
    recordPayment(input: $i) {
      __typename
      ... on SubOrder {
        id
        status
      }
      ...TransitionsRefusal
    }
  }
`);
const SHIP_SUB_ORDER = graphql(`
  mutation TransitionsShipSubOrder($i: ShipSubOrderInput!) {
    shipSubOrder(input: $i) {
      __typename
      ... on SubOrder {
        id
        status
      }
      ...TransitionsRefusal
    }
  }
`);
const RECEIVE_SUB_ORDER = graphql(`
  mutation TransitionsReceiveSubOrder($i: ReceiveSubOrderInput!) {
    receiveSubOrder(input: $i) {
      __typename
      ... on SubOrder {
        id
        status
      }
      ...TransitionsRefusal
    }
  }
`);
const CANCEL_SUB_ORDER = graphql(`
  mutation TransitionsCancelSubOrder($i: ChangeSubOrderInput!) {
    cancelSubOrder(input: $i) {
      __typename
      ... on SubOrder {
        id
        status
      }
      ...TransitionsRefusal
    }
  }
`);
const REFUND_SUB_ORDER = graphql(`
  mutation TransitionsRefundSubOrder($i: ChangeSubOrderInput!) {
    refundSubOrder(input: $i) {
      __typename
      ... on SubOrder {
        id
        status
      }
      ...TransitionsRefusal
    }
  }
`);
const EMPLOY = graphql(`
  mutation TransitionsRecordEmployment($i: ChangePlacementInput!) {
    recordEmployment(input: $i) {
      __typename
      ... on Placement {
        id
        status
      }
      ...TransitionsRefusal
    }
  }
`);
const STABILISE = graphql(`
  mutation TransitionsRecordStable($i: ChangePlacementInput!) {
    recordStable(input: $i) {
      __typename
      ... on Placement {
        id
        status
      }
      ...TransitionsRefusal
    }
  }
`);
const LEAVE = graphql(`
  mutation TransitionsRecordLeft($i: ChangePlacementInput!) {
    recordLeft(input: $i) {
      __typename
      ... on Placement {
        id
        status
      }
      ...TransitionsRefusal
    }
  }
`);
const MOVE_STAGE = graphql(`
  mutation TransitionsMoveProjectStage($i: MoveProjectStageInput!) {
    moveProjectStage(input: $i) {
      __typename
      ... on InvestmentProject {
        id
        stage
      }
      ...TransitionsRefusal
    }
  }
`);

interface Walk {
  /** The record's states (the table's states). */
  states: string[];
  /** Every step, with the mutation that takes it. */
  actions: Record<string, (token: string) => Promise<GqlResult<Record<string, unknown>>>>;
  /** Puts the record into `state` (SQL). */
  reset: (state: string) => Promise<void>;
  /** The record's state now (SQL). */
  state: () => Promise<string>;
  /** allowedActions as `token` reads them (null: the record is not visible). */
  allowed: (token: string) => Promise<string[] | null>;
  /** The record's type name in a result union. */
  success: string;
}

/** For each user and state: allowedActions equals the steps whose mutation succeeded. Returns how many succeeded per user. */
async function walk(w: Walk, users: string[], never: string[]): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const user of users) {
    done[user] = 0;
    for (const state of w.states) {
      await w.reset(state);
      const allowed = await w.allowed(t[user]);
      expect(allowed, `${user} sees the record`).not.toBeNull();
      const succeeded: string[] = [];
      for (const [action, take] of Object.entries(w.actions)) {
        await w.reset(state);
        const r = await take(t[user]);
        const answer = r.data
          ? (Object.values(r.data)[0] as { __typename?: string; code?: string; state?: string } | null)
          : null;
        const where = `${user} ${action} from ${state}`;
        if (answer?.__typename === w.success) {
          succeeded.push(action);
          continue;
        }
        if (r.errors) expect(codeOf(r), where).toBe("FORBIDDEN");
        else
          expect(answer, where).toMatchObject({
            __typename: "InvalidStateError",
            code: "INVALID_STATE",
            state,
            action,
          });
        expect(await w.state(), `${where}: nothing changed`).toBe(state);
      }
      expect([...allowed!].sort(), `${user} in ${state}`).toEqual(succeeded.sort());
      done[user] += succeeded.length;
    }
  }
  // A role the table never lists is FORBIDDEN for every step, whatever the state.
  for (const user of never) {
    await w.reset(w.states[0]);
    for (const take of Object.values(w.actions)) expect(codeOf(await take(t[user])), user).toBe("FORBIDDEN");
  }
  return done;
}

describe("each transitions table is the single truth for allowedActions and the mutations", () => {
  it("sub-orders: the buyer pays, receives and cancels; the supplier's county and admins confirm, ship, cancel and refund; coordinators only watch", async () => {
    // A product of a Zhenning supplier, ordered by the demo buyer (Jiaozhou's hospital).
    const [product] = await s.sql<{ id: string }>(
      `SELECT p.id FROM product p JOIN supplier su ON su.id = p.supplier_id JOIN region r ON r.id = su.county_id
       WHERE r.code = '520423' AND p.active AND su.status = 'APPROVED' AND p.stock > 10 ORDER BY p.name LIMIT 1`,
    );
    const placed = await s.gql(
      graphql(`
        mutation TransitionsPlaceOrder($i: PlaceOrderInput!) {
          placeOrder(input: $i) {
            __typename
            ... on Order {
              subOrders {
                id
              }
            }
          }
        }
      `),
      { i: { idempotencyKey: key(), lines: [{ productId: product.id, quantity: 1 }] } },
      t.buyer,
    );
    const order = placed.data!.placeOrder;
    if (order.__typename !== "Order") throw new Error(`placeOrder answered ${order.__typename}`);
    const id = order.subOrders[0].id;
    const orderId = (await s.sql<{ order_id: string }>(`SELECT order_id FROM sub_order WHERE id = $1`, [id]))[0]
      .order_id;
    const done = await walk(
      {
        states: ["PLACED", "CONFIRMED", "PAID", "SHIPPED", "RECEIVED", "CANCELLED", "REFUNDED"],
        actions: {
          CONFIRM: (token) => s.gql(CONFIRM_SUB_ORDER, { i: { subOrderId: id } }, token),
          PAY: (token) => s.gql(PAY_SUB_ORDER, { i: { subOrderId: id, paymentReference: "BOC-WALK" } }, token),
          SHIP: (token) =>
            s.gql(SHIP_SUB_ORDER, { i: { subOrderId: id, carrier: "顺丰速运", waybillNumber: "SF1234567890" } }, token),
          RECEIVE: (token) =>
            s.gql(
              RECEIVE_SUB_ORDER,
              { i: { subOrderId: id, invoiceNumber: "No.WALK", inspectionNote: "相符" } },
              token,
            ),
          CANCEL: (token) => s.gql(CANCEL_SUB_ORDER, { i: { subOrderId: id, reason: "测试" } }, token),
          REFUND: (token) => s.gql(REFUND_SUB_ORDER, { i: { subOrderId: id, reason: "测试" } }, token),
        },
        reset: async (state) => void (await s.sql(`UPDATE sub_order SET status = $2 WHERE id = $1`, [id, state])),
        state: async () =>
          (await s.sql<{ status: string }>(`SELECT status FROM sub_order WHERE id = $1`, [id]))[0].status,
        allowed: async (token) => {
          const r = await s.gql(
            graphql(`
              query TransitionsSubOrderActions($id: ID!) {
                order(id: $id) {
                  subOrders {
                    id
                    allowedActions
                  }
                }
              }
            `),
            { id: orderId },
            token,
          );
          return r.data?.order?.subOrders.find((x) => x.id === id)?.allowedActions ?? null;
        },
        success: "SubOrder",
      },
      ["buyer", "zhenning", "jiaozhou", "admin"],
      ["enterprise"],
    );
    expect(done).toEqual({ buyer: 4, zhenning: 7, jiaozhou: 0, admin: 7 }); // PAY, RECEIVE, CANCEL×2; CONFIRM, SHIP, CANCEL×2, REFUND×3
  });

  it("placements: the worker's county, the paired coordinator, the employer and admins take every step the status allows; buyers none", async () => {
    // A placement in the demo enterprise's posting of a consenting Huixian worker with no other placement.
    const [p] = await s.sql<{ id: string; worker_id: string; posting_id: string }>(
      `SELECT p.id, p.worker_id, p.posting_id FROM placement p JOIN app_user u ON u.enterprise_id = p.enterprise_id AND u.username = 'enterprise'
       JOIN worker w ON w.id = p.worker_id JOIN region r ON r.id = p.county_id
       WHERE r.code = '621227' AND w.consent_given_on IS NOT NULL AND w.consent_withdrawn_on IS NULL
         AND NOT EXISTS (SELECT 1 FROM placement o WHERE o.worker_id = p.worker_id AND o.id <> p.id) LIMIT 1`,
    );
    expect(p).toBeDefined();
    const change = { placementId: p.id, on: today(), reason: "测试" };
    const done = await walk(
      {
        states: ["PLACED", "EMPLOYED", "STABLE", "LEFT"],
        actions: {
          EMPLOY: (token) => s.gql(EMPLOY, { i: change }, token),
          STABILISE: (token) => s.gql(STABILISE, { i: change }, token),
          LEAVE: (token) => s.gql(LEAVE, { i: change }, token),
        },
        // Dates far enough back that every step the table allows is also allowed by the dates (STABLE six months after the start).
        reset: async (state) => {
          const reached = ["PLACED", "EMPLOYED", "STABLE"].indexOf(state);
          await s.sql(
            `UPDATE placement SET status = $2, placed_on = $3, employed_on = $4, stable_on = $5, left_on = $6, left_reason = $7 WHERE id = $1`,
            [
              p.id,
              state,
              daysAgo(400),
              reached >= 1 || state === "LEFT" ? daysAgo(300) : null,
              reached >= 2 ? daysAgo(100) : null,
              state === "LEFT" ? daysAgo(50) : null,
              state === "LEFT" ? "测试" : null,
            ],
          );
          await s.sql(`UPDATE job_posting SET filled = 1 WHERE id = $1`, [p.posting_id]);
        },
        state: async () =>
          (await s.sql<{ status: string }>(`SELECT status FROM placement WHERE id = $1`, [p.id]))[0].status,
        allowed: async (token) => {
          const r = await s.gql(
            graphql(`
              query TransitionsPlacementActions($w: ID!) {
                placements(first: 5, filter: { workerId: $w }) {
                  nodes {
                    id
                    allowedActions
                  }
                }
              }
            `),
            { w: p.worker_id },
            token,
          );
          return r.data?.placements.nodes.find((x) => x.id === p.id)?.allowedActions ?? null;
        },
        success: "Placement",
      },
      ["huixian", "qingdao", "enterprise", "admin"],
      ["buyer"],
    );
    expect(done).toEqual({ huixian: 5, qingdao: 5, enterprise: 5, admin: 5 }); // EMPLOY, STABILISE, LEAVE×3
  });

  it("placements: STABILISE is offered only from stableFrom (six months after the start), which the server says", async () => {
    const [p] = await s.sql(
      `SELECT p.id, p.worker_id FROM placement p JOIN app_user u ON u.enterprise_id = p.enterprise_id AND u.username = 'enterprise'
       WHERE p.status = 'EMPLOYED' LIMIT 1`,
    );
    expect(p).toBeDefined();
    const read = async () => {
      const r = await s.gql(
        `query($w: ID!) { placements(first: 5, filter: { workerId: $w }) { nodes { id employedOn stableFrom allowedActions } } }`,
        { w: p.worker_id },
        t.admin,
      );
      return r.data!.placements.nodes.find((x: { id: string }) => x.id === p.id);
    };
    await s.sql(`UPDATE placement SET employed_on = $2, placed_on = $3 WHERE id = $1`, [
      p.id,
      daysAgo(30),
      daysAgo(40),
    ]);
    const early = await read();
    expect(early.allowedActions).toContain("LEAVE");
    expect(early.allowedActions).not.toContain("STABILISE");
    expect(early.stableFrom > today()).toBe(true);
    // What is not offered is refused, naming the date field; nothing changes.
    const refused = await s.gql(
      `mutation($i: ChangePlacementInput!) { recordStable(input: $i) { __typename } }`,
      { i: { placementId: p.id, on: today() } },
      t.admin,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "on" });
    expect((await s.sql(`SELECT status FROM placement WHERE id = $1`, [p.id]))[0].status).toBe("EMPLOYED");

    await s.sql(`UPDATE placement SET employed_on = $2, placed_on = $3 WHERE id = $1`, [
      p.id,
      daysAgo(200),
      daysAgo(210),
    ]);
    const due = await read();
    expect(due.stableFrom <= today()).toBe(true);
    expect(due.allowedActions).toContain("STABILISE");
  });

  it("projects: its enterprise, the county and the coordinator in scope move it along the pipeline; buyers never", async () => {
    const [p] = await s.sql<{ id: string }>(`SELECT id FROM investment_project WHERE name = '医用防护服生产线'`);
    const TARGET: Record<string, ProjectStage> = {
      VISIT: "SITE_VISIT",
      NEGOTIATE: "NEGOTIATION",
      SIGN: "SIGNED",
      RECEIVE_FUNDS: "FUNDS_ARRIVING",
      START_PRODUCTION: "IN_PRODUCTION",
      DROP: "DROPPED",
    };
    const move = (action: string) => (token: string) =>
      s.gql(
        MOVE_STAGE,
        {
          i: {
            projectId: p.id,
            stage: TARGET[action],
            occurredOn: today(),
            contractAmount: "1000000",
            signedOn: today(),
            reason: "测试",
          },
        },
        token,
      );
    const signed = ["SIGNED", "FUNDS_ARRIVING", "IN_PRODUCTION"];
    const done = await walk(
      {
        states: ["LEAD", "SITE_VISIT", "NEGOTIATION", "SIGNED", "FUNDS_ARRIVING", "IN_PRODUCTION", "DROPPED"],
        actions: Object.fromEntries(Object.keys(TARGET).map((a) => [a, move(a)])),
        reset: async (state) => {
          await s.sql(
            `UPDATE investment_project SET stage = $2, stage_since = '2020-01-01', contract_amount = $3, signed_on = $4, dropped_reason = $5 WHERE id = $1`,
            [
              p.id,
              state,
              signed.includes(state) ? 1_000_000_00 : null,
              signed.includes(state) ? "2020-01-01" : null,
              state === "DROPPED" ? "测试" : null,
            ],
          );
        },
        state: async () =>
          (await s.sql<{ stage: string }>(`SELECT stage FROM investment_project WHERE id = $1`, [p.id]))[0].stage,
        allowed: async (token) => {
          const r = await s.gql(
            graphql(`
              query TransitionsProjectActions($id: ID!) {
                investmentProject(id: $id) {
                  allowedActions
                  allowedNextStages
                }
              }
            `),
            { id: p.id },
            token,
          );
          const project = r.data?.investmentProject;
          if (!project) return null;
          // The stages offered are the targets of the steps allowed.
          expect(project.allowedNextStages).toEqual(project.allowedActions.map((a) => TARGET[a]));
          return project.allowedActions;
        },
        success: "InvestmentProject",
      },
      ["enterprise", "zhenning", "jiaozhou", "admin"],
      ["buyer"],
    );
    expect(done).toEqual({ enterprise: 10, zhenning: 10, jiaozhou: 10, admin: 10 }); // five steps forward, DROP from five stages
  });
});
