import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';

/**
 * The JSON answers that grow past 1 KiB and never carry a secret (so no BREACH-style guessing
 * through their compressed length): lists and the API description. Every other route, the
 * bearer check, introspection and the token endpoint above all, runs no compression hook at all.
 */
const COMPRESSED_ROUTES = new Set([
  'GET /consumer/v1/openapi.json',
  'GET /consumer/v1/oauth/clients',
  'GET /consumer/v1/notes',
]);

const methodsOf = (method: string | string[]) => (Array.isArray(method) ? method : [method]);

/**
 * JSON over 1 KiB from those routes goes out as brotli (at a fast quality) or gzip to clients
 * that accept it. Request bodies are never inflated: a compressed upload would slip past the
 * body limits.
 */
export async function registerJsonCompression(app: FastifyInstance): Promise<void> {
  // Runs before the plugin's own onRoute hook, which reads `compress` from the route.
  app.addHook('onRoute', (route) => {
    const compressed = methodsOf(route.method).some((method) =>
      COMPRESSED_ROUTES.has(`${method} ${route.url}`),
    );
    route.compress = compressed ? {} : false;
  });
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    customTypes: /^application\/(?:[\w.+-]+\+)?json\b/,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}
