import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../server/src/shared/dates";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { graphql } from "./gql";
import type { RecordTalentPostingInput } from "./gql/graphql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";

let s: TestServer;
const t: Record<string, string> = {};
const region: Record<string, string> = {};
const Y = Number(today().slice(0, 4));
/** Every raw phone number this file sends: none may come back to those who may not see it, nor reach the audit log or the export. */
const PHONES = ["13912345678", "13787654321", "13600001111"];

graphql(`
  fragment TalentPostingFields on TalentPosting {
    id
    direction
    category
    kind
    startsOn
    plannedEndOn
    endedOn
    endReason
    endsOn
    status
    endingSoon
    withdrawnAt
    pairingId
    county {
      code
    }
    eastRegion {
      code
    }
    person {
      id
      name
      institution
      phoneMasked
    }
  }
`);
const RECORD = graphql(`
  mutation TalentRecord($i: RecordTalentPostingInput!) {
    recordTalentPosting(input: $i) {
      ...TalentPostingFields
    }
  }
`);
const CHANGE = graphql(`
  mutation TalentChange($i: ChangeTalentPostingInput!) {
    changeTalentPosting(input: $i) {
      ...TalentPostingFields
    }
  }
`);
const END = graphql(`
  mutation TalentEnd($i: EndTalentPostingInput!) {
    endTalentPosting(input: $i) {
      ...TalentPostingFields
    }
  }
`);
const WITHDRAW = graphql(`
  mutation TalentWithdraw($i: WithdrawTalentPostingInput!) {
    withdrawTalentPosting(input: $i) {
      ...TalentPostingFields
    }
  }
`);
const LIST = graphql(`
  query TalentList($f: TalentPostingFilter, $n: Int) {
    talentPostings(first: $n, filter: $f) {
      totalCount
      nodes {
        ...TalentPostingFields
      }
    }
  }
`);
const ONE = graphql(`
  query TalentOne($id: ID!) {
    talentPosting(id: $id) {
      id
    }
  }
`);
const PEOPLE = graphql(`
  query TalentPeople($s: String, $n: Int) {
    talentPeople(search: $s, first: $n) {
      totalCount
      nodes {
        id
        name
        phoneMasked
        postings {
          id
        }
      }
    }
  }
`);
const SUMMARY = graphql(`
  query TalentSummary($y: Int!) {
    talentSummary(year: $y) {
      year
      cadresSent
      professionalsSent
      teachersSent
      doctorsSent
      agriTechSent
      otherSent
      cadresReceived
      professionalsReceived
    }
  }
`);
const REVEAL = graphql(`
  mutation TalentReveal($id: ID!) {
    revealTalentPersonPhone(personId: $id) {
      personId
      phone
    }
  }
`);
const CHANGE_PERSON = graphql(`
  mutation TalentChangePerson($i: ChangeTalentPersonInput!) {
    changeTalentPerson(input: $i) {
      id
      name
      phoneMasked
    }
  }
`);
const LEDGER = graphql(`
  query TalentLedger($p: ID!, $src: LedgerSource) {
    ledgerEntries(filter: { pairingId: $p, source: $src }, first: 100) {
      nodes {
        sourceId
        sourceLabel
      }
    }
  }
`);

let uniq = 0;
const input = (over: Partial<RecordTalentPostingInput> = {}): RecordTalentPostingInput => ({
  person: { name: `测试人${++uniq}号`, institution: "胶州市第一中学", phone: null },
  direction: "SENT",
  category: "TEACHER",
  kind: "TEACHING",
  countyId: region["520423"],
  sendingUnit: "胶州市教育和体育局",
  receivingUnit: "镇宁县民族中学",
  roleTitle: "胶州班班主任",
  startsOn: `${Y}-03-01`,
  plannedEndOn: `${Y}-12-31`,
  ...over,
});

const count = async (table: string) => (await s.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const counts = async () => ({
  person: await count("talent_person"),
  posting: await count("talent_posting"),
  ledger: await count("ledger_entry"),
  audit: await count("audit_entry"),
});
/** The ledger's net per (indicator, day) for one person. */
const held = async (personId: string) =>
  (
    await s.sql(
      `SELECT indicator, occurred_on::text AS on, SUM(amount)::int AS net FROM ledger_entry
        WHERE source = 'TALENT_POSTING' AND source_id = $1 GROUP BY 1, 2 HAVING SUM(amount) <> 0 ORDER BY 2, 1`,
      [personId],
    )
  ).map((r) => `${r.indicator} ${r.on} ${r.net}`);
const entries = async (personId: string) =>
  (
    await s.sql(
      `SELECT amount::int AS amount, occurred_on::text AS on FROM ledger_entry WHERE source = 'TALENT_POSTING' AND source_id = $1 ORDER BY seq`,
      [personId],
    )
  ).map((r) => `${r.amount > 0 ? "+" : ""}${r.amount} ${r.on}`);

async function record(over: Partial<RecordTalentPostingInput> = {}, who = "jiaozhou") {
  const r = await s.gql(RECORD, { i: input(over) }, t[who]);
  expect(r.errors).toBeUndefined();
  return r.data!.recordTalentPosting;
}
/** A refusal: the code, the field, no value echoed and nothing written. */
async function refused<T>(
  run: () => Promise<GqlResult<T>>,
  code: string,
  field?: string,
  secret?: string,
): Promise<void> {
  const before = await counts();
  const r = await run();
  expect(codeOf(r)).toBe(code);
  if (field) expect(r.errors![0].extensions!.field).toBe(field);
  if (secret) expect(JSON.stringify(r)).not.toContain(secret);
  expect(await counts()).toEqual(before);
}

beforeAll(async () => {
  s = await startTestServer({}, { captureLogs: true });
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  for (const r of await s.sql(`SELECT id, code FROM region`)) region[r.code] = r.id;
});
afterAll(() => s?.close());

describe("counting CADRES_SENT and PROFESSIONALS_SENT", () => {
  it("records a teacher sent: +1 PROFESSIONALS_SENT dated the first day in post, to the most specific pairing", async () => {
    const p = await record();
    expect(p.status).toBe("IN_POST");
    expect(p.eastRegion.code).toBe("370281");
    const [pairing] = await s.sql(
      `SELECT p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id WHERE e.code = '370281' AND w.code = '520423'`,
    );
    expect(p.pairingId).toBe(pairing.id);
    expect(await held(p.person!.id)).toEqual([`PROFESSIONALS_SENT ${Y}-03-01 1`]);
    const [e] = await s.sql(`SELECT pairing_id FROM ledger_entry WHERE source = 'TALENT_POSTING' AND source_id = $1`, [
      p.person!.id,
    ]);
    expect(e.pairing_id).toBe(pairing.id);
  });

  it("a person with two overlapping postings in one year counts once", async () => {
    const first = await record({ startsOn: `${Y}-01-20`, plannedEndOn: `${Y}-08-31` });
    const second = await record({
      person: null,
      personId: first.person!.id,
      startsOn: `${Y}-05-01`,
      plannedEndOn: `${Y}-10-31`,
      kind: "TECHNICAL",
    });
    expect(second.person!.id).toBe(first.person!.id);
    expect(await held(first.person!.id)).toEqual([`PROFESSIONALS_SENT ${Y}-01-20 1`]);
    expect(await entries(first.person!.id)).toEqual([`+1 ${Y}-01-20`]);
  });

  it("a posting over three years counts once in each, from 1 January after the first", async () => {
    const p = await record({
      category: "CADRE",
      kind: "GUAZHI",
      startsOn: `${Y - 2}-07-15`,
      plannedEndOn: `${Y}-07-14`,
    });
    expect(await held(p.person!.id)).toEqual([
      `CADRES_SENT ${Y - 2}-07-15 1`,
      `CADRES_SENT ${Y - 1}-01-01 1`,
      `CADRES_SENT ${Y}-01-01 1`,
    ]);
  });

  it("shortening a posting removes the later years with −1 entries; moving its start re-dates the first year", async () => {
    const p = await record({
      category: "DOCTOR",
      kind: "MEDICAL",
      startsOn: `${Y - 2}-09-01`,
      plannedEndOn: `${Y}-08-31`,
    });
    const r = await s.gql(CHANGE, { i: { postingId: p.id, plannedEndOn: `${Y - 1}-06-30` } }, t.jiaozhou);
    expect(r.errors).toBeUndefined();
    expect(await held(p.person!.id)).toEqual([
      `PROFESSIONALS_SENT ${Y - 2}-09-01 1`,
      `PROFESSIONALS_SENT ${Y - 1}-01-01 1`,
    ]);
    expect(await entries(p.person!.id)).toEqual([
      `+1 ${Y - 2}-09-01`,
      `+1 ${Y - 1}-01-01`,
      `+1 ${Y}-01-01`,
      `-1 ${Y}-01-01`,
    ]);
    await s.gql(CHANGE, { i: { postingId: p.id, startsOn: `${Y - 2}-10-01` } }, t.jiaozhou);
    expect(await held(p.person!.id)).toEqual([
      `PROFESSIONALS_SENT ${Y - 2}-10-01 1`,
      `PROFESSIONALS_SENT ${Y - 1}-01-01 1`,
    ]);
    // A change of category moves the person between the two indicators.
    await s.gql(CHANGE, { i: { postingId: p.id, category: "CADRE" } }, t.jiaozhou);
    expect(await held(p.person!.id)).toEqual([`CADRES_SENT ${Y - 2}-10-01 1`, `CADRES_SENT ${Y - 1}-01-01 1`]);
  });

  it("an early end takes the later years out; a second early end is CONFLICT; withdrawal takes the rest", async () => {
    const p = await record({ startsOn: `${Y - 1}-09-01`, plannedEndOn: `${Y + 1}-07-31` });
    expect((await held(p.person!.id)).length).toBe(3);
    const ended = await s.gql(
      END,
      { i: { postingId: p.id, endedOn: `${Y - 1}-12-20`, reason: "因病提前返回" } },
      t.jiaozhou,
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.endTalentPosting).toMatchObject({
      endedOn: `${Y - 1}-12-20`,
      endsOn: `${Y - 1}-12-20`,
      status: "ENDED",
    });
    expect(await held(p.person!.id)).toEqual([`PROFESSIONALS_SENT ${Y - 1}-09-01 1`]);
    await refused(
      () => s.gql(END, { i: { postingId: p.id, endedOn: `${Y - 1}-12-01`, reason: "再次" } }, t.jiaozhou),
      "CONFLICT",
    );
    const w = await s.gql(WITHDRAW, { i: { postingId: p.id, reason: "误录" } }, t.jiaozhou);
    expect(w.data!.withdrawTalentPosting.status).toBe("WITHDRAWN");
    expect(await held(p.person!.id)).toEqual([]);
    await refused(
      () => s.gql(WITHDRAW, { i: { postingId: p.id, reason: "再次" } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "postingId",
    );
    // Withdrawn records leave the lists unless asked for.
    const list = await s.gql(LIST, { f: { search: p.person!.name }, n: 10 }, t.jiaozhou);
    expect(list.data!.talentPostings.totalCount).toBe(0);
    const all = await s.gql(LIST, { f: { search: p.person!.name, includeWithdrawn: true }, n: 10 }, t.jiaozhou);
    expect(all.data!.talentPostings.totalCount).toBe(1);
  });

  it("received people are shown beside, never in the ledger", async () => {
    const before = await s.gql(SUMMARY, { y: Y }, t.zhenning);
    const p = await record(
      {
        direction: "RECEIVED",
        category: "CADRE",
        kind: "GUAZHI",
        eastRegionId: region["370281"],
        countyId: null,
        sendingUnit: "镇宁县人民政府",
        receivingUnit: "胶州市发展和改革局",
        person: { name: "跟岗干部甲", institution: "镇宁县发展和改革局", phone: null },
      },
      "zhenning",
    );
    expect(p.county.code).toBe("520423");
    expect(await held(p.person!.id)).toEqual([]);
    const after = await s.gql(SUMMARY, { y: Y }, t.zhenning);
    expect(after.data!.talentSummary.cadresReceived).toBe(before.data!.talentSummary.cadresReceived + 1);
    expect(after.data!.talentSummary.cadresSent).toBe(before.data!.talentSummary.cadresSent);
  });

  it("the summary counts distinct people in post during the year, by category", async () => {
    const before = (await s.gql(SUMMARY, { y: Y }, t.jiaozhou)).data!.talentSummary;
    const a = await record({ category: "AGRI_TECH", kind: "TECHNICAL" });
    await record({
      person: null,
      personId: a.person!.id,
      category: "AGRI_TECH",
      kind: "TECHNICAL",
      startsOn: `${Y}-04-01`,
    });
    const after = (await s.gql(SUMMARY, { y: Y }, t.jiaozhou)).data!.talentSummary;
    expect(after.agriTechSent).toBe(before.agriTechSent + 1);
    expect(after.professionalsSent).toBe(before.professionalsSent + 1);
  });
});

describe("refusals write nothing", () => {
  it("bad input names the field and never echoes the value", async () => {
    await refused(
      () =>
        s.gql(
          RECORD,
          { i: input({ person: { name: "张三", institution: "胶州市人民医院", phone: "12345" } }) },
          t.jiaozhou,
        ),
      "BAD_USER_INPUT",
      "person.phone",
      "12345",
    );
    await refused(
      () => s.gql(RECORD, { i: input({ plannedEndOn: `${Y}-01-01`, startsOn: `${Y}-02-01` }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "plannedEndOn",
    );
    await refused(
      () => s.gql(RECORD, { i: input({ startsOn: `${Y + 1}-02-01`, plannedEndOn: `${Y + 1}-12-01` }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "startsOn",
    );
    await refused(
      () => s.gql(RECORD, { i: input({ plannedEndOn: `${Y + 7}-01-01` }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "plannedEndOn",
    );
    await refused(() => s.gql(RECORD, { i: input({ person: null }) }, t.jiaozhou), "BAD_USER_INPUT", "personId");
    await refused(
      () => s.gql(RECORD, { i: input({ sendingUnit: "   " }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "sendingUnit",
    );
    // Jiaozhou records for its own side only; Pingdu–Ningshan is no pairing (Ningshan is Jiaozhou's partner alone).
    await refused(
      () => s.gql(RECORD, { i: input({ eastRegionId: region["370200"] }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "eastRegionId",
    );
    await refused(
      () => s.gql(RECORD, { i: input({ eastRegionId: region["370283"], countyId: region["610923"] }) }, t.admin),
      "BAD_USER_INPUT",
      "countyId",
    );
    const p = await record();
    await refused(
      () => s.gql(END, { i: { postingId: p.id, endedOn: `${Y}-01-01`, reason: "x" } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "endedOn",
    );
    await refused(
      () => s.gql(CHANGE, { i: { postingId: p.id, startsOn: `${Y + 1}-01-01` } }, t.jiaozhou),
      "BAD_USER_INPUT",
      "startsOn",
    );
  });

  it("the same name at the same institution is picked, not recorded twice: CONFLICT", async () => {
    const p = await record();
    await refused(
      () =>
        s.gql(
          RECORD,
          { i: input({ person: { name: p.person!.name, institution: p.person!.institution } }) },
          t.jiaozhou,
        ),
      "CONFLICT",
      "person.name",
    );
  });

  it("roles and scope: FORBIDDEN for a county official's SENT record, another region's county, buyers and enterprises", async () => {
    await refused(() => s.gql(RECORD, { i: input({ countyId: null }) }, t.zhenning), "FORBIDDEN");
    await refused(() => s.gql(RECORD, { i: input() }, t.pingdu), "FORBIDDEN", "countyId");
    await refused(() => s.gql(RECORD, { i: input() }, t.buyer), "FORBIDDEN");
    await refused(() => s.gql(RECORD, { i: input() }, t.enterprise), "FORBIDDEN");
    const p = await record();
    // Visible to Zhenning's official but not writable (SENT); out of scope for the others.
    await refused(() => s.gql(CHANGE, { i: { postingId: p.id, roleTitle: "x" } }, t.zhenning), "FORBIDDEN");
    await refused(() => s.gql(CHANGE, { i: { postingId: p.id, roleTitle: "x" } }, t.huixian), "NOT_FOUND", "postingId");
    await refused(() => s.gql(WITHDRAW, { i: { postingId: p.id, reason: "x" } }, t.pingdu), "NOT_FOUND", "postingId");
  });
});

describe("who sees what", () => {
  let jz: Awaited<ReturnType<typeof record>>;
  let qd: Awaited<ReturnType<typeof record>>;
  beforeAll(async () => {
    jz = await record({
      person: { name: "范围甲", institution: "胶州市中心医院", phone: PHONES[0] },
      category: "DOCTOR",
      kind: "MEDICAL",
      plannedEndOn: `${Y + 1}-06-30`,
    });
    qd = await record(
      {
        person: { name: "范围乙", institution: "青岛市农业农村局", phone: PHONES[1] },
        category: "CADRE",
        kind: "GUAZHI",
        countyId: region["621227"],
        plannedEndOn: `${Y + 1}-06-30`,
      },
      "qingdao",
    );
  });
  const ids = async (who: string, f: Record<string, unknown> = {}) =>
    (await s.gql(LIST, { f: { search: "范围", ...f }, n: 50 }, t[who])).data?.talentPostings.nodes
      .map((n) => n.id)
      .sort();

  it("coordinators their east subtree's, county officials their county's, admins all", async () => {
    expect(await ids("admin")).toEqual([jz.id, qd.id].sort());
    expect(await ids("qingdao")).toEqual([jz.id, qd.id].sort());
    expect(await ids("jiaozhou")).toEqual([jz.id]);
    expect(await ids("pingdu")).toEqual([]);
    expect(await ids("zhenning")).toEqual([jz.id]);
    expect(await ids("huixian")).toEqual([qd.id]);
    for (const u of ["buyer", "enterprise"]) expect(codeOf(await s.gql(LIST, { n: 5 }, t[u]))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(ONE, { id: jz.id }, t.huixian))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(ONE, { id: jz.id }, t.pingdu))).toBe("NOT_FOUND");
    expect((await s.gql(ONE, { id: jz.id }, t.zhenning)).data!.talentPosting.id).toBe(jz.id);
  });

  it("filters: county, category, direction, in post on a day, ending soon", async () => {
    expect(await ids("admin", { countyId: region["621227"] })).toEqual([qd.id]);
    expect(await ids("admin", { category: "DOCTOR" })).toEqual([jz.id]);
    expect(await ids("admin", { direction: "RECEIVED" })).toEqual([]);
    expect(await ids("admin", { inPostOn: `${Y}-02-01` })).toEqual([]);
    expect(await ids("admin", { inPostOn: `${Y}-06-01` })).toEqual([jz.id, qd.id].sort());
    expect(await ids("admin", { year: Y - 1 })).toEqual([]);
    const soon = await record({
      person: { name: "范围丙", institution: "胶州市实验小学" },
      startsOn: `${Y - 1}-12-01`,
      plannedEndOn: today(),
    });
    expect(await ids("jiaozhou", { endingSoon: true })).toEqual([soon.id]);
    const listed = (await s.gql(LIST, { f: { endingSoon: true, search: "范围" }, n: 5 }, t.jiaozhou)).data!
      .talentPostings.nodes[0];
    expect(listed.endingSoon).toBe(true);
  });

  it("nested reads return no more than top-level ones (people and their postings)", async () => {
    for (const who of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian"]) {
      const top = new Set(await ids(who, { includeWithdrawn: true }));
      const people = (await s.gql(PEOPLE, { s: "范围", n: 50 }, t[who])).data!.talentPeople.nodes;
      const nested = people.flatMap((p) => p.postings.map((x) => x.id));
      expect(nested.every((id) => top.has(id))).toBe(true);
      expect(nested.length).toBe(top.size);
    }
  });

  it("the phone is masked for everyone; only the recording office reveals it (audited); never in the audit change", async () => {
    const shown = await s.gql(LIST, { f: { search: "范围" }, n: 50 }, t.admin);
    expect(JSON.stringify(shown)).not.toContain(PHONES[0]);
    expect(shown.data!.talentPostings.nodes.find((n) => n.id === jz.id)!.person!.phoneMasked).toBe("139****5678");
    const r = await s.gql(REVEAL, { id: jz.person!.id }, t.jiaozhou);
    expect(r.data!.revealTalentPersonPhone.phone).toBe(PHONES[0]);
    expect(codeOf(await s.gql(REVEAL, { id: jz.person!.id }, t.zhenning))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(REVEAL, { id: jz.person!.id }, t.huixian))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(REVEAL, { id: jz.person!.id }, t.buyer))).toBe("FORBIDDEN");
    const changed = await s.gql(CHANGE_PERSON, { i: { personId: jz.person!.id, phone: PHONES[2] } }, t.jiaozhou);
    expect(changed.data!.changeTalentPerson.phoneMasked).toBe("136****1111");
    expect(JSON.stringify(changed)).not.toContain(PHONES[2]);
    const audit = await s.sql(
      `SELECT action, change::text AS change FROM audit_entry WHERE entity_type IN ('TalentPerson', 'TalentPosting')`,
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "TALENT_POSTING_RECORDED",
        "TALENT_POSTING_CHANGED",
        "TALENT_POSTING_ENDED",
        "TALENT_POSTING_WITHDRAWN",
        "TALENT_PERSON_CHANGED",
        "TALENT_PERSON_PHONE_REVEALED",
      ]),
    );
    const text = JSON.stringify(audit);
    for (const phone of PHONES) expect(text).not.toContain(phone);
    expect(text).toContain("136****1111");
    for (const phone of PHONES) expect(s.logs().join("\n")).not.toContain(phone);
    const [row] = await s.sql(`SELECT phone_enc FROM talent_person WHERE id = $1`, [jz.person!.id]);
    expect(row.phone_enc).not.toContain(PHONES[2]);
  });

  it("the ledger names the entry by the masked person, for those who see them", async () => {
    const [pairing] = await s.sql(`SELECT pairing_id FROM talent_posting WHERE id = $1`, [jz.id]);
    const r = await s.gql(LEDGER, { p: pairing.pairing_id, src: "TALENT_POSTING" }, t.jiaozhou);
    const mine = r.data!.ledgerEntries.nodes.find((n) => n.sourceId === jz.person!.id)!;
    expect(mine.sourceLabel).toBe("范**");
  });

  describe("export (.xlsx)", () => {
    const download = (token: string | null, y: unknown = Y) =>
      fetch(`${s.url}/exports/talent.xlsx?year=${y}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const rows = async (token: string) => {
      const res = await download(token);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["按年汇总", "派驻名单"]);
      const out: string[][] = [];
      wb.getWorksheet("派驻名单")!.eachRow((row) =>
        out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))),
      );
      return out;
    };

    it("gives each role its scope only, without phones; 401 / 403 / 400 as other exports", async () => {
      const jzRows = await rows(t.jiaozhou);
      const names = jzRows.map((r) => r[0]);
      expect(names).toContain("范围甲");
      expect(names).not.toContain("范围乙");
      const qdNames = (await rows(t.qingdao)).map((r) => r[0]);
      expect(qdNames).toEqual(expect.arrayContaining(["范围甲", "范围乙"]));
      expect((await rows(t.huixian)).map((r) => r[0])).not.toContain("范围甲");
      expect((await rows(t.pingdu)).length).toBe(1);
      const text = JSON.stringify([jzRows, qdNames]);
      for (const phone of PHONES) expect(text).not.toContain(phone);
      expect(text).not.toContain("****");
      expect((await download(null)).status).toBe(401);
      expect((await download(t.buyer)).status).toBe(403);
      expect((await download(t.enterprise)).status).toBe(403);
      expect((await download(t.jiaozhou, "abc")).status).toBe(400);
    });
  });
});

describe("reconciliation", () => {
  it("the ledger per (pairing, indicator, year) equals the distinct people in post, recounted in SQL", async () => {
    // A mix: extra postings, a shortening, an early end and a withdrawal.
    const a = await record({
      category: "CADRE",
      kind: "GUAZHI",
      startsOn: `${Y - 2}-03-01`,
      plannedEndOn: `${Y}-02-28`,
    });
    await record({
      person: null,
      personId: a.person!.id,
      category: "CADRE",
      kind: "GUAZHI",
      startsOn: `${Y - 1}-05-01`,
      plannedEndOn: `${Y}-12-31`,
    });
    const b = await record({ category: "TEACHER", startsOn: `${Y - 1}-09-01`, plannedEndOn: `${Y}-07-31` });
    await s.gql(CHANGE, { i: { postingId: b.id, plannedEndOn: `${Y - 1}-12-31` } }, t.jiaozhou);
    const c = await record({
      category: "OTHER",
      kind: "OTHER",
      startsOn: `${Y - 1}-01-10`,
      plannedEndOn: `${Y + 1}-01-09`,
    });
    await s.gql(END, { i: { postingId: c.id, endedOn: `${Y}-01-05`, reason: "工作调动" } }, t.jiaozhou);
    const d = await record({ category: "DOCTOR", kind: "MEDICAL" });
    await s.gql(WITHDRAW, { i: { postingId: d.id, reason: "重复登记" } }, t.jiaozhou);
    await record({ category: "CADRE", kind: "GUAZHI", countyId: region["621227"] }, "qingdao");

    const ledger = await s.sql(`
      SELECT pairing_id, indicator, extract(year FROM occurred_on)::int AS year, SUM(amount)::int AS n
        FROM ledger_entry WHERE source = 'TALENT_POSTING' GROUP BY 1, 2, 3 HAVING SUM(amount) <> 0 ORDER BY 1, 2, 3`);
    // Independent recount: each person once per indicator and year, at the pairing of their earliest posting that year.
    const recount = await s.sql(`
      WITH y AS (
        SELECT t.person_id, t.pairing_id, t.starts_on,
               CASE t.category WHEN 'CADRE' THEN 'CADRES_SENT' ELSE 'PROFESSIONALS_SENT' END AS indicator, g.year
          FROM talent_posting t,
               generate_series(extract(year FROM t.starts_on)::int, extract(year FROM coalesce(t.ended_on, t.planned_end_on))::int) g(year)
         WHERE t.direction = 'SENT' AND t.withdrawn_at IS NULL),
      firsts AS (
        SELECT person_id, indicator, year, min(greatest(starts_on, make_date(year, 1, 1))) AS first_day FROM y GROUP BY 1, 2, 3),
      owner AS (
        SELECT DISTINCT ON (f.person_id, f.indicator, f.year) f.person_id, f.indicator, f.year, y.pairing_id
          FROM firsts f JOIN y USING (person_id, indicator, year)
         WHERE greatest(y.starts_on, make_date(y.year, 1, 1)) = f.first_day
         ORDER BY f.person_id, f.indicator, f.year, y.pairing_id)
      SELECT pairing_id, indicator, year, count(DISTINCT person_id)::int AS n FROM owner GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    expect(ledger).toEqual(recount);
    expect(ledger.length).toBeGreaterThan(3);
    expect(await s.sql(INVARIANTS.ledgerTalentPostings)).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerDaily)).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerMonthly)).toEqual([]);
    // Every entry is +1 or −1: people, never a sum written in one go.
    expect(await s.sql(`SELECT id FROM ledger_entry WHERE source = 'TALENT_POSTING' AND abs(amount) <> 1`)).toEqual([]);
  });
});

describe("concurrency", () => {
  it("concurrent changes of one person's postings keep the ledger exact (the person's row is locked)", async () => {
    const first = await record({ startsOn: `${Y - 2}-03-01`, plannedEndOn: `${Y - 2}-12-31` });
    const id = first.person!.id;
    const results = await Promise.all([
      ...[0, 1, 2, 3].map((i) =>
        s.gql(
          RECORD,
          {
            i: input({
              person: null,
              personId: id,
              startsOn: `${Y - 1 - (i % 2)}-0${i + 2}-01`,
              plannedEndOn: `${Y - (i % 2)}-06-30`,
            }),
          },
          t.jiaozhou,
        ),
      ),
      s.gql(CHANGE, { i: { postingId: first.id, plannedEndOn: `${Y - 1}-03-31` } }, t.jiaozhou),
    ]);
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await s.sql(INVARIANTS.ledgerTalentPostings)).toEqual([]);
    expect(await held(id)).toEqual([
      `PROFESSIONALS_SENT ${Y - 2}-03-01 1`,
      `PROFESSIONALS_SENT ${Y - 1}-01-01 1`,
      `PROFESSIONALS_SENT ${Y}-01-01 1`,
    ]);
  });
});

describe("demo data", () => {
  it("the Jiaozhou class: nine teachers a year at 镇宁县民族中学, two of them staying a second year", async () => {
    const rows = await s.sql(`
      SELECT extract(year FROM starts_on)::int AS year, count(*)::int AS n, count(DISTINCT person_id)::int AS people
        FROM talent_posting WHERE receiving_unit = '镇宁县民族中学' AND created_by IS NOT NULL
         AND starts_on BETWEEN '2018-01-01' AND '2020-12-31' AND sending_unit = '胶州市教育和体育局'
       GROUP BY 1 ORDER BY 1`);
    expect(rows).toEqual([
      { year: 2018, n: 9, people: 9 },
      { year: 2019, n: 9, people: 9 },
      { year: 2020, n: 9, people: 9 },
    ]);
    const [stayed] = await s.sql(`
      SELECT count(*)::int AS n FROM (SELECT person_id FROM talent_posting WHERE receiving_unit = '镇宁县民族中学'
        AND starts_on < '2021-01-01' GROUP BY 1 HAVING count(*) > 1) x`);
    expect(stayed.n).toBe(4);
  });
});
