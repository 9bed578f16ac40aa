import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for every operation in the app, generated from the server's emitted schema
 * (`schema/schema.graphql`, committed). `npm run codegen -w web`; the output in src/gql is committed.
 */
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.vue", "src/**/*.ts", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: {
          Money: "string",
          Quantity: "string",
          Date: "string",
          DateTime: "string",
          DateTimeISO: "string",
          JSONObject: "Record<string, unknown>",
        },
      },
    },
  },
};

export default config;
