import { headerRef, type ResponseHeader } from './openapi-headers.js';

type Examples = Record<string, { summary: string; value: unknown }>;

/**
 * One response of a route, for Fastify (which serializes the body by the schema) and for the
 * OpenAPI document (which lists the schema by its `$id` under components.schemas). The `$ref`
 * keeps the literal `$id` in its type, so the type provider resolves it to the schema and
 * checks what the handler returns (`ReplyTypes` in reply-types.ts).
 */
export function jsonAnswer<const Id extends string>(
  description: string,
  schema: { $id: Id },
  examples: Examples,
  headers: Record<string, ResponseHeader> = {},
) {
  const named = Object.entries(headers).map(([name, header]) => [name, headerRef(header)]);
  return {
    description,
    ...(named.length > 0 ? { headers: Object.fromEntries(named) } : {}),
    content: { 'application/json': { schema: { $ref: `${schema.$id}#` as const }, examples } },
  };
}

/** A 204: no body. */
export const noContent = (description: string) => ({ type: 'null', description }) as const;
