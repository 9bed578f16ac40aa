import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { codeOf, startTestServer, type TestServer } from "./harness";

/**
 * A county official reads the history of its county's records (issue 10, "every record page can
 * open its own history"): the entries made by its county's users and those about its county's
 * workers, products, suppliers, workshops and placements, whoever made them — never another
 * county's.
 */
let s: TestServer;
const t: Record<string, string> = {};
const ids: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "jiaozhou", "zhenning", "huixian", "buyer", "enterprise"]) t[u] = await s.login(u);
  const one = async (sql: string, code: string) => (await s.sql<{ id: string }>(sql, [code]))[0].id;
  for (const [county, code] of [
    ["zhenning", "520423"],
    ["huixian", "621227"],
  ]) {
    ids[`${county}Worker`] = await one(
      `SELECT w.id FROM worker w JOIN region r ON r.id = w.county_id WHERE r.code = $1 ORDER BY w.name LIMIT 1`,
      code,
    );
    ids[`${county}Product`] = await one(
      `SELECT p.id FROM product p JOIN region r ON r.id = p.county_id WHERE r.code = $1 ORDER BY p.name LIMIT 1`,
      code,
    );
    ids[`${county}User`] = await one(`SELECT id FROM app_user WHERE username = $1`, county);
  }
});
afterAll(() => s?.close());

const HISTORY = graphql(`
  query CountyHistory($f: AuditFilter) {
    auditLog(filter: $f, first: 100) {
      totalCount
      nodes {
        action
        entityType
        entityId
        actor {
          username
        }
        record {
          id
          name
        }
      }
    }
  }
`);
const REVEAL = graphql(`
  mutation CountyHistoryReveal($id: ID!) {
    revealWorkerIdentity(workerId: $id) {
      workerId
    }
  }
`);
const UPDATE_PRODUCT = graphql(`
  mutation CountyHistoryProduct($i: UpdateProductInput!) {
    updateProduct(input: $i) {
      id
    }
  }
`);

const history = (token: string | null, entityType: string, entityId: string) =>
  s.gql(HISTORY, { f: { entityType, entityId } }, token);

describe("a county official reads its records' history", () => {
  beforeAll(async () => {
    // Entries by the official itself, by a coordinator paired with its county and by an administrator.
    for (const [token, id] of [
      [t.zhenning, ids.zhenningWorker],
      [t.huixian, ids.huixianWorker],
    ])
      expect((await s.gql(REVEAL, { id }, token)).errors).toBeUndefined();
    expect((await s.gql(REVEAL, { id: ids.zhenningWorker }, t.jiaozhou)).errors).toBeUndefined();
    for (const id of [ids.zhenningProduct, ids.huixianProduct])
      expect(
        (await s.gql(UPDATE_PRODUCT, { i: { productId: id, spec: "历史测试规格" } }, t.admin)).errors,
      ).toBeUndefined();
  });

  it("a worker's: its own entries and a coordinator's about it, the worker by name", async () => {
    const r = await history(t.zhenning, "Worker", ids.zhenningWorker);
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.auditLog.nodes;
    const by = (action: string) => nodes.filter((n) => n.action === action).map((n) => n.actor?.username);
    expect(by("WORKER_IDENTITY_REVEALED")).toEqual(expect.arrayContaining(["zhenning", "jiaozhou"]));
    expect(nodes.every((n) => n.entityId === ids.zhenningWorker && n.record.name)).toBe(true);
  });

  it("a product's: an administrator's change about it", async () => {
    const r = await history(t.zhenning, "Product", ids.zhenningProduct);
    expect(r.errors).toBeUndefined();
    const updated = r.data!.auditLog.nodes.filter((n) => n.action === "PRODUCT_UPDATED");
    expect(updated.map((n) => n.actor?.username)).toContain("admin");
    expect(updated[0].record).toEqual({ id: ids.zhenningProduct, name: expect.any(String) });
  });

  it("never another county's records' entries, nor its users', however asked", async () => {
    for (const [type, id] of [
      ["Worker", ids.huixianWorker],
      ["Product", ids.huixianProduct],
    ]) {
      const admin = await history(t.admin, type, id);
      expect(admin.data!.auditLog.totalCount).toBeGreaterThan(0);
      const r = await history(t.zhenning, type, id);
      expect(r.errors).toBeUndefined();
      expect(r.data!.auditLog.totalCount).toBe(0);
      const related = await s.gql(HISTORY, { f: { entityType: type, entityId: id, related: true } }, t.zhenning);
      expect(related.data!.auditLog.totalCount).toBe(0);
    }
    const byHuixian = await s.gql(HISTORY, { f: { actorId: ids.huixianUser } }, t.zhenning);
    expect(byHuixian.data!.auditLog.totalCount).toBe(0);
    // The other way round too: huixian reads its own worker's history, not zhenning's.
    expect((await history(t.huixian, "Worker", ids.huixianWorker)).data!.auditLog.totalCount).toBeGreaterThan(0);
    expect((await history(t.huixian, "Worker", ids.zhenningWorker)).data!.auditLog.totalCount).toBe(0);
  });

  it("the whole trail it reads: only its county's users' entries and its county's records'", async () => {
    const r = await s.gql(HISTORY, { f: {} }, t.zhenning);
    expect(r.errors).toBeUndefined();
    expect(r.data!.auditLog.totalCount).toBeGreaterThan(0);
    const [{ n: expected }] = await s.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entry a
        WHERE a.actor_id IN (SELECT u.id FROM app_user u JOIN region r ON r.id = u.region_id WHERE r.code = '520423')
           OR (a.entity_type, a.entity_id) IN (
                SELECT t, x.id::text FROM (
                  SELECT 'Worker' AS t, id, county_id FROM worker UNION ALL
                  SELECT 'Placement', id, county_id FROM placement UNION ALL
                  SELECT 'Workshop', id, county_id FROM workshop UNION ALL
                  SELECT 'TrainingSession', id, county_id FROM training_session UNION ALL
                  SELECT 'Product', id, county_id FROM product UNION ALL
                  SELECT 'Supplier', id, county_id FROM supplier UNION ALL
                  -- issue 12's records of a county: fiscal-aid projects, donations, postings (and their people), unit pairs
                  SELECT 'FiscalProject', id, county_id FROM fiscal_project UNION ALL
                  SELECT 'Donation', id, county_id FROM donation UNION ALL
                  SELECT 'TalentPosting', id, county_id FROM talent_posting UNION ALL
                  SELECT 'TalentPerson', person_id, county_id FROM talent_posting UNION ALL
                  SELECT 'UnitPair', id, county_id FROM unit_pair) x
                JOIN region c ON c.id = x.county_id WHERE c.code = '520423')`,
    );
    expect(r.data!.auditLog.totalCount).toBe(expected);
    for (const n of r.data!.auditLog.nodes)
      expect([ids.huixianWorker, ids.huixianProduct, ids.huixianUser]).not.toContain(n.entityId);
  });

  it("buyers and enterprises read no trail; without a session nothing", async () => {
    for (const who of ["buyer", "enterprise"]) {
      const r = await history(t[who], "Worker", ids.zhenningWorker);
      expect(codeOf(r)).toBe("FORBIDDEN");
      expect(r.data?.auditLog ?? null).toBeNull();
    }
    expect(codeOf(await history(null, "Worker", ids.zhenningWorker))).toBe("UNAUTHENTICATED");
  });
});
