import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodedBody, rawRequest, startTestServer, type TestServer } from "./harness";

// A built app of our own (the server reads it at start): a hashed script with its precompressed copies as
// web/vite.config.mts writes them, index.html with its copies, and a file that has none.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-dist-"));
const script = Buffer.from(`export const words = ${JSON.stringify("东西部协作 ".repeat(2000))};\n`);
const html = Buffer.from(
  `<!doctype html><html lang="zh-CN"><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="app"></div></body></html>`,
);
function writeWithCopies(rel: string, bytes: Buffer, copies = true) {
  const file = path.join(dist, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  if (!copies) return;
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(bytes));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes));
}
writeWithCopies("assets/index-Ab12Cd34.js", script);
writeWithCopies("index.html", html);
writeWithCopies("robots.txt", Buffer.from("User-agent: *\n"), false);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ webDist: dist });
});
afterAll(async () => {
  await s?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

/** A request whose answer is NOT decoded (fetch would undo the compression we want to see). */
const raw = (pathname: string, headers: Record<string, string> = {}, body?: string) =>
  rawRequest(`${s.url}${pathname}`, { headers, body });
const graphql = (token: string, query: string, encoding: string | null) =>
  raw(
    "/graphql",
    {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      ...(encoding === null ? {} : { "accept-encoding": encoding }),
    },
    JSON.stringify({ query }),
  );

describe("the web app's files", () => {
  it("sends the precompressed copy the client takes (br first), the plain file otherwise, cached a year", async () => {
    const br = await raw("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    expect(br.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(decodedBody(br).equals(script)).toBe(true);

    const gz = await raw("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(decodedBody(gz).equals(script)).toBe(true);
    // Refused with q=0: the next one.
    const noBr = await raw("/assets/index-Ab12Cd34.js", { "accept-encoding": "br;q=0, gzip" });
    expect(noBr.headers["content-encoding"]).toBe("gzip");

    for (const asked of [{}, { "accept-encoding": "identity" }] as Record<string, string>[]) {
      const plain = await raw("/assets/index-Ab12Cd34.js", asked);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.equals(script)).toBe(true);
      expect(plain.headers["vary"]).toMatch(/Accept-Encoding/i);
    }
  });

  it("answers the app's routes with index.html, compressed, revalidated every time (ETag, 304)", async () => {
    for (const route of ["/", "/catalogue", "/progress?year=2020"]) {
      const r = await raw(route, { "accept-encoding": "br" });
      expect(r.status).toBe(200);
      expect(r.headers["content-type"]).toMatch(/^text\/html/);
      expect(r.headers["content-encoding"]).toBe("br");
      expect(r.headers["cache-control"]).toBe("no-cache");
      expect(decodedBody(r).equals(html)).toBe(true);
    }
    const first = await raw("/catalogue", { "accept-encoding": "gzip" });
    const etag = first.headers["etag"];
    expect(etag).toBeTruthy();
    const again = await raw("/catalogue", { "accept-encoding": "gzip", "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // Each encoding is its own entity: the gzip copy's tag does not validate the plain file.
    expect((await raw("/catalogue", { "if-none-match": etag! })).status).toBe(200);
  });

  it("sends a file without copies as it is, and a missing asset is 404, not the app's page", async () => {
    const txt = await raw("/robots.txt", { "accept-encoding": "br, gzip" });
    expect(txt.status).toBe(200);
    expect(txt.headers["content-encoding"]).toBeUndefined();
    expect(txt.body.toString()).toBe("User-agent: *\n");
    expect(txt.headers["cache-control"]).toBe("no-cache");
    const missing = await raw("/assets/index-Zz99Yy88.js", { "accept-encoding": "br" });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).not.toContain('<div id="app">');
    // The server's own paths are not the app's.
    expect((await raw("/healthz", { "accept-encoding": "br" })).body.toString()).toBe('{"status":"ok"}');
  });
});

describe("the API's answers", () => {
  const PRODUCTS = `{ products(first: 100) { totalCount nodes { id name category spec unit price stock county { id name } supplier { id name } } } }`;

  it("compresses a large GraphQL answer by Accept-Encoding and sends it plain when not asked", async () => {
    const token = await s.login("buyer");
    const plain = await graphql(token, PRODUCTS, null);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(plain.headers["cache-control"]).toBe("no-store");
    expect(plain.body.length).toBeGreaterThan(1024);
    const data = JSON.parse(plain.body.toString());
    expect(data.data.products.totalCount).toBeGreaterThan(3);

    for (const [asked, got] of [
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
      ["br;q=0, gzip;q=0.5", "gzip"],
    ] as const) {
      const r = await graphql(token, PRODUCTS, asked);
      expect(r.status).toBe(200);
      expect(r.headers["content-encoding"]).toBe(got);
      expect(r.headers["content-type"]).toMatch(/application\/(graphql-response\+)?json/);
      expect(Number(r.headers["content-length"])).toBe(r.body.length);
      expect(r.body.length).toBeLessThan(plain.body.length / 2);
      expect(JSON.parse(decodedBody(r).toString())).toEqual(data);
    }
    expect((await graphql(token, PRODUCTS, "identity")).headers["content-encoding"]).toBeUndefined();
  });

  it("sends small answers and errors as they are, with their status", async () => {
    const token = await s.login("buyer");
    const small = await graphql(
      token,
      `
        {
          me {
            id
          }
        }
      `,
      "br, gzip",
    );
    expect(small.status).toBe(200);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString()).data.me.id).toBeTruthy();
    const bad = await graphql(token, `{ products(first: 100) {`, "br, gzip");
    expect(bad.status).toBe(400);
    expect(JSON.parse(decodedBody(bad).toString()).errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("leaves spreadsheet downloads (already compressed) intact", async () => {
    const token = await s.login("qingdao");
    const r = await raw("/exports/quota-board.xlsx?year=2026", {
      authorization: `Bearer ${token}`,
      "accept-encoding": "br, gzip",
    });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.body.subarray(0, 2).toString()).toBe("PK"); // a zip, byte for byte
  });
});
