import { createI18n } from "vue-i18n";
import type { AppLocale } from "@/lib/format";
import zhCN, { type MessageSchema } from "./zh-CN";
import en from "./en";

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

export function createAppI18n(locale: AppLocale = savedLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: "zh-CN",
    messages: { "zh-CN": zhCN, en },
  });
}

export const i18n = createAppI18n();

/** Switches the app's language and remembers the choice. */
export function setLocale(locale: AppLocale) {
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
