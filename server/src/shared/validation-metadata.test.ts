import { describe, expect, it } from "vitest";
import { getMetadataStorage, IsInt, Max, MaxLength, MetadataStorage, validateSync } from "class-validator";
import { memoiseValidationMetadata } from "./validation-metadata";

describe("validation rules kept per class", () => {
  it("answers as class-validator's own lookup does, inherited rules and rules added afterwards included", () => {
    memoiseValidationMetadata();
    const storage = getMetadataStorage();
    const own = (target: Function) =>
      MetadataStorage.prototype.getTargetValidationMetadatas.call(storage, target, "", false, false);
    const names = (rules: { propertyName: string; name?: string }[]) => rules.map((m) => `${m.propertyName}:${m.name}`);
    // Property decorators applied by hand (what `@IsInt() n` compiles to).
    class Base {
      n = 0;
    }
    IsInt()(Base.prototype, "n");
    class Child extends Base {
      s = "";
    }
    MaxLength(3)(Child.prototype, "s");

    const kept = storage.getTargetValidationMetadatas(Child, "", false, false);
    expect(names(kept)).toEqual(names(own(Child)));
    expect(names(kept).sort()).toEqual(["n:isInt", "s:maxLength"]);
    expect(storage.getTargetValidationMetadatas(Child, "", false, false)).toBe(kept);

    // A rule added later, even to a class already looked up, is seen.
    Max(9)(Base.prototype, "n");
    expect(names(storage.getTargetValidationMetadatas(Child, "", false, false)).sort()).toEqual([
      "n:isInt",
      "n:max",
      "s:maxLength",
    ]);
    const child = Object.assign(new Child(), { n: 10, s: "toolong" });
    expect(
      validateSync(child)
        .flatMap((e) => Object.keys(e.constraints ?? {}).map((c) => `${e.property}:${c}`))
        .sort(),
    ).toEqual(["n:max", "s:maxLength"]);
  });
});
