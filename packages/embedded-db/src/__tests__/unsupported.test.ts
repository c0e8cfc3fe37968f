// What the embedded engine (FerretDB 1.24.2, SQLite backend) does NOT do, verified against the
// real server so that README.md stays honest. If an upgrade makes one of these tests fail,
// the engine got better: update the README and move the case to the compatibility tests.
//
// Part 1: features that fail loudly (the command rejects).
// Part 2: silent divergences from MongoDB (the command succeeds with a different result);
//         these assert the engine's behaviour, NOT MongoDB's — do not copy them as examples.
import { Decimal128, MongoClient, type Collection, type Db } from 'mongodb';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../index';
import { tempDataDir } from './helpers';

const NOT_IMPLEMENTED = 238;

// Numeric _ids keep the fixtures readable; the rest of the shape is free.
interface Doc {
  _id: number;
  tags?: string[];
  [field: string]: any; // fixtures of any shape: each test reads the fields it wrote
}

let db: EmbeddedDatabase;
let client: MongoClient;
let cleanup: () => Promise<void>;
let database: Db;
let cases: Collection<Doc>;
let parties: Collection<Doc>;

beforeAll(async () => {
  const tmp = await tempDataDir();
  cleanup = tmp.cleanup;
  db = await startEmbeddedDatabase({ dataDir: tmp.dir });
  client = await new MongoClient(db.uri, { serverSelectionTimeoutMS: 10_000 }).connect();
  database = client.db('unsupported');
  cases = database.collection<Doc>('cases');
  parties = database.collection<Doc>('parties');
});

beforeEach(async () => {
  await cases.deleteMany({});
  await parties.deleteMany({});
  await cases.insertMany([
    { _id: 1, court: 'x', amountFen: 100, tags: ['a', 'b'], events: [{ type: 'FILED', n: 1 }, { type: 'HEARING', n: 2 }] },
    { _id: 2, court: 'x', amountFen: 200, tags: [], events: [] },
    { _id: 3, court: 'y', amountFen: 500, tags: ['c'], events: [{ type: 'FILED', n: 3 }] },
  ]);
  await parties.insertMany([{ _id: 10, caseId: 1, name: '张三' }]);
});

afterAll(async () => {
  await client?.close();
  await db?.stop();
  await cleanup?.();
});

describe('rejected by the embedded engine', () => {
  test('$lookup (joins are the graph’s job)', async () => {
    await expect(
      cases.aggregate([{ $lookup: { from: 'parties', localField: '_id', foreignField: 'caseId', as: 'parties' } }]).toArray(),
    ).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
  });

  test('multi-document transactions; nothing is written', async () => {
    const session = client.startSession();
    try {
      session.startTransaction();
      await expect(cases.insertOne({ _id: 100 }, { session })).rejects.toThrow();
      await session.abortTransaction().catch(() => undefined);
      await expect(
        session.withTransaction(async () => {
          await cases.insertOne({ _id: 101 }, { session });
          await parties.insertOne({ _id: 102 }, { session });
        }),
      ).rejects.toThrow();
    } finally {
      await session.endSession();
    }
    expect(await cases.countDocuments({ _id: { $in: [100, 101] } })).toBe(0);
    expect(await parties.countDocuments({ _id: 102 })).toBe(0);
  });

  test('change streams', async () => {
    const stream = cases.watch();
    try {
      await expect(stream.tryNext()).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    } finally {
      await stream.close();
    }
  });

  test.each([
    ['$facet', { $facet: { all: [{ $match: {} }] } }],
    ['$replaceRoot', { $replaceRoot: { newRoot: { court: '$court' } } }],
    ['$unionWith', { $unionWith: 'parties' }],
    ['$graphLookup', { $graphLookup: { from: 'cases', startWith: '$_id', connectFromField: '_id', connectToField: '_id', as: 'g' } }],
    ['$sortByCount', { $sortByCount: '$court' }],
    ['$bucket', { $bucket: { groupBy: '$amountFen', boundaries: [0, 1000] } }],
    ['$sample', { $sample: { size: 1 } }],
    ['$out', { $out: 'copy' }],
    ['$merge', { $merge: 'copy' }],
    ['$setWindowFields', { $setWindowFields: { output: {} } }],
  ])('aggregation stage %s', async (_name, stage) => {
    await expect(cases.aggregate([stage]).toArray()).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
  });

  test.each(['$push', '$avg', '$min', '$max', '$first', '$last', '$addToSet'])('$group accumulator %s', async (acc) => {
    await expect(cases.aggregate([{ $group: { _id: '$court', v: { [acc]: '$amountFen' } } }]).toArray()).rejects.toMatchObject({
      code: NOT_IMPLEMENTED,
    });
  });

  test('expression operators ($expr, $add in $addFields)', async () => {
    await expect(cases.find({ $expr: { $gt: ['$amountFen', 150] } }).toArray()).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    await expect(cases.aggregate([{ $addFields: { x: { $add: ['$amountFen', 1] } } }]).toArray()).rejects.toMatchObject({
      code: NOT_IMPLEMENTED,
    });
  });

  test('arrayFilters and the positional $ operator in updates', async () => {
    await expect(
      cases.updateOne({ _id: 1 }, { $set: { 'events.$[e].n': 9 } }, { arrayFilters: [{ 'e.type': 'FILED' }] }),
    ).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    await expect(cases.updateOne({ _id: 1, 'events.type': 'FILED' }, { $set: { 'events.$.n': 9 } })).rejects.toThrow();
  });

  test('update with an aggregation pipeline', async () => {
    await expect(cases.updateOne({ _id: 1 }, [{ $set: { copy: '$amountFen' } }])).rejects.toThrow();
  });

  test('findOneAndUpdate with a projection (findAndModify "fields")', async () => {
    await expect(
      cases.findOneAndUpdate({ _id: 1 }, { $inc: { amountFen: 1 } }, { projection: { amountFen: 1 } }),
    ).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    expect(await cases.findOne({ _id: 1 })).toMatchObject({ amountFen: 100 });
  });

  test('find projections with $slice / $elemMatch', async () => {
    await expect(cases.find({}, { projection: { tags: { $slice: 1 } } }).toArray()).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    await expect(cases.find({}, { projection: { events: { $elemMatch: { n: 2 } } } }).toArray()).rejects.toMatchObject({
      code: NOT_IMPLEMENTED,
    });
  });

  test('$elemMatch with several field conditions', async () => {
    await expect(cases.find({ events: { $elemMatch: { type: 'FILED', n: { $gte: 1 } } } }).toArray()).rejects.toThrow(
      /unknown operator/,
    );
  });

  test('TTL, partial and text indexes', async () => {
    await expect(cases.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 60 })).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    await expect(
      cases.createIndex({ court: 1 }, { partialFilterExpression: { court: { $exists: true } } }),
    ).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    await expect(cases.createIndex({ court: 'text' })).rejects.toThrow();
  });

  test('collation', async () => {
    await expect(cases.find({}, { collation: { locale: 'zh' } }).toArray()).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
  });

  test('field names containing "." or starting with "$"', async () => {
    await expect(cases.insertOne({ _id: 200, 'a.b': 1 })).rejects.toThrow(/must not contain '\.'/);
    await expect(cases.insertOne({ _id: 201, $x: 1 })).rejects.toThrow(/must not start with '\$'/);
  });

  test('Decimal128 (the server drops the connection)', async () => {
    await expect(cases.insertOne({ _id: 300, d: Decimal128.fromString('1.50') })).rejects.toThrow();
    expect(await cases.countDocuments({ _id: 300 })).toBe(0); // and the client recovers
  });
});

describe('silent divergences from MongoDB (engine behaviour asserted, do not rely on it)', () => {
  test('$elemMatch with one field condition on an array of subdocuments matches nothing', async () => {
    // MongoDB: 2 documents. Use dotted paths ('events.type': 'FILED') instead.
    expect(await cases.countDocuments({ events: { $elemMatch: { type: 'FILED' } } })).toBe(0);
    expect(await cases.countDocuments({ 'events.type': 'FILED' })).toBe(2);
    // $elemMatch with operators on an array of scalars works.
    expect(await cases.countDocuments({ tags: { $elemMatch: { $gte: 'b' } } })).toBe(2);
  });

  test('$group computes only its first accumulator; the others come out as 0', async () => {
    const rows = await cases
      .aggregate([{ $group: { _id: '$court', total: { $sum: '$amountFen' }, n: { $sum: 1 } } }, { $sort: { _id: 1 } }])
      .toArray();
    // MongoDB: [{_id:'x', total:300, n:2}, {_id:'y', total:500, n:1}]
    expect(rows).toEqual([
      { _id: 'x', total: 300, n: 0 },
      { _id: 'y', total: 500, n: 0 },
    ]);
  });

  test('field paths in $project / $set and in find projections come back as literal strings', async () => {
    // MongoDB: { amount: 100 }
    expect(await cases.aggregate([{ $match: { _id: 1 } }, { $project: { amount: '$amountFen' } }]).toArray()).toEqual([
      { _id: 1, amount: '$amountFen' },
    ]);
    expect(await cases.findOne({ _id: 1 }, { projection: { amount: '$amountFen' } })).toEqual({ _id: 1, amount: '$amountFen' });
  });

  test('$push ignores the $slice, $sort and $position modifiers ($each works)', async () => {
    // A raw `update` command: the driver's TypeScript typings reject these modifiers here.
    const update = (u: object) => database.command({ update: 'cases', updates: [{ q: { _id: 1 }, u }] });
    await update({ $push: { tags: { $each: ['x', 'y'], $slice: -2 } } });
    await update({ $push: { tags: { $each: ['first'], $position: 0 } } });
    await update({ $push: { events: { $each: [{ type: 'NOTE', n: 0 }], $sort: { n: 1 } } } });
    const doc = (await cases.findOne({ _id: 1 }))!;
    // MongoDB: ['first', 'x', 'y']
    expect(doc.tags).toEqual(['a', 'b', 'x', 'y', 'first']);
    // MongoDB: n = [0, 1, 2]
    expect(doc.events.map((e: { n: number }) => e.n)).toEqual([1, 2, 0]);
  });

  test('a unique index accepts several documents that lack the field', async () => {
    await cases.createIndex({ docketNo: 1 }, { unique: true });
    // MongoDB: E11000 on the second document (a missing field indexes as null).
    // A unique index on an optional field therefore only guards documents that have it.
    await expect(cases.insertMany([{ _id: 400 }, { _id: 401 }])).resolves.toMatchObject({ insertedCount: 2 });
    await cases.dropIndex('docketNo_1');
  });
});
