import { getMetadataStorage } from "class-validator";

type Storage = ReturnType<typeof getMetadataStorage>;
type Metadata = ReturnType<Storage["getTargetValidationMetadatas"]>;

let memoised = false;

/**
 * class-validator looks up an input class's rules on every validation: it filters the class's own
 * rules, then walks every class that has rules with `instanceof` for inherited ones, then groups the
 * result by property — per argument, per request. The rules are fixed once the modules are loaded,
 * so the lookup and the grouping are kept per class and options; a rule added later (a module
 * loaded late, a test's class) clears what was kept. An order operation validates two inputs and
 * their lines: the lookup was ~2 % of its CPU (issue 14).
 */
export function memoiseValidationMetadata(): void {
  if (memoised) return;
  memoised = true;
  const storage = getMetadataStorage();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  let kept = new Map<unknown, Map<string, Metadata>>();
  let grouped = new WeakMap<Metadata, ReturnType<Storage["groupByPropertyName"]>>();
  const forget = () => {
    kept = new Map();
    grouped = new WeakMap();
  };
  for (const add of ["addValidationMetadata", "addConstraintMetadata", "addValidationSchema"] as const) {
    const original = (storage[add] as (m: unknown) => void).bind(storage);
    (storage as unknown as Record<string, (m: unknown) => void>)[add] = (m) => {
      forget();
      original(m);
    };
  }
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join("\u0001") ?? ""}`;
    let byOptions = kept.get(target);
    if (!byOptions) kept.set(target, (byOptions = new Map()));
    let found = byOptions.get(options);
    if (!found) byOptions.set(options, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
}
