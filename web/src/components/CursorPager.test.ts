import { describe, expect, it } from "vitest";
import { defineComponent, h, ref } from "vue";
import CursorPager from "./CursorPager.vue";
import { useCursorPager, type PagedConnection } from "@/composables/useCursorPager";
import { mountApp, settle } from "@/test/mountApp";

/** A page of 45 rows in pages of 20: cursor "c1" ends page 1, "c2" page 2; a filter resets it. */
function connectionAfter(after: string | null): PagedConnection {
  const page = after == null ? 1 : Number(after.slice(1)) + 1;
  return { totalCount: 45, pageInfo: { hasNextPage: page < 3, endCursor: `c${page}` } };
}

const Host = defineComponent({
  setup() {
    const filter = ref("");
    const pager = useCursorPager(20, filter);
    const connection = ref<PagedConnection | null>(null);
    const loading = ref(false);
    return { filter, pager, connection, loading };
  },
  render() {
    return h("div", [
      h("span", { "data-testid": "after" }, String(this.pager.after.value)),
      h(CursorPager, { pager: this.pager, connection: this.connection, loading: this.loading }),
    ]);
  },
});

describe("CursorPager", () => {
  it("pages forward and back through a connection by its cursors, and starts again when a filter changes", async () => {
    const { wrapper } = await mountApp(Host, { locale: "en" });
    const vm = wrapper.vm as unknown as InstanceType<typeof Host>;
    const prev = () => wrapper.get("[data-testid=pager-prev]");
    const next = () => wrapper.get("[data-testid=pager-next]");
    const load = async () => {
      vm.connection = connectionAfter(vm.pager.after.value);
      await settle();
    };

    // Before the first page arrives (or when it failed): nothing to page to, and no "0 items" — the
    // list is not known to be empty.
    expect(wrapper.find("[data-testid=pager-info]").exists()).toBe(false);
    expect(wrapper.text()).not.toContain("0 items");
    expect(prev().attributes("disabled")).toBeDefined();
    expect(next().attributes("disabled")).toBeDefined();

    await load();
    expect(wrapper.text()).toContain("Page 1 of 3");
    expect(prev().attributes("disabled")).toBeDefined();
    await next().trigger("click");
    await load();
    expect(wrapper.get("[data-testid=after]").text()).toBe("c1");
    expect(wrapper.text()).toContain("Page 2 of 3");
    await next().trigger("click");
    await load();
    expect(wrapper.get("[data-testid=after]").text()).toBe("c2");
    expect(next().attributes("disabled")).toBeDefined();

    await prev().trigger("click");
    await load();
    expect(wrapper.get("[data-testid=after]").text()).toBe("c1");
    expect(wrapper.text()).toContain("Page 2 of 3");

    vm.filter = "蜂蜜";
    await settle();
    expect(wrapper.get("[data-testid=after]").text()).toBe("null");
    await load();
    expect(wrapper.text()).toContain("Page 1 of 3");
    wrapper.unmount();
  });

  it("holds both buttons while the next page loads", async () => {
    const { wrapper } = await mountApp(Host, { locale: "en" });
    const vm = wrapper.vm as unknown as InstanceType<typeof Host>;
    vm.connection = connectionAfter(null);
    vm.loading = true;
    await settle();
    expect(wrapper.get("[data-testid=pager-next]").attributes("disabled")).toBeDefined();
    vm.loading = false;
    await settle();
    expect(wrapper.get("[data-testid=pager-next]").attributes("disabled")).toBeUndefined();
    wrapper.unmount();
  });
});

describe("CursorPager with a count that stops at a limit", () => {
  it("says the total is a lower bound, with no number of pages", async () => {
    const { wrapper } = await mountApp(Host, { locale: "en" });
    const vm = wrapper.vm as unknown as InstanceType<typeof Host>;
    vm.connection = { totalCount: 10000, totalCountExact: false, pageInfo: { hasNextPage: true, endCursor: "k1" } };
    await settle();
    expect(wrapper.get("[data-testid=pager-info]").text()).toBe("Page 1 · 10,000+ items (not counted beyond)");
    expect(wrapper.text()).not.toContain("of 500");
    expect(wrapper.get("[data-testid=pager-next]").attributes("disabled")).toBeUndefined();
  });
});
