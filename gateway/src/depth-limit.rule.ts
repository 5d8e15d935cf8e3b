import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";

/**
 * Refuses operations nested deeper than `maxDepth` before any subgraph is asked: the schema's
 * patient -> records -> items shape needs about six levels; hundreds are an attack. Introspection
 * (Sandbox, codegen) is not counted.
 */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode | undefined, depth: number, visiting: Set<string>): number => {
      let deepest = depth;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          if (selection.selectionSet) deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + 1, visiting));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, visiting));
        } else if (!visiting.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          const next = new Set(visiting).add(selection.name.value);
          if (fragment) deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, next));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 1, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`The operation is nested ${depth} levels deep; at most ${maxDepth} are allowed.`, {
            nodes: [operation], extensions: { code: "BAD_USER_INPUT", reason: "QUERY_TOO_DEEP" },
          }));
        }
      },
    };
  };
}
