import { EXPORT_FILES, offenceByName, type CourtCaseExport } from '@hub/domain';
import { connectTestDatabase, graphql, readFixture, startTestSubgraph, testExportDir, type TestSubgraph } from '@hub/testing';
import { convictionsIn, sentenceText } from '../data/briberyFindings';
import { importCourtExport } from '../data/importer';
import type { CourtCaseDoc, CourtFileDoc, JudgmentDoc } from '../data/models';
import { createCourtSubgraph } from '../server';

const FINDINGS = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on BriberyRecordCheck { id courtFindings { judgmentId documentNumber courtCode courtName charges sentence effectiveAt finalCaseNumber judgment { id kind } } }
  }
}`;

const exported = readFixture<CourtCaseExport>(EXPORT_FILES.court);
const convictions = exported.filter(
  (c) => c.effectiveAt && c.judgment && c.judgment.verdict !== 'ACQUITTED' && c.judgment.charges.some((charge) => offenceByName(charge)?.briberyFamily),
);
let subgraph: TestSubgraph;

beforeAll(async () => {
  const database = await connectTestDatabase('court_bribery');
  await importCourtExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createCourtSubgraph);
});
afterAll(() => subgraph?.stop());

async function findings(rep: Record<string, unknown>) {
  const res = await graphql(subgraph.url, FINDINGS, { reps: [{ __typename: 'BriberyRecordCheck', id: 'XC370303201800045', ...rep }] });
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0].courtFindings;
}

test('a person convicted of a bribery-family offence within the period: the judgment, its court, charges, sentence and effective date', async () => {
  expect(convictions.length).toBeGreaterThan(0);
  const conviction = convictions[0]!;
  const effective = Date.parse(conviction.effectiveAt!);
  const found = await findings({
    subjectPersonIds: conviction.defendantIds,
    periodFrom: new Date(effective - 365 * 86400_000).toISOString(),
    periodTo: new Date(effective + 86400_000).toISOString(),
  });
  expect(found).toEqual([
    {
      judgmentId: conviction.documents[0]!.documentId,
      documentNumber: conviction.caseNumber,
      courtCode: conviction.courtCode,
      courtName: conviction.courtName,
      charges: conviction.judgment!.charges,
      sentence: sentenceText({ ...conviction.judgment!, outcome: conviction.judgment!.verdict }),
      effectiveAt: expect.any(String),
      finalCaseNumber: conviction.caseNumber,
      judgment: { id: conviction.documents[0]!.documentId, kind: 'JUDGMENT' },
    },
  ]);
  expect(Date.parse(found[0].effectiveAt)).toBe(effective);
});

test('nothing outside the period, for other persons, without persons, or without a period', async () => {
  const conviction = convictions[0]!;
  const effective = Date.parse(conviction.effectiveAt!);
  const before = { periodFrom: new Date(effective - 800 * 86400_000).toISOString(), periodTo: new Date(effective - 86400_000).toISOString() };
  expect(await findings({ subjectPersonIds: conviction.defendantIds, ...before })).toEqual([]);
  const other = exported.find((c) => c.effectiveAt && !convictions.includes(c))!;
  const wide = { periodFrom: '2010-01-01T00:00:00+08:00', periodTo: '2020-01-01T00:00:00+08:00' };
  expect(await findings({ subjectPersonIds: other.defendantIds, ...wide })).toEqual([]);
  expect(await findings({ subjectPersonIds: [], ...wide })).toEqual([]);
  expect(await findings({ subjectPersonIds: conviction.defendantIds })).toEqual([]);
});

function judgmentDoc(id: string, number: string, overrides: Partial<JudgmentDoc> = {}): JudgmentDoc {
  return { id, documentNumber: number, kind: 'JUDGMENT', parties: [{ role: 'DEFENDANT', personId: 'P00000001', maskedName: '张某' }], ...overrides } as JudgmentDoc;
}

function courtCase(number: string, instance: 'FIRST' | 'SECOND', fields: Partial<CourtCaseDoc>): CourtCaseDoc {
  return { number, instance, courtCode: instance === 'FIRST' ? '鲁0303' : '鲁03', registeredAt: new Date(instance === 'FIRST' ? '2017-01-10' : '2017-04-10'), defendantIds: ['P00000001'], ...fields } as CourtCaseDoc;
}

test('after an upheld appeal the first-instance judgment convicted; after a revising one, the second-instance judgment', () => {
  const verdict = { documentNumber: '', kind: 'JUDGMENT' as const, issuedAt: new Date('2017-03-01'), outcome: 'FIXED_TERM_IMPRISONMENT' as const, termMonths: 18, suspended: true, probationMonths: 24, charges: ['行贿罪'] };
  const first = courtCase('（2017）鲁0303刑初5号', 'FIRST', { verdict, documents: [judgmentDoc('ZB2017000001-1', '（2017）鲁0303刑初5号')] });
  const upheld = courtCase('（2017）鲁03刑终9号', 'SECOND', {
    verdict: { ...verdict, kind: 'RULING', appealOutcome: 'UPHELD' },
    effectiveAt: new Date('2017-06-01T00:00:00+08:00'),
    documents: [judgmentDoc('ZB2017000001-2', '（2017）鲁03刑终9号', { kind: 'RULING' })],
  });
  const period = [new Date('2016-01-01'), new Date('2018-01-01')] as const;
  const file: CourtFileDoc = { _id: 'ZB2017000001', courtCases: [first, upheld], events: [] };
  expect(convictionsIn(file, new Set(['P00000001']), ...period)).toEqual([
    expect.objectContaining({ judgmentId: 'ZB2017000001-1', documentNumber: '（2017）鲁0303刑初5号', finalCaseNumber: '（2017）鲁03刑终9号', sentence: '判处有期徒刑一年六个月，缓刑二年' }),
  ]);

  const revoked = { ...first, documents: [judgmentDoc('ZB2017000001-1', '（2017）鲁0303刑初5号', { revocation: { revokedAt: new Date(), byId: 'ZB2017000001-2', reason: '二审改判，撤销原判' } })] };
  const revising = { ...upheld, verdict: { ...verdict, appealOutcome: 'REVISED' as const, outcome: 'EXEMPTED' as const }, documents: [judgmentDoc('ZB2017000001-2', '（2017）鲁03刑终9号')] };
  const revised = convictionsIn({ ...file, courtCases: [revoked, revising] }, new Set(['P00000001']), ...period);
  expect(revised).toEqual([expect.objectContaining({ judgmentId: 'ZB2017000001-2', sentence: '免予刑事处罚', finalCaseNumber: '（2017）鲁03刑终9号' })]);

  const acquitted = { ...revising, verdict: { ...revising.verdict, outcome: 'ACQUITTED' as const } };
  expect(convictionsIn({ ...file, courtCases: [revoked, acquitted] }, new Set(['P00000001']), ...period)).toEqual([]);
  const theft = { ...upheld, verdict: { ...upheld.verdict!, charges: ['盗窃罪'] } };
  expect(convictionsIn({ ...file, courtCases: [first, theft] }, new Set(['P00000001']), ...period)).toEqual([]);
});
