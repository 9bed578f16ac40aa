import { Field, ObjectType } from "type-graphql";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import { maskPhone, piiCipher } from "../../shared/pii";
import { rowsOf } from "../../shared/sql";
import { cond, param, type Scope } from "../../shared/scoped";
import { isValidCreditCode } from "../suppliers/credit-code";
import { type Message, msg } from "../../shared/messages";

/**
 * 结算 (checkout): what a real purchase needs besides its lines, as on the 832 platform — where the
 * goods go (address, contact person, phone), whom the invoice is made out to (发票抬头, 纳税人识别号)
 * and a note for the supplier. Stored on the order; the buyer's last delivery and invoice details
 * are remembered (`buyer_delivery`, one row per buyer organisation) and offered at its next checkout.
 *
 * The contact phone is personal data (DOMAIN.md: "phone numbers are personal data, visible only to
 * those who must see them"): stored encrypted with its masked form beside it (shared/pii.ts, as for
 * workers), shown whole only to the buyer's own users and to the county officials whose suppliers
 * deliver the order (they reach it only through a sub-order of their county: orderScope); a
 * coordinator or an administrator sees "138****5678".
 */
export const rawTables = ["buyer_delivery"] as const;

export interface CheckoutFields {
  deliveryAddress?: string | null;
  deliveryContact?: string | null;
  deliveryPhone?: string | null;
  invoiceTitle?: string | null;
  taxNumber?: string | null;
  note?: string | null;
}

/** The checkout as stored: trimmed, normalised, empty text as null. */
export interface Checkout {
  deliveryAddress: string | null;
  deliveryContact: string | null;
  deliveryPhone: string | null;
  invoiceTitle: string | null;
  taxNumber: string | null;
  note: string | null;
}

/** 手机 (11 digits, 13–19) or 固定电话 with its area code (0532-88886666, extension after a dash). */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** Spaces out, a +86/0086 country prefix dropped: "+86 138 0000 5678" → "13800005678". */
export function normalisePhone(raw: string): string {
  return raw.replace(/\s+/g, "").replace(/^(\+86|0086)-?/, "");
}
export const isValidPhone = (phone: string) => MOBILE.test(phone) || LANDLINE.test(phone);

/**
 * 纳税人识别号: since 2015 an organisation's is its 18-character unified social credit code (GB 32100,
 * check character verified); older registrations and individual businesses have 15, 17 or 20
 * letters and digits. Upper case, spaces removed.
 */
export const normaliseTaxNumber = (raw: string) => raw.replace(/\s+/g, "").toUpperCase();
export function taxNumberProblem(tax: string): Message | null {
  if (!/^[0-9A-Z]{15,20}$/.test(tax))
    return msg(
      "纳税人识别号应为 18 位统一社会信用代码或 15–20 位字母、数字",
      "The tax number must be an 18-character unified social credit code, or 15–20 letters and digits",
    );
  if (tax.length === 18 && !isValidCreditCode(tax))
    return msg(
      "统一社会信用代码校验不通过,请核对",
      "This unified social credit code does not pass its check: please verify it",
    );
  return null;
}

const text = (v: string | null | undefined) => v?.trim() || null;

/**
 * Checks a checkout before anything is written; BAD_USER_INPUT naming the field, never repeating
 * the value. Delivery is all or nothing (address, contact and phone together): sales recorded at a
 * fair or the sales centre are handed over on the spot and may carry none (the web asks for it on
 * every online order). A tax number needs the invoice title it belongs to.
 */
export function checkCheckout(input: CheckoutFields): Checkout {
  const c: Checkout = {
    deliveryAddress: text(input.deliveryAddress),
    deliveryContact: text(input.deliveryContact),
    deliveryPhone: text(input.deliveryPhone) && normalisePhone(input.deliveryPhone!),
    invoiceTitle: text(input.invoiceTitle),
    taxNumber: text(input.taxNumber) && normaliseTaxNumber(input.taxNumber!),
    note: text(input.note),
  };
  const anyDelivery = c.deliveryAddress || c.deliveryContact || c.deliveryPhone;
  if (anyDelivery) {
    if (!c.deliveryAddress) throw badInput("deliveryAddress", msg("请填写收货地址", "Enter the delivery address"));
    if ([...c.deliveryAddress].length < 5)
      throw badInput(
        "deliveryAddress",
        msg("收货地址过短,请写到门牌号", "The delivery address is too short: give the full address"),
      );
    if (!c.deliveryContact) throw badInput("deliveryContact", msg("请填写收货联系人", "Enter the contact person"));
    if (!c.deliveryPhone) throw badInput("deliveryPhone", msg("请填写联系电话", "Enter the contact phone"));
  }
  if (c.deliveryPhone && !isValidPhone(c.deliveryPhone))
    throw badInput(
      "deliveryPhone",
      msg(
        "联系电话应为 11 位手机号或带区号的固定电话",
        "The phone must be an 11-digit mobile number or a landline with its area code",
      ),
    );
  if (c.taxNumber) {
    const problem = taxNumberProblem(c.taxNumber);
    if (problem) throw badInput("taxNumber", problem);
    if (!c.invoiceTitle) throw badInput("invoiceTitle", msg("请填写发票抬头", "Enter the invoice title"));
  }
  return c;
}

/** The checkout's columns on purchase_order, in the order `CHECKOUT_COLUMNS` names them. */
export const CHECKOUT_COLUMNS = [
  "delivery_address",
  "delivery_contact",
  "delivery_phone_enc",
  "delivery_phone_masked",
  "invoice_title",
  "invoice_tax_number",
  "note",
] as const;
export function checkoutValues(ctx: RequestContext, c: Checkout): (string | null)[] {
  const phone = c.deliveryPhone;
  return [
    c.deliveryAddress,
    c.deliveryContact,
    phone ? piiCipher(ctx.config.piiSecret).encrypt(phone) : null,
    phone ? maskPhone(phone) : null,
    c.invoiceTitle,
    c.taxNumber,
    c.note,
  ];
}

/** What the audit entry of the order keeps of its checkout: the phone masked only. */
export function checkoutAudit(c: Checkout): Record<string, string> {
  const out: Record<string, string> = {};
  if (c.deliveryAddress) out.address = c.deliveryAddress;
  if (c.deliveryContact) out.contactName = c.deliveryContact;
  if (c.deliveryPhone) out.contactPhone = maskPhone(c.deliveryPhone);
  if (c.invoiceTitle) out.invoiceTitle = c.invoiceTitle;
  if (c.taxNumber) out.taxNumber = c.taxNumber;
  if (c.note) out.note = c.note;
  return out;
}

/**
 * Remembers a buyer's delivery and invoice details as last used: the upsert as SQL, folded into the
 * order's one statement and written only when `onlyIf` holds (the order was inserted). An order
 * without delivery (handed over at a fair) leaves them as they were: null, nothing to write.
 */
export function rememberDeliverySql(ctx: RequestContext, buyerId: string, c: Checkout, onlyIf: Scope): Scope | null {
  if (!c.deliveryAddress || !c.deliveryContact || !c.deliveryPhone) return null;
  const [, , enc, masked] = checkoutValues(ctx, c);
  return cond`INSERT INTO buyer_delivery (buyer_id, delivery_address, delivery_contact, delivery_phone_enc, delivery_phone_masked,
                                 invoice_title, invoice_tax_number, updated_by, updated_at)
     SELECT ${param(buyerId)}::uuid, ${param(c.deliveryAddress)}, ${param(c.deliveryContact)}, ${param(enc)}, ${param(masked)},
            ${param(c.invoiceTitle)}, ${param(c.taxNumber)}, ${param(ctx.user?.id || null)}::uuid, now()
      WHERE ${onlyIf}
     ON CONFLICT (buyer_id) DO UPDATE SET delivery_address = EXCLUDED.delivery_address,
       delivery_contact = EXCLUDED.delivery_contact, delivery_phone_enc = EXCLUDED.delivery_phone_enc,
       delivery_phone_masked = EXCLUDED.delivery_phone_masked, invoice_title = EXCLUDED.invoice_title,
       invoice_tax_number = EXCLUDED.invoice_tax_number, updated_by = EXCLUDED.updated_by, updated_at = now()`;
}

@ObjectType({ description: "A buyer's delivery and invoice details as last used: the next checkout starts from them." })
export class RememberedDelivery {
  @Field()
  deliveryAddress: string;

  @Field()
  deliveryContact: string;

  @Field({ description: "Whole: only the buyer's own users read this." })
  deliveryPhone: string;

  @Field(() => String, { nullable: true })
  invoiceTitle: string | null;

  @Field(() => String, { nullable: true })
  taxNumber: string | null;

  @Field()
  updatedAt: Date;
}

/** The caller's buyer's remembered details, or null (none yet, or the caller acts for no buyer). */
export async function rememberedDelivery(ctx: RequestContext): Promise<RememberedDelivery | null> {
  const buyerId = ctx.user?.buyerId;
  if (!buyerId) return null;
  const [r] = rowsOf<{
    delivery_address: string;
    delivery_contact: string;
    delivery_phone_enc: string;
    invoice_title: string | null;
    invoice_tax_number: string | null;
    updated_at: Date;
  }>(await ctx.manager.query(`SELECT * FROM buyer_delivery WHERE buyer_id = $1`, [buyerId]));
  if (!r) return null;
  return Object.assign(new RememberedDelivery(), {
    deliveryAddress: r.delivery_address,
    deliveryContact: r.delivery_contact,
    deliveryPhone: piiCipher(ctx.config.piiSecret).decrypt(r.delivery_phone_enc),
    invoiceTitle: r.invoice_title,
    taxNumber: r.invoice_tax_number,
    updatedAt: r.updated_at,
  });
}

/**
 * The order's contact phone as this caller may see it: whole for the buyer's own users and for
 * county officials (whose scope reaches an order only through a sub-order their county's supplier
 * must deliver), masked for everyone else.
 */
export function deliveryPhoneFor(
  ctx: RequestContext,
  o: { buyerId: string; deliveryPhoneEnc: string | null; deliveryPhoneMasked: string | null },
): string | null {
  if (!o.deliveryPhoneEnc) return null;
  const u = ctx.user;
  const whole =
    (u?.role === Role.BUYER && u.buyerId === o.buyerId) || (u?.role === Role.COUNTY_OFFICIAL && !!u.regionId);
  return whole ? piiCipher(ctx.config.piiSecret).decrypt(o.deliveryPhoneEnc) : o.deliveryPhoneMasked;
}
