import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { codeOf, startTestServer, type TestServer } from "./harness";

/**
 * Issue 13, 佐证材料 on every kind of record: the record's own module says who may see and attach
 * to it (a buyer its own sub-orders, a county official its county's records, coordinators review in
 * scope); a record's verified file covers the ledger entries it wrote; a review may be undone.
 */
let s: TestServer;
const t: Record<string, string> = {};
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

const FILES = graphql(`
  query EvidenceRecordFiles($k: EvidenceRecordType!, $id: ID!) {
    evidenceFiles(recordType: $k, recordId: $id) {
      id
      recordType
      recordId
      purpose
      fileName
      status
    }
  }
`);
const VERIFY = graphql(`
  mutation EvidenceRecordVerify($id: ID!) {
    verifyEvidence(id: $id) {
      id
      status
    }
  }
`);
const REJECT = graphql(`
  mutation EvidenceRecordReject($id: ID!, $reason: String!) {
    rejectEvidence(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
const REOPEN = graphql(`
  mutation EvidenceRecordReopen($id: ID!, $reason: String!) {
    reopenEvidence(id: $id, reason: $reason) {
      id
      status
      reviewedAt
      rejectReason
    }
  }
`);
const COVERAGE = graphql(`
  query EvidenceRecordCoverage($p: ID!, $y: Int!) {
    evidenceCoverage(pairingId: $p, year: $y, first: 100) {
      indicator
      covered
      missing {
        amount
        entry {
          id
        }
      }
    }
  }
`);

/** Records of each kind: in 镇宁 (zhenning's county) and, where the refusals need one, in 徽县. */
const rec: Record<string, string> = {};
/** The county officials of the buyer's sub-order's supplier county, and of another county. */
let ownCounty = "";
let otherCounty = "";
const ZHENNING = "520423";
const HUIXIAN = "621227";

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  const one = async (sql: string, params: unknown[] = []) => {
    const rows = await s.sql(sql, params);
    expect(rows.length, sql).toBeGreaterThan(0);
    return rows[0].id as string;
  };
  const inCounty = (table: string, code: string, col = "county_id") =>
    one(`SELECT x.id FROM ${table} x JOIN region r ON r.id = x.${col} WHERE r.code = $1 ORDER BY x.id LIMIT 1`, [code]);
  const buyerId = (await s.sql(`SELECT buyer_id FROM app_user WHERE username = 'buyer'`))[0].buyer_id;
  rec.mySub = await one(`SELECT id FROM sub_order WHERE buyer_id = $1 AND status = 'RECEIVED' ORDER BY id LIMIT 1`, [
    buyerId,
  ]);
  const [{ code }] = await s.sql(
    `SELECT r.code FROM sub_order s JOIN region r ON r.id = s.west_county_id WHERE s.id = $1`,
    [rec.mySub],
  );
  expect([ZHENNING, HUIXIAN]).toContain(code);
  [ownCounty, otherCounty] = code === ZHENNING ? ["zhenning", "huixian"] : ["huixian", "zhenning"];
  rec.otherSub = await one(`SELECT id FROM sub_order WHERE buyer_id <> $1 ORDER BY id LIMIT 1`, [buyerId]);
  rec.placement = await inCounty("placement", ZHENNING);
  rec.placementH = await inCounty("placement", HUIXIAN);
  rec.training = await inCounty("training_session", ZHENNING);
  rec.donation = await inCounty("donation", ZHENNING);
  rec.unitPair = await inCounty("unit_pair", ZHENNING);
  rec.project = await inCounty("investment_project", ZHENNING);
  rec.fiscal = await one(
    `SELECT t.id FROM fiscal_transaction t JOIN fiscal_project f ON f.id = t.project_id JOIN region r ON r.id = f.county_id
      WHERE r.code = $1 ORDER BY t.id LIMIT 1`,
    [ZHENNING],
  );
  // A tranche whose FUND_TRANCHE entry is an original no other entry corrects (so its figure is its own amount).
  rec.tranche = await one(
    `SELECT t.id FROM fund_tranche t JOIN investment_project p ON p.id = t.project_id JOIN region r ON r.id = p.county_id
       JOIN ledger_entry l ON l.source = 'FUND_TRANCHE' AND l.source_id = t.id::text AND l.corrects_id IS NULL
      WHERE r.code = $1 AND NOT EXISTS (SELECT 1 FROM ledger_entry c WHERE c.corrects_id = l.id)
      ORDER BY t.id LIMIT 1`,
    [ZHENNING],
  );
}, 120_000);
afterAll(() => s?.close());

const upload = async (token: string, q: Record<string, string>, fileName: string, body: Buffer) => {
  const qs = new URLSearchParams({ ...q, fileName });
  const res = await fetch(`${s.url}/uploads/evidence?${qs}`, {
    method: "POST",
    body: new Uint8Array(body),
    headers: { "content-type": "application/octet-stream", authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: (await res.json()) as any };
};
const download = (id: string, token: string) =>
  fetch(`${s.url}/evidence/${id}`, { headers: { authorization: `Bearer ${token}` } });
const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM evidence_file)::int AS f, (SELECT count(*) FROM audit_entry)::int AS a`)
  )[0];
const ids: Record<string, string> = {};

describe("upload to every kind of record", () => {
  it("a county official attaches to its county's records of each kind; a buyer its sub-order's invoice; audited", async () => {
    const kinds: [string, string][] = [
      ["PLACEMENT", rec.placement],
      ["TRAINING", rec.training],
      ["DONATION", rec.donation],
      ["UNIT_PAIR", rec.unitPair],
      ["PROJECT_STAGE", rec.project],
      ["FISCAL_TRANSACTION", rec.fiscal],
      ["FUND_TRANCHE", rec.tranche],
    ];
    for (const [recordType, recordId] of kinds) {
      const r = await upload(t.zhenning, { recordType, recordId }, `${recordType}.pdf`, PDF);
      expect(r.status, recordType).toBe(201);
      expect(r.body).toMatchObject({ recordType, recordId, purpose: null, mime: "application/pdf", status: "PENDING" });
      ids[recordType] = r.body.id;
    }
    const inv = await upload(
      t.buyer,
      { recordType: "SUB_ORDER", recordId: rec.mySub, purpose: "INVOICE" },
      "发票.png",
      PNG,
    );
    expect(inv.status).toBe(201);
    expect(inv.body).toMatchObject({ recordType: "SUB_ORDER", purpose: "INVOICE", mime: "image/png" });
    ids.invoice = inv.body.id;
    const [audit] = await s.sql(
      `SELECT action, change FROM audit_entry WHERE entity_type = 'EvidenceFile' AND entity_id = $1`,
      [ids.invoice],
    );
    expect(audit.action).toBe("EVIDENCE_UPLOADED");
    expect(audit.change).toMatchObject({ recordType: "SUB_ORDER", recordId: rec.mySub, purpose: "INVOICE" });

    const mine = await s.gql(FILES, { k: "SUB_ORDER", id: rec.mySub }, t.buyer);
    expect(mine.data!.evidenceFiles.map((f) => [f.fileName, f.purpose])).toEqual([["发票.png", "INVOICE"]]);
    expect((await download(ids.invoice, t.buyer)).status).toBe(200);
  });

  it("refused, nothing written: another buyer's order, another county's record, wrong role, purpose, bytes, kind", async () => {
    const before = await counts();
    const cases: [string, Record<string, string>, string, Buffer, number, string?][] = [
      ["buyer", { recordType: "SUB_ORDER", recordId: rec.otherSub, purpose: "INVOICE" }, "a.pdf", PDF, 404, "recordId"],
      ["buyer", { recordType: "PLACEMENT", recordId: rec.placement }, "a.pdf", PDF, 403],
      ["enterprise", { recordType: "PROJECT_STAGE", recordId: rec.project }, "a.pdf", PDF, 403],
      ["huixian", { recordType: "PLACEMENT", recordId: rec.placement }, "a.pdf", PDF, 404, "recordId"],
      ["zhenning", { recordType: "PLACEMENT", recordId: rec.placementH }, "a.pdf", PDF, 404, "recordId"],
      ["buyer", { recordType: "SUB_ORDER", recordId: rec.mySub }, "a.pdf", PDF, 400, "purpose"],
      ["buyer", { recordType: "SUB_ORDER", recordId: rec.mySub, purpose: "RECEIPT" }, "a.pdf", PDF, 400, "purpose"],
      [
        "zhenning",
        { recordType: "PLACEMENT", recordId: rec.placement, purpose: "INVOICE" },
        "a.pdf",
        PDF,
        400,
        "purpose",
      ],
      ["zhenning", { recordType: "WORKER", recordId: rec.placement }, "a.pdf", PDF, 400, "recordType"],
      ["zhenning", { recordType: "PLACEMENT", recordId: rec.placement }, "合同.pdf", PNG, 400, "file"],
      [
        "buyer",
        { recordType: "SUB_ORDER", recordId: rec.mySub, purpose: "INSPECTION" },
        "a.exe",
        Buffer.from("MZ..."),
        400,
        "file",
      ],
    ];
    for (const [who, q, name, body, status, field] of cases) {
      const r = await upload(t[who], q, name, body);
      expect(r.status, `${who} ${JSON.stringify(q)}`).toBe(status);
      if (field) expect(r.body.errors[0].extensions.field).toBe(field);
    }
    expect(await counts()).toEqual(before);
  });

  it("reads are scoped by the record's module: another county, another buyer, employers see nothing", async () => {
    for (const who of ["huixian", "buyer", "enterprise"]) {
      const r = await s.gql(FILES, { k: "PLACEMENT", id: rec.placement }, t[who]);
      if (who === "enterprise") expect(codeOf(r)).toBe("FORBIDDEN");
      else expect(r.data!.evidenceFiles).toEqual([]);
      expect((await download(ids.PLACEMENT, t[who])).status).toBe(404);
    }
    expect((await s.gql(FILES, { k: "PLACEMENT", id: rec.placement }, t.jiaozhou)).data!.evidenceFiles).toHaveLength(1);
    // A nested read is never more than the top level: the buyer's own sub-order shows only its files.
    expect((await s.gql(FILES, { k: "SUB_ORDER", id: rec.otherSub }, t.buyer)).data!.evidenceFiles).toEqual([]);
    expect((await download(ids.PLACEMENT, t.buyer)).status).toBe(404);
    expect((await download(ids.invoice, t.jiaozhou)).status).toBe(200);
    expect((await download(ids.invoice, t[ownCounty])).status).toBe(200);
    expect((await download(ids.invoice, t[otherCounty])).status).toBe(404);
  });
});

describe("review and undoing it", () => {
  it("jiaozhou verifies the buyer's invoice; the supplier's county official and the buyer may not; another county does not find it", async () => {
    const before = await counts();
    expect(codeOf(await s.gql(VERIFY, { id: ids.invoice }, t[ownCounty]))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(VERIFY, { id: ids.invoice }, t[otherCounty]))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(VERIFY, { id: ids.invoice }, t.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(VERIFY, { id: ids.PLACEMENT }, t.huixian))).toBe("NOT_FOUND");
    expect(await counts()).toEqual(before);
    const v = await s.gql(VERIFY, { id: ids.invoice }, t.jiaozhou);
    expect(v.errors).toBeUndefined();
    expect(v.data!.verifyEvidence.status).toBe("VERIFIED");
  });

  it("reopen: a reason is needed, a pending file is a CONFLICT, county officials FORBIDDEN; audited with before and after", async () => {
    const before = await counts();
    expect(codeOf(await s.gql(REOPEN, { id: ids.invoice, reason: "  " }, t.jiaozhou))).toBe("BAD_USER_INPUT");
    expect(codeOf(await s.gql(REOPEN, { id: ids.invoice, reason: "错票" }, t[ownCounty]))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(REOPEN, { id: ids.TRAINING, reason: "错票" }, t.jiaozhou))).toBe("CONFLICT");
    expect(await counts()).toEqual(before);

    const r = await s.gql(REOPEN, { id: ids.invoice, reason: "发票抬头与订单不符" }, t.jiaozhou);
    expect(r.errors).toBeUndefined();
    expect(r.data!.reopenEvidence).toMatchObject({ status: "PENDING", reviewedAt: null, rejectReason: null });
    const [audit] = await s.sql(
      `SELECT action, change FROM audit_entry WHERE entity_id = $1 AND action = 'EVIDENCE_REOPENED'`,
      [ids.invoice],
    );
    expect(audit.change).toMatchObject({
      recordType: "SUB_ORDER",
      status: { before: "VERIFIED", after: "PENDING" },
      reason: "发票抬头与订单不符",
    });
    // A rejection undone the same way, and the file may then be reviewed again.
    expect((await s.gql(REJECT, { id: ids.invoice, reason: "看不清" }, t.jiaozhou)).data!.rejectEvidence.status).toBe(
      "REJECTED",
    );
    const back = await s.gql(REOPEN, { id: ids.invoice, reason: "已补清晰件" }, t.jiaozhou);
    expect(back.data!.reopenEvidence).toMatchObject({ status: "PENDING", rejectReason: null });
    expect((await s.gql(VERIFY, { id: ids.invoice }, t.jiaozhou)).data!.verifyEvidence.status).toBe("VERIFIED");
  });
});

describe("coverage", () => {
  it("a tranche's verified file covers its FUND_TRANCHE entry, exactly; reopening takes it back", async () => {
    const [entry] = await s.sql(
      `SELECT id, pairing_id, indicator, extract(year FROM occurred_on)::int AS y FROM ledger_entry
        WHERE source = 'FUND_TRANCHE' AND source_id = $1`,
      [rec.tranche],
    );
    const read = async () => {
      const r = await s.gql(COVERAGE, { p: entry.pairing_id, y: entry.y }, t.admin);
      expect(r.errors).toBeUndefined();
      return r.data!.evidenceCoverage.find((c) => c.indicator === entry.indicator)!;
    };
    const before = await read();
    const gap = before.missing.find((m) => m.entry.id === entry.id);
    expect(gap).toBeDefined();
    const places = (before.covered.split(".")[1] ?? "").length;
    const cents = (x: string) => Math.round(Number(x) * 10 ** places);

    expect((await s.gql(VERIFY, { id: ids.FUND_TRANCHE }, t.admin)).data!.verifyEvidence.status).toBe("VERIFIED");
    const after = await read();
    expect(cents(after.covered) - cents(before.covered)).toBe(cents(gap!.amount));
    expect(after.missing.some((m) => m.entry.id === entry.id)).toBe(false);

    await s.gql(REOPEN, { id: ids.FUND_TRANCHE, reason: "回单金额不符" }, t.admin);
    expect(await read()).toEqual(before);
  });

  it("a placement's file is not coverage until verified, and covers only its own entries", async () => {
    const [entry] = await s.sql(
      `SELECT pairing_id, extract(year FROM occurred_on)::int AS y FROM ledger_entry WHERE source = 'PLACEMENT' AND source_id = $1 LIMIT 1`,
      [rec.placement],
    );
    if (!entry) return; // a placement not (yet) employed wrote no entry
    const r = await s.gql(COVERAGE, { p: entry.pairing_id, y: entry.y }, t.admin);
    const before = JSON.stringify(r.data);
    await s.gql(REJECT, { id: ids.PLACEMENT, reason: "缺少劳动合同签字页" }, t.admin);
    expect(JSON.stringify((await s.gql(COVERAGE, { p: entry.pairing_id, y: entry.y }, t.admin)).data)).toBe(before);
  });
});
