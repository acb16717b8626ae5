import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from "graphql";

export interface DocumentSize {
  /** Fields the operations would resolve, fragments expanded: every alias and `__typename` counts. */
  fields: number;
  /** Deepest field nesting. */
  depth: number;
}

/**
 * The size of what a document asks for, worked out from the syntax tree alone, before validation
 * (whose overlapping-fields rule is quadratic in the fields of a selection set) and before any
 * resolver runs. Each fragment is measured once however often it is spread; a fragment that spreads
 * itself is left to validation to refuse. Stops counting once past `stopAt`.
 */
export function measureDocument(document: DocumentNode, stopAt = Number.POSITIVE_INFINITY): DocumentSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, DocumentSize>();
  const open = new Set<string>();

  const ofSet = (set: SelectionSetNode): DocumentSize => {
    let fields = 0;
    let depth = 0;
    for (const selection of set.selections) {
      let inner: DocumentSize;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? ofSet(selection.selectionSet) : { fields: 0, depth: 0 };
        inner = { fields: below.fields + 1, depth: below.depth + 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = ofSet(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || open.has(name)) continue;
        let known = measured.get(name);
        if (!known) {
          open.add(name);
          known = ofSet(fragment.selectionSet);
          open.delete(name);
          measured.set(name, known);
        }
        inner = known;
      }
      fields += inner.fields;
      depth = Math.max(depth, inner.depth);
      if (fields > stopAt) break;
    }
    return { fields, depth };
  };

  let fields = 0;
  let depth = 0;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const size = ofSet(d.selectionSet);
    fields += size.fields;
    depth = Math.max(depth, size.depth);
    if (fields > stopAt) break;
  }
  return { fields, depth };
}
