import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { newBuyer, year } from "./consumption-fixtures";

/**
 * 预留份额申报 locks after 30 June of its year, in China's calendar (the server's `today`). As the other
 * date-bound tests do, the day is chosen through the year asked about rather than by moving the
 * clock: next year's deadline is always ahead of the server's today (open), last year's always behind
 * it (locked), whatever day the suite runs. The instant of the lock itself (1 July 00:00 in Beijing)
 * is pinned with an injected `now` in server/src/modules/quotas/declaration.test.ts.
 */
let s: TestServer;
const t: Record<string, string> = {};
const OPEN = year() + 1;
const LOCKED = year() - 1;

const DECLARE = `mutation($i: DeclareReservedShareInput!) {
  declareReservedShare(input: $i) { buyerId year kind reservedTotal late onBehalf }
}`;
const RECORD = `mutation($b: ID!, $i: DeclareReservedShareInput!) {
  recordReservedShare(buyerId: $b, input: $i) { buyerId year kind reservedTotal late onBehalf }
}`;
const REOPEN = `mutation($b: ID!, $y: Int!) { reopenReservedShare(buyerId: $b, year: $y) { deadline locked reopened } }`;
const LOCK = `query($b: ID!, $y: Int!) { reservedShareLock(buyerId: $b, year: $y) { buyerId year deadline locked reopened } }`;
const STATUS = `query($y: Int!) { reservedShareStatus(year: $y) { rows { buyer { id } reopened declaration { late onBehalf } } } }`;

const declarations = async (buyerId: string) =>
  (await s.sql(`SELECT count(*)::int AS n FROM reserved_share_declaration WHERE buyer_id = $1`, [buyerId]))[0].n;
const audits = async (buyerId: string) =>
  (
    await s.sql(
      `SELECT action, change FROM audit_entry WHERE entity_type = 'ReservedShareDeclaration' AND entity_id LIKE $1 ORDER BY seq`,
      [`${buyerId}/%`],
    )
  ).map((a: { action: string }) => a.action);

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "jiaozhou", "pingdu"]) t[u] = await s.login(u);
}, 120_000);
afterAll(() => s?.close());

describe("预留份额申报 before and after 30 June", () => {
  it("before the deadline the unit declares itself, not late; there is nothing to reopen", async () => {
    const b = await newBuyer(s, t.admin, t.jiaozhou, "锁定测试·截止前");
    expect((await s.gql(LOCK, { b: b.id, y: OPEN }, b.token)).data.reservedShareLock).toEqual({
      buyerId: b.id,
      year: OPEN,
      deadline: `${OPEN}-06-30`,
      locked: false,
      reopened: false,
    });
    const ok = await s.gql(DECLARE, { i: { year: OPEN, kind: "NO_CANTEEN", unionAmount: "500" } }, b.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.declareReservedShare).toMatchObject({ year: OPEN, late: false, onBehalf: false });
    const early = await s.gql(REOPEN, { b: b.id, y: OPEN }, t.jiaozhou);
    expect(early.errors![0].extensions).toMatchObject({ code: "CONFLICT", reason: "DECLARATION_OPEN" });
  });

  it("after the deadline the unit's declaration is refused (CONFLICT, DECLARATION_LOCKED) and nothing is written", async () => {
    const b = await newBuyer(s, t.admin, t.jiaozhou, "锁定测试·截止后");
    const lock = (await s.gql(LOCK, { b: b.id, y: LOCKED }, b.token)).data.reservedShareLock;
    expect(lock).toMatchObject({ deadline: `${LOCKED}-06-30`, locked: true, reopened: false });
    const auditBefore = await audits(b.id);
    const refused = await s.gql(
      DECLARE,
      { i: { year: LOCKED, kind: "CANTEEN", canteenBudget: "1000000", rateBasisPoints: 1000 } },
      b.token,
    );
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      reason: "DECLARATION_LOCKED",
      deadline: `${LOCKED}-06-30`,
    });
    expect(refused.errors![0].message).toContain("锁定");
    expect(refused.errors![0].message).not.toContain("1000000");
    expect(await declarations(b.id)).toBe(0);
    expect(await audits(b.id)).toEqual(auditBefore);
    // Only the coordinators reopen or record: the unit itself may not.
    expect(codeOf(await s.gql(REOPEN, { b: b.id, y: LOCKED }, b.token))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(RECORD, { b: b.id, i: { year: LOCKED, kind: "NO_CANTEEN" } }, b.token))).toBe(
      "FORBIDDEN",
    );
  });

  it("a coordinator records a late declaration on the unit's behalf, marked late; another region's may not", async () => {
    const b = await newBuyer(s, t.admin, t.jiaozhou, "锁定测试·代为登记");
    const foreign = await s.gql(RECORD, { b: b.id, i: { year: LOCKED, kind: "NO_CANTEEN" } }, t.pingdu);
    expect(codeOf(foreign)).toBe("NOT_FOUND");
    const low = await s.gql(
      RECORD,
      { b: b.id, i: { year: LOCKED, kind: "CANTEEN", canteenBudget: "1000000", rateBasisPoints: 500 } },
      t.jiaozhou,
    );
    expect(low.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rateBasisPoints" });
    expect(await declarations(b.id)).toBe(0);
    const rec = await s.gql(
      RECORD,
      { b: b.id, i: { year: LOCKED, kind: "CANTEEN", canteenBudget: "1000000", rateBasisPoints: 1000 } },
      t.jiaozhou,
    );
    expect(rec.errors).toBeUndefined();
    expect(rec.data.recordReservedShare).toEqual({
      buyerId: b.id,
      year: LOCKED,
      kind: "CANTEEN",
      reservedTotal: "100000.00",
      late: true,
      onBehalf: true,
    });
    expect(await audits(b.id)).toEqual(["RESERVED_SHARE_RECORDED"]);
    const row = (await s.gql(STATUS, { y: LOCKED }, t.jiaozhou)).data.reservedShareStatus.rows.find(
      (r: { buyer: { id: string } }) => r.buyer.id === b.id,
    );
    expect(row).toMatchObject({ reopened: false, declaration: { late: true, onBehalf: true } });
    // Still locked for the unit itself: the record did not reopen it.
    const again = await s.gql(DECLARE, { i: { year: LOCKED, kind: "NO_CANTEEN" } }, b.token);
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", reason: "DECLARATION_LOCKED" });
  });

  it("a coordinator reopens the year: the unit declares once (late), a refusal keeps the reopening, then it locks again", async () => {
    const b = await newBuyer(s, t.admin, t.jiaozhou, "锁定测试·重新开放");
    expect(codeOf(await s.gql(REOPEN, { b: b.id, y: LOCKED }, t.pingdu))).toBe("NOT_FOUND");
    const reopened = await s.gql(REOPEN, { b: b.id, y: LOCKED }, t.jiaozhou);
    expect(reopened.data.reopenReservedShare).toEqual({ deadline: `${LOCKED}-06-30`, locked: false, reopened: true });
    expect((await s.gql(REOPEN, { b: b.id, y: LOCKED }, t.jiaozhou)).errors).toBeUndefined(); // twice = once
    expect((await s.gql(LOCK, { b: b.id, y: LOCKED }, b.token)).data.reservedShareLock).toMatchObject({
      locked: false,
      reopened: true,
    });
    const row = (await s.gql(STATUS, { y: LOCKED }, t.jiaozhou)).data.reservedShareStatus.rows.find(
      (r: { buyer: { id: string } }) => r.buyer.id === b.id,
    );
    expect(row).toMatchObject({ reopened: true, declaration: null });

    // A refused declaration (rate under the floor) rolls back: the reopening is not used up by it.
    const low = await s.gql(
      DECLARE,
      { i: { year: LOCKED, kind: "CANTEEN", canteenBudget: "1000000", rateBasisPoints: 500 } },
      b.token,
    );
    expect(low.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rateBasisPoints" });
    const ok = await s.gql(DECLARE, { i: { year: LOCKED, kind: "SHARED_CANTEEN" } }, b.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.declareReservedShare).toMatchObject({ kind: "SHARED_CANTEEN", late: true, onBehalf: false });
    expect(await audits(b.id)).toEqual(["RESERVED_SHARE_REOPENED", "RESERVED_SHARE_DECLARED"]);

    // Used up: locked again.
    expect((await s.gql(LOCK, { b: b.id, y: LOCKED }, b.token)).data.reservedShareLock).toMatchObject({
      locked: true,
      reopened: false,
    });
    const second = await s.gql(DECLARE, { i: { year: LOCKED, kind: "NO_CANTEEN" } }, b.token);
    expect(second.errors![0].extensions).toMatchObject({ code: "CONFLICT", reason: "DECLARATION_LOCKED" });
    expect(
      (await s.sql(`SELECT kind FROM reserved_share_declaration WHERE buyer_id = $1 AND year = $2`, [b.id, LOCKED]))[0]
        .kind,
    ).toBe("SHARED_CANTEEN");
  });
});
