import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import { codeOf, startTestServer, type TestServer } from "./harness";

/**
 * Issue 8, "Who may fetch which image" (docs/hardening.md): a photo of a product on sale is public;
 * a certificate scan only to those who may see the supplier's records; anything of a withdrawn
 * product only to those who manage its supplier; a removed image to nobody. <img> tags send no
 * bearer token, so the API hands out signed links for what is not public.
 */
let s: TestServer;
const t: Record<string, string> = {};
let honey: string;
let photo: string;
let certificate: string;
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["zhenning", "huixian", "jiaozhou", "buyer", "enterprise"]) t[u] = await s.login(u);
  honey = (await s.sql(`SELECT id FROM product WHERE name = '镇宁土蜂蜜'`))[0].id;
  const upload = async (kind: string) => {
    const res = await fetch(`${s.url}/uploads/product-images?productId=${honey}&kind=${kind}`, {
      method: "POST",
      body: PNG,
      headers: { "content-type": "image/png", authorization: `Bearer ${t.zhenning}` },
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; url: string };
  };
  const p = await upload("PHOTO");
  const c = await upload("CERTIFICATE");
  photo = p.id;
  certificate = c.id;
  expect(p.url).toBe(`/images/${photo}`); // public
  expect(c.url).toMatch(new RegExp(`^/images/${certificate}\\?sig=\\d+\\.[\\w-]+\\.[\\w-]+$`)); // signed for the uploader
}, 120_000);
afterAll(() => s?.close());

const get = (path: string, token?: string, cookie?: string) =>
  fetch(`${s.url}${path}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(cookie ? { cookie } : {}) },
  });
/**
 * The image cookie a browser keeps from any signed-in API response (what its <img> tags send):
 * signed links are bound to the user they were issued to (image-links.test.ts).
 */
const cookieOf = async (token: string) => {
  const res = await fetch(`${s.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ me { id } }" }),
  });
  return res.headers.get("set-cookie")!.split(";")[0];
};
const IMAGES = graphql(`
  query ImageAccessImages($id: ID!) {
    product(id: $id) {
      images {
        id
        kind
        url
      }
    }
  }
`);
const imagesAs = async (token: string) => (await s.gql(IMAGES, { id: honey }, token)).data!.product.images;
const UPDATE = graphql(`
  mutation ImageAccessUpdateProduct($i: UpdateProductInput!) {
    updateProduct(input: $i) {
      active
    }
  }
`);

describe("who may fetch which image", () => {
  it("a product on sale: its photo to anyone, revalidated; its certificate by a signed link or a token in scope", async () => {
    const open = await get(`/images/${photo}`);
    expect(open.status).toBe(200);
    expect(open.headers.get("cache-control")).toBe("public, no-cache");
    expect((await get(`/images/${certificate}`)).status).toBe(404); // no token, no signature

    const seen = await imagesAs(t.buyer);
    expect(seen.map((i) => i.kind).sort()).toEqual(["CERTIFICATE", "PHOTO"]);
    const cert = seen.find((i) => i.kind === "CERTIFICATE")!;
    expect(cert.url).toContain("?sig=");
    const signed = await get(cert.url, undefined, await cookieOf(t.buyer)); // what an <img> tag does: no token, the cookie
    expect(signed.status).toBe(200);
    expect(signed.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await signed.arrayBuffer()).equals(PNG)).toBe(true);

    // A signature for another image, or altered, is worth nothing.
    const sig = cert.url.split("?sig=")[1];
    expect((await get(`/images/${photo}?sig=${sig}`)).status).toBe(200); // public anyway
    // Its last character changed (to a different one: when it already was "A", appending "A" left the
    // signature genuine, 1 run in 64, and the link answered 403 as another user's).
    const altered = `${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`;
    expect(altered).not.toBe(sig);
    expect((await get(`/images/${certificate}?sig=${altered}`)).status).toBe(404);
    expect(
      (await get(`/images/${certificate}?sig=${Number(sig.split(".")[0]) + 60}.${sig.split(".")[1]}`)).status,
    ).toBe(404);
    expect((await get(`/images/${certificate}?sig=1.${sig.split(".")[1]}`)).status).toBe(404); // expired

    expect((await get(`/images/${certificate}`, t.buyer)).status).toBe(200); // the bearer token works too
  });

  it("a withdrawn product: nothing to the public or buyers; its county and paired coordinators still", async () => {
    expect(
      (await s.gql(UPDATE, { i: { productId: honey, active: false } }, t.zhenning)).data!.updateProduct.active,
    ).toBe(false);
    expect((await get(`/images/${photo}`)).status).toBe(404);
    expect((await get(`/images/${photo}`, t.buyer)).status).toBe(404);
    expect((await get(`/images/${certificate}`, t.buyer)).status).toBe(404);
    expect((await get(`/images/${photo}`, t.enterprise)).status).toBe(404);
    expect((await get(`/images/${photo}`, t.huixian)).status).toBe(404);
    // The buyer no longer sees the product (or, if it bought it, sees it without images).
    const asBuyer = await s.gql(IMAGES, { id: honey }, t.buyer);
    expect(asBuyer.data?.product?.images ?? codeOf(asBuyer)).toEqual(asBuyer.data?.product ? [] : "NOT_FOUND");

    expect((await get(`/images/${photo}`, t.zhenning)).status).toBe(200);
    expect((await get(`/images/${certificate}`, t.jiaozhou)).status).toBe(200);
    const own = await imagesAs(t.zhenning);
    expect(own).toHaveLength(2);
    for (const i of own) {
      expect(i.url).toContain("?sig="); // nothing of it is public now
      expect((await get(i.url, undefined, await cookieOf(t.zhenning))).status).toBe(200);
    }
    expect(
      (await s.gql(UPDATE, { i: { productId: honey, active: true } }, t.zhenning)).data!.updateProduct.active,
    ).toBe(true);
    expect((await get(`/images/${photo}`)).status).toBe(200);
  });

  it("a removed image: nobody, not even with a link signed before", async () => {
    const signed = (await imagesAs(t.zhenning)).find((i) => i.kind === "CERTIFICATE")!.url;
    const REMOVE = graphql(`
      mutation ImageAccessRemove($id: ID!) {
        removeProductImage(imageId: $id)
      }
    `);
    for (const id of [photo, certificate])
      expect((await s.gql(REMOVE, { id }, t.zhenning)).data!.removeProductImage).toBe(id);
    expect((await get(`/images/${photo}`)).status).toBe(404);
    expect((await get(`/images/${photo}`, t.zhenning)).status).toBe(404);
    expect((await get(signed)).status).toBe(404);
    expect(await imagesAs(t.zhenning)).toEqual([]);
  });
});
