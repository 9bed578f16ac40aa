import { describe, expect, it } from "vitest";
import { fitWithin, MAX_IMAGE_BYTES, sendsAsIs } from "./upload";

describe("image upload preparation", () => {
  it("sends accepted types within the limit as they are", () => {
    expect(sendsAsIs({ type: "image/jpeg", size: 300_000 })).toBe(true);
    expect(sendsAsIs({ type: "image/png", size: MAX_IMAGE_BYTES })).toBe(true);
    expect(sendsAsIs({ type: "image/jpeg", size: MAX_IMAGE_BYTES + 1 })).toBe(false);
    expect(sendsAsIs({ type: "image/heic", size: 100 })).toBe(false);
  });
  it("shrinks to a longest side of 1600 px keeping the proportions, never enlarging", () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });
});
