// Builds the embedded database binary (go/ → <state>/cache/ferretdb/<hash>/hub-ferretdb)
// with the local Go toolchain, once per source hash.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants as fsConstants, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FERRETDB_VERSION, ferretDbBinaryPath, goSourceDir } from './paths';

export interface EnsureBinaryOptions {
  /** Receives human-readable progress messages (build start, heartbeat, waiting for a lock). */
  onProgress?: (msg: string) => void;
}

const HEARTBEAT_MS = 15_000;
/** A lock older than this is considered abandoned even if its pid looks alive (pid reuse). */
const STALE_LOCK_MS = 30 * 60_000;
const OUTPUT_TAIL_LINES = 40;

const NO_GO_MESSAGE =
  'The embedded database (FerretDB) is built from source and needs the Go toolchain, which was not found ' +
  '(looked on PATH and in /usr/local/go/bin). Install Go 1.24 or newer (https://go.dev/dl/), ' +
  'or set MONGODB_URI to a MongoDB 7+ server to skip the embedded database.';

/**
 * Returns the path of the embedded database binary, building it first if it is not in the
 * cache yet (first time only: several minutes on a small machine). Safe to call from several
 * processes at once: one builds, the others wait for it.
 */
export async function ensureFerretDbBinary(opts: EnsureBinaryOptions = {}): Promise<string> {
  const progress = opts.onProgress ?? (() => undefined);
  const binary = ferretDbBinaryPath();
  if (await isExecutable(binary)) return binary;

  const dir = path.dirname(binary);
  await fs.mkdir(dir, { recursive: true });
  const lock = `${binary}.lock`;

  const release = await acquireLock(lock, binary, progress);
  try {
    // Another process may have finished the build while we waited for the lock.
    if (await isExecutable(binary)) return binary;
    await buildBinary(binary, progress);
    return binary;
  } finally {
    await release();
  }
}

/** Where `go` is: on PATH, in $GOROOT/bin, or in /usr/local/go/bin (the official installer's place). */
export function findGo(): string | undefined {
  const exe = process.platform === 'win32' ? 'go.exe' : 'go';
  const candidates = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((d) => path.join(d, exe));
  if (process.env.GOROOT) candidates.push(path.join(process.env.GOROOT, 'bin', exe));
  candidates.push(path.join('/usr/local/go/bin', exe));
  for (const c of candidates) {
    try {
      accessSync(c, fsConstants.X_OK);
      return c;
    } catch {
      // not there
    }
  }
  return undefined;
}

async function buildBinary(binary: string, progress: (msg: string) => void): Promise<void> {
  const go = findGo();
  if (!go) throw new Error(NO_GO_MESSAGE);

  const cwd = goSourceDir();
  // Build next to the final path, then rename: rename(2) within one directory is atomic, so
  // readers see either no binary or a complete one, never a half-written file.
  const tmp = `${binary}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const started = Date.now();
  progress(`building the embedded database (FerretDB ${FERRETDB_VERSION}) with Go — first time only, takes a few minutes…`);
  const heartbeat = setInterval(() => {
    progress(`  still building the embedded database… ${Math.round((Date.now() - started) / 1000)} s`);
  }, HEARTBEAT_MS);

  const tail: string[] = [];
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(go, ['build', '-trimpath', '-o', tmp, '.'], {
        cwd,
        // Make the directory of `go` visible to it (it may have been found outside PATH).
        env: { ...process.env, PATH: `${path.dirname(go)}${path.delimiter}${process.env.PATH ?? ''}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const collect = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) {
          if (!line.trim()) continue;
          tail.push(line);
          if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
        }
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('error', (err: NodeJS.ErrnoException) =>
        reject(err.code === 'ENOENT' ? new Error(NO_GO_MESSAGE) : err),
      );
      child.on('close', (c) => resolve(c));
    });
    if (code !== 0) {
      throw new Error(
        `building the embedded database failed (go build exited with ${code}) in ${cwd}.\n` +
          `Last lines of go's output:\n${tail.map((l) => `  ${l}`).join('\n') || '  (none)'}\n` +
          'What to do: check that Go 1.24+ is installed and that the Go module proxy (GOPROXY) is reachable ' +
          'for the first build (or that the modules are already in the module cache); run ' +
          `\`cd ${cwd} && go build .\` to see the full output; or set MONGODB_URI to a MongoDB 7+ server ` +
          'to skip the embedded database.',
      );
    }
    await fs.chmod(tmp, 0o755);
    await fs.rename(tmp, binary);
    progress(`built the embedded database in ${Math.round((Date.now() - started) / 1000)} s: ${binary}`);
  } finally {
    clearInterval(heartbeat);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  since: number;
}

/**
 * A cross-process lock: a directory created with mkdir (atomic: exactly one creator wins)
 * holding owner.json. A lock is stale when its owner process (on this host) is gone or when
 * it is older than STALE_LOCK_MS; stale locks are removed (see removeStaleLock) and the
 * waiters race for the lock again with mkdir. The lock only avoids duplicate
 * multi-minute builds — correctness does not depend on it, since the binary is installed by
 * an atomic rename of a complete file.
 */
async function acquireLock(
  lock: string,
  binary: string,
  progress: (msg: string) => void,
): Promise<() => Promise<void>> {
  const me: LockOwner = { pid: process.pid, host: os.hostname(), token: randomBytes(8).toString('hex'), since: Date.now() };
  const waitStarted = Date.now();
  let lastMessage = 0;
  for (;;) {
    try {
      await fs.mkdir(lock);
      await fs.writeFile(path.join(lock, 'owner.json'), JSON.stringify(me)).catch(async (err: unknown) => {
        await fs.rm(lock, { recursive: true, force: true });
        throw err;
      });
      return async () => {
        // Release only our own lock (it might have been taken over as stale).
        const owner = await readOwner(lock);
        if (owner?.token === me.token) await fs.rm(lock, { recursive: true, force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }

    const owner = await readOwner(lock);
    if (await isStale(lock, owner)) {
      await removeStaleLock(lock);
      await sleep(100);
      continue;
    }

    if (Date.now() - lastMessage >= HEARTBEAT_MS) {
      const waited = Math.round((Date.now() - waitStarted) / 1000);
      progress(
        lastMessage === 0
          ? `waiting for another process (pid ${owner?.pid ?? '?'}) that is building the embedded database…`
          : `  still waiting for the other build… ${waited} s`,
      );
      lastMessage = Date.now();
    }
    await sleep(1000);
    if (await isExecutable(binary)) {
      // The other process is done; the caller re-checks the binary after we "acquire".
      return async () => undefined;
    }
  }
}

/**
 * Removes `lock` if it is (still) stale. Checking and removing happen under a second mkdir
 * lock (`<lock>.takeover`): without it, two waiters could both judge the old lock stale and
 * the slower one would delete the fresh lock the faster one had just created.
 */
async function removeStaleLock(lock: string): Promise<void> {
  const guard = `${lock}.takeover`;
  try {
    await fs.mkdir(guard);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // Someone else is taking over. A guard is held for milliseconds; an old one was abandoned.
    const st = await fs.stat(guard).catch(() => undefined);
    if (st && Date.now() - st.mtimeMs > 30_000) await fs.rm(guard, { recursive: true, force: true });
    return;
  }
  try {
    if (await isStale(lock, await readOwner(lock))) await fs.rm(lock, { recursive: true, force: true });
  } finally {
    await fs.rm(guard, { recursive: true, force: true });
  }
}

async function readOwner(lock: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(lock, 'owner.json'), 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

async function isStale(lock: string, owner: LockOwner | undefined): Promise<boolean> {
  let mtime: number;
  try {
    mtime = (await fs.stat(lock)).mtimeMs;
  } catch {
    return false; // vanished: just retry mkdir
  }
  const age = Date.now() - (owner?.since ?? mtime);
  if (age > STALE_LOCK_MS) return true;
  // No owner file yet: the owner is between mkdir and writeFile; give it a few seconds.
  if (!owner) return Date.now() - mtime > 10_000;
  if (owner.host !== os.hostname()) return false;
  return !isAlive(owner.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
