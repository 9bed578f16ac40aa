import { createI18n, type MessageCompiler, type MessageContext } from "vue-i18n";
import type { AppLocale } from "@/lib/format";
import zhCN, { type MessageSchema } from "./zh-CN";

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
 * Chinese is in the first load; English comes in its own chunk when asked for (`loadLocale`), or is
 * given here (component tests pass it).
 */
export function createAppI18n(locale: AppLocale = savedLocale(), more: Partial<Record<AppLocale, MessageSchema>> = {}) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: "zh-CN",
    messageCompiler: compileMessage,
    messages: { "zh-CN": zhCN, ...more } as Record<AppLocale, MessageSchema>,
  });
}

export const i18n = createAppI18n();

/** Makes sure a language's messages are there (English is fetched the first time). */
export async function loadLocale(locale: AppLocale): Promise<void> {
  if (locale === "zh-CN" || i18n.global.availableLocales.includes(locale)) return;
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
