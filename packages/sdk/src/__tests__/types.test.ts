/**
 * Type-level checks: this file fails `npm run typecheck` (tsc) if the documents lose their result
 * or variable types. Each `@ts-expect-error` line must be an error — were the types `any`, the
 * directive would be unused and tsc would report that instead. The runtime assertions are incidental.
 */
import {
  CaseStage,
  CaseTimelineDocument,
  SearchCasesDocument,
  CaseByNumberDocument,
  CaseJudgmentsDocument,
  VerifyJudgmentDocument,
  type JudgmentVerificationStatus,
  type CaseSummaryFragment,
  type ResultOf,
  type TimelineEventType,
  type VariablesOf,
} from '../index';

type Timeline = ResultOf<typeof CaseTimelineDocument>;
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(value: T): T => value;

test('results are typed field by field', () => {
  const result: Timeline = {
    case: {
      id: 'ZB2018000652',
      stage: 'EXECUTION',
      closureReason: null,
      offence: '寻衅滋事罪',
      divisionCode: '370303',
      filedAt: '2018-12-25T11:16:00+08:00',
      courtCodes: ['鲁0303'],
      timeline: [{ at: '2019-02-07T09:48:00+08:00', agency: 'PROCURATORATE', type: 'INDICTED', title: '提起公诉', documentNumber: '淄张检刑诉〔2019〕19号' }],
    },
  };
  const found = result.case;
  // `case` is nullable: reading it without a check is an error.
  // @ts-expect-error — result.case may be null
  void result.case.id;
  if (!found) throw new Error('unreachable');
  const stage: CaseStage = found.stage;
  const eventType: TimelineEventType | undefined = found.timeline[0]?.type;
  const documentNumber: string | null | undefined = found.timeline[0]?.documentNumber;
  // @ts-expect-error — stage is an enum of strings, not a number
  const wrongStage: number = found.stage;
  // @ts-expect-error — no such field was selected
  void found.policeCase;
  // @ts-expect-error — 'SOMEWHERE' is not a CaseStage
  const badStage: CaseStage = 'SOMEWHERE';
  const summary: CaseSummaryFragment = found; // the fragment's type fits the result
  assertType<Equals<typeof found.filedAt, string>>(true);
  expect([stage, eventType, documentNumber, summary.id, wrongStage, badStage]).toHaveLength(6);
  expect(CaseStage.EXECUTION).toBe('EXECUTION');
});

test('variables are typed: required ones must be given, unknown ones are refused', () => {
  const timeline: VariablesOf<typeof CaseTimelineDocument> = { id: 'ZB2018000652' };
  // @ts-expect-error — id is required
  const missing: VariablesOf<typeof CaseTimelineDocument> = {};
  // @ts-expect-error — the variable is `number`, not `id`
  const wrongName: VariablesOf<typeof CaseByNumberDocument> = { id: '（2019）鲁0303刑初20号' };
  const page: VariablesOf<typeof SearchCasesDocument> = { filter: { stage: 'TRIAL', courtCode: '鲁0303' }, first: 20, after: null };
  // @ts-expect-error — first is an Int
  const wrongType: VariablesOf<typeof SearchCasesDocument> = { first: '20' };
  // @ts-expect-error — 'SOON' is not a CaseStage
  const wrongEnum: VariablesOf<typeof SearchCasesDocument> = { filter: { stage: 'SOON' } };
  expect([timeline, missing, wrongName, page, wrongType, wrongEnum]).toHaveLength(6);
});

test('a paged result exposes the connection shape', () => {
  type Page = ResultOf<typeof SearchCasesDocument>['cases'];
  assertType<Equals<Page['pageInfo'], { hasNextPage: boolean; endCursor: string | null }>>(true);
  assertType<Equals<Page['totalCount'], number>>(true);
  assertType<Equals<Page['edges'][number]['node'], CaseSummaryFragment>>(true);
  expect(true).toBe(true);
});

test('judgment verification and QR codes are typed', () => {
  type Verification = ResultOf<typeof VerifyJudgmentDocument>['verifyJudgment'];
  assertType<Equals<Verification['status'], JudgmentVerificationStatus>>(true);
  assertType<Equals<Verification['signatureValid'], boolean>>(true);
  const scan: VariablesOf<typeof VerifyJudgmentDocument> = { code: 'ZBJ1:…' };
  // @ts-expect-error — code is required
  const noCode: VariablesOf<typeof VerifyJudgmentDocument> = { documentSha256: 'ab' };
  // courtCases is null when the caller's role may not read court records.
  type Qr = NonNullable<NonNullable<ResultOf<typeof CaseJudgmentsDocument>['case']>['courtCases']>[number]['judgments'][number]['qr'];
  assertType<Equals<Qr['svg'], string>>(true);
  assertType<Equals<Qr['pngBase64'], string>>(true);
  expect([scan, noCode]).toHaveLength(2);
});
