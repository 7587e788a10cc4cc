import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort, startNodeProcess } from '../../tooling/server-process.mjs';

export { freePort };

/**
 * Starts `node ...args` with exactly `env` (plus PATH and HOME), its stdout and stderr appended to
 * `logFile`, and resolves once `readyUrl` answers 2xx. Returns a handle with pid and stop().
 */
export async function startNode({ args, env, logFile, readyUrl, timeoutMs = 60_000 }) {
  let stopping = false;
  const started = await startNodeProcess({ args, env, logFile, readyUrl, timeoutMs }).catch(
    (error) => {
      throw new Error(`${args.join(' ')} did not start (see ${logFile}): ${error.message}`);
    },
  );
  started.child.once('exit', (code, signal) => {
    if (!stopping)
      console.error(`${args.at(-1)} exited unexpectedly (code ${code}, signal ${signal})`);
  });
  const stop = async () => {
    stopping = true;
    await started.stop();
  };
  return { pid: started.pid, stop };
}

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The local database server's process id (MariaDB or MySQL), or null when none is visible. */
export function databasePid() {
  for (const name of ['mariadbd', 'mysqld']) {
    try {
      const pid = Number(execFileSync('pidof', ['-s', name], { encoding: 'utf8' }).trim());
      if (pid > 0) return pid;
    } catch {
      // not running under this name
    }
  }
  return null;
}

/** Resident memory of a process now and at its peak (VmRSS, VmHWM), in bytes, from /proc (Linux). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
    return { rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM') };
  } catch {
    return null;
  }
}
