import { msg, type Message } from "../../shared/messages";
import { formatYuanCompact, parseHundredths } from "../../shared/money";
import { NotificationKind } from "./notification.entity";

type Params = Record<string, string | number>;
const p = (params: Params, key: string) => String(params[key] ?? "");

/**
 * A stored amount (yuan with two decimals, "354000.00") as a sentence shows it: "¥35.4万" in
 * Chinese, "¥354,000.00" / "¥3.28M" in English (shared/money.ts, as the web app's pages).
 */
const yuan = (params: Params, key: string, locale: "zh-CN" | "en") => {
  const fen = parseHundredths(p(params, key));
  return fen === null ? `¥${p(params, key)}` : formatYuanCompact(fen, locale);
};

/**
 * The text of each kind, rendered when read in the reader's language (a notification stores its
 * kind and figures, never a finished sentence). Figures only: money stored as yuan with two
 * decimals and shown with 万/亿 (or M/B), percentages to one decimal, never personal data.
 */
export const NOTIFICATION_TEXTS: Record<NotificationKind, (params: Params) => Message> = {
  [NotificationKind.BUYER_BEHIND_PACE]: (x) =>
    msg(
      `消费任务进度落后:已计入 ${yuan(x, "counted", "zh-CN")},完成 ${p(x, "completionPct")}%,按进度此时应完成 ${p(x, "expectedPct")}%(${yuan(x, "expected", "zh-CN")}),距年底还有 ${p(x, "daysLeft")} 天。`,
      `Your purchases are behind your quota's pace: ${yuan(x, "counted", "en")} counted, ${p(x, "completionPct")}% of the quota, where ${p(x, "expectedPct")}% (${yuan(x, "expected", "en")}) was expected by now; ${p(x, "daysLeft")} days left in the year.`,
    ),
  [NotificationKind.EVIDENCE_REJECTED]: (x) =>
    msg(
      `您上传的佐证材料“${p(x, "fileName")}”被驳回,请查看驳回原因后重新上传。`,
      `The evidence file "${p(x, "fileName")}" you uploaded was rejected: see the reason and upload it again.`,
    ),
  [NotificationKind.PERIOD_UNSUBMITTED]: (x) =>
    msg(
      `月度数据尚未报送:自 ${p(x, "period")} 起共 ${p(x, "count")} 个月未提交,请在“报送与审核”中提交。`,
      `Monthly figures not submitted: ${p(x, "count")} month(s) from ${p(x, "period")} on; submit them under Reporting.`,
    ),
};
