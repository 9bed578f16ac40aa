import { afterEach, describe, expect, it, vi } from "vitest";
import ImportsPage from "./ImportsPage.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, valueOf } from "@/test/user";

/** The server's answer to the upload, and what the fake XMLHttpRequest was sent. */
let answer: { status: number; body: unknown } = { status: 201, body: {} };
const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];

class FakeXhr {
  status = 0;
  responseText = "";
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private url = "";
  private headers: Record<string, string> = {};
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v;
  }
  send(body: unknown) {
    sent.push({ url: this.url, headers: this.headers, body });
    setTimeout(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
      this.status = answer.status;
      this.responseText = JSON.stringify(answer.body);
      this.onload?.();
    }, 5);
  }
}

const history = (nodes: unknown[] = []) => ({
  data: {
    importBatches: {
      __typename: "ImportBatchConnection",
      totalCount: nodes.length,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
      nodes,
    },
  },
});

/** Drops a file on the upload area as a person would choose one. */
async function chooseFile(name: string, size = 1000) {
  const input = document.querySelector<HTMLInputElement>("[data-testid=import-upload] input[type=file]")!;
  const file = new File([new Uint8Array(size)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  input.dispatchEvent(new Event("change"));
  await settle(10);
}

describe("ImportsPage", { timeout: USER_FLOW_TIMEOUT }, () => {
  afterEach(() => {
    document.body.innerHTML = "";
    vi.unstubAllGlobals();
    sent.length = 0;
  });

  it("a county official uploads workers, reads the three problems, commits the valid rows and sees the result", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    answer = {
      status: 201,
      body: {
        batchId: "b1",
        kind: "WORKERS",
        rows: 200,
        valid: 197,
        unchanged: 0,
        problemCount: 3,
        problems: [
          { row: 11, column: "身份证号", reason: "身份证号码无效(须为18位且校验位正确)" },
          { row: 51, column: "县(区)代码", reason: "只能为本县记录" },
          { row: 101, column: "姓名", reason: "请输入姓名" },
        ],
      },
    };
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "ImportBatches") return history();
      if (name === "CommitImport")
        return {
          data: {
            commitImport: {
              __typename: "ImportBatch",
              id: "b1",
              status: "COMMITTED",
              mode: "VALID_ROWS",
              rows: 200,
              written: 197,
              unchanged: 0,
              skipped: 3,
              committedAt: "2026-11-29T10:00:00.000Z",
            },
          },
        };
      return { data: null };
    });
    const { wrapper } = await mountApp(ImportsPage, { role: "COUNTY_OFFICIAL", link, path: "/?kind=WORKERS" });
    await settle(5);
    expect(valueOf("选择导入内容")).toBe("劳动力");
    // Coordinators' kinds are not offered to a county official; products are shown as coming.
    expect(wrapper.text()).not.toContain("往年填报数");
    expect(wrapper.get("[data-testid=imports-history]").text()).toContain("暂无导入记录");

    await chooseFile("镇宁劳动力.xlsx");
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe(`/imports/workers?fileName=${encodeURIComponent("镇宁劳动力.xlsx")}`);
    expect(sent[0].headers.authorization).toBe("Bearer test-token");
    await vi.waitFor(() => expect(wrapper.find("[data-testid=import-result]").exists()).toBe(true));
    expect(wrapper.get("[data-testid=import-rows]").text()).toBe("200");
    expect(wrapper.get("[data-testid=import-new]").text()).toBe("197");
    expect(wrapper.get("[data-testid=import-problem-rows]").text()).toBe("3");
    const problems = wrapper.get("[data-testid=import-problems]").findAll("tbody tr");
    expect(problems.map((r) => r.text())).toEqual([
      "11身份证号身份证号码无效(须为18位且校验位正确)",
      "51县(区)代码只能为本县记录",
      "101姓名请输入姓名",
    ]);
    expect(valueOf("写入方式")).toBe("只写入无问题的行，跳过有问题的行");

    await click("确认导入");
    await settle(5);
    expect(calls.filter((c) => c.name === "CommitImport").map((c) => c.variables)).toEqual([
      { batchId: "b1", mode: "VALID_ROWS" },
    ]);
    expect(wrapper.get("[data-testid=import-done]").text()).toContain("新增 197 行，已存在未变 0 行，跳过 3 行");
    // The history is asked again after the upload and after the commit.
    expect(calls.filter((c) => c.name === "ImportBatches").length).toBeGreaterThanOrEqual(3);
    wrapper.unmount();
  });

  it("all-or-nothing with problems writes nothing, and says so", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    answer = {
      status: 201,
      body: {
        batchId: "b2",
        kind: "WORKERS",
        rows: 2,
        valid: 1,
        unchanged: 0,
        problemCount: 1,
        problems: [{ row: 3, column: "手机号", reason: "手机号码须为11位大陆手机号" }],
      },
    };
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      calls.push({ name, variables });
      if (name === "ImportBatches") return history();
      if (name === "CommitImport")
        return {
          data: {
            commitImport: {
              __typename: "ImportBatch",
              id: "b2",
              status: "FAILED",
              mode: "ALL_OR_NOTHING",
              rows: 2,
              written: 0,
              unchanged: 0,
              skipped: 2,
              committedAt: "2026-11-29T10:00:00.000Z",
            },
          },
        };
      return { data: null };
    });
    const { wrapper } = await mountApp(ImportsPage, { role: "COUNTY_OFFICIAL", link });
    await settle(5);
    await chooseFile("两行.xlsx");
    await vi.waitFor(() => expect(wrapper.find("[data-testid=import-result]").exists()).toBe(true));
    const allOrNothing = [...document.querySelectorAll<HTMLElement>("[data-testid=import-mode] .el-radio")].find((r) =>
      r.textContent?.includes("全部无误才写入"),
    )!;
    allOrNothing.click();
    await settle(3);
    await click("确认导入");
    await settle(5);
    expect(calls.filter((c) => c.name === "CommitImport").map((c) => c.variables)).toEqual([
      { batchId: "b2", mode: "ALL_OR_NOTHING" },
    ]);
    expect(wrapper.get("[data-testid=import-done]").text()).toContain("未写入：文件中仍有问题");
    wrapper.unmount();
  });

  it("a refused file shows the server's reason in the chosen language, and nothing to commit", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    answer = {
      status: 400,
      body: {
        errors: [
          {
            message: "不是 .xlsx 电子表格,请下载模板填写后上传",
            extensions: {
              messages: {
                "zh-CN": "不是 .xlsx 电子表格,请下载模板填写后上传",
                en: "Not an .xlsx spreadsheet: fill in the template",
              },
              code: "BAD_USER_INPUT",
              field: "file",
            },
          },
        ],
      },
    };
    const link = fakeLink((name) => (name === "ImportBatches" ? history() : { data: null }));
    const { wrapper } = await mountApp(ImportsPage, { role: "COUNTY_OFFICIAL", link, locale: "en" });
    await settle(5);
    await chooseFile("workers.csv");
    await vi.waitFor(() => expect(wrapper.find("[data-testid=import-error]").exists()).toBe(true));
    expect(wrapper.get("[data-testid=import-error]").text()).toContain(
      "Not an .xlsx spreadsheet: fill in the template",
    );
    expect(wrapper.find("[data-testid=import-commit]").exists()).toBe(false);
    wrapper.unmount();
  });

  it("a file over 5 MB is refused before it is sent", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    const link = fakeLink((name) => (name === "ImportBatches" ? history() : { data: null }));
    const { wrapper } = await mountApp(ImportsPage, { role: "COUNTY_OFFICIAL", link });
    await settle(5);
    await chooseFile("big.xlsx", 5 * 1024 * 1024 + 1);
    expect(sent).toHaveLength(0);
    expect(wrapper.get("[data-testid=import-error]").text()).toContain("文件不能超过 5MB");
    wrapper.unmount();
  });

  it("the history says when it could not be loaded, and 重试 asks again", async () => {
    let asked = 0;
    const link = fakeLink((name) => {
      if (name !== "ImportBatches") return { data: null };
      asked++;
      return { errors: [{ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR" } }] };
    });
    const { wrapper } = await mountApp(ImportsPage, { role: "ADMIN", link });
    await settle(10);
    expect(wrapper.get("[data-testid=imports-history-error]").text()).toContain("导入记录加载失败");
    const before = asked;
    await wrapper.get("[data-testid=imports-history-retry]").trigger("click");
    await settle(10);
    expect(asked).toBeGreaterThan(before);
    wrapper.unmount();
  });
});
