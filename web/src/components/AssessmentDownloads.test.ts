import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import AssessmentDownloads from "./AssessmentDownloads.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT } from "@/test/user";

enableAutoUnmount(afterEach);
afterEach(() => vi.unstubAllGlobals());

const WAIT = { timeout: 4000, interval: 20 };
const ID = "00000000-0000-4000-8000-000000000001";

describe("AssessmentDownloads", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("downloads the workbook and the report of the pairing's year; a PDF the server cannot make is unavailable, not failed", async () => {
    URL.createObjectURL = vi.fn(() => "blob:x");
    URL.revokeObjectURL = vi.fn();
    const fetchMock = vi.fn(async (url: string) =>
      url.includes(".pdf")
        ? new Response(JSON.stringify({ errors: [{ message: "no LibreOffice" }] }), { status: 503 })
        : new Response("PK", { status: 200 }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const { wrapper } = await mountApp(
      AssessmentDownloads,
      { link: fakeLink(() => ({ data: {} })) },
      {
        props: { pairingId: ID, year: 2026 },
      },
    );
    expect(wrapper.text()).toContain("考核工作簿 (.xlsx)");
    expect(wrapper.text()).toContain("自评报告 (.docx)");
    await wrapper.find("[data-testid=assessment-xlsx]").trigger("click");
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1), WAIT);
    expect(fetchMock.mock.calls[0][0]).toBe(`/exports/assessment.xlsx?pairingId=${ID}&year=2026`);
    await vi.waitFor(
      () => expect(wrapper.find("[data-testid=assessment-docx]").attributes("disabled")).toBeUndefined(),
      WAIT,
    );
    await wrapper.find("[data-testid=assessment-docx]").trigger("click");
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2), WAIT);
    expect(fetchMock.mock.calls[1][0]).toBe(`/exports/self-assessment.docx?pairingId=${ID}&year=2026`);
    await vi.waitFor(
      () => expect(wrapper.find("[data-testid=assessment-pdf]").attributes("disabled")).toBeUndefined(),
      WAIT,
    );
    await wrapper.find("[data-testid=assessment-pdf]").trigger("click");
    await vi.waitFor(() => expect(document.body.textContent).toContain("本服务器未安装 LibreOffice"), WAIT);
    expect(document.querySelector(".el-message--info")).not.toBeNull();
    expect(document.querySelector(".el-message--error")).toBeNull();
  });

  it("without a year the buttons wait", async () => {
    const { wrapper } = await mountApp(
      AssessmentDownloads,
      { link: fakeLink(() => ({ data: {} })) },
      {
        props: { pairingId: ID, year: null },
      },
    );
    expect(wrapper.find("[data-testid=assessment-xlsx]").attributes("disabled")).toBeDefined();
  });
});
