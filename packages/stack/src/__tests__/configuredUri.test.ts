/**
 * With a MongoDB URI configured the hub starts no database of its own: every subgraph uses the
 * server it was given (here an embedded server started outside the hub, standing in for MongoDB).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedDatabase, type RunningEmbeddedDatabase } from '@hub/embedded-db';
import { committeeBearer } from '@hub/testing';
import { startHub, type RunningHub } from '../hub';
import { SUBGRAPH_NAMES } from '../layout';

let external: RunningEmbeddedDatabase;
let hub: RunningHub;

beforeAll(async () => {
  external = await startEmbeddedDatabase({ dataDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'hub-uri-')), 'db') });
  hub = await startHub({
    env: { ...process.env, MONGODB_URI: external.uri, PERSONAL_DATA_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' },
    demoData: { cases: 40, seed: 99 },
  });
}, 300_000);
afterAll(async () => {
  await hub?.stop();
  await external?.stop();
});

test('starts no embedded database and puts each subgraph\'s data in its own database on the given server', async () => {
  expect(hub.embeddedDatabase).toBeNull();
  expect(Object.values(hub.mongoUris)).toEqual(SUBGRAPH_NAMES.map(() => external.uri));
  const client = await MongoClient.connect(external.uri);
  try {
    const names = (await client.db().admin().listDatabases()).databases.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining([...SUBGRAPH_NAMES]));
  } finally {
    await client.close();
  }
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await committeeBearer()) },
    body: JSON.stringify({ query: '{ cases(first: 5) { totalCount edges { node { id } } } }' }),
  });
  const body = (await response.json()) as { data: { cases: { totalCount: number; edges: unknown[] } } };
  expect(body.data.cases.totalCount).toBe(40);
  expect(body.data.cases.edges).toHaveLength(5);
});
