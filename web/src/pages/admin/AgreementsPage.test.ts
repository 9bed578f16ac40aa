import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import AgreementsPage from "./AgreementsPage.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT, click, confirm, errorOf, field, fill, messages } from "@/test/user";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };
const PAIRING = { __typename: "Pairing", id: "p1", name: "莱西市—镇宁县", status: "ACTIVE" } as const;

type Agreement = {
  signedOn: string | null;
  targets: { indicator: string; unit: string; target: string }[];
  targetHistory?: unknown[];
} | null;

/** A fake server: the pairing's agreement for the year (null: none yet) and what each mutation received. */
function server(agreement: Agreement, previous = true) {
  const sent: { name: string; input: Record<string, unknown> }[] = [];
  const link = fakeLink((name, variables) => {
    if (name === "SetupPairingChoices")
      return { data: { pairings: { __typename: "PairingConnection", nodes: [PAIRING] } } };
    if (name === "SetupAgreement")
      return {
        data: {
          pairing: {
            ...PAIRING,
            endedOn: null,
            agreement: agreement && {
              __typename: "Agreement",
              id: "a1",
              year: variables.year,
              signedOn: agreement.signedOn,
              targets: agreement.targets.map((x) => ({ __typename: "AgreementTarget", ...x })),
              targetHistory: agreement.targetHistory ?? [],
            },
            previous: previous ? { __typename: "Agreement", id: "a0" } : null,
          },
        },
      };
    sent.push({ name, input: variables.input as Record<string, unknown> });
    if (name === "SaveAgreement")
      return { data: { saveAgreement: { __typename: "Agreement", id: "a1", signedOn: "2026-03-01" } } };
    if (name === "CopyAgreement") return { data: { copyAgreement: { __typename: "Agreement", id: "a2" } } };
    if (name === "ChangeAgreementTarget")
      return { data: { changeAgreementTarget: { __typename: "Agreement", id: "a1" } } };
    return { data: null };
  });
  return { link, sent };
}

describe("AgreementsPage (年度协议)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("a year without an agreement: says so, offers 复制上年协议, and saves every target typed with the signing date", async () => {
    const { link, sent } = server(null);
    await mountApp(AgreementsPage, { role: "COORDINATOR", link, path: "/?pairing=p1&year=2026" });
    await vi.waitFor(() => expect(document.body.textContent).toContain("2026 年尚无协议"), WAIT);

    await fill("选派党政干部", "1.5");
    await fill("财政援助资金", "1,234,567.89");
    await click("保存协议");
    await vi.waitFor(() => expect(errorOf("选派党政干部")).toContain("请输入不小于 0 的数"), WAIT);
    expect(sent).toHaveLength(0);

    await fill("选派党政干部", "3");
    await fill("签订日期", "2026-03-01");
    await click("保存协议");
    await vi.waitFor(() => expect(sent).toHaveLength(1), WAIT);
    expect(sent[0]).toEqual({
      name: "SaveAgreement",
      input: {
        pairingId: "p1",
        year: 2026,
        signedOn: "2026-03-01",
        targets: [
          { indicator: "FISCAL_AID", target: "1234567.89" },
          { indicator: "CADRES_SENT", target: "3" },
        ],
      },
    });
    await vi.waitFor(() => expect(messages().join(" ")).toContain("已保存 2026 年协议"), WAIT);

    await click("复制上年协议");
    await confirm("把 2025 年协议的目标复制为 2026 年协议的初稿？");
    await vi.waitFor(() => expect(sent).toHaveLength(2), WAIT);
    expect(sent[1]).toEqual({ name: "CopyAgreement", input: { pairingId: "p1", fromYear: 2025, toYear: 2026 } });
  });

  it("a signed agreement: a set target changes only through the dialog, with a reason; the history is shown", async () => {
    const { link, sent } = server({
      signedOn: "2026-03-01",
      targets: [{ indicator: "CADRES_SENT", unit: "PEOPLE", target: "3" }],
      targetHistory: [
        {
          __typename: "AgreementTargetChange",
          id: "h1",
          at: "2026-03-01T02:00:00.000Z",
          indicator: "CADRES_SENT",
          unit: "PEOPLE",
          before: null,
          after: "3",
          reason: null,
          actor: { __typename: "User", id: "u1", displayName: "青岛市扶贫协作办 协调员" },
        },
      ],
    });
    await mountApp(AgreementsPage, { role: "ADMIN", link, path: "/?pairing=p1&year=2026" });
    await vi.waitFor(() => expect(document.body.textContent).toContain("已签订"), WAIT);
    expect(field("选派党政干部").querySelector("input")!.disabled).toBe(true);
    expect(field("财政援助资金").querySelector("input")!.disabled).toBe(false);
    expect(document.querySelector("[data-testid=target-history]")!.textContent).toContain("青岛市扶贫协作办 协调员");

    await click("调整");
    await fill("新目标", "4");
    await click("保存");
    await vi.waitFor(() => expect(errorOf("调整原因")).toBe("请填写此项"), WAIT);
    expect(sent).toHaveLength(0);
    await fill("调整原因", " 增派一名干部 ");
    await click("保存");
    await vi.waitFor(() => expect(sent).toHaveLength(1), WAIT);
    expect(sent[0]).toEqual({
      name: "ChangeAgreementTarget",
      input: { pairingId: "p1", year: 2026, indicator: "CADRES_SENT", target: "4", reason: "增派一名干部" },
    });
    await vi.waitFor(() => expect(messages().join(" ")).toContain("已调整目标"), WAIT);
  });

  it("asks for a pairing first, in English too", async () => {
    const { link } = server(null);
    await mountApp(AgreementsPage, { role: "COORDINATOR", link, locale: "en", path: "/?year=2026" });
    await vi.waitFor(() => expect(document.body.textContent).toContain("Choose a pairing and a year"), WAIT);
  });
});
