import pino from 'pino';

/** Lines wait in memory until this many bytes are ready, or FLUSH_EVERY_MS has passed. */
const BUFFER_BYTES = 4096;
const FLUSH_EVERY_MS = 1000;
/** Past this much unwritten log (a reader that stopped), new lines are dropped, not kept. */
const MAX_UNWRITTEN_BYTES = 8 * 1024 * 1024;
/** How long the exit may wait for a full pipe to take the last lines before dropping them. */
const EXIT_FLUSH_MS = 1000;

/**
 * Standard output, written in batches: one write per request line would cost a system call on
 * every API request. A timer flushes a partial batch, so a quiet server's lines still appear
 * within a second.
 *
 * Whatever the reader does, the process can exit. Reading `process.stdout` first makes a pipe's
 * descriptor non-blocking (libuv), so a full pipe answers EAGAIN instead of blocking a write.
 * While running, a write that met EAGAIN is retried later and unwritten lines are capped. At
 * exit, pino would flush the rest synchronously and retry EAGAIN forever when nobody reads the
 * pipe any more; this flush runs first, gives up after EXIT_FLUSH_MS and drops what is left,
 * which leaves pino's own flush nothing to write. A closed pipe (EPIPE) drops lines at once.
 */
export function bufferedStdout(): pino.DestinationStream {
  const interactive = process.stdout.isTTY;
  let giveUpAt = Number.POSITIVE_INFINITY;
  const destination = pino.destination({
    dest: 1,
    sync: false,
    minLength: interactive ? 0 : BUFFER_BYTES,
    maxLength: MAX_UNWRITTEN_BYTES,
    retryEAGAIN: () => Date.now() < giveUpAt,
  });
  if (!interactive) setInterval(() => destination.flush(), FLUSH_EVERY_MS).unref();
  // Prepended: it must run before pino's own exit flush, registered by pino.destination.
  process.prependListener('exit', () => {
    giveUpAt = Date.now() + EXIT_FLUSH_MS;
    try {
      destination.flushSync();
    } catch {
      // The pipe stayed full or was closed: what is left cannot be written, so it is dropped.
    }
    destination.destroy();
  });
  return destination;
}
