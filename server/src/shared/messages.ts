/**
 * Messages a person reads, in both of the app's languages, as one value: `msg("请输入名称", "Enter
 * the name")`. Every refusal (errors.ts), typed business outcome (outcomes.ts) and system-written
 * ledger note carries one; the request's language (`X-Locale`, else `Accept-Language`, else
 * zh-CN) picks which text `message` shows, and GraphQL errors carry both in
 * `extensions.messages` (docs/api-contract.md, "Messages").
 *
 * Why not "中文 / English" in one string, as before: the web app had to guess where to split it, and
 * a product named "A / B" inside a message broke the guess. The two texts are written side by side
 * at the source (the codemod test/tools/codemod-messages.mjs rewrites the old form) and never joined.
 */

export type Locale = "zh-CN" | "en";
export const LOCALES: readonly Locale[] = ["zh-CN", "en"];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** Both texts of one message, keyed by locale: the shape of `extensions.messages`. */
export type MessageTexts = Record<Locale, string>;

export class Message {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {}

  /** The text for one language. */
  in(locale: Locale): string {
    return locale === "en" ? this.en : this.zh;
  }

  get texts(): MessageTexts {
    return { "zh-CN": this.zh, en: this.en };
  }

  /** Each text through `f` (masking personal data, appending a detail). */
  map(f: (text: string, locale: Locale) => string): Message {
    return new Message(f(this.zh, "zh-CN"), f(this.en, "en"));
  }

  /**
   * A message is not a string: joining it into one by accident (`${m}`) gives the default
   * language only, never "中文 / English" again.
   */
  toString(): string {
    return this.zh;
  }
}

/** A message in Chinese and English: `msg(\`岗位“${p}”已招满\`, "No places left on this posting")`. */
export const msg = (zh: string, en: string): Message => new Message(zh, en);

export const isMessage = (v: unknown): v is Message => v instanceof Message;

// ---------------------------------------------------------------------------------------------
// The request's language

/**
 * The language a request asks for: `X-Locale` (the web app sends its current locale), else the
 * first supported language of `Accept-Language` by weight, else zh-CN. Anything unknown is zh-CN:
 * the header never fails a request.
 */
export function localeOf(headers: ReadonlyMap<string, string> | Record<string, string | string[] | undefined>): Locale {
  const header = (name: string): string | undefined => {
    const v = headers instanceof Map ? headers.get(name) : (headers as Record<string, unknown>)[name];
    return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : undefined;
  };
  const pick = (tag: string): Locale | null => {
    const t = tag.trim().toLowerCase();
    if (t === "en" || t.startsWith("en-")) return "en";
    if (t === "zh" || t.startsWith("zh-")) return "zh-CN";
    return null;
  };
  const explicit = header("x-locale");
  if (explicit) {
    const l = pick(explicit.slice(0, 35));
    if (l) return l;
  }
  const accept = header("accept-language");
  if (accept) {
    const ranked = accept
      .slice(0, 200)
      .split(",")
      .map((part, i) => {
        const [tag, ...ps] = part.split(";");
        const q = ps.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
        return { tag, q: q === undefined ? 1 : Number(q) || 0, i };
      })
      .filter((x) => x.q > 0)
      .sort((a, b) => b.q - a.q || a.i - b.i);
    for (const r of ranked) {
      const l = pick(r.tag);
      if (l) return l;
    }
  }
  return DEFAULT_LOCALE;
}

// ---------------------------------------------------------------------------------------------
// class-validator's `message` option takes a string: a message travels through it encoded, and the
// error formatter (format-error.ts) decodes it back into both texts.

const VALIDATION_PREFIX = "\u0000msg:";

/** For `@IsNotEmpty({ message: vmsg("请输入名称", "Enter the name") })`. */
export const vmsg = (zh: string, en: string): string => VALIDATION_PREFIX + JSON.stringify([zh, en]);

/** A class-validator message back as a Message (a plain string stays as it is, in both languages). */
export function fromValidationMessage(s: string): Message {
  if (s.startsWith(VALIDATION_PREFIX)) {
    try {
      const [zh, en] = JSON.parse(s.slice(VALIDATION_PREFIX.length)) as [string, string];
      if (typeof zh === "string" && typeof en === "string") return new Message(zh, en);
    } catch {
      // fall through: shown as it is
    }
  }
  return new Message(s, s);
}
