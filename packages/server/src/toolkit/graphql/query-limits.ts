import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_FIELDS = 300;

/**
 * Refuses documents nested deeper than MAX_QUERY_DEPTH or selecting more than MAX_QUERY_FIELDS
 * fields in all (fragments expanded), so one request cannot make the server do unbounded work.
 */
export function queryLimits(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation) {
      const cost = { fields: 0, depth: 0 };
      measure(operation.selectionSet, 1, fragments, cost, new Set());
      if (cost.depth > MAX_QUERY_DEPTH) {
        context.reportError(
          new GraphQLError(`Query is nested too deeply (over ${MAX_QUERY_DEPTH} levels)`),
        );
      } else if (cost.fields > MAX_QUERY_FIELDS) {
        context.reportError(
          new GraphQLError(`Query selects too many fields (over ${MAX_QUERY_FIELDS})`),
        );
      }
    },
  };
}

function measure(
  set: SelectionSetNode,
  depth: number,
  fragments: Map<string, FragmentDefinitionNode>,
  cost: { fields: number; depth: number },
  visiting: Set<string>,
): void {
  cost.depth = Math.max(cost.depth, depth);
  if (cost.depth > MAX_QUERY_DEPTH || cost.fields > MAX_QUERY_FIELDS) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      cost.fields += 1;
      if (selection.selectionSet)
        measure(selection.selectionSet, depth + 1, fragments, cost, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, depth, fragments, cost, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Fragment cycles are reported by graphql's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      measure(fragment.selectionSet, depth, fragments, cost, visiting);
      visiting.delete(name);
    }
  }
}
