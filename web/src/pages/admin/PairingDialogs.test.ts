import { afterEach, describe, expect, it, vi } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import PairingDialogs from "./PairingDialogs.vue";
import { fakeLink, mountApp } from "@/test/mountApp";
import { todayIso } from "@/lib/format";
import { USER_FLOW_TIMEOUT, choose, click, errorOf, fill } from "@/test/user";

enableAutoUnmount(afterEach);
const WAIT = { timeout: 4000, interval: 20 };
const region = (id: string, code: string, name: string) => ({ __typename: "Region", id, code, name, level: "COUNTY" });

function server() {
  const sent: { name: string; input: Record<string, unknown> }[] = [];
  const link = fakeLink((name, variables) => {
    if (name === "SetupRegionChoices")
      return {
        data: {
          regions: {
            __typename: "RegionConnection",
            nodes:
              variables.side === "EAST"
                ? [region("e1", "370283", "平度市")]
                : [region("w1", "621227", "徽县"), region("w2", "520423", "镇宁布依族苗族自治县")],
          },
        },
      };
    const input = variables.input as Record<string, unknown>;
    sent.push({ name, input });
    if (name === "EndPairing" && sent.filter((x) => x.name === "EndPairing").length === 1)
      return {
        errors: [
          {
            message: "不能早于结对开始日期(2016-01-01)",
            extensions: {
              messages: { "zh-CN": "不能早于结对开始日期(2016-01-01)", en: "Not before the start, 2016-01-01" },
              code: "BAD_USER_INPUT",
              field: "endedOn",
            },
          },
        ],
      };
    if (name === "EndPairing")
      return { data: { endPairing: { __typename: "Pairing", id: "p1", status: "ENDED", endedOn: input.endedOn } } };
    return { data: { createPairing: { __typename: "Pairing", id: "p9", name: "平度市—徽县" } } };
  });
  return { link, sent };
}

describe("PairingDialogs (新建结对, 终止结对)", { timeout: USER_FLOW_TIMEOUT }, () => {
  it("新建结对: both sides required; sends the regions, kind, start and the parent chosen", async () => {
    const { link, sent } = server();
    const { wrapper } = await mountApp(
      PairingDialogs,
      { role: "COORDINATOR", link },
      { props: { creating: false, ending: null, parents: [{ id: "p0", name: "青岛市—陇南市" }] } },
    );
    await wrapper.setProps({ creating: true });
    await click("保存");
    await vi.waitFor(() => expect(errorOf("支援方")).toBe("请填写此项"), WAIT);
    expect(sent).toHaveLength(0);
    await choose("支援方", "平度市（370283）");
    await choose("受援方", "徽县（621227）");
    await choose("上级结对", "青岛市—陇南市");
    await click("保存");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(sent).toEqual([
      {
        name: "CreatePairing",
        input: { eastRegionId: "e1", westRegionId: "w1", kind: "EAST_WEST", since: todayIso(), parentId: "p0" },
      },
    ]);
  });

  it("终止结对 (today by default): a reason is required; the server's refusal of the date shows beside it", async () => {
    const { link, sent } = server();
    const { wrapper } = await mountApp(
      PairingDialogs,
      { role: "ADMIN", link },
      { props: { creating: false, ending: null, parents: [] } },
    );
    await wrapper.setProps({ ending: { id: "p1", name: "青岛市—菏泽市", since: "2016-01-01" } });
    await click("终止");
    await vi.waitFor(() => expect(errorOf("终止原因")).toBe("请填写此项"), WAIT);
    expect(sent).toHaveLength(0);
    await fill("终止原因", "省内协作调整");
    await click("终止");
    await vi.waitFor(() => expect(errorOf("终止日期")).toBe("不能早于结对开始日期(2016-01-01)"), WAIT);
    expect(wrapper.emitted("saved")).toBeUndefined();
    await click("终止");
    await vi.waitFor(() => expect(wrapper.emitted("saved")).toHaveLength(1), WAIT);
    expect(sent[1]).toEqual({ name: "EndPairing", input: { id: "p1", endedOn: todayIso(), reason: "省内协作调整" } });
  });
});
