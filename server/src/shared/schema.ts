import { buildSchema, type NonEmptyArray } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { authChecker } from "./auth";

/** Builds the executable schema from the modules' resolvers; the SDL is written to schema/. */
export function createSchema(resolvers: NonEmptyArray<Function>, emitPath?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    emitSchemaFile: emitPath ? { path: emitPath, sortedSchema: true } : false,
  });
}
