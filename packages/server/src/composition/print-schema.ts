import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig } from '../config/load-config.js';
import { openBnderDatabase } from './entities.js';
import { createServices } from './services.js';
import { buildGraphQLSchema } from './build-schema.js';

/**
 * Writes the schema SDL to packages/server/schema.graphql, or with --check fails when that
 * file differs from what the code builds (so a stale schema cannot land).
 */
async function main(): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'sqlite::memory:',
    SECRET_KEY: randomBytes(32).toString('base64'),
  });
  const db = await openBnderDatabase(config.databaseUrl);
  const schema = await buildGraphQLSchema(createServices(config, db).resolvers);
  await db.destroy();
  const sdl = printSchema(lexicographicSortSchema(schema)) + '\n';
  const path = join(dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
  if (process.argv.includes('--check')) {
    const current = readFileSync(path, 'utf8');
    if (current !== sdl) {
      console.error(
        'packages/server/schema.graphql is stale: run pnpm --filter @bnder/server schema:write',
      );
      process.exit(1);
    }
    console.log('schema.graphql is up to date');
    return;
  }
  writeFileSync(path, sdl);
  console.log(`wrote ${path}`);
}

// Top level of a CLI: a rejection is unhandled and ends the process non-zero, as it should.
void main();
