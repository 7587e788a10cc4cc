import { expect } from 'vitest';
import type { TestServer } from './server.js';

// What a request costs the database, read where an operator reads it: the statement counter at
// GET /metrics. A server started with METRICS_TOKEN serves it.
export const METRICS_TOKEN = 'a-long-random-scrape-token-for-statement-counts';

export type Counts = Record<string, number>;

async function statementCounts(server: TestServer): Promise<Counts> {
  const response = await fetch(`${server.url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const text = await response.text();
  const counts: Counts = {};
  for (const match of text.matchAll(
    /^bnder_database_statements_total\{statement="(\w+)"\} (\d+)$/gm,
  ))
    counts[match[1]!] = Number(match[2]);
  return counts;
}

/** The counts once no write is still on its way (last-used writes follow the answer). */
async function settledCounts(server: TestServer): Promise<Counts> {
  let before = await statementCounts(server);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await statementCounts(server);
    if (JSON.stringify(after) === JSON.stringify(before)) return after;
    before = after;
  }
}

/** The statements `work` sent, by kind, once its off-path writes have landed. */
export async function statementsOf(
  server: TestServer,
  work: () => Promise<number>,
): Promise<Counts> {
  const before = await settledCounts(server);
  expect(await work()).toBe(200);
  const after = await settledCounts(server);
  const sent: Counts = {};
  for (const [kind, count] of Object.entries(after)) {
    const delta = count - (before[kind] ?? 0);
    if (delta > 0) sent[kind] = delta;
  }
  return sent;
}
