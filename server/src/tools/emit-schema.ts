import "reflect-metadata";
import path from "node:path";
import { repoRoot } from "../config";
import { resolvers } from "../modules";
import { createSchema } from "../shared/schema";

/** Writes the SDL the server builds to schema/schema.graphql (committed; a test checks it is current). */
createSchema(resolvers, path.join(repoRoot, "schema", "schema.graphql"))
  .then(() => console.log("schema/schema.graphql written"))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
