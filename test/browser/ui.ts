// Small helpers for driving the app's pages (Element Plus widgets) in the browser tests.
import type { Locator, Page } from 'playwright-core';

/** Today in China, as the app's users see it: "2026-11-23". */
export function shanghaiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A whole number of people as the app writes it ("1,516人", "1,516 people") → 1516. */
export function wholeNumber(text: string | null): number {
  const m = /-?[\d,]+/.exec(text ?? '');
  if (!m) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(m[0].replace(/,/g, ''));
}

/** Fills a field whether the test id sits on the <input> itself or on the component around it. */
export async function fill(field: Locator, value: string): Promise<void> {
  const tag = await field.evaluate((el) => el.tagName.toLowerCase());
  const input = tag === 'input' || tag === 'textarea' ? field : field.locator('input, textarea').first();
  await input.click();
  await input.fill(value);
}

/** Element Plus <el-select> is no native <select>: open it, then click the option (in a popper
 *  teleported to <body>), found by its test id when it has one, else by its text. */
export async function choose(page: Page, select: Locator, option: { testId?: string; text: RegExp | string }): Promise<void> {
  await select.click();
  const byId = option.testId ? page.locator(`[data-testid="${option.testId}"]:visible`) : null;
  const item = byId && (await byId.count()) > 0
    ? byId.first()
    : page.locator('.el-select-dropdown__item:visible').filter({ hasText: option.text }).first();
  await item.click();
}

