import { describe, expect, it } from "vitest";
import { defineComponent, h, ref } from "vue";
import { ElTableColumn } from "element-plus";
import TableOrCards from "./TableOrCards.vue";
import { mountApp, settle } from "@/test/mountApp";

interface Supplier {
  id: string;
  name: string;
}

const Host = defineComponent({
  props: { cards: { type: Boolean, default: undefined } },
  setup() {
    return {
      rows: ref<Supplier[] | null>(null),
      loading: ref(true),
      clicked: ref<string[]>([]),
    };
  },
  render() {
    return h(
      TableOrCards<Supplier>,
      {
        rows: this.rows,
        loading: this.loading,
        emptyText: "No suppliers yet",
        testid: "suppliers",
        tableMin: "720px",
        cards: this.cards,
        onRowClick: (row: Supplier) => this.clicked.push(row.id),
      },
      {
        card: ({ row }: { row: Supplier }) => h("div", { class: "card", "data-name": row.name }, row.name),
        default: () => h(ElTableColumn, { label: "Name", prop: "name" }),
      },
    );
  },
});

describe("TableOrCards", () => {
  it("a wide screen: a table under the list's test id, its empty text once loaded, a row click said", async () => {
    const { wrapper } = await mountApp(Host, { locale: "en" }, { attachTo: document.body });
    const vm = wrapper.vm as unknown as { rows: Supplier[] | null; loading: boolean; clicked: string[] };
    const list = wrapper.get("[data-testid=suppliers]");
    expect(list.classes()).toContain("el-table");
    expect((list.element.parentElement as HTMLElement).style.getPropertyValue("--table-min")).toBe("720px");

    vm.loading = false;
    await settle();
    expect(list.text()).toContain("No suppliers yet");

    vm.rows = [
      { id: "s1", name: "镇宁县蜂蜜合作社" },
      { id: "s2", name: "紫云县红芯薯合作社" },
    ];
    await settle(5);
    const rows = wrapper.get("[data-testid=suppliers]").findAll("tbody tr");
    expect(rows.map((r) => r.text())).toEqual(["镇宁县蜂蜜合作社", "紫云县红芯薯合作社"]);
    await rows[1].find("td").trigger("click");
    expect(vm.clicked).toEqual(["s2"]);
    expect(wrapper.find(".card").exists()).toBe(false);
  });

  it("cards (a phone): one card per row under the same test id, the same empty text, no table", async () => {
    const { wrapper } = await mountApp(Host, { locale: "en" }, { props: { cards: true } });
    const vm = wrapper.vm as unknown as { rows: Supplier[] | null; loading: boolean };
    const list = () => wrapper.get("[data-testid=suppliers]");
    expect(list().find(".el-empty").exists()).toBe(false); // still loading
    vm.loading = false;
    await settle();
    expect(list().get(".el-empty").text()).toContain("No suppliers yet");
    vm.rows = [{ id: "s1", name: "镇宁县蜂蜜合作社" }];
    await settle();
    expect(
      list()
        .findAll(".card")
        .map((c) => c.attributes("data-name")),
    ).toEqual(["镇宁县蜂蜜合作社"]);
    expect(wrapper.find(".el-table").exists()).toBe(false);
  });
});
