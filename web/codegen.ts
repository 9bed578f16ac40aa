import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for every operation in the app, generated from the server's emitted schema
 * (`schema/schema.graphql`, committed), and for the API tests' operations. `npm run codegen -w web`;
 * the output in src/gql and test/api/gql is committed, and web/src/gql.test.ts fails when it is stale.
 */
/** Both targets see the scalars as JSON carries them: exact decimals and dates as text. */
const shared = {
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
};

const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      documents: ["src/**/*.vue", "src/**/*.ts", "!src/gql/**/*"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: shared,
    },
    // The API tests' typed operations (test/api/harness.ts `op`): the operations written with
    // graphql(`…`) in test/api, as strings that carry their result and variables types. Tests that
    // send deliberately malformed or hand-built queries keep the untyped `gql(string)`.
    "../test/api/gql/": {
      documents: ["../test/api/**/*.ts", "!../test/api/gql/**/*"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { ...shared, documentMode: "string" },
    },
  },
};

export default config;
