// The marketplace's management screens, end to end in a real browser against the built app and a
// fresh demo database: 镇宁县's official lists a new certified product with a photo; a buyer finds it
// in the catalogue (counted toward the quota, photo shown); Jiaozhou's coordinator opens a sales
// centre; the buyer records a purchase made there, and the order names the centre.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { choose, fill, PNG, screenshotFailures, shanghaiToday, signIn, signOut } from "./ui";

const PRODUCT = "镇宁蜂蜜礼盒(测试)";
const CENTRE = "胶州市消费帮扶专馆(测试店)";
const YEAR = Number(shanghaiToday().slice(0, 4));

let h: Harness;
let page: Page;

const login = (username: string) => signIn(page, h.baseURL, username);
const logout = () => signOut(page);

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
screenshotFailures(() => ({ h, page }));

describe("county official, coordinator and buyer manage and use the marketplace", () => {
  test("the county official lists a certified product, shows the server's field errors, and adds a photo", async () => {
    await login("zhenning");
    await page.getByTestId("nav-supply").click();
    await page.waitForURL(/\/supply$/);
    await page
      .getByTestId("supply-products")
      .first()
      .locator("tr, .pcard")
      .filter({ hasText: "镇宁土蜂蜜" })
      .first()
      .waitFor({ timeout: 30_000 });

    await page.getByTestId("product-new").click();
    const dialog = page.getByTestId("product-dialog");
    await choose(page, dialog.getByTestId("product-supplier"), { text: /蜂之源/ });
    await fill(dialog.getByTestId("product-name"), PRODUCT);
    await fill(dialog.getByTestId("product-category"), "蜂产品");
    await fill(dialog.getByTestId("product-spec"), "500g×2瓶/盒");
    await fill(dialog.getByTestId("product-unit"), "盒");
    await fill(dialog.getByTestId("product-price"), "128.00");
    await fill(dialog.getByTestId("product-stock"), "50");
    await fill(dialog.getByTestId("product-certificate-no"), "黔扶认〔2026〕520423-099");
    await fill(dialog.getByTestId("product-certificate-authority"), "贵州省乡村振兴局");
    await dialog.getByTestId("product-valid-from").fill(`${YEAR}-01-01`);
    // The end before the start: refused beside the field before anything is sent.
    await dialog.getByTestId("product-valid-to").fill(`${YEAR - 1}-12-31`);
    await dialog.getByTestId("product-submit").click();
    await expect.poll(() => dialog.locator(".el-form-item__error").allTextContents()).toContain("有效期止不能早于起");
    await dialog.getByTestId("product-valid-to").fill(`${YEAR + 1}-12-31`);
    await h.screenshot(page, "supply-new-product-1366x768");
    await dialog.getByTestId("product-submit").click();

    const row = page.getByTestId("supply-products").first().locator("tr").filter({ hasText: PRODUCT }).first();
    await row.waitFor({ timeout: 30_000 });
    await expect.poll(() => row.getByTestId("supply-cert-status").textContent()).toContain("认定有效");

    await row.getByTestId("product-edit").click();
    await dialog.getByTestId("image-file").setInputFiles({ name: "honey.png", mimeType: "image/png", buffer: PNG });
    await expect.poll(() => dialog.getByTestId("image-thumb").count(), { timeout: 30_000 }).toBe(1);
    // Not an image: the server's message shows, nothing is added.
    await dialog
      .getByTestId("image-file")
      .setInputFiles({ name: "x.png", mimeType: "image/png", buffer: Buffer.from("<svg/>") });
    await expect.poll(() => dialog.getByTestId("image-error").textContent()).toContain("JPEG");
    expect(await dialog.getByTestId("image-thumb").count()).toBe(1);
    // A certificate scan is not public: the API gives a short-lived signed link, which the <img>
    // loads without a bearer token (docs/hardening.md, "Who may fetch which image").
    await dialog.getByText("认定证书", { exact: true }).click();
    await dialog.getByTestId("image-file").setInputFiles({ name: "cert.png", mimeType: "image/png", buffer: PNG });
    await expect.poll(() => dialog.getByTestId("image-thumb").count(), { timeout: 30_000 }).toBe(2);
    const loaded = () =>
      dialog
        .locator('[data-testid="image-thumb"] img')
        .evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length);
    await expect.poll(loaded, { timeout: 30_000 }).toBe(2);
    await h.screenshot(page, "supply-product-images-1366x768");
    await page.keyboard.press("Escape");
    // On a phone the products are cards.
    await page.setViewportSize({ width: 375, height: 812 });
    await page
      .getByTestId("supply-products")
      .first()
      .locator(".pcard")
      .filter({ hasText: PRODUCT })
      .first()
      .waitFor({ timeout: 30_000 });
    await h.screenshot(page, "supply-375x812");
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("the coordinator opens a sales centre", async () => {
    await logout();
    await login("jiaozhou");
    await page.getByTestId("nav-channels").click();
    await page.waitForURL(/\/channels$/);
    await page
      .getByTestId("fairs-table")
      .first()
      .locator("tr, .row-card")
      .filter({ hasText: "展销大集" })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByTestId("centre-new").click();
    const dialog = page.getByTestId("centre-dialog");
    await fill(dialog.getByTestId("centre-name"), CENTRE);
    await fill(dialog.getByTestId("centre-address"), "胶州市扬州路 88 号");
    await dialog.getByTestId("centre-submit").click();
    await page
      .getByTestId("centres-table")
      .locator("tr")
      .filter({ hasText: CENTRE })
      .first()
      .waitFor({ timeout: 30_000 });
    await h.screenshot(page, "channels-1366x768", { fullPage: true });
    expect(h.browser.pageErrors).toEqual([]);
  });

  test("the buyer finds the new product (counted, with its photo) and buys it at the centre", async () => {
    await logout();
    await login("buyer");
    await page.goto(`${h.baseURL}/catalogue`);
    await fill(page.getByTestId("catalogue-search"), "礼盒");
    const row = page.getByTestId("catalogue-table").first().locator("tr").filter({ hasText: PRODUCT }).first();
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId("counts-yes").count()).toBeGreaterThan(0);
    await expect.poll(() => row.getByTestId("product-thumb").count()).toBe(1);
    await row.getByTestId("add-to-cart").click();

    await page.getByTestId("cart-checkout").click();
    const drawer = page.getByTestId("cart-drawer");
    await drawer.getByTestId("order-channel").getByText("消费帮扶专馆").click();
    // Without a centre the order cannot be sent.
    expect(await drawer.getByTestId("place-order").isDisabled()).toBe(true);
    await choose(page, drawer.getByTestId("order-sales-centre"), { text: CENTRE });
    await h.screenshot(page, "checkout-sales-centre-1366x768");
    await drawer.getByTestId("place-order").click();
    await expect.poll(() => page.getByTestId("cart-line").count(), { timeout: 30_000 }).toBe(0);

    const token = await h.token("buyer");
    const d = await h.gql<{
      orders: { nodes: { channel: string; salesCentre: { name: string } | null; total: string }[] };
    }>("{ orders(first: 1) { nodes { channel total salesCentre { name } } } }", {}, token);
    expect(d.orders.nodes[0]).toEqual({ channel: "SALES_CENTRE", total: "128.00", salesCentre: { name: CENTRE } });
    expect(h.browser.pageErrors).toEqual([]);
  });
});
