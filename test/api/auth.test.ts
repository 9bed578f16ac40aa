import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginLimits } from "../../server/src/modules/users/user.service";
import { codeOf, DEMO_PASSWORD, startTestServer, type TestServer } from "./harness";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.close());
beforeEach(() => resetLoginLimits());

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token expiresAt user { username role region { code } } } }`;

describe("accounts", () => {
  it("signs a coordinator in and tells who it is", async () => {
    const r = await s.gql(LOGIN, { u: "jiaozhou", p: DEMO_PASSWORD });
    expect(r.errors).toBeUndefined();
    expect(r.data.login.user).toEqual({ username: "jiaozhou", role: "COORDINATOR", region: { code: "370281" } });
    expect(new Date(r.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await s.gql(`{ me { username displayName } }`, {}, r.data.login.token);
    expect(me.data.me.username).toBe("jiaozhou");
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
    const [user] = await s.sql(`SELECT password_hash FROM app_user WHERE username = 'qingdao'`);
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await s.sql(`SELECT token_hash FROM user_session`);
    expect(sessions.every((x) => x.token_hash !== token)).toBe(true);
    const audit = await s.sql(`SELECT change::text AS c FROM audit_entry`);
    expect(audit.some((a) => a.c.includes(DEMO_PASSWORD) || a.c.includes(token))).toBe(false);
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
    expect((await s.gql(`mutation { logout }`, {}, token)).data.logout).toBe(true);
    const after = await s.gql(`{ pairings { totalCount } }`, {}, token);
    expect(codeOf(after)).toBe("UNAUTHENTICATED");
  });

  it("an expired token is refused", async () => {
    const token = await s.login("qingdao");
    await s.sql(`UPDATE user_session SET expires_at = now() - interval '1 second'`);
    expect(codeOf(await s.gql(`{ pairings { totalCount } }`, {}, token))).toBe("UNAUTHENTICATED");
    expect((await s.gql(`{ me { id } }`, {}, token)).data.me).toBeNull();
  });

  it("refuses every protected operation without a token", async () => {
    for (const q of [`{ pairings { totalCount } }`, `{ regions { totalCount } }`, `{ agreementYears }`, `{ auditLog { totalCount } }`]) {
      expect(codeOf(await s.gql(q))).toBe("UNAUTHENTICATED");
    }
  });

  it("only an admin creates users, with the region its role needs", async () => {
    const admin = await s.login("admin");
    const coordinator = await s.login("qingdao");
    const [jiaozhou] = await s.sql(`SELECT id FROM region WHERE code = '370281'`);
    const [zhenning] = await s.sql(`SELECT id FROM region WHERE code = '520423'`);
    const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { username role region { code } } }`;
    const input = { username: "jz2", password: "long-enough-pass", displayName: "胶州 2", role: "COORDINATOR", regionId: jiaozhou.id };
    expect(codeOf(await s.gql(CREATE, { i: input }, coordinator))).toBe("FORBIDDEN");
    const bad = await s.gql(CREATE, { i: { ...input, regionId: zhenning.id } }, admin);
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0].extensions!.field).toBe("regionId");
    const short = await s.gql(CREATE, { i: { ...input, password: "short" } }, admin);
    expect(short.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
    expect((await s.sql(`SELECT 1 FROM app_user WHERE username = 'jz2'`)).length).toBe(0);
    const ok = await s.gql(CREATE, { i: input }, admin);
    expect(ok.data.createUser).toEqual({ username: "jz2", role: "COORDINATOR", region: { code: "370281" } });
    expect(codeOf(await s.gql(CREATE, { i: input }, admin))).toBe("CONFLICT");
  });
});
