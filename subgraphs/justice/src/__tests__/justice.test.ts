import { EXPORT_FILES, type ExecutionExport, type LegalAidExport } from '@hub/domain';
import { connectTestDatabase, graphql, readFixture, startTestSubgraph, testExportDir, type TestSubgraph } from '@hub/testing';
import { importJusticeExport } from '../data/importer';
import { createJusticeSubgraph } from '../server';

const ENTITIES = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Case { id executions { kind recordNumber institutionName status person { id } } justiceEvents { agency type } }
  }
}`;

const exported = readFixture<ExecutionExport>(EXPORT_FILES.justice);
let subgraph: TestSubgraph;

beforeAll(async () => {
  const database = await connectTestDatabase('justice');
  await importJusticeExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createJusticeSubgraph);
});
afterAll(() => subgraph?.stop());

test.each(['PRISON', 'COMMUNITY_CORRECTIONS'] as const)('a %s execution is served with its record and events', async (kind) => {
  const record = exported.find((e) => e.kind === kind)!;
  const res = await graphql(subgraph.url, ENTITIES, { reps: [{ __typename: 'Case', id: record.caseId }] });
  expect(res.errors).toBeUndefined();
  const found = res.data!._entities[0];
  expect(found.executions).toContainEqual({
    kind,
    recordNumber: record.recordNumber,
    institutionName: record.institutionName,
    status: record.status,
    person: { id: record.personId },
  });
  expect(found.justiceEvents.every((e: { agency: string }) => e.agency === 'JUSTICE')).toBe(true);
  expect(found.justiceEvents.map((e: { type: string }) => e.type)).toContain(kind === 'PRISON' ? 'PRISON_ADMITTED' : 'CORRECTIONS_INTAKE');
});

test('the files hold one record per case, whatever the number of people sentenced or given legal aid', async () => {
  const legalAid = readFixture<LegalAidExport>(EXPORT_FILES.legalAid);
  const caseIds = new Set([...exported.map((e) => e.caseId), ...legalAid.map((a) => a.caseId)]);
  expect(await subgraph.database.connection.collection('execution_files').countDocuments()).toBe(caseIds.size);
});
