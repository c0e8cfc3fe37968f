/**
 * Keyset paging for the justice lists, with the paging rules of @hub/subgraph-kit: `first` 1–100
 * (20 by default), opaque cursors tied to the list that issued them. One query per page (one more
 * item than asked, to know whether more follow); the total is a second query, only when asked.
 */
import type { Model, QueryFilter } from 'mongoose';
import { badUserInput, checkPageSize, decodeCursor, encodeCursor } from '@hub/subgraph-kit';
import type { CorrectionDoc, JudicialOfficeDoc, MediationCaseDoc, MediationCommitteeDoc } from './serviceModels';

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Counted only when a client asks for it: it is a second database command. */
  countTotal(): Promise<number>;
}

export type JudicialOfficePage = Page<JudicialOfficeDoc>;
export type CorrectionPage = Page<CorrectionDoc>;
export type MediationCommitteePage = Page<MediationCommitteeDoc>;
export type MediationCasePage = Page<MediationCaseDoc>;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const SAFE_ID = /^[A-Z]{2,3}[0-9A-Z-]{6,40}$/;

function notOurs(): Error {
  return badUserInput('"after" is not a cursor of this list; pass the endCursor or an edge cursor this field returned.', { argument: 'after' });
}

async function page<T extends { _id: string }>(
  model: Model<T>,
  filter: QueryFilter<T>,
  after: QueryFilter<T> | null,
  sort: Record<string, 1 | -1>,
  first: number,
  cursorOf: (doc: T) => string,
): Promise<Page<T>> {
  const query = after ? { $and: [filter, after] } : filter;
  const docs = await model.find(query as QueryFilter<T>).sort(sort).limit(first + 1).lean<T[]>().exec();
  const edges = docs.slice(0, first).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: docs.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countTotal: () => model.countDocuments(filter).exec(),
  };
}

/** Ordered by id, ascending. */
export function pageById<T extends { _id: string }>(model: Model<T>, kind: string, filter: QueryFilter<T>, args: PageArgs): Promise<Page<T>> {
  const first = checkPageSize(args.first);
  let after: QueryFilter<T> | null = null;
  if (args.after) {
    const [id] = decodeCursor(kind, args.after, 1) as [string];
    if (!SAFE_ID.test(id)) throw notOurs();
    after = { _id: { $gt: id } } as QueryFilter<T>;
  }
  return page(model, filter, after, { _id: 1 }, first, (doc) => encodeCursor(kind, [doc._id]));
}

/** Ordered by a date, newest first, then by id descending. */
export function pageByDateDesc<T extends { _id: string }>(
  model: Model<T>,
  kind: string,
  field: keyof T & string,
  filter: QueryFilter<T>,
  args: PageArgs,
): Promise<Page<T>> {
  const first = checkPageSize(args.first);
  let after: QueryFilter<T> | null = null;
  if (args.after) {
    const [millis, id] = decodeCursor(kind, args.after, 2) as [string, string];
    if (!/^\d{1,15}$/.test(millis) || !SAFE_ID.test(id)) throw notOurs();
    const at = new Date(Number(millis));
    after = { $or: [{ [field]: { $lt: at } }, { [field]: at, _id: { $lt: id } }] } as QueryFilter<T>;
  }
  const cursorOf = (doc: T) => encodeCursor(kind, [String((doc[field] as Date).getTime()), doc._id]);
  return page(model, filter, after, { [field]: -1, _id: -1 }, first, cursorOf);
}
