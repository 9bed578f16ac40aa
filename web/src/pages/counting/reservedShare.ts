import type { CanteenKind } from "@/gql/graphql";
import { moneyToFen, percentToBasisPoints } from "@/pages/consumption/quotaMath";

/**
 * 预留份额申报 arithmetic, in exact integers (BigInt fen) as the server's canteenShareOf: the
 * canteen's food budget × the rate in basis points, rounded half up to the fen. The preview in the
 * dialog; the server's answer is what is kept.
 */
export const CANTEEN_KINDS: CanteenKind[] = ["CANTEEN", "NO_CANTEEN", "OUTSOURCED_CANTEEN", "SHARED_CANTEEN"];

export function canteenShareFen(budgetFen: bigint, rateBp: number): bigint {
  return (budgetFen * BigInt(rateBp) + 5000n) / 10000n;
}

export interface DeclarationForm {
  kind: CanteenKind;
  canteenBudget: string;
  ratePercent: string;
  unionAmount: string;
}

export type DeclarationProblem = "budgetRequired" | "moneyFormat" | "rateFormat" | "belowFloor";

/** What is wrong with the form before sending, by field (the server checks the same rules again). */
export function checkDeclaration(
  f: DeclarationForm,
  floorBp: number,
): Partial<Record<"canteenBudget" | "rateBasisPoints" | "unionAmount", DeclarationProblem>> {
  const out: Partial<Record<"canteenBudget" | "rateBasisPoints" | "unionAmount", DeclarationProblem>> = {};
  if (f.kind === "CANTEEN") {
    const budget = moneyToFen(f.canteenBudget);
    if (!f.canteenBudget.trim()) out.canteenBudget = "budgetRequired";
    else if (budget == null || budget <= 0n) out.canteenBudget = "moneyFormat";
    const bp = percentToBasisPoints(f.ratePercent);
    if (bp == null) out.rateBasisPoints = "rateFormat";
    else if (bp < floorBp) out.rateBasisPoints = "belowFloor";
  }
  if (f.unionAmount.trim() && moneyToFen(f.unionAmount) == null) out.unionAmount = "moneyFormat";
  return out;
}

/** The reserved share the form describes (canteen share + union share), in fen; null while incomplete. */
export function reservedTotalFen(f: DeclarationForm): bigint | null {
  const union = f.unionAmount.trim() ? moneyToFen(f.unionAmount) : 0n;
  if (union == null) return null;
  if (f.kind !== "CANTEEN") return union;
  const budget = moneyToFen(f.canteenBudget);
  const bp = percentToBasisPoints(f.ratePercent);
  return budget == null || bp == null ? null : canteenShareFen(budget, bp) + union;
}
