import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { codeOf, DEMO_PASSWORD, startTestServer, type TestServer } from "./harness";
import { creditCodeCheckChar } from "../../server/src/modules/suppliers/credit-code";

/**
 * 用户管理 (issue 10): one rule, manageableUsers, for the list and every change. An administrator
 * manages every account; a coordinator the county officials of the counties paired with its region,
 * the users of its buyers and enterprises; nobody else's. An account outside it is NOT_FOUND; a role
 * or scope the caller may not give is FORBIDDEN naming the field; either way nothing is written.
 */
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.close());
beforeEach(async () => {
  await s.sql(`DELETE FROM rate_limit_counter`);
});

const USERS = graphql(`
  query AccountsUsers($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        displayName
        role
        active
        mustChangePassword
        lastLoginAt
        lockedUntil
        region {
          code
        }
        buyer {
          name
        }
        enterprise {
          name
        }
      }
    }
  }
`);
const CREATE = graphql(`
  mutation AccountsCreate($i: NewUserInput!) {
    createUserWithOneTimePassword(input: $i) {
      oneTimePassword
      user {
        id
        username
        mustChangePassword
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation AccountsUpdate($i: UpdateUserInput!) {
    updateUser(input: $i) {
      displayName
    }
  }
`);
const ACCESS = graphql(`
  mutation AccountsAccess($i: UpdateUserAccessInput!) {
    updateUserAccess(input: $i) {
      role
    }
  }
`);
const DISABLE = graphql(`
  mutation AccountsDisable($u: ID!) {
    disableUser(userId: $u) {
      active
    }
  }
`);
const RESET = graphql(`
  mutation AccountsReset($u: ID!) {
    resetUserPassword(userId: $u) {
      oneTimePassword
    }
  }
`);
const UNLOCK = graphql(`
  mutation AccountsUnlock($u: ID!) {
    unlockUser(userId: $u) {
      username
      lockedUntil
    }
  }
`);
const LOGIN = graphql(`
  mutation AccountsLogin($u: String!, $p: String!) {
    login(input: { username: $u, password: $p }) {
      token
      mustChangePassword
    }
  }
`);
const CHANGE = graphql(`
  mutation AccountsChange($c: String!, $n: String!) {
    changePassword(input: { currentPassword: $c, newPassword: $n }) {
      token
      mustChangePassword
    }
  }
`);
const PAIRINGS = graphql(`
  query AccountsPairings {
    pairings {
      totalCount
    }
  }
`);
const BUYER_WITH_ACCOUNT = graphql(`
  mutation AccountsBuyerWithAccount($i: CreateBuyerInput!, $a: FirstAccountInput!) {
    createBuyerWithAccount(input: $i, firstAccount: $a) {
      oneTimePassword
      buyer {
        id
        name
      }
      user {
        id
        username
        role
        mustChangePassword
        buyer {
          name
        }
      }
    }
  }
`);

const idOf = async (username: string) =>
  (await s.sql<{ id: string }>(`SELECT id FROM app_user WHERE username = $1`, [username]))[0].id;
const regionId = async (code: string) =>
  (await s.sql<{ id: string }>(`SELECT id FROM region WHERE code = $1`, [code]))[0].id;
const auditCount = async () => (await s.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry`))[0].n;
const userRow = async (username: string) =>
  (
    await s.sql<Record<string, unknown>>(
      `SELECT display_name, role, region_id, buyer_id, active, must_change_password, password_hash FROM app_user WHERE username = $1`,
      [username],
    )
  )[0];

describe("the list", () => {
  it("an administrator lists everyone, filtered by role, region, status and search, with last login", async () => {
    const admin = await s.login("admin");
    await s.login("zhenning");
    const started = performance.now();
    const all = await s.gql(USERS, { first: 100 }, admin);
    console.log(
      `users list, ${all.data!.users.totalCount} accounts with their locks: ${(performance.now() - started).toFixed(0)} ms`,
    );
    const names = all.data!.users.nodes.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "buyer"]));
    const zhenning = all.data!.users.nodes.find((u) => u.username === "zhenning")!;
    expect(zhenning).toMatchObject({
      role: "COUNTY_OFFICIAL",
      active: true,
      mustChangePassword: false,
      lockedUntil: null,
    });
    expect(Date.now() - new Date(zhenning.lastLoginAt!).getTime()).toBeLessThan(60_000);

    const officials = await s.gql(USERS, { filter: { role: "COUNTY_OFFICIAL" } }, admin);
    expect(officials.data!.users.nodes.every((u) => u.role === "COUNTY_OFFICIAL")).toBe(true);
    const jiaozhou = await s.gql(USERS, { filter: { regionId: await regionId("370281") } }, admin);
    // Its coordinator, and the users of its buyers and enterprises.
    expect(jiaozhou.data!.users.nodes.map((u) => u.username)).toEqual(expect.arrayContaining(["jiaozhou", "buyer"]));
    expect(jiaozhou.data!.users.nodes.map((u) => u.username)).not.toContain("pingdu");
    const search = await s.gql(USERS, { filter: { search: "镇宁" } }, admin);
    expect(search.data!.users.nodes.map((u) => u.username)).toEqual(["zhenning"]);
    const disabled = await s.gql(USERS, { filter: { active: false } }, admin);
    expect(disabled.data!.users.nodes.every((u) => u.active === false)).toBe(true);
    const page = await s.gql(USERS, { first: 2 }, admin);
    expect(page.data!.users.pageInfo.hasNextPage).toBe(true);
    const next = await s.gql(USERS, { first: 2, after: page.data!.users.pageInfo.endCursor }, admin);
    expect(next.data!.users.nodes[0].username > page.data!.users.nodes[1].username).toBe(true);
  });

  it("a coordinator lists only the accounts it manages; other roles none", async () => {
    const qingdao = await s.login("qingdao");
    const mine = await s.gql(USERS, { first: 100 }, qingdao);
    const names = mine.data!.users.nodes.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(["zhenning", "huixian", "buyer", "enterprise"]));
    for (const other of ["admin", "qingdao", "jiaozhou", "pingdu"]) expect(names).not.toContain(other);
    // The state of the accounts it manages is shown to it.
    expect(mine.data!.users.nodes.find((u) => u.username === "zhenning")).toMatchObject({ active: true });
    // Nested reads no more: every buyer and enterprise its accounts lead to is one it reads at the top level.
    const NESTED = graphql(`
      query AccountsNestedReach {
        buyers(first: 100) {
          nodes {
            id
          }
        }
        enterprises(first: 100) {
          nodes {
            id
          }
        }
      }
    `);
    const top = (await s.gql(NESTED, {}, qingdao)).data!;
    const buyerIds = new Set(top.buyers.nodes.map((b) => b.id));
    const enterpriseIds = new Set(top.enterprises.nodes.map((e) => e.id));
    const reached = await s.gql(
      graphql(`
        query AccountsNestedIds {
          users(first: 100) {
            nodes {
              buyer {
                id
              }
              enterprise {
                id
              }
            }
          }
        }
      `),
      {},
      qingdao,
    );
    for (const u of reached.data!.users.nodes) {
      if (u.buyer) expect(buyerIds.has(u.buyer.id)).toBe(true);
      if (u.enterprise) expect(enterpriseIds.has(u.enterprise.id)).toBe(true);
    }
    // Pingdu has no pairing, and no buyer or enterprise user: nothing.
    const pingdu = await s.gql(USERS, {}, await s.login("pingdu"));
    expect(pingdu.data!.users.totalCount).toBe(0);
    // A region filter does not widen it.
    const wider = await s.gql(USERS, { filter: { regionId: await regionId("370000") } }, await s.login("pingdu"));
    expect(wider.data!.users.totalCount).toBe(0);
    for (const who of ["zhenning", "buyer", "enterprise"])
      expect(codeOf(await s.gql(USERS, {}, await s.login(who)))).toBe("FORBIDDEN");
  });
});

describe("a coordinator's refusals write nothing", () => {
  it("cannot touch an account outside its scope: another region's official, an administrator, a coordinator", async () => {
    const pingdu = await s.login("pingdu");
    for (const target of ["zhenning", "admin", "jiaozhou"]) {
      const id = await idOf(target);
      const before = await userRow(target);
      const audits = await auditCount();
      for (const send of [
        () => s.gql(DISABLE, { u: id }, pingdu),
        () => s.gql(RESET, { u: id }, pingdu),
        () => s.gql(UNLOCK, { u: id }, pingdu),
        () => s.gql(UPDATE, { i: { userId: id, displayName: "改名" } }, pingdu),
        () => s.gql(ACCESS, { i: { userId: id, role: "COUNTY_OFFICIAL", regionId: id } }, pingdu),
      ]) {
        const r = await send();
        expect(r.errors![0].extensions, target).toMatchObject({ code: "NOT_FOUND", field: "userId" });
      }
      expect(await userRow(target)).toEqual(before);
      expect(await auditCount()).toBe(audits);
    }
  });

  it("cannot create an administrator, a coordinator, or an account outside its scope", async () => {
    const pingdu = await s.login("pingdu");
    const audits = await auditCount();
    const base = { username: "pd-new", displayName: "新账号" };
    const admin = await s.gql(CREATE, { i: { ...base, role: "ADMIN" } }, pingdu);
    expect(admin.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "role" });
    const coord = await s.gql(
      CREATE,
      { i: { ...base, role: "COORDINATOR", regionId: await regionId("370283") } },
      pingdu,
    );
    expect(coord.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "role" });
    // Zhenning is paired with Qingdao and Jiaozhou, not with Pingdu.
    const county = await s.gql(
      CREATE,
      { i: { ...base, role: "COUNTY_OFFICIAL", regionId: await regionId("520423") } },
      pingdu,
    );
    expect(county.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "regionId" });
    const [hospital] = await s.sql<{ id: string }>(`SELECT id FROM buyer WHERE name = '胶州市人民医院'`);
    const buyer = await s.gql(CREATE, { i: { ...base, role: "BUYER", buyerId: hospital.id } }, pingdu);
    expect(buyer.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "buyerId" });
    expect(await s.sql(`SELECT 1 FROM app_user WHERE username = 'pd-new'`)).toHaveLength(0);
    expect(await auditCount()).toBe(audits);
  });

  it("creates and manages its own, and cannot move one out of its scope", async () => {
    const pingdu = await s.login("pingdu");
    const [school] = await s.sql<{ id: string }>(`SELECT id FROM buyer WHERE name = '平度市实验中学'`);
    const made = await s.gql(
      CREATE,
      { i: { username: "pd-school", displayName: "实验中学 采购", role: "BUYER", buyerId: school.id } },
      pingdu,
    );
    expect(made.data!.createUserWithOneTimePassword.user).toMatchObject({
      username: "pd-school",
      mustChangePassword: true,
    });
    const id = made.data!.createUserWithOneTimePassword.user.id;
    expect((await s.gql(USERS, {}, pingdu)).data!.users.nodes.map((u) => u.username)).toEqual(["pd-school"]);

    const before = await userRow("pd-school");
    const audits = await auditCount();
    const [hospital] = await s.sql<{ id: string }>(`SELECT id FROM buyer WHERE name = '胶州市人民医院'`);
    const away = await s.gql(ACCESS, { i: { userId: id, role: "BUYER", buyerId: hospital.id } }, pingdu);
    expect(away.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "buyerId" });
    const county = await s.gql(
      ACCESS,
      { i: { userId: id, role: "COUNTY_OFFICIAL", regionId: await regionId("520423") } },
      pingdu,
    );
    expect(county.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "regionId" });
    const up = await s.gql(
      ACCESS,
      { i: { userId: id, role: "COORDINATOR", regionId: await regionId("370283") } },
      pingdu,
    );
    expect(up.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "role" });
    expect(await userRow("pd-school")).toEqual(before);
    expect(await auditCount()).toBe(audits);

    const renamed = await s.gql(UPDATE, { i: { userId: id, displayName: "实验中学 食堂" } }, pingdu);
    expect(renamed.data!.updateUser.displayName).toBe("实验中学 食堂");
    const [entry] = await s.sql<{ change: unknown }>(
      `SELECT change FROM audit_entry WHERE action = 'USER_UPDATED' AND entity_id = $1`,
      [id],
    );
    expect(entry.change).toEqual({ before: { displayName: "实验中学 采购" }, after: { displayName: "实验中学 食堂" } });
    expect((await s.gql(DISABLE, { u: id }, pingdu)).data!.disableUser.active).toBe(false);
  });
});

describe("one-time passwords and locks", () => {
  it("OTP login → must change → only changePassword answers → after the change everything works", async () => {
    const jiaozhou = await s.login("jiaozhou");
    const made = await s.gql(
      CREATE,
      {
        i: {
          username: "jz-official",
          displayName: "策勒县 干部",
          role: "COUNTY_OFFICIAL",
          regionId: await regionId("653225"),
        },
      },
      jiaozhou,
    );
    const otp = made.data!.createUserWithOneTimePassword.oneTimePassword;
    const everything =
      JSON.stringify(await s.sql(`SELECT * FROM audit_entry`)) + JSON.stringify(await s.sql(`SELECT * FROM app_user`));
    expect(everything).not.toContain(otp);
    const login = await s.gql(LOGIN, { u: "jz-official", p: otp });
    expect(login.data!.login.mustChangePassword).toBe(true);
    const t = login.data!.login.token;
    expect(codeOf(await s.gql(PAIRINGS, {}, t))).toBe("FORBIDDEN");
    const changed = await s.gql(CHANGE, { c: otp, n: DEMO_PASSWORD }, t);
    expect(changed.data!.changePassword.mustChangePassword).toBe(false);
    expect(codeOf(await s.gql(PAIRINGS, {}, changed.data!.changePassword.token))).toBeUndefined();
  });

  it("failed logins lock an account; its manager sees the lock and unlocking clears it", async () => {
    const admin = await s.login("admin");
    for (let i = 0; i < 5; i++)
      expect(codeOf(await s.gql(LOGIN, { u: "huixian", p: "wrong-guess" }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await s.gql(LOGIN, { u: "huixian", p: DEMO_PASSWORD }))).toBe("TOO_MANY_REQUESTS");
    const listed = await s.gql(USERS, { filter: { search: "huixian" } }, admin);
    expect(new Date(listed.data!.users.nodes[0].lockedUntil!).getTime()).toBeGreaterThan(Date.now());
    const lockedOnes = await s.gql(USERS, { filter: { locked: true } }, admin);
    expect(lockedOnes.data!.users.nodes.map((u) => u.username)).toEqual(["huixian"]);
    const notLocked = await s.gql(USERS, { filter: { locked: false, role: "COUNTY_OFFICIAL" } }, admin);
    expect(notLocked.data!.users.nodes.map((u) => u.username)).not.toContain("huixian");
    expect(notLocked.data!.users.totalCount).toBeGreaterThan(0);
    // A coordinator without it in scope cannot unlock it.
    const audits = await auditCount();
    expect(codeOf(await s.gql(UNLOCK, { u: await idOf("huixian") }, await s.login("pingdu")))).toBe("NOT_FOUND");
    expect(await auditCount()).toBe(audits + 1); // pingdu's LOGIN only
    expect(codeOf(await s.gql(LOGIN, { u: "huixian", p: DEMO_PASSWORD }))).toBe("TOO_MANY_REQUESTS");
    // Its coordinator can.
    const unlocked = await s.gql(UNLOCK, { u: await idOf("huixian") }, await s.login("qingdao"));
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data!.unlockUser).toEqual({ username: "huixian", lockedUntil: null });
    expect((await s.gql(LOGIN, { u: "huixian", p: DEMO_PASSWORD })).data!.login.token).toBeTruthy();
    const [entry] = await s.sql<{ change: unknown }>(`SELECT change FROM audit_entry WHERE action = 'USER_UNLOCKED'`);
    expect(entry.change).toEqual({ before: { locked: true }, after: { locked: false } });
  });
});

describe("a buyer organisation with its first account", () => {
  it("is created in one step; the account logs in with the one-time password", async () => {
    const pingdu = await s.login("pingdu");
    const made = await s.gql(
      BUYER_WITH_ACCOUNT,
      { i: { name: "平度市第一中学", group: "EDUCATION" }, a: { username: "pd-yizhong", displayName: "一中 食堂" } },
      pingdu,
    );
    const r = made.data!.createBuyerWithAccount;
    expect(r.user).toMatchObject({
      username: "pd-yizhong",
      role: "BUYER",
      mustChangePassword: true,
      buyer: { name: "平度市第一中学" },
    });
    expect((await s.gql(LOGIN, { u: "pd-yizhong", p: r.oneTimePassword })).data!.login.mustChangePassword).toBe(true);
    // A taken username: neither the buyer nor the account is written.
    const again = await s.gql(
      BUYER_WITH_ACCOUNT,
      { i: { name: "平度市第二中学", group: "EDUCATION" }, a: { username: "pd-yizhong", displayName: "二中" } },
      pingdu,
    );
    expect(codeOf(again)).toBe("CONFLICT");
    expect(await s.sql(`SELECT 1 FROM buyer WHERE name = '平度市第二中学'`)).toHaveLength(0);
    // Not for a buyer user or a county official.
    expect(
      codeOf(
        await s.gql(
          BUYER_WITH_ACCOUNT,
          { i: { name: "x", group: "EDUCATION" }, a: { username: "x-user", displayName: "x" } },
          await s.login("zhenning"),
        ),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("an enterprise with its first account", () => {
  it("is created in one step by its region's coordinator; the account acts for it", async () => {
    const jiaozhou = await s.login("jiaozhou");
    const first17 = "91370281MA3P7KD8Q";
    const made = await s.gql(
      graphql(`
        mutation AccountsEnterpriseWithAccount($i: CreateEnterpriseInput!, $a: FirstAccountInput!) {
          createEnterpriseWithAccount(input: $i, firstAccount: $a) {
            oneTimePassword
            enterprise {
              name
            }
            user {
              username
              role
              mustChangePassword
              enterprise {
                name
              }
            }
          }
        }
      `),
      {
        i: {
          name: "胶州市测试食品有限公司",
          creditCode: first17 + creditCodeCheckChar(first17)!,
          industry: "食品加工",
        },
        a: { username: "jz-food", displayName: "测试食品 经理" },
      },
      jiaozhou,
    );
    expect(made.errors).toBeUndefined();
    const r = made.data!.createEnterpriseWithAccount;
    expect(r.user).toMatchObject({
      username: "jz-food",
      role: "ENTERPRISE",
      mustChangePassword: true,
      enterprise: { name: "胶州市测试食品有限公司" },
    });
    expect((await s.gql(LOGIN, { u: "jz-food", p: r.oneTimePassword })).data!.login.mustChangePassword).toBe(true);
    const listed = await s.gql(USERS, { filter: { search: "jz-food" } }, jiaozhou);
    expect(listed.data!.users.nodes.map((u) => u.username)).toEqual(["jz-food"]);
  });
});
