import { describe, expect, it } from "vitest";
import { defineComponent, h, ref } from "vue";
import CardList from "./CardList.vue";
import { mountApp, settle } from "@/test/mountApp";

interface Worker {
  id: string;
  name: string;
}

const Host = defineComponent({
  setup() {
    const rows = ref<Worker[] | null>(null);
    const loading = ref(true);
    const emptyText = ref<string | undefined>(undefined);
    return { rows, loading, emptyText };
  },
  render() {
    return h(
      CardList<Worker>,
      { rows: this.rows, loading: this.loading, emptyText: this.emptyText, "data-testid": "workers", class: "cards" },
      { default: ({ row }: { row: Worker }) => h("div", { class: "card", "data-name": row.name }, row.name) },
    );
  },
});

describe("CardList", () => {
  it("shows a card per row, the empty state only once a page has loaded with none, and its own empty text", async () => {
    const { wrapper } = await mountApp(Host, { locale: "en" });
    const vm = wrapper.vm as unknown as InstanceType<typeof Host>;
    const list = () => wrapper.get("[data-testid=workers]");
    const cards = () =>
      list()
        .findAll(".card")
        .map((c) => c.attributes("data-name"));

    // Still loading: neither cards nor "no data".
    expect(list().classes()).toContain("cards");
    expect(cards()).toEqual([]);
    expect(list().find(".el-empty").exists()).toBe(false);

    vm.loading = false;
    await settle();
    expect(list().get(".el-empty").text()).toContain("No data");

    vm.emptyText = "No suppliers yet";
    await settle();
    expect(list().get(".el-empty").text()).toContain("No suppliers yet");

    vm.rows = [
      { id: "w1", name: "Li Wei" },
      { id: "w2", name: "Wang Fang" },
    ];
    await settle();
    expect(cards()).toEqual(["Li Wei", "Wang Fang"]);
    expect(list().find(".el-empty").exists()).toBe(false);
  });
});
