import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { startTestServer, type TestServer } from "./harness";

/**
 * Issue 13, evidence read with the records that show it: `evidence` on sub-orders, fiscal
 * transactions, tranches, projects (their stage), trainings, donations and unit pairs, resolved
 * through one DataLoader scoped by construction. A drawer is one query and one statement for all its
 * rows' files; a nested read never shows more than Query.evidenceFiles for the same record and user.
 */
let s: TestServer;
const t: Record<string, string> = {};
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const ZHENNING = "520423";

const FILES = graphql(`
  query EvidenceBatchedFiles($k: EvidenceRecordType!, $id: ID!) {
    evidenceFiles(recordType: $k, recordId: $id) {
      id
    }
  }
`);
const ORDER = graphql(`
  query EvidenceBatchedOrder($id: ID!) {
    order(id: $id) {
      id
      subOrders {
        id
        __typename
        evidence {
          id
          status
          purpose
        }
      }
    }
  }
`);
const ORDER_PLAIN = graphql(`
  query EvidenceBatchedOrderPlain($id: ID!) {
    order(id: $id) {
      id
      subOrders {
        id
      }
    }
  }
`);
const ORDERS = graphql(`
  query EvidenceBatchedOrders($n: Int!) {
    orders(first: $n) {
      nodes {
        id
        subOrders {
          id
          __typename
          evidence {
            id
          }
        }
      }
    }
  }
`);
const FISCAL = graphql(`
  query EvidenceBatchedFiscal($n: Int!) {
    fiscalProjects(first: $n) {
      nodes {
        id
        transactions {
          id
          __typename
          evidence {
            id
          }
        }
      }
    }
  }
`);
const PROJECTS = graphql(`
  query EvidenceBatchedProjects($n: Int!) {
    investmentProjects(first: $n) {
      nodes {
        id
        __typename
        evidence {
          id
        }
        tranches {
          id
          __typename
          evidence {
            id
          }
        }
      }
    }
  }
`);
const TRAININGS = graphql(`
  query EvidenceBatchedTrainings($n: Int!) {
    trainingSessions(first: $n) {
      nodes {
        id
        __typename
        evidence {
          id
        }
      }
    }
  }
`);
const UNIT_PAIRS = graphql(`
  query EvidenceBatchedUnitPairs($n: Int!) {
    unitPairs(first: $n) {
      nodes {
        id
        __typename
        evidence {
          id
        }
      }
    }
  }
`);
const DONATIONS = graphql(`
  query EvidenceBatchedDonations($n: Int!) {
    donations(first: $n) {
      nodes {
        id
        __typename
        evidence {
          id
        }
      }
    }
  }
`);

const upload = async (token: string, q: Record<string, string>) => {
  const qs = new URLSearchParams({ ...q, fileName: "scan.pdf" });
  const res = await fetch(`${s.url}/uploads/evidence?${qs}`, {
    method: "POST",
    body: new Uint8Array(PDF),
    headers: { "content-type": "application/octet-stream", authorization: `Bearer ${token}` },
  });
  const body = (await res.json()) as { id: string };
  expect(res.status, JSON.stringify(q)).toBe(201);
  return body.id;
};

/** The buyer's order with the most sub-orders, every sub-order with a file; another buyer's sub-order with one. */
let orderId = "";
let subIds: string[] = [];
let otherSubFile = "";
const rec: Record<string, string> = {};
const files: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "jiaozhou", "zhenning", "huixian", "buyer", "enterprise"]) t[u] = await s.login(u);
  const buyerId = (await s.sql(`SELECT buyer_id FROM app_user WHERE username = 'buyer'`))[0].buyer_id;
  const [o] = await s.sql(
    `SELECT order_id AS id FROM sub_order WHERE buyer_id = $1 GROUP BY order_id ORDER BY count(*) DESC, order_id LIMIT 1`,
    [buyerId],
  );
  orderId = o.id;
  subIds = (await s.sql(`SELECT id FROM sub_order WHERE order_id = $1 ORDER BY id`, [orderId])).map((r) => r.id);
  for (const [i, id] of subIds.entries())
    await upload(t.buyer, { recordType: "SUB_ORDER", recordId: id, purpose: i % 2 ? "INSPECTION" : "INVOICE" });
  // A second file on the first sub-order: a row's files are all there, oldest first.
  await upload(t.buyer, { recordType: "SUB_ORDER", recordId: subIds[0], purpose: "INSPECTION" });
  const [other] = await s.sql(`SELECT id FROM sub_order WHERE buyer_id <> $1 ORDER BY id LIMIT 1`, [buyerId]);
  otherSubFile = await upload(t.admin, { recordType: "SUB_ORDER", recordId: other.id, purpose: "INVOICE" });

  // One record of each kind that both zhenning (who attaches) and jiaozhou (its partner coordinator)
  // reach on the first page of the list that shows it.
  for (const doc of [FISCAL, PROJECTS, TRAININGS, UNIT_PAIRS, DONATIONS]) {
    const mine = nested((await list(doc, 100, t.zhenning)).data);
    const theirs = new Set(nested((await list(doc, 100, t.jiaozhou)).data).map((r) => r.id));
    for (const r of mine) if (!rec[r.kind] && theirs.has(r.id)) rec[r.kind] = r.id;
  }
  expect(Object.keys(rec).sort()).toEqual(
    ["DONATION", "FISCAL_TRANSACTION", "FUND_TRANCHE", "PROJECT_STAGE", "TRAINING", "UNIT_PAIR"].sort(),
  );
  for (const [recordType, recordId] of Object.entries(rec))
    files[recordType] = await upload(t.zhenning, { recordType, recordId });
}, 120_000);
afterAll(() => s?.close());

/** A list query of this file (each takes the page size `n`), its result read as plain data. */
const list = (doc: unknown, n: number, token: string) => s.gql(doc as typeof ORDERS, { n }, token);

/** The kind of record each type with an `evidence` field is, as Query.evidenceFiles names it. */
const KIND_OF: Record<string, string> = {
  SubOrder: "SUB_ORDER",
  FiscalTransaction: "FISCAL_TRANSACTION",
  FundTranche: "FUND_TRANCHE",
  InvestmentProject: "PROJECT_STAGE",
  TrainingSession: "TRAINING",
  UnitPair: "UNIT_PAIR",
  Donation: "DONATION",
};

/** Every record with files a nested read reached: its kind, id and file ids. */
function nested(data: unknown): { kind: string; id: string; files: string[] }[] {
  const found: { kind: string; id: string; files: string[] }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.evidence) && typeof o.id === "string")
      found.push({
        kind: KIND_OF[o.__typename as string],
        id: o.id,
        files: (o.evidence as { id: string }[]).map((f) => f.id),
      });
    Object.values(o).forEach(walk);
  };
  walk(data);
  return found;
}
const fileIds = (data: unknown) => nested(data).flatMap((r) => r.files);

describe("evidence as a field of its record", () => {
  it("the order drawer: every sub-order's files with the order, in one more statement however many sub-orders", async () => {
    const r = await s.gql(ORDER, { id: orderId }, t.buyer);
    expect(r.errors).toBeUndefined();
    const subs = r.data!.order.subOrders;
    expect(subs.map((x) => x.id).sort()).toEqual([...subIds].sort());
    for (const sub of subs) {
      const top = await s.gql(FILES, { k: "SUB_ORDER", id: sub.id }, t.buyer);
      expect(sub.evidence.map((f) => f.id)).toEqual(top.data!.evidenceFiles.map((f) => f.id));
      expect(sub.evidence.length).toBeGreaterThan(0);
    }
    const first = subs.find((x) => x.id === subIds[0])!;
    expect(first.evidence.map((f) => f.purpose)).toEqual(["INVOICE", "INSPECTION"]);

    const plain = await s.countQueries(() => s.gql(ORDER_PLAIN, { id: orderId }, t.buyer));
    const withFiles = await s.countQueries(() => s.gql(ORDER, { id: orderId }, t.buyer));
    expect(withFiles - plain).toBe(1);
  });

  it("lists: the statements do not grow with the page (orders, fiscal projects, projects, trainings, unit pairs, donations)", async () => {
    const lists = [ORDERS, FISCAL, PROJECTS, TRAININGS, UNIT_PAIRS, DONATIONS] as const;
    for (const doc of lists) {
      const run = (n: number) => list(doc, n, t.admin).then((r) => expect(r.errors).toBeUndefined());
      await run(2); // the first request of a session may touch it: count the ones after
      const small = await s.countQueries(() => run(2));
      const large = await s.countQueries(() => run(20));
      // Not equal: a page shorter than its limit spares the count (TypeORM's getManyAndCount).
      expect(large, String(doc).slice(0, 60)).toBeLessThanOrEqual(small);
    }
  });

  it("each kind's nested files are the ones Query.evidenceFiles gives the same user", async () => {
    const byKind: [string, unknown][] = [
      ["FISCAL_TRANSACTION", FISCAL],
      ["FUND_TRANCHE", PROJECTS],
      ["PROJECT_STAGE", PROJECTS],
      ["TRAINING", TRAININGS],
      ["UNIT_PAIR", UNIT_PAIRS],
      ["DONATION", DONATIONS],
    ];
    for (const [kind, doc] of byKind) {
      const r = await list(doc, 100, t.zhenning);
      expect(r.errors, kind).toBeUndefined();
      expect(nested(r.data).find((x) => x.id === rec[kind])?.files, kind).toContain(files[kind]);
    }
  });
});

describe("scope by construction: a nested read is never more than the top-level one", () => {
  it("per role and list, every record's nested files equal Query.evidenceFiles for it", async () => {
    const lists: [string, unknown][] = [
      ["SUB_ORDER", ORDERS],
      ["FISCAL_TRANSACTION", FISCAL],
      ["FUND_TRANCHE|PROJECT_STAGE", PROJECTS],
      ["TRAINING", TRAININGS],
      ["UNIT_PAIR", UNIT_PAIRS],
      ["DONATION", DONATIONS],
    ];
    let checked = 0;
    for (const who of ["buyer", "huixian", "zhenning", "jiaozhou", "enterprise"]) {
      for (const [, doc] of lists) {
        const r = await list(doc, 100, t[who]);
        if (r.errors) continue; // a list this role may not read at all (FORBIDDEN): nothing nested either
        for (const x of nested(r.data)) {
          if (!x.files.length) continue;
          const top = await s.gql(FILES, { k: x.kind as "SUB_ORDER", id: x.id }, t[who]);
          expect(x.files, `${who} ${x.kind} ${x.id}`).toEqual((top.data?.evidenceFiles ?? []).map((f) => f.id));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("the buyer never reaches another buyer's file; another county never reaches zhenning's; an enterprise no file", async () => {
    const all = async (who: string, doc: unknown) => fileIds((await list(doc, 100, t[who])).data);
    expect(await all("buyer", ORDERS)).not.toContain(otherSubFile);
    expect(await all("admin", ORDERS)).toContain(otherSubFile);
    for (const [kind, doc] of [
      ["TRAINING", TRAININGS],
      ["UNIT_PAIR", UNIT_PAIRS],
      ["DONATION", DONATIONS],
      ["FISCAL_TRANSACTION", FISCAL],
      ["FUND_TRANCHE", PROJECTS],
    ] as [string, unknown][]) {
      expect(await all("huixian", doc), kind).not.toContain(files[kind]);
      expect(await all("jiaozhou", doc), kind).toContain(files[kind]);
    }
    // The enterprise sees its projects but none of the county's papers behind them.
    const ent = await list(PROJECTS, 100, t.enterprise);
    expect(ent.errors).toBeUndefined();
    expect(nested(ent.data).length).toBeGreaterThan(0);
    expect(fileIds(ent.data)).toEqual([]);
  });
});
