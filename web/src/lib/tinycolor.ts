/**
 * What Element Plus asks of `@ctrl/tinycolor` (a button's `color`, a menu's `background-color`):
 * parse a hex or rgb() colour, mix it with white, black or another, tell dark from light, print the
 * result. The production build uses this instead of the 17 kB package (web/vite.config.mts), which
 * was in every page's first load with el-button; tinycolor.test.ts checks it against the package.
 */
type Rgba = { r: number; g: number; b: number; a: number };

const NAMED: Record<string, string> = { white: "#ffffff", black: "#000000" };

function parse(input: string): { rgba: Rgba; format: string } | null {
  const text = (NAMED[input.trim().toLowerCase()] ?? input).trim().toLowerCase();
  const hex = /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join("") : hex;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return {
      rgba: { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 },
      format: NAMED[input.trim().toLowerCase()] ? "name" : full.length === 8 ? "hex8" : "hex",
    };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(text);
  if (rgb)
    return {
      rgba: { r: +rgb[1], g: +rgb[2], b: +rgb[3], a: rgb[4] === undefined ? 1 : Math.min(1, +rgb[4]) },
      format: "rgb",
    };
  return null;
}

const channel = (v: number) => Math.min(255, Math.max(0, v));
const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, "0");

export class TinyColor {
  r: number;
  g: number;
  b: number;
  a: number;
  format: string;
  isValid: boolean;

  constructor(input: string | Partial<Rgba> | TinyColor = "") {
    const parsed =
      typeof input === "string"
        ? parse(input)
        : { rgba: { r: input.r ?? 0, g: input.g ?? 0, b: input.b ?? 0, a: input.a ?? 1 }, format: "rgb" };
    const { r, g, b, a } = parsed?.rgba ?? { r: 0, g: 0, b: 0, a: 1 };
    // As the package's constructor: channels below 1 rounded; alpha printed to two places.
    const round = (v: number) => (v < 1 ? Math.round(v) : v);
    this.r = round(channel(r));
    this.g = round(channel(g));
    this.b = round(channel(b));
    this.a = Math.min(1, Math.max(0, a));
    this.format = parsed?.format ?? "";
    this.isValid = !!parsed;
  }

  /** Channels rounded, as the package gives them to brightness and mixing. */
  toRgb(): Rgba {
    return { r: Math.round(this.r), g: Math.round(this.g), b: Math.round(this.b), a: this.a };
  }

  getBrightness(): number {
    const { r, g, b } = this.toRgb();
    return (r * 299 + g * 587 + b * 114) / 1000;
  }

  isDark(threshold = 128): boolean {
    return this.getBrightness() < threshold;
  }

  isLight(threshold = 128): boolean {
    return !this.isDark(threshold);
  }

  mix(color: string | TinyColor, amount = 50): TinyColor {
    const [from, to] = [this.toRgb(), new TinyColor(color).toRgb()];
    const p = amount / 100;
    return new TinyColor({
      r: (to.r - from.r) * p + from.r,
      g: (to.g - from.g) * p + from.g,
      b: (to.b - from.b) * p + from.b,
      a: (to.a - from.a) * p + from.a,
    });
  }

  tint(amount = 10): TinyColor {
    return this.mix("white", amount);
  }

  shade(amount = 10): TinyColor {
    return this.mix("black", amount);
  }

  toRgbString(): string {
    const [r, g, b] = [this.r, this.g, this.b].map(Math.round);
    return this.a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Math.round(this.a * 100) / 100})`;
  }

  toHexString(): string {
    return `#${hex2(this.r)}${hex2(this.g)}${hex2(this.b)}`;
  }

  toString(): string {
    if (this.a < 1 || this.format === "rgb") return this.toRgbString();
    if (this.format === "name")
      return Object.keys(NAMED).find((k) => NAMED[k] === this.toHexString()) ?? this.toHexString();
    return this.format === "hex8" ? `${this.toHexString()}ff` : this.toHexString();
  }
}
