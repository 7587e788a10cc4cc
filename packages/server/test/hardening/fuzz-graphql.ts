import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { anyJsonValue, anyString } from './fuzz-inputs.js';

/** One operation of the published schema, with random variables for its arguments. */
export type FuzzOperation = {
  field: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
};

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

/** Every scalar field of the result, and of the objects inside it, one level down. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()).flatMap((field) => {
    if (isLeafType(getNamedType(field.type))) return [field.name];
    return depth < 1 ? [`${field.name} ${selectionOf(field.type, depth + 1)}`] : [];
  });
  return `{ __typename ${fields.join(' ')} }`;
}

/** A value of the declared type (with odd contents), or of any other JSON type. */
function valueOf(type: GraphQLInputType, strings: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: wellTyped(type, strings) },
    { weight: 1, arbitrary: anyJsonValue },
  );
}

function wellTyped(type: GraphQLInputType, strings: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return wellTyped(type.ofType, strings);
  if (isListType(type)) return fc.array(valueOf(type.ofType, strings), { maxLength: 12 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.record(
      Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, strings)])),
      { requiredKeys: [] },
    );
    const unknownField = fc.dictionary(anyString, anyJsonValue, { maxKeys: 1 });
    return fc.tuple(record, unknownField).map(([known, extra]) => ({ ...extra, ...known }));
  }
  switch (type.name) {
    case 'Boolean':
      return fc.boolean();
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1));
    case 'Float':
      return fc.double();
    default:
      return strings;
  }
}

function operationsOf(
  root: GraphQLObjectType | null | undefined,
  kind: string,
  strings: fc.Arbitrary<string>,
) {
  return Object.values(root?.getFields() ?? {}).map((field): FuzzOperation => {
    const declared = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const document =
      `${kind} Fuzz${declared ? `(${declared})` : ''} ` +
      `{ ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field.type)} }`;
    const variables = fc.record(
      Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type, strings)])),
      { requiredKeys: [] },
    );
    return { field: field.name, document, variables };
  });
}

/**
 * Every query and mutation in schema.graphql, so an operation added later is fuzzed too.
 * `strings` should mix known ids (so resolvers run past "not found") with odd text.
 */
export function schemaOperations(strings: fc.Arbitrary<string>): FuzzOperation[] {
  return [
    ...operationsOf(schema.getQueryType(), 'query', strings),
    ...operationsOf(schema.getMutationType(), 'mutation', strings),
  ];
}

/** Text that looks like GraphQL: real names and punctuation in random order. */
export const graphqlish = fc
  .array(
    fc.constantFrom(
      '{',
      '}',
      '(',
      ')',
      '[',
      ']',
      ':',
      '=',
      '!',
      '...',
      '$x',
      '@include(if: true)',
      '@skip',
      'query',
      'mutation',
      'subscription',
      'fragment F on Note',
      'on',
      'viewer',
      'id',
      'notes',
      'note(id: "1")',
      'ownedOAuthApps',
      'name',
      '__schema',
      '__typename',
      '__type(name: "Note")',
      '"str"',
      '"""block"""',
      '1',
      '1.5e999',
      'true',
      'null',
      '#comment\n',
      'a:',
      'b:',
      ',',
    ),
    { maxLength: 40 },
  )
  .map((tokens) => tokens.join(' '));
