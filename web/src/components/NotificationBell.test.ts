import { afterEach, describe, expect, it } from "vitest";
import { enableAutoUnmount } from "@vue/test-utils";
import type { FetchResult } from "@apollo/client/core";
import NotificationBell from "./NotificationBell.vue";
import { fakeLink, holdOperation, mountApp, settle } from "@/test/mountApp";

enableAutoUnmount(afterEach);

/** A fake server: two unread reminders; marking one read or all updates the count. */
function server(opts: { failList?: boolean } = {}) {
  const rows = [
    {
      __typename: "Notification",
      id: "n1",
      kind: "BUYER_BEHIND_PACE",
      message: "消费任务进度落后:已计入 ¥1000.00,完成 0.3%",
      link: "/quota",
      createdAt: "2026-11-30T00:00:00.000Z",
      readAt: null as string | null,
    },
    {
      __typename: "Notification",
      id: "n2",
      kind: "EVIDENCE_REJECTED",
      message: "您上传的佐证材料“现场照片.png”被驳回",
      link: "/pairings/p1",
      createdAt: "2026-11-29T00:00:00.000Z",
      readAt: null as string | null,
    },
  ];
  const calls: string[] = [];
  const unread = () => rows.filter((r) => !r.readAt);
  const link = fakeLink((name, vars): FetchResult => {
    calls.push(name);
    if (name === "UnreadNotificationCount") return { data: { unreadNotificationCount: unread().length } };
    if (name === "MyNotifications") {
      if (opts.failList)
        return { errors: [{ message: "数据库暂不可用", extensions: { code: "SERVICE_UNAVAILABLE" } }] } as never;
      const nodes = vars.unreadOnly ? unread() : rows;
      return {
        data: {
          myNotifications: { __typename: "NotificationConnection", totalCount: nodes.length, nodes: [...nodes] },
        },
      };
    }
    if (name === "MarkNotificationRead") {
      const r = rows.find((x) => x.id === vars.id)!;
      r.readAt = "2026-11-30T01:00:00.000Z";
      return { data: { markNotificationRead: { __typename: "Notification", id: r.id, readAt: r.readAt } } };
    }
    if (name === "MarkAllNotificationsRead") {
      const n = unread().length;
      for (const r of rows) r.readAt ??= "2026-11-30T01:00:00.000Z";
      return { data: { markAllNotificationsRead: n } };
    }
    throw new Error(`unexpected ${name}`);
  });
  return { link, calls };
}

const badge = (el: Element) => el.querySelector("[data-testid=bell-badge] .el-badge__content");

describe("NotificationBell", () => {
  it("shows the unread count, lists the reminders, marks one read and the count drops", async () => {
    const s = server();
    const { wrapper } = await mountApp(NotificationBell, { role: "BUYER", link: s.link });
    await settle();
    expect(badge(wrapper.element)?.textContent?.trim()).toBe("2");
    expect(wrapper.get("[data-testid=bell]").attributes("aria-label")).toBe("提醒,2 条未读");
    // The list is asked for only when opened.
    expect(s.calls).not.toContain("MyNotifications");
    await wrapper.get("[data-testid=bell]").trigger("click");
    await settle();
    const items = document.querySelectorAll("[data-testid=notification]");
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain("进度落后");
    expect(items[0].textContent).toContain("消费任务进度落后");
    (items[0].querySelector("[data-testid=notification-read]") as HTMLElement).click();
    await settle(10);
    expect(s.calls).toContain("MarkNotificationRead");
    expect(badge(wrapper.element)?.textContent?.trim()).toBe("1");
    expect(document.querySelectorAll("[data-testid=notification-read]")).toHaveLength(1);
  });

  it("marks all read: the badge disappears", async () => {
    const s = server();
    const { wrapper } = await mountApp(NotificationBell, { role: "COUNTY_OFFICIAL", link: s.link });
    await settle();
    await wrapper.get("[data-testid=bell]").trigger("click");
    await settle();
    (document.querySelector("[data-testid=notifications-mark-all]") as HTMLElement).click();
    await settle(10);
    expect(s.calls).toContain("MarkAllNotificationsRead");
    expect(wrapper.get("[data-testid=bell]").attributes("aria-label")).toBe("提醒,0 条未读");
    const b = badge(wrapper.element) as HTMLElement | null;
    expect(b === null || b.style.display === "none").toBe(true);
  });

  it("reopened, the drawer shows loading until this opening's list comes, never the last one's", async () => {
    const s = server();
    // MyNotifications answers only when released: what the drawer shows meanwhile is what a slow
    // network shows.
    const slow = holdOperation("MyNotifications", s.link);
    const { wrapper } = await mountApp(NotificationBell, { role: "BUYER", link: slow.link });
    await settle();
    await wrapper.get("[data-testid=bell]").trigger("click");
    await settle();
    slow.release();
    await settle();
    expect(document.querySelectorAll("[data-testid=notification]")).toHaveLength(2);
    // Closed (in jsdom the leave transition never ends, which is when the drawer says so).
    wrapper.findComponent({ name: "ElDrawer" }).vm.$emit("update:modelValue", false);
    await settle(10);
    // What it showed then may be out of date by now (read in another tab, another language).
    await wrapper.get("[data-testid=bell]").trigger("click");
    await settle();
    expect(document.querySelectorAll("[data-testid=notification]")).toHaveLength(0);
    expect(document.querySelector("[data-testid=notifications-state-skeleton]")).not.toBeNull();
    slow.release();
    await settle();
    expect(document.querySelectorAll("[data-testid=notification]")).toHaveLength(2);
  });

  it("a list that fails to load says so (not 'no notifications')", async () => {
    const s = server({ failList: true });
    const { wrapper } = await mountApp(NotificationBell, { role: "BUYER", link: s.link });
    await settle();
    await wrapper.get("[data-testid=bell]").trigger("click");
    await settle();
    expect(document.querySelector("[data-testid=notifications-state-failed]")).not.toBeNull();
    expect(document.querySelector("[data-testid=notifications-empty]")).toBeNull();
  });

  it("reads in English", async () => {
    const s = server();
    const { wrapper } = await mountApp(NotificationBell, { role: "BUYER", locale: "en", link: s.link });
    await settle();
    expect(wrapper.get("[data-testid=bell]").attributes("aria-label")).toBe("Notifications, 2 unread");
  });
});
