import { describe, expect, it } from "vitest";
import { defineComponent, h, ref } from "vue";
import RowActions, { type RowAction } from "./RowActions.vue";
import { mountApp, settle } from "@/test/mountApp";

const actions: RowAction[] = [
  { key: "edit", label: "Edit", testid: "x-edit" },
  { key: "close", label: "Close", type: "danger", testid: "x-close" },
  { key: "reopen", label: "Reopen", testid: "x-reopen", hidden: true },
];
const Host = defineComponent({
  props: { compact: { type: Boolean, default: undefined }, only: { type: String, default: undefined } },
  setup() {
    return { said: ref<string[]>([]), rowClicks: ref(0) };
  },
  render() {
    return h("div", { onClick: () => this.rowClicks++ }, [
      h(RowActions, {
        actions: actions.filter((a) => !this.only || a.key === this.only),
        compact: this.compact,
        onAction: (k: string) => this.said.push(k),
      }),
    ]);
  },
});

describe("RowActions", () => {
  it("on a wide screen: one link button per shown action, danger in red; a click says which and stays in the row", async () => {
    const { wrapper } = await mountApp(Host, { locale: "en" });
    const vm = wrapper.vm as unknown as { said: string[]; rowClicks: number };
    expect(wrapper.find("[data-testid=x-reopen]").exists()).toBe(false);
    expect(wrapper.get("[data-testid=x-close]").classes()).toContain("el-button--danger");
    await wrapper.get("[data-testid=x-edit]").trigger("click");
    await wrapper.get("[data-testid=x-close]").trigger("click");
    expect(vm.said).toEqual(["edit", "close"]);
    expect(vm.rowClicks).toBe(0);
  });

  it("compact (a phone): one 操作 button opening a menu with the same test ids", async () => {
    const { wrapper } = await mountApp(
      Host,
      { locale: "zh-CN" },
      { props: { compact: true }, attachTo: document.body },
    );
    const vm = wrapper.vm as unknown as { said: string[] };
    expect(wrapper.find("[data-testid=x-edit]").exists()).toBe(false);
    const menu = wrapper.get("[data-testid=row-actions-menu]");
    expect(menu.text()).toContain("操作");
    await menu.trigger("click");
    await settle();
    const item = document.querySelector<HTMLElement>("[data-testid=x-close]");
    expect(item).not.toBeNull();
    expect(document.querySelector("[data-testid=x-reopen]")).toBeNull();
    item!.click();
    await settle();
    expect(vm.said).toEqual(["close"]);
  });

  it("compact with one action: the button itself, not a menu of one", async () => {
    const { wrapper } = await mountApp(Host, { locale: "zh-CN" }, { props: { compact: true, only: "edit" } });
    const vm = wrapper.vm as unknown as { said: string[] };
    expect(wrapper.find("[data-testid=row-actions-menu]").exists()).toBe(false);
    await wrapper.get("[data-testid=x-edit]").trigger("click");
    expect(vm.said).toEqual(["edit"]);
  });
});
