import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeadContactPhone1763900000025 } from "../../server/src/db/migrations/1763900000025-LeadContactPhone";
import { graphql } from "./gql";
import { startTestServer, type TestServer } from "./harness";
import { checkPhoneMigration } from "./phone-migration";

/**
 * 招商线索的联系电话 is personal data, as the enterprise's own contact phone is (enterprise-phone.test):
 * it used to be stored in plain text, returned whole to every county official who could browse the
 * lead, and kept whole in LEAD_UPDATED's audit before/after. Now it is encrypted at rest with its
 * mask beside it, whole only for those who keep the enterprise's record and for a county once it is
 * in contact about the lead (表达意向), masked for everyone else and in the audit trail; the migration
 * encrypted (and redacted) what was there.
 */
let s: TestServer;
const t: Record<string, string> = {};
const WHOLE = "13912345678";
const MASKED = "139****5678";
let leadId: string;

const CREATE = graphql(`
  mutation LeadPhoneCreate($i: CreateLeadInput!) {
    createInvestmentLead(input: $i) {
      id
      contactPhone
    }
  }
`);
const ONE = graphql(`
  query LeadPhoneOne($id: ID!) {
    investmentLead(id: $id) {
      id
      contactPhone
    }
  }
`);
const LIST = graphql(`
  query LeadPhoneList {
    investmentLeads(first: 100) {
      nodes {
        id
        contactPhone
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation LeadPhoneUpdate($i: UpdateLeadInput!) {
    updateInvestmentLead(input: $i) {
      id
      contactPhone
    }
  }
`);
const INTEREST = graphql(`
  mutation LeadPhoneInterest($i: ExpressInterestInput!) {
    expressInterest(input: $i) {
      id
      contactPhone
    }
  }
`);

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "enterprise", "jiaozhou", "qingdao", "zhenning", "huixian"]) t[u] = await s.login(u);
  const r = await s.gql(
    CREATE,
    {
      i: {
        title: "口罩二期扩产",
        industry: "医疗用品",
        plannedInvestment: "50000000.00",
        needsLabour: true,
        contactName: "刘经理",
        contactPhone: WHOLE,
        visibility: "PUBLIC",
      },
    },
    t.enterprise,
  );
  expect(r.errors).toBeUndefined();
  leadId = r.data!.createInvestmentLead.id;
}, 120_000);
afterAll(() => s?.close());

const phoneAs = async (who: string) => (await s.gql(ONE, { id: leadId }, t[who])).data?.investmentLead?.contactPhone;

describe("InvestmentLead.contactPhone", () => {
  it("whole for the enterprise, administrators and its home region's coordinators; masked for a county browsing it", async () => {
    for (const who of ["enterprise", "admin", "jiaozhou", "qingdao"]) expect(await phoneAs(who)).toBe(WHOLE);
    expect(await phoneAs("zhenning")).toBe(MASKED);
    const listed = (await s.gql(LIST, {}, t.zhenning)).data!.investmentLeads.nodes;
    expect(listed.find((l) => l.id === leadId)?.contactPhone).toBe(MASKED);
    for (const l of listed) if (l.contactPhone) expect(l.contactPhone).toMatch(/^(\d|-){3}\*{4}.{4}$|^\*{4}.{2}$/);
  });

  it("a county that expresses interest is in contact about the lead: it reads the number whole, others still masked", async () => {
    const r = await s.gql(INTEREST, { i: { leadId, note: "欢迎考察" } }, t.zhenning);
    expect(r.errors).toBeUndefined();
    expect(r.data!.expressInterest.contactPhone).toBe(WHOLE);
    expect(await phoneAs("zhenning")).toBe(WHOLE);
    const huixian = await s.gql(ONE, { id: leadId }, t.huixian);
    // 徽县 reads it only if its partner city is 胶州's; either way it never gets the number whole.
    if (huixian.data?.investmentLead) expect(huixian.data.investmentLead.contactPhone).toBe(MASKED);
    else expect(huixian.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("stored encrypted with its mask beside it: no plain number in the table", async () => {
    const cols = await s.sql(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'investment_lead' AND column_name LIKE 'contact_phone%' ORDER BY 1`,
    );
    expect(cols.map((c) => c.column_name)).toEqual(["contact_phone_enc", "contact_phone_masked"]);
    const [row] = await s.sql(`SELECT contact_phone_enc, contact_phone_masked FROM investment_lead WHERE id = $1`, [
      leadId,
    ]);
    expect(row.contact_phone_enc).toMatch(/^v1:/);
    expect(row.contact_phone_enc).not.toContain("12345678");
    expect(row.contact_phone_masked).toBe(MASKED);
  });

  it("a change keeps the phone masked in the audit trail; a masked number sent back is refused", async () => {
    const r = await s.gql(UPDATE, { i: { id: leadId, contactPhone: "13800005678" } }, t.enterprise);
    expect(r.data!.updateInvestmentLead.contactPhone).toBe("13800005678");
    const [entry] = await s.sql(
      `SELECT change FROM audit_entry WHERE action = 'LEAD_UPDATED' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [leadId],
    );
    expect(entry.change.before).toEqual({ contactPhone: MASKED });
    expect(entry.change.after).toEqual({ contactPhone: "138****5678" });
    const audits = await s.sql(`SELECT change::text AS c FROM audit_entry WHERE entity_id = $1`, [leadId]);
    for (const a of audits) expect(a.c).not.toMatch(/12345678|13800005678|v1:/);
    const back = await s.gql(UPDATE, { i: { id: leadId, contactPhone: "138****5678" } }, t.enterprise);
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "contactPhone" });
    expect(JSON.stringify(back)).not.toContain("138****5678");
    expect(await phoneAs("enterprise")).toBe("13800005678");
    await s.gql(UPDATE, { i: { id: leadId, contactPhone: WHOLE } }, t.enterprise);
  });

  it("the migration encrypts the plain numbers that were there and masks them in the audit trail", async () => {
    await checkPhoneMigration(s, new LeadContactPhone1763900000025(), {
      table: "investment_lead",
      entityType: "InvestmentLead",
      action: "LEAD_UPDATED",
      id: leadId,
      whole: WHOLE,
      masked: MASKED,
    });
    // Rolled back: the server still reads the number it had.
    expect(await phoneAs("enterprise")).toBe(WHOLE);
  });
});
