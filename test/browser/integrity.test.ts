// 防篡改校验 (issue 13): the administrator opens the page from the menu, sees both chains sealed with
// their head hashes, presses 立即校验 and reads "both chains are whole" with the ledger's link count.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import type { Harness } from "./harness";
import { harnessWithPage, phoneShot, signIn } from "./ui";

let h: Harness;
let page: Page;
harnessWithPage((harness, p) => {
  h = harness;
  page = p;
});

describe("tamper evidence", () => {
  test("an administrator verifies the chains and sees OK and the head hash", async () => {
    await signIn(page, h.baseURL, "admin");
    await page.getByTestId("nav-admin-integrity").click();
    await page.waitForURL((u) => u.pathname === "/admin/integrity");
    const ledger = page.getByTestId("integrity-chain-ledger");
    await ledger.waitFor();
    await page.getByTestId("integrity-verify").click();
    const result = page.getByTestId("integrity-result");
    await result.waitFor({ timeout: 30_000 });
    await expect.poll(() => result.innerText()).toMatch(/两条链完整无缺/);
    const status = await h.gql<{
      integrityStatus: { chain: string; headHash: string; rows: number; sealed: number }[];
    }>("{ integrityStatus { chain headHash rows sealed } }", {}, await h.token("admin"));
    const head = status.integrityStatus.find((c) => c.chain === "ledger")!;
    expect(head.sealed).toBe(head.rows);
    expect(head.headHash).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => ledger.getByTestId("integrity-head").getAttribute("title")).toBe(head.headHash);

    expect(await page.getByTestId("integrity-result-ledger").innerText()).toMatch(/完整，共 \d+ 环/);
    expect(await page.getByTestId("integrity-heads").innerText()).toContain(head.headHash.slice(0, 16));
    await h.screenshot(page, "integrity-1366x768", { fullPage: true });
    await phoneShot(h, page, "integrity");
  });
});
