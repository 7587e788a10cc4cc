import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** The most an operation may cost: each field 1, a list's selection times its page size. */
export const MAX_OPERATION_COST = 5000;
/** What a list counts for when no literal page size (`first`, `last`, `limit`) bounds it. */
export const LIST_PAGE_SIZE = 100;
/**
 * Fields that check a guessable secret (a password or a user code, RFC 8628 §5.1): each takes
 * a slot of a rate limit, so one operation may ask one of them once; aliases cannot multiply it.
 */
export const GUESSING_FIELDS: ReadonlySet<string> = new Set([
  'Mutation.signIn',
  'Mutation.confirmPassword',
  'Mutation.approveDeviceAuthorization',
  'Mutation.denyDeviceAuthorization',
  'Query.deviceAuthorization',
  'Query.requestingOAuthApp',
]);

type Cost = { cost: number; guesses: number };

/**
 * Refuses, before any resolver runs, an operation that would cost over MAX_OPERATION_COST or
 * that asks more than one guessing field (fragments expanded, aliases counted one by one).
 * Introspection fields are free: introspection is off in production.
 */
export function operationCost(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const measure = new CostMeasure(schema, fragments);
  return {
    OperationDefinition(operation) {
      const root = schema.getRootType(operation.operation);
      if (!root) return;
      const { cost, guesses } = measure.of(operation.selectionSet, root);
      if (guesses > 1) {
        const names = [...GUESSING_FIELDS].map((field) => field.split('.')[1]).join(', ');
        context.reportError(
          new GraphQLError(`An operation may ask only one of ${names}, once: each is a guess`),
        );
      } else if (cost > MAX_OPERATION_COST) {
        context.reportError(
          new GraphQLError(`Operation costs ${cost}, over the limit of ${MAX_OPERATION_COST}`),
        );
      }
    },
  };
}

class CostMeasure {
  // A fragment costs the same wherever it is spread, so each is measured once: nested spreads
  // cannot make the measuring itself exponential.
  private readonly fragmentCosts = new Map<string, Cost>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
  ) {}

  of(set: SelectionSetNode, parent: GraphQLNamedType): Cost {
    const total: Cost = { cost: 0, guesses: 0 };
    for (const selection of set.selections) {
      const part =
        selection.kind === Kind.FIELD
          ? this.field(selection, parent)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? this.typed(selection.selectionSet, selection.typeCondition?.name.value ?? parent)
            : this.fragment(selection.name.value);
      total.cost += part.cost;
      total.guesses += part.guesses;
    }
    return total;
  }

  private field(node: FieldNode, parent: GraphQLNamedType): Cost {
    const name = node.name.value;
    if (name.startsWith('__')) return { cost: 0, guesses: 0 };
    const definition = fieldOf(parent, name);
    // Unknown fields are reported by graphql's own FieldsOnCorrectType rule.
    if (!definition) return { cost: 1, guesses: 0 };
    const guesses = GUESSING_FIELDS.has(`${parent.name}.${name}`) ? 1 : 0;
    // A type prints as its SDL (`[Note!]!`): read so, not with graphql's instanceof checks,
    // which fail when graphql is loaded twice (as ESM and CommonJS, as under vitest).
    const printed = String(definition.type);
    const type = this.schema.getType(printed.replace(/[[\]!]/g, ''));
    if (!node.selectionSet || !type) return { cost: 1, guesses };
    const inner = this.of(node.selectionSet, type);
    const times = printed.startsWith('[') ? pageSize(node) : 1;
    return { cost: 1 + times * inner.cost, guesses: guesses + times * inner.guesses };
  }

  private typed(set: SelectionSetNode, on: string | GraphQLNamedType): Cost {
    const type = typeof on === 'string' ? this.schema.getType(on) : on;
    return type ? this.of(set, type) : { cost: 0, guesses: 0 };
  }

  private fragment(name: string): Cost {
    const known = this.fragmentCosts.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // Fragment cycles are reported by graphql's own NoFragmentCycles rule.
    if (!fragment || this.visiting.has(name)) return { cost: 0, guesses: 0 };
    this.visiting.add(name);
    const cost = this.typed(fragment.selectionSet, fragment.typeCondition.name.value);
    this.visiting.delete(name);
    this.fragmentCosts.set(name, cost);
    return cost;
  }
}

/** The field of an object or interface type (a union has none but `__typename`). */
function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  const withFields = type as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> };
  return typeof withFields.getFields === 'function' ? withFields.getFields()[name] : undefined;
}

/** A literal `first`, `last` or `limit` bounds the page; a variable or none counts in full. */
function pageSize(node: FieldNode): number {
  for (const argument of node.arguments ?? []) {
    if (!['first', 'last', 'limit'].includes(argument.name.value)) continue;
    if (argument.value.kind === Kind.INT) return Math.max(1, Number(argument.value.value));
  }
  return LIST_PAGE_SIZE;
}
