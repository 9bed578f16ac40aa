import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { graphql } from "./gql";
import type { DonationListQuery, RecordDonationInput } from "./gql/graphql";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { fillTemplate } from "./imports-fixtures";

let s: TestServer;
const t: Record<string, string> = {};
let region: Record<string, string>;
let mask: string; // 馨思雅 (Jiaozhou)
let kangda: string; // 康大 (Qingdao)
let jzZhenning: string;
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  region = Object.fromEntries((await s.sql(`SELECT code, id FROM region`)).map((r) => [r.code, r.id]));
  const e = await s.sql(`SELECT id, name FROM enterprise`);
  mask = e.find((x) => x.name.includes("馨思雅")).id;
  kangda = e.find((x) => x.name.includes("康大")).id;
  jzZhenning = (
    await s.sql(
      `SELECT p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id WHERE e.code = '370281' AND w.code = '520423'`,
    )
  )[0].id;
});
afterAll(() => s?.close());

const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM donation)::int AS donations, (SELECT count(*) FROM donation_receipt)::int AS receipts,
      (SELECT count(*) FROM ledger_entry)::int AS ledger, (SELECT count(*) FROM audit_entry)::int AS audit`)
  )[0];
const expectNothingWritten = async (work: () => Promise<unknown>) => {
  const before = await counts();
  await work();
  expect(await counts()).toEqual(before);
};

/** Per pairing, the ledger's DONATION entries equal the donations (reversals included), to the fen. */
const reconcile = () =>
  s.sql(`
    WITH rec AS (SELECT pairing_id, SUM(amount)::bigint AS amount FROM donation GROUP BY 1),
         led AS (SELECT pairing_id, SUM(amount)::bigint AS amount FROM ledger_entry WHERE source = 'DONATION' AND indicator = 'SOCIAL_DONATIONS' GROUP BY 1)
    SELECT COALESCE(r.pairing_id, l.pairing_id) AS pairing_id, r.amount AS records, l.amount AS ledger
      FROM rec r FULL JOIN led l ON l.pairing_id = r.pairing_id
     WHERE COALESCE(r.amount, 0) <> COALESCE(l.amount, 0)`);

graphql(`
  fragment DonationTestFields on Donation {
    id
    kind
    donorKind
    donor
    donorName
    donorCount
    goodsDescription
    valuationBasis
    purpose
    emergency
    receivedOn
    receiptNo
    amount
    reversesId
    reason
    reversed
    county {
      code
    }
    eastRegion {
      code
    }
    pairing {
      name
    }
    enterprise {
      name
    }
  }
`);
const RECORD = graphql(`
  mutation DonationRecord($i: RecordDonationInput!) {
    recordDonation(input: $i) {
      ...DonationTestFields
    }
  }
`);
const REVERSE = graphql(`
  mutation DonationReverse($i: ReverseDonationInput!) {
    reverseDonation(input: $i) {
      ...DonationTestFields
    }
  }
`);
const LIST = graphql(`
  query DonationList($f: DonationFilter, $n: Int, $after: String) {
    donations(filter: $f, first: $n, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...DonationTestFields
        reversal {
          id
        }
      }
    }
  }
`);
const ONE = graphql(`
  query DonationOne($id: ID!) {
    donation(id: $id) {
      id
      amount
    }
  }
`);
const SUMMARY = graphql(`
  query DonationSummaryQ($f: DonationFilter) {
    donationSummary(filter: $f) {
      total
      count
      goods
      emergency
      byDonorKind {
        key
        label
        amount
        count
      }
      byCounty {
        key
        label
        amount
        count
      }
    }
  }
`);
const PROGRESS = graphql(`
  query DonationProgress($id: ID!, $y: Int!) {
    pairing(id: $id) {
      progress(year: $y) {
        indicator
        recorded
      }
    }
  }
`);
const LEDGER = graphql(`
  query DonationLedger($id: ID!, $y: Int!) {
    ledgerEntries(filter: { pairingId: $id, year: $y, indicator: SOCIAL_DONATIONS }, first: 100) {
      nodes {
        source
        sourceLabel
        amount
      }
    }
  }
`);

/** Every donation in the caller's scope for the filter, page by page. */
async function all(token: string, f: object = {}) {
  const out: DonationListQuery["donations"]["nodes"] = [];
  let after: string | null | undefined = null;
  for (;;) {
    const r = await s.gql(LIST, { f, n: 100, after }, token);
    expect(r.errors).toBeUndefined();
    const page: DonationListQuery["donations"] = r.data!.donations;
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

const base = (over: Partial<RecordDonationInput> = {}): RecordDonationInput => ({
  countyId: region["520423"],
  kind: "MONEY",
  donorKind: "ORGANISATION",
  donorName: "胶州市测试基金会",
  receivedOn: "2026-03-01",
  receiptNo: `T-${Math.random().toString(36).slice(2, 10)}`,
  amount: "1000.50",
  ...over,
});
const recorded = async (input: RecordDonationInput, token = t.jiaozhou) => {
  const r = await s.gql(RECORD, { i: input }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.recordDonation;
};
const recordedOf = async (y = 2026, id = jzZhenning) =>
  (await s.gql(PROGRESS, { id, y }, t.jiaozhou)).data!.pairing.progress.find((p) => p.indicator === "SOCIAL_DONATIONS")!
    .recorded;

describe("demo data", () => {
  it("Jiaozhou's donations add up to ¥42,950,000.00, of which ¥3,280,000.00 emergency aid in 2020", async () => {
    const all = (await s.gql(SUMMARY, {}, t.jiaozhou)).data!.donationSummary;
    expect(all.total).toBe("42950000.00");
    expect(all.emergency).toBe("3280000.00");
    const y2020 = (await s.gql(SUMMARY, { f: { year: 2020, emergencyOnly: true } }, t.jiaozhou)).data!.donationSummary;
    expect(y2020).toMatchObject({ total: "3280000.00", emergency: "3280000.00", count: 7 });
    expect(await reconcile()).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerDonations)).toEqual([]);
  });
});

describe("recording", () => {
  it("records money and goods, feeds SOCIAL_DONATIONS on the received date, audits", async () => {
    const before = Number(await recordedOf());
    const d = await recorded(base({ amount: "20000.00", purpose: "助学" }));
    expect(d).toMatchObject({
      kind: "MONEY",
      donor: "胶州市测试基金会",
      amount: "20000.00",
      reversed: false,
      county: { code: "520423" },
      eastRegion: { code: "370281" },
      pairing: { name: "胶州市—镇宁县" },
    });
    const g = await recorded(
      base({
        kind: "GOODS",
        donorKind: "ENTERPRISE",
        donorName: undefined,
        enterpriseId: mask,
        goodsDescription: "口罩 1 万只",
        valuationBasis: "出厂价",
        amount: "5000.00",
        emergency: "EPIDEMIC",
      }),
      t.zhenning,
    );
    expect(g).toMatchObject({
      donor: "馨思雅妇幼用品有限公司",
      enterprise: { name: "馨思雅妇幼用品有限公司" },
      emergency: "EPIDEMIC",
    });
    expect(Number(await recordedOf())).toBeCloseTo(before + 25000, 2);
    const ledger = await s.sql(
      `SELECT amount::bigint AS amount, occurred_on, source_document FROM ledger_entry WHERE source = 'DONATION' AND source_id = $1`,
      [g.id],
    );
    expect(ledger).toEqual([{ amount: 500000, occurred_on: "2026-03-01", source_document: g.receiptNo }]);
    const audit = await s.sql(
      `SELECT action, change FROM audit_entry WHERE entity_type = 'Donation' AND entity_id = $1`,
      [g.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "DONATION_RECORDED",
      change: { amount: "5000.00", donationKind: "GOODS" },
    });
    // The pairing page's ledger names the donation by its donor.
    const labels = (await s.gql(LEDGER, { id: jzZhenning, y: 2026 }, t.jiaozhou)).data!.ledgerEntries.nodes;
    expect(labels.map((l) => l.sourceLabel)).toContain("馨思雅妇幼用品有限公司");
  });

  it("an individual donation stores no personal data: no name, only a count; shown as 个人捐赠", async () => {
    const d = await recorded(base({ donorKind: "INDIVIDUAL", donorName: undefined, donorCount: 35 }));
    expect(d).toMatchObject({ donor: "个人捐赠", donorName: null, donorCount: 35 });
    const [row] = await s.sql(`SELECT * FROM donation WHERE id = $1`, [d.id]);
    expect(row.donor_name).toBeNull();
    expect(row.enterprise_id).toBeNull();
    expect(Object.keys(row).filter((k) => /phone|name|id_number/.test(k))).toEqual(["donor_name"]);
    const labels = (await s.gql(LEDGER, { id: jzZhenning, y: 2026 }, t.jiaozhou)).data!.ledgerEntries.nodes;
    expect(labels.map((l) => l.sourceLabel)).toContain("个人捐赠");
    // In English the same words in English: the label, and the ledger's note (a keyed system note).
    const en = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.jiaozhou}`, "x-locale": "en" },
      body: JSON.stringify({
        query: `query ($id: ID!) { donation(id: $id) { donor } ledgerEntries(filter: { pairingId: "${jzZhenning}", year: 2026, indicator: SOCIAL_DONATIONS }, first: 100) { nodes { sourceId sourceLabel note } } }`,
        variables: { id: d.id },
      }),
    }).then((r) => r.json());
    expect(en.data.donation.donor).toBe("Individual donors");
    const entry = en.data.ledgerEntries.nodes.find((n: { sourceId: string }) => n.sourceId === d.id);
    expect(entry).toMatchObject({ sourceLabel: "Individual donors", note: "donation: individual donors" });
    expect(JSON.stringify(entry)).not.toMatch(/个人/);
    await expectNothingWritten(async () => {
      const r = await s.gql(
        RECORD,
        { i: base({ donorKind: "INDIVIDUAL", donorName: "张三 13900000000" }) },
        t.jiaozhou,
      );
      expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "donorName" });
      expect(JSON.stringify(r.errors)).not.toContain("13900000000");
    });
  });

  it("refuses bad input naming the field, never echoing it, and writes nothing", async () => {
    const cases: [Partial<RecordDonationInput>, string][] = [
      [{ amount: "0" }, "amount"],
      [{ amount: "-5.00" }, "amount"],
      [{ receivedOn: "2999-01-01" }, "receivedOn"],
      [{ receiptNo: "   " }, "receiptNo"],
      [{ donorName: "  " }, "donorName"],
      [{ kind: "GOODS" }, "goodsDescription"],
      [{ kind: "GOODS", goodsDescription: "棉被" }, "valuationBasis"],
      [{ goodsDescription: "棉被" }, "goodsDescription"],
      [{ donorCount: 3 }, "donorCount"],
      [{ enterpriseId: mask }, "enterpriseId"],
      [{ countyId: region["370281"] }, "countyId"],
      [{ eastRegionId: region["520423"] }, "eastRegionId"],
    ];
    await expectNothingWritten(async () => {
      for (const [over, field] of cases) {
        const r = await s.gql(RECORD, { i: base(over) }, t.jiaozhou);
        expect({ over, e: r.errors?.[0]?.extensions }).toMatchObject({ over, e: { code: "BAD_USER_INPUT", field } });
      }
      const float = await s.gql(RECORD, { i: base({ amount: "12.345" }) }, t.jiaozhou);
      expect(codeOf(float)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(float.errors)).not.toContain("12.345");
    });
  });

  it("a receipt number once per pairing among donations not reversed; reversal frees it", async () => {
    const d = await recorded(base({ receiptNo: "DUP-001" }));
    await expectNothingWritten(async () => {
      const r = await s.gql(RECORD, { i: base({ receiptNo: "DUP-001", eastRegionId: region["370281"] }) }, t.zhenning);
      expect(r.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "receiptNo" });
    });
    // Another pairing may use the same number.
    await recorded(base({ receiptNo: "DUP-001", countyId: region["621227"] }));
    const rev = await s.gql(REVERSE, { i: { donationId: d.id, reason: "票据作废" } }, t.jiaozhou);
    expect(rev.errors).toBeUndefined();
    const again = await recorded(base({ receiptNo: "DUP-001", amount: "1100.50" }));
    expect(again.amount).toBe("1100.50");
    // Concurrent claims of one number: one wins.
    const many = await Promise.all(
      [1, 2, 3, 4].map(() => s.gql(RECORD, { i: base({ receiptNo: "RACE-1" }) }, t.jiaozhou)),
    );
    expect(many.filter((r) => !r.errors)).toHaveLength(1);
    expect(many.filter((r) => r.errors).map(codeOf)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
  });
});

describe("reversal", () => {
  it("reverses once with a negative row, a reason and a correcting entry; not twice, not a reversal", async () => {
    const d = await recorded(base({ amount: "300.00", receivedOn: "2025-06-01" }));
    const before2025 = Number(await recordedOf(2025));
    const r = await s.gql(REVERSE, { i: { donationId: d.id, reason: "重复登记" } }, t.zhenning);
    expect(r.errors).toBeUndefined();
    const rev = r.data!.reverseDonation;
    expect(rev).toMatchObject({ amount: "-300.00", reversesId: d.id, reason: "重复登记", receivedOn: "2025-06-01" });
    expect(Number(await recordedOf(2025))).toBeCloseTo(before2025 - 300, 2);
    const [entry] = await s.sql(
      `SELECT e.amount::bigint AS amount, o.source_id AS corrects FROM ledger_entry e JOIN ledger_entry o ON o.id = e.corrects_id WHERE e.source = 'DONATION' AND e.source_id = $1`,
      [rev.id],
    );
    expect(entry).toEqual({ amount: -30000, corrects: d.id });
    await expectNothingWritten(async () => {
      expect(
        (await s.gql(REVERSE, { i: { donationId: d.id, reason: "再冲" } }, t.jiaozhou)).errors![0].extensions,
      ).toMatchObject({
        code: "CONFLICT",
      });
      expect(
        (await s.gql(REVERSE, { i: { donationId: rev.id, reason: "冲正的冲正" } }, t.jiaozhou)).errors![0].extensions,
      ).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "donationId",
      });
      expect(
        (await s.gql(REVERSE, { i: { donationId: d.id, reason: " " } }, t.admin)).errors![0].extensions,
      ).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "reason",
      });
      expect(codeOf(await s.gql(REVERSE, { i: { donationId: d.id, reason: "x" } }, t.pingdu))).toBe("NOT_FOUND");
      expect(codeOf(await s.gql(REVERSE, { i: { donationId: d.id, reason: "x" } }, t.huixian))).toBe("NOT_FOUND");
      expect(codeOf(await s.gql(REVERSE, { i: { donationId: d.id, reason: "x" } }, t.buyer))).toBe("FORBIDDEN");
      expect(
        codeOf(
          await s.gql(REVERSE, { i: { donationId: "00000000-0000-4000-8000-000000000000", reason: "x" } }, t.admin),
        ),
      ).toBe("NOT_FOUND");
    });
    const audit = await s.sql(
      `SELECT action FROM audit_entry WHERE entity_type = 'Donation' AND entity_id = $1 ORDER BY at`,
      [d.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["DONATION_RECORDED", "DONATION_REVERSED"]);
    await expect(s.sql(`UPDATE donation SET amount = 1 WHERE id = $1`, [d.id])).rejects.toThrow(/append-only/);
    // Concurrent reversals of one donation: one wins.
    const c = await recorded(base());
    const many = await Promise.all(
      [1, 2, 3, 4].map(() => s.gql(REVERSE, { i: { donationId: c.id, reason: "并发" } }, t.jiaozhou)),
    );
    expect(many.filter((x) => !x.errors)).toHaveLength(1);
    const [{ n }] = await s.sql(`SELECT count(*)::int AS n FROM donation WHERE reverses_id = $1`, [c.id]);
    expect(n).toBe(1);
  });
});

describe("scope", () => {
  it("records only within reach: other counties, other regions, buyers and enterprises refused, nothing written", async () => {
    await expectNothingWritten(async () => {
      // huixian records only for 徽县.
      expect(codeOf(await s.gql(RECORD, { i: base() }, t.huixian))).toBe("FORBIDDEN");
      // pingdu is paired with none of Jiaozhou's counties.
      expect(codeOf(await s.gql(RECORD, { i: base() }, t.pingdu))).toBe("FORBIDDEN");
      // jiaozhou may not name a Qingdao enterprise (not in its scope).
      expect(
        (
          await s.gql(
            RECORD,
            { i: base({ donorKind: "ENTERPRISE", donorName: undefined, enterpriseId: kangda }) },
            t.jiaozhou,
          )
        ).errors![0].extensions,
      ).toMatchObject({
        code: "NOT_FOUND",
        field: "enterpriseId",
      });
      expect(codeOf(await s.gql(RECORD, { i: base() }, t.buyer))).toBe("FORBIDDEN");
      expect(codeOf(await s.gql(RECORD, { i: base() }, t.enterprise))).toBe("FORBIDDEN");
      // A county official must name the donor side.
      expect(
        (await s.gql(RECORD, { i: base({ countyId: undefined }) }, t.zhenning)).errors![0].extensions,
      ).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "eastRegionId",
      });
    });
  });

  it("reads per role: qingdao ⊇ jiaozhou, a county its own, pingdu none of these, buyer/enterprise refused", async () => {
    const ids = async (token: string) => new Set((await all(token)).map((d) => d.id));
    const [admin, qingdao, jiaozhou, pingdu, zhenning, huixian] = await Promise.all(
      ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian"].map((u) => ids(t[u])),
    );
    expect(jiaozhou.size).toBeGreaterThan(30);
    for (const id of jiaozhou) expect(qingdao.has(id)).toBe(true);
    for (const id of qingdao) expect(admin.has(id)).toBe(true);
    expect(pingdu.size).toBe(0);
    const countyOf = async (token: string) => new Set((await all(token)).map((d) => d.county.code));
    expect([...(await countyOf(t.zhenning))]).toEqual(["520423"]);
    expect([...(await countyOf(t.huixian))]).toEqual(["621227"]);
    expect(zhenning.size + huixian.size).toBeLessThan(jiaozhou.size);
    const one = [...zhenning][0];
    expect((await s.gql(ONE, { id: one }, t.zhenning)).data!.donation.id).toBe(one);
    expect(codeOf(await s.gql(ONE, { id: one }, t.huixian))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(ONE, { id: one }, t.pingdu))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(LIST, {}, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(LIST, {}, t.enterprise))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(SUMMARY, {}, t.enterprise))).toBe("FORBIDDEN");
    // The county official's summary is its county's only.
    const z = (await s.gql(SUMMARY, {}, t.zhenning)).data!.donationSummary;
    expect(z.byCounty.map((r) => r.label)).toEqual(["镇宁县"]);
  });

  it("nested reads return no more than top-level reads (reversal, reverses, enterprise, pairing)", async () => {
    const nodes = await all(t.huixian);
    const top = new Set(nodes.map((d) => d.id));
    for (const d of nodes) {
      if (d.reversal) expect(top.has(d.reversal.id)).toBe(true);
      if (d.reversesId) expect(top.has(d.reversesId)).toBe(true);
    }
    // 镇宁's official does not see 青岛–安顺 as a pairing of its own, only its county's ones.
    const z = await all(t.zhenning);
    expect(z.every((d) => d.pairing === null || d.pairing.name.endsWith("镇宁县"))).toBe(true);
  });
});

describe("lists, summary, export", () => {
  it("filters by year, county, donor kind, kind, emergency and text", async () => {
    const list = (f: object) => all(t.jiaozhou, f);
    expect(
      (await list({ year: 2020, emergency: "EPIDEMIC" })).every(
        (d) => d.emergency === "EPIDEMIC" && d.receivedOn.startsWith("2020"),
      ),
    ).toBe(true);
    expect((await list({ countyId: region["653225"] })).every((d) => d.county.code === "653225")).toBe(true);
    expect((await list({ donorKind: "INDIVIDUAL" })).every((d) => d.donor === "个人捐赠")).toBe(true);
    expect((await list({ kind: "GOODS" })).every((d) => d.kind === "GOODS" && d.goodsDescription)).toBe(true);
    expect((await list({ search: "慈善总会" })).length).toBeGreaterThan(3);
    expect((await list({ search: "个人捐赠" })).every((d) => d.donorKind === "INDIVIDUAL")).toBe(true);
    const standing = await list({ excludeReversed: true });
    expect(standing.every((d) => !d.reversed && !d.reversesId)).toBe(true);
    expect((await s.gql(LIST, { f: { year: 1999 } }, t.jiaozhou)).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "year",
    });
  });

  it("the summary's parts add up to its total, net of reversals", async () => {
    const sum = (await s.gql(SUMMARY, {}, t.qingdao)).data!.donationSummary;
    const fen = (x: string) => Math.round(Number(x) * 100);
    expect(sum.byDonorKind.reduce((a, r) => a + fen(r.amount), 0)).toBe(fen(sum.total));
    expect(sum.byCounty.reduce((a, r) => a + fen(r.amount), 0)).toBe(fen(sum.total));
    const [{ total }] = await s.sql(`SELECT SUM(amount)::bigint AS total FROM donation`);
    expect(fen(sum.total)).toBe(Number(total));
  });

  it("exports .xlsx in scope with the API's auth", async () => {
    const download = (token: string | null, y: unknown = 2020) =>
      fetch(`${s.url}/exports/donations.xlsx?year=${y}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    expect((await download(null)).status).toBe(401);
    expect((await download(t.buyer)).status).toBe(403);
    expect((await download(t.enterprise)).status).toBe(403);
    expect((await download(t.jiaozhou, "20x0")).status).toBe(400);
    const rowsOf = async (token: string) => {
      const res = await download(token);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["捐赠明细", "按受援县", "按捐赠方"]);
      return wb.getWorksheet("捐赠明细")!.rowCount - 1;
    };
    const count = async (token: string) =>
      (await s.gql(LIST, { f: { year: 2020 }, n: 1 }, token)).data!.donations.totalCount;
    expect(await rowsOf(t.jiaozhou)).toBe(await count(t.jiaozhou));
    expect(await rowsOf(t.zhenning)).toBe(await count(t.zhenning));
    expect(await rowsOf(t.zhenning)).toBeLessThan(await rowsOf(t.jiaozhou));
    expect(await rowsOf(t.pingdu)).toBe(0);
  });
});

describe("reconciliation", () => {
  it("after records and reversals the ledger equals the donations per pairing, to the fen", async () => {
    const a = await recorded(base({ amount: "0.01" }));
    const b = await recorded(base({ amount: "99999.99", countyId: region["621227"] }), t.jiaozhou);
    await s.gql(REVERSE, { i: { donationId: a.id, reason: "测试" } }, t.admin);
    await s.gql(REVERSE, { i: { donationId: b.id, reason: "测试" } }, t.huixian);
    await recorded(base({ amount: "12.34", receiptNo: a.receiptNo }));
    expect(await reconcile()).toEqual([]);
    expect(await s.sql(INVARIANTS.ledgerDonations)).toEqual([]);
    const [{ d, l }] = await s.sql(
      `SELECT (SELECT SUM(amount) FROM donation)::bigint AS d, (SELECT SUM(amount) FROM ledger_entry WHERE source = 'DONATION')::bigint AS l`,
    );
    expect(d).toBe(l);
  });
});

describe("spreadsheet import (批量导入 社会帮扶资金)", () => {
  const COMMIT = graphql(`
    mutation DonationsImportCommit($id: ID!, $mode: ImportMode!) {
      commitImport(batchId: $id, mode: $mode) {
        status
        written
        unchanged
        skipped
      }
    }
  `);
  const upload = async (token: string, body: Buffer) => {
    const res = await fetch(`${s.url}/imports/donations?fileName=${encodeURIComponent("捐赠.xlsx")}`, {
      method: "POST",
      body: new Uint8Array(body),
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        authorization: `Bearer ${token}`,
      },
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        batchId: string;
        rows: number;
        valid: number;
        unchanged: number;
        problems: { row: number; column: string; reason: string }[];
      },
    };
  };

  it("checks each row with the API's rules, writes through the service, and again changes nothing", async () => {
    const res = await fetch(`${s.url}/imports/donations/template`, {
      headers: { authorization: `Bearer ${t.jiaozhou}` },
    });
    expect(res.status).toBe(200);
    const tpl = Buffer.from(await res.arrayBuffer());
    const line = (over: Record<string, string> = {}) => ({
      受援县代码: "520423",
      捐赠方类型: "社会组织",
      捐赠方名称: "胶州市导入测试基金会",
      类别: "捐款",
      金额: "1234.56",
      到账日期: "2024-06-01",
      捐赠票据号: `IMP-${Math.random().toString(36).slice(2, 8)}`,
      ...over,
    });
    const rows = [
      line(),
      line({ 捐赠方类型: "个人", 捐赠方名称: "", 捐赠人数: "12", 捐赠票据号: "IMP-IND-1" }),
      line({
        类别: "捐物折款",
        捐赠物资: "棉被 100 床",
        折价依据: "采购发票",
        应急援助: "灾情",
        捐赠票据号: "IMP-GOODS-1",
      }),
      line({ 捐赠方类型: "个人", 捐赠方名称: "张三" }),
      line({ 类别: "捐物折款" }),
      line({ 受援县代码: "370281" }),
      line({ 到账日期: "2099-01-01" }),
      line({ 捐赠票据号: "IMP-IND-1", 捐赠方类型: "个人", 捐赠方名称: "" }),
    ];
    const file = await fillTemplate(tpl, rows);
    const before = await counts();
    const r = await upload(t.jiaozhou, file);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ rows: 8, valid: 3, unchanged: 0 });
    expect(r.body.problems.map((p) => [p.row, p.column])).toEqual([
      [5, "捐赠方名称"],
      [6, "捐赠物资"],
      [7, "受援县代码"],
      [8, "到账日期"],
      [9, "捐赠票据号"],
    ]);
    expect(JSON.stringify(r.body.problems)).not.toContain("张三");
    expect((await counts()).donations).toBe(before.donations);
    const c = await s.gql(COMMIT, { id: r.body.batchId, mode: "VALID_ROWS" }, t.jiaozhou);
    expect(c.data?.commitImport).toMatchObject({ status: "COMMITTED", written: 3, skipped: 5 });
    expect((await counts()).donations).toBe(before.donations + 3);
    const [ind] = await s.sql(`SELECT donor_name, donor_count FROM donation WHERE receipt_no = 'IMP-IND-1'`);
    expect(ind).toEqual({ donor_name: null, donor_count: 12 });
    const again = await upload(t.jiaozhou, file);
    expect(again.body).toMatchObject({ valid: 3, unchanged: 3 });
    const c2 = await s.gql(COMMIT, { id: again.body.batchId, mode: "VALID_ROWS" }, t.jiaozhou);
    expect(c2.data?.commitImport).toMatchObject({ written: 0, unchanged: 3 });
    expect((await counts()).donations).toBe(before.donations + 3);
    // Another amount under a recorded receipt is refused; buyers may not import.
    const changed = await upload(
      t.jiaozhou,
      await fillTemplate(tpl, [line({ 捐赠票据号: "IMP-GOODS-1", 金额: "1.00" })]),
    );
    expect(changed.body.problems).toHaveLength(1);
    expect(changed.body.problems[0]).toMatchObject({
      row: 2,
      column: "捐赠票据号",
      reason: expect.stringContaining("冲正"),
    });
    expect((await upload(t.buyer, file)).status).toBe(403);
    expect(await reconcile()).toEqual([]);
  });
});
