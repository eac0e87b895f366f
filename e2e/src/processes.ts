// Child processes for the e2e stack: free ports, starting a node script, waiting until it
// answers, and stopping it. Output is kept, shown when a process dies, and echoed when
// TEST_LOG_LEVEL is set.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface Service {
  name: string;
  child: ChildProcess;
  /** The last lines the process printed, for error messages. */
  output(): string;
}

/** A port nobody listens on right now: the kernel picks it, so it never clashes with `npm start`. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port the kernel picked'));
        return;
      }
      server.close(() => {
        resolve(address.port);
      });
    });
  });
}

const KEPT_LINES = 200;

export function startNode(name: string, script: string, options: { cwd: string; env: NodeJS.ProcessEnv; nodeArgs?: string[] }): Service {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const level = process.env.TEST_LOG_LEVEL;
  const echo = Boolean(level && level !== 'silent');
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > KEPT_LINES) lines.shift();
      if (echo) console.log(`[${name}] ${line}`);
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { name, child, output: () => lines.join('\n') };
}

/**
 * Polls `url` until it answers with a status `ready` accepts. Fails at once when the service
 * exits, with what it printed: a crash on start-up should not look like a timeout.
 */
export async function waitUntilReady(service: Service, url: string, ready: (status: number) => boolean = (status) => status < 500, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(`${service.name} exited (${service.child.signalCode ?? `code ${service.child.exitCode}`}) before answering ${url}:\n${service.output()}`);
    }
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      if (ready(res.status)) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${service.name} did not become ready at ${url} within ${timeoutMs / 1000}s (${last}):\n${service.output()}`);
}

/** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
export async function stopService(service: Service, graceMs = 5_000): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
