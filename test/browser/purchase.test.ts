// The buyer's real purchase (issue 11), end to end in a real browser against the built app and a
// fresh demo database: 胶州市人民医院's buyer opens 镇宁土蜂蜜's page from the catalogue (photos,
// certificate, supplier), types a quantity, changes it in the cart, checks out with a delivery
// address, contact, invoice title and tax number (a wrong check character refused beside the field),
// and finds them on its order; 镇宁县's official sees the same delivery to ship it. Desk and phone,
// Chinese and English.
import { deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { switchLocale, fill, moneyFen as fen, phoneShot, screenshotFailures, signIn, signOut } from "./ui";

const PRODUCT = "镇宁土蜂蜜";
const PRICE_FEN = 6800n;
const ADDRESS = "山东省青岛市胶州市徐州路 29 号 住院部营养食堂";
const NOTE = "请于工作日 8:00–11:00 送达，送货前电话联系";
const TAX = "12370281MB1234567B";

let h: Harness;
let page: Page;

/** A w×h PNG in one colour with a darker band, drawn here (the server checks the bytes are an image). */
function png(w: number, h: number, [r, g, b]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const dark = y > h * 0.6 ? 0.75 : 1;
      rows.set([r * dark, g * dark, b * dark], y * (w * 3 + 1) + 1 + x * 3);
    }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
  // 镇宁县's official has put two photos and the certificate scan on the honey (as in the product dialog).
  const official = await h.token("zhenning");
  const d = await h.gql<{ products: { nodes: { id: string }[] } }>(
    "query ($s: String) { products(first: 1, filter: { search: $s }) { nodes { id } } }",
    { s: PRODUCT },
    official,
  );
  const upload = async (kind: string, body: Buffer) => {
    const res = await fetch(`${h.baseURL}/uploads/product-images?productId=${d.products.nodes[0].id}&kind=${kind}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${official}`, "Content-Type": "image/png" },
      body: new Uint8Array(body),
    });
    expect(res.status).toBe(201);
  };
  await upload("PHOTO", png(480, 480, [226, 160, 40]));
  await upload("PHOTO", png(480, 480, [180, 120, 30]));
  await upload("CERTIFICATE", png(400, 300, [235, 235, 225]));
});
screenshotFailures(() => ({ h, page }));

/** Types into an el-input-number and leaves it, as a person does (the value is taken on change). */
async function typeQuantity(field: ReturnType<Page["getByTestId"]>, n: number) {
  await fill(field, String(n));
  await field.locator("input").press("Tab");
}

describe("a buyer opens a product page, types a quantity and checks out with delivery and invoice", () => {
  test("the product page shows photos, certificate, supplier and stock, in Chinese and English, desk and phone", async () => {
    await signIn(page, h.baseURL, "buyer");
    await page.goto(`${h.baseURL}/catalogue`);
    await fill(page.getByTestId("catalogue-search"), PRODUCT);
    const link = page.getByTestId("product-link").filter({ hasText: PRODUCT }).first();
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await page.waitForURL(/\/catalogue\/[0-9a-f-]{36}$/);
    const product = page.getByTestId("product-page");
    await product.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("product-name").textContent()).toBe(PRODUCT);
    expect(fen(await page.getByTestId("product-price").textContent())).toBe(PRICE_FEN);
    expect(await page.getByTestId("certificate-status").textContent()).toBe("认定有效");
    expect(await page.getByTestId("product-certificate").textContent()).toMatch(/证书编号.+认定机关.+有效期/);
    expect(await page.getByTestId("product-supplier").textContent()).toContain("镇宁");
    // The photos (the first shown large, a thumbnail each) and the certificate scan, loaded for real.
    await expect
      .poll(() =>
        page
          .getByTestId("product-photo")
          .locator("img")
          .evaluate((i: HTMLImageElement) => i.naturalWidth),
      )
      .toBe(480);
    expect(await page.locator(".thumb-btn").count()).toBe(2);
    await expect
      .poll(() =>
        page
          .getByTestId("certificate-scan")
          .locator("img")
          .evaluate((i: HTMLImageElement) => i.naturalWidth),
      )
      .toBe(400);
    await h.screenshot(page, "product-page-1366x768", { fullPage: true });
    await phoneShot(h, page, "product-page");

    await switchLocale(page);
    await expect.poll(() => page.getByTestId("certificate-status").textContent()).toBe("Certified");
    expect(await page.getByTestId("product-certificate").textContent()).toContain("Certificate number");
    await h.screenshot(page, "product-page-en-1366x768", { fullPage: true });
    await phoneShot(h, page, "product-page-en");
    await switchLocale(page);
    await expect.poll(() => page.getByTestId("certificate-status").textContent()).toBe("认定有效");
  });

  test("types 4, then 3 in the cart: lines and total exact", async () => {
    await typeQuantity(page.getByTestId("product-quantity"), 4);
    await page.getByTestId("product-add").click();
    await expect.poll(() => page.getByTestId("cart-checkout").textContent()).toContain("4");
    await page.getByTestId("cart-checkout").click();
    const drawer = page.getByTestId("cart-drawer");
    const line = drawer.getByTestId("cart-line").filter({ hasText: PRODUCT });
    await line.waitFor();
    await expect.poll(async () => fen(await drawer.getByTestId("cart-total").textContent())).toBe(PRICE_FEN * 4n);
    await typeQuantity(line.locator(".el-input-number"), 3);
    await expect.poll(async () => fen(await drawer.getByTestId("cart-total").textContent())).toBe(PRICE_FEN * 3n);
  });

  test("checks out: the form starts from the last delivery, a wrong tax number is refused beside the field", async () => {
    const drawer = page.getByTestId("cart-drawer");
    // The demo hospital has ordered online before: its last delivery and invoice fill the form.
    await expect.poll(() => drawer.getByTestId("checkout-tax-number").inputValue()).toBe(TAX);
    await fill(drawer.getByTestId("checkout-address"), ADDRESS);
    await fill(drawer.getByTestId("checkout-note"), NOTE);
    await fill(drawer.getByTestId("checkout-tax-number"), "12370281MB1234567C");
    await drawer.getByTestId("place-order").click();
    const taxItem = drawer.locator(".el-form-item").filter({ has: page.getByTestId("checkout-tax-number") });
    await expect.poll(() => taxItem.locator(".el-form-item__error").textContent()).toContain("校验不通过");
    await h.screenshot(page, "checkout-refused-1366x768");
    await phoneShot(h, page, "checkout-refused");
    expect(await drawer.getByTestId("cart-line").count()).toBe(1);

    await fill(drawer.getByTestId("checkout-tax-number"), TAX.toLowerCase());
    await drawer.getByTestId("place-order").click();
    await page.waitForURL((u) => u.pathname === "/orders", { timeout: 30_000 });
    expect(await page.getByTestId("cart-line").count()).toBe(0);

    const token = await h.token("buyer");
    const d = await h.gql<{
      orders: { nodes: { total: string; deliveryAddress: string; taxNumber: string; note: string }[] };
    }>("{ orders(first: 1) { nodes { total deliveryAddress taxNumber note } } }", {}, token);
    expect(d.orders.nodes[0]).toEqual({ total: "204.00", deliveryAddress: ADDRESS, taxNumber: TAX, note: NOTE });
  });

  test("the buyer sees delivery, invoice and note on its order, with a link back to the product", async () => {
    const row = page
      .getByTestId("orders-table")
      .first()
      .locator("tr")
      .filter({ hasText: `${PRODUCT} × 3` })
      .first();
    await row.waitFor({ timeout: 30_000 });
    await row.getByTestId("order-detail-open").click();
    const detail = page.getByTestId("order-detail");
    await detail.getByTestId("detail-delivery").waitFor({ timeout: 30_000 });
    expect(await detail.getByTestId("detail-delivery").textContent()).toContain(ADDRESS);
    expect(await detail.getByTestId("detail-phone").textContent()).toMatch(/^1\d{10}$/); // the buyer's own: whole
    expect(await detail.getByTestId("detail-invoice").textContent()).toContain(TAX);
    expect(await detail.getByTestId("detail-note").textContent()).toBe(NOTE);
    await h.screenshot(page, "order-detail-1366x768");
    await phoneShot(h, page, "order-detail");
    await detail.getByTestId("detail-product").filter({ hasText: PRODUCT }).click();
    await page.waitForURL(/\/catalogue\/[0-9a-f-]{36}$/);
    await page.getByTestId("product-page").waitFor();

    // Back on the orders, in English.
    await page.goBack();
    await switchLocale(page);
    await row.waitFor({ timeout: 30_000 });
    await row.getByTestId("order-detail-open").click();
    await expect.poll(() => detail.getByTestId("detail-delivery").textContent()).toContain("Delivery address");
    await h.screenshot(page, "order-detail-en-1366x768");
    await phoneShot(h, page, "order-detail-en");
    await page.keyboard.press("Escape");
    await expect.poll(() => detail.isVisible()).toBe(false);
    await switchLocale(page);
  });

  test("镇宁县's official opens the order to ship it: the same address and the phone whole", async () => {
    await signOut(page);
    await signIn(page, h.baseURL, "zhenning");
    await page.goto(`${h.baseURL}/incoming`);
    const row = page
      .getByTestId("incoming-table")
      .first()
      .locator("tr")
      .filter({ hasText: `${PRODUCT} × 3` })
      .filter({ hasText: "胶州市人民医院" })
      .first();
    await row.waitFor({ timeout: 30_000 });
    await row.getByTestId("order-detail-open").click();
    const detail = page.getByTestId("order-detail");
    await expect
      .poll(() => detail.getByTestId("detail-delivery").textContent(), { timeout: 30_000 })
      .toContain(ADDRESS);
    expect(await detail.getByTestId("detail-phone").textContent()).toMatch(/^1\d{10}$/);
    await h.screenshot(page, "incoming-order-detail-1366x768");
    expect(h.browser.pageErrors).toEqual([]);
  });
});

describe("several catalogue rows into the cart at once", () => {
  const SECOND = "徽县香菇";
  test("desk: tick two rows, 2 of the first and 1 of the second, added together; phone: select mode in the cards", async () => {
    await page.goto(`${h.baseURL}/`); // a fresh page: nothing left open by the test before
    await signOut(page);
    await signIn(page, h.baseURL, "buyer");
    await page.goto(`${h.baseURL}/catalogue`);
    const table = page.getByTestId("catalogue-table");
    const row = (name: string) => table.locator(".el-table__body tr").filter({ hasText: name }).first();
    await row(PRODUCT).waitFor({ timeout: 30_000 });
    const before = Number((await page.getByTestId("cart-checkout").textContent())?.match(/\d+/)?.[0] ?? 0);
    await row(PRODUCT).locator(".el-checkbox").click();
    await row(SECOND).locator(".el-checkbox").click();
    const bar = page.getByTestId("selection-bar");
    await expect.poll(() => bar.textContent()).toContain("已选 2 种");
    expect(await row(SECOND).getByTestId("select-qty").locator("input").inputValue()).toBe("1");
    await typeQuantity(row(PRODUCT).getByTestId("select-qty"), 2);
    await h.screenshot(page, "catalogue-multi-select-1366x768");
    await page.getByTestId("add-selected").click();
    await expect.poll(() => bar.count()).toBe(0);
    await expect
      .poll(async () => Number((await page.getByTestId("cart-checkout").textContent())?.match(/\d+/)?.[0] ?? 0))
      .toBe(before + 3);
    await page.getByTestId("cart-checkout").click();
    const drawer = page.getByTestId("cart-drawer");
    const line = (name: string) => drawer.getByTestId("cart-line").filter({ hasText: name });
    await line(PRODUCT).waitFor();
    expect(await line(PRODUCT).locator(".el-input-number input").inputValue()).toBe("2");
    expect(await line(SECOND).locator(".el-input-number input").inputValue()).toBe("1");
    await page.keyboard.press("Escape");
    await expect.poll(() => drawer.isVisible()).toBe(false);

    // Phone width: the cards have a select mode with a checkbox and a quantity each.
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await page.getByTestId("select-mode").click();
      const card = page.locator(".pcard").filter({ hasText: SECOND }).first();
      await card.getByTestId("select-row").click();
      await typeQuantity(card.getByTestId("select-qty"), 2);
      await h.screenshot(page, "catalogue-multi-select-375x812");
      await page.getByTestId("add-selected").click();
      await expect
        .poll(async () => Number((await page.getByTestId("cart-checkout").textContent())?.match(/\d+/)?.[0] ?? 0))
        .toBe(before + 5);
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    expect(h.browser.pageErrors).toEqual([]);
  });
});
