import { ref, readonly } from "vue";
import type { Router } from "vue-router";

/**
 * The thin bar at the top of the window while a route (a lazily loaded page) is being loaded: shown
 * from the navigation's start to its end — done, refused, redirected or failed to load — so a slow
 * network never looks like a click that did nothing. One bar for the app, driven by the router.
 */
const loading = ref(false);

export const routeLoading = readonly(loading);

export function installRouteProgress(router: Router): void {
  router.beforeEach(() => {
    loading.value = true;
  });
  router.afterEach(() => {
    loading.value = false;
  });
  router.onError(() => {
    loading.value = false;
  });
}
