import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
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

/**
 * The process id of the database server listening on `port` (MariaDB or MySQL), or null when
 * none is visible. Found by its listening socket, since Galera nodes run under the same name.
 */
export function databasePid(port = Number(process.env.BENCH_MYSQL_PORT ?? 3306)) {
  return listenerPid(port, ['mariadbd', 'mysqld']);
}

/** The process id of the Redis server listening on `port`, or null when none is visible. */
export function redisPid(port = 6379) {
  return listenerPid(port, ['redis-server']);
}

/** The process, among those running under one of `names`, that listens on `port`. */
function listenerPid(port, names) {
  const inode = listeningSocketInode(port);
  if (inode === null) return null;
  for (const name of names) {
    let pids = [];
    try {
      pids = execFileSync('pidof', [name], { encoding: 'utf8' }).trim().split(/\s+/);
    } catch {
      continue; // not running under this name
    }
    const owner = pids.find((pid) => ownsSocket(pid, inode));
    if (owner) return Number(owner);
  }
  return null;
}

/** The inode of the IPv4 or IPv6 socket listening on `port`, from /proc/net (Linux). */
function listeningSocketInode(port) {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines = [];
    try {
      lines = readFileSync(table, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; field 9 is the inode.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') return fields[9];
    }
  }
  return null;
}

function ownsSocket(pid, inode) {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
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
