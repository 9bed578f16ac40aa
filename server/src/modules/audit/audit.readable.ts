import DataLoader from "dataloader";
import { loader, type RequestContext } from "../../shared/context";
import { formatFen } from "../../shared/money";
import { extensionPoint } from "../../shared/port";

/**
 * The audit trail made readable (issue 10, "Logs a person can read"): each entry's `change` — written
 * by ~60 `recordAudit` calls in four shapes — becomes a list of field changes, and the ids in it
 * become names.
 *
 * Shapes in use (one unit test each, audit.readable.test.ts):
 *  1. flat attributes of a new record:   { name: "…", buyerId: "…", year: 2026 }
 *  2. one value before and after:        { before: "PLACED", after: "EMPLOYED", on: "…" } — the value
 *     is the action's subject (SUBJECT_FIELD: status, target, amount, …); other keys are attributes
 *  3. objects before and after:          { before: { role, regionId }, after: { role, regionId } } — or
 *     `before` only, the new values flat beside it ({ before: { employed }, employed })
 *  4. per field:                         { name: { before: "a", after: "b" }, active: true }
 * Anything else nested ({ suppliers: { added, removed } }) is flattened to `suppliers.added`.
 */

/** A value as found in a change: a scalar, a list, or nothing. */
export type RawValue = string | number | boolean | null | RawValue[] | { [k: string]: RawValue };

export interface RawFieldChange {
  field: string;
  /** Present only when the entry recorded a before → after pair for this field. */
  before?: RawValue;
  after: RawValue;
  changed: boolean;
}

/** What a top-level `before`/`after` pair of scalars is about, by action (default: `value`). */
const SUBJECT_FIELD: [RegExp, string][] = [
  [/^(PLACEMENT_|SUB_ORDER_|SUPPLIER_REVIEWED$)/, "status"],
  [/^PROJECT_STAGE_CHANGED$/, "stage"],
  [/^AGREEMENT_TARGET_SET$/, "target"],
  [/^(QUOTA_SET|QUOTA_REMOVED|GROUP_TARGET_SET)$/, "amount"],
  [/^LEDGER_ENTRY_CORRECTED$/, "netAmount"],
  [/^USER_ENTERPRISE_LINKED$/, "enterpriseId"],
];

export function subjectField(action: string): string {
  return SUBJECT_FIELD.find(([re]) => re.test(action))?.[1] ?? "value";
}

const isObject = (v: unknown): v is Record<string, RawValue> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Attributes, flattened one level per nested object (`suppliers.added`). */
function flat(prefix: string, value: RawValue, out: RawFieldChange[]): void {
  if (isObject(value) && !("before" in value && "after" in value)) {
    for (const [k, v] of Object.entries(value)) flat(prefix ? `${prefix}.${k}` : k, v, out);
  } else if (isObject(value)) {
    out.push({ field: prefix, before: value.before ?? null, after: value.after ?? null, changed: true });
  } else out.push({ field: prefix, after: value ?? null, changed: false });
}

/** A before → after pair; a value recorded on both sides but the same is an attribute, not a change. */
function pushPair(out: RawFieldChange[], field: string, before: RawValue, after: RawValue): void {
  if (before !== null && JSON.stringify(before) === JSON.stringify(after)) out.push({ field, after, changed: false });
  else out.push({ field, before, after, changed: true });
}

/**
 * Details a reader rarely needs, shown after the rest (the page shows an entry's first lines and
 * folds the others; PostgreSQL's jsonb does not keep the order a change was written in).
 */
const DETAIL_FIELDS = new Set(["sha256", "fileName", "copiedFromId", "revokedSessions", "endedWithId"]);
const weight = (f: RawFieldChange) => (f.changed ? 0 : DETAIL_FIELDS.has(f.field.split(".").pop()!) ? 2 : 1);

/**
 * One entry's change as field changes: what changed first, then the values it was made with, then
 * the details — each in the order recorded; pure (no names resolved).
 */
export function normaliseChange(action: string, change: Record<string, unknown> | null | undefined): RawFieldChange[] {
  return collect(action, change)
    .map((f, i) => [f, i] as const)
    .sort(([a, i], [b, j]) => weight(a) - weight(b) || i - j)
    .map(([f]) => f);
}

function collect(action: string, change: Record<string, unknown> | null | undefined): RawFieldChange[] {
  const c = (change ?? {}) as Record<string, RawValue>;
  const out: RawFieldChange[] = [];
  const hasBefore = "before" in c;
  const hasAfter = "after" in c;
  // Shape 3 also when only `after` was recorded (a new record's values: USER_CREATED), from nothing.
  if ((hasBefore || hasAfter) && (isObject(c.before) || isObject(c.after))) {
    // Shape 3: objects. The after values are `after`'s, or — when only `before` was recorded — the
    // keys of the same name beside it.
    const before = isObject(c.before) ? c.before : {};
    const after = isObject(c.after) ? c.after : null;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after ?? {})])];
    for (const k of keys) {
      const b = before[k] ?? null;
      const a = after ? (after[k] ?? null) : k in c ? c[k] : b;
      if (b === null && a === null) continue; // nothing before, nothing after (a new user's buyerId): no line
      if (isObject(b) || isObject(a)) {
        // A set of values under one name (an agreement's targets by indicator): one line each, dotted.
        const bs = isObject(b) ? b : {};
        const as = isObject(a) ? a : {};
        for (const sub of new Set([...Object.keys(bs), ...Object.keys(as)]))
          pushPair(out, `${k}.${sub}`, bs[sub] ?? null, as[sub] ?? null);
      } else pushPair(out, k, b, a);
    }
    for (const [k, v] of Object.entries(c)) {
      if (k === "before" || k === "after" || (!after && keys.includes(k))) continue;
      flat(k, v, out);
    }
    return out;
  }
  if (hasBefore || hasAfter) {
    // Shape 2: the subject's value before and after (after absent: it was removed).
    out.push({ field: subjectField(action), before: c.before ?? null, after: c.after ?? null, changed: true });
  }
  for (const [k, v] of Object.entries(c)) if (k !== "before" && k !== "after") flat(k, v, out); // shapes 1 and 4
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names for ids: an extension point each module adds to for its own records.

/**
 * "Names for my ids": a module says which change fields (and which entries' records) hold ids of
 * its records, and answers their names **for this reader only** — through its scoped loader, so a
 * name never reveals a record the reader could not read (the rule; reference data such as regions
 * is readable by everyone). A name it does not give is shown as "not visible", never as the id.
 */
export interface AuditNames {
  /** The record type, as `AuditEntry.entityType` and the web's routes say it: "Buyer". */
  refType: string;
  /**
   * Change fields holding such ids (or codes, for `byCode`): ["buyerId"]. A list of ids works too.
   * A field whose name means different records in different entries is qualified by the actions'
   * prefix: "REGION_:parentId" (a region's parent) beside "PAIRING_:parentId" (a pairing's).
   */
  fields: readonly string[];
  /** The names of `keys` the reader may read (missing: unknown or not readable). */
  names(ctx: RequestContext, keys: readonly string[]): Promise<Map<string, string>>;
}

export const auditNames = extensionPoint<AuditNames>("auditNames");

/** `names` through a module's (scoped) by-id DataLoader. */
export function namesThrough<T>(
  factory: (ctx: RequestContext) => DataLoader<string, T | null>,
  nameOf: (row: T) => string,
): AuditNames["names"] {
  return async (ctx, ids) => {
    const rows = await loader(ctx, factory).loadMany(ids);
    const map = new Map<string, string>();
    rows.forEach((r, i) => {
      if (r && !(r instanceof Error)) map.set(ids[i], nameOf(r as T));
    });
    return map;
  };
}

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `n` names `leaf` in an entry of `action`: a field qualified by the action's prefix, or plain. */
const names = (n: AuditNames, action: string, leaf: string) =>
  n.fields.some((f) => {
    const at = f.indexOf(":");
    return at < 0 ? f === leaf : f.slice(at + 1) === leaf && action.startsWith(f.slice(0, at));
  });

/** Which registration names a field of an entry of `action`. */
function namerFor(action: string, field: string): AuditNames | undefined {
  const leaf = field.split(".").pop()!;
  return auditNames.all().find((n) => names(n, action, leaf));
}
export const namerOfType = (refType: string) => auditNames.all().find((n) => n.refType === refType);

/** Per request: one DataLoader per registration, so the names of a page of entries are one query a type. */
const namesLoaders = new WeakMap<AuditNames, (ctx: RequestContext) => DataLoader<string, string | null>>();
async function nameOf(ctx: RequestContext, namer: AuditNames, key: string): Promise<string | null> {
  let factory = namesLoaders.get(namer);
  if (!factory) {
    factory = (c) =>
      new DataLoader<string, string | null>(async (keys) => {
        const names = await namer.names(c, keys);
        return keys.map((k) => names.get(k) ?? null);
      });
    namesLoaders.set(namer, factory);
  }
  return loader(ctx, factory).load(key);
}

// ---------------------------------------------------------------------------------------------
// Display values.

export type AuditValueKind = "TEXT" | "CODE" | "NUMBER" | "BOOLEAN" | "DATE" | "DATETIME" | "MONEY" | "REF" | "HIDDEN";

export interface DisplayValue {
  kind: AuditValueKind;
  /** The text to show: a name, a formatted value; null for a REF whose name the reader may not see. */
  text: string | null;
  refType?: string | null;
  refId?: string | null;
}

/** Fields whose values are yuan, recorded as exact decimal text ("1234.50"): formatted ¥ on the web. */
const MONEY_FIELDS = new Set([
  "price",
  "total",
  "plannedInvestment",
  "contractAmount",
  "baseAmount",
  "perHead",
  "floorPricePerTonne",
  "wage",
]);
const MONEY_SUBJECT_ACTIONS = /^(QUOTA_SET|QUOTA_REMOVED|GROUP_TARGET_SET)$/;
const MONEY_AMOUNT_ACTIONS = /^(FUND_TRANCHE|DONATION|FISCAL_TRANSACTION)_/;

/** Personal data that may sit in an old entry (a contact phone): masked, never shown whole. */
const PERSONAL = /phone|idNumber/i;
const mask = (s: string) => (s.length <= 4 ? "****" : `${s.slice(0, 3)}****${s.slice(-Math.min(4, s.length - 3))}`);

const isMoney = (action: string, field: string) =>
  MONEY_FIELDS.has(field) ||
  (field === "amount" && (MONEY_AMOUNT_ACTIONS.test(action) || MONEY_SUBJECT_ACTIONS.test(action)));

/**
 * Quantities recorded in an indicator's unit (formatQuantity): yuan with two decimals, people and
 * counts whole. A target or ledger amount with exactly two decimals is therefore yuan.
 */
const QUANTITY_FIELDS = new Set(["target", "amount", "netAmount", "adjustment"]);

function kindOf(action: string, field: string, v: RawValue): AuditValueKind {
  if (typeof v === "boolean") return "BOOLEAN";
  if (typeof v === "number") return "NUMBER";
  if (typeof v !== "string") return "TEXT";
  if (isMoney(action, field)) return "MONEY";
  if (QUANTITY_FIELDS.has(field) && /^-?\d+\.\d{2}$/.test(v)) return "MONEY";
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return "DATE";
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return "DATETIME";
  if (/^[A-Z][A-Z0-9_]+$/.test(v)) return "CODE";
  return "TEXT";
}

/** One raw value for display: names resolved for the reader, personal data masked. */
export async function displayValue(
  ctx: RequestContext,
  action: string,
  field: string,
  v: RawValue | undefined,
): Promise<DisplayValue | null> {
  if (v === undefined || v === null) return null;
  const leaf = field.split(".").pop()!;
  if (typeof v === "string" && PERSONAL.test(leaf)) return { kind: "HIDDEN", text: mask(v) };
  const namer = namerFor(action, field);
  if (namer && typeof v === "string") {
    const key = v;
    const canBeKey = UUID_TEXT.test(key) || !/Id$/.test(leaf);
    if (canBeKey) return { kind: "REF", text: await nameOf(ctx, namer, key), refType: namer.refType, refId: key };
  }
  if (Array.isArray(v)) {
    const parts = await Promise.all(v.map((x) => displayValue(ctx, action, field, x)));
    const text = parts.map((p) => p?.text ?? "—").join("、");
    return { kind: "TEXT", text };
  }
  if (typeof v === "object") return { kind: "TEXT", text: JSON.stringify(v) };
  // A money field recorded as a number is integer fen (an entity's column copied into before/after).
  if (typeof v === "number" && Number.isSafeInteger(v) && isMoney(action, leaf))
    return { kind: "MONEY", text: formatFen(v) };
  // An agreement's targets by indicator (targets.FISCAL_AID) are targets: yuan when they have two decimals.
  return { kind: kindOf(action, field.startsWith("targets.") ? "target" : leaf, v), text: String(v) };
}

export interface ReadableFieldChange {
  field: string;
  before: DisplayValue | null;
  after: DisplayValue | null;
  changed: boolean;
}

/** An entry's change, normalised and with its values made readable for `ctx`'s reader. */
export async function readableChange(
  ctx: RequestContext,
  action: string,
  change: Record<string, unknown> | null,
): Promise<ReadableFieldChange[]> {
  return Promise.all(
    normaliseChange(action, change).map(async (f) => ({
      field: f.field,
      changed: f.changed,
      before: f.changed ? await displayValue(ctx, action, f.field, f.before) : null,
      after: await displayValue(ctx, action, f.field, f.after),
    })),
  );
}

/** The name of a record of `refType` for `ctx`'s reader, or null. */
export async function refName(ctx: RequestContext, refType: string, id: string): Promise<string | null> {
  const namer = namerOfType(refType);
  return namer && UUID_TEXT.test(id) ? nameOf(ctx, namer, id) : null;
}

/** The name of an entry's record for `ctx`'s reader (null: no names for that type, or not readable). */
export async function recordName(ctx: RequestContext, entityType: string, entityId: string): Promise<string | null> {
  const namer = namerOfType(entityType);
  return namer && UUID_TEXT.test(entityId) ? nameOf(ctx, namer, entityId) : null;
}
