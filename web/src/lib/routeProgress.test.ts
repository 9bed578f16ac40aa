import { describe, expect, it } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { installRouteProgress, routeLoading } from "./routeProgress";

const Page = { render: () => null };

function routerWith(load: () => Promise<unknown>) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", component: Page },
      { path: "/lazy", component: load as never },
    ],
  });
  installRouteProgress(router);
  return router;
}

describe("route progress bar", () => {
  it("is shown while a lazy page loads and hidden once it has loaded", async () => {
    let resolve!: (m: unknown) => void;
    const router = routerWith(() => new Promise((r) => (resolve = r)));
    await router.push("/");
    expect(routeLoading.value).toBe(false);
    const going = router.push("/lazy");
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(routeLoading.value).toBe(true);
    resolve({ default: Page });
    await going;
    expect(routeLoading.value).toBe(false);
  });

  it("is hidden when the page fails to load (no bar stuck on screen)", async () => {
    const router = routerWith(() => Promise.reject(new Error("chunk failed")));
    await router.push("/");
    await router.push("/lazy").catch(() => undefined);
    expect(routeLoading.value).toBe(false);
  });

  it("is hidden when a guard refuses the navigation", async () => {
    const router = routerWith(() => Promise.resolve({ default: Page }));
    router.beforeEach((to) => to.path !== "/lazy");
    await router.push("/");
    await router.push("/lazy");
    expect(routeLoading.value).toBe(false);
  });
});
