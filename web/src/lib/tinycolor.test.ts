import { describe, expect, it } from "vitest";
import { TinyColor as Package } from "@ctrl/tinycolor";
import { TinyColor } from "./tinycolor";

// What Element Plus's button (custom `color`) and menu (`background-color`) compute, for the colours
// a theme would give: the build's stand-in must print what the package prints.
const COLORS = [
  "#409eff",
  "#67C23A",
  "#fff",
  "#000",
  "#abc",
  "#12345680",
  "white",
  "black",
  "rgb(64, 158, 255)",
  "rgba(10,20,30,0.5)",
  "rgb(64 158 255)",
];

describe("TinyColor stand-in (production build)", () => {
  it("mixes, tints, shades and tells dark from light as @ctrl/tinycolor does", () => {
    for (const c of COLORS) {
      const ours = new TinyColor(c);
      const theirs = new Package(c);
      expect(ours.isDark(), c).toBe(theirs.isDark());
      expect(ours.toString(), c).toBe(theirs.toString());
      for (const n of [10, 20, 30, 50, 80, 90]) {
        expect(ours.mix("#141414", n).toString(), `${c} mix ${n}`).toBe(theirs.mix("#141414", n).toString());
        expect(ours.tint(n).toString(), `${c} tint ${n}`).toBe(theirs.tint(n).toString());
        expect(ours.shade(n).toString(), `${c} shade ${n}`).toBe(theirs.shade(n).toString());
        expect(ours.tint(n).isDark(), `${c} tint ${n} dark`).toBe(theirs.tint(n).isDark());
      }
    }
  });
});
