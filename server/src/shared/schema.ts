import { buildSchema, type NonEmptyArray } from "type-graphql";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { authChecker } from "./auth";

/** Builds the executable schema from the modules' resolvers. */
export function createSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
  });
}

/** The committed SDL text (schema/schema.graphql): sorted, so diffs show real changes only. */
export function renderSdl(schema: GraphQLSchema): string {
  return (
    "# Generated from the server's resolvers by `npm run schema`. Do not edit: a test fails when it is stale.\n\n" +
    printSchema(lexicographicSortSchema(schema)) +
    "\n"
  );
}
