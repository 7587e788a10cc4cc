import type { ChildProcess } from 'node:child_process';

export function freePort(): Promise<number>;

export type NodeProcess = {
  pid: number | undefined;
  child: ChildProcess;
  /** What the process printed (the last 200 kB), or where its log file is. */
  output(): string;
  /** The exit code, once the process has exited. */
  exited: Promise<number | null>;
  /** Sends `signal` (SIGTERM by default), then SIGKILL after 10 s; resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

export function startNodeProcess(options: {
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  readyUrl: string;
  logFile?: string;
  timeoutMs?: number;
}): Promise<NodeProcess>;
