import { describe, expect, it } from "vitest";
import { reactive } from "vue";
import { givenOptions, withChosen, type Options } from "./useOptions";

type Row = { id: string; name: string };
/** A list the test can change (Options are read-only to their users). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const list = (items: Row[], extra: Partial<Options<unknown>> = {}) =>
  reactive({ ...givenOptions(items), ...extra }) as Mutable<Options<Row>>;

describe("withChosen", () => {
  it("keeps the chosen record first when the search no longer finds it, and only once when it does", () => {
    const found = list([{ id: "b", name: "胶州市中心医院" }]);
    const chosen = list([{ id: "a", name: "胶州市人民医院" }]);
    const both = withChosen(found, chosen);
    expect(both.items.map((x) => x.id)).toEqual(["a", "b"]);
    found.items = [
      { id: "b", name: "胶州市中心医院" },
      { id: "a", name: "胶州市人民医院" },
    ];
    expect(both.items.map((x) => x.id)).toEqual(["b", "a"]);
  });

  it("fails when either query failed and retries only the one that failed", () => {
    let retried = "";
    const found = list([], { retry: () => (retried += "found") });
    const chosen = list([], { failed: true, error: new Error("x"), retry: () => (retried += "chosen") });
    const both = withChosen(found, chosen);
    expect(both.failed).toBe(true);
    both.retry();
    expect(retried).toBe("chosen");
  });

  it("is loading while either loads", () => {
    const found = list([], { loading: true });
    expect(withChosen(found, list([])).loading).toBe(true);
    found.loading = false;
    expect(withChosen(found, list([])).loading).toBe(false);
  });
});
