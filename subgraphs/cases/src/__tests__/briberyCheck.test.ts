import { EXPORT_FILES, idCheckCharacter, type PersonExport } from '@hub/domain';
import { connectTestDatabase, graphql, readFixture, startTestSubgraph, testExportDir, type TestSubgraph } from '@hub/testing';
import { importCasesExport } from '../data/importer';
import { createCasesSubgraph } from '../server';

const persons = readFixture<PersonExport>(EXPORT_FILES.persons);
let subgraph: TestSubgraph;

const MATCH = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on BriberyRecordCheck { id subjectPersonIds } } }`;

beforeAll(async () => {
  const database = await connectTestDatabase('cases_bribery');
  await importCasesExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createCasesSubgraph);
});
afterAll(() => subgraph?.stop());

async function match(subjects: Array<{ subjectName: string | null; subjectIdNumber: string | null }>): Promise<string[][]> {
  const reps = subjects.map((subject, k) => ({ __typename: 'BriberyRecordCheck', id: `XC3703032018${String(k).padStart(5, '0')}`, ...subject }));
  const res = await graphql(subgraph.url, MATCH, { reps });
  expect(res.errors).toBeUndefined();
  return res.data!._entities.map((e: { subjectPersonIds: string[] }) => e.subjectPersonIds);
}

test('a subject is the person whose ID number and name both match; anyone else is nobody', async () => {
  const [person, other] = [persons[3]!, persons[7]!];
  const otherId = `${person.idNumber.slice(0, 16)}${(Number(person.idNumber[16]) + 2) % 10}`;
  const found = await match([
    { subjectName: person.name, subjectIdNumber: person.idNumber },
    { subjectName: ` ${other.name} `, subjectIdNumber: other.idNumber.toLowerCase() },
    { subjectName: other.name, subjectIdNumber: person.idNumber },
    { subjectName: person.name, subjectIdNumber: otherId + idCheckCharacter(otherId) },
    { subjectName: person.name, subjectIdNumber: '370303199001011234' },
    { subjectName: '淄博某某建设工程有限公司', subjectIdNumber: null },
  ]);
  expect(found).toEqual([[person.personId], [other.personId], [], [], [], []]);
});

test('importing again writes no digest twice', async () => {
  const result = await importCasesExport(subgraph.database, testExportDir(), () => undefined);
  expect(result).toMatchObject({ inserted: 0, replaced: 0 });
  expect(await subgraph.database.connection.collection('person_id_digests').countDocuments()).toBe(persons.length);
});
