import { settle } from "./mountApp";

/**
 * What a user does with a form, for component tests: find a field by what the user reads, type
 * into it or pick from it, click a button by its text, and read the message shown beside a field.
 * A test written with these reads like the user's steps and breaks when the page stops working
 * for a user — not when a component renames its internal state.
 *
 * A field is named by its form-item label (exact text first, then a label containing it), else by
 * its aria-label, placeholder, or — when there is nothing to read — its data-testid. Dialogs and
 * select menus are teleported to <body>, so everything is looked up in the document, newest first:
 * a closed dialog may linger while it fades out, and the one just opened is appended last.
 */

/**
 * The time a test that walks a form step by step may take (`describe(name, { timeout: USER_FLOW_TIMEOUT }, …)`):
 * each step lets Vue and Element Plus settle, and on a shared 2-core machine a dozen steps can pass
 * vitest's default 5 s while nothing is wrong.
 */
export const USER_FLOW_TIMEOUT = 45_000;

const LABEL = ".el-form-item__label";

/** Hidden by v-show (a closed dialog, a folded section) somewhere up the tree. */
function hidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement)
    if ((e as HTMLElement).style?.display === "none") return true;
  return false;
}

/** The last of `els` a person can see (a hidden one cannot be typed into or clicked). */
function newestShown<E extends Element>(els: Iterable<E>): E | undefined {
  return [...els].reverse().find((e) => !hidden(e));
}

function labelOf(item: Element): string {
  return item.querySelector(LABEL)?.textContent?.trim() ?? "";
}

/** The form item labelled `label`, or undefined. */
function formItem(label: string, root: ParentNode): HTMLElement | undefined {
  const items = [...root.querySelectorAll<HTMLElement>(".el-form-item")];
  return (
    newestShown(items.filter((i) => labelOf(i) === label)) ??
    newestShown(items.filter((i) => labelOf(i).includes(label)))
  );
}

function describeFields(root: ParentNode): string {
  const labels = [...root.querySelectorAll(LABEL)].map((l) => l.textContent?.trim()).filter(Boolean);
  const ids = [...root.querySelectorAll("[data-testid]")].map((e) => e.getAttribute("data-testid"));
  return `labels: ${labels.join(", ") || "none"}; test ids: ${ids.join(", ") || "none"}`;
}

/**
 * The element a user means by `name`: a form item's content (by label), or the element carrying
 * that aria-label, placeholder or data-testid. Throws, listing what there is, when nothing matches.
 */
export function field(name: string, root: ParentNode = document.body): HTMLElement {
  const item = formItem(name, root);
  if (item) return item.querySelector<HTMLElement>(".el-form-item__content") ?? item;
  const q = JSON.stringify(name);
  // Not inside a popper: a select's menu repeats the select's aria-label on its list.
  const named = [
    ...root.querySelectorAll<HTMLElement>(`[aria-label=${q}], [placeholder=${q}], [data-testid=${q}]`),
  ].filter((e) => !e.closest(".el-popper"));
  const el = newestShown(named);
  if (!el) throw new Error(`No field "${name}" (${describeFields(root)})`);
  // A placeholder or aria-label sits on the <input> inside a component: act on the component.
  return (
    (el.closest(".el-select, .el-input-number, .el-date-editor, .el-input, .el-textarea") as HTMLElement | null) ?? el
  );
}

/** The first element matching `selector` at or inside `el`. */
function at<E extends Element>(el: Element, selector: string): E | null {
  return el.matches(selector) ? (el as unknown as E) : el.querySelector<E>(selector);
}

function pressEscape(target: Element) {
  target.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", code: "Escape", bubbles: true }));
}

/** Types `text` as a person does: focus, the value, input and change events, then leaving the field. */
async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await settle(1);
  input.blur();
  await settle();
}

/**
 * Fills a field: an el-input or textarea, an el-input-number, an el-date-picker (typed as the
 * picker's format, e.g. 2026-10-01) or a native <input type="date">. Use `choose` for selects,
 * radio groups; `toggle` for switches and checkboxes.
 */
export async function fill(name: string, value: string | number, root: ParentNode = document.body) {
  const el = field(name, root);
  const text = String(value);
  if (at(el, ".el-select") || at(el, ".el-radio-group")) throw new Error(`"${name}" is a choice: use choose()`);
  const input = at<HTMLInputElement | HTMLTextAreaElement>(
    el,
    "input:not([type=radio]):not([type=checkbox]), textarea",
  );
  if (!input) throw new Error(`"${name}" has no text input`);
  await typeInto(input, text);
  // A date picker takes a typed date on change, then opens its panel: close it as a person would.
  if (at(el, ".el-date-editor")) {
    pressEscape(input);
    await settle();
  }
}

/** Clears a text field (what a person does with select-all and delete). */
export const clear = (name: string, root: ParentNode = document.body) => fill(name, "", root);

/** The options of an opened el-select, found through the menu its input controls. */
function optionsOf(select: Element): HTMLElement[] {
  const id = select.querySelector("[aria-controls]")?.getAttribute("aria-controls");
  const menu = id ? document.getElementById(id) : null;
  if (!menu) throw new Error("The select's menu did not open");
  return [...menu.querySelectorAll<HTMLElement>(".el-select-dropdown__item")];
}

function byText<E extends Element>(els: E[], text: string): E | undefined {
  const t = (e: E) => e.textContent?.replace(/\s+/g, " ").trim() ?? "";
  return els.find((e) => t(e) === text) ?? els.find((e) => t(e).startsWith(text));
}

/**
 * Picks options by their visible text: from an el-select (opens its menu and clicks each option;
 * several for a multiple select) or a radio group (clicks the radio or radio button).
 */
export const choose = (name: string, ...options: string[]) => chooseIn(document.body, name, options);

async function chooseIn(root: ParentNode, name: string, options: string[]) {
  const el = field(name, root);
  const select = at<HTMLElement>(el, ".el-select");
  if (select) {
    const trigger = select.querySelector<HTMLElement>(".el-select__wrapper") ?? select;
    trigger.click();
    await settle();
    for (const text of options) {
      const items = optionsOf(select);
      const option = byText(items, text);
      if (!option)
        throw new Error(
          `"${name}" has no option "${text}" (options: ${items.map((i) => i.textContent?.trim()).join(", ")})`,
        );
      if (option.classList.contains("is-disabled")) throw new Error(`"${name}": option "${text}" is disabled`);
      option.click();
      await settle();
    }
    // A multiple select stays open after a pick: close it as a person would (Escape; a no-op when closed).
    pressEscape(select.querySelector("input") ?? select);
    await settle();
    return;
  }
  const radios = [...el.querySelectorAll<HTMLElement>(".el-radio, .el-radio-button")];
  if (radios.length) {
    for (const text of options) {
      const radio = byText(radios, text);
      if (!radio)
        throw new Error(
          `"${name}" has no choice "${text}" (choices: ${radios.map((r) => r.textContent?.trim()).join(", ")})`,
        );
      radio.querySelector<HTMLInputElement>("input")!.click();
      await settle();
    }
    return;
  }
  throw new Error(`"${name}" is neither a select nor a radio group`);
}

/** Turns a switch or checkbox to `on` (clicks it only when it is not already). */
export async function toggle(name: string, on = true, root: ParentNode = document.body) {
  const el = field(name, root);
  const sw = at<HTMLElement>(el, ".el-switch");
  if (sw) {
    if (sw.classList.contains("is-checked") !== on) sw.click();
  } else {
    const box = at<HTMLInputElement>(el, "input[type=checkbox]");
    if (!box) throw new Error(`"${name}" is neither a switch nor a checkbox`);
    if (box.checked !== on) box.click();
  }
  await settle();
}

/** The value a field shows (a text input's text, a select's chosen labels). */
export function valueOf(name: string, root: ParentNode = document.body): string {
  const el = field(name, root);
  const select = at(el, ".el-select");
  if (select) {
    const tags = [...select.querySelectorAll(".el-select__tags-text")].map((t) => t.textContent?.trim());
    if (tags.length) return tags.join(", ");
    // A single select shows its choice where the placeholder goes (transparent while nothing is chosen).
    return select.querySelector(".el-select__placeholder:not(.is-transparent)")?.textContent?.trim() ?? "";
  }
  const checked = el.querySelector<HTMLInputElement>(".el-radio-group input:checked");
  if (checked) return checked.closest(".el-radio, .el-radio-button")?.textContent?.trim() ?? "";
  const input = at<HTMLInputElement | HTMLTextAreaElement>(el, "input, textarea");
  if (!input) throw new Error(`"${name}" shows no value`);
  return input.value;
}

/** Clicks the button that reads `text` (the newest shown one: a dialog's button over the page's). */
export async function click(text: string, root: ParentNode = document.body) {
  const buttons = [...root.querySelectorAll<HTMLElement>("button, [role=button]")];
  const textOf = (b: Element) => b.textContent?.replace(/\s+/g, " ").trim() ?? "";
  // Exact text first; else a button that starts with it ("提交订单" for "提交订单 · ¥240.00").
  const button =
    newestShown(buttons.filter((b) => textOf(b) === text)) ??
    newestShown(buttons.filter((b) => textOf(b).startsWith(text)));
  if (!button)
    throw new Error(
      `No button "${text}" (buttons: ${buttons
        .map((b) => b.textContent?.trim())
        .filter(Boolean)
        .join(", ")})`,
    );
  if ((button as HTMLButtonElement).disabled) throw new Error(`Button "${text}" is disabled`);
  button.click();
  await settle();
}

/**
 * Answers the confirmation that asks `question` (an el-popconfirm opened by the button just clicked):
 * checks that it asks exactly that, then clicks its confirm button, or its cancel button when `yes` is false.
 */
export async function confirm(question: string, yes = true) {
  const questionOf = (p: Element) => p.querySelector(".el-popconfirm__main")?.textContent?.trim();
  const open = [...document.body.querySelectorAll<HTMLElement>(".el-popconfirm")].filter((p) => !hidden(p));
  const box = newestShown(open.filter((p) => questionOf(p) === question));
  if (!box) throw new Error(`No confirmation "${question}" (open: ${open.map(questionOf).join(", ") || "none"})`);
  const [cancel, ok] = box.querySelectorAll<HTMLElement>(".el-popconfirm__action button");
  (yes ? ok : cancel).click();
  await settle();
}

/** The message shown beside the field labelled `label`, or null when there is none. */
export function errorOf(label: string, root: ParentNode = document.body): string | null {
  const item = formItem(label, root);
  if (!item) throw new Error(`No field "${label}" (${describeFields(root)})`);
  // An emptied message still leaving (Element Plus's fade) is no message.
  return item.querySelector(".el-form-item__error")?.textContent?.trim() || null;
}

/** Every message shown beside a field, once Element Plus's transition has inserted them. */
export async function fieldErrors(root: ParentNode = document.body): Promise<string[]> {
  for (
    let i = 0;
    i < 20 &&
    root.querySelectorAll(".el-form-item.is-error").length > root.querySelectorAll(".el-form-item__error").length;
    i++
  ) {
    await new Promise((r) => requestAnimationFrame(r));
    await settle();
  }
  return [...root.querySelectorAll(".el-form-item.is-error .el-form-item__error")].map((e) => e.textContent!.trim());
}

/** The messages shown at the top of the page (ElMessage: saved, refused), oldest first. */
export function messages(): string[] {
  return [...document.body.querySelectorAll(".el-message")].map((m) => m.textContent?.trim() ?? "");
}

/**
 * The same steps within one part of the page (a table row, a cart line, one dialog) when a label
 * or button text appears more than once: `within(row).click("删除")`.
 */
export function within(root: ParentNode) {
  return {
    field: (name: string) => field(name, root),
    fill: (name: string, value: string | number) => fill(name, value, root),
    clear: (name: string) => clear(name, root),
    choose: (name: string, ...options: string[]) => chooseIn(root, name, options),
    toggle: (name: string, on = true) => toggle(name, on, root),
    valueOf: (name: string) => valueOf(name, root),
    click: (text: string) => click(text, root),
    errorOf: (label: string) => errorOf(label, root),
    fieldErrors: () => fieldErrors(root),
  };
}
