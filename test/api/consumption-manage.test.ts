// The coordinator's management screens' API: reviewing suppliers, quotas read on the buyers list
// (Buyer.quota), removing a quota, group targets, creating buyers. Every refusal also checks that
// nothing was written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { buyerId, SET_QUOTA as SET, year } from "./consumption-fixtures";

let s: TestServer;
const t: Record<string, string> = {};
let hospital: string; // 胶州市人民医院: quota derived from its canteen budget × 10%
let qdHospital: string; // 青岛市市立医院: Qingdao's, outside Jiaozhou
let zhenning: string; // 镇宁县 (520423), a west county
let huixian: string; // 徽县 (621227)
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "buyer"]) t[u] = await s.login(u);
  hospital = await buyerId(s, "胶州市人民医院");
  qdHospital = await buyerId(s, "青岛市市立医院");
  [{ id: zhenning }] = await s.sql(`SELECT id FROM region WHERE code = '520423'`);
  [{ id: huixian }] = await s.sql(`SELECT id FROM region WHERE code = '621227'`);
});
afterAll(() => s?.close());

/** Row counts of everything these mutations may write. */
async function rowCounts() {
  const [r] = await s.sql(`SELECT
    (SELECT count(*)::int FROM quota) AS quota, (SELECT count(*)::int FROM quota_county_split) AS splits,
    (SELECT count(*)::int FROM group_target) AS targets, (SELECT count(*)::int FROM buyer) AS buyers,
    (SELECT count(*)::int FROM audit_entry) AS audit,
    (SELECT string_agg(id::text || status || COALESCE(status_note, ''), ',' ORDER BY id) FROM supplier) AS suppliers,
    (SELECT string_agg(id::text || amount::text, ',' ORDER BY id) FROM quota) AS amounts`);
  return r;
}

const REMOVE = graphql(`
  mutation ConsumptionManageRemoveQuota($b: ID!, $y: Int!) {
    removeQuota(buyerId: $b, year: $y)
  }
`);
const CREATE = graphql(`
  mutation ConsumptionManageCreateBuyer($i: CreateBuyerInput!) {
    createBuyer(input: $i) {
      id
      name
      group
      eastRegion {
        code
      }
    }
  }
`);
const BUYERS = graphql(`
  query ConsumptionManageBuyers($y: Int!, $f: BuyerFilter, $n: Int) {
    buyers(first: $n, filter: $f) {
      totalCount
      nodes {
        id
        name
        group
        quota(year: $y) {
          ...ConsumptionQuota
        }
      }
    }
  }
`);

describe("reviewing suppliers", () => {
  const LIST = graphql(`
    query ConsumptionManageSuppliers($f: SupplierFilter) {
      suppliers(first: 50, filter: $f) {
        totalCount
        nodes {
          id
          name
          status
          statusNote
          county {
            code
          }
        }
      }
    }
  `);
  const REVIEW = graphql(`
    mutation ConsumptionManageReviewSupplier($i: ReviewSupplierInput!) {
      reviewSupplier(input: $i) {
        id
        status
        statusNote
      }
    }
  `);

  it("a coordinator finds the supplier awaiting review in its partner counties and approves it with a note", async () => {
    const pending = await s.gql(LIST, { f: { status: "RECOMMENDED" } }, t.jiaozhou);
    expect(pending.data!.suppliers.nodes).toEqual([
      expect.objectContaining({ name: "宁陕县秦岭山珍专业合作社", status: "RECOMMENDED", county: { code: "610923" } }),
    ]);
    const byCounty = await s.gql(LIST, { f: { countyId: zhenning } }, t.jiaozhou);
    expect(byCounty.data!.suppliers.nodes.every((x) => x.county.code === "520423")).toBe(true);
    expect(byCounty.data!.suppliers.totalCount).toBe(2);
    // Pingdu is paired with none of these counties: it sees none of them, and may not review them.
    expect((await s.gql(LIST, {}, t.pingdu)).data!.suppliers.totalCount).toBe(0);
    const id = pending.data!.suppliers.nodes[0].id;
    const before = await rowCounts();
    expect(codeOf(await s.gql(REVIEW, { i: { supplierId: id, status: "APPROVED" } }, t.pingdu))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(REVIEW, { i: { supplierId: id, status: "APPROVED" } }, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(REVIEW, { i: { supplierId: id, status: "APPROVED" } }, t.zhenning))).toBe("FORBIDDEN");
    const back = await s.gql(REVIEW, { i: { supplierId: id, status: "RECOMMENDED" } }, t.jiaozhou);
    expect(back.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
    const long = await s.gql(
      REVIEW,
      { i: { supplierId: id, status: "SUSPENDED", note: "长".repeat(501) } },
      t.jiaozhou,
    );
    expect(long.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    expect(await rowCounts()).toEqual(before);

    const ok = await s.gql(
      REVIEW,
      { i: { supplierId: id, status: "APPROVED", note: "资质齐全,审核通过" } },
      t.jiaozhou,
    );
    expect(ok.data!.reviewSupplier).toEqual({ id, status: "APPROVED", statusNote: "资质齐全,审核通过" });
    expect((await s.gql(LIST, { f: { status: "RECOMMENDED" } }, t.jiaozhou)).data!.suppliers.totalCount).toBe(0);
    const audit = await s.sql(`SELECT action, change FROM audit_entry WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`, [
      id,
    ]);
    expect(audit[0]).toMatchObject({
      action: "SUPPLIER_REVIEWED",
      change: { before: "RECOMMENDED", after: "APPROVED" },
    });
  });
});

describe("quotas on the buyers list (Buyer.quota)", () => {
  it("shows each buyer's quota and basis for the year, filtered by group and searched by name", async () => {
    const r = await s.gql(BUYERS, { y: year(), f: { group: "HEALTHCARE" }, n: 50 }, t.jiaozhou);
    expect(r.data!.buyers.nodes).toEqual([
      expect.objectContaining({
        name: "胶州市人民医院",
        quota: expect.objectContaining({
          amount: "300000.00",
          basis: "CANTEEN_BUDGET",
          baseAmount: "3000000.00",
          rateBasisPoints: 1000,
        }),
      }),
    ]);
    const mall = await s.gql(BUYERS, { y: year(), f: { search: "利群" } }, t.jiaozhou);
    expect(mall.data!.buyers.nodes[0].quota).toMatchObject({
      amount: "500000.00",
      basis: "FIXED",
      countySplits: expect.arrayContaining([{ county: { code: "520423" }, amount: "200000.00" }]),
    });
    const agency = await s.gql(BUYERS, { y: year(), f: { group: "GOVERNMENT" } }, t.jiaozhou);
    expect(agency.data!.buyers.nodes[0].quota).toMatchObject({
      amount: "210000.00",
      basis: "HEADCOUNT",
      headcount: 420,
      perHead: "500.00",
    });
    // No quota that year, and none ever for the N group.
    const past = await s.gql(BUYERS, { y: year() - 5, n: 50 }, t.jiaozhou);
    expect(past.data!.buyers.nodes.every((b) => b.quota === null)).toBe(true);
    const n = await s.gql(BUYERS, { y: year(), f: { group: "OTHER" } }, t.jiaozhou);
    expect(n.data!.buyers.nodes[0].quota).toBeNull();
  });

  it("is visible only to who may see the buyer's quota: the buyer itself, its region's coordinators, admins", async () => {
    const mine = await s.gql(BUYERS, { y: year() }, t.buyer);
    expect(mine.data!.buyers.nodes).toEqual([
      expect.objectContaining({ id: hospital, quota: expect.objectContaining({ amount: "300000.00" }) }),
    ]);
    const admin = await s.gql(BUYERS, { y: year(), f: { search: "市立医院" } }, t.admin);
    expect(admin.data!.buyers.nodes[0].quota!.amount).toBe("800000.00");
    // A county official reaches buyers through its sub-orders, but not their quotas.
    const official = await s.gql(
      graphql(`
        query ConsumptionManageOfficialBuyerQuotas($y: Int!) {
          subOrders(first: 20) {
            nodes {
              buyer {
                name
                quota(year: $y) {
                  amount
                }
              }
            }
          }
        }
      `),
      { y: year() },
      t.zhenning,
    );
    expect(official.data!.subOrders.nodes.length).toBeGreaterThan(0);
    expect(official.data!.subOrders.nodes.every((x) => x.buyer.quota === null)).toBe(true);
    // Pingdu's coordinator sees none of Jiaozhou's buyers, nor through the buyer query.
    expect(
      codeOf(
        await s.gql(
          graphql(`
            query ConsumptionManageBuyerQuota($id: ID!, $y: Int!) {
              buyer(id: $id) {
                quota(year: $y) {
                  amount
                }
              }
            }
          `),
          { id: hospital, y: year() },
          t.pingdu,
        ),
      ),
    ).toBe("NOT_FOUND");
    const bad = await s.gql(
      graphql(`
        query ConsumptionManageBuyerQuota1900($id: ID!) {
          buyer(id: $id) {
            quota(year: 1900) {
              amount
            }
          }
        }
      `),
      { id: hospital },
      t.jiaozhou,
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
  });

  it("reads the page's quotas with a constant number of SQL statements whatever the page size", async () => {
    // Splits are fetched only for quotas that exist, so both pages hold quotas with splits here.
    const q = (n: number) =>
      s.gql(
        graphql(`
          query ConsumptionManageBuyerQuotaPage($y: Int!, $n: Int) {
            buyers(first: $n, filter: { search: "胶州" }) {
              nodes {
                name
                eastRegion {
                  code
                }
                quota(year: $y) {
                  amount
                  countySplits {
                    county {
                      name
                    }
                    amount
                  }
                }
              }
            }
          }
        `),
        { y: year(), n },
        t.qingdao,
      );
    await q(1); // warm up (the session lookup is cached after the first request)
    const small = await s.countQueries(() => q(3));
    const large = await s.countQueries(() => q(5));
    expect(large).toBe(small);
  });
});

describe("setting and removing quotas", () => {
  let fresh: string;
  beforeAll(async () => {
    const r = await s.gql(CREATE, { i: { name: "胶州市第二实验小学", group: "EDUCATION" } }, t.jiaozhou);
    fresh = r.data!.createBuyer.id;
    expect(r.data!.createBuyer).toMatchObject({
      name: "胶州市第二实验小学",
      group: "EDUCATION",
      eastRegion: { code: "370281" },
    });
  });

  it("derives canteen budget × rate exactly (basis points), with a split by partner county", async () => {
    const r = await s.gql(
      SET,
      {
        i: {
          buyerId: fresh,
          year: year(),
          basis: "CANTEEN_BUDGET",
          baseAmount: "876543.21",
          rateBasisPoints: 1250,
          countySplits: [
            { countyId: zhenning, amount: "60000" },
            { countyId: huixian, amount: "49567.90" },
          ],
        },
      },
      t.jiaozhou,
    );
    // 876,543.21 × 12.5% = 109,567.90125 → ¥109,567.90
    expect(r.data!.setQuota).toMatchObject({
      amount: "109567.90",
      basis: "CANTEEN_BUDGET",
      rateBasisPoints: 1250,
      headcount: null,
    });
    expect(r.data!.setQuota.countySplits).toHaveLength(2);
    const listed = await s.gql(BUYERS, { y: year(), f: { search: "第二实验小学" } }, t.jiaozhou);
    expect(listed.data!.buyers.nodes[0].quota).toMatchObject({
      amount: "109567.90",
      baseAmount: "876543.21",
      rateBasisPoints: 1250,
    });
  });

  it("refuses a split above the quota, a split to an east region, a negative budget, and writes nothing", async () => {
    const [jz] = await s.sql(`SELECT id FROM region WHERE code = '370281'`);
    const before = await rowCounts();
    const over = await s.gql(
      SET,
      {
        i: {
          buyerId: fresh,
          year: year(),
          amount: "1000",
          countySplits: [
            { countyId: zhenning, amount: "600" },
            { countyId: huixian, amount: "400.01" },
          ],
        },
      },
      t.jiaozhou,
    );
    expect(over.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "countySplits" } });
    expect(over.errors![0].message).toContain("分县指标之和超过总指标");
    const east = await s.gql(
      SET,
      { i: { buyerId: fresh, year: year(), amount: "1000", countySplits: [{ countyId: jz.id, amount: "1" }] } },
      t.jiaozhou,
    );
    expect(east.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "countyId" });
    const neg = await s.gql(
      SET,
      { i: { buyerId: fresh, year: year(), basis: "CANTEEN_BUDGET", baseAmount: "-1" } },
      t.jiaozhou,
    );
    expect(neg.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "baseAmount" });
    const rate = await s.gql(
      SET,
      { i: { buyerId: fresh, year: year(), basis: "CANTEEN_BUDGET", baseAmount: "100", rateBasisPoints: 10001 } },
      t.jiaozhou,
    );
    expect(rate.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rateBasisPoints" });
    const perHead = await s.gql(
      SET,
      { i: { buyerId: fresh, year: year(), basis: "HEADCOUNT", headcount: 10 } },
      t.jiaozhou,
    );
    expect(perHead.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "perHead" });
    expect(await rowCounts()).toEqual(before);
  });

  it("removes a quota (its splits go too), audited; refuses outside the region, other roles and a missing quota, writing nothing", async () => {
    const before = await rowCounts();
    expect(codeOf(await s.gql(REMOVE, { b: fresh, y: year() }, t.pingdu))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(REMOVE, { b: qdHospital, y: year() }, t.jiaozhou))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(REMOVE, { b: fresh, y: year() }, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(REMOVE, { b: fresh, y: year() }, t.zhenning))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(REMOVE, { b: fresh, y: year() }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await s.gql(REMOVE, { b: fresh, y: year() - 1 }, t.jiaozhou))).toBe("NOT_FOUND");
    // A malformed id names no row: refused at the edge as bad input on its field (issue 8; was NOT_FOUND).
    expect((await s.gql(REMOVE, { b: "not-a-uuid", y: year() }, t.jiaozhou)).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "buyerId",
    });
    const badYear = await s.gql(REMOVE, { b: fresh, y: 1999 }, t.jiaozhou);
    expect(badYear.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    expect(await rowCounts()).toEqual(before);

    const [{ id: quotaId }] = await s.sql(`SELECT id FROM quota WHERE buyer_id = $1 AND year = $2`, [fresh, year()]);
    expect((await s.gql(REMOVE, { b: fresh, y: year() }, t.jiaozhou)).data!.removeQuota).toBe(true);
    const after = await rowCounts();
    expect(after.quota).toBe(before.quota - 1);
    expect(after.splits).toBe(before.splits - 2);
    expect(after.audit).toBe(before.audit + 1);
    const [audit] = await s.sql(`SELECT action, entity_id, change FROM audit_entry ORDER BY seq DESC LIMIT 1`);
    expect(audit).toMatchObject({
      action: "QUOTA_REMOVED",
      entity_id: quotaId,
      change: { buyerId: fresh, before: "109567.90", basis: "CANTEEN_BUDGET", splits: 2 },
    });
    expect(
      (await s.gql(BUYERS, { y: year(), f: { search: "第二实验小学" } }, t.jiaozhou)).data!.buyers.nodes[0].quota,
    ).toBeNull();
    // Qingdao's coordinator (Jiaozhou is within Qingdao) may remove one in its subtree too.
    await s.gql(SET, { i: { buyerId: fresh, year: year(), amount: "5000" } }, t.jiaozhou);
    expect((await s.gql(REMOVE, { b: fresh, y: year() }, t.qingdao)).data!.removeQuota).toBe(true);
  });
});

describe("group targets", () => {
  const LIST = graphql(`
    query ConsumptionManageGroupTargets($y: Int!) {
      groupTargets(year: $y) {
        group
        year
        amount
        eastRegion {
          code
        }
      }
    }
  `);
  const SET_TARGET = graphql(`
    mutation ConsumptionManageSetGroupTarget($i: SetGroupTargetInput!) {
      setGroupTarget(input: $i) {
        group
        amount
      }
    }
  `);

  it("lists the coordinator's own region's five targets; admins see every region's", async () => {
    const jz = await s.gql(LIST, { y: year() }, t.jiaozhou);
    expect(jz.data!.groupTargets.map((g) => [g.group, g.amount, g.eastRegion.code])).toEqual([
      ["EDUCATION", "300000.00", "370281"],
      ["HEALTHCARE", "400000.00", "370281"],
      ["RETAIL", "600000.00", "370281"],
      ["GOVERNMENT", "250000.00", "370281"],
      ["ENTERPRISE", "200000.00", "370281"],
    ]);
    expect((await s.gql(LIST, { y: year() }, t.pingdu)).data!.groupTargets).toEqual([]);
    expect((await s.gql(LIST, { y: year() - 3 }, t.jiaozhou)).data!.groupTargets).toEqual([]);
    const all = await s.gql(LIST, { y: year() }, t.admin);
    expect(all.data!.groupTargets.length).toBeGreaterThanOrEqual(5);
    expect(codeOf(await s.gql(LIST, { y: year() }, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(LIST, { y: year() }, t.zhenning))).toBe("FORBIDDEN");
  });

  it("sets one, audited; refuses the N group, a negative amount, another region, and writes nothing", async () => {
    const before = await rowCounts();
    const n = await s.gql(SET_TARGET, { i: { group: "OTHER", year: year(), amount: "1" } }, t.jiaozhou);
    expect(n.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "group" });
    const neg = await s.gql(SET_TARGET, { i: { group: "RETAIL", year: year(), amount: "-1" } }, t.jiaozhou);
    expect(neg.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "amount" });
    const [pd] = await s.sql(`SELECT id FROM region WHERE code = '370283'`);
    const foreign = await s.gql(
      SET_TARGET,
      { i: { eastRegionId: pd.id, group: "RETAIL", year: year(), amount: "1" } },
      t.jiaozhou,
    );
    expect(foreign.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "eastRegionId" });
    expect(codeOf(await s.gql(SET_TARGET, { i: { group: "RETAIL", year: year(), amount: "1" } }, t.buyer))).toBe(
      "FORBIDDEN",
    );
    expect(await rowCounts()).toEqual(before);

    expect(
      (await s.gql(SET_TARGET, { i: { group: "RETAIL", year: year(), amount: "654321.09" } }, t.jiaozhou)).data!
        .setGroupTarget,
    ).toEqual({ group: "RETAIL", amount: "654321.09" });
    const jz = await s.gql(LIST, { y: year() }, t.jiaozhou);
    expect(jz.data!.groupTargets.find((g) => g.group === "RETAIL")!.amount).toBe("654321.09");
    expect((await rowCounts()).audit).toBe(before.audit + 1);
  });
});

describe("creating buyers", () => {
  it("refuses an empty name, a region outside the coordinator's, buyers and officials, writing nothing", async () => {
    const before = await rowCounts();
    const empty = await s.gql(CREATE, { i: { name: "", group: "RETAIL" } }, t.jiaozhou);
    expect(empty.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    const [pd] = await s.sql(`SELECT id FROM region WHERE code = '370283'`);
    const foreign = await s.gql(
      CREATE,
      { i: { name: "平度某商超", group: "RETAIL", eastRegionId: pd.id } },
      t.jiaozhou,
    );
    expect(foreign.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "eastRegionId" });
    expect(codeOf(await s.gql(CREATE, { i: { name: "某单位", group: "RETAIL" } }, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(CREATE, { i: { name: "某单位", group: "RETAIL" } }, t.zhenning))).toBe("FORBIDDEN");
    expect(await rowCounts()).toEqual(before);
    const ok = await s.gql(CREATE, { i: { name: "胶州市中医医院", group: "HEALTHCARE" } }, t.jiaozhou);
    expect(ok.data!.createBuyer).toMatchObject({
      name: "胶州市中医医院",
      group: "HEALTHCARE",
      eastRegion: { code: "370281" },
    });
    expect((await rowCounts()).buyers).toBe(before.buyers + 1);
  });
});
