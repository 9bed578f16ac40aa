import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolvers } from "../../server/src/modules";
import { createSchema, renderSdl } from "../../server/src/shared/schema";

describe("schema/schema.graphql", () => {
  it("is the SDL the server builds (run `npm run schema` when this fails)", async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8");
    expect(committed).toBe(renderSdl(await createSchema(resolvers)));
  });
});
