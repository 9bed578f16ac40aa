import { createI18n } from "vue-i18n";
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

/**
 * Chinese is in the first load; English comes in its own chunk when asked for (`loadLocale`), or is
 * given here (component tests pass it).
 */
export function createAppI18n(locale: AppLocale = savedLocale(), more: Partial<Record<AppLocale, MessageSchema>> = {}) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: "zh-CN",
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
