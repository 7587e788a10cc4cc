import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { Readiness } from './readiness.js';

/** How long each closing step may take once the shutdown timeout forced the connections shut. */
const STEP_LIMIT_MS = 2000;

const after = (ms: number) =>
  new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/** Exit code of a shutdown that had to cut connections: a supervisor can tell it from a clean one. */
const FORCED_EXIT_CODE = 1;

/**
 * On SIGTERM (or SIGINT) the server stops accepting connections and lets the requests in flight
 * finish for `timeoutSeconds`. Then it closes every connection still open, such as a slow upload
 * or a client that stopped reading its response, closes the database and exits non-zero, saying
 * why on stderr. Each step is bounded, so one stuck client or driver can never keep the process
 * alive; the log flush at exit is bounded too (toolkit/http/stdout-destination.ts).
 */
export function exitOnSignal(
  app: FastifyInstance,
  db: DataSource,
  timeoutSeconds: number,
  drain: { readiness: Readiness; seconds: number } = { readiness: new Readiness(), seconds: 0 },
): void {
  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal, timeoutSeconds }, 'shutting down');
    // /readyz answers 503 from now on; requests are still served while the balancer notices.
    drain.readiness.startShutdown();
    if (drain.seconds > 0) await after(drain.seconds * 1000);
    const closed = app.close().then(
      () => 'closed' as const,
      (error: unknown) => {
        app.log.error({ errorMessage: (error as Error).message }, 'closing the server failed');
        return 'closed' as const;
      },
    );
    const forced = (await Promise.race([closed, after(timeoutSeconds * 1000)])) === 'timeout';
    if (forced) {
      app.log.warn({ timeoutSeconds }, 'shutdown timeout reached: closing every connection');
      app.server.closeAllConnections();
      await Promise.race([closed, after(STEP_LIMIT_MS)]);
    }
    const destroyed = db.destroy().catch((error: unknown) => {
      app.log.error({ errorMessage: (error as Error).message }, 'closing the database failed');
    });
    await Promise.race([destroyed, after(STEP_LIMIT_MS)]);
    if (!forced) process.exit(0);
    // Non-blocking: on a pipe nobody reads, the line is lost rather than holding the exit.
    process.stderr.write(
      `Forced exit: requests were still open when SHUTDOWN_TIMEOUT (${timeoutSeconds} s) ` +
        'passed after the signal; their connections were closed.\n',
    );
    process.exit(FORCED_EXIT_CODE);
  };
  // Not awaited: a signal listener cannot wait; shutdown() ends in process.exit.
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
