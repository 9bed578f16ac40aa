import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from } from "@apollo/client/core";
import { onError } from "@apollo/client/link/error";
import type { GraphQLFormattedError } from "graphql";
import { isFieldError } from "@/lib/errors";

export interface ApolloHooks {
  /** The bearer token of the current session, if any. */
  getToken: () => string | null;
  /** The app's language: sent as X-Locale, so the server's messages and notes come in it. */
  getLocale?: () => string;
  /** Called once per failed operation whose error says the session is gone. */
  onUnauthenticated: (operationName: string) => void;
  /** Shows one error to the person (already decided it should be shown). */
  notify: (error: GraphQLFormattedError | { networkError: true }) => void;
}

// @vue/apollo-composable 4.2 (the composables for Apollo Client 3) calls APIs that Apollo Client
// 3.14 marks as deprecated ahead of 4.0 (`getLastResult`); their console warnings are not ours to fix.
(globalThis as Record<symbol, unknown>)[Symbol.for("apollo.deprecations")] = true;

/** Operations whose UNAUTHENTICATED answer means "wrong credentials", not "session expired". */
const SIGN_IN_OPERATIONS = new Set(["Login"]);

export function createApolloClient(hooks: ApolloHooks, uri = "/graphql") {
  const auth = new ApolloLink((operation, forward) => {
    const token = hooks.getToken();
    const locale = hooks.getLocale?.();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: {
        ...headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(locale ? { "x-locale": locale } : {}),
      },
    }));
    return forward(operation);
  });

  const errors = onError(({ graphQLErrors, networkError, operation }) => {
    const name = operation.operationName ?? "";
    const isMutation = operation.query.definitions.some(
      (d) => d.kind === "OperationDefinition" && d.operation === "mutation",
    );
    if (graphQLErrors?.length) {
      if (!SIGN_IN_OPERATIONS.has(name) && graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) {
        hooks.onUnauthenticated(name);
        return;
      }
      for (const e of graphQLErrors) {
        // Forms show BAD_USER_INPUT beside the field it names (el-form-item `error`).
        if (isMutation && isFieldError(e)) continue;
        hooks.notify(e);
      }
    } else if (networkError) {
      const status = (networkError as { statusCode?: number }).statusCode;
      // Apollo Server answers some errors with HTTP 4xx and a GraphQL body.
      const body = (networkError as { result?: { errors?: GraphQLFormattedError[] } }).result;
      if (body?.errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED") && !SIGN_IN_OPERATIONS.has(name)) {
        hooks.onUnauthenticated(name);
      } else if (body?.errors?.length) {
        for (const e of body.errors) if (!(isMutation && isFieldError(e))) hooks.notify(e);
      } else if (status !== 401) {
        hooks.notify({ networkError: true });
      } else {
        hooks.onUnauthenticated(name);
      }
    }
  });

  return new ApolloClient({
    link: from([errors, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Progress rows have no id: keep them inside their pairing, replaced whole on refetch.
        Pairing: { fields: { progress: { merge: false } } },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: "cache-and-network", errorPolicy: "none" },
      query: { fetchPolicy: "network-only" },
    },
  });
}
