import { expect } from 'vitest';
import { documentedFetch } from '../helpers/openapi-conformance.js';

export type Answer = { status: number; headers: Headers; text: string; label: string };

/** One request as a client sends it; the label names it in a failure message. */
export async function send(baseUrl: string, path: string, init: RequestInit): Promise<Answer> {
  const url = new URL(path, baseUrl);
  const response = await documentedFetch(url, { ...init, redirect: 'manual' });
  const text = await response.text();
  const label = `${init.method ?? 'GET'} ${url.pathname}${url.search.slice(0, 200)} → ${response.status} ${text.slice(0, 300)}`;
  return { status: response.status, headers: response.headers, text, label };
}

/** The server is still up: a crash or a wedged event loop would fail here. */
export async function expectAlive(baseUrl: string): Promise<void> {
  const response = await fetch(new URL('/healthz', baseUrl));
  expect(response.status).toBe(200);
}

function parseJson(answer: Answer): unknown {
  expect(answer.headers.get('content-type') ?? '', answer.label).toMatch(/^application\/json/);
  try {
    return JSON.parse(answer.text) as unknown;
  } catch {
    throw new Error(`not JSON: ${answer.label}`);
  }
}

/** REST and OAuth: no 5xx; every error is `{ error, error_description }` with strings. */
export function expectJsonErrorShape(answer: Answer, method = 'GET'): void {
  expect(answer.status, answer.label).toBeLessThan(500);
  if (answer.status < 400 || method === 'HEAD') return;
  const body = parseJson(answer) as Record<string, unknown>;
  expect(typeof body.error, answer.label).toBe('string');
  expect(typeof body.error_description, answer.label).toBe('string');
}

/**
 * GraphQL: no 5xx, JSON always, and any error a GraphQL error with a message. A 200 may carry
 * errors, but never an INTERNAL_SERVER_ERROR, which would be a 500 in disguise.
 */
export function expectGraphQLShape(answer: Answer): void {
  expect(answer.status, answer.label).toBeLessThan(500);
  // Over 16 KiB of URL and headers, Node refuses the request before any route is known.
  if (answer.status === 431) return expectJsonErrorShape(answer);
  const body = parseJson(answer) as { errors?: unknown; data?: unknown };
  if (answer.status >= 400) expect(Array.isArray(body.errors), answer.label).toBe(true);
  if (body.errors === undefined) return;
  expect(Array.isArray(body.errors), answer.label).toBe(true);
  for (const error of body.errors as { message?: unknown; extensions?: { code?: unknown } }[]) {
    expect(typeof error.message, answer.label).toBe('string');
    expect(error.extensions?.code, answer.label).not.toBe('INTERNAL_SERVER_ERROR');
  }
}

/**
 * GET /oauth/authorize: a redirect goes to a registered redirect URI or back to this site
 * (sign-in, consent); an error is the server's own HTML page, with no markup from the input.
 */
export function expectAuthorizeShape(
  answer: Answer,
  baseUrl: string,
  registered: readonly string[],
): void {
  expect(answer.status, answer.label).toBeLessThan(500);
  if (answer.status === 302) {
    const location = answer.headers.get('location');
    expect(location, answer.label).toBeTruthy();
    const target = new URL(location ?? '', baseUrl);
    const own = target.origin === new URL(baseUrl).origin;
    const toClient = registered.includes(target.href.split('?')[0] ?? '');
    expect(own || toClient, `${answer.label} → ${location}`).toBe(true);
    return;
  }
  expect(answer.status, answer.label).toBeGreaterThanOrEqual(400);
  // Over 16 KiB of URL and headers, Node refuses the request before any route is known.
  if (answer.status === 431) return expectJsonErrorShape(answer);
  expect(answer.headers.get('content-type') ?? '', answer.label).toMatch(/^text\/html/);
  expect(answer.text, answer.label).toMatch(/^<!doctype html>/);
  expect(answer.text, answer.label).not.toMatch(/<script|<img|onerror=/i);
}
