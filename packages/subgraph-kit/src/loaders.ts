import DataLoader from 'dataloader';

/** Finds documents by `_id`; implemented with a mongoose model by the caller. */
export type FindByIds<T> = (filter: { _id: string | { $in: string[] } }) => Promise<T[]>;

/**
 * A per-request loader by `_id`: one database command per batch, results in key order, `null`
 * for missing keys. A batch of one uses an exact `{_id: key}` filter, which the embedded engine
 * answers from its primary key; larger batches use `$in` (see BENCHMARKS.md for what each costs).
 */
export function createByIdLoader<T extends { _id: string }>(find: FindByIds<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const ids = [...keys];
    const docs = await find(ids.length === 1 ? { _id: ids[0]! } : { _id: { $in: ids } });
    const byId = new Map(docs.map((doc) => [doc._id, doc]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
