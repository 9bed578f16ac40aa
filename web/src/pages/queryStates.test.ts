import { afterEach, describe, expect, it } from "vitest";
import type { Component } from "vue";
import CataloguePage from "./CataloguePage.vue";
import SupplyPage from "./SupplyPage.vue";
import PostingsPage from "./PostingsPage.vue";
import WorkersPage from "./WorkersPage.vue";
import InvestmentPage from "./InvestmentPage.vue";
import LeadsPage from "./LeadsPage.vue";
import PairingPage from "./PairingPage.vue";
import UsersPage from "./admin/UsersPage.vue";
import PairingsPage from "./admin/PairingsPage.vue";
import type { Role } from "@/gql/graphql";
import { fakeLink, mountApp, settle } from "@/test/mountApp";
import { USER_FLOW_TIMEOUT } from "@/test/user";

/** Every query fails (the database is down), except the years a pairing page needs to ask at all. */
const down = fakeLink((name) =>
  name === "AgreementYears"
    ? { data: { agreementYears: [2026] } }
    : { errors: [{ message: "数据库暂不可用", extensions: { code: "SERVICE_UNAVAILABLE" } }] },
);

const PAGES: [string, Component, Role, Record<string, unknown>?][] = [
  ["CataloguePage", CataloguePage, "BUYER"],
  ["SupplyPage", SupplyPage, "COUNTY_OFFICIAL"],
  ["PostingsPage", PostingsPage, "COUNTY_OFFICIAL"],
  ["WorkersPage", WorkersPage, "COUNTY_OFFICIAL"],
  ["InvestmentPage", InvestmentPage, "COUNTY_OFFICIAL"],
  ["LeadsPage", LeadsPage, "COORDINATOR"],
  ["PairingPage", PairingPage, "COORDINATOR", { id: "p1" }],
  ["UsersPage", UsersPage, "ADMIN"],
  ["PairingsPage", PairingsPage, "ADMIN"],
];

describe("a failed first load says so, with 重试, never as an empty page", { timeout: USER_FLOW_TIMEOUT }, () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it.each(PAGES)("%s", async (_name, page, role, props) => {
    const { wrapper } = await mountApp(page, { role, link: down }, { props: props ?? {} });
    await settle(10);
    const failed = wrapper.find("[data-testid=query-state-failed]");
    expect(failed.exists()).toBe(true);
    expect(failed.text()).toContain("加载失败");
    expect(failed.text()).toContain("重试");
    expect(wrapper.text()).not.toContain("暂无数据");
    wrapper.unmount();
  });
});
