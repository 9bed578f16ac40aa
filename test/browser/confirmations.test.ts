// Confirmations called as functions (ElMessageBox.confirm) are styled and centred: the on-demand
// imports only see components used in templates, so their styles come from web/src/lib/element-services.ts.
// Without it the box rendered as bare HTML in the page's top-left corner.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";
import { PNG, screenshotFailures, signIn, signOut } from "./ui";

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
screenshotFailures(() => ({ h, page }));

/** The open confirmation's look and place: styled (background, rounded corners, on a fixed overlay), centred. */
async function expectStyledAndCentred(name: string) {
  const box = page.locator(".el-message-box").last();
  await box.waitFor({ state: "visible", timeout: 10_000 });
  // Let the opening transition finish before measuring.
  await page.waitForTimeout(400);
  const look = await box.evaluate((el) => {
    const s = getComputedStyle(el);
    const overlay = el.closest(".el-overlay");
    const r = el.getBoundingClientRect();
    return {
      background: s.backgroundColor,
      radius: parseFloat(s.borderTopLeftRadius),
      overlayPosition: overlay ? getComputedStyle(overlay).position : null,
      cx: r.left + r.width / 2,
      cy: r.top + r.height / 2,
      width: r.width,
      vw: window.innerWidth,
      vh: window.innerHeight,
    };
  });
  await h.screenshot(page, name);
  expect(look.background).toBe("rgb(255, 255, 255)");
  expect(look.radius).toBeGreaterThan(0);
  expect(look.overlayPosition).toBe("fixed");
  expect(look.width).toBeLessThan(look.vw);
  expect(Math.abs(look.cx - look.vw / 2)).toBeLessThan(4);
  // Element Plus centres it vertically when `center` is off too (the overlay is a flex box), slightly above the middle at most.
  expect(Math.abs(look.cy - look.vh / 2)).toBeLessThan(look.vh / 4);
  // Dismiss without doing anything.
  await box.getByRole("button", { name: /取消|Cancel/ }).click();
  await box.waitFor({ state: "hidden", timeout: 10_000 });
}

describe("confirmations are styled and centred", () => {
  test("删除大集 (coordinator, /channels)", async () => {
    await signIn(page, h.baseURL, "jiaozhou");
    await page.goto(`${h.baseURL}/channels`);
    const del = page.getByTestId("fair-delete").first();
    await del.waitFor({ timeout: 30_000 });
    await del.click();
    await expectStyledAndCentred("confirm-fair-delete-1366x768");
    await signOut(page);
  });

  test("removing a product image (county official, /supply)", async () => {
    await signIn(page, h.baseURL, "zhenning");
    await page.goto(`${h.baseURL}/supply`);
    const edit = page.getByTestId("supply-products").first().getByTestId("product-edit").first();
    await edit.waitFor({ timeout: 30_000 });
    await edit.click();
    const images = page.getByTestId("product-images");
    await images.getByTestId("image-file").setInputFiles({ name: "p.png", mimeType: "image/png", buffer: PNG });
    const thumb = images.getByTestId("image-thumb").first();
    await thumb.waitFor({ timeout: 30_000 });
    await thumb.getByRole("button").last().click();
    await expectStyledAndCentred("confirm-image-remove-1366x768");
  });
});
