import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Model } from 'mongoose';

/** Reads a JSON Lines export file one record at a time. */
export async function* readJsonLines<T>(file: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as T;
    } catch {
      throw new Error(`${file}:${lineNumber} is not valid JSON; re-create the export with "npm run seed".`);
    }
  }
}

export interface UpsertResult {
  written: number;
  inserted: number;
  replaced: number;
}

/**
 * Writes documents keyed by `_id` with replace-or-insert, so importing the same export twice
 * leaves the same data, not twice the data. One bulk command per batch; no transactions needed
 * (each document is written atomically on its own).
 */
export async function upsertById<TDoc extends { _id: string }>(
  model: Model<TDoc>,
  docs: readonly TDoc[],
  onProgress?: (written: number, total: number) => void,
  // The embedded engine (FerretDB 1.24, SQLite) hangs on one update command of 150 replacements
  // of existing documents (100 completed); 50 per command stays well clear of that.
  batchSize = 50,
): Promise<UpsertResult> {
  const result: UpsertResult = { written: 0, inserted: 0, replaced: 0 };
  for (let start = 0; start < docs.length; start += batchSize) {
    const batch = docs.slice(start, start + batchSize);
    const outcome = await model.bulkWrite(
      batch.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } })) as never,
      { ordered: false },
    );
    result.written += batch.length;
    result.inserted += outcome.upsertedCount;
    result.replaced += outcome.matchedCount;
    onProgress?.(result.written, docs.length);
  }
  return result;
}
