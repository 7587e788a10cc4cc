/**
 * The parts of an OpenAPI 3.1 document the reference page shows, read without a library: the
 * document is our own (`/consumer/v1/openapi.json`), so only what it uses is modelled.
 */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
}

export interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { summary?: string; value?: unknown }>;
}

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, MediaType> };
  responses?: Record<string, { description?: string; content?: Record<string, MediaType> }>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface OperationView {
  /** A stable anchor for the operation, e.g. `createOAuthClient`. */
  id: string;
  method: string;
  path: string;
  operation: Operation;
}

export interface TagGroup {
  tag: string;
  operations: OperationView[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The operations grouped by their first tag, in the document's order. */
export function operationsByTag(document: OpenApiDocument): TagGroup[] {
  const groups = new Map<string, OperationView[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'Other';
      const id = operation.operationId ?? `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
      groups.set(tag, [...(groups.get(tag) ?? []), { id, method, path, operation }]);
    }
  }
  return [...groups].map(([tag, operations]) => ({ tag, operations }));
}

/** Follows a local `#/components/schemas/Name` reference; anything else is returned as is. */
export function resolveSchema(document: OpenApiDocument, schema: Schema): Schema {
  const name = schema.$ref?.match(/^#\/components\/schemas\/(.+)$/)?.[1];
  return (name && document.components?.schemas?.[name]) || schema;
}

/** A short type name: `string`, `string or null`, `array of string`, `object`. */
export function typeLabel(document: OpenApiDocument, schema: Schema): string {
  const resolved = resolveSchema(document, schema);
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type ?? 'object'];
  return types
    .map((type) =>
      type === 'array' && resolved.items ? `array of ${typeLabel(document, resolved.items)}` : type,
    )
    .map((type) => (type === 'string' && resolved.format ? `${type} (${resolved.format})` : type))
    .join(' or ');
}

/** The JSON media type's first example, as the reference shows it. */
export function firstExample(media: MediaType | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  return Object.values(media.examples ?? {})[0]?.value;
}

/** The scopes a bearer token needs for the operation (RFC 6750 §3.1), from its security. */
export function requiredScopes(operation: Operation): string[] {
  return operation.security?.find((requirement) => 'oauth2' in requirement)?.oauth2 ?? [];
}
