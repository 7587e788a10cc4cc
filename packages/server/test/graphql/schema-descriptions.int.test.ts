import { APP_EVENT_TYPES } from '@bnder/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';

type Described = { name: string; description: string | null };
type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type IntrospectedType = Described & {
  kind: string;
  fields: (Described & { args: Described[]; type: TypeRef })[] | null;
  inputFields: Described[] | null;
  enumValues: Described[] | null;
};

// Within the server's depth limit, unlike graphql-js's full introspection query.
const TYPES = `{ __schema { types {
  kind name description
  fields(includeDeprecated: true) { name description args { name description }
    type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
  inputFields { name description }
  enumValues(includeDeprecated: true) { name description }
} } }`;

const BUILT_IN_SCALARS = ['String', 'Boolean', 'Int', 'Float', 'ID'];

const server = useTestServer();
let types: IntrospectedType[];

beforeAll(async () => {
  const result = await new TestClient(server.url).gql<{ __schema: { types: IntrospectedType[] } }>(
    TYPES,
  );
  if (!result.data) throw new Error(`introspection failed: ${JSON.stringify(result.errors)}`);
  types = result.data.__schema.types.filter(
    (type) => !type.name.startsWith('__') && !BUILT_IN_SCALARS.includes(type.name),
  );
});

/** Every type, field, argument, input field and enum value the schema publishes without a description. */
function undescribed(): string[] {
  const missing: string[] = [];
  const need = (path: string, description: string | null) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of types) {
    need(type.name, type.description);
    for (const field of type.fields ?? []) {
      need(`${type.name}.${field.name}`, field.description);
      for (const arg of field.args)
        need(`${type.name}.${field.name}(${arg.name})`, arg.description);
    }
    for (const field of type.inputFields ?? [])
      need(`${type.name}.${field.name}`, field.description);
    for (const value of type.enumValues ?? [])
      need(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

function namedType(ref: TypeRef): TypeRef {
  return ref.ofType ? namedType(ref.ofType) : ref;
}

describe('the GraphQL schema, as introspection shows it', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(types.map((type) => type.name)).toContain('OAuthApp');
    expect(undescribed()).toEqual([]);
  });

  it('types an activity entry with an enum of exactly the shared event types', () => {
    const event = types.find((type) => type.name === 'OAuthAppEvent');
    const field = event?.fields?.find((f) => f.name === 'type');
    if (!field) throw new Error('OAuthAppEvent.type is missing');
    const named = namedType(field.type);
    expect(named.kind).toBe('ENUM');
    const values = types.find((type) => type.name === named.name)?.enumValues;
    expect(values?.map((value) => value.name)).toEqual([...APP_EVENT_TYPES]);
  });
});
