/** Reading an export back: what the importers use. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EXPORT_FILES, type ExportManifest } from '@hub/domain';

/**
 * One parsed object per non-empty line. A broken line fails with its file and line number only:
 * the text itself may hold personal data and must not reach a log.
 */
export async function* readJsonLines<T>(file: string): AsyncIterable<T> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let parsed: T;
    try {
      parsed = JSON.parse(line) as T;
    } catch {
      throw new Error(`${file}:${lineNumber}: not valid JSON`);
    }
    yield parsed;
  }
}

const COUNTED_FILES = Object.keys(EXPORT_FILES).filter((key) => key !== 'manifest');

function isManifest(value: unknown): value is ExportManifest {
  if (typeof value !== 'object' || value === null) return false;
  const manifest = value as Record<string, unknown>;
  const counts = manifest.counts as Record<string, unknown> | undefined;
  return (
    manifest.formatVersion === 1 &&
    typeof manifest.seed === 'number' &&
    typeof manifest.cases === 'number' &&
    typeof manifest.asOf === 'string' &&
    typeof counts === 'object' &&
    counts !== null &&
    COUNTED_FILES.every((key) => typeof counts[key] === 'number')
  );
}

export async function readExportManifest(dir: string): Promise<ExportManifest> {
  const file = join(dir, EXPORT_FILES.manifest);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      throw new Error(`no export in ${dir} (${EXPORT_FILES.manifest} missing); generate one with npm run seed -- --cases N --seed S`);
    }
    throw error;
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; generate the export again`);
  }
  if (!isManifest(parsed)) throw new Error(`${file} is not a format-1 export manifest; generate the export again`);
  return parsed;
}
