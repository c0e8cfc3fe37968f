import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * One parsed object per non-empty line. A broken line fails with its file and line number only:
 * the text itself may hold personal data and must not reach a log.
 */
export async function* readJsonLines<T>(file: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let parsed: T;
    try {
      parsed = JSON.parse(line) as T;
    } catch {
      throw new Error(`${file}:${lineNumber}: not valid JSON; re-create the export with "npm run seed"`);
    }
    yield parsed;
  }
}
