import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { graphql } from "./gql";
import type { AgreementTargetInput } from "./gql/graphql";
import { codeOf, DEMO_PASSWORD, startTestServer, type TestServer } from "./harness";
import zhCN from "../../web/src/i18n/zh-CN";
import {
  ACTION_ZH,
  CODE_ZH,
  CODE_ZH_WEB,
  ENTITY_ZH,
  EXPORT_ZH,
  FIELD_ZH,
  fieldLabelZh,
} from "../../server/src/modules/audit/audit.labels";
import { normaliseChange } from "../../server/src/modules/audit/audit.readable";

let s: TestServer;
const t: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "buyer"]) t[u] = await s.login(u);
});
afterAll(() => s?.close());
beforeEach(async () => {
  await s.sql(`DELETE FROM rate_limit_counter`);
});

const LOGIN = graphql(`
  mutation LogsLogin($u: String!, $p: String!) {
    login(input: { username: $u, password: $p }) {
      token
    }
  }
`);
const LOGIN_LOG = graphql(`
  query LogsLoginLog($f: LoginLogFilter, $first: Int) {
    loginLog(filter: $f, first: $first) {
      totalCount
      nodes {
        username
        outcome
        ip
        user {
          username
        }
      }
    }
  }
`);
const AUDIT = graphql(`
  query LogsAudit($f: AuditFilter) {
    auditLog(filter: $f, first: 20) {
      totalCount
      nodes {
        action
        entityType
        record {
          type
          id
          name
        }
        fields {
          field
          changed
          before {
            kind
            text
            refType
            refId
          }
          after {
            kind
            text
            refType
            refId
          }
        }
      }
    }
  }
`);

const attempt = (u: string, p: string) => s.gql(LOGIN, { u, p });
const outcomesOf = async (username: string) =>
  (
    await s.sql<{ outcome: string }>(`SELECT outcome FROM login_event WHERE username = $1 ORDER BY seq`, [username])
  ).map((r) => r.outcome);

describe("login log: every attempt written, with why", () => {
  it("writes SUCCESS, WRONG_PASSWORD, UNKNOWN_USER and DISABLED — never the password", async () => {
    expect((await attempt("  PingDu ", DEMO_PASSWORD)).errors).toBeUndefined();
    expect(codeOf(await attempt("pingdu", "not-the-password-42"))).toBe("UNAUTHENTICATED");
    expect(codeOf(await attempt("nobody-here", "not-the-password-42"))).toBe("UNAUTHENTICATED");
    expect(await outcomesOf("pingdu")).toEqual(["SUCCESS", "WRONG_PASSWORD"]);
    expect(await outcomesOf("nobody-here")).toEqual(["UNKNOWN_USER"]);
    const [unknown] = await s.sql(`SELECT user_id FROM login_event WHERE username = 'nobody-here'`);
    expect(unknown.user_id).toBeNull();

    // Disabled: refused as a wrong password would be (nothing revealed), logged as DISABLED.
    const [huixian] = await s.sql(`SELECT id FROM app_user WHERE username = 'huixian'`);
    const DISABLE = graphql(`
      mutation LogsDisable($id: ID!) {
        disableUser(userId: $id) {
          id
        }
      }
    `);
    expect((await s.gql(DISABLE, { id: huixian.id }, t.admin)).errors).toBeUndefined();
    const refused = await attempt("huixian", DEMO_PASSWORD);
    expect(refused.errors![0].message).toBe("用户名或密码错误");
    expect(await outcomesOf("huixian")).toEqual(["DISABLED"]);

    const all = JSON.stringify(await s.sql(`SELECT * FROM login_event`));
    expect(all).not.toContain(DEMO_PASSWORD);
    expect(all).not.toContain("not-the-password-42");
  });

  it("marks the failure that locks the door LOCKED_OUT, and the refusals after it LOCKED", async () => {
    for (let i = 0; i < 5; i++)
      expect(codeOf(await attempt("zhenning", `wrong-password-${i}`))).toBe("UNAUTHENTICATED");
    expect(codeOf(await attempt("zhenning", DEMO_PASSWORD))).toBe("TOO_MANY_REQUESTS");
    expect(await outcomesOf("zhenning")).toEqual([
      "WRONG_PASSWORD",
      "WRONG_PASSWORD",
      "WRONG_PASSWORD",
      "WRONG_PASSWORD",
      "LOCKED_OUT",
      "LOCKED",
    ]);
    // The refusal names the account it was for (its coordinator sees it).
    const rows = await s.sql(`SELECT DISTINCT user_id FROM login_event WHERE username = 'zhenning'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].user_id).not.toBeNull();
  });
});

describe("login log: who reads what", () => {
  it("an administrator reads every attempt, unknown usernames too; filters combine", async () => {
    await attempt("stranger", "whatever-password-1");
    await attempt("pingdu", "whatever-password-1");
    const r = await s.gql(LOGIN_LOG, { f: { outcomes: ["UNKNOWN_USER"], username: "strang" } }, t.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.loginLog.nodes.map((n) => n.username)).toEqual(["stranger"]);
    expect(r.data!.loginLog.nodes[0].user).toBeNull();
    const ip = await s.gql(LOGIN_LOG, { f: { ip: "10.255.", username: "pingdu" } }, t.admin);
    expect(ip.data!.loginLog.totalCount).toBe(0);
  });

  it("a coordinator reads the attempts of its subtree's users only, never unknown usernames", async () => {
    await attempt("pingdu", "whatever-password-2");
    await attempt("stranger", "whatever-password-2");
    const q = await s.gql(LOGIN_LOG, { first: 100 }, t.qingdao);
    const qNames = new Set(q.data!.loginLog.nodes.map((n) => n.username));
    expect(qNames.has("pingdu")).toBe(true);
    expect(qNames.has("stranger")).toBe(false);
    expect(qNames.has("admin")).toBe(false);
    const j = await s.gql(LOGIN_LOG, { first: 100 }, t.jiaozhou);
    const jNames = new Set(j.data!.loginLog.nodes.map((n) => n.username));
    expect(jNames.has("pingdu")).toBe(false);
    expect(jNames.has("stranger")).toBe(false);
    expect([...jNames].every((u) => u === "jiaozhou")).toBe(true);
  });

  it("refuses other roles and bad filters, echoing nothing", async () => {
    expect(codeOf(await s.gql(LOGIN_LOG, {}, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(LOGIN_LOG, {}))).toBe("UNAUTHENTICATED");
    const bad = await s.gql(LOGIN_LOG, { f: { from: "2026-05-02", to: "2026-05-01" } }, t.admin);
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });
});

const download = async (path: string, token?: string) => {
  const res = await fetch(`${s.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return res;
};
const sheetText = async (res: Response) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
};

describe("exports", () => {
  it("login-log.xlsx: the page's scope and filters, Chinese headers", async () => {
    await attempt("stranger", "whatever-password-3");
    await attempt("jiaozhou", "whatever-password-3");
    const admin = await sheetText(await download(`/exports/login-log.xlsx?outcomes=UNKNOWN_USER`, t.admin));
    expect(admin[0]).toEqual(["时间", "用户", "登录名", "IP 地址", "结果", "浏览器"]);
    expect(admin.slice(1).every((r) => r[4] === "账号不存在")).toBe(true);
    expect(admin.some((r) => r[2] === "stranger")).toBe(true);
    const coord = await sheetText(await download(`/exports/login-log.xlsx`, t.jiaozhou));
    expect(coord.length).toBeGreaterThan(1);
    expect(coord.slice(1).every((r) => r[2] === "jiaozhou")).toBe(true);
    expect(coord.slice(1).some((r) => r[4] === "密码错误")).toBe(true);
  });

  it("refuses without a session, for other roles, and bad filters with the field named", async () => {
    expect((await download(`/exports/login-log.xlsx`)).status).toBe(401);
    expect((await download(`/exports/audit-log.xlsx`, t.buyer)).status).toBe(403);
    const bad = await download(`/exports/audit-log.xlsx?from=2026-13-01`, t.admin);
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    expect(JSON.stringify(body)).not.toContain("2026-13-01");
    expect((await download(`/exports/login-log.xlsx?outcomes=NOPE`, t.admin)).status).toBe(400);
  });
});

describe("audit trail, readable", () => {
  it("shape 2: a target set shows as target before → after, the pairing by name, the record linked", async () => {
    const [p] = await s.sql(
      `SELECT p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id
        WHERE e.code = '370281' AND w.short_name = '镇宁县'`,
    );
    const SET = graphql(`
      mutation LogsSetTarget($i: SetAgreementTargetInput!) {
        setAgreementTarget(input: $i) {
          id
        }
      }
    `);
    const i = { pairingId: p.id, year: 2022, indicator: "WORKSHOPS" as const, target: "7" };
    const set = await s.gql(SET, { i }, t.jiaozhou);
    expect(set.errors).toBeUndefined();
    await s.gql(SET, { i: { ...i, target: "9" } }, t.jiaozhou);
    const r = await s.gql(
      AUDIT,
      { f: { action: "AGREEMENT_TARGET_SET", entityId: set.data!.setAgreementTarget.id } },
      t.jiaozhou,
    );
    expect(r.errors).toBeUndefined();
    const [latest] = r.data!.auditLog.nodes;
    expect(latest.record).toMatchObject({ type: "Agreement", id: set.data!.setAgreementTarget.id });
    const target = latest.fields.find((f) => f.field === "target")!;
    expect(target.changed).toBe(true);
    expect(target.before!.text).toMatch(/^7/);
    expect(target.after!.text).toMatch(/^9/);
    const pairing = latest.fields.find((f) => f.field === "pairingId")!;
    expect(pairing.after).toEqual({ kind: "REF", text: "胶州市—镇宁县", refType: "Pairing", refId: p.id });
    expect(latest.fields.find((f) => f.field === "indicator")!.after).toMatchObject({
      kind: "CODE",
      text: "WORKSHOPS",
    });
    // Today's range (China's calendar) holds them; a range that ends before today finds nothing.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const todays = await s.gql(AUDIT, { f: { action: "AGREEMENT_TARGET_SET", from: today, to: today } }, t.jiaozhou);
    expect(todays.data!.auditLog.totalCount).toBeGreaterThanOrEqual(2);
    const none = await s.gql(AUDIT, { f: { action: "AGREEMENT_TARGET_SET", to: "2001-01-01" } }, t.jiaozhou);
    expect(none.data!.auditLog.totalCount).toBe(0);
  });

  it("shape 3: an access change shows each field before → after, regions and roles readable", async () => {
    const [u] = await s.sql(`SELECT id FROM app_user WHERE username = 'pingdu'`);
    const [jz] = await s.sql(`SELECT id FROM region WHERE code = '370281'`);
    const UPDATE = graphql(`
      mutation LogsAccess($i: UpdateUserAccessInput!) {
        updateUserAccess(input: $i) {
          id
        }
      }
    `);
    const up = await s.gql(UPDATE, { i: { userId: u.id, role: "COORDINATOR", regionId: jz.id } }, t.admin);
    expect(up.errors).toBeUndefined();
    const r = await s.gql(AUDIT, { f: { action: "USER_ACCESS_CHANGED", entityId: u.id } }, t.admin);
    const e = r.data!.auditLog.nodes[0];
    expect(e.record.name).toBeTruthy();
    const region = e.fields.find((f) => f.field === "regionId")!;
    expect(region.changed).toBe(true);
    expect(region.before!.text).toBe("平度市");
    expect(region.after!.text).toBe("胶州市");
    expect(e.fields.find((f) => f.field === "revokedSessions")!).toMatchObject({
      changed: false,
      after: { kind: "NUMBER" },
    });
    // No id shown as text anywhere.
    const texts = e.fields.flatMap((f) => [f.before?.text, f.after?.text]).join(" ");
    expect(texts).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("a field that means different records in different entries is named as what it is (a region's parent, a pairing's)", async () => {
    const CREATE_REGION = graphql(`
      mutation LogsCreateRegion($i: CreateRegionInput!) {
        createRegion(input: $i) {
          id
        }
      }
    `);
    const CREATE_PAIRING = graphql(`
      mutation LogsCreatePairing($i: CreatePairingInput!) {
        createPairing(input: $i) {
          id
        }
      }
    `);
    const [qd] = await s.sql(`SELECT id FROM region WHERE code = '370200'`);
    const region = await s.gql(
      CREATE_REGION,
      { i: { code: "370298", name: "青岛市测试区", shortName: "测试区", parentId: qd.id } },
      t.admin,
    );
    expect(region.errors).toBeUndefined();
    const [parent] = await s.sql(
      `SELECT p.id, p.west_region_id FROM pairing p JOIN region e ON e.id = p.east_region_id
        WHERE e.code = '370200' ORDER BY p.since LIMIT 1`,
    );
    const pairing = await s.gql(
      CREATE_PAIRING,
      {
        i: {
          eastRegionId: region.data!.createRegion.id,
          westRegionId: parent.west_region_id,
          kind: "EAST_WEST",
          since: "2026-01-01",
          parentId: parent.id,
        },
      },
      t.admin,
    );
    expect(pairing.errors).toBeUndefined();
    const regionEntry = (await s.gql(AUDIT, { f: { action: "REGION_CREATED" } }, t.admin)).data!.auditLog.nodes[0];
    expect(regionEntry.fields.find((f) => f.field === "parentId")!.after).toMatchObject({
      refType: "Region",
      text: "青岛市",
    });
    const pairingEntry = (await s.gql(AUDIT, { f: { action: "PAIRING_CREATED" } }, t.admin)).data!.auditLog.nodes[0];
    expect(pairingEntry.fields.find((f) => f.field === "parentId")!.after).toMatchObject({ refType: "Pairing" });
    expect(pairingEntry.fields.find((f) => f.field === "eastRegionId")!.after!.text).toBe("青岛市测试区");
  });

  it("a saved agreement reads one line per indicator, yuan as money; a new account field by field, no empty lines", async () => {
    const [p] = await s.sql(
      `SELECT p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id
        WHERE e.code = '370281' AND w.code = '621227'`,
    );
    const SAVE = graphql(`
      mutation LogsSaveAgreement($i: SaveAgreementInput!) {
        saveAgreement(input: $i) {
          id
        }
      }
    `);
    const targets: AgreementTargetInput[] = [
      { indicator: "FISCAL_AID", target: "1234.50" },
      { indicator: "CADRES_SENT", target: "3" },
    ];
    const saved = await s.gql(SAVE, { i: { pairingId: p.id, year: 2031, targets } }, t.admin);
    expect(saved.errors).toBeUndefined();
    const r = await s.gql(AUDIT, { f: { action: "AGREEMENT_SAVED", entityId: saved.data!.saveAgreement.id } }, t.admin);
    const fields = r.data!.auditLog.nodes[0].fields;
    expect(fields.find((f) => f.field === "targets.FISCAL_AID")!.after).toMatchObject({
      kind: "MONEY",
      text: "1234.50",
    });
    expect(fields.find((f) => f.field === "targets.CADRES_SENT")!.after).toMatchObject({ text: "3" });

    const CREATE = graphql(`
      mutation LogsCreateAccount($i: NewUserInput!) {
        createUserWithOneTimePassword(input: $i) {
          user {
            id
          }
        }
      }
    `);
    const [hx] = await s.sql(`SELECT id FROM region WHERE code = '621227'`);
    const made = await s.gql(
      CREATE,
      { i: { username: "logs-hx", displayName: "徽县 日志干部", role: "COUNTY_OFFICIAL", regionId: hx.id } },
      t.admin,
    );
    expect(made.errors).toBeUndefined();
    const u = await s.gql(
      AUDIT,
      { f: { action: "USER_CREATED", entityId: made.data!.createUserWithOneTimePassword.user.id } },
      t.admin,
    );
    const created = u.data!.auditLog.nodes[0].fields;
    expect(created.find((f) => f.field === "regionId")!.after!.text).toBe("徽县");
    expect(created.map((f) => f.field)).not.toContain("buyerId");
    expect(created.map((f) => f.field)).not.toContain("value");
  });

  it("shape 4: a supplier's contact changed shows field by field", async () => {
    const [sup] = await s.sql(`SELECT id, name FROM supplier ORDER BY name LIMIT 1`);
    const UPD = graphql(`
      mutation LogsSupplier($i: UpdateSupplierInput!) {
        updateSupplier(input: $i) {
          id
        }
      }
    `);
    const r0 = await s.gql(UPD, { i: { supplierId: sup.id, name: `${sup.name}(改)` } }, t.admin);
    expect(r0.errors).toBeUndefined();
    const r = await s.gql(
      AUDIT,
      { f: { entityType: "Supplier", entityId: sup.id, action: "SUPPLIER_UPDATED" } },
      t.admin,
    );
    const e = r.data!.auditLog.nodes[0];
    expect(e.fields).toEqual([
      {
        field: "name",
        changed: true,
        before: { kind: "TEXT", text: sup.name, refType: null, refId: null },
        after: { kind: "TEXT", text: `${sup.name}(改)`, refType: null, refId: null },
      },
    ]);
    expect(e.record.name).toBe(`${sup.name}(改)`);
  });

  it("a coordinator reads no entry of a user outside its subtree, even asking for it by user", async () => {
    const [qd] = await s.sql(`SELECT id FROM app_user WHERE username = 'qingdao'`);
    const r = await s.gql(AUDIT, { f: { actorId: qd.id } }, t.jiaozhou);
    expect(r.errors).toBeUndefined();
    expect(r.data!.auditLog.totalCount).toBe(0);
    expect(codeOf(await s.gql(AUDIT, { f: { actorId: "not-an-id" } }, t.jiaozhou))).toBe("BAD_USER_INPUT");
  });

  it("a record's history includes the entries that name it; the actor filter matches names", async () => {
    const [p] = await s.sql(
      `SELECT p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id
        WHERE e.code = '370281' AND w.short_name = '镇宁县'`,
    );
    const own = await s.gql(AUDIT, { f: { entityType: "Pairing", entityId: p.id } }, t.jiaozhou);
    const related = await s.gql(AUDIT, { f: { entityType: "Pairing", entityId: p.id, related: true } }, t.jiaozhou);
    expect(related.errors).toBeUndefined();
    expect(related.data!.auditLog.totalCount).toBeGreaterThan(own.data!.auditLog.totalCount);
    const actions = new Set(related.data!.auditLog.nodes.map((n) => n.action));
    expect(actions.has("AGREEMENT_TARGET_SET")).toBe(true);
    // Every entry found names the pairing (or is the pairing's own).
    for (const n of related.data!.auditLog.nodes)
      expect(n.record.id === p.id || n.fields.some((f) => f.after?.refId === p.id || f.before?.refId === p.id)).toBe(
        true,
      );
    // Another coordinator's reader sees only its own users' entries about it.
    const pd = await s.gql(AUDIT, { f: { entityType: "Pairing", entityId: p.id, related: true } }, t.qingdao);
    expect(pd.data!.auditLog.totalCount).toBeGreaterThanOrEqual(related.data!.auditLog.totalCount);
    const byName = await s.gql(AUDIT, { f: { actor: "胶州", action: "AGREEMENT_TARGET_SET" } }, t.admin);
    expect(byName.data!.auditLog.totalCount).toBeGreaterThan(0);
    const nobody = await s.gql(AUDIT, { f: { actor: "没有这个人" } }, t.admin);
    expect(nobody.data!.auditLog.totalCount).toBe(0);
  });

  it("audit-log.xlsx: the same readable lines, Chinese headers", async () => {
    const rows = await sheetText(await download(`/exports/audit-log.xlsx?action=USER_ACCESS_CHANGED`, t.admin));
    expect(rows[0]).toEqual(["时间", "操作人", "操作", "对象类型", "对象", "变更内容"]);
    expect(rows[1][2]).toBe("修改用户权限");
    expect(rows[1][5]).toContain("地区: 平度市 → 胶州市");
    const coord = await sheetText(await download(`/exports/audit-log.xlsx?action=USER_ACCESS_CHANGED`, t.jiaozhou));
    expect(coord).toHaveLength(1); // admin's entries are not a coordinator's
  });

  it("a page of readable entries costs the same statements for 5 entries as for 50 (names batched per type)", async () => {
    const PAGE = graphql(`
      query LogsAuditPage($first: Int!) {
        auditLog(first: $first) {
          nodes {
            actor {
              displayName
            }
            record {
              name
            }
            fields {
              field
              after {
                text
              }
              before {
                text
              }
            }
          }
        }
      }
    `);
    const small = await s.countQueries(() => s.gql(PAGE, { first: 5 }, t.admin));
    const large = await s.countQueries(() => s.gql(PAGE, { first: 50 }, t.admin));
    const r = await s.gql(PAGE, { first: 50 }, t.admin);
    expect(r.data!.auditLog.nodes.length).toBe(50);
    console.log(`audit page statements: 5 entries ${small}, 50 entries ${large}`);
    expect(large).toBeLessThanOrEqual(small + 8); // one batch per record type met, not per entry
  });

  it("every action, record type and field in the trail (demo data and this file's writes) has a label", async () => {
    const rows = await s.sql<{ action: string; entity_type: string; change: Record<string, unknown> }>(
      `SELECT action, entity_type, change FROM audit_entry`,
    );
    expect(rows.length).toBeGreaterThan(100);
    const missing = new Set<string>();
    for (const r of rows) {
      if (!ACTION_ZH[r.action]) missing.add(`action ${r.action}`);
      if (!ENTITY_ZH[r.entity_type]) missing.add(`type ${r.entity_type}`);
      for (const f of normaliseChange(r.action, r.change))
        if (fieldLabelZh(f.field) === f.field || fieldLabelZh(f.field).includes(" · " + f.field.split(".").pop()))
          missing.add(`field ${f.field}`);
    }
    expect([...missing]).toEqual([]);
  });

  it("the web's Chinese labels of the trail are the export's own objects, not a copy", () => {
    const zh = zhCN as unknown as Record<string, Record<string, string>>;
    expect(zh.auditActions).toBe(ACTION_ZH);
    expect(zh.entityTypes).toBe(ENTITY_ZH);
    expect(zh.auditFields).toBe(FIELD_ZH);
  });

  // Issue 11: one vocabulary for screens and Excel — every code family and every sheet/column word
  // the exports write is the screen's zh-CN text for the same key.
  const webText = (path: string): unknown =>
    path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], zhCN);

  it("every code family (buyer groups, channels, statuses, stages, units…) is the screens' word", () => {
    expect(Object.keys(CODE_ZH_WEB).sort()).toEqual(Object.keys(CODE_ZH).sort());
    for (const [family, path] of Object.entries(CODE_ZH_WEB))
      expect({ family, labels: CODE_ZH[family] }).toEqual({ family, labels: webText(path) });
  });

  it("every sheet name and column header the exports take from the screens says what the screen says", () => {
    for (const [path, label] of Object.entries(EXPORT_ZH))
      expect({ path, label }).toEqual({ path, label: webText(path) });
  });
});
