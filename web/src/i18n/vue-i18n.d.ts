import type { MessageSchema } from "./zh-CN";

// Type-checks every t("…") key against the Chinese messages (the default locale).
declare module "vue-i18n" {
  export interface DefineLocaleMessage extends MessageSchema {}
}
