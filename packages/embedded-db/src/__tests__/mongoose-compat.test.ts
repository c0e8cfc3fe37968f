// Mongoose 9 against the real embedded database (FerretDB 1.24, SQLite backend): the
// features the subgraphs rely on. Everything here must also pass on MongoDB 7+.
import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../index';
import { tempDataDir } from './helpers';

interface CaseEvent {
  type: string;
  at: Date;
  note?: string;
}

interface CaseDoc {
  caseNo: string;
  court: string;
  year: number;
  status: 'open' | 'closed' | 'appealed';
  amountFen: number;
  tags: string[];
  events: CaseEvent[];
  filedAt: Date;
}

const eventSchema = new Schema<CaseEvent>(
  {
    type: { type: String, required: true }, // a field literally named "type"
    at: { type: Date, required: true },
    note: String,
  },
  { _id: false },
);

const caseSchema = new Schema<CaseDoc>(
  {
    caseNo: { type: String, required: true, unique: true },
    court: { type: String, required: true },
    year: { type: Number, required: true },
    status: { type: String, required: true, enum: ['open', 'closed', 'appealed'] },
    amountFen: { type: Number, required: true },
    tags: { type: [String], default: [] },
    events: { type: [eventSchema], default: [] },
    filedAt: { type: Date, required: true },
  },
  { autoIndex: false, versionKey: false },
);
caseSchema.index({ court: 1, year: -1 });

const COURTS = ['zibo-intermediate', 'zhangdian', 'zichuan', 'boshan', 'linzi'];
const STATUSES = ['open', 'closed', 'appealed'] as const;
const N = 1000;

function makeCase(i: number): CaseDoc {
  const events: CaseEvent[] = [{ type: 'FILED', at: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000) }];
  if (i % 4 === 0) events.push({ type: 'HEARING', at: new Date(Date.UTC(2021, 0, 1) + i * 3_600_000), note: `hearing ${i}` });
  if (i % 10 === 0) events.push({ type: 'JUDGMENT', at: new Date(Date.UTC(2022, 5, 1) + i * 60_000) });
  return {
    caseNo: `(${2018 + (i % 7)})鲁03民初${String(i).padStart(4, '0')}号`,
    court: COURTS[i % COURTS.length]!,
    year: 2018 + (i % 7),
    status: STATUSES[i % STATUSES.length]!,
    amountFen: i * 1_000 + 1,
    tags: i % 2 === 0 ? ['civil', `t${i % 3}`] : ['civil'],
    events,
    filedAt: new Date(Date.UTC(2020, 0, 1, 8, 30, 15, 123) + i * 1000),
  };
}
const ALL = Array.from({ length: N }, (_, i) => makeCase(i));

describe('mongoose 9 on the embedded database', () => {
  let db: EmbeddedDatabase;
  let conn: Connection;
  let Case: Model<CaseDoc>;
  let cleanup: () => Promise<void>;
  let dataDir: string;

  beforeAll(async () => {
    ({ dir: dataDir, cleanup } = await tempDataDir());
    db = await startEmbeddedDatabase({ dataDir });
    conn = await mongoose.createConnection(db.uri, { dbName: 'compat', serverSelectionTimeoutMS: 10_000 }).asPromise();
    Case = conn.model<CaseDoc>('Case', caseSchema);
  });

  afterAll(async () => {
    await conn?.close();
    await db?.stop();
    await cleanup?.();
  });

  test('the URI is a loopback mongodb:// URI and the data dir is absolute', () => {
    expect(db.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    expect(db.dataDir).toBe(dataDir);
  });

  test('syncIndexes creates the unique and the compound index; listIndexes shows them', async () => {
    await Case.syncIndexes();
    await Case.createIndexes(); // idempotent
    const indexes = await Case.listIndexes();
    const byName = new Map(indexes.map((ix) => [ix.name as string, ix]));
    expect(byName.get('caseNo_1')).toMatchObject({ key: { caseNo: 1 }, unique: true });
    expect(byName.get('court_1_year_-1')).toMatchObject({ key: { court: 1, year: -1 } });
    expect(byName.has('_id_')).toBe(true);
    // A second sync is a no-op (nothing to drop).
    expect(await Case.syncIndexes()).toEqual([]);
  });

  test('insertMany of 1000 documents', async () => {
    const inserted = await Case.insertMany(ALL);
    expect(inserted).toHaveLength(N);
    expect(await Case.countDocuments()).toBe(N);
  });

  test('a duplicate on the unique index fails with code 11000', async () => {
    await expect(Case.create(makeCase(7))).rejects.toMatchObject({ code: 11000 });
    await expect(Case.insertMany([makeCase(N + 1), makeCase(8)], { ordered: true })).rejects.toMatchObject({
      code: 11000,
    });
    expect(await Case.countDocuments({ caseNo: makeCase(N + 1).caseNo })).toBe(1); // ordered: the first one went in
    await Case.deleteOne({ caseNo: makeCase(N + 1).caseNo });
  });

  test('find with $in', async () => {
    const wanted = [ALL[3]!.caseNo, ALL[500]!.caseNo, ALL[999]!.caseNo, 'no-such-case'];
    const found = await Case.find({ caseNo: { $in: wanted } }).lean();
    expect(found.map((c) => c.caseNo).sort()).toEqual(wanted.slice(0, 3).sort());
  });

  test('sort + skip + limit on a compound sort', async () => {
    const page = await Case.find({ court: 'zichuan' }).sort({ year: -1, amountFen: 1 }).skip(10).limit(7).lean();
    const expected = ALL.filter((c) => c.court === 'zichuan')
      .sort((a, b) => b.year - a.year || a.amountFen - b.amountFen)
      .slice(10, 17);
    expect(page.map((c) => c.caseNo)).toEqual(expected.map((c) => c.caseNo));
  });

  test('updateOne with $set, $inc and $push', async () => {
    const target = ALL[42]!;
    const at = new Date('2024-03-05T06:07:08.009Z');
    const res = await Case.updateOne(
      { caseNo: target.caseNo },
      { $set: { status: 'appealed' }, $inc: { amountFen: 500 }, $push: { events: { type: 'APPEAL', at }, tags: 'appeal' } },
    );
    expect(res).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    const after = await Case.findOne({ caseNo: target.caseNo }).lean();
    expect(after).toMatchObject({ status: 'appealed', amountFen: target.amountFen + 500 });
    expect(after!.events.at(-1)).toEqual({ type: 'APPEAL', at });
    expect(after!.tags.at(-1)).toBe('appeal');
  });

  test('findOneAndUpdate returns the updated document (no projection)', async () => {
    const target = ALL[43]!;
    const updated = await Case.findOneAndUpdate(
      { caseNo: target.caseNo },
      { $set: { status: 'closed' }, $inc: { amountFen: 1 } },
      { returnDocument: 'after' },
    ).lean();
    expect(updated).toMatchObject({ caseNo: target.caseNo, status: 'closed', amountFen: target.amountFen + 1 });
    const before = await Case.findOneAndUpdate(
      { caseNo: target.caseNo },
      { $inc: { amountFen: 1 } },
      { returnDocument: 'before' },
    ).lean();
    expect(before!.amountFen).toBe(target.amountFen + 1);
    expect(await Case.findOneAndUpdate({ caseNo: 'no-such-case' }, { $set: { status: 'open' } })).toBeNull();
  });

  test('countDocuments with a filter', async () => {
    const n = await Case.countDocuments({ court: 'boshan', year: { $gte: 2021 } });
    expect(n).toBe(ALL.filter((c) => c.court === 'boshan' && c.year >= 2021).length);
    expect(n).toBeGreaterThan(0);
  });

  test('querying a field inside an array of subdocuments', async () => {
    const hearings = await Case.find({ 'events.type': 'HEARING' }).select({ caseNo: 1, _id: 0 }).lean();
    expect(hearings.map((c) => c.caseNo).sort()).toEqual(
      ALL.filter((c) => c.events.some((e) => e.type === 'HEARING')).map((c) => c.caseNo).sort(),
    );
    // Dotted paths into arrays of subdocuments work (each condition may match a different
    // element, as on MongoDB). $elemMatch with field conditions does NOT work on this engine:
    // see unsupported.test.ts.
    const judged = await Case.countDocuments({ 'events.type': 'JUDGMENT', 'events.at': { $gte: new Date('2022-06-01T00:00:00Z') } });
    expect(judged).toBe(ALL.filter((c) => c.events.some((e) => e.type === 'JUDGMENT')).length);
    expect(await Case.countDocuments({ 'events.note': 'hearing 8' })).toBe(1);
    expect(await Case.countDocuments({ tags: 't1' })).toBe(ALL.filter((c) => c.tags.includes('t1')).length);
  });

  test('Dates round-trip with millisecond precision and can be range-queried', async () => {
    const one = await Case.findOne({ caseNo: ALL[7]!.caseNo }).lean();
    expect(one!.filedAt).toBeInstanceOf(Date);
    expect(one!.filedAt.toISOString()).toBe(ALL[7]!.filedAt.toISOString());
    expect(one!.events[0]!.at.getTime()).toBe(ALL[7]!.events[0]!.at.getTime());
    const from = ALL[100]!.filedAt;
    const to = ALL[199]!.filedAt;
    expect(await Case.countDocuments({ filedAt: { $gte: from, $lte: to } })).toBe(100);
  });

  test('distinct', async () => {
    expect((await Case.distinct('court')).sort()).toEqual([...COURTS].sort());
    const linzi = ALL.filter((c) => c.court === 'linzi');
    expect((await Case.distinct('events.type', { court: 'linzi' })).sort()).toEqual(
      [...new Set(linzi.flatMap((c) => c.events.map((e) => e.type)))].sort(),
    );
    expect((await Case.distinct('year', { status: 'closed' })).sort()).toEqual(
      [...new Set(ALL.filter((c) => c.status === 'closed').map((c) => c.year))].sort(),
    );
  });

  test('deleteMany with a filter', async () => {
    const before = await Case.countDocuments();
    const toDelete = await Case.countDocuments({ court: 'zhangdian', status: 'open' });
    expect(toDelete).toBeGreaterThan(0);
    const res = await Case.deleteMany({ court: 'zhangdian', status: 'open' });
    expect(res.deletedCount).toBe(toDelete);
    expect(await Case.countDocuments()).toBe(before - toDelete);
    expect(await Case.countDocuments({ court: 'zhangdian', status: 'open' })).toBe(0);
  });

  test('data survives a restart of the server on the same data dir', async () => {
    const count = await Case.countDocuments();
    const sample = await Case.findOne({ caseNo: ALL[42]!.caseNo }).lean();
    await conn.close();
    await db.stop();

    db = await startEmbeddedDatabase({ dataDir });
    conn = await mongoose.createConnection(db.uri, { dbName: 'compat', serverSelectionTimeoutMS: 10_000 }).asPromise();
    Case = conn.model<CaseDoc>('Case', caseSchema);

    expect(await Case.countDocuments()).toBe(count);
    expect(await Case.findOne({ caseNo: ALL[42]!.caseNo }).lean()).toEqual(sample);
    const indexes = await Case.listIndexes();
    expect(indexes.map((ix) => ix.name).sort()).toEqual(['_id_', 'caseNo_1', 'court_1_year_-1']);
    await expect(Case.create(makeCase(1))).rejects.toMatchObject({ code: 11000 }); // unique index still enforced
  });
});
