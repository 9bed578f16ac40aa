import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../config";
import { resolvers } from "../modules";
import { createSchema, renderSdl } from "../shared/schema";

/** Writes the SDL the server builds to schema/schema.graphql (committed; a test checks it is current). */
createSchema(resolvers)
  .then((schema) => {
    fs.writeFileSync(path.join(repoRoot, "schema", "schema.graphql"), renderSdl(schema));
    console.log("schema/schema.graphql written");
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
