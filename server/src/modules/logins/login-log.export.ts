import type { Request } from "express";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { chinaTime } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { newWorkbook, queryDate, queryText, xlsxExport } from "../../shared/xlsx-export";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { refName } from "../audit/audit.readable";
import { LoginOutcome } from "./login-event.entity";
import { listLoginEvents, type LoginLogFilterArgs } from "./login-log.service";
import { msg } from "../../shared/messages";

/** The outcomes in the login-log page's words. */
export const OUTCOME_ZH = CODE_ZH["LoginEvent.outcome"] as Record<LoginOutcome, string>;

/** At most this many attempts in one file (newest first). */
export const LOGIN_EXPORT_MAX = 10_000;

export function parseLoginLogQuery(q: Request["query"]): LoginLogFilterArgs {
  const outcomes = queryText(q, "outcomes", 200)?.split(",");
  if (outcomes?.some((o) => !(Object.values(LoginOutcome) as string[]).includes(o)))
    throw new AppError("BAD_USER_INPUT", msg("未知的结果", "Unknown outcome"), { field: "outcomes" });
  const filter: LoginLogFilterArgs = {
    userId: queryText(q, "userId"),
    username: queryText(q, "username"),
    ip: queryText(q, "ip"),
    outcomes: outcomes as LoginOutcome[] | undefined,
    from: queryDate(q, "from"),
    to: queryDate(q, "to"),
  };
  return filter;
}

/** 登录日志 as a workbook: the same filters and scope as the page. */
export async function loginLogWorkbook(ctx: RequestContext, filter: LoginLogFilterArgs): Promise<Buffer> {
  const page = await listLoginEvents(ctx, filter, 0, LOGIN_EXPORT_MAX);
  const { wb, sheet } = newWorkbook();
  const ws = sheet(W["loginLog.title"], [
    { header: W["loginLog.at"], key: "at", width: 20 },
    { header: W["loginLog.user"], key: "user", width: 18 },
    { header: W["loginLog.username"], key: "username", width: 18 },
    { header: W["loginLog.ip"], key: "ip", width: 18 },
    { header: W["loginLog.outcome"], key: "outcome", width: 20 },
    { header: W["loginLog.agent"], key: "agent", width: 50 },
  ]);
  const rows = await Promise.all(
    page.nodes.map(async (e) => ({
      at: chinaTime(e.at),
      user: e.userId ? ((await refName(ctx, "User", e.userId)) ?? "") : "",
      username: e.username,
      ip: e.ip,
      outcome: OUTCOME_ZH[e.outcome] ?? e.outcome,
      agent: e.userAgent ?? "",
    })),
  );
  for (const r of rows) ws.addRow(r);
  if (page.totalCount > page.nodes.length)
    ws.addRow({ at: `仅导出最新 ${LOGIN_EXPORT_MAX} 条,共 ${page.totalCount} 条;请缩小筛选范围` });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const loginLogExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  xlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR],
    what: "login log",
    parse: parseLoginLogQuery,
    fileName: () => ({ ascii: "login-log.xlsx", display: "登录日志.xlsx" }),
    build: loginLogWorkbook,
  });
