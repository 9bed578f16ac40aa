import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { getComplexity } from "graphql-query-complexity";

/** Refuses documents nested deeper than `max` fields (fragments followed). */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set) return depth;
      let deepest = depth;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) deepest = Math.max(deepest, depthOf(s.selectionSet, depth + 1, seen));
        else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(s.selectionSet, depth, seen));
        else if (!seen.has(s.name.value)) {
          const f = fragments.get(s.name.value);
          deepest = Math.max(deepest, depthOf(f?.selectionSet, depth, new Set([...seen, s.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`查询嵌套过深 (${depth} > ${max}) / Query too deep`, { nodes: [node] }));
        }
      },
    };
  };
}

/**
 * Refuses operations whose estimated cost exceeds `max`: each field costs 1, and a paginated
 * field multiplies its children by the page size asked for (`first`).
 */
export function costLimit(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [
              ({ args, childComplexity }) => 1 + childComplexity * (typeof args.first === "number" ? Math.max(args.first, 1) : 1),
            ],
            });
          } catch {
            // Variables that do not coerce: Apollo reports them next, as BAD_USER_INPUT with status 400.
            return;
          }
          if (cost > max) {
            throw new GraphQLError(`查询代价过高 (${cost} > ${max}),请减少分页大小 / Query too expensive`, {
              extensions: { code: "BAD_USER_INPUT", cost, maxCost: max },
            });
          }
        },
      };
    },
  };
}
