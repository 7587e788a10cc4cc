import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config/load-config.js';
import { openBnderDatabase } from '../composition/entities.js';
import { parseLegacyTokenFile } from './legacy-token-file.js';
import { insertLegacyTokens, resolveLegacyRecords } from './legacy-token-import.js';

export type Output = { out(line: string): void; err(line: string): void };

/**
 * `import-legacy-tokens FILE`: every line is checked first; one bad line and nothing is
 * imported. Returns the exit code. Never prints a token.
 */
export async function importLegacyTokens(path: string, output: Output): Promise<number> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    output.err(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    return 1;
  }
  const parsed = parseLegacyTokenFile(text);
  const config = loadConfig();
  const db = await openBnderDatabase(config.databaseUrl);
  try {
    const { resolved, problems } = await resolveLegacyRecords(db, parsed.records);
    const bad = [...parsed.problems, ...problems].sort((a, b) => a.line - b.line);
    if (bad.length > 0) {
      for (const { line, message } of bad) output.err(`line ${line}: ${message}`);
      output.err(
        `Nothing imported: ${bad.length} bad line${bad.length === 1 ? '' : 's'} in ${path}`,
      );
      return 1;
    }
    const { imported, expired } = await insertLegacyTokens(db, resolved);
    const skipped = expired > 0 ? ` (skipped ${expired} already expired)` : '';
    output.out(`Imported ${imported} legacy tokens${skipped}`);
    return 0;
  } finally {
    await db.destroy();
  }
}
