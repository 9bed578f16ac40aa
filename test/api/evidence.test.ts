import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { codeOf, startTestServer, type TestServer } from "./harness";

/**
 * Issue 13, "Evidence" (佐证材料), on ledger entries: upload (type sniffed from the bytes and agreeing
 * with the name, 10 MB, sha256 kept), download only to those who may read the entry's pairing,
 * verify / reject by coordinators in scope and admins (audited), and coverage per indicator.
 */
let s: TestServer;
const t: Record<string, string> = {};
let zhenning: string; // 胶州市—镇宁县
let huixianPairing: string;
/** A year in which the pairing has no FISCAL_AID entries yet (chosen from the demo data), so coverage is exact. */
let YEAR = 0;

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(26),
  Buffer.from("[Content_Types].xml"),
  Buffer.alloc(20),
  Buffer.from("word/document.xml"),
]);
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

const RECORD = graphql(`
  mutation EvidenceRecordFigure($i: RecordReportedFigureInput!) {
    recordReportedFigure(input: $i) {
      id
    }
  }
`);
const CORRECT = graphql(`
  mutation EvidenceCorrectEntry($i: CorrectLedgerEntryInput!) {
    correctLedgerEntry(input: $i) {
      id
    }
  }
`);
const VERIFY = graphql(`
  mutation EvidenceVerify($id: ID!) {
    verifyEvidence(id: $id) {
      id
      status
      reviewedAt
      reviewedBy {
        username
      }
    }
  }
`);
const REJECT = graphql(`
  mutation EvidenceReject($id: ID!, $reason: String!) {
    rejectEvidence(id: $id, reason: $reason) {
      id
      status
      rejectReason
    }
  }
`);
const ENTRIES = graphql(`
  query EvidenceEntries($f: LedgerEntryFilter!) {
    ledgerEntries(filter: $f, first: 50) {
      nodes {
        id
        evidence {
          id
          fileName
          mime
          size
          sha256
          status
          url
          uploadedBy {
            username
          }
        }
      }
    }
  }
`);
const COVERAGE = graphql(`
  query EvidenceCoverage($p: ID!, $y: Int!, $first: Int) {
    evidenceCoverage(pairingId: $p, year: $y, first: $first) {
      indicator
      unit
      delivered
      covered
      ratio
      missingCount
      missing {
        amount
        entry {
          id
          amount
        }
      }
    }
  }
`);

const PAIRING_COVERAGE = graphql(`
  query EvidencePairingCoverage($p: ID!, $y: Int!) {
    pairing(id: $p) {
      evidenceCoverage(year: $y) {
        indicator
        delivered
        covered
        ratio
      }
    }
  }
`);

const PROGRESS = graphql(`
  query EvidenceProgress($p: ID!, $y: Int!) {
    pairing(id: $p) {
      progress(year: $y) {
        indicator
        delivered
      }
      evidenceCoverage(year: $y, first: 0) {
        indicator
        delivered
        missing {
          amount
        }
      }
    }
  }
`);

const entries: Record<"a" | "b" | "c", string> = { a: "", b: "", c: "" };

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  const byWest = async (code: string) =>
    (
      await s.sql(
        `SELECT p.id FROM pairing p JOIN region w ON w.id = p.west_region_id WHERE w.code = $1 ORDER BY p.id LIMIT 1`,
        [code],
      )
    )[0].id as string;
  zhenning = await byWest("520423");
  huixianPairing = await byWest("621227");
  YEAR = (
    await s.sql(
      `SELECT y FROM generate_series(2016, 2025) y WHERE NOT EXISTS (SELECT 1 FROM ledger_entry l, pairing p
        WHERE p.id = l.pairing_id AND p.west_region_id = (SELECT west_region_id FROM pairing WHERE id = $1)
          AND l.indicator = 'FISCAL_AID' AND l.occurred_on >= make_date(y, 1, 1) AND l.occurred_on < make_date(y + 1, 1, 1))
        ORDER BY y DESC LIMIT 1`,
      [zhenning],
    )
  )[0].y;
  for (const [k, amount] of [
    ["a", "100.00"],
    ["b", "30.50"],
    ["c", "7.25"],
  ] as const) {
    const r = await s.gql(
      RECORD,
      {
        i: {
          pairingId: zhenning,
          indicator: "FISCAL_AID",
          amount,
          occurredOn: `${YEAR}-06-0${k === "a" ? 1 : k === "b" ? 2 : 3}`,
          sourceDocument: "胶协办〔2019〕7号",
        },
      },
      t.jiaozhou,
    );
    expect(r.errors).toBeUndefined();
    entries[k] = r.data!.recordReportedFigure.id;
  }
}, 120_000);
afterAll(() => s?.close());

const upload = async (token: string | null, entryId: string, fileName: string, body: Buffer) => {
  const res = await fetch(`${s.url}/uploads/evidence?entryId=${entryId}&fileName=${encodeURIComponent(fileName)}`, {
    method: "POST",
    body: new Uint8Array(body),
    headers: token
      ? { "content-type": "application/octet-stream", authorization: `Bearer ${token}` }
      : { "content-type": "application/octet-stream" },
  });
  return { status: res.status, body: (await res.json()) as any };
};
const download = (id: string, token?: string) =>
  fetch(`${s.url}/evidence/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const counts = async () =>
  (
    await s.sql(
      `SELECT (SELECT count(*) FROM evidence_file)::int AS f, (SELECT count(*) FROM audit_entry)::int AS a,
              (SELECT count(*) FROM ledger_entry)::int AS l`,
    )
  )[0];

const ids: Record<string, string> = {};

describe("upload", () => {
  it("a PDF and a PNG are kept with their sniffed type and the sha256 of their bytes; audited", async () => {
    const pdf = await upload(t.jiaozhou, entries.a, "拨付凭证.pdf", PDF);
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({
      fileName: "拨付凭证.pdf",
      mime: "application/pdf",
      size: PDF.length,
      sha256: sha(PDF),
      status: "PENDING",
    });
    ids.pdf = pdf.body.id;
    // A county official uploads for its own county's pairing.
    const png = await upload(t.zhenning, entries.b, "receipt.PNG", PNG);
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ mime: "image/png", sha256: sha(PNG) });
    ids.png = png.body.id;
    const pending = await upload(t.jiaozhou, entries.c, "协议.docx", DOCX);
    expect(pending.status).toBe(201);
    expect(pending.body.mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    ids.docx = pending.body.id;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("明细").addRow(["金额", 100]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const x = await upload(t.jiaozhou, entries.c, "明细.xlsx", xlsx);
    expect(x.status).toBe(201);
    expect(x.body.mime).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ids.xlsx = x.body.id;

    const [row] = await s.sql(
      `SELECT sha256, encode(sha256(content), 'hex') AS actual, size FROM evidence_file WHERE id = $1`,
      [ids.pdf],
    );
    expect(row).toEqual({ sha256: sha(PDF), actual: sha(PDF), size: PDF.length });
    const audit = await s.sql(
      `SELECT action, change FROM audit_entry WHERE entity_type = 'EvidenceFile' AND entity_id = $1`,
      [ids.pdf],
    );
    expect(audit).toEqual([
      {
        action: "EVIDENCE_UPLOADED",
        change: expect.objectContaining({ entryId: entries.a, sha256: sha(PDF), bytes: PDF.length }),
      },
    ]);
  });

  it("the entry's files in the ledger list, scoped", async () => {
    const r = await s.gql(ENTRIES, { f: { pairingId: zhenning, year: YEAR, indicator: "FISCAL_AID" } }, t.jiaozhou);
    const a = r.data!.ledgerEntries.nodes.find((n) => n.id === entries.a)!;
    expect(a.evidence).toEqual([
      expect.objectContaining({
        id: ids.pdf,
        fileName: "拨付凭证.pdf",
        url: `/evidence/${ids.pdf}`,
        uploadedBy: { username: "jiaozhou" },
      }),
    ]);
    const b = r.data!.ledgerEntries.nodes.find((n) => n.id === entries.b)!;
    expect(b.evidence.map((e) => e.id)).toEqual([ids.png]);
    // The county official and Qingdao's coordinator (through the enclosing pairing) see the same files.
    for (const u of ["zhenning", "qingdao"]) {
      const seen = await s.gql(ENTRIES, { f: { pairingId: zhenning, year: YEAR, indicator: "FISCAL_AID" } }, t[u]);
      expect(
        seen.data!.ledgerEntries.nodes.find((n) => n.id === entries.a)!.evidence.map((e) => e.id),
        u,
      ).toEqual([ids.pdf]);
    }
  });

  it("refused, nothing written: bytes unlike the name, an unknown type, too large, empty, no name", async () => {
    const before = await counts();
    const cases: [string, Buffer][] = [
      ["合同.pdf", PNG], // a PNG named .pdf
      ["photo.png", PDF],
      ["notes.txt", Buffer.from("hello")],
      ["fake.docx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)])],
      ["empty.pdf", Buffer.alloc(0)],
      ["", PDF],
    ];
    for (const [name, body] of cases) {
      const r = await upload(t.jiaozhou, entries.a, name, body);
      expect(r.status, name).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(["file", "fileName"]).toContain(r.body.errors[0].extensions.field);
      expect(JSON.stringify(r.body)).not.toContain(name || "%PDF");
    }
    const big = await upload(t.jiaozhou, entries.a, "big.pdf", Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "file" });
    expect(await counts()).toEqual(before);
  });

  it("refused by role and scope, nothing written", async () => {
    const before = await counts();
    expect((await upload(null, entries.a, "a.pdf", PDF)).status).toBe(401);
    expect((await upload(t.buyer, entries.a, "a.pdf", PDF)).status).toBe(403);
    expect((await upload(t.enterprise, entries.a, "a.pdf", PDF)).status).toBe(403);
    for (const u of ["huixian", "pingdu"]) {
      const r = await upload(t[u], entries.a, "a.pdf", PDF);
      expect(r.status, u).toBe(404);
      expect(r.body.errors[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "entryId" });
    }
    expect((await upload(t.jiaozhou, "not-a-uuid", "a.pdf", PDF)).status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});

describe("download", () => {
  it("to those who may read the entry's pairing, as an attachment of its sniffed type", async () => {
    for (const u of ["admin", "qingdao", "jiaozhou", "zhenning"]) {
      const res = await download(ids.pdf, t[u]);
      expect(res.status, u).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("content-disposition")).toContain(
        `filename*=UTF-8''${encodeURIComponent("拨付凭证.pdf")}`,
      );
      expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    }
  });

  it("404 to another county's official, another region's coordinator, buyers and enterprises; 401 signed out", async () => {
    for (const u of ["huixian", "pingdu", "buyer", "enterprise"]) {
      const res = await download(ids.pdf, t[u]);
      expect(res.status, u).toBe(404);
      expect(await res.text()).not.toContain("%PDF");
    }
    expect((await download(ids.pdf)).status).toBe(401);
    expect((await download("00000000-0000-4000-8000-000000000000", t.admin)).status).toBe(404);
    // Nested reads never show more: another county's official sees no files of Zhenning's entries.
    const r = await s.gql(ENTRIES, { f: { pairingId: zhenning, year: YEAR } }, t.huixian);
    expect(codeOf(r)).toBe("NOT_FOUND");
  });
});

describe("review", () => {
  it("a county official is FORBIDDEN, another region's coordinator NOT_FOUND; nothing written", async () => {
    const before = await counts();
    expect(codeOf(await s.gql(VERIFY, { id: ids.pdf }, t.zhenning))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(VERIFY, { id: ids.pdf }, t.huixian))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(VERIFY, { id: ids.pdf }, t.pingdu))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(VERIFY, { id: ids.pdf }, t.buyer))).toBe("FORBIDDEN");
    const noReason = await s.gql(REJECT, { id: ids.png, reason: "  " }, t.jiaozhou);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    expect(await counts()).toEqual(before);
  });

  it("verify and reject, audited; a reviewed file is not reviewed again", async () => {
    const v = await s.gql(VERIFY, { id: ids.pdf }, t.jiaozhou);
    expect(v.errors).toBeUndefined();
    expect(v.data!.verifyEvidence).toMatchObject({ status: "VERIFIED", reviewedBy: { username: "jiaozhou" } });
    const r = await s.gql(REJECT, { id: ids.png, reason: "金额与凭证不符" }, t.qingdao);
    expect(r.data!.rejectEvidence).toMatchObject({ status: "REJECTED", rejectReason: "金额与凭证不符" });
    const again = await s.gql(VERIFY, { id: ids.png }, t.admin);
    expect(codeOf(again)).toBe("CONFLICT");
    const audit = await s.sql(
      `SELECT action, entity_id, change FROM audit_entry WHERE action IN ('EVIDENCE_VERIFIED', 'EVIDENCE_REJECTED')
        AND entity_id = ANY($1::text[]) ORDER BY at`,
      [[ids.pdf, ids.png]],
    );
    expect(audit).toEqual([
      {
        action: "EVIDENCE_VERIFIED",
        entity_id: ids.pdf,
        change: expect.objectContaining({ entryId: entries.a, status: { before: "PENDING", after: "VERIFIED" } }),
      },
      {
        action: "EVIDENCE_REJECTED",
        entity_id: ids.png,
        change: expect.objectContaining({ reason: "金额与凭证不符" }),
      },
    ]);
  });
});

describe("coverage", () => {
  it("exact for a hand-made set: one verified (with a correction), one rejected, one pending", async () => {
    const fix = await s.gql(CORRECT, { i: { entryId: entries.a, amount: "-10.00", reason: "多计" } }, t.jiaozhou);
    expect(fix.errors).toBeUndefined();
    const r = await s.gql(COVERAGE, { p: zhenning, y: YEAR }, t.jiaozhou);
    expect(r.errors).toBeUndefined();
    const fiscal = r.data!.evidenceCoverage.find((c) => c.indicator === "FISCAL_AID")!;
    // delivered 100 − 10 + 30.50 + 7.25 = 127.75; covered 90.00 (a with its correction); 9000 / 12775 = 0.70450…
    expect(fiscal).toEqual({
      indicator: "FISCAL_AID",
      unit: "YUAN",
      delivered: "127.75",
      covered: "90.00",
      ratio: "0.7045",
      missingCount: 2,
      missing: [
        { amount: "30.50", entry: { id: entries.b, amount: "30.50" } },
        { amount: "7.25", entry: { id: entries.c, amount: "7.25" } },
      ],
    });
    // The data check holds: every file's hash and size are its bytes', on an entry that exists.
    expect(await s.sql(INVARIANTS.evidenceFiles)).toEqual([]);
    expect(
      await s.sql(`SELECT count(*)::int AS n FROM evidence_file WHERE id = ANY($1::uuid[])`, [Object.values(ids)]),
    ).toEqual([{ n: 4 }]);
    // The pairing's own field says the same.
    const nested = await s.gql(PAIRING_COVERAGE, { p: zhenning, y: YEAR }, t.jiaozhou);
    expect(nested.data!.pairing.evidenceCoverage.find((c) => c.indicator === "FISCAL_AID")).toEqual({
      indicator: "FISCAL_AID",
      covered: fiscal.covered,
      delivered: fiscal.delivered,
      ratio: fiscal.ratio,
    });
    const one = await s.gql(COVERAGE, { p: zhenning, y: YEAR, first: 1 }, t.zhenning);
    expect(
      one.data!.evidenceCoverage.find((c) => c.indicator === "FISCAL_AID")!.missing.map((m) => m.entry.id),
    ).toEqual([entries.b]);
  });

  it("scoped like the pairing; bad input names the field", async () => {
    expect(codeOf(await s.gql(COVERAGE, { p: zhenning, y: YEAR }, t.huixian))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(COVERAGE, { p: zhenning, y: YEAR }, t.pingdu))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(COVERAGE, { p: zhenning, y: YEAR }, t.buyer))).toBe("FORBIDDEN");
    const bad = await s.gql(COVERAGE, { p: zhenning, y: YEAR, first: 1000 }, t.jiaozhou);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(bad.errors?.[0].message).not.toContain("1000");
    const other = await s.gql(COVERAGE, { p: huixianPairing, y: YEAR }, t.huixian);
    expect(other.errors).toBeUndefined();
  });

  it("delivered is progress's delivered, indicator by indicator, for the demo's years and an enclosing pairing", async () => {
    const anshun = (
      await s.sql(
        `SELECT p.id FROM pairing p JOIN region w ON w.id = p.west_region_id JOIN region e ON e.id = p.east_region_id
          WHERE w.code = '520400' AND e.code = '370200'`,
      )
    )[0].id as string;
    for (const [p, y] of [
      [zhenning, YEAR],
      [zhenning, new Date().getFullYear()],
      [anshun, 2020],
    ] as const) {
      const r = await s.gql(PROGRESS, { p, y }, t.qingdao);
      expect(r.errors).toBeUndefined();
      const progress = new Map(r.data!.pairing.progress.map((x) => [x.indicator, x.delivered]));
      expect(r.data!.pairing.evidenceCoverage.length).toBeGreaterThan(0);
      for (const c of r.data!.pairing.evidenceCoverage) {
        expect(c.delivered, `${c.indicator} ${y}`).toBe(progress.get(c.indicator));
        expect(c.missing).toEqual([]);
      }
    }
  });
});
