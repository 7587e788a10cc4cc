import 'reflect-metadata';
import { resolve } from 'node:path';
import { ConfigError } from '../config/load-config.js';
import { importLegacyTokens, type Output } from './import-legacy-tokens.js';
import { DEFAULT_GRACE_DAYS, parseGraceDays, purgeExpired } from './purge-expired.js';
import { rotateSigningKeys } from './rotate-signing-keys.js';
import { changeSuspension } from './suspend-app.js';

const USAGE = `Usage: pnpm admin <command>

Commands:
  import-legacy-tokens FILE   import pre-release tokens from a JSON-lines file
                              {"token","client_id","user_email","scope","expires_at"}
  suspend-app CLIENT_ID --reason "…"
                              suspend an app: its tokens are revoked, its links refused
  unsuspend-app CLIENT_ID     lift a suspension (revoked tokens stay revoked)
  rotate-signing-keys         new ID token signing keys; the old ones stay published
                              until the ID tokens they signed have expired
  purge-expired [--grace-days N]
                              delete tokens and codes expired more than N days ago
                              (default ${DEFAULT_GRACE_DAYS}; a live grant keeps its refresh tokens), and
                              expired sessions and ended rate-limit counters`;

const output: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Admin commands: `node dist/admin/cli.js <command> …`, run through `pnpm admin` at the root. */
async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'import-legacy-tokens' && rest.length === 1 && rest[0]) {
    // pnpm runs scripts in the package folder; INIT_CWD is where the user typed the command.
    return importLegacyTokens(resolve(process.env.INIT_CWD ?? process.cwd(), rest[0]), output);
  }
  if (command === 'suspend-app' && rest.length === 3 && rest[0] && rest[1] === '--reason')
    return changeSuspension('suspend', rest[0], rest[2], output);
  if (command === 'unsuspend-app' && rest.length === 1 && rest[0])
    return changeSuspension('unsuspend', rest[0], undefined, output);
  if (command === 'rotate-signing-keys' && rest.length === 0) return rotateSigningKeys(output);
  if (command === 'purge-expired') {
    const graceDays =
      rest.length === 0
        ? DEFAULT_GRACE_DAYS
        : rest.length === 2 && rest[0] === '--grace-days'
          ? parseGraceDays(rest[1])
          : undefined;
    if (graceDays !== undefined) return purgeExpired(graceDays, output);
    console.error('purge-expired takes --grace-days N, a whole number of days (0 or more)');
    return 1;
  }
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command === undefined ? 1 : 0;
  }
  console.error(`Unknown command or arguments: ${args.join(' ')}\n\n${USAGE}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof ConfigError ? message : `Failed: ${message}`);
    process.exitCode = 1;
  },
);
