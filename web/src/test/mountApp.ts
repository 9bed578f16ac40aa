import { ApolloClient, ApolloLink, InMemoryCache, Observable, type FetchResult } from "@apollo/client/core";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { ElMessage } from "element-plus";
import { mount, type ComponentMountingOptions, type VueWrapper } from "@vue/test-utils";
import { createPinia, setActivePinia } from "pinia";
import { createMemoryHistory, createRouter } from "vue-router";
import type { Component } from "vue";
import { createAppI18n } from "@/i18n";
import zhCN from "@/i18n/zh-CN";
import en from "@/i18n/en";
import type { AppLocale } from "@/lib/format";
import type { Role } from "@/gql/graphql";
import { useSessionStore } from "@/stores/session";

/** A link that answers every operation with `answer(operationName, variables)`. */
export function fakeLink(answer: (name: string, variables: Record<string, unknown>) => FetchResult) {
  return new ApolloLink(
    (op) =>
      new Observable((observer) => {
        observer.next(answer(op.operationName, op.variables));
        observer.complete();
      }),
  );
}

/**
 * `link` with one operation held back: it answers only when `release()` is called (the latest one
 * sent), as a slow network would. What a screen shows meanwhile is what the test looks at.
 */
export function holdOperation(operationName: string, link: ApolloLink) {
  let held: (() => void) | null = null;
  const holding = new ApolloLink(
    (op, forward) =>
      new Observable<FetchResult>((observer) => {
        const go = () => forward(op).subscribe(observer);
        if (op.operationName === operationName) held = go;
        else go();
      }),
  ).concat(link);
  return {
    link: holding,
    release() {
      const go = held;
      held = null;
      if (!go) throw new Error(`no ${operationName} is held`);
      go();
    },
  };
}

export interface MountAppOptions {
  role?: Role | null;
  locale?: AppLocale;
  link?: ApolloLink;
  path?: string;
}

/** What mountApp mounted and nobody has unmounted yet (vitest.setup.ts clears it after each test). */
const mounted = new Set<VueWrapper>();

/**
 * Unmounts whatever the last test left mounted and empties the page. The suite shares one document
 * (isolate: false): a drawer teleported to <body> by a test that failed before its own unmount
 * would otherwise answer the next test's queries by label (it did: CartDrawer's checkout fields).
 */
export function unmountLeftovers() {
  for (const w of mounted) {
    try {
      w.unmount();
    } catch {
      // already unmounted by the test itself
    }
  }
  mounted.clear();
  if (typeof document === "undefined") return; // node-environment files have none
  // Messages (ElMessage) are apps of their own, outside `mounted`, that close themselves on a 3 s
  // timer: left open, that close (a v-show leave transition, which asks for requestAnimationFrame)
  // fired during a later file, between environments, and failed the run with an unhandled
  // rejection (CI, web unit tests). Closed here, within the test that showed them.
  ElMessage.closeAll();
  document.body.innerHTML = "";
}

/** Mounts a component with the app's plugins: Pinia (signed in as `role`), vue-i18n, a router, Apollo. */
export async function mountApp<C extends Component>(
  component: C,
  { role = "COORDINATOR", locale = "zh-CN", link = ApolloLink.empty(), path = "/" }: MountAppOptions = {},
  options: ComponentMountingOptions<C> = {},
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const session = useSessionStore(pinia);
  session.clear();
  if (role) {
    session.signIn({
      token: "test-token",
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: {
        id: "u1",
        username: "jiaozhou",
        displayName: "胶州市扶贫协作办 协调员",
        role,
        region: { id: "r1", name: "胶州市" },
      },
    });
  }
  // The whole of the Chinese (the app fetches its areas page by page) and the English.
  const i18n = createAppI18n(locale, { "zh-CN": zhCN, en });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", component: { template: "<div />" } },
      { path: "/progress", name: "progress", component: { template: "<div />" } },
      { path: "/audit", name: "audit", component: { template: "<div />" } },
      { path: "/welcome", name: "welcome", component: { template: "<div />" } },
      { path: "/login", name: "login", component: { template: "<div />" } },
      { path: "/change-password", name: "change-password", component: { template: "<div />" } },
      { path: "/pairings/:id", name: "pairing", component: { template: "<div />" } },
    ],
  });
  await router.push(path);
  await router.isReady();
  const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
  const wrapper = mount(component, {
    ...options,
    global: {
      ...(options.global ?? {}),
      plugins: [pinia, i18n, router],
      provide: { [DefaultApolloClient as symbol]: apollo },
    },
    attachTo: document.body,
  } as ComponentMountingOptions<C>);
  mounted.add(wrapper as unknown as VueWrapper);
  return { wrapper, session, router, apollo, i18n };
}

/** Lets promises, Vue's scheduler and async-validator settle. */
export async function settle(times = 5) {
  for (let i = 0; i < times; i++) await new Promise((r) => setTimeout(r, 0));
}
