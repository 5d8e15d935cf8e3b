import { isAbstractType, isObjectType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Field names the operation selects on a type beneath the current field (e.g. `_entities`), for the
 * audit: fragments on the type itself and on any interface or union it belongs to all count.
 */
export function selectedFieldsOn(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const fields = new Set<string>();
  const objectType = info.schema.getType(typeName);
  const applies = (condition: string | undefined) => {
    if (!condition || condition === typeName) return true;
    const abstract = info.schema.getType(condition);
    return isObjectType(objectType) && isAbstractType(abstract) && info.schema.isSubType(abstract, objectType);
  };
  const visit = (selectionSet: SelectionSetNode | undefined, matching: boolean) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (matching) fields.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, matching || applies(selection.typeCondition?.name.value));
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, matching || applies(fragment.typeCondition.name.value));
      }
    }
  };
  // Directly under the field (no fragment), the selection is on the field's own type.
  for (const node of info.fieldNodes) visit(node.selectionSet, applies(info.returnType.toString().replace(/[[\]!]/g, "")));
  return fields;
}
