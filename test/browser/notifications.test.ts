// 提醒 (issue 13), end to end in a real browser against the built app and a fresh demo database: the
// demo seed runs the daily reminders job, and the demo buyer is behind its quota's pace, so at sign-in
// the bell in the header shows an unread count (the same as the API's); the buyer opens the list,
// finds the behind-pace reminder, marks one read, and the count drops by exactly one, in the header
// and through the API. Screenshots of the list in Chinese and English, at desk and phone width.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import type { Harness } from "./harness";
import { switchLocale, harnessWithPage, signIn } from "./ui";

let h: Harness;
let page: Page;
harnessWithPage((harness, p) => {
  h = harness;
  page = p;
});

/** The unread count through the API, as the buyer. */
async function apiUnread(): Promise<number> {
  const d = await h.gql<{ unreadNotificationCount: number }>("{ unreadNotificationCount }", {}, await h.token("buyer"));
  return d.unreadNotificationCount;
}

/**
 * The number on the bell; 0 when the badge is hidden. One read that never waits: the badge's number is
 * removed when the count reaches 0 (v-if, after a leave transition), and a textContent() after an
 * isVisible() that found it waited 30 s for an element gone in between (31 s of this file's 40 under CI).
 */
async function bellCount(): Promise<number> {
  const shown = await page.getByTestId("bell-badge").locator(".el-badge__content:visible").allTextContents();
  return shown.length ? Number(shown[0].trim()) : 0;
}

const drawer = () => page.getByTestId("notifications").filter({ visible: true });

async function openList(title: string) {
  await page.getByTestId("bell").click();
  await expect.poll(() => drawer().locator(".el-drawer__title, header").first().textContent()).toContain(title);
  await drawer().getByTestId("notifications-list").waitFor({ timeout: 30_000 });
}

/** The open drawer at phone width (375×812, the viewport only: the drawer covers it), then back to the desk. */
async function phoneDrawerShot(name: string) {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.waitForTimeout(400); // the drawer goes full width below 768 px
  await h.screenshot(page, `${name}-375x812`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForTimeout(200);
}

async function closeList() {
  await page.keyboard.press("Escape");
  await drawer().waitFor({ state: "hidden" });
}

test("the demo buyer sees the bell with its unread count, the same as the API's", async () => {
  const unread = await apiUnread();
  expect(unread).toBeGreaterThan(0); // the seed's reminders job: the buyer is behind pace
  await signIn(page, h.baseURL, "buyer");
  await expect.poll(bellCount, { timeout: 30_000 }).toBe(unread);
  expect(await page.getByTestId("bell").getAttribute("aria-label")).toBe(`提醒,${unread} 条未读`);
  await h.screenshot(page, "notifications-bell-1366x768");
});

test("opens the list: the behind-pace reminder is there, unread; zh and en, desk and phone", async () => {
  await openList("提醒");
  const items = drawer().getByTestId("notification");
  const behind = items.filter({ has: page.locator(".el-tag", { hasText: "进度落后" }) });
  expect(await items.count()).toBeGreaterThanOrEqual(await bellCount());
  expect(await behind.count()).toBeGreaterThan(0);
  expect(await behind.first().getAttribute("data-kind")).toBe("BUYER_BEHIND_PACE");
  expect(await behind.first().getAttribute("class")).toContain("unread");
  await h.screenshot(page, "notifications-1366x768");
  await phoneDrawerShot("notifications");
  await closeList();

  await switchLocale(page);
  await expect.poll(() => page.getByTestId("bell").getAttribute("aria-label")).toMatch(/^Notifications, \d+ unread$/);
  await openList("Notifications");
  await expect.poll(() => drawer().locator(".el-tag", { hasText: "Behind pace" }).count()).toBeGreaterThan(0);
  await h.screenshot(page, "notifications-en-1366x768");
  await phoneDrawerShot("notifications-en");
  await closeList();
  await switchLocale(page);
  await expect.poll(() => page.getByTestId("bell").getAttribute("aria-label")).toMatch(/^提醒/);
});

test("marks one read: it shows as read and the count drops by exactly one, on the bell and in the API", async () => {
  const before = await apiUnread();
  expect(await bellCount()).toBe(before);
  await openList("提醒");
  const unreadItem = drawer().locator('[data-testid="notification"].unread').first();
  const text = await unreadItem.locator(".message").textContent();
  await unreadItem.getByTestId("notification-read").click();
  await expect.poll(bellCount).toBe(before - 1);
  expect(await apiUnread()).toBe(before - 1);
  // The same reminder (by its text) is now shown read, with no "mark read" button.
  const same = drawer()
    .getByTestId("notification")
    .filter({ has: page.locator(".message", { hasText: text ?? "" }) });
  await expect.poll(() => same.first().getAttribute("class")).not.toContain("unread");
  expect(await same.first().getByTestId("notification-read").count()).toBe(0);
  expect(await same.first().textContent()).toContain("已读");
  await h.screenshot(page, "notifications-read-1366x768");
});
