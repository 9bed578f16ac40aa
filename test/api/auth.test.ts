import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { codeOf, DEMO_PASSWORD, startTestServer, type TestServer } from "./harness";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.close());
// Limits live in the database now (table rate_limit_counter): each test starts with none.
beforeEach(async () => {
  await s.sql(`DELETE FROM rate_limit_counter`);
});

const LOGIN = graphql(`
  mutation AuthLogin($u: String!, $p: String!) {
    login(input: { username: $u, password: $p }) {
      token
      expiresAt
      user {
        username
        role
        region {
          code
        }
      }
    }
  }
`);
const ME = graphql(`
  query AuthMe {
    me {
      username
      role
      active
      mustChangePassword
    }
  }
`);
const PAIRINGS = graphql(`
  query AuthPairingsCount {
    pairings {
      totalCount
    }
  }
`);
const CHANGE = graphql(`
  mutation AuthChangePassword($c: String!, $n: String!) {
    changePassword(input: { currentPassword: $c, newPassword: $n }) {
      token
      mustChangePassword
      user {
        username
        mustChangePassword
      }
    }
  }
`);

describe("accounts", () => {
  it("signs a coordinator in and tells who it is", async () => {
    const r = await s.gql(LOGIN, { u: "jiaozhou", p: DEMO_PASSWORD });
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.user).toEqual({ username: "jiaozhou", role: "COORDINATOR", region: { code: "370281" } });
    expect(new Date(r.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await s.gql(
      graphql(`
        query AuthMeName {
          me {
            username
            displayName
          }
        }
      `),
      {},
      r.data!.login.token,
    );
    expect(me.data!.me!.username).toBe("jiaozhou");
  });

  it("refuses a wrong password with UNAUTHENTICATED and the same message as an unknown user", async () => {
    const wrong = await s.gql(LOGIN, { u: "jiaozhou", p: "not-the-password" });
    const unknown = await s.gql(LOGIN, { u: "nobody", p: "not-the-password" });
    expect(codeOf(wrong)).toBe("UNAUTHENTICATED");
    expect(codeOf(unknown)).toBe("UNAUTHENTICATED");
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.data).toBeNull();
  });

  it("stores only hashes: no password or token in the database or the audit trail", async () => {
    const token = await s.login("qingdao");
    const [user] = await s.sql<{ password_hash: string }>(
      `SELECT password_hash FROM app_user WHERE username = 'qingdao'`,
    );
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await s.sql<{ token_hash: string }>(`SELECT token_hash FROM user_session`);
    expect(sessions.every((x) => x.token_hash !== token)).toBe(true);
    const audit = await s.sql<{ c: string }>(`SELECT change::text AS c FROM audit_entry`);
    expect(audit.some((a) => a.c.includes(DEMO_PASSWORD) || a.c.includes(token))).toBe(false);
  });

  it("answers `me` from the session it already read, unless a field the session lacks is asked for", async () => {
    const token = await s.login("jiaozhou");
    const me = (query: string) => s.countQueries(() => s.gql(query, {}, token));
    await me("{ me { id } }"); // the session lookup's first read warms what later requests reuse
    const base = await me("{ me { id } }");
    // Session fields, through fragments too, and a skipped field the session lacks: no second read.
    expect(await me("{ me { id username role regionId ...F } } fragment F on User { displayName buyerId }")).toBe(base);
    expect(await me("{ me { id ... on User { mustChangePassword } email @skip(if: true) } }")).toBe(base);
    // A field the session row does not carry, plain or in a fragment: the user is read.
    expect(await me("{ me { id email } }")).toBeGreaterThan(base);
    expect(await me("{ me { id ...F } } fragment F on User { lastLoginAt }")).toBeGreaterThan(base);
  });

  it("rate-limits login attempts per account and address", async () => {
    for (let i = 0; i < 5; i++) expect(codeOf(await s.gql(LOGIN, { u: "pingdu", p: "wrong" }))).toBe("UNAUTHENTICATED");
    const blocked = await s.gql(LOGIN, { u: "pingdu", p: DEMO_PASSWORD });
    expect(codeOf(blocked)).toBe("TOO_MANY_REQUESTS");
    expect(blocked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Another account from the same address is not locked by pingdu's failures.
    expect(codeOf(await s.gql(LOGIN, { u: "zhenning", p: DEMO_PASSWORD }))).toBeUndefined();
  });

  it("logout revokes the token", async () => {
    const token = await s.login("zhenning");
    const LOGOUT = graphql(`
      mutation AuthLogout {
        logout
      }
    `);
    expect((await s.gql(LOGOUT, {}, token)).data!.logout).toBe(true);
    const after = await s.gql(PAIRINGS, {}, token);
    expect(codeOf(after)).toBe("UNAUTHENTICATED");
  });

  it("an expired token is refused", async () => {
    const token = await s.login("qingdao");
    await s.sql(`UPDATE user_session SET expires_at = now() - interval '1 second'`);
    expect(codeOf(await s.gql(PAIRINGS, {}, token))).toBe("UNAUTHENTICATED");
    const ME_ID = graphql(`
      query AuthMeId {
        me {
          id
        }
      }
    `);
    expect((await s.gql(ME_ID, {}, token)).data!.me).toBeNull();
  });

  it("refuses every protected operation without a token", async () => {
    const REGIONS = graphql(`
      query AuthRegionsCount {
        regions {
          totalCount
        }
      }
    `);
    const YEARS = graphql(`
      query AuthAgreementYears {
        agreementYears
      }
    `);
    const AUDIT = graphql(`
      query AuthAuditCount {
        auditLog {
          totalCount
        }
      }
    `);
    for (const send of [
      () => s.gql(PAIRINGS, {}),
      () => s.gql(REGIONS, {}),
      () => s.gql(YEARS, {}),
      () => s.gql(AUDIT, {}),
    ]) {
      expect(codeOf(await send())).toBe("UNAUTHENTICATED");
    }
  });

  it("only an admin creates users, with the region its role needs", async () => {
    const admin = await s.login("admin");
    const coordinator = await s.login("qingdao");
    const [jiaozhou] = await s.sql<{ id: string }>(`SELECT id FROM region WHERE code = '370281'`);
    const [zhenning] = await s.sql<{ id: string }>(`SELECT id FROM region WHERE code = '520423'`);
    const CREATE = graphql(`
      mutation AuthCreateUser($i: CreateUserInput!) {
        createUser(input: $i) {
          username
          role
          region {
            code
          }
        }
      }
    `);
    const input = {
      username: "jz2",
      password: "Long-enough-pass",
      displayName: "胶州 2",
      role: "COORDINATOR" as const,
      regionId: jiaozhou.id,
    };
    expect(codeOf(await s.gql(CREATE, { i: input }, coordinator))).toBe("FORBIDDEN");
    const bad = await s.gql(CREATE, { i: { ...input, regionId: zhenning.id } }, admin);
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0].extensions!.field).toBe("regionId");
    const short = await s.gql(CREATE, { i: { ...input, password: "short" } }, admin);
    expect(short.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
    expect((await s.sql(`SELECT 1 FROM app_user WHERE username = 'jz2'`)).length).toBe(0);
    const ok = await s.gql(CREATE, { i: input }, admin);
    expect(ok.data!.createUser).toEqual({ username: "jz2", role: "COORDINATOR", region: { code: "370281" } });
    expect(codeOf(await s.gql(CREATE, { i: input }, admin))).toBe("CONFLICT");
  });
});

const userId = async (username: string) =>
  (await s.sql<{ id: string }>(`SELECT id FROM app_user WHERE username = $1`, [username]))[0].id;
const auditOf = (action: string, entityId: string) =>
  s.sql<{ change: Record<string, unknown> }>(`SELECT change FROM audit_entry WHERE action = $1 AND entity_id = $2`, [
    action,
    entityId,
  ]);

describe("addresses behind proxies (TRUST_PROXY)", () => {
  it("by default ignores X-Forwarded-For: rotating it does not escape the per-address limit", async () => {
    const attempt = (i: number, p: string) =>
      fetch(`${s.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${i}` },
        body: JSON.stringify({ query: LOGIN.toString(), variables: { u: "huixian", p } }),
      }).then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
    for (let i = 0; i < 5; i++)
      expect((await attempt(i, "wrong-guess")).errors![0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await attempt(99, DEMO_PASSWORD)).errors![0].extensions.code).toBe("TOO_MANY_REQUESTS");
    // Thirty failures over many usernames and rotated headers trip the per-address limit too.
    await s.sql(`DELETE FROM rate_limit_counter`);
    const spread = (i: number, u: string, p: string) =>
      fetch(`${s.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i}` },
        body: JSON.stringify({ query: LOGIN.toString(), variables: { u, p } }),
      }).then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
    for (let i = 0; i < 30; i++)
      expect((await spread(i, `guess${i}`, "wrong-guess")).errors![0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await spread(200, "qingdao", DEMO_PASSWORD)).errors![0].extensions.code).toBe("TOO_MANY_REQUESTS");
    // The session and audit trail record the real peer, not the header.
    const [row] = await s.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entry WHERE change->>'ip' LIKE '203.0.113.%'`,
    );
    expect(row.n).toBe(0);
  }, 90_000);

  it("honours X-Forwarded-For from a configured proxy", async () => {
    const proxied = await startTestServer({ trustProxy: ["loopback"] });
    try {
      const attempt = (ip: string, p: string) =>
        fetch(`${proxied.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": ip },
          body: JSON.stringify({ query: LOGIN.toString(), variables: { u: "huixian", p } }),
        }).then(
          (r) =>
            r.json() as Promise<{ errors?: { extensions: { code: string } }[]; data?: { login: { token: string } } }>,
        );
      for (let i = 0; i < 5; i++) await attempt("203.0.113.7", "wrong-guess");
      expect((await attempt("203.0.113.7", DEMO_PASSWORD)).errors![0].extensions.code).toBe("TOO_MANY_REQUESTS");
      // Another client behind the same proxy is its own address.
      expect((await attempt("203.0.113.8", DEMO_PASSWORD)).data?.login.token).toBeTruthy();
      const [row] = await proxied.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'LOGIN' AND change->>'ip' = '203.0.113.8'`,
      );
      expect(row.n).toBe(1);
    } finally {
      await proxied.close();
    }
  }, 120_000); // a second server: slow to start on the embedded database under load
});

describe("password policy", () => {
  it("refuses weak passwords wherever one is set, with a bilingual message naming the field, never echoing it", async () => {
    const admin = await s.login("admin");
    const [jiaozhou] = await s.sql<{ id: string }>(`SELECT id FROM region WHERE code = '370281'`);
    const CREATE = graphql(`
      mutation AuthCreateUserName($i: CreateUserInput!) {
        createUser(input: $i) {
          username
        }
      }
    `);
    const base = { username: "policy1", displayName: "策略", role: "COORDINATOR" as const, regionId: jiaozhou.id };
    for (const [password, why] of [
      ["Short-1", /at least 10/],
      ["policy1-is-mine", /username/],
      ["WoAiNi1314", /too common/],
      ["a123456789", /too common/],
      ["qwertyuiop", /too common/],
      ["onlylowercaseletters", /two kinds/],
      ["3141592653589", /two kinds/],
    ] as const) {
      const r = await s.gql(CREATE, { i: { ...base, password } }, admin);
      expect(r.errors![0].extensions, password).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
      // Both languages, apart: message in the default zh-CN, the English in extensions.messages.
      expect((r.errors![0].extensions as any).messages.en).toMatch(why);
      expect(r.errors![0].message).toMatch(/[\u3400-\u9fff]/);
      expect(JSON.stringify(r.errors)).not.toContain(password);
    }
    expect(await s.sql(`SELECT 1 FROM app_user WHERE username = 'policy1'`)).toHaveLength(0);
    // The demo password (10 characters, letters and digits) passes; existing accounts are not re-checked at login.
    expect((await s.gql(CREATE, { i: { ...base, password: DEMO_PASSWORD } }, admin)).data!.createUser.username).toBe(
      "policy1",
    );
  });
});

describe("administrators manage accounts", () => {
  const DISABLE = graphql(`
    mutation AuthDisableUser($u: ID!) {
      disableUser(userId: $u) {
        username
        active
      }
    }
  `);
  const ENABLE = graphql(`
    mutation AuthEnableUser($u: ID!) {
      enableUser(userId: $u) {
        username
        active
      }
    }
  `);
  const RESET = graphql(`
    mutation AuthResetPassword($u: ID!) {
      resetUserPassword(userId: $u) {
        oneTimePassword
        user {
          username
          mustChangePassword
        }
      }
    }
  `);
  const ACCESS = graphql(`
    mutation AuthUpdateAccess($i: UpdateUserAccessInput!) {
      updateUserAccess(input: $i) {
        username
        role
        region {
          code
        }
      }
    }
  `);

  it("only a manager of the account may (a coordinator's scope: accounts-admin.test.ts), never on its own", async () => {
    const coordinator = await s.login("qingdao");
    const admin = await s.login("admin");
    const target = await userId("pingdu");
    for (const send of [
      () => s.gql(DISABLE, { u: target }, coordinator),
      () => s.gql(ENABLE, { u: target }, coordinator),
      () => s.gql(RESET, { u: target }, coordinator),
    ])
      expect(codeOf(await send())).toBe("NOT_FOUND"); // another coordinator: outside its scope
    const own = await s.gql(DISABLE, { u: await userId("admin") }, admin);
    expect(own.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
    expect((await s.gql(DISABLE, { u: "not-a-uuid" }, admin)).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "userId",
    });
  });

  it("disabling ends the account's sessions at once and refuses its logins until enabled again", async () => {
    const admin = await s.login("admin");
    const t1 = await s.login("pingdu");
    const t2 = await s.login("pingdu");
    expect(codeOf(await s.gql(PAIRINGS, {}, t1))).toBeUndefined();
    const id = await userId("pingdu");
    expect((await s.gql(DISABLE, { u: id }, admin)).data!.disableUser).toEqual({ username: "pingdu", active: false });
    for (const t of [t1, t2]) expect(codeOf(await s.gql(PAIRINGS, {}, t))).toBe("UNAUTHENTICATED");
    expect(codeOf(await s.gql(LOGIN, { u: "pingdu", p: DEMO_PASSWORD }))).toBe("UNAUTHENTICATED");
    expect((await s.gql(ENABLE, { u: id }, admin)).data!.enableUser.active).toBe(true);
    expect(codeOf(await s.gql(PAIRINGS, {}, t1))).toBe("UNAUTHENTICATED"); // a re-enabled account signs in anew
    const t3 = await s.login("pingdu");
    expect((await s.gql(ME, {}, t3)).data!.me).toEqual({
      username: "pingdu",
      role: "COORDINATOR",
      active: true,
      mustChangePassword: false,
    });
    const [disabled] = await auditOf("USER_DISABLED", id);
    expect(disabled.change).toEqual({ before: { active: true }, after: { active: false }, revokedSessions: 2 });
    expect(await auditOf("USER_ENABLED", id)).toHaveLength(1);
  });

  it("changing role or scope is checked as at creation and ends the account's sessions", async () => {
    const admin = await s.login("admin");
    const before = await s.login("jiaozhou");
    const id = await userId("jiaozhou");
    const [zhenning] = await s.sql<{ id: string }>(`SELECT id FROM region WHERE code = '520423'`);
    const bad = await s.gql(ACCESS, { i: { userId: id, role: "COORDINATOR", regionId: zhenning.id } }, admin);
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "regionId" });
    expect(codeOf(await s.gql(PAIRINGS, {}, before))).toBeUndefined(); // a refused change revokes nothing
    const ok = await s.gql(ACCESS, { i: { userId: id, role: "COUNTY_OFFICIAL", regionId: zhenning.id } }, admin);
    expect(ok.data!.updateUserAccess).toEqual({
      username: "jiaozhou",
      role: "COUNTY_OFFICIAL",
      region: { code: "520423" },
    });
    expect(codeOf(await s.gql(PAIRINGS, {}, before))).toBe("UNAUTHENTICATED");
    const after = await s.login("jiaozhou");
    expect((await s.gql(ME, {}, after)).data!.me!.role).toBe("COUNTY_OFFICIAL");
    const [entry] = await auditOf("USER_ACCESS_CHANGED", id);
    expect(entry.change).toMatchObject({
      before: { role: "COORDINATOR" },
      after: { role: "COUNTY_OFFICIAL", regionId: zhenning.id },
    });
    expect(entry.change.revokedSessions).toBeGreaterThanOrEqual(1);
    // Back as it was, for the other tests.
    await s.gql(
      ACCESS,
      {
        i: {
          userId: id,
          role: "COORDINATOR",
          regionId: (await s.sql<{ id: string }>(`SELECT id FROM region WHERE code = '370281'`))[0].id,
        },
      },
      admin,
    );
  });

  it("a reset gives a one-time password, shown once, that must be changed before anything else", async () => {
    const admin = await s.login("admin");
    const old = await s.login("zhenning");
    const id = await userId("zhenning");
    const reset = await s.gql(RESET, { u: id }, admin);
    const otp = reset.data!.resetUserPassword.oneTimePassword;
    expect(reset.data!.resetUserPassword.user).toEqual({ username: "zhenning", mustChangePassword: true });
    expect(otp.length).toBeGreaterThanOrEqual(16);
    expect(codeOf(await s.gql(PAIRINGS, {}, old))).toBe("UNAUTHENTICATED");
    expect(codeOf(await s.gql(LOGIN, { u: "zhenning", p: DEMO_PASSWORD }))).toBe("UNAUTHENTICATED");

    const signedIn = await s.gql(
      graphql(`
        mutation AuthLoginOneTime($u: String!, $p: String!) {
          login(input: { username: $u, password: $p }) {
            token
            mustChangePassword
            user {
              mustChangePassword
            }
          }
        }
      `),
      { u: "zhenning", p: otp },
    );
    expect(signedIn.data!.login).toMatchObject({ mustChangePassword: true, user: { mustChangePassword: true } });
    // Another user's account state is not shown to a non-administrator.
    const other = await s.login("qingdao");
    const visible = await s.gql(
      graphql(`
        query AuthAuditActors {
          auditLog(first: 50) {
            nodes {
              actor {
                username
                active
                mustChangePassword
              }
            }
          }
        }
      `),
      {},
      other,
    );
    const others = visible.data!.auditLog.nodes.filter((x) => x.actor && x.actor.username !== "qingdao");
    expect(others.length).toBeGreaterThan(0);
    for (const n of others) expect(n.actor).toMatchObject({ active: null, mustChangePassword: null });
    const t = signedIn.data!.login.token;
    // Until changed: only changePassword, logout and me.
    const refused = await s.gql(PAIRINGS, {}, t);
    expect(refused.status).toBe(403);
    expect(refused.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "PASSWORD_CHANGE_REQUIRED" });
    // A fragment spread on Query does not slip a refused field past the check.
    const SPREAD = graphql(`
      query AuthMeWithPairingsSpread {
        me {
          username
        }
        ...AuthPairingsOnQuery
      }
      fragment AuthPairingsOnQuery on Query {
        pairings {
          totalCount
        }
      }
    `);
    expect(codeOf(await s.gql(SPREAD, {}, t))).toBe("FORBIDDEN");
    const SESSION_IDS = graphql(`
      query AuthSessionIds {
        mySessions {
          id
        }
      }
    `);
    expect(codeOf(await s.gql(SESSION_IDS, {}, t))).toBe("FORBIDDEN");
    expect((await fetch(`${s.url}/exports/labour.xlsx`, { headers: { authorization: `Bearer ${t}` } })).status).toBe(
      401,
    );
    expect((await s.gql(ME, {}, t)).data!.me).toMatchObject({ username: "zhenning", mustChangePassword: true });
    const weak = await s.gql(CHANGE, { c: otp, n: "zhenning2026" }, t);
    expect(weak.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword" });

    const changed = await s.gql(CHANGE, { c: otp, n: DEMO_PASSWORD }, t);
    expect(changed.data!.changePassword).toMatchObject({
      mustChangePassword: false,
      user: { username: "zhenning", mustChangePassword: false },
    });
    expect(codeOf(await s.gql(PAIRINGS, {}, t))).toBe("UNAUTHENTICATED"); // re-issued: the old token ends
    expect(codeOf(await s.gql(PAIRINGS, {}, changed.data!.changePassword.token))).toBeUndefined();
    expect(codeOf(await s.gql(LOGIN, { u: "zhenning", p: otp }))).toBe("UNAUTHENTICATED");

    const audit = await s.sql<{ action: string; c: string }>(
      `SELECT action, change::text AS c FROM audit_entry WHERE entity_id = $1`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["USER_PASSWORD_RESET", "PASSWORD_CHANGED"]));
    const everything =
      JSON.stringify(await s.sql(`SELECT * FROM audit_entry`)) + JSON.stringify(await s.sql(`SELECT * FROM app_user`));
    expect(everything).not.toContain(otp);
  });
});

describe("users manage their own password and sessions", () => {
  it("changing the password needs the current one, ends every other session and re-issues this one", async () => {
    const a = await s.login("buyer");
    const b = await s.login("buyer");
    const wrong = await s.gql(CHANGE, { c: "not-my-password", n: "Hospital-New-2026" }, a);
    expect(wrong.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currentPassword" });
    const same = await s.gql(CHANGE, { c: DEMO_PASSWORD, n: DEMO_PASSWORD }, a);
    expect(same.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword" });
    const ok = await s.gql(CHANGE, { c: DEMO_PASSWORD, n: "Hospital-New-2026" }, a);
    const fresh = ok.data!.changePassword.token;
    for (const t of [a, b]) expect(codeOf(await s.gql(PAIRINGS, {}, t))).toBe("UNAUTHENTICATED");
    expect((await s.gql(ME, {}, fresh)).data!.me!.username).toBe("buyer");
    expect(codeOf(await s.gql(LOGIN, { u: "buyer", p: DEMO_PASSWORD }))).toBe("UNAUTHENTICATED");
    // Back to the demo password.
    expect(codeOf(await s.gql(CHANGE, { c: "Hospital-New-2026", n: DEMO_PASSWORD }, fresh))).toBeUndefined();
  });

  it("wrong current passwords are rate-limited like logins", async () => {
    const t = await s.login("enterprise");
    for (let i = 0; i < 5; i++)
      expect(codeOf(await s.gql(CHANGE, { c: `guess-${i}`, n: "Enterprise-2026" }, t))).toBe("BAD_USER_INPUT");
    expect(codeOf(await s.gql(CHANGE, { c: DEMO_PASSWORD, n: "Enterprise-2026" }, t))).toBe("TOO_MANY_REQUESTS");
  });

  it("lists its own sessions and signs out the others", async () => {
    const a = await s.login("huixian");
    const b = await s.login("huixian");
    const SESSIONS = graphql(`
      query AuthSessions {
        mySessions {
          id
          current
          expiresAt
        }
      }
    `);
    const list = (await s.gql(SESSIONS, {}, a)).data!.mySessions;
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.filter((x) => x.current)).toHaveLength(1);
    const SIGN_OUT_OTHERS = graphql(`
      mutation AuthSignOutOthers {
        signOutOtherSessions
      }
    `);
    expect((await s.gql(SIGN_OUT_OTHERS, {}, a)).data!.signOutOtherSessions).toBeGreaterThanOrEqual(1);
    expect(codeOf(await s.gql(PAIRINGS, {}, b))).toBe("UNAUTHENTICATED");
    const CURRENT = graphql(`
      query AuthSessionsCurrent {
        mySessions {
          current
        }
      }
    `);
    expect((await s.gql(CURRENT, {}, a)).data!.mySessions).toEqual([{ current: true }]);
  });
});
