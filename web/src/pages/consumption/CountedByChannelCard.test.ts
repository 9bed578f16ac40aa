import { describe, expect, it } from "vitest";
import { defineComponent, h } from "vue";
import CountedByChannelCard from "./CountedByChannelCard.vue";
import { mountApp, settle } from "@/test/mountApp";

const Host = defineComponent({
  render() {
    return h(CountedByChannelCard, {
      rows: [
        { channel: "FAIR", counted: "123456.78" },
        { channel: "ONLINE", counted: "331000000.00" },
      ],
      testid: "by-channel",
    });
  },
});

describe("CountedByChannelCard", () => {
  it("lists each channel in words with what it counted, short, the exact yuan on hover", async () => {
    const { wrapper } = await mountApp(Host, { locale: "zh-CN" });
    await settle();
    const table = wrapper.get("[data-testid=by-channel]");
    expect(wrapper.text()).toContain("按渠道");
    const rows = table.findAll(".el-table__body tr").map((r) => r.findAll("td").map((c) => c.text()));
    expect(rows).toEqual([
      ["展销大集", "¥12.35万"],
      [expect.any(String), "¥3.31亿"],
    ]);
    expect(table.get(".el-table__body .num").attributes("title")).toBe("¥123,456.78");
  });
});
