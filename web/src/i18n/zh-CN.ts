/**
 * 简体中文 — the default locale, whole: the first load's part (zh-CN/core.ts) and every area's
 * (zh-CN/*.ts) merged. The app never imports this file's value (it would put every message back in the
 * first load): it is the message schema the type checker holds t("…") keys and en.ts against, and what
 * the tests compare. en.ts must have exactly the same keys (checked by the type).
 */
import core from "./zh-CN/core";
import pairing from "./zh-CN/pairing";
import evidence from "./zh-CN/evidence";
import audit from "./zh-CN/audit";
import consumption from "./zh-CN/consumption";
import labour from "./zh-CN/labour";
import invest from "./zh-CN/invest";
import setup from "./zh-CN/setup";
import accounts from "./zh-CN/accounts";
import imports from "./zh-CN/imports";
import jointWork from "./zh-CN/jointWork";
import donations from "./zh-CN/donations";
import fiscal from "./zh-CN/fiscal";
import talent from "./zh-CN/talent";
import unitPairs from "./zh-CN/unitPairs";
import grading from "./zh-CN/grading";
import integrity from "./zh-CN/integrity";
import periods from "./zh-CN/periods";

/** Every area's messages, merged into the core's (a block split between them, e.g. `labour`, joined again). */
export type MessageSchema = typeof core &
  typeof pairing &
  typeof evidence &
  typeof audit &
  typeof consumption &
  typeof labour &
  typeof invest &
  typeof setup &
  typeof accounts &
  typeof imports &
  typeof jointWork &
  typeof donations &
  typeof fiscal &
  typeof talent &
  typeof unitPairs &
  typeof grading &
  typeof integrity &
  typeof periods;

function merge(into: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(from)) {
    const there = into[k];
    into[k] =
      there && typeof there === "object" && v && typeof v === "object"
        ? merge({ ...(there as Record<string, unknown>) }, v as Record<string, unknown>)
        : v;
  }
  return into;
}

const zhCN = [
  pairing,
  evidence,
  audit,
  consumption,
  labour,
  invest,
  setup,
  accounts,
  imports,
  jointWork,
  donations,
  fiscal,
  talent,
  unitPairs,
  grading,
  integrity,
  periods,
].reduce<Record<string, unknown>>((all, area) => merge(all, area), merge({}, core)) as MessageSchema;

export default zhCN;
