/** Reading an export's manifest back (records: readJsonLines of @hub/workspace). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_FILES, type ExportManifest } from '@hub/domain';

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
