import { createI18n, type MessageCompiler, type MessageContext } from "vue-i18n";
import type { AppLocale } from "@/lib/format";
import zhCore from "./zh-CN/core";
import type { MessageSchema } from "./zh-CN";

export const LOCALES: AppLocale[] = ["zh-CN", "en"];
const STORAGE_KEY = "xiezuo.locale";

export function savedLocale(): AppLocale {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === "zh-CN" || v === "en") return v;
  } catch {
    /* storage unavailable: fall back to the default */
  }
  return "zh-CN";
}

/** `{name}`: the one piece of vue-i18n's message syntax the app's messages use (i18n.test.ts keeps it so). */
export const NAMED = /\{\s*([A-Za-z_$][\w$-]*)\s*\}/;
/** What vue-i18n hands a message function: its public type leaves out `normalize` and `interpolate`. */
type Context = MessageContext & { normalize(parts: unknown[]): unknown; interpolate(value: unknown): unknown };
type Compiled = ReturnType<MessageCompiler>;
/** Each message text compiled once (vue-i18n's own compiler caches the same way). */
const compiledMessages = new Map<string, Compiled>();

/**
 * The app's own message compiler: plain text with named placeholders, each message split once.
 * vue-i18n's compiler (tokenizer, parser, code generator: 16 kB of the first load) is then left out
 * of the production build (`__INTLIFY_DROP_MESSAGE_COMPILER__`, web/vite.config.mts). The result is
 * what vue-i18n's own gives for such messages (i18n.test.ts compares every message of both languages),
 * for `t()` and for `<i18n-t>`'s slots alike (`normalize` and `interpolate` are the caller's).
 */
export const compileMessage: MessageCompiler = (message) => {
  if (typeof message !== "string") throw new TypeError("messages are text"); // never a precompiled AST here
  let compiled = compiledMessages.get(message);
  if (compiled) return compiled;
  const parts = message.split(new RegExp(NAMED.source, "g")); // odd places: the placeholders' names
  compiled = (
    parts.length === 1
      ? (ctx: Context) => (ctx.type === "text" ? message : ctx.normalize([message]))
      : (ctx: Context) =>
          ctx.normalize(parts.flatMap((p, i) => (i % 2 ? [ctx.interpolate(ctx.named(p))] : p ? [p] : [])))
  ) as Compiled;
  compiledMessages.set(message, compiled);
  return compiled;
};

/**
 * Chinese messages by area, each its own chunk: the first load holds only the core's (zh-CN/core.ts);
 * the router fetches the areas a page needs (its route's `meta.messages`) before it renders, so no
 * page ever shows a message's key. i18n-areas.test.ts checks every route names the areas its pages use.
 */
const ZH_AREAS = {
  pairing: () => import("./zh-CN/pairing"),
  evidence: () => import("./zh-CN/evidence"),
  audit: () => import("./zh-CN/audit"),
  consumption: () => import("./zh-CN/consumption"),
  labour: () => import("./zh-CN/labour"),
  invest: () => import("./zh-CN/invest"),
  setup: () => import("./zh-CN/setup"),
  accounts: () => import("./zh-CN/accounts"),
  imports: () => import("./zh-CN/imports"),
  jointWork: () => import("./zh-CN/jointWork"),
  donations: () => import("./zh-CN/donations"),
  fiscal: () => import("./zh-CN/fiscal"),
  talent: () => import("./zh-CN/talent"),
  unitPairs: () => import("./zh-CN/unitPairs"),
  grading: () => import("./zh-CN/grading"),
  integrity: () => import("./zh-CN/integrity"),
  periods: () => import("./zh-CN/periods"),
} satisfies Record<string, () => Promise<{ default: object }>>;

export type MessageArea = keyof typeof ZH_AREAS;
export const MESSAGE_AREAS = Object.keys(ZH_AREAS) as MessageArea[];

/**
 * Chinese (its core) is in the first load; English comes in its own chunk, whole, when asked for
 * (`loadLocale`), or is given here, as is the whole of Chinese (component tests pass both).
 */
export function createAppI18n(locale: AppLocale = savedLocale(), more: Partial<Record<AppLocale, MessageSchema>> = {}) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: "zh-CN",
    messageCompiler: compileMessage,
    // The core only: the areas are merged in as the router fetches them (into a copy: merging writes
    // into the object given, and the module's own stays the core alone).
    messages: { "zh-CN": structuredClone(zhCore) as unknown as MessageSchema, ...more } as Record<
      AppLocale,
      MessageSchema
    >,
  });
}

export const i18n = createAppI18n();

/** The areas some page has needed so far, and each one's fetch of its Chinese messages (once). */
const wantedAreas = new Set<MessageArea>();
const zhAreasLoading = new Map<MessageArea, Promise<void>>();

function loadZhArea(area: MessageArea): Promise<void> {
  let loading = zhAreasLoading.get(area);
  if (!loading) {
    loading = ZH_AREAS[area]().then(
      (m) => i18n.global.mergeLocaleMessage("zh-CN", m.default as Partial<MessageSchema>),
      (e: unknown) => {
        zhAreasLoading.delete(area); // a failed fetch is tried again on the next navigation
        throw e;
      },
    );
    zhAreasLoading.set(area, loading);
  }
  return loading;
}

/**
 * Makes sure the messages of these areas are there in the language shown. English is one chunk
 * (`loadLocale`): in English only the wish is remembered, and Chinese fetches it on switching back.
 */
export async function loadMessageAreas(areas: readonly MessageArea[]): Promise<void> {
  for (const a of areas) wantedAreas.add(a);
  if (currentLocale() === "zh-CN") await Promise.all(areas.map(loadZhArea));
}

/** Makes sure a language's messages are there (English is fetched the first time; Chinese, the areas wanted so far). */
export async function loadLocale(locale: AppLocale): Promise<void> {
  if (locale === "zh-CN") return void (await Promise.all([...wantedAreas].map(loadZhArea)));
  if (i18n.global.availableLocales.includes(locale)) return;
  i18n.global.setLocaleMessage(locale, (await import("./en")).default);
}

/** Switches the app's language (once its messages are there) and remembers the choice. */
export async function setLocale(locale: AppLocale): Promise<void> {
  await loadLocale(locale);
  i18n.global.locale.value = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* not persisted, still switched */
  }
  document.documentElement.lang = locale;
}

export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}
