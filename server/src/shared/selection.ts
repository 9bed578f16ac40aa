import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * The fields selected directly under the field being resolved, through fragments, with @skip and
 * @include applied as graphql-js applies them: what a resolver may look ahead at.
 */
export function selectedFields(info: GraphQLResolveInfo): FieldNode[] {
  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const fields: FieldNode[] = [];
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (!included(s)) continue;
      if (s.kind === "Field") fields.push(s);
      else walk(s.kind === "InlineFragment" ? s.selectionSet : info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const n of info.fieldNodes) walk(n.selectionSet);
  return fields;
}
