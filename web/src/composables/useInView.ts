import { onBeforeUnmount, ref, watch, type Ref } from "vue";

/**
 * True from the first time the element comes within `margin` of the viewport, and stays true: what is
 * below the fold (a chart and its large library) is loaded only when the user gets near it. Watching
 * starts `settleMs` after the element is there, so a layout still filling in (a table sizing itself)
 * does not count as "in view". Without an IntersectionObserver (old browsers) it is true at once.
 */
export function useInView(
  target: Ref<Element | { $el?: Element } | null | undefined>,
  margin = "200px",
  settleMs = 0,
): Ref<boolean> {
  const seen = ref(typeof IntersectionObserver === "undefined");
  if (seen.value) return seen;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.value = true;
      observer.disconnect();
    },
    { rootMargin: margin },
  );
  const stop = watch(
    target,
    (t, _, onCleanup) => {
      const el = t instanceof Element ? t : t?.$el;
      if (!(el instanceof Element) || seen.value) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      if (settleMs > 0) timer = setTimeout(() => observer.observe(el), settleMs);
      else observer.observe(el);
      onCleanup(() => {
        clearTimeout(timer);
        observer.unobserve(el);
      });
    },
    { immediate: true, flush: "post" },
  );
  watch(seen, (s) => s && stop());
  onBeforeUnmount(() => {
    stop();
    observer.disconnect();
  });
  return seen;
}
