import { EXPORT_FILES, parseCourtCaseNumber, type CourtCaseExport } from '@hub/domain';
import { connectTestDatabase, graphql, readFixture, startTestSubgraph, testExportDir, type TestSubgraph } from '@hub/testing';
import { importCourtExport } from '../data/importer';
import { createCourtSubgraph } from '../server';

const ENTITIES = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Case {
      id
      courtCases { number courtCode caseType instance court { name level } defendants { id } verdict { documentNumber outcome suspended } status case { id } }
      courtEvents { at agency type }
    }
  }
}`;

const exported = readFixture<CourtCaseExport>(EXPORT_FILES.court);
let subgraph: TestSubgraph;

beforeAll(async () => {
  const database = await connectTestDatabase('court');
  await importCourtExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createCourtSubgraph);
});
afterAll(() => subgraph?.stop());

test('an appealed matter lists its first and second instance in order, with all court events merged', async () => {
  const second = exported.find((c) => c.instance === 'SECOND')!;
  const first = exported.find((c) => c.caseId === second.caseId && c.instance === 'FIRST')!;
  const res = await graphql(subgraph.url, ENTITIES, { reps: [{ __typename: 'Case', id: second.caseId }] });
  expect(res.errors).toBeUndefined();
  const found = res.data!._entities[0];
  expect(found.courtCases.map((c: { number: string }) => c.number)).toEqual([first.caseNumber, second.caseNumber]);
  expect(found.courtCases[1]).toMatchObject({ caseType: '刑终', instance: 'SECOND', case: { id: second.caseId } });
  expect(parseCourtCaseNumber(found.courtCases[1].number)!.courtCode).toBe(found.courtCases[1].courtCode);
  expect(found.courtEvents).toHaveLength(first.events.length + second.events.length);
  const times = found.courtEvents.map((e: { at: string }) => Date.parse(e.at));
  expect(times).toEqual([...times].sort((a, b) => a - b));
});

test('a decided case shows its verdict and court', async () => {
  const decided = exported.find((c) => c.judgment && c.instance === 'FIRST')!;
  const res = await graphql(subgraph.url, ENTITIES, { reps: [{ __typename: 'Case', id: decided.caseId }] });
  const courtCase = res.data!._entities[0].courtCases[0];
  expect(courtCase.verdict).toMatchObject({ documentNumber: decided.judgment!.documentNumber, outcome: decided.judgment!.verdict, suspended: decided.judgment!.suspended });
  expect(courtCase.court.name).toMatch(/人民法院$/);
  expect(courtCase.defendants.map((d: { id: string }) => d.id)).toEqual(decided.defendantIds);
});

test('lists the courts: the high court, Zibo intermediate court and its eight basic courts', async () => {
  const res = await graphql(subgraph.url, `{ courts { code name level } }`);
  expect(res.data!.courts).toHaveLength(10);
  expect(res.data!.courts).toContainEqual({ code: '鲁03', name: '淄博市中级人民法院', level: 'INTERMEDIATE' });
});

test('a case no court registered has no court cases', async () => {
  const res = await graphql(subgraph.url, ENTITIES, { reps: [{ __typename: 'Case', id: 'ZB2099000001' }] });
  expect(res.data!._entities[0]).toEqual({ id: 'ZB2099000001', courtCases: [], courtEvents: [] });
});
