import { afterEach, describe, expect, it } from "vitest";
import { defineComponent, h } from "vue";
import ColumnPicker from "./ColumnPicker.vue";
import { useColumnChoice } from "@/composables/useColumnChoice";
import { mountApp, settle } from "@/test/mountApp";

const COLUMNS = [
  { key: "FISCAL_AID", label: "财政援助资金", group: "FUNDS" },
  { key: "SOCIAL_DONATIONS", label: "社会帮扶资金", group: "FUNDS" },
  { key: "LABOURERS_PLACED", label: "劳务协作就业", group: "LABOUR" },
];
const Host = defineComponent({
  setup() {
    const { hidden, isShown } = useColumnChoice("test-table");
    return { hidden, isShown };
  },
  render() {
    return h("div", [
      h(ColumnPicker, {
        columns: COLUMNS,
        modelValue: this.hidden,
        "onUpdate:modelValue": (v: string[]) => (this.hidden = v),
        groupLabel: (g: string) => `组:${g}`,
      }),
      h(
        "ul",
        COLUMNS.filter((c) => this.isShown(c.key)).map((c) => h("li", { "data-col": c.key }, c.label)),
      ),
    ]);
  },
});
const KEY = "xiezuo.columns.u1.test-table";
const box = (key: string) => document.querySelector<HTMLInputElement>(`[data-testid=column-picker-${key}] input`)!;

describe("ColumnPicker with useColumnChoice", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    localStorage.clear();
  });

  it("hides and shows columns, remembers the hidden ones per user and table, and keeps at least one", async () => {
    const { wrapper } = await mountApp(Host, {}, { attachTo: document.body });
    const shown = () => wrapper.findAll("li").map((l) => l.attributes("data-col"));
    expect(shown()).toEqual(["FISCAL_AID", "SOCIAL_DONATIONS", "LABOURERS_PLACED"]);
    expect(wrapper.get("[data-testid=column-picker]").text()).toBe("列 3/3");
    await wrapper.get("[data-testid=column-picker]").trigger("click");
    await settle();
    expect(document.querySelector("[data-testid=column-picker-list]")!.textContent).toContain("组:FUNDS");

    box("SOCIAL_DONATIONS").click();
    await settle();
    box("LABOURERS_PLACED").click();
    await settle();
    expect(shown()).toEqual(["FISCAL_AID"]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(["SOCIAL_DONATIONS", "LABOURERS_PLACED"]);
    expect(wrapper.get("[data-testid=column-picker]").text()).toBe("列 1/3");
    // The last column shown cannot be hidden.
    expect(box("FISCAL_AID").disabled).toBe(true);

    document.querySelector<HTMLElement>("[data-testid=column-picker-all]")!.click();
    await settle();
    expect(shown()).toHaveLength(3);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it("opens with the remembered choice; another user's choice is not this one's", async () => {
    localStorage.setItem(KEY, JSON.stringify(["FISCAL_AID"]));
    localStorage.setItem("xiezuo.columns.someone-else.test-table", JSON.stringify(["LABOURERS_PLACED"]));
    const { wrapper } = await mountApp(Host);
    expect(wrapper.findAll("li").map((l) => l.attributes("data-col"))).toEqual([
      "SOCIAL_DONATIONS",
      "LABOURERS_PLACED",
    ]);
  });
});
