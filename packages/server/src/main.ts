import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/load-config.js';
import { openBnderDatabase } from './composition/entities.js';
import { buildApp } from './composition/app.js';
import { createServices } from './composition/services.js';
import { exitOnSignal } from './composition/shutdown.js';

async function main(): Promise<void> {
  const config = loadConfig();
  // The app's logger exists only once the database is open; a move is logged from then on.
  const logged: { moved?: (node: string) => void } = {};
  const db = await openBnderDatabase(config.databaseUrl, {
    causalReads: config.databaseCausalReads,
    onNodeChange: (node) => logged.moved?.(`${node.host}:${node.port}`),
  });
  const services = createServices(config, db);
  const app = await buildApp(services);
  logged.moved = (node) =>
    app.log.warn({ databaseNode: node }, 'database node lost; moved to the next');
  exitOnSignal(app, db, config.shutdownTimeoutSeconds, {
    readiness: services.readiness,
    seconds: config.shutdownDrainSeconds,
  });
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
