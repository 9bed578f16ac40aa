import { useI18n } from "vue-i18n";
import type { RouteLocationRaw } from "vue-router";
import type { AuditValueKind } from "@/gql/graphql";
import { formatDateTime, formatMoney } from "@/lib/format";

/** A value of an audit entry as the server gives it (AuditValue). */
export interface AuditValueView {
  kind: AuditValueKind;
  text?: string | null;
  refType?: string | null;
  refId?: string | null;
}

/** The i18n section that names the codes of a field (by record type first: a status means different things). */
const CODE_SECTIONS: Record<string, string> = {
  role: "roles",
  indicator: "indicators",
  basis: "quotaBasis",
  kind: "pairingKind",
  channel: "channels",
  group: "buyerGroups",
  stage: "invest.stages",
  "SubOrder.status": "subOrderStatus",
  "Supplier.status": "supplierStatus",
  "Placement.status": "labour.status",
  "InvestmentProject.status": "invest.stages",
  "Region.side": "side",
  "Region.level": "setup.levels",
  "ImportBatch.kind": "imports.kinds",
  "ImportBatch.mode": "imports.modes",
  "JointWork.kind": "jointWork.kinds",
  "JointWork.direction": "jointWork.directions",
  "TalentPosting.direction": "talent.directions",
  donationKind: "donations.kinds",
  donorKind: "donations.donorKinds",
  emergency: "donations.emergencies",
  "FiscalProject.sector": "fiscal.sectors",
  "FiscalProject.kind": "fiscal.kinds",
};

/**
 * Where an entry's record can be opened, for the readers of the audit trail (administrators and
 * coordinators): the pairing's own page, else the list page that holds such records.
 */
export function recordRoute(type: string, id: string): RouteLocationRaw | null {
  switch (type) {
    case "Pairing":
      return { name: "pairing", params: { id } };
    case "Supplier":
      return { name: "suppliers" };
    case "Donation":
      return { name: "donations" };
    case "Buyer":
    case "Quota":
    case "GroupTarget":
      return { name: "quotas" };
    case "Fair":
    case "SalesCentre":
      return { name: "channels" };
    case "Order":
    case "SubOrder":
      return { name: "all-orders" };
    case "InvestmentProject":
    case "InvestmentLead":
    case "SiteVisit":
      return { name: "investment" };
    case "JointWork":
      return { name: "jointWork" };
    case "FiscalProject":
      return { name: "fiscalAid" };
    default:
      return null;
  }
}

/** Labels and values of the audit trail, in the current language; unknown codes shown as they are. */
export function useAuditText() {
  const { t, te } = useI18n();
  const label = (key: string, fallback: string) => (te(key) ? t(key) : fallback);
  const actionLabel = (action: string) => label(`auditActions.${action}`, action);
  const typeLabel = (type: string) => label(`entityTypes.${type}`, type);
  /**
   * Nested fields come dotted ("suppliers.added"); their labels are keyed with "_". A value under a
   * set's name without its own label ("targets.FISCAL_AID") reads "目标 · 财政援助资金".
   */
  const fieldLabel = (field: string): string => {
    const own = `auditFields.${field.replace(/\./g, "_")}`;
    if (te(own) || !field.includes(".")) return label(own, field);
    const [set, ...rest] = field.split(".");
    const key = rest.join(".");
    const code = te(`auditFields.${key}`) ? t(`auditFields.${key}`) : label(`indicators.${key}`, key);
    return `${label(`auditFields.${set}`, set)} · ${code}`;
  };

  function valueText(entityType: string, field: string, v: AuditValueView | null | undefined): string {
    if (!v) return t("audit.empty2");
    const text = v.text ?? "";
    switch (v.kind) {
      case "REF":
        return v.text ?? t("audit.notVisible");
      case "BOOLEAN":
        return text === "true" ? t("audit.yes") : t("audit.no");
      case "MONEY":
        try {
          return formatMoney(text);
        } catch {
          return text;
        }
      case "DATETIME":
        return formatDateTime(text);
      case "CODE": {
        const leaf = field.split(".").pop()!;
        const section = CODE_SECTIONS[`${entityType}.${leaf}`] ?? CODE_SECTIONS[leaf];
        return section ? label(`${section}.${text}`, text) : text;
      }
      default:
        // WORKER_IDENTITY_REVEALED's `fields`: the names of the fields viewed, each as its label.
        return field === "fields" ? text.split("、").map(fieldLabel).join("、") : text;
    }
  }
  return { actionLabel, typeLabel, fieldLabel, valueText };
}
