// Start/stop behaviour of the launcher and the Go program, the binary cache and its lock.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import {
  FERRETDB_VERSION,
  ensureFerretDbBinary,
  ferretDbBinaryPath,
  findRepoRoot,
  goSourceDir,
  goSourceHash,
  startEmbeddedDatabase,
  stateDir,
} from '../index';
import { isAlive, tempDataDir, waitUntil } from './helpers';

describe('start and stop', () => {
  test('stop() terminates the process, is idempotent, and data dir is created', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const dataDir = path.join(dir, 'nested', 'data');
      const db = await startEmbeddedDatabase({ dataDir });
      expect(isAlive(db.pid)).toBe(true);
      const client = await new MongoClient(db.uri).connect();
      await client.db('lifecycle').collection('c').insertOne({ x: 1 });
      await client.close();
      expect(await readdir(dataDir)).toContain('lifecycle.sqlite');

      const t0 = Date.now();
      await db.stop();
      expect(Date.now() - t0).toBeLessThan(10_000); // SIGTERM suffices, no SIGKILL needed
      await db.stop();
      await db.exited;
      expect(isAlive(db.pid)).toBe(false);
    } finally {
      await cleanup();
    }
  });

  test('a fixed port is honoured; a busy port fails with the server’s own error', async () => {
    const { dir, cleanup } = await tempDataDir();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busyPort = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startEmbeddedDatabase({ dataDir: dir, port: busyPort })).rejects.toThrow(
        /did not start[\s\S]*address already in use/,
      );
      blocker.close();
      await new Promise((r) => setTimeout(r, 200));
      const db = await startEmbeddedDatabase({ dataDir: dir, port: busyPort });
      expect(db.uri).toBe(`mongodb://127.0.0.1:${busyPort}/`);
      await db.stop();
    } finally {
      blocker.close();
      await cleanup();
    }
  });

  test('the server exits when its parent dies (stdin pipe closes), leaving no orphan', async () => {
    const binary = await ensureFerretDbBinary();
    const { dir, cleanup } = await tempDataDir();
    // A throw-away parent that starts the server with a stdin pipe, prints its pid, then hangs.
    const parentScript = `
      const { spawn } = require('node:child_process');
      const child = spawn(process.argv[1], ['--data-dir', process.argv[2]], { stdio: ['pipe', 'pipe', 'inherit'] });
      child.stdout.once('data', () => console.log(child.pid));
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', parentScript, binary, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const childPid = await new Promise<number>((resolve, reject) => {
        parent.stdout.once('data', (b: Buffer) => resolve(Number(b.toString().trim())));
        parent.once('exit', () => reject(new Error('parent exited early')));
      });
      expect(isAlive(childPid)).toBe(true);
      parent.kill('SIGKILL'); // no cleanup code runs in the parent
      expect(await waitUntil(() => !isAlive(childPid), 15_000)).toBe(true);
    } finally {
      parent.kill('SIGKILL');
      await cleanup();
    }
  });
});

describe('the Go program', () => {
  test('exits cleanly when its stdin closes while its parent lives on', async () => {
    const binary = await ensureFerretDbBinary();
    const { dir, cleanup } = await tempDataDir();
    const child = spawn(binary, ['--data-dir', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve) => child.stdout.once('data', (b: Buffer) => resolve(b.toString())));
      expect(JSON.parse(line)).toEqual({ event: 'listening', uri: expect.stringMatching(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/) });
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.stdin.end();
      expect(await exit).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await cleanup();
    }
  });

  test('refuses a non-loopback listen address', async () => {
    const binary = await ensureFerretDbBinary();
    const child = spawn(binary, ['--data-dir', os.tmpdir(), '--listen-addr', '0.0.0.0:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/only loopback hosts/);
  });
});

describe('binary cache', () => {
  test('paths: repo root, state dir, content-addressed binary path', () => {
    const root = findRepoRoot();
    expect(root).toBe(path.resolve(__dirname, '../../../..'));
    expect(goSourceHash()).toMatch(/^[0-9a-f]{16}$/);
    const goMod = readFileSync(path.join(goSourceDir(), 'go.mod'), 'utf8');
    expect(goMod).toContain(`github.com/FerretDB/FerretDB v${FERRETDB_VERSION}\n`);
    const saved = process.env.HUB_STATE_DIR;
    try {
      delete process.env.HUB_STATE_DIR;
      expect(stateDir()).toBe(path.join(root, '.hub'));
      process.env.HUB_STATE_DIR = path.join(os.tmpdir(), 'hub-state-x');
      expect(ferretDbBinaryPath()).toBe(path.join(os.tmpdir(), 'hub-state-x', 'cache', 'ferretdb', goSourceHash(), 'hub-ferretdb'));
    } finally {
      if (saved === undefined) delete process.env.HUB_STATE_DIR;
      else process.env.HUB_STATE_DIR = saved;
    }
  });

  // Builds into a fresh state dir (fast: Go's build cache is warm after globalSetup) to check
  // that a stale lock is taken over and concurrent callers share a single build.
  test('concurrent callers share one build; a stale lock is taken over', async () => {
    const { dir, cleanup } = await tempDataDir();
    const saved = process.env.HUB_STATE_DIR;
    process.env.HUB_STATE_DIR = dir;
    try {
      const binary = ferretDbBinaryPath();
      const lock = `${binary}.lock`;
      await mkdir(lock, { recursive: true });
      // A lock left behind by a process that no longer exists.
      await writeFile(
        path.join(lock, 'owner.json'),
        JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), token: 'dead', since: Date.now() }),
      );
      const messages: string[] = [];
      const onProgress = (m: string) => messages.push(m);
      const results = await Promise.all([1, 2, 3].map(() => ensureFerretDbBinary({ onProgress })));
      expect(results).toEqual([binary, binary, binary]);
      expect(messages.filter((m) => m.startsWith('building the embedded database'))).toHaveLength(1);
      expect(messages.some((m) => m.startsWith('waiting for another process'))).toBe(true);
      expect((await readdir(path.dirname(binary))).sort()).toEqual(['hub-ferretdb']); // lock and temp files gone
    } finally {
      if (saved === undefined) delete process.env.HUB_STATE_DIR;
      else process.env.HUB_STATE_DIR = saved;
      await cleanup();
    }
  }, 600_000);
});
