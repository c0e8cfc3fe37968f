// Starts and stops the embedded database process (the Go program in ../go).
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { MongoClient } from 'mongodb';
import { ensureFerretDbBinary } from './build';

export interface EmbeddedDatabase {
  /** mongodb://127.0.0.1:PORT/ */
  uri: string;
  /** Absolute path of the data directory (one SQLite file per database). */
  dataDir: string;
  /** SIGTERM, wait for exit (SIGKILL after 10 s). Idempotent. */
  stop(): Promise<void>;
}

/** What startEmbeddedDatabase actually returns: an EmbeddedDatabase backed by a child process. */
export interface RunningEmbeddedDatabase extends EmbeddedDatabase {
  /** Process id of the hub-ferretdb child. */
  readonly pid: number;
  /**
   * Resolves with the exit code when the child has exited (after stop(), or on its own);
   * 0 means a clean shutdown, null that it was killed by a signal (or never started).
   */
  readonly exited: Promise<number | null>;
}

export interface StartEmbeddedDatabaseOptions {
  /** Created if missing. */
  dataDir: string;
  /** Loopback TCP port; default 0 = a free port chosen by the kernel. */
  port?: number;
  /** Progress messages (first-time build, waiting). */
  onProgress?: (msg: string) => void;
  /** Every line the server logs on stderr. */
  onLog?: (line: string) => void;
  /** The server's log level; default 'warn' (FerretDB also logs failed commands at warn). */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;
const STDERR_TAIL_LINES = 30;

// Children still running; killed synchronously if this Node process exits without stopping them.
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/**
 * Builds (first time only) and starts the embedded database on 127.0.0.1, and resolves once
 * it answers `hello`. The server also stops by itself when this process dies: its stdin is a
 * pipe (a socketpair) from us, and it exits when that closes — even after a SIGKILL of this
 * process. A process.on('exit') hook also SIGKILLs children that were not stopped.
 */
export async function startEmbeddedDatabase(opts: StartEmbeddedDatabaseOptions): Promise<RunningEmbeddedDatabase> {
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${opts.port}`);
  const binary = await ensureFerretDbBinary(opts.onProgress ? { onProgress: opts.onProgress } : {});
  const dataDir = path.resolve(opts.dataDir);
  // The engine hands the directory to SQLite in an unescaped file: URI (the Go program checks too).
  if (/[?#%]/.test(dataDir)) throw new Error(`the data dir must not contain '?', '#' or '%': ${dataDir}`);
  await fs.mkdir(dataDir, { recursive: true });

  const args = ['--listen-addr', `127.0.0.1:${port}`, '--data-dir', dataDir, '--log-level', opts.logLevel ?? 'warn'];
  // stdin stays open and unused: the server exits when it reaches EOF, i.e. when we die.
  const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  installExitHook();
  running.add(child);

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    opts.onLog?.(line);
  });
  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolve) => {
    // 'close' comes after 'exit' once stdout/stderr are drained, so stderrTail is complete.
    child.on('close', (code) => {
      running.delete(child);
      resolve(code);
    });
    // Spawning failed (e.g. EACCES): there will be no 'exit' event.
    child.on('error', (err) => {
      if (child.pid !== undefined) return;
      spawnError = err;
      running.delete(child);
      resolve(null);
    });
  });
  child.stdin!.on('error', () => undefined); // EPIPE if the child died first

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      child.stdin?.destroy();
    })();
    return stopping;
  };

  const describe = (why: string) => {
    const status = spawnError
      ? `; cannot run the binary: ${spawnError.message}`
      : child.exitCode !== null
        ? `; the server exited with code ${child.exitCode}`
        : child.signalCode !== null
          ? `; the server was killed by ${child.signalCode}`
          : '';
    return new Error(
      `the embedded database did not start: ${why}${status} (binary ${binary}, data dir ${dataDir}).\n` +
        `Last lines of its stderr:\n${stderrTail.map((l) => `  ${l}`).join('\n') || '  (none)'}`,
    );
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  try {
    const uri = await readListeningUri(child, exited, deadline).catch((err: Error) => {
      throw describe(err.message);
    });
    await waitForHello(uri, exited, deadline).catch((err: Error) => {
      throw describe(err.message);
    });
    return { uri, dataDir, stop, pid: child.pid!, exited };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Reads stdout until the `{"event":"listening","uri":…}` line. */
function readListeningUri(child: ChildProcess, exited: Promise<unknown>, deadline: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('no "listening" line within 30 s')), deadline - Date.now());
    rl.on('line', (line) => {
      try {
        const msg = JSON.parse(line) as { event?: string; uri?: string };
        if (msg.event === 'listening' && typeof msg.uri === 'string') {
          clearTimeout(timer);
          resolve(msg.uri);
        }
      } catch {
        // not our JSON line: ignore
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error('the server exited before listening'));
    });
  });
}

/** Retries `hello` with backoff until it answers, the process exits or the deadline passes. */
async function waitForHello(uri: string, exited: Promise<unknown>, deadline: number): Promise<void> {
  let dead = false;
  void exited.then(() => (dead = true));
  let delay = 50;
  let lastError: unknown;
  while (!dead && Date.now() < deadline) {
    const client = new MongoClient(uri, {
      directConnection: true,
      serverSelectionTimeoutMS: Math.max(500, Math.min(5000, deadline - Date.now())),
      connectTimeoutMS: 5000,
    });
    try {
      await client.connect();
      const reply = await client.db('admin').command({ hello: 1 });
      if (reply.ok === 1) return;
      lastError = new Error(`hello answered ${JSON.stringify(reply)}`);
    } catch (err) {
      lastError = err;
    } finally {
      await client.close().catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 1000);
  }
  if (dead) throw new Error('the server exited while waiting for it to answer hello');
  throw new Error(`no answer to hello within 30 s (last error: ${(lastError as Error | undefined)?.message ?? 'none'})`);
}
