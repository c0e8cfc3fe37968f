import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { createInterface } from 'node:readline';

/** A free loopback TCP port (the OS picks it; a short race before use is acceptable for local runs). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** The last lines it printed, for error messages when it fails to start. */
  recentOutput(): string[];
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
// Services are separate processes; make sure none outlives the process that started them.
process.once('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

/** Starts `node <script>` with its own environment; each output line goes to `onLine`. */
export function startNodeProcess(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  onLine: (name: string, line: string) => void,
): ManagedProcess {
  // stdin stays an open pipe: the service stops when it closes, i.e. when this process dies.
  const child = spawn(process.execPath, [script], { env: { ...env, HUB_EXIT_WITH_PARENT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  const recent: string[] = [];
  const keep = (line: string) => {
    recent.push(line);
    if (recent.length > 30) recent.shift();
    onLine(name, line);
  };
  createInterface({ input: child.stdout! }).on('line', keep);
  createInterface({ input: child.stderr! }).on('line', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => children.delete(child));
  return {
    name,
    child,
    recentOutput: () => [...recent],
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killTimer);
    },
  };
}

/** Runs `node <script> args…` to completion; rejects with its output when it fails. */
export function runNodeScript(script: string, args: string[], env: NodeJS.ProcessEnv, onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const take = (line: string) => {
      output.push(line);
      onLine(line);
    };
    createInterface({ input: child.stdout! }).on('line', take);
    createInterface({ input: child.stderr! }).on('line', take);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} exited with code ${code}:\n${output.slice(-15).join('\n')}`)),
    );
  });
}

/** Polls `url` until it answers 200, the process dies, or the timeout passes. */
export async function waitUntilReady(url: string, timeoutMs: number, process?: ManagedProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 100;
  while (Date.now() < deadline) {
    if (process && process.child.exitCode !== null) {
      throw new Error(`${process.name} exited while starting:\n${process.recentOutput().join('\n')}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 1000);
  }
  const output = process ? `\n${process.recentOutput().join('\n')}` : '';
  throw new Error(`${url} was not ready within ${Math.round(timeoutMs / 1000)} s${output}`);
}
