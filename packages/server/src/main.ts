import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/load-config.js';
import { openBnderDatabase } from './composition/entities.js';
import { buildApp } from './composition/app.js';
import { createServices } from './composition/services.js';
import { exitOnSignal } from './composition/shutdown.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openBnderDatabase(config.databaseUrl);
  const app = await buildApp(createServices(config, db));
  exitOnSignal(app, db, config.shutdownTimeoutSeconds);
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ publicUrl: config.publicUrl }, 'Bnder OAuth Apps is listening');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exit(1);
});
