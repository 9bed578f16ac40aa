import { type Locale, Message, msg } from "../../shared/messages";

/**
 * The notes the system writes on ledger entries (账目备注), by key: an entry stores the key and its
 * parameters (`ledger_entry.note_key`, `note_params`), never the words, so each request reads the
 * note in its own language and a better wording reaches old entries too. A note a person typed (a
 * reported figure's, a correction's reason) stays free text in `note`.
 *
 * Parameters are record names and reasons people typed (a project's name, a training's title):
 * they are shown as they were typed, in both languages.
 */
export const LEDGER_NOTES = {
  orderConfirmed: () => msg("订单确认", "order confirmed"),
  orderCancelled: () => msg("订单取消", "order cancelled"),
  orderRefunded: () => msg("订单退款", "order refunded"),
  orderPaid: () => msg("订单付款", "order paid"),
  orderReceived: () => msg("订单收货", "order received"),
  /** The year's counting point (计入节点) was changed: the entries that re-count its orders. */
  countingPointMoved: (p: { to: string }) =>
    msg(
      `计入节点改为${({ CONFIRMED: "确认", PAID: "付款", RECEIVED: "收货" } as Record<string, string>)[p.to] ?? p.to}`,
      `counting point moved to ${p.to.toLowerCase()}`,
    ),
  /** Migration 1763900000015: confirmed but unpaid orders taken back when PAID became the point. */
  unpaidNotCounted: () => msg("计入节点改为付款:未付款不计入", "counting point moved to payment: unpaid, not counted"),
  placedInWork: () => msg("劳务协作就业", "placed in work"),
  poorPlacedInWork: () => msg("建档立卡贫困劳动力就业", "registered-poor placed in work"),
  workshop: (p: { name: string }) => msg(`扶贫车间:${p.name}`, `workshop: ${p.name}`),
  training: (p: { title: string }) => msg(`培训:${p.title}`, `training: ${p.title}`),
  projectSigned: (p: { project: string }) => msg(`签约:${p.project}`, `signed: ${p.project}`),
  projectDropped: (p: { project: string }) => msg(`签约项目终止:${p.project}`, `signed project dropped: ${p.project}`),
  fundsInPlace: (p: { project: string }) => msg(`到位资金:${p.project}`, `funds in place: ${p.project}`),
  donation: (p: { donor: string }) => msg(`社会帮扶资金:${p.donor}`, `donation: ${p.donor}`),
  individualDonation: () => msg("社会帮扶资金:个人捐赠", "donation: individual donors"),
  reversal: (p: { reason: string }) => msg(`冲正:${p.reason}`, `reversal: ${p.reason}`),
  jointMeeting: (p: { title: string }) => msg(`联席会议:${p.title}`, `joint meeting: ${p.title}`),
  exchangeVisit: (p: { title: string }) => msg(`互访调研:${p.title}`, `exchange visit: ${p.title}`),
  jointWorkWithdrawn: (p: { reason: string }) => msg(`撤销:${p.reason}`, `withdrawn: ${p.reason}`),
  fiscalAllocated: (p: { project: string }) =>
    msg(`财政援助资金下达:${p.project}`, `fiscal aid allocated: ${p.project}`),
  liftedByProject: (p: { project: string }) => msg(`项目带贫:${p.project}`, `lifted by project: ${p.project}`),
  talentInPost: () => msg("人才支援:在岗", "talent exchange: in post"),
  talentRecounted: () => msg("人才支援:派驻变更后重新计数", "talent exchange: recounted after a change of postings"),
  unitPair: (p: { east: string; west: string }) => msg(`结对帮扶:${p.east}—${p.west}`, `pair: ${p.east} – ${p.west}`),
  unitPairWithdrawn: (p: { reason: string }) => msg(`撤销结对:${p.reason}`, `pair withdrawn: ${p.reason}`),
  unitPairMoved: (p: { from: string; to: string }) =>
    msg(`结对日期由${p.from}改为${p.to}`, `pair's start moved from ${p.from} to ${p.to}`),
  /**
   * 跨期更正: a derived entry (a recount, a withdrawal, a moved date) whose own day lies in a month
   * already approved and locked is written into the current open period, today, with this note naming
   * the day it belongs to (`dueOn`, read by ledgerDueOnSql) and the note it would have had.
   */
  dueInLockedMonth: (p: { dueOn: string; month: string; zh: string; en: string }) =>
    msg(
      `${p.zh ? `${p.zh};` : ""}属于 ${p.month}(该月已审核锁定,计入当前期间)`,
      `${p.en ? `${p.en}; ` : ""}belongs to ${p.month} (approved and locked: entered in the current period)`,
    ),
  /**
   * A system note written as a plain message (both texts stored as parameters): what an un-keyed
   * `msg(…)` becomes, e.g. a note a later change adds before it gets its own key.
   */
  text: (p: { zh: string; en: string }) => msg(p.zh, p.en),
} satisfies Record<string, (p: never) => Message>;

export type LedgerNoteKey = keyof typeof LEDGER_NOTES;
type ParamsOf<K extends LedgerNoteKey> = Parameters<(typeof LEDGER_NOTES)[K]> extends [infer P] ? P : undefined;

/** A system note as stored: its key and parameters. */
export interface LedgerNote {
  readonly key: LedgerNoteKey;
  readonly params: Record<string, string>;
}

/** `ledgerNote("workshop", { name })`: the note an entry stores. */
export function ledgerNote<K extends LedgerNoteKey>(
  key: K,
  ...params: ParamsOf<K> extends undefined ? [] : [ParamsOf<K>]
): LedgerNote {
  return { key, params: (params[0] ?? {}) as Record<string, string> };
}

/** A note as an entry stores it, whatever the caller gave: a key, a plain message, or text a person typed. */
export function storedNote(note: LedgerNote | Message | string | null | undefined): {
  note: string | null;
  noteKey: LedgerNoteKey | null;
  noteParams: Record<string, string> | null;
} {
  if (note == null || note === "") return { note: null, noteKey: null, noteParams: null };
  if (typeof note === "string") return { note, noteKey: null, noteParams: null };
  if (note instanceof Message) return { note: null, noteKey: "text", noteParams: { zh: note.zh, en: note.en } };
  return { note: null, noteKey: note.key, noteParams: note.params };
}

/** A note as a message in both languages (text a person typed is the same in both); null for none. */
export function noteMessage(note: LedgerNote | Message | string | null | undefined): Message | null {
  const stored = storedNote(note);
  if (stored.noteKey) {
    const render = LEDGER_NOTES[stored.noteKey] as unknown as (p: Record<string, string>) => Message;
    return render(stored.noteParams ?? {});
  }
  return stored.note ? msg(stored.note, stored.note) : null;
}

/**
 * An entry's note in one language: the keyed note rendered, else the text as typed. An unknown key
 * (written by a newer version) shows nothing rather than a key.
 */
export function noteIn(
  e: { note: string | null; noteKey: string | null; noteParams: Record<string, string> | null },
  locale: Locale,
): string | null {
  if (!e.noteKey) return e.note;
  const render = (LEDGER_NOTES as unknown as Record<string, (p: Record<string, string>) => Message>)[e.noteKey];
  if (!render) return e.note;
  const params = Object.fromEntries(Object.entries(e.noteParams ?? {}).map(([k, v]) => [k, String(v ?? "")]));
  return render(params).in(locale);
}
