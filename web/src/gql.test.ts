// @vitest-environment node
// The generator runs in Node (it reads files and loads graphql through its own imports), not in the
// page environment the component tests use.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../codegen";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * web/src/gql and test/api/gql are generated from schema/schema.graphql and the operations written in
 * web/src and test/api (STYLE.md rule 7: a stale copy fails the tests). A schema change or an edited
 * query without `npm run codegen -w web` leaves the committed types describing operations that no
 * longer exist — vue-tsc then checks the app against the wrong shapes. This runs the generator in
 * memory with the same config (every target in codegen.ts) and compares.
 */
describe("generated GraphQL types (web/src/gql, test/api/gql)", () => {
  it("are what `npm run codegen -w web` generates from the schema and the operations", async () => {
    // saveToFile false: the outputs come back as strings, nothing is written.
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: WEB, silent: true },
      false,
    );
    const generated = new Map(outputs.map((o) => [path.resolve(WEB, o.filename), o.content]));
    const outDirs = [...new Set(Object.keys(config.generates).map((dir) => path.resolve(WEB, dir)))];
    const committed = new Map(
      outDirs.flatMap((dir) =>
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e): [string, string] => {
            const file = path.join(e.parentPath, e.name);
            return [file, readFileSync(file, "utf8")];
          }),
      ),
    );
    const rel = (files: Iterable<string>) => [...files].map((f) => path.relative(WEB, f)).sort();
    // Same files (a removed output left behind is stale too), then same content, file by file so a
    // failure names the file and shows the diff.
    expect(rel(committed.keys()), "run `npm run codegen -w web`").toEqual(rel(generated.keys()));
    for (const [file, content] of generated) {
      expect(committed.get(file), `${path.relative(WEB, file)} is stale: run \`npm run codegen -w web\``).toBe(content);
    }
  }, 240_000); // codegen over the whole schema: 62 s at load 20 on 2 cores
});
