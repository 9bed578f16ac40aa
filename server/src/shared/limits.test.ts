import fs from "node:fs";
import path from "node:path";
import {
  buildSchema,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type OperationDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { checkDocument, operationCost, queryGuards, withoutSuggestions, type QueryLimits } from "./limits";

const root = path.resolve(__dirname, "../../..");
// The committed SDL is the built schema (test/api/schema.test.ts fails when it is stale).
const schema = buildSchema(fs.readFileSync(path.join(root, "schema/schema.graphql"), "utf8"));
const limits: QueryLimits = { maxDepth: 12, maxCost: 20000, maxAliases: 30, maxTokens: 3000 };

const reasons = (text: string, l: QueryLimits = limits) =>
  checkDocument(parse(text), schema, l).map((e) => e.extensions.reason);
const costOf = (text: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(text);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  return operationCost(doc, schema, op, variables);
};
function fragmentBomb(n: number, times = 2) {
  const defs = ["fragment F0 on Query { agreementYears }"];
  for (let i = 1; i <= n; i++)
    defs.push(
      `fragment F${i} on Query { ${Array(times)
        .fill(`...F${i - 1}`)
        .join(" ")} }`,
    );
  return `query Bomb { ...F${n} }\n${defs.join("\n")}`;
}

describe("query cost", () => {
  it("keeps the old estimate: each field 1, `first` multiplies the children, its default 20 when absent", () => {
    expect(costOf(`{ agreementYears }`)).toBe(1);
    // pairings(first: 100): 1 + 100 × (nodes 1 + id 1 + name 1)
    expect(costOf(`{ pairings(first: 100) { nodes { id name } } }`)).toBe(301);
    expect(costOf(`{ pairings { nodes { id } } }`)).toBe(1 + 20 * 2);
    expect(costOf(`query($n: Int!) { pairings(first: $n) { nodes { id } } }`, { n: 50 })).toBe(101);
    expect(costOf(`query($n: Int! = 7) { pairings(first: $n) { nodes { id } } }`)).toBe(15);
    expect(costOf(`query($n: Int!) { pairings(first: $n) { nodes { id } } }`, { n: "lots" })).toBe(3); // coercion refuses it next
    expect(costOf(`{ pairings(first: 0) { nodes { id } } }`)).toBe(3);
  });

  it("counts a fragment where it is spread, as often as it is spread, computed once", () => {
    const viaFragment = `{ pairings(first: 10) { ...P } } fragment P on PairingConnection { nodes { id ...Q } } fragment Q on Pairing { name }`;
    expect(costOf(viaFragment)).toBe(costOf(`{ pairings(first: 10) { nodes { id name } } }`));
    expect(costOf(`{ ...A ...A ...A } fragment A on Query { agreementYears }`)).toBe(3);
    // 2^60 paths: the estimate saturates instead of walking them, and the walk is immediate.
    const t = performance.now();
    expect(costOf(fragmentBomb(60))).toBeGreaterThan(2 ** 52);
    expect(performance.now() - t).toBeLessThan(200);
  });
});

describe("checkDocument", () => {
  it("passes every operation of the web app", () => {
    const src = fs.readFileSync(path.join(root, "web/src/gql/graphql.ts"), "utf8");
    let count = 0;
    for (const m of src.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
      const doc = parse(print(JSON.parse(m[2]) as DocumentNode), { maxTokens: limits.maxTokens });
      expect(checkDocument(doc, schema, limits), m[1]).toEqual([]);
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
      // The largest page the web app asks for is 100.
      expect(operationCost(doc, schema, op, { first: 100 }), m[1]).toBeLessThanOrEqual(limits.maxCost / 4);
      count++;
    }
    expect(count).toBeGreaterThan(50);
  });

  it("measures depth through fragments, each fragment once", () => {
    const nest = (n: number, inner: string) => `${"parent { ".repeat(n)}${inner}${" }".repeat(n)}`;
    // regions, nodes, n × parent, id: 2 + n + 1 fields deep
    expect(reasons(`{ regions { nodes { ${nest(9, "id")} } } }`)).toEqual([]);
    expect(reasons(`{ regions { nodes { ${nest(10, "id")} } } }`)).toEqual(["DEPTH"]);
    const chained = `{ regions { nodes { ...R2 } } } fragment R0 on Region { id } fragment R1 on Region { ${nest(5, "...R0")} } fragment R2 on Region { ${nest(5, "...R1")} }`;
    expect(reasons(chained)).toEqual(["DEPTH"]);
  });

  it("counts aliases as written and refuses floods of aliases, directives and definitions", () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: agreementYears`).join(" ");
    expect(reasons(`{ ${aliases(30)} }`)).toEqual([]);
    expect(reasons(`{ ${aliases(31)} }`)).toEqual(["ALIASES"]);
    expect(reasons(`{ ...A ...A ...A } fragment A on Query { ${aliases(20)} }`)).toEqual([]);
    expect(reasons(`{ agreementYears @include(if: true) @skip(if: false) }`)).toEqual([]);
    expect(reasons(`{ agreementYears ${"@include(if: true) ".repeat(5)}}`)).toEqual(["DIRECTIVES"]);
    expect(reasons(`query Q @a @b @c @d @e { agreementYears }`)).toEqual(["DIRECTIVES"]);
    expect(reasons(Array.from({ length: 101 }, (_, i) => `query Q${i} { agreementYears }`).join("\n"))).toEqual([
      "DEFINITIONS",
    ]);
  });

  it("does not loop on fragment cycles or unknown fragments (graphql's own rules refuse them)", () => {
    expect(reasons(`{ ...A } fragment A on Query { ...B agreementYears } fragment B on Query { ...A }`)).toEqual([]);
    expect(reasons(`{ ...Missing regions { nodes { ...AlsoMissing } } }`)).toEqual([]);
    const errors = validate(schema, parse(`{ ...A } fragment A on Query { ...A }`), [
      ...specifiedRules,
      queryGuards(limits),
    ]);
    expect(errors.map((e) => e.message).join()).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it("refuses a bomb alone: graphql's own rules never walk a refused document", () => {
    const bomb = `${fragmentBomb(30)}\n{ pairngs { id } }`; // would also be an unknown field and an anonymous operation among others
    const errors = validate(schema, parse(bomb), [...specifiedRules, queryGuards(limits)]);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ reason: "COST", limit: 20000 });
  });
});

describe("withoutSuggestions", () => {
  it("drops graphql's did-you-mean tail and nothing else", () => {
    expect(
      withoutSuggestions(
        'Cannot query field "pairngs" on type "Query". Did you mean "pairings", "pairing", or "fairs"?',
      ),
    ).toBe('Cannot query field "pairngs" on type "Query".');
    expect(
      withoutSuggestions(
        'Variable "$k" got invalid value "X"; Value "X" does not exist in "PairingKind" enum. Did you mean the enum value "EAST_WEST"?',
      ),
    ).toBe('Variable "$k" got invalid value "X"; Value "X" does not exist in "PairingKind" enum.');
    expect(withoutSuggestions("请先登录 / Please sign in")).toBe("请先登录 / Please sign in");
  });
});
