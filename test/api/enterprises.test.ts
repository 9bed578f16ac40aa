import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataSource } from "typeorm";
import { Foundation1763900000000 } from "../../server/src/db/migrations/1763900000000-Foundation";
import { LedgerDaily1763900000001 } from "../../server/src/db/migrations/1763900000001-LedgerDaily";
import { Consumption1763900000002 } from "../../server/src/db/migrations/1763900000002-Consumption";
import { Enterprises1763900000004 } from "../../server/src/db/migrations/1763900000004-Enterprises";
import { startEmbeddedDatabase } from "../../server/src/db/embedded";
import { createLogger } from "../../server/src/shared/logger";
import { creditCodeCheckChar } from "../../server/src/modules/suppliers/credit-code";
import { graphql } from "./gql";
import type { EnterpriseFilter } from "./gql/graphql";
import { codeOf, createTestDatabase, startTestServer, type TestServer } from "./harness";

let s: TestServer;
const t: Record<string, string> = {};
let region: Record<string, string>;
let mask: string; // 馨思雅, the demo `enterprise` user's company
let kangda: string; // a Qingdao enterprise
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  region = Object.fromEntries(
    (await s.sql<{ code: string; id: string }>(`SELECT code, id FROM region`)).map((r) => [r.code, r.id]),
  );
  mask = (await s.sql(`SELECT id FROM enterprise WHERE name = '馨思雅妇幼用品有限公司'`))[0].id;
  kangda = (await s.sql(`SELECT id FROM enterprise WHERE name LIKE '%康大兔业%'`))[0].id;
});
afterAll(() => s?.close());

const code = (first17: string) => first17 + creditCodeCheckChar(first17)!;
const CREATE = graphql(`
  mutation EnterprisesCreate($i: CreateEnterpriseInput!) {
    createEnterprise(input: $i) {
      id
      name
      creditCode
      industry
      homeRegion {
        code
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation EnterprisesUpdate($i: UpdateEnterpriseInput!) {
    updateEnterprise(input: $i) {
      id
      name
      industry
      creditCode
      contactPhone
    }
  }
`);
const LIST = graphql(`
  query EnterprisesList($f: EnterpriseFilter, $n: Int) {
    enterprises(first: $n, filter: $f) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        name
        homeRegion {
          code
        }
      }
    }
  }
`);
const rows = async () =>
  (await s.sql(`SELECT (SELECT count(*) FROM enterprise)::int AS e, (SELECT count(*) FROM audit_entry)::int AS a`))[0];
const snapshot = async (id: string) =>
  (
    await s.sql(`SELECT name, industry, credit_code, home_region_id, contact_phone_enc FROM enterprise WHERE id = $1`, [
      id,
    ])
  )[0];

describe("the demo enterprise user", () => {
  it("acts for the Zhenning mask plant's company, named in `me`", async () => {
    const r = await s.gql(
      graphql(`
        query EnterprisesMe {
          me {
            username
            role
            enterprise {
              name
              creditCode
              industry
              homeRegion {
                code
              }
            }
          }
        }
      `),
      {},
      t.enterprise,
    );
    expect(r.data!.me).toMatchObject({
      username: "enterprise",
      role: "ENTERPRISE",
      enterprise: { name: "馨思雅妇幼用品有限公司", homeRegion: { code: "370281" } },
    });
    expect(r.data!.me!.enterprise!.creditCode).toHaveLength(18);
    const ME_ENTERPRISE = graphql(`
      query EnterprisesMeEnterprise {
        me {
          enterprise {
            id
          }
        }
      }
    `);
    expect((await s.gql(ME_ENTERPRISE, {}, t.buyer)).data!.me!.enterprise).toBeNull();
  });
});

describe("registering enterprises", () => {
  it("refuses an invalid credit code, a region outside the coordinator's, a west region; writes nothing", async () => {
    const before = await rows();
    const bad = (
      i: { creditCode?: string; homeRegionId?: string; contactPhone?: string; name?: string },
      token = t.jiaozhou,
    ) => s.gql(CREATE, { i: { name: "某公司", industry: "食品", creditCode: code("91370281MA3XXXXX1"), ...i } }, token);
    const wrongCheck = await bad({ creditCode: "91350100M000100Y44" });
    expect(wrongCheck.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "creditCode" });
    expect((await bad({ creditCode: "91350100M000100I43" })).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "creditCode",
    });
    expect((await bad({ homeRegionId: region["370283"] })).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "homeRegionId",
    });
    expect((await bad({ homeRegionId: region["520423"] })).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "homeRegionId",
    });
    expect((await bad({ contactPhone: "call me" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(codeOf(await bad({}, t.enterprise))).toBe("FORBIDDEN");
    expect(codeOf(await bad({}, t.zhenning))).toBe("FORBIDDEN");
    expect(codeOf(await bad({}))).toBe(undefined); // the same input, valid, from Jiaozhou: created
    const dup = await bad({ name: "另一家" });
    expect(codeOf(dup)).toBe("CONFLICT");
    expect(await rows()).toMatchObject({ e: before.e + 1, a: before.a + 1 });
  });

  it("creates in the coordinator's own region by default, upper-cases the code, and audits", async () => {
    const r = await s.gql(
      CREATE,
      { i: { name: " 平度果蔬有限公司 ", industry: "果蔬加工", creditCode: code("91370283MA3KL8TR2").toLowerCase() } },
      t.pingdu,
    );
    expect(r.data!.createEnterprise).toMatchObject({
      name: "平度果蔬有限公司",
      creditCode: code("91370283MA3KL8TR2"),
      homeRegion: { code: "370283" },
    });
    const audit = await s.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_id = $1`, [
      r.data!.createEnterprise.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(["ENTERPRISE_CREATED"]);
  });
});

describe("scope", () => {
  const names = async (token: string, f: EnterpriseFilter = {}) =>
    (await s.gql(LIST, { f, n: 100 }, token)).data!.enterprises.nodes.map((n) => n.name);

  it("coordinators see their region subtree, an enterprise itself, officials their partner cities' enterprises", async () => {
    const qingdao = await names(t.qingdao);
    expect(qingdao).toEqual(
      expect.arrayContaining(["馨思雅妇幼用品有限公司", "红星山海科技有限公司", "青岛康大兔业发展有限公司"]),
    );
    const jiaozhou = await names(t.jiaozhou);
    expect(jiaozhou).toContain("馨思雅妇幼用品有限公司");
    expect(jiaozhou).not.toContain("青岛康大兔业发展有限公司");
    expect(await names(t.enterprise)).toEqual(["馨思雅妇幼用品有限公司"]);
    // Zhenning is paired with Jiaozhou and (through Anshun) with Qingdao, whose subtree holds Pingdu too.
    expect(await names(t.zhenning)).toEqual(
      expect.arrayContaining(["青岛康大兔业发展有限公司", "馨思雅妇幼用品有限公司"]),
    );
    expect(codeOf(await s.gql(LIST, {}, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(LIST, {}))).toBe("UNAUTHENTICATED");
  });

  it("filters by text, industry and region and paginates", async () => {
    expect(await names(t.qingdao, { search: "辣椒" })).toEqual(["胶州湾辣椒食品有限公司"]);
    expect(await names(t.qingdao, { industry: "辣椒种植加工" })).toEqual(["红星山海科技有限公司"]);
    expect((await names(t.qingdao, { homeRegionId: region["370200"] })).length).toBeGreaterThan(
      (await names(t.qingdao, { homeRegionId: region["370281"] })).length,
    );
    const page = await s.gql(LIST, { n: 2 }, t.qingdao);
    expect(page.data!.enterprises.nodes).toHaveLength(2);
    expect(page.data!.enterprises.pageInfo.hasNextPage).toBe(true);
  });

  it("a single enterprise outside the scope is NOT_FOUND", async () => {
    const q = graphql(`
      query EnterprisesOne($id: ID!) {
        enterprise(id: $id) {
          name
        }
      }
    `);
    expect((await s.gql(q, { id: mask }, t.enterprise)).data!.enterprise.name).toBe("馨思雅妇幼用品有限公司");
    expect(codeOf(await s.gql(q, { id: kangda }, t.enterprise))).toBe("NOT_FOUND");
    // 馨思雅 posts jobs, which every coordinator sees: its employer record is readable too (issue 8,
    // a relation never shows what the single read refuses); an enterprise named on nothing Pingdu sees is not.
    expect((await s.gql(q, { id: mask }, t.pingdu)).data!.enterprise.name).toBe("馨思雅妇幼用品有限公司");
    const [quiet] = await s.sql<{ id: string }>(`SELECT e.id FROM enterprise e JOIN region r ON r.id = e.home_region_id
      WHERE r.code <> '370283' AND NOT EXISTS (SELECT 1 FROM job_posting j WHERE j.enterprise_id = e.id) ORDER BY e.name LIMIT 1`);
    expect(codeOf(await s.gql(q, { id: quiet.id }, t.pingdu))).toBe("NOT_FOUND");
    const [pingduFirm] = await s.sql<{ id: string }>(`SELECT id FROM enterprise WHERE name = '平度果蔬有限公司'`); // registered above, posts nothing
    expect(codeOf(await s.gql(q, { id: pingduFirm.id }, t.jiaozhou))).toBe("NOT_FOUND");
    // A malformed id names no row: refused at the edge as bad input on its field (issue 8; was NOT_FOUND).
    expect((await s.gql(q, { id: "not-a-uuid" }, t.qingdao)).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "id",
    });
  });

  it("lists with a constant number of SQL statements whatever the page size", async () => {
    const PAGE = graphql(`
      query EnterprisesPage($n: Int) {
        enterprises(first: $n) {
          nodes {
            name
            homeRegion {
              name
            }
          }
        }
      }
    `);
    const q = (n: number) => s.gql(PAGE, { n }, t.qingdao);
    expect(await s.countQueries(() => q(6))).toBe(await s.countQueries(() => q(2)));
  });
});

describe("changing an enterprise", () => {
  it("the enterprise edits its own contacts and industry; not another's, not its code or region", async () => {
    const r = await s.gql(
      UPDATE,
      { i: { id: mask, industry: "医用防护用品(口罩)", contactPhone: "0532-87209999" } },
      t.enterprise,
    );
    expect(r.data!.updateEnterprise).toMatchObject({ industry: "医用防护用品(口罩)", contactPhone: "0532-87209999" });
    const before = await rows();
    const other = await snapshot(kangda);
    expect(codeOf(await s.gql(UPDATE, { i: { id: kangda, industry: "别的" } }, t.enterprise))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(UPDATE, { i: { id: mask, creditCode: code("91370281MA3P7KD4X") } }, t.enterprise))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await s.gql(UPDATE, { i: { id: mask, industry: "x" } }, t.zhenning))).toBe("FORBIDDEN");
    expect(
      (await s.gql(UPDATE, { i: { id: mask, creditCode: "91370281MA3P7KD4N0" } }, t.jiaozhou)).errors![0].extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "creditCode" });
    expect(
      (await s.gql(UPDATE, { i: { id: mask, homeRegionId: region["370283"] } }, t.jiaozhou)).errors![0].extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "homeRegionId" });
    expect(await snapshot(kangda)).toEqual(other);
    expect(await rows()).toEqual(before);
    const audit = await s.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY seq`, [
      mask,
    ]);
    expect(audit.map((a) => a.action)).toEqual(["ENTERPRISE_CREATED", "ENTERPRISE_UPDATED"]);
  });
});

describe("enterprise users", () => {
  const CREATE_USER = graphql(`
    mutation EnterprisesCreateUser($i: CreateUserInput!) {
      createUser(input: $i) {
        username
        enterprise {
          name
        }
      }
    }
  `);
  it("an enterprise user must act for an existing enterprise", async () => {
    const base = { username: "ent2", password: "long-enough-pw", displayName: "x", role: "ENTERPRISE" as const };
    expect((await s.gql(CREATE_USER, { i: base }, t.admin)).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "enterpriseId",
    });
    expect(
      (await s.gql(CREATE_USER, { i: { ...base, enterpriseId: "00000000-0000-4000-8000-000000000000" } }, t.admin))
        .errors![0].extensions,
    ).toMatchObject({ field: "enterpriseId" });
    const ok = await s.gql(CREATE_USER, { i: { ...base, enterpriseId: kangda } }, t.admin);
    expect(ok.data!.createUser).toEqual({ username: "ent2", enterprise: { name: "青岛康大兔业发展有限公司" } });
    const LINK = graphql(`
      mutation EnterprisesLinkUser($u: ID!, $e: ID!) {
        linkEnterpriseUser(userId: $u, enterpriseId: $e) {
          enterprise {
            name
          }
        }
      }
    `);
    const [ent2] = await s.sql<{ id: string }>(`SELECT id FROM app_user WHERE username = 'ent2'`);
    const [buyerUser] = await s.sql<{ id: string }>(`SELECT id FROM app_user WHERE username = 'buyer'`);
    expect(codeOf(await s.gql(LINK, { u: ent2.id, e: mask }, t.jiaozhou))).toBe("FORBIDDEN");
    expect((await s.gql(LINK, { u: buyerUser.id, e: mask }, t.admin)).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "userId",
    });
    expect((await s.gql(LINK, { u: ent2.id, e: mask }, t.admin)).data!.linkEnterpriseUser.enterprise!.name).toBe(
      "馨思雅妇幼用品有限公司",
    );
    // The database itself refuses a new unlinked enterprise user.
    await expect(
      s.sql(
        `INSERT INTO app_user (username, password_hash, display_name, role) VALUES ('ent3', 'x', 'x', 'ENTERPRISE')`,
      ),
    ).rejects.toThrow();
  });
});

describe("migration on a database that already holds an unlinked enterprise user", () => {
  it("runs and keeps the user (unlinked: empty scope until an admin links it)", async () => {
    const log = createLogger("silent");
    let url: string;
    let cleanup: () => Promise<void>;
    const base = process.env.TEST_DATABASE_URL;
    if (base) {
      const db = await createTestDatabase({ prefix: "xiezuo_m" });
      url = db.url;
      cleanup = db.drop;
    } else {
      const embedded = await startEmbeddedDatabase("memory", log);
      url = embedded.url;
      cleanup = () => embedded.stop();
    }
    const open = (migrations: Function[]) =>
      new DataSource({
        type: "postgres",
        url,
        migrations,
        migrationsTableName: "schema_migration",
        extra: { max: 1 },
      }).initialize();
    try {
      // One connection throughout (PGlite serves one session): the old migrations, an old row, then ours.
      const db = await open([Foundation1763900000000, LedgerDaily1763900000001, Consumption1763900000002]);
      try {
        await db.runMigrations({ transaction: "each" });
        await db.query(
          `INSERT INTO app_user (username, password_hash, display_name, role) VALUES ('enterprise', 'x', '馨思雅妇幼用品有限公司', 'ENTERPRISE')`,
        );
        const runner = db.createQueryRunner();
        await new Enterprises1763900000004().up(runner);
        await runner.release();
        expect(await db.query(`SELECT username, enterprise_id FROM app_user`)).toEqual([
          { username: "enterprise", enterprise_id: null },
        ]);
      } finally {
        await db.destroy();
      }
    } finally {
      await cleanup();
    }
  });
});
