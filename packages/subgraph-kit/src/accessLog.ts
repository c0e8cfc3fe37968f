/**
 * The append-only, hash-chained record of every read of case or person data that a subgraph
 * served, and every refused attempt (DESIGN.md §7: who, role, organisation, when, which case or
 * person, which operation, why).
 *
 * Each subgraph keeps its own chain in its own database:
 * - `access_log`: entries under zero-padded sequence numbers; each stores the previous entry's hash
 *   and its own, `hash = SHA-256(prev hash + canonical entry)`, so a changed, removed or reordered
 *   entry breaks the chain (see verifyAccessLog);
 * - `access_log_head`: the last sequence number and hash, so appending never scans;
 * - `access_log_subjects`: per case or person, the sequence numbers of its entries, so a case's log
 *   is read by primary key (the embedded engine uses no other index).
 * Writes go through one queue per process; a second writer on the same database is detected by
 * the unique sequence number and the queue re-reads the head and retries.
 */
import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { Identity } from './identity';
import type { Subject } from './authorization';

export interface AccessEntry {
  seq: number;
  at: Date;
  /** `case:<id>` or `person:<id>`. */
  subject: string;
  subgraph: string;
  who: string;
  role: string;
  org: string | null;
  operation: string | null;
  purpose: string | null;
  outcome: 'READ' | 'REFUSED';
  requestId: string;
}

interface StoredEntry extends Omit<AccessEntry, 'seq'> {
  _id: string;
  prev: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);
const SEQ_DIGITS = 12;
export const ACCESS_LOG_COLLECTIONS = ['access_log', 'access_log_head', 'access_log_subjects'] as const;

const seqId = (seq: number) => String(seq).padStart(SEQ_DIGITS, '0');

/** The entry's content in a fixed order: what the hash covers. */
function canonical(entry: AccessEntry): string {
  const { seq, at, subject, subgraph, who, role, org, operation, purpose, outcome, requestId } = entry;
  return JSON.stringify([seq, at.toISOString(), subject, subgraph, who, role, org, operation, purpose, outcome, requestId]);
}

export function chainHash(prev: string, entry: AccessEntry): string {
  return createHash('sha256').update(prev).update('\n').update(canonical(entry)).digest('hex');
}

function fromStored(doc: StoredEntry): AccessEntry {
  const { _id, prev: _prev, hash: _hash, ...rest } = doc;
  return { ...rest, seq: Number(_id), at: new Date(doc.at) };
}

export interface AccessRecorder {
  note(subject: Subject, outcome: 'READ' | 'REFUSED'): void;
}

export interface AccessLog {
  /** A recorder for one request; `flush` appends what it noted. */
  recorder(identity: Identity, requestId: string): AccessRecorder & { flush(operation: string | null): Promise<void> };
  /** The entries about a case or person, oldest first (the most recent `limit`). */
  entriesFor(subject: Subject, limit?: number): Promise<AccessEntry[]>;
}

export function createAccessLog(connection: Connection, subgraph: string): AccessLog {
  const db = () => {
    if (!connection.db) throw new Error('the database connection is not open');
    return connection.db;
  };
  const entries = () => db().collection<StoredEntry>('access_log');
  const heads = () => db().collection<{ _id: string; seq: number; hash: string }>('access_log_head');
  const subjects = () => db().collection<{ _id: string; seqs: number[] }>('access_log_subjects');

  let head: { seq: number; hash: string } | null = null;

  /**
   * Group commit: entries that arrive while a write is in flight wait for the next one and go
   * together, so concurrent requests share one chain append (three commands) instead of queueing
   * one append each. Each request still waits until its own entries are stored.
   */
  type Waiting = { batch: Array<Omit<AccessEntry, 'seq'>>; done: () => void; failed: (error: unknown) => void };
  let waiting: Waiting[] = [];
  let writing = false;
  async function drain(): Promise<void> {
    if (writing) return;
    writing = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        await write(group.flatMap((w) => w.batch));
        group.forEach((w) => w.done());
      } catch (error) {
        group.forEach((w) => w.failed(error));
      }
    }
    writing = false;
  }
  const append = (batch: Array<Omit<AccessEntry, 'seq'>>) =>
    new Promise<void>((done, failed) => {
      waiting.push({ batch, done, failed });
      void drain();
    });

  /** The stored head, moved forward past entries a crash may have written after it. */
  async function loadHead(): Promise<{ seq: number; hash: string }> {
    const stored = await heads().findOne({ _id: 'head' });
    let current = stored ? { seq: stored.seq, hash: stored.hash } : { seq: 0, hash: GENESIS };
    for (;;) {
      const next = await entries().findOne({ _id: seqId(current.seq + 1) });
      if (!next) return current;
      current = { seq: current.seq + 1, hash: next.hash };
    }
  }

  async function write(batch: Array<Omit<AccessEntry, 'seq'>>): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      head ??= await loadHead();
      let { seq, hash } = head;
      const docs: StoredEntry[] = batch.map((entry) => {
        seq += 1;
        const full: AccessEntry = { ...entry, seq };
        const next = chainHash(hash, full);
        const doc: StoredEntry = { ...entry, _id: seqId(seq), prev: hash, hash: next };
        hash = next;
        return doc;
      });
      try {
        await entries().insertMany(docs, { ordered: true });
      } catch (error) {
        // Another writer took these sequence numbers: start again from the real head.
        if ((error as { code?: number }).code === 11000 && attempt < 5) {
          head = null;
          continue;
        }
        throw error;
      }
      head = { seq, hash };
      await heads().replaceOne({ _id: 'head' }, { seq, hash }, { upsert: true });
      const bySubject = new Map<string, number[]>();
      for (const doc of docs) bySubject.set(doc.subject, [...(bySubject.get(doc.subject) ?? []), Number(doc._id)]);
      await subjects().bulkWrite(
        [...bySubject].map(([id, seqs]) => ({ updateOne: { filter: { _id: id }, update: { $push: { seqs: { $each: seqs } } }, upsert: true } })),
        { ordered: false },
      );
      return;
    }
  }

  return {
    recorder(identity, requestId) {
      const noted = new Map<string, 'READ' | 'REFUSED'>();
      return {
        note(subject, outcome) {
          const key = `${subject.kind}:${subject.id}`;
          // A refusal on any field of the subject is what the log must show.
          if (noted.get(key) !== 'REFUSED') noted.set(key, outcome);
        },
        async flush(operation) {
          if (noted.size === 0) return;
          const at = new Date();
          const batch = [...noted].map(([subject, outcome]) => ({
            at,
            subject,
            subgraph,
            who: identity.subject,
            role: identity.role,
            org: identity.org,
            operation,
            purpose: identity.purpose,
            outcome,
            requestId,
          }));
          noted.clear();
          await append(batch);
        },
      };
    },

    async entriesFor(subject, limit = 200) {
      const index = await subjects().findOne({ _id: `${subject.kind}:${subject.id}` });
      const seqs = (index?.seqs ?? []).slice(-limit);
      // One primary-key read each: the embedded engine would scan the whole log for an $in.
      const found = await Promise.all(seqs.map((seq) => entries().findOne({ _id: seqId(seq) })));
      return found.filter((doc): doc is StoredEntry => doc !== null).map(fromStored);
    },
  };
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  /** The first problem found, naming the sequence number. */
  problem?: string;
}

/** Recomputes the whole chain of one subgraph's database; any change, removal or reordering shows. */
export async function verifyAccessLog(connection: Connection): Promise<ChainCheck> {
  if (!connection.db) throw new Error('the database connection is not open');
  const all = await connection.db.collection<StoredEntry>('access_log').find().toArray();
  all.sort((a, b) => (a._id < b._id ? -1 : 1));
  const head = await connection.db.collection<{ _id: string; seq: number; hash: string }>('access_log_head').findOne({ _id: 'head' });
  let prev = GENESIS;
  for (let i = 0; i < all.length; i += 1) {
    const doc = all[i] as StoredEntry;
    const expectedSeq = i + 1;
    if (doc._id !== seqId(expectedSeq)) return { ok: false, entries: all.length, problem: `entry ${expectedSeq} is missing (found ${Number(doc._id)} in its place)` };
    if (doc.prev !== prev) return { ok: false, entries: all.length, problem: `entry ${expectedSeq} does not follow entry ${expectedSeq - 1} (previous hash differs)` };
    const hash = chainHash(prev, fromStored(doc));
    if (hash !== doc.hash) return { ok: false, entries: all.length, problem: `entry ${expectedSeq} was changed after it was written (hash differs)` };
    prev = hash;
  }
  const last = all.length;
  if ((head?.seq ?? 0) > last) return { ok: false, entries: last, problem: `entries ${last + 1}–${head?.seq} were removed from the end` };
  if (head && head.seq === last && head.hash !== prev) return { ok: false, entries: last, problem: 'the chain head does not match the last entry' };
  return { ok: true, entries: last };
}

/** An entry as the graph's `AccessLogEntry` type shows it. */
export interface AccessLogEntryView {
  at: Date;
  service: string;
  sequence: number;
  who: string;
  role: string;
  organisation: string | null;
  operation: string | null;
  purpose: string | null;
  outcome: 'READ' | 'REFUSED';
}

export function toAccessLogEntryView(entry: AccessEntry): AccessLogEntryView {
  return {
    at: entry.at,
    service: entry.subgraph,
    sequence: entry.seq,
    who: entry.who,
    role: entry.role,
    organisation: entry.org,
    operation: entry.operation,
    purpose: entry.purpose,
    outcome: entry.outcome,
  };
}

/** Merges entries from several services, oldest first (ties: by service, then sequence). */
export function mergeAccessLogs(...lists: ReadonlyArray<ReadonlyArray<Omit<AccessLogEntryView, 'at'> & { at: Date | string }> | undefined>): AccessLogEntryView[] {
  return lists
    .flatMap((list) => list ?? [])
    .map((entry) => ({ ...entry, at: entry.at instanceof Date ? entry.at : new Date(entry.at) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.service.localeCompare(b.service) || a.sequence - b.sequence);
}
