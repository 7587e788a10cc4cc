import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

/**
 * A response schema as the serializer applies it. fast-json-stringify writes the listed
 * properties only and drops any other, so for the handler's type a response object is closed
 * (a field outside the schema would be lost silently: a compile error instead). The schema
 * itself, and so the OpenAPI document, stays open: clients should tolerate new fields.
 */
type AsSent<S> = S extends { readonly type: 'object' }
  ? { -readonly [K in keyof S]: S[K] } & { additionalProperties: false }
  : S;

/** A response schema that a `$ref` can name: an object schema with an `$id`. */
export type NamedSchema = Exclude<JSONSchema, boolean> & { readonly $id: string };

/** A feature's named response schemas, the targets of its `$ref`s, as sent. */
type AsSentAll<Schemas extends readonly NamedSchema[]> = Extract<
  { -readonly [I in keyof Schemas]: AsSent<Schemas[I]> },
  NamedSchema[]
>;

/**
 * The type provider of a feature's routes: request types from the request schemas as they
 * are, reply types from the response schemas as sent, a `$ref` resolved among `Schemas`
 * (the schemas the feature adds to the API, by their `$id`).
 */
export type ReplyTypes<Schemas extends readonly NamedSchema[]> = JsonSchemaToTsProvider<{
  SerializerSchemaOptions: { references: AsSentAll<Schemas> };
}>;

/** The JSON a response schema sends: the type a mapper such as `toAppJson` returns. */
export type JsonOf<S extends JSONSchema, Schemas extends readonly NamedSchema[] = []> = FromSchema<
  AsSent<S>,
  { references: AsSentAll<Schemas> }
>;
