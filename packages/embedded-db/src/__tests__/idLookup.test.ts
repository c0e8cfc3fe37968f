// FerretDB's own _id index does not match the expression its _id lookups use, so SQLite would
// scan the whole table for every lookup by key; the embedded server adds a matching index, which
// FerretDB's connections use from the next start on. SQLite's own query plan (through `explain`)
// shows which one a lookup uses.
import { MongoClient } from 'mongodb';
import { startEmbeddedDatabase, type RunningEmbeddedDatabase } from '../server';
import { tempDataDir } from './helpers';

let db: RunningEmbeddedDatabase;
let client: MongoClient;
let dataDir: string;
let cleanup: () => Promise<void>;

async function start(): Promise<void> {
  db = await startEmbeddedDatabase({ dataDir });
  client = await MongoClient.connect(db.uri);
}

beforeAll(async () => {
  const data = await tempDataDir();
  dataDir = data.dir;
  cleanup = data.cleanup;
  await start();
});
afterAll(async () => {
  await client?.close();
  await db?.stop();
  await cleanup?.();
});

async function planOfLookup(collection: string, id: string): Promise<string> {
  const explained = await client.db('lookups').command({ explain: { find: collection, filter: { _id: id } } });
  return JSON.stringify(explained.queryPlanner);
}

async function eventually(read: () => Promise<string>, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!pattern.test(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    last = await read();
  }
  return last;
}

test('a lookup by _id uses an index instead of scanning the table once the server restarted', async () => {
  const docs = Array.from({ length: 300 }, (_, i) => ({ _id: `K${String(i).padStart(5, '0')}`, n: i }));
  await client.db('lookups').collection<{ _id: string; n: number }>('things').insertMany(docs);
  expect(await planOfLookup('things', 'K00042')).toMatch(/detail=SCAN/);
  await client.close();
  await db.stop();
  await start();
  const plan = await eventually(() => planOfLookup('things', 'K00042'), /__hub_id_lookup/);
  expect(plan).toMatch(/SEARCH .*USING INDEX .*__hub_id_lookup/);
  expect(plan).not.toMatch(/detail=SCAN/);
  expect(await client.db('lookups').collection<{ _id: string; n: number }>('things').findOne({ _id: 'K00042' })).toEqual({ _id: 'K00042', n: 42 });
});

test('the extra index stays out of the collection\'s index list, which FerretDB manages', async () => {
  const indexes = await client.db('lookups').collection('things').indexes();
  expect(indexes.map((i) => i.name)).toEqual(['_id_']);
});
