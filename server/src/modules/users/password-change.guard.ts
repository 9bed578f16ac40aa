import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import type { RequestContext } from "../../shared/context";
import { AppError } from "../../shared/errors";
import { msg } from "../../shared/messages";

/** What a user whose password an administrator reset may still do (root fields). */
const ALLOWED_WHILE_MUST_CHANGE = new Set(["me", "changePassword", "logout", "__typename"]);

/** The root field names an operation selects, through fragments and inline fragments (each fragment once). */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
  out = new Set<string>(),
) {
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) out.add(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) rootFields(sel.selectionSet, fragments, seen, out);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const f = fragments.get(sel.name.value);
      if (f) rootFields(f.selectionSet, fragments, seen, out);
    }
  }
  return out;
}

/**
 * While `mustChangePassword` is set (after an administrator's reset), the API answers only
 * changePassword, logout and me: any operation selecting another root field is refused whole,
 * FORBIDDEN with `reason: PASSWORD_CHANGE_REQUIRED`, before any resolver runs. (The file routes,
 * exports and uploads, treat such a session as signed out: see app.ts.)
 */
export function passwordChangeGuard(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.user?.mustChangePassword) return;
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const fragments = new Map(
            (document as DocumentNode).definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const refused = [...rootFields(operation.selectionSet, fragments)].filter(
            (f) => !ALLOWED_WHILE_MUST_CHANGE.has(f),
          );
          if (refused.length) {
            throw new AppError("FORBIDDEN", msg("请先修改密码", "Change your password first"), {
              reason: "PASSWORD_CHANGE_REQUIRED",
              http: { status: 403 },
            });
          }
        },
      };
    },
  };
}
