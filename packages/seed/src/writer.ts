/**
 * Output: JSON Lines written through large buffered chunks, into a temporary folder that replaces
 * the target only once every file is complete, so a crash never leaves half a set behind.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EXPORT_FILES } from '@hub/domain';

const CHUNK_CHARS = 1 << 20;

export class JsonLinesWriter {
  private chunks: string[] = [];
  private size = 0;
  private failure: Error | null = null;
  count = 0;

  private constructor(private readonly stream: WriteStream) {
    // Without a listener a disk error would crash the process instead of failing the export.
    stream.on('error', (error) => {
      this.failure = error;
    });
  }

  static open(file: string): JsonLinesWriter {
    return new JsonLinesWriter(createWriteStream(file, { encoding: 'utf8' }));
  }

  async write(record: unknown): Promise<void> {
    if (this.failure) throw this.failure;
    const line = `${JSON.stringify(record)}\n`;
    this.chunks.push(line);
    this.size += line.length;
    this.count++;
    if (this.size >= CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!this.stream.write(data)) await once(this.stream, 'drain');
  }

  /** Gives up on the file after a failure elsewhere; the folder is removed anyway. */
  abort(): void {
    this.stream.destroy();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
  }
}

/** An existing target is replaced only if it looks like an export (or is empty), never a random folder. */
async function assertReplaceable(outDir: string): Promise<boolean> {
  const found = await stat(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!found) return false;
  const entries = found.isDirectory() ? await readdir(outDir) : null;
  if (!entries || (entries.length > 0 && !entries.includes(EXPORT_FILES.manifest))) {
    throw new Error(`${outDir} exists and is not an export folder; choose another output folder`);
  }
  return true;
}

/** Runs `fill` on a fresh sibling folder of `outDir`, then swaps it into place. */
export async function writeAtomically<T>(outDir: string, fill: (dir: string) => Promise<T>): Promise<T> {
  const target = resolve(outDir);
  const existing = await assertReplaceable(target);
  await mkdir(dirname(target), { recursive: true });
  const temporary = await mkdtemp(join(dirname(target), `.${basename(target)}.tmp-`));
  try {
    const result = await fill(temporary);
    await chmod(temporary, 0o755); // mkdtemp makes it private; the export is meant to be shared
    const previous = `${temporary}-previous`;
    if (existing) await rename(target, previous);
    try {
      await rename(temporary, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another process wrote the same folder meanwhile (two test runs asking for the same
      // export): the generator is deterministic, so theirs is ours; keep it, it may be in use.
      if (existing || (code !== 'ENOTEMPTY' && code !== 'EEXIST')) throw error;
      await rm(temporary, { recursive: true, force: true });
      return result;
    }
    if (existing) await rm(previous, { recursive: true, force: true });
    return result;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}
