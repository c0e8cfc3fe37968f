import { readJsonLines } from '@hub/workspace';
import type { Model } from 'mongoose';
import type { TimelineEventDoc } from './timelineEvents';

/** Reads every record of an export file, converted to database documents. */
export async function readDocs<TRecord, TDoc>(file: string, toDoc: (record: TRecord) => TDoc): Promise<TDoc[]> {
  const docs: TDoc[] = [];
  for await (const record of readJsonLines<TRecord>(file)) docs.push(toDoc(record));
  return docs;
}

/**
 * Gathers the parts of each case (court cases, executions) into one file document per case,
 * parts in order of `startOf`, with all their events merged oldest first.
 */
export function groupByCase<TPart extends { caseId: string; events: TimelineEventDoc[] }>(
  parts: readonly TPart[],
  startOf: (part: TPart) => Date,
): Array<{ _id: string; parts: TPart[]; events: TimelineEventDoc[] }> {
  const byCase = new Map<string, TPart[]>();
  for (const part of parts) byCase.set(part.caseId, [...(byCase.get(part.caseId) ?? []), part]);
  return [...byCase].map(([caseId, list]) => {
    const ordered = [...list].sort((a, b) => startOf(a).getTime() - startOf(b).getTime());
    const events = ordered.flatMap((part) => part.events).sort((a, b) => a.at.getTime() - b.at.getTime());
    return { _id: caseId, parts: ordered, events };
  });
}

export interface UpsertResult {
  written: number;
  inserted: number;
  replaced: number;
  unchanged: number;
}

/** Whether a stored document already holds what the export says (default: same canonical JSON). */
export type SameContent<TDoc> = (stored: TDoc, incoming: TDoc) => boolean;

/**
 * Writes documents keyed by `_id` so that importing the same export twice leaves the same data,
 * not twice the data: new documents are inserted, changed ones replaced, identical ones left
 * alone. Each document is written atomically on its own; no transaction is needed.
 *
 * Why not one replace-with-upsert per document: on the embedded engine (FerretDB 1.24, SQLite)
 * every update reads the whole collection, so upserting n documents costs n full scans, and one
 * update command of 150 replacements hangs it. Reading the collection once and inserting in bulk
 * is linear; only changed documents take the update path, 50 per command.
 */
export async function upsertById<TDoc extends { _id: string }>(
  model: Model<TDoc>,
  docs: readonly TDoc[],
  onProgress?: (written: number, total: number) => void,
  sameContent: SameContent<TDoc> = sameCanonicalJson,
): Promise<UpsertResult> {
  const stored = new Map<string, TDoc>();
  for (const doc of await model.find({}).lean<TDoc[]>().exec()) stored.set(doc._id, doc);
  const fresh = docs.filter((doc) => !stored.has(doc._id));
  const changed = docs.filter((doc) => stored.has(doc._id) && !sameContent(stored.get(doc._id)!, doc));
  const result: UpsertResult = { written: 0, inserted: 0, replaced: 0, unchanged: docs.length - fresh.length - changed.length };
  const report = () => onProgress?.(result.unchanged + result.inserted + result.replaced, docs.length);

  for (let start = 0; start < fresh.length; start += INSERT_BATCH) {
    const batch = fresh.slice(start, start + INSERT_BATCH);
    await model.insertMany(batch as never[], { ordered: true });
    result.inserted += batch.length;
    report();
  }
  for (let start = 0; start < changed.length; start += REPLACE_BATCH) {
    const batch = changed.slice(start, start + REPLACE_BATCH);
    await model.bulkWrite(batch.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc } })) as never, { ordered: true });
    result.replaced += batch.length;
    report();
  }
  result.written = result.inserted + result.replaced;
  if (docs.length > 0 && result.written === 0) report();
  return result;
}

const INSERT_BATCH = 500;
const REPLACE_BATCH = 50;

/** JSON with object keys sorted, so field order and Date objects compare by value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function sameCanonicalJson<TDoc>(stored: TDoc, incoming: TDoc): boolean {
  return canonicalJson(stored) === canonicalJson(incoming);
}
