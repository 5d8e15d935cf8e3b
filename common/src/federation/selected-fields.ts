import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** Field names the operation selects on a type beneath the current field (e.g. `_entities`), for the audit. */
export function selectedFieldsOn(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const fields = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, matching: boolean) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (matching) fields.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        visit(selection.selectionSet, condition ? condition === typeName : matching);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, fragment.typeCondition.name.value === typeName);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, info.returnType.toString().includes(typeName));
  return fields;
}
