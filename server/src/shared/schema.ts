import { buildSchema, type NonEmptyArray } from "type-graphql";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { authChecker } from "./auth";
import { guardInputs } from "./input-rules";

/**
 * Builds the executable schema from the modules' resolvers, then wraps every field that takes
 * arguments with the input rules (ids, text, years, nulls; see input-rules.ts). The SDL is unchanged.
 */
export async function createSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
  });
  return guardInputs(schema);
}

/** The committed SDL text (schema/schema.graphql): sorted, so diffs show real changes only. */
export function renderSdl(schema: GraphQLSchema): string {
  return (
    "# Generated from the server's resolvers by `npm run schema`. Do not edit: a test fails when it is stale.\n\n" +
    printSchema(lexicographicSortSchema(schema)) +
    "\n"
  );
}
