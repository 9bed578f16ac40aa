import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./harness";
import { key, productId } from "./consumption-fixtures";

/**
 * One language on screen, from the server: every message carries both texts apart
 * (`extensions.messages`, `messages { zhCN en }` on typed results) and `message` in the language the
 * request asks for (X-Locale, else Accept-Language, else zh-CN). Nothing is joined as "中文 / English",
 * so a name holding " / " comes back whole in each language.
 */

let s: TestServer;
const t: Record<string, string> = {};

/** POSTs a GraphQL operation with the given extra headers (the harness's gql sends none). */
async function ask(query: string, variables: Record<string, unknown>, token: string | null, headers = {}) {
  const res = await fetch(`${s.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[] }) };
}

const HAN = /[\u3400-\u9fff]/;

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["zhenning", "buyer", "qingdao"]) t[u] = await s.login(u);
});
afterAll(() => s?.close());

describe("refusals", () => {
  const NOT_FOUND = `query { product(id: "00000000-0000-4000-8000-000000000000") { id } }`;

  it("carry both texts in extensions.messages and message in zh-CN by default", async () => {
    const r = await ask(NOT_FOUND, {}, t.buyer);
    const e = r.errors![0];
    expect(e.extensions.code).toBe("NOT_FOUND");
    expect(e.extensions.messages).toEqual({ "zh-CN": "产品不存在", en: "Product not found" });
    expect(e.message).toBe("产品不存在");
  });

  it("honour X-Locale, then Accept-Language", async () => {
    expect((await ask(NOT_FOUND, {}, t.buyer, { "x-locale": "en" })).errors![0].message).toBe("Product not found");
    expect((await ask(NOT_FOUND, {}, t.buyer, { "accept-language": "en-US,en;q=0.9" })).errors![0].message).toBe(
      "Product not found",
    );
    expect(
      (await ask(NOT_FOUND, {}, t.buyer, { "x-locale": "zh-CN", "accept-language": "en" })).errors![0].message,
    ).toBe("产品不存在");
    // An unknown language is not an error: the default.
    expect((await ask(NOT_FOUND, {}, t.buyer, { "x-locale": "fr" })).errors![0].message).toBe("产品不存在");
  });

  it("keep one language for input refusals too, naming the field and never the value", async () => {
    const q = `mutation($i: UpdateProductInput!) { updateProduct(input: $i) { id } }`;
    const honey = await productId(s, "镇宁土蜂蜜");
    const secret = "1".repeat(20_000);
    for (const [locale, pattern] of [
      ["en", /^[^\u3400-\u9fff]+$/],
      ["zh-CN", HAN],
    ] as const) {
      const r = await ask(q, { i: { productId: honey, name: secret } }, t.zhenning, { "x-locale": locale });
      const e = r.errors![0];
      expect(e.extensions.code).toBe("BAD_USER_INPUT");
      expect(e.extensions.field).toBe("name");
      expect(e.message).toMatch(pattern);
      expect(e.message).not.toContain(" / ");
      expect(JSON.stringify(r)).not.toContain(secret);
    }
  });

  it("leave graphql-js's own messages (English only) without messages, for the client's generic text", async () => {
    const r = await ask(`query { noSuchField }`, {}, t.buyer, { "x-locale": "zh-CN" });
    expect(r.errors![0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(r.errors![0].extensions.messages).toBeUndefined();
  });
});

describe('a product named "A / B"', () => {
  const PLACE = `mutation($i: PlaceOrderInput!) {
    placeOrder(input: $i) {
      __typename
      ... on ErrorResult { code message messages { zhCN en } }
    }
  }`;

  it("comes back whole in each language in a typed result's message", async () => {
    const honey = await productId(s, "镇宁土蜂蜜");
    const renamed = await ask(
      `mutation($i: UpdateProductInput!) { updateProduct(input: $i) { name stock } }`,
      { i: { productId: honey, name: "土蜂蜜 A / B 礼盒" } },
      t.zhenning,
    );
    expect(renamed.errors).toBeUndefined();
    const stock = renamed.data.updateProduct.stock as number;
    const i = { idempotencyKey: key(), lines: [{ productId: honey, quantity: stock + 1 }] };

    const zh = await ask(PLACE, { i }, t.buyer, { "x-locale": "zh-CN" });
    const outcome = zh.data.placeOrder;
    expect(outcome.__typename).toBe("OutOfStockError");
    expect(outcome.message).toBe(`土蜂蜜 A / B 礼盒 库存不足(需 ${stock + 1},余 ${stock})`);
    expect(outcome.messages.zhCN).toBe(outcome.message);
    expect(outcome.messages.en).toBe(`Not enough stock of 土蜂蜜 A / B 礼盒: ${stock + 1} wanted, ${stock} left`);

    const en = await ask(PLACE, { i: { ...i, idempotencyKey: key() } }, t.buyer, { "x-locale": "en" });
    expect(en.data.placeOrder.message).toBe(outcome.messages.en);
  });
});

describe("ledger notes", () => {
  const ENTRIES = `query($f: LedgerEntryFilter!) {
    ledgerEntries(filter: $f, first: 100) { nodes { source note noteKey } }
  }`;

  it("are stored as a key and read in the request's language; typed notes stay as typed", async () => {
    const rows = await s.sql(
      `SELECT pairing_id, note, note_key, note_params FROM ledger_entry WHERE source = 'PLACEMENT' LIMIT 1`,
    );
    expect(rows[0]).toMatchObject({ note: null, note_key: expect.stringMatching(/placedInWork|poorPlacedInWork/) });
    // No system note is written in the old "中文 / English" form.
    const old = await s.sql(
      `SELECT count(*)::int AS n FROM ledger_entry WHERE source NOT IN ('REPORTED', 'CORRECTION') AND note_key IS NULL AND note IS NOT NULL`,
    );
    expect(old[0].n).toBe(0);

    const f = { pairingId: rows[0].pairing_id };
    const zh = await ask(ENTRIES, { f }, t.qingdao, { "x-locale": "zh-CN" });
    const en = await ask(ENTRIES, { f }, t.qingdao, { "x-locale": "en" });
    expect(zh.errors).toBeUndefined();
    const placed = (r: typeof zh) => r.data.ledgerEntries.nodes.find((n: any) => n.noteKey === "placedInWork");
    expect(placed(zh).note).toBe("劳务协作就业");
    expect(placed(en).note).toBe("placed in work");
    // Keys without parameters read wholly in English; a parameter (a training's title) stays as typed.
    const plain = ["orderConfirmed", "orderCancelled", "orderRefunded", "placedInWork", "poorPlacedInWork"];
    for (const n of en.data.ledgerEntries.nodes.filter((x: any) => plain.includes(x.noteKey)))
      expect(n.note).not.toMatch(HAN);
    for (const n of en.data.ledgerEntries.nodes.filter((x: any) => x.noteKey === "training"))
      expect(n.note).toMatch(/^training: /);
    for (const n of zh.data.ledgerEntries.nodes.filter((x: any) => plain.includes(x.noteKey)))
      expect(n.note).not.toMatch(/[A-Za-z]/);
  });
});
