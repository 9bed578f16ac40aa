import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defineComponent, h, nextTick, ref } from "vue";
import { mount } from "@vue/test-utils";
import { useInView } from "./useInView";

/** A hand-driven IntersectionObserver: `fire(true)` says the observed element came into view. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    private readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  unobserve(el: Element) {
    this.observed = this.observed.filter((e) => e !== el);
  }
  disconnect() {
    this.disconnected = true;
    this.observed = [];
  }
  fire(isIntersecting: boolean) {
    this.callback(this.observed.map(() => ({ isIntersecting })));
  }
}

function mountProbe() {
  let seen = ref(false);
  const wrapper = mount(
    defineComponent({
      setup() {
        const el = ref<HTMLElement | null>(null);
        seen = useInView(el);
        return () => h("div", { ref: el, "data-seen": String(seen.value) });
      },
    }),
  );
  return { wrapper, seen: () => seen.value };
}

describe("useInView", () => {
  beforeEach(() => vi.stubGlobal("IntersectionObserver", FakeObserver));
  afterEach(() => vi.unstubAllGlobals());

  it("is false until the element comes near the viewport, then stays true and stops observing", async () => {
    const { wrapper, seen } = mountProbe();
    await nextTick();
    const observer = FakeObserver.last!;
    expect(observer.options.rootMargin).toBe("200px");
    expect(observer.observed).toEqual([wrapper.element]);
    expect(seen()).toBe(false);
    observer.fire(false);
    expect(seen()).toBe(false);
    observer.fire(true);
    await nextTick();
    expect(seen()).toBe(true);
    expect(observer.disconnected).toBe(true);
    expect(wrapper.attributes("data-seen")).toBe("true");
  });

  it("starts watching only `settleMs` after the element is there", async () => {
    vi.useFakeTimers();
    try {
      let seen = ref(false);
      const wrapper = mount(
        defineComponent({
          setup() {
            const el = ref<HTMLElement | null>(null);
            seen = useInView(el, "0px", 500);
            return () => h("div", { ref: el });
          },
        }),
      );
      await nextTick();
      const observer = FakeObserver.last!;
      expect(observer.observed).toEqual([]);
      vi.advanceTimersByTime(500);
      expect(observer.observed).toEqual([wrapper.element]);
      observer.fire(true);
      expect(seen.value).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("stops observing when the component goes away", async () => {
    const { wrapper } = mountProbe();
    await nextTick();
    const observer = FakeObserver.last!;
    wrapper.unmount();
    expect(observer.disconnected).toBe(true);
  });

  it("is true at once where there is no IntersectionObserver", () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const { seen } = mountProbe();
    expect(seen()).toBe(true);
  });
});
