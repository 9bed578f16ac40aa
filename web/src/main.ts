import { createApp, h, provide, watch } from "vue";
import { createPinia } from "pinia";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { ElMessage } from "element-plus";
import "./lib/element-services";
import App from "./App.vue";
import { createApolloClient } from "./apollo";
import { createAppRouter } from "./router";
import { i18n, currentLocale, loadLocale } from "./i18n";
import { codeOf, localizeServerMessage } from "./lib/errors";
import { useSessionStore } from "./stores/session";
import "./styles.css";

const pinia = createPinia();
const router = createAppRouter(pinia);
const session = useSessionStore(pinia);
const t = i18n.global.t;

const apollo = createApolloClient({
  getToken: () => session.token,
  getLocale: currentLocale,
  onUnauthenticated: () => {
    if (!session.isAuthenticated) return;
    session.clear();
    ElMessage({ type: "warning", message: t("session.expired"), grouping: true });
    const here = router.currentRoute.value;
    // Leave the page first so no query is in flight when the cache is emptied.
    void router
      .replace({ name: "login", query: here.meta.public ? {} : { redirect: here.fullPath } })
      .then(() => apollo.clearStore());
  },
  notify: (e) => {
    if ("networkError" in e) {
      ElMessage({ type: "error", message: t("errors.network"), grouping: true });
      return;
    }
    const code = codeOf(e);
    const generic = code ? t(`errors.${code}`) : t("errors.unknown");
    ElMessage({ type: "error", message: localizeServerMessage(e, currentLocale(), generic), grouping: true });
  },
});

document.documentElement.lang = currentLocale();
// The server answers messages and ledger notes in the language asked for (X-Locale): what is on
// screen is asked again in the new one.
watch(i18n.global.locale, () => void apollo.refetchQueries({ include: "active" }).catch(() => undefined));

const app = createApp({
  setup() {
    provide(DefaultApolloClient, apollo);
    return () => h(App);
  },
})
  .use(pinia)
  .use(i18n)
  .use(router);
// English is its own chunk: fetched before the first paint when it is the saved choice.
void loadLocale(currentLocale())
  .catch(() => undefined) // not reached: the app still starts, in Chinese
  .then(() => app.mount("#app"));
