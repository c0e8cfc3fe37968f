import { EXPORT_FILES, type PoliceCaseExport } from '@hub/domain';
import { connectTestDatabase, graphql, readFixture, startTestSubgraph, testExportDir, type TestSubgraph } from '@hub/testing';
import { importPoliceExport } from '../data/importer';
import { createPoliceSubgraph } from '../server';

const ENTITIES = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Case { id policeCase { number agencyName status filedAt suspects { person { id } measure } } policeEvents { at agency type title documentNumber } }
  }
}`;

const exported = readFixture<PoliceCaseExport>(EXPORT_FILES.police);

let subgraph: TestSubgraph;

beforeAll(async () => {
  const database = await connectTestDatabase('police');
  await importPoliceExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createPoliceSubgraph);
});
afterAll(() => subgraph?.stop());

test('importing the same export twice leaves the same records, not twice as many', async () => {
  const result = await importPoliceExport(subgraph.database, testExportDir(), () => undefined);
  expect(result).toEqual({ written: 0, inserted: 0, replaced: 0, unchanged: exported.length });
  expect(await subgraph.database.connection.collection('police_cases').countDocuments()).toBe(exported.length);
});

test('a record that changed in the agency\'s system is replaced on the next import, the rest left alone', async () => {
  const collection = subgraph.database.connection.collection<{ _id: string; offence: string }>('police_cases');
  const target = exported[5]!;
  await collection.updateOne({ _id: target.caseId }, { $set: { offence: '改动' } });
  const result = await importPoliceExport(subgraph.database, testExportDir(), () => undefined);
  expect(result).toMatchObject({ inserted: 0, replaced: 1, unchanged: exported.length - 1 });
  expect((await collection.findOne({ _id: target.caseId }))!.offence).toBe(target.offence);
});

test('a case reference resolves to the police record with its events oldest first', async () => {
  const record = exported.find((r) => r.status === 'TRANSFERRED')!;
  const res = await graphql(subgraph.url, ENTITIES, { reps: [{ __typename: 'Case', id: record.caseId }] });
  expect(res.errors).toBeUndefined();
  const [entity] = res.data!._entities;
  expect(entity.policeCase).toMatchObject({ number: record.caseNumber, agencyName: record.agencyName, status: 'TRANSFERRED' });
  expect(entity.policeCase.suspects.map((s: { person: { id: string } }) => s.person.id)).toEqual(record.suspects.map((s) => s.personId));
  expect(entity.policeEvents.map((e: { type: string }) => e.type)).toEqual(record.events.map((e) => e.type));
  expect(entity.policeEvents.every((e: { agency: string }) => e.agency === 'POLICE')).toBe(true);
  const times = entity.policeEvents.map((e: { at: string }) => Date.parse(e.at));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(entity.policeEvents[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
});

test('a case the police never held has no police record and no police events', async () => {
  const res = await graphql(subgraph.url, ENTITIES, { reps: [{ __typename: 'Case', id: 'ZB2099999999' }] });
  expect(res.data!._entities).toEqual([{ id: 'ZB2099999999', policeCase: null, policeEvents: [] }]);
});

test('resolving many case references costs one database command, not one per case', async () => {
  const reps = exported.slice(0, 40).map((r) => ({ __typename: 'Case', id: r.caseId }));
  const before = subgraph.database.commandsSent();
  const res = await graphql(subgraph.url, ENTITIES, { reps });
  expect(res.data!._entities).toHaveLength(40);
  expect(res.data!._entities.map((e: { id: string }) => e.id)).toEqual(reps.map((r) => r.id));
  expect(subgraph.database.commandsSent() - before).toBe(1);
});
