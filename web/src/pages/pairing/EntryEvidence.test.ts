import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import EntryEvidence from "./EntryEvidence.vue";
import EvidenceCoverageCard from "./EvidenceCoverageCard.vue";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click } from "@/test/user";

enableAutoUnmount(afterEach);
afterEach(() => vi.unstubAllGlobals());

const WAIT = { timeout: 4000, interval: 20 };
const FILES = [
  {
    id: "f1",
    fileName: "拨付凭证.pdf",
    status: "PENDING" as const,
    url: "/evidence/f1",
    rejectReason: null,
    purpose: null,
  },
  {
    id: "f2",
    fileName: "receipt.png",
    status: "REJECTED" as const,
    url: "/evidence/f2",
    rejectReason: "金额不符",
    purpose: null,
  },
  {
    id: "f3",
    fileName: "合同.docx",
    status: "VERIFIED" as const,
    url: "/evidence/f3",
    rejectReason: null,
    purpose: null,
  },
];

describe("EntryEvidence", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("a coordinator sees each file's status, verifies a pending one and uploads a file", async () => {
    const sent: { name: string; variables: Record<string, unknown> }[] = [];
    const link = fakeLink((name, variables) => {
      sent.push({ name, variables });
      return { data: { verifyEvidence: { __typename: "EvidenceFile", id: "f1", status: "VERIFIED" } } };
    });
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: "f4", fileName: "a.pdf" }), { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    const { wrapper } = await mountApp(EntryEvidence, { link }, { props: { entryId: "e1", files: FILES } });
    const tags = wrapper.findAll("[data-testid=evidence-status]").map((t) => t.text());
    expect(tags).toEqual(["待审核", "已驳回", "已核实"]);
    expect(wrapper.text()).toContain("金额不符");
    // Only the pending file can be reviewed.
    expect(wrapper.findAll("[data-testid=evidence-verify]")).toHaveLength(1);
    await click("核实");
    await vi.waitFor(() => expect(sent.map((s) => s.name)).toEqual(["EvidenceVerifyFile"]), WAIT);
    expect(sent[0].variables).toEqual({ id: "f1" });
    await vi.waitFor(() => expect(wrapper.emitted("changed")).toHaveLength(1), WAIT);

    const input = wrapper.find<HTMLInputElement>("[data-testid=evidence-input]");
    const file = new File(["%PDF-1.4"], "凭证.pdf", { type: "application/pdf" });
    Object.defineProperty(input.element, "files", { value: [file], configurable: true });
    await input.trigger("change");
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1), WAIT);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/uploads/evidence?entryId=e1&fileName=${encodeURIComponent("凭证.pdf")}`);
    expect(init.method).toBe("POST");
    expect(init.body).toBe(file);
    await vi.waitFor(() => expect(wrapper.emitted("changed")).toHaveLength(2), WAIT);
  });

  it("shows the server's refusal of an upload in the current language", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              errors: [
                {
                  message: "文件内容与扩展名不符",
                  extensions: {
                    code: "BAD_USER_INPUT",
                    field: "file",
                    messages: {
                      "zh-CN": "文件内容与扩展名不符",
                      en: "The file's content does not match its extension",
                    },
                  },
                },
              ],
            }),
            { status: 400 },
          ),
      ),
    );
    const { wrapper } = await mountApp(
      EntryEvidence,
      { locale: "en", role: "COUNTY_OFFICIAL" },
      { props: { entryId: "e1", files: FILES } },
    );
    // A county official uploads but does not review.
    expect(wrapper.find("[data-testid=evidence-verify]").exists()).toBe(false);
    const input = wrapper.find<HTMLInputElement>("[data-testid=evidence-input]");
    Object.defineProperty(input.element, "files", { value: [new File(["x"], "a.pdf")], configurable: true });
    await input.trigger("change");
    await vi.waitFor(
      () =>
        expect(wrapper.find("[data-testid=evidence-error]").text()).toBe(
          "The file's content does not match its extension",
        ),
      WAIT,
    );
    expect(wrapper.emitted("changed")).toBeUndefined();
  });

  it("buyers see no upload button", async () => {
    const { wrapper } = await mountApp(EntryEvidence, { role: "BUYER" }, { props: { entryId: "e1", files: [] } });
    expect(wrapper.find("[data-testid=evidence-upload]").exists()).toBe(false);
  });
});

describe("EvidenceCoverageCard", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("per indicator %, and the largest figures lacking evidence", async () => {
    const link = fakeLink(() => ({
      data: {
        evidenceCoverage: [
          {
            __typename: "EvidenceCoverage",
            indicator: "FISCAL_AID",
            unit: "YUAN",
            delivered: "127.75",
            covered: "90.00",
            ratio: "0.7045",
            missingCount: 3,
            missing: [
              {
                __typename: "EvidenceGap",
                amount: "30.50",
                entry: {
                  __typename: "LedgerEntry",
                  id: "b",
                  occurredOn: "2019-06-02",
                  sourceDocument: "胶协办〔2019〕7号",
                },
              },
              {
                __typename: "EvidenceGap",
                amount: "7.25",
                entry: { __typename: "LedgerEntry", id: "c", occurredOn: "2019-06-03", sourceDocument: null },
              },
            ],
          },
        ],
      },
    }));
    const { wrapper } = await mountApp(EvidenceCoverageCard, { link }, { props: { pairingId: "p1", year: 2019 } });
    await settle(10);
    expect(wrapper.find("[data-testid=coverage-percent]").text()).toBe("70.5%");
    expect(wrapper.findAll("[data-testid=coverage-missing]")).toHaveLength(2);
    expect(wrapper.text()).toContain("胶协办〔2019〕7号");
    expect(wrapper.text()).toContain("另有 1 笔缺少佐证");
  });
});
