/**
 * The investment pipeline as the web app shows it (server: investment/stage.ts, docs/investment.md).
 * The server gives each project its `allowedNextStages` from its one table of moves; the app only
 * orders them, says what each move asks for, and checks a move's form before sending it.
 */
import type { ProjectStage } from "@/gql/graphql";
import { allOf } from "./enums";
import { checkAmountInput, todayIso } from "./format";

/** The pipeline in its order (the board lists stages this way); DROPPED last. */
export const STAGE_ORDER = allOf<ProjectStage>()([
  "LEAD",
  "SITE_VISIT",
  "NEGOTIATION",
  "SIGNED",
  "FUNDS_ARRIVING",
  "IN_PRODUCTION",
  "DROPPED",
]);

/** Element Plus tag colour per stage. */
export const STAGE_TAG: Record<ProjectStage, "info" | "primary" | "warning" | "success" | "danger"> = {
  LEAD: "info",
  SITE_VISIT: "primary",
  NEGOTIATION: "primary",
  SIGNED: "warning",
  FUNDS_ARRIVING: "warning",
  IN_PRODUCTION: "success",
  DROPPED: "danger",
};

/** What a move asks for: SIGNED the contract amount and date, DROPPED a reason. */
export type MoveNeeds = "contract" | "reason" | null;
export interface MoveChoice {
  stage: ProjectStage;
  needs: MoveNeeds;
  /** Dropping is the way out, not a step forward (shown as a danger button). */
  exit: boolean;
}

/** The moves a project offers, forward steps first in pipeline order, dropping last. */
export function moveChoices(allowed: readonly ProjectStage[]): MoveChoice[] {
  return [...new Set(allowed)]
    .sort((a, b) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b))
    .map((stage) => ({
      stage,
      needs: stage === "SIGNED" ? "contract" : stage === "DROPPED" ? "reason" : null,
      exit: stage === "DROPPED",
    }));
}

/** Stages in which a contract exists: fund tranches and outcome reports may be recorded. */
export const SIGNED_STAGES: ReadonlySet<ProjectStage> = new Set(["SIGNED", "FUNDS_ARRIVING", "IN_PRODUCTION"]);

export interface MoveForm {
  occurredOn: string;
  contractAmount: string;
  signedOn: string;
  reason: string;
  note: string;
}

/** i18n keys (under `invest.errors`) of what is wrong with a move's form, keyed by field. */
export type MoveErrors = Partial<
  Record<
    "occurredOn" | "contractAmount" | "signedOn" | "reason",
    "required" | "format" | "positive" | "future" | "beforeLast"
  >
>;

/**
 * Checks a move before it is sent (the server checks again): dates not in the future nor before the
 * last stage change; SIGNED a positive amount (yuan, at most two decimals) and a date; DROPPED a reason.
 * Returns the input to send, or the errors per field.
 */
export function checkMove(
  choice: MoveChoice,
  form: MoveForm,
  lastChange: string,
  today = todayIso(),
):
  | {
      ok: true;
      input: {
        stage: ProjectStage;
        occurredOn?: string;
        contractAmount?: string;
        signedOn?: string;
        reason?: string;
        note?: string;
      };
    }
  | { ok: false; errors: MoveErrors } {
  const errors: MoveErrors = {};
  const checkDate = (field: "occurredOn" | "signedOn", value: string) => {
    if (!value) errors[field] = "required";
    else if (value > today) errors[field] = "future";
    else if (value < lastChange) errors[field] = "beforeLast";
  };
  const note = form.note.trim() || undefined;
  if (choice.needs === "contract") {
    const amount = checkAmountInput(form.contractAmount, "YUAN");
    if (!form.contractAmount.trim()) errors.contractAmount = "required";
    else if (!amount.ok) errors.contractAmount = amount.error === "format" ? "format" : "positive";
    checkDate("signedOn", form.signedOn);
    if (Object.keys(errors).length || !amount.ok) return { ok: false, errors };
    return { ok: true, input: { stage: choice.stage, contractAmount: amount.value, signedOn: form.signedOn, note } };
  }
  checkDate("occurredOn", form.occurredOn);
  if (choice.needs === "reason" && !form.reason.trim()) errors.reason = "required";
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      stage: choice.stage,
      occurredOn: form.occurredOn,
      ...(choice.needs === "reason" ? { reason: form.reason.trim() } : {}),
      note,
    },
  };
}

/** Checks an optional amount filter ("" = none); returns the text to send, null, or false when malformed. */
export function amountFilter(raw: string): string | null | false {
  if (!raw.trim()) return null;
  const c = checkAmountInput(raw, "YUAN");
  return c.ok ? c.value : false;
}
