import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testExportDir } from './harness';

/** Every record of one file of the run's fixture export. */
export function readFixture<T>(file: string): T[] {
  return readFileSync(path.join(testExportDir(), file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}
