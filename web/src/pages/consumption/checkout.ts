import type { SalesChannel } from "@/gql/graphql";

/**
 * The checkout form's rules (CartDrawer), the same the server applies (orders/checkout.ts), so a
 * buyer hears of a mistake beside the field before anything is sent. The server checks again.
 */
export interface CheckoutForm {
  deliveryAddress: string;
  deliveryContact: string;
  deliveryPhone: string;
  invoiceTitle: string;
  taxNumber: string;
  note: string;
}
export type CheckoutField = keyof CheckoutForm;
export const CHECKOUT_FIELDS: readonly CheckoutField[] = [
  "deliveryAddress",
  "deliveryContact",
  "deliveryPhone",
  "invoiceTitle",
  "taxNumber",
  "note",
];
export const emptyCheckout = (): CheckoutForm => ({
  deliveryAddress: "",
  deliveryContact: "",
  deliveryPhone: "",
  invoiceTitle: "",
  taxNumber: "",
  note: "",
});

/** Online orders are delivered and invoiced; a sale at a fair or the sales centre is handed over there. */
export const needsDelivery = (channel: SalesChannel) => channel === "ONLINE";

export const normalisePhone = (raw: string) => raw.replace(/\s+/g, "").replace(/^(\+86|0086)-?/, "");
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
export const isValidPhone = (p: string) => MOBILE.test(p) || LANDLINE.test(p);

export const normaliseTaxNumber = (raw: string) => raw.replace(/\s+/g, "").toUpperCase();
/** 统一社会信用代码 (GB 32100): 31-character alphabet, check character over weights 3^i mod 31. */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(code[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31] === code[17];
}

/** What is wrong with a tax number, as a key of the `purchase.checkout` messages, or null. */
export function taxNumberProblem(raw: string): "taxFormat" | "taxCheck" | null {
  const tax = normaliseTaxNumber(raw);
  if (!/^[0-9A-Z]{15,20}$/.test(tax)) return "taxFormat";
  if (tax.length === 18 && !isValidCreditCode(tax)) return "taxCheck";
  return null;
}

export type CheckoutProblem = "required" | "addressShort" | "phoneFormat" | "taxFormat" | "taxCheck" | "tooLong";
const MAX: Record<CheckoutField, number> = {
  deliveryAddress: 200,
  deliveryContact: 50,
  deliveryPhone: 30,
  invoiceTitle: 100,
  taxNumber: 30,
  note: 500,
};

/**
 * The problems of a checkout, by field (empty when it may be sent). Online: address, contact,
 * phone, invoice title and tax number are all needed. At a fair or the centre none is, but what is
 * typed must still be right, and a tax number needs its invoice title.
 */
export function checkoutProblems(
  form: CheckoutForm,
  channel: SalesChannel,
): Partial<Record<CheckoutField, CheckoutProblem>> {
  const out: Partial<Record<CheckoutField, CheckoutProblem>> = {};
  const v = (f: CheckoutField) => form[f].trim();
  const online = needsDelivery(channel);
  if (online) {
    for (const f of ["deliveryAddress", "deliveryContact", "deliveryPhone", "invoiceTitle", "taxNumber"] as const)
      if (!v(f)) out[f] = "required";
  }
  if (v("deliveryAddress") && [...v("deliveryAddress")].length < 5) out.deliveryAddress = "addressShort";
  if (v("deliveryPhone") && !isValidPhone(normalisePhone(v("deliveryPhone")))) out.deliveryPhone = "phoneFormat";
  if (v("taxNumber")) {
    const p = taxNumberProblem(v("taxNumber"));
    if (p) out.taxNumber = p;
    else if (!v("invoiceTitle")) out.invoiceTitle = "required";
  }
  for (const f of CHECKOUT_FIELDS) if ([...v(f)].length > MAX[f]) out[f] = "tooLong";
  return out;
}

/** The checkout as placeOrder takes it: trimmed; nothing for what is empty or not asked for. */
export function checkoutInput(form: CheckoutForm, channel: SalesChannel): Partial<CheckoutForm> {
  const out: Partial<CheckoutForm> = {};
  const fields = needsDelivery(channel) ? CHECKOUT_FIELDS : (["invoiceTitle", "taxNumber", "note"] as const);
  for (const f of fields) {
    const v = form[f].trim();
    if (v) out[f] = f === "taxNumber" ? normaliseTaxNumber(v) : f === "deliveryPhone" ? normalisePhone(v) : v;
  }
  return out;
}
