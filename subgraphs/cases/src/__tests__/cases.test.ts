import { EXPORT_FILES, parseCourtCaseNumber, type CaseIndexExport, type PersonExport } from '@hub/domain';
import { connectTestDatabase, graphql, readFixture, startTestSubgraph, testExportDir, type GraphQLResponse, type TestSubgraph } from '@hub/testing';
import { importCasesExport } from '../data/importer';
import { createProtector, loadPersonalDataKey } from '@hub/subgraph-kit';
import { createCasesSubgraph } from '../server';

const cases = readFixture<CaseIndexExport>(EXPORT_FILES.cases);
const persons = readFixture<PersonExport>(EXPORT_FILES.persons);
let subgraph: TestSubgraph;

beforeAll(async () => {
  const database = await connectTestDatabase('cases');
  await importCasesExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createCasesSubgraph);
});
afterAll(() => subgraph?.stop());

test('importing the same export again writes nothing: sealed personal data compares by its plain value', async () => {
  const result = await importCasesExport(subgraph.database, testExportDir(), () => undefined);
  expect(result).toMatchObject({ inserted: 0, replaced: 0 });
  expect(await subgraph.database.connection.collection('persons').countDocuments()).toBe(persons.length);
  expect(await subgraph.database.connection.collection('cases').countDocuments()).toBe(cases.length);
});

const BY_NUMBER = `query ($n: String!) { caseByNumber(number: $n) { id stage } }`;

describe('caseByNumber', () => {
  const appealed = cases.find((c) => c.numbers.filter((n) => n.kind === 'COURT_CASE').length >= 2)!;
  const courtNumber = appealed.numbers.find((n) => n.kind === 'COURT_CASE')!.number;

  test.each([
    ['the canonical full-width 案号', (n: string) => n],
    ['ASCII brackets', (n: string) => n.replace('（', '(').replace('）', ')')],
    ['the old 字第 form', (n: string) => n.replace(/(刑[初终])(\d+)号$/, '$1字第$2号')],
    ['surrounding spaces', (n: string) => `  ${n} `],
  ])('finds the case from %s', async (_label, spell) => {
    const res = await graphql(subgraph.url, BY_NUMBER, { n: spell(courtNumber) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.caseByNumber.id).toBe(appealed.caseId);
  });

  test('every number of every agency leads back to its case', async () => {
    for (const { number } of appealed.numbers) {
      const res = await graphql(subgraph.url, BY_NUMBER, { n: number });
      expect({ number, id: res.data?.caseByNumber?.id }).toEqual({ number, id: appealed.caseId });
    }
  });

  test('a well-formed number nobody issued gives null', async () => {
    const parsed = parseCourtCaseNumber(courtNumber)!;
    const res = await graphql(subgraph.url, BY_NUMBER, { n: `（${parsed.year}）${parsed.courtCode}${parsed.caseType}99999号` });
    expect(res.errors).toBeUndefined();
    expect(res.data!.caseByNumber).toBeNull();
  });

  test.each([
    ['an empty string', ''],
    ['a word', 'hello'],
    ['a 案号 without serial', '（2017）鲁03刑初号'],
    ['an unknown case type', '(2017)鲁0303XX12号'],
    ['500 characters', 'x'.repeat(500)],
    ['an operator object as text', '{"$ne": null}'],
  ])(
    'refuses %s with BAD_USER_INPUT naming the accepted formats',
    async (_label, input) => {
      const res = await graphql(subgraph.url, BY_NUMBER, { n: input });
      expect(res.status).toBe(200);
      expect(res.data!.caseByNumber).toBeNull();
      expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(/案号|case number/i);
      expect((res.errors![0]!.extensions!.acceptedFormats as string[]).length).toBeGreaterThanOrEqual(3);
    },
  );
});

interface CasePage {
  cases: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const LIST = `query ($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id filedAt stage courtCodes } } pageInfo { hasNextPage endCursor } }
}`;

describe('cases', () => {
  async function walk(filter: Record<string, unknown>, first: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const res: GraphQLResponse<CasePage> = await graphql<CasePage>(subgraph.url, LIST, { filter, first, after });
      expect(res.errors).toBeUndefined();
      ids.push(...res.data!.cases.edges.map((e) => e.node.id));
      if (!res.data!.cases.pageInfo.hasNextPage) return ids;
      after = res.data!.cases.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  const newestFirst = (list: CaseIndexExport[]) =>
    [...list].sort((a, b) => Date.parse(b.filedAt) - Date.parse(a.filedAt) || (a.caseId < b.caseId ? 1 : -1)).map((c) => c.caseId);

  test('pages through every case once, most recently filed first', async () => {
    expect(await walk({}, 37)).toEqual(newestFirst(cases));
  });

  test.each([
    ['stage', { stage: 'CLOSED' }, (c: CaseIndexExport) => c.stage === 'CLOSED'],
    ['court', { courtCode: '鲁03' }, (c: CaseIndexExport) => c.courtCodes.includes('鲁03')],
    ['division', { divisionCode: '370303' }, (c: CaseIndexExport) => c.divisionCode === '370303'],
    ['filing period', { filedFrom: '2017-01-01', filedTo: '2017-07-01' }, (c: CaseIndexExport) => c.filedAt >= '2017-01-01' && c.filedAt < '2017-07-01'],
  ])('filters by %s', async (_label, filter, keep) => {
    const expected = newestFirst(cases.filter(keep));
    expect(expected.length).toBeGreaterThan(0);
    expect(await walk(filter, 50)).toEqual(expected);
    const res = await graphql(subgraph.url, LIST, { filter, first: 1 });
    expect(res.data!.cases.totalCount).toBe(expected.length);
  });

  test('filters by person', async () => {
    const personId = cases[3]!.parties[0]!.personId;
    const expected = newestFirst(cases.filter((c) => c.parties.some((p) => p.personId === personId)));
    expect(await walk({ personId }, 10)).toEqual(expected);
  });

  test.each([
    [{ first: 0 }, /first/],
    [{ first: 101 }, /first/],
    [{ first: -5 }, /first/],
    [{ after: 'not-a-cursor!' }, /cursor/],
    [{ after: Buffer.from('people.v1|1|P00000001').toString('base64url') }, /cursor/],
    [{ after: Buffer.from('cases.v1|abc|ZB2017000001').toString('base64url') }, /cursor/],
    [{ filter: { courtCode: '{"$ne":""}' } }, /courtCode/],
    [{ filter: { personId: '.*' } }, /personId/],
    [{ filter: { filedFrom: 'yesterday' } }, /DateTime/],
    [{ filter: { filedFrom: '2018-01-01', filedTo: '2017-01-01' } }, /filedFrom/],
  ])('refuses %j with BAD_USER_INPUT', async (variables, message) => {
    const res = await graphql(subgraph.url, LIST, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(message);
  });
});

describe('persons', () => {
  const person = persons[0]!;

  test('are shown masked, with their cases and roles', async () => {
    const res = await graphql(subgraph.url, `query ($id: ID!) { person(id: $id) { id maskedName maskedIdNumber gender cases { role case { id } } } }`, { id: person.personId });
    const shown = res.data!.person;
    expect(shown.maskedName).toBe(`${person.name.slice(0, 1)}某`);
    expect(shown.maskedIdNumber).toBe(`${person.idNumber.slice(0, 6)}********${person.idNumber.slice(14)}`);
    expect(shown.gender).toBe(person.gender);
    const expected = cases.filter((c) => c.parties.some((p) => p.personId === person.personId)).map((c) => c.caseId);
    expect(shown.cases.map((c: { case: { id: string } }) => c.case.id).sort()).toEqual(expected.sort());
    expect(JSON.stringify(res)).not.toContain(person.idNumber);
  });

  test('are stored sealed: the database holds neither the name nor the ID number in clear', async () => {
    const raw = await subgraph.database.connection.collection('persons').findOne({ _id: person.personId as never });
    const text = JSON.stringify(raw);
    expect(text).not.toContain(person.idNumber);
    expect(text).not.toContain(person.name);
    const protector = createProtector(loadPersonalDataKey());
    expect(protector.open(raw!.sealedIdNumber as string)).toBe(person.idNumber);
    expect(protector.open(raw!.sealedName as string)).toBe(person.name);
  });

  test('an unknown person id gives null', async () => {
    const res = await graphql(subgraph.url, `{ person(id: "P99999999") { id } }`);
    expect(res.data!.person).toBeNull();
  });
});

test('the timeline merges the agencies\' event lists oldest first, ties in the order of the procedure', async () => {
  const id = cases[0]!.caseId;
  const event = (at: string, agency: string, type: string) => ({ at, agency, type, title: type, documentNumber: null });
  const rep = {
    __typename: 'Case',
    id,
    policeEvents: [event('2017-03-01T10:00:00+08:00', 'POLICE', 'CASE_FILED'), event('2017-03-10T09:00:00+08:00', 'POLICE', 'ARREST_REQUESTED')],
    procuratorateEvents: [event('2017-03-10T09:00:00+08:00', 'PROCURATORATE', 'ARREST_APPROVED')],
    courtEvents: [event('2017-06-01T09:00:00+08:00', 'COURT', 'FIRST_INSTANCE_REGISTERED')],
    justiceEvents: [event('2017-02-28T23:30:00+08:00', 'JUSTICE', 'PRISON_ADMITTED')],
  };
  const res = await graphql(subgraph.url, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { timeline { at agency type } } } }`, { reps: [rep] });
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0].timeline.map((e: { type: string }) => e.type)).toEqual([
    'PRISON_ADMITTED',
    'CASE_FILED',
    'ARREST_REQUESTED',
    'ARREST_APPROVED',
    'FIRST_INSTANCE_REGISTERED',
  ]);
});
