import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { startTestServer, type TestServer } from "./harness";

/**
 * A signed image link (certificate scans, a withdrawn product's photos) used to work for anyone who
 * held it, for its fifteen minutes: a link forwarded in a chat or copied out of a page opened the
 * scan for a stranger. Now a link names the user it was issued to and is honoured only for that
 * user — its bearer token, or the image cookie the browser keeps from the API's responses (an
 * <img> tag sends no token). Anyone else gets 403, another signed-in user included. The catalogue's
 * public photos stay open, and each user's own links keep working in its pages.
 */
let s: TestServer;
const t: Record<string, string> = {};
let honey: string;
let scan: string;
let photo: string;
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const IMAGES = graphql(`
  query ImageLinksImages($id: ID!) {
    product(id: $id) {
      images {
        id
        kind
        url
      }
    }
  }
`);

/** What a browser does: asks the API with the bearer token and keeps the image cookie it answers with. */
async function imagesInBrowser(token: string) {
  const res = await fetch(`${s.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: IMAGES.toString(), variables: { id: honey } }),
  });
  const setCookie = res.headers.get("set-cookie") ?? "";
  const body = (await res.json()) as { data: { product: { images: { id: string; kind: string; url: string }[] } } };
  return { cookie: setCookie.split(";")[0], setCookie, images: body.data.product.images };
}
/** An <img> tag's request: no token, the cookie it has (if any). */
const img = (path: string, cookie?: string) => fetch(`${s.url}${path}`, { headers: cookie ? { cookie } : {} });

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["zhenning", "buyer", "enterprise"]) t[u] = await s.login(u);
  honey = (await s.sql(`SELECT id FROM product WHERE name = '镇宁土蜂蜜'`))[0].id;
  const upload = async (kind: string) => {
    const res = await fetch(`${s.url}/uploads/product-images?productId=${honey}&kind=${kind}`, {
      method: "POST",
      body: PNG,
      headers: { "content-type": "image/png", authorization: `Bearer ${t.zhenning}` },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  photo = await upload("PHOTO");
  scan = await upload("CERTIFICATE");
}, 120_000);
afterAll(() => s?.close());

describe("signed image links are bound to the user they were issued to", () => {
  it("two users who both may see the scan: each one's link works for itself only", async () => {
    const a = await imagesInBrowser(t.buyer);
    const b = await imagesInBrowser(t.enterprise);
    // The cookie: HttpOnly, for /images only, same-site only.
    expect(a.setCookie).toMatch(/^xz_img=[^;]+;/);
    expect(a.setCookie).toMatch(/HttpOnly/i);
    expect(a.setCookie).toMatch(/Path=\/images/i);
    expect(a.setCookie).toMatch(/SameSite=Strict/i);
    const linkA = a.images.find((i) => i.kind === "CERTIFICATE")!.url;
    const linkB = b.images.find((i) => i.kind === "CERTIFICATE")!.url;
    expect(linkA).not.toBe(linkB);

    // Each in its own page: 200, the bytes.
    const mine = await img(linkA, a.cookie);
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await img(linkB, b.cookie)).status).toBe(200);
    // With the bearer token instead of the cookie: the same user, so the same answer.
    expect((await fetch(`${s.url}${linkA}`, { headers: { authorization: `Bearer ${t.buyer}` } })).status).toBe(200);

    // The other's link: 403, for the other signed-in user and for a stranger without a session.
    expect((await img(linkA, b.cookie)).status).toBe(403);
    expect((await img(linkB, a.cookie)).status).toBe(403);
    expect((await fetch(`${s.url}${linkA}`, { headers: { authorization: `Bearer ${t.enterprise}` } })).status).toBe(
      403,
    );
    expect((await img(linkA)).status).toBe(403);
    const refused = (await (await img(linkA)).json()) as { errors: { extensions: { code: string } }[] };
    expect(refused.errors[0].extensions.code).toBe("FORBIDDEN");

    // The user named in a link cannot be swapped: the MAC covers it. An altered link is no link:
    // a stranger gets 404; B is back to its own right (no link needed for what it may see).
    const [exp, userA, macA] = linkA.split("?sig=")[1].split(".");
    const userB = linkB.split("?sig=")[1].split(".")[1];
    expect(userA).not.toBe(userB);
    expect((await img(`/images/${scan}?sig=${exp}.${userB}.${macA}`)).status).toBe(404);
    // A forged or foreign cookie is no one.
    const [sessionA] = a.cookie.slice("xz_img=".length).split(".");
    expect((await img(linkA, `xz_img=${sessionA}.${"A".repeat(32)}`)).status).toBe(403);
  });

  it("a link dies with the session that took it (logout), and expires", async () => {
    const token = await s.login("buyer");
    const a = await imagesInBrowser(token);
    const link = a.images.find((i) => i.kind === "CERTIFICATE")!.url;
    expect((await img(link, a.cookie)).status).toBe(200);
    const LOGOUT = graphql(`
      mutation ImageLinksLogout {
        logout
      }
    `);
    expect((await s.gql(LOGOUT, {}, token)).data!.logout).toBe(true);
    expect((await img(link, a.cookie)).status).toBe(403); // the cookie names a revoked session: a stranger now
    // Expired (a genuine MAC needs the secret; an old expiry with this MAC is not genuine either): 404.
    const [, user, mac] = link.split("?sig=")[1].split(".");
    expect((await img(`/images/${scan}?sig=1.${user}.${mac}`, a.cookie)).status).toBe(404);
  });

  it("the catalogue's public photo stays open to everyone, and each user's pages keep showing their images", async () => {
    expect((await img(`/images/${photo}`)).status).toBe(200);
    for (const who of ["buyer", "enterprise", "zhenning"]) {
      const { cookie, images } = await imagesInBrowser(t[who]);
      expect(images.map((i) => i.kind).sort()).toEqual(["CERTIFICATE", "PHOTO"]);
      for (const i of images) expect((await img(i.url, cookie)).status).toBe(200);
    }
  });
});
