import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnterpriseContactPhone1763900000018 } from "../../server/src/db/migrations/1763900000018-EnterpriseContactPhone";
import { graphql } from "./gql";
import { startTestServer, type TestServer } from "./harness";
import { checkPhoneMigration } from "./phone-migration";

/**
 * 企业联系电话 is personal data: it used to be stored in plain text and returned whole to everyone
 * who could read the enterprise (county officials of every paired county among them). Now it is
 * stored encrypted with its mask beside it, whole only for those who keep the enterprise's record
 * (its own users, administrators, the coordinators of its home region), masked for every other
 * reader, masked in the audit trail, and the migration encrypted (and redacted) what was there.
 */
let s: TestServer;
const t: Record<string, string> = {};
let mask: string; // 馨思雅妇幼用品有限公司: the demo `enterprise` user's, registered in 胶州 with 0532-87201234
const WHOLE = "0532-87201234";
const MASKED = "053****1234";

const ENTERPRISE = graphql(`
  query EnterprisePhoneOne($id: ID!) {
    enterprise(id: $id) {
      id
      contactPhone
    }
  }
`);
const LIST = graphql(`
  query EnterprisePhoneList {
    enterprises(first: 100) {
      nodes {
        id
        contactPhone
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation EnterprisePhoneUpdate($i: UpdateEnterpriseInput!) {
    updateEnterprise(input: $i) {
      id
      contactPhone
    }
  }
`);

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "enterprise", "jiaozhou", "qingdao", "zhenning"]) t[u] = await s.login(u);
  mask = (await s.sql(`SELECT id FROM enterprise WHERE name = '馨思雅妇幼用品有限公司'`))[0].id;
}, 120_000);
afterAll(() => s?.close());

const phoneAs = async (who: string) => (await s.gql(ENTERPRISE, { id: mask }, t[who])).data?.enterprise?.contactPhone;

describe("Enterprise.contactPhone", () => {
  it("whole for the enterprise itself, administrators and its home region's coordinators; masked for the rest", async () => {
    for (const who of ["enterprise", "admin", "jiaozhou", "qingdao"]) expect(await phoneAs(who)).toBe(WHOLE);
    // 镇宁 is paired with 胶州: it reads the enterprise, and sees the number masked only.
    expect(await phoneAs("zhenning")).toBe(MASKED);
    const listed = (await s.gql(LIST, {}, t.zhenning)).data!.enterprises.nodes;
    expect(listed.find((e) => e.id === mask)?.contactPhone).toBe(MASKED);
    for (const e of listed) if (e.contactPhone) expect(e.contactPhone).toMatch(/^(\d|-){3}\*{4}.{4}$|^\*{4}.{2}$/);
  });

  it("stored encrypted with its mask beside it: no plain number in the table", async () => {
    const cols = await s.sql(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'enterprise' AND column_name LIKE 'contact_phone%' ORDER BY 1`,
    );
    expect(cols.map((c) => c.column_name)).toEqual(["contact_phone_enc", "contact_phone_masked"]);
    const [row] = await s.sql(`SELECT contact_phone_enc, contact_phone_masked FROM enterprise WHERE id = $1`, [mask]);
    expect(row.contact_phone_enc).toMatch(/^v1:/);
    expect(row.contact_phone_enc).not.toContain("87201234");
    expect(row.contact_phone_masked).toBe(MASKED);
  });

  it("a change keeps the phone masked in the audit trail; the editor gets the whole number back", async () => {
    const r = await s.gql(UPDATE, { i: { id: mask, contactPhone: "13800005678" } }, t.enterprise);
    expect(r.data!.updateEnterprise.contactPhone).toBe("13800005678");
    expect(await phoneAs("zhenning")).toBe("138****5678");
    const [entry] = await s.sql(
      `SELECT change FROM audit_entry WHERE action = 'ENTERPRISE_UPDATED' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [mask],
    );
    expect(entry.change).toEqual({ before: { contactPhone: MASKED }, after: { contactPhone: "138****5678" } });
    expect(JSON.stringify(entry.change)).not.toMatch(/87201234|13800005678|v1:/);
    // A masked number sent back is refused, never stored as the number.
    const back = await s.gql(UPDATE, { i: { id: mask, contactPhone: "138****5678" } }, t.jiaozhou);
    expect(back.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // Cleared: nothing left, for anyone.
    expect(
      (await s.gql(UPDATE, { i: { id: mask, contactPhone: null } }, t.jiaozhou)).data!.updateEnterprise.contactPhone,
    ).toBeNull();
    expect(await s.sql(`SELECT contact_phone_enc, contact_phone_masked FROM enterprise WHERE id = $1`, [mask])).toEqual(
      [{ contact_phone_enc: null, contact_phone_masked: null }],
    );
    await s.gql(UPDATE, { i: { id: mask, contactPhone: WHOLE } }, t.jiaozhou);
  });

  it("the migration encrypts the plain numbers that were there and masks them in the audit trail", async () => {
    await checkPhoneMigration(s, new EnterpriseContactPhone1763900000018(), {
      table: "enterprise",
      entityType: "Enterprise",
      action: "ENTERPRISE_UPDATED",
      id: mask,
      whole: WHOLE,
      masked: MASKED,
    });
    // Rolled back: the server still reads the number it had.
    expect(await phoneAs("enterprise")).toBe(WHOLE);
  });
});
