import { describe, expect, it } from "vitest";
import { defineComponent, h, ref } from "vue";
import QueryState from "./QueryState.vue";
import { mountApp, settle } from "@/test/mountApp";

const Host = defineComponent({
  props: { skeleton: { type: String, default: undefined } },
  setup() {
    return { loading: ref(true), hasData: ref(false), error: ref<unknown>(null) };
  },
  render() {
    return h(
      QueryState,
      {
        loading: this.loading,
        hasData: this.hasData,
        error: this.error,
        skeleton: this.skeleton as never,
        what: "订单",
      },
      () => h("div", { "data-testid": "content" }, this.hasData ? "rows" : "暂无数据"),
    );
  },
});
type HostVm = { loading: boolean; hasData: boolean; error: unknown };

describe("QueryState's first load", () => {
  it("shows a skeleton shaped like the content, never the content's empty text, until data or a failure comes", async () => {
    const { wrapper } = await mountApp(Host);
    const vm = wrapper.vm as unknown as HostVm;
    const sk = wrapper.get("[data-testid=query-state-skeleton]");
    expect(sk.attributes("data-shape")).toBe("table");
    expect(sk.attributes("aria-busy")).toBe("true");
    expect(sk.findAll(".sk-row")).toHaveLength(7); // a header and six rows
    expect(wrapper.find("[data-testid=content]").exists()).toBe(false);
    expect(wrapper.text()).not.toContain("暂无数据");

    vm.hasData = true;
    vm.loading = false;
    await settle();
    expect(wrapper.find("[data-testid=query-state-skeleton]").exists()).toBe(false);
    expect(wrapper.get("[data-testid=content]").text()).toBe("rows");

    // A refresh with data on screen keeps the data (the content draws its own spinner).
    vm.loading = true;
    await settle();
    expect(wrapper.find("[data-testid=query-state-skeleton]").exists()).toBe(false);
    expect(wrapper.find("[data-testid=content]").exists()).toBe(true);
  });

  it("a failure replaces the skeleton with what failed and 重试", async () => {
    const { wrapper } = await mountApp(Host);
    const vm = wrapper.vm as unknown as HostVm;
    vm.error = { networkError: new Error("down") };
    vm.loading = false;
    await settle();
    expect(wrapper.find("[data-testid=query-state-skeleton]").exists()).toBe(false);
    expect(wrapper.get("[data-testid=query-state-failed]").text()).toContain("重试");
  });

  it.each([
    ["cards", ".sk-card", 3],
    ["board", ".sk-stat", 4],
  ])("the %s shape", async (shape, part, n) => {
    const { wrapper } = await mountApp(Host, {}, { props: { skeleton: shape } });
    const sk = wrapper.get("[data-testid=query-state-skeleton]");
    expect(sk.attributes("data-shape")).toBe(shape);
    expect(sk.findAll(part)).toHaveLength(n);
  });
});
