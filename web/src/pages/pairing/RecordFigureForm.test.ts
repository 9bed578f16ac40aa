import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import RecordFigureForm from "./RecordFigureForm.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, choose, click, errorOf, fill, valueOf } from "@/test/user";

enableAutoUnmount(afterEach);

const WAIT = { timeout: 4000, interval: 20 };

describe("RecordFigureForm", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("shows a BAD_USER_INPUT error beside the field it names, in the current locale", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const link = fakeLink((_name, variables) => {
      sent.push(variables);
      return {
        errors: [
          new GraphQLError("上报数须大于零;如需减少请更正原记录", {
            extensions: {
              messages: {
                "zh-CN": "上报数须大于零;如需减少请更正原记录",
                en: "Must be positive; correct an entry to reduce it",
              },
              code: "BAD_USER_INPUT",
              field: "amount",
            },
          }),
        ],
      };
    });
    const { wrapper } = await mountApp(RecordFigureForm, { link }, { props: { pairingId: "p1", year: 2020 } });
    expect(valueOf("发生日期")).toBe("2020-12-31"); // a past year's record defaults to its last day
    await choose("指标", "劳务协作就业（人）");
    await fill("数额", "5");
    await fill("文件依据", "胶协办〔2020〕12号");
    await click("保存");

    await vi.waitFor(() => expect(errorOf("数额")).toBe("上报数须大于零;如需减少请更正原记录"), WAIT);
    expect(sent).toHaveLength(1);
    expect(sent[0].input).toMatchObject({
      pairingId: "p1",
      indicator: "LABOURERS_PLACED",
      amount: "5",
      occurredOn: "2020-12-31",
      sourceDocument: "胶协办〔2020〕12号",
    });
    expect(errorOf("文件依据")).toBeNull();
    expect(wrapper.emitted("recorded")).toBeUndefined();

    // Editing the field clears the server's message.
    await fill("数额", "6");
    await vi.waitFor(() => expect(errorOf("数额")).toBeNull(), WAIT);
  });

  it("English: the server's English half, beside the document field", async () => {
    const link = fakeLink(() => ({
      errors: [
        new GraphQLError("请填写文件依据", {
          extensions: {
            messages: { "zh-CN": "请填写文件依据", en: "Enter the source document" },
            code: "BAD_USER_INPUT",
            field: "sourceDocument",
          },
        }),
      ],
    }));
    await mountApp(RecordFigureForm, { link, locale: "en" }, { props: { pairingId: "p1", year: 2020 } });
    await choose("Indicator", "Fiscal aid");
    await fill("Amount", "1234.5");
    await fill("Source document", "x");
    await click("Save");
    await vi.waitFor(() => expect(errorOf("Source document")).toBe("Enter the source document"), WAIT);
  });

  it("checks the amount against the indicator's unit before sending", async () => {
    const sent: unknown[] = [];
    const link = fakeLink((_n, v) => {
      sent.push(v);
      return { data: null };
    });
    await mountApp(RecordFigureForm, { link }, { props: { pairingId: "p1", year: 2020 } });
    await choose("指标", "劳务协作就业（人）");
    await fill("数额", "12.5");
    await fill("文件依据", "doc");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("数额")).toBe("请输入整数"), WAIT);
    expect(sent).toHaveLength(0);
  });

  it("renders the data-testids the browser test uses", async () => {
    const { wrapper } = await mountApp(RecordFigureForm, {}, { props: { pairingId: "p1", year: 2020 } });
    for (const id of [
      "record-indicator",
      "record-amount",
      "record-date",
      "record-document",
      "record-note",
      "record-submit",
    ]) {
      expect(wrapper.find(`[data-testid=${id}]`).exists(), id).toBe(true);
    }
  });
});

describe("RecordFigureForm: an indicator fed by records (issue 12)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("says a typed-in figure is counted apart as 上报 and links to the page whose records feed it", async () => {
    const { wrapper } = await mountApp(
      RecordFigureForm,
      { role: "COORDINATOR", link: fakeLink(() => ({ data: null })) },
      { props: { pairingId: "p1", year: 2020 } },
    );
    expect(wrapper.find("[data-testid=record-from-records]").exists()).toBe(false);
    await choose("指标", "财政援助资金（元）");
    await vi.waitFor(() => expect(wrapper.find("[data-testid=record-from-records]").exists()).toBe(true), WAIT);
    expect(wrapper.get("[data-testid=record-from-records]").text()).toContain("单列为「上报」");
    expect(wrapper.get("[data-testid=record-records-link]").attributes("href")).toBe("/fiscal-aid");
    expect(wrapper.get("[data-testid=record-records-link]").text()).toBe("财政援助项目");
    await choose("指标", "结对帮扶（个）");
    await vi.waitFor(
      () => expect(wrapper.get("[data-testid=record-records-link]").attributes("href")).toBe("/unit-pairs"),
      WAIT,
    );
  });
});
